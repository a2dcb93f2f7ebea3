"""Units of measure the reports print after a number, beyond counters and money: what each
is read as and what kind of quantity it measures.

Each figure reader (the commitment check's, the pasted-claim check's, the grounding check's)
has its own pattern of the common units (元, 吨, 公里, 个…). The ones here were missing from
some of them, so a figure in them was not read at all ("30微克/立方米" claimed, "8万标箱"
reported) or read as a shorter unit ("1.2亿千瓦时" as 千瓦, "5万吨标准煤" as 吨). One table, so
the readers agree; a reader puts these before its own units (longest first), so a longer
unit is never cut to a shorter one.
"""
from __future__ import annotations

from core import lazy_re as re

# (as printed, read as, kind of quantity, provenance)
MEASURES: tuple[tuple[str, str, str, str], ...] = (
    ("微克/立方米", "微克/立方米", "ugm3", "GB 3095-2012《环境空气质量标准》：PM2.5、PM10 等浓度单位"),
    ("微克每立方米", "微克/立方米", "ugm3", "同上，文字写法"),
    ("μg/m3", "微克/立方米", "ugm3", "同上，符号写法（m³ 经 NFKC 为 m3）"),
    ("微克", "微克/立方米", "ugm3", "报告与口语的简写：“PM2.5平均浓度降至30微克”即30微克/立方米"),
    ("毫克/立方米", "毫克/立方米", "mgm3", "GB 3095-2012：一氧化碳浓度单位"),
    ("毫克", "毫克", "mg", "法定计量单位（质量）"),
    ("立方米", "立方米", "m3", "法定计量单位（体积）：用水量、供气量、土石方（“万立方米”“亿立方米”）"),
    ("千瓦时", "千瓦时", "kwh", "法定计量单位（电能）：发电量、用电量（“亿千瓦时”）"),
    ("兆瓦时", "兆瓦时", "mwh", "法定计量单位（电能）：储能容量"),
    ("兆瓦", "兆瓦", "mw", "法定计量单位（功率）：装机容量"),
    ("吉瓦", "吉瓦", "gw", "法定计量单位（功率）：装机容量"),
    ("吨标准煤", "吨标准煤", "tce", "GB/T 2589《综合能耗计算通则》：能源消费量"),
    ("吨标煤", "吨标准煤", "tce", "吨标准煤的简称"),
    ("标准箱", "标准箱", "teu", "集装箱吞吐量（TEU，二十英尺标准箱）"),
    ("标箱", "标准箱", "teu", "标准箱的简称"),
    ("人次", "人次", "visits", "统计用语：客流、接待量、服务量"),
    ("架次", "架次", "flights", "民航统计用语：航班起降架次"),
    ("艘次", "艘次", "voyages", "港口统计用语：船舶进出港艘次"),
    ("公斤", "公斤", "kg", "法定计量单位（质量）"),
    ("千克", "公斤", "kg", "法定计量单位：千克即公斤"),
    ("分贝", "分贝", "db", "声级单位：噪声"),
    ("列", "列", "trains", "铁路统计用语：班列开行列数（“中欧班列开行350列”“全年发运286列”）"),
    # E and P are kinds apart: a figure reader compares numbers of one kind only, never 1.5E with 1500P
    ("EFLOPS", "EFLOPS", "eflops", "算力单位：每秒百亿亿次浮点运算（E 级，1 EFLOPS = 1000 PFLOPS），见工业和信息化部《算力基础设施高质量发展行动计划》"),
    ("EFlops", "EFLOPS", "eflops", "同上，大小写写法"),
    ("PFLOPS", "P", "pflops", "算力单位：每秒千万亿次浮点运算（P 级），同上"),
    ("PFlops", "P", "pflops", "同上，大小写写法"),
    ("P", "P", "pflops", "算力规模的简写：“算力规模达到2000P”即 2000 PFLOPS（政府工作报告用语）"),
)

# what may not follow a unit for it to be one: "3列入…" is no count of trains, "2000Pa" no
# compute (a lookahead each, kept out of the table's rows so every reader gets the same guard)
_NOT_AFTER: dict[str, str] = {"列": "入为车席支", "P": "A-Za-z", "EFLOPS": "A-Za-z", "EFlops": "A-Za-z",
                              "PFLOPS": "A-Za-z", "PFlops": "A-Za-z"}

READ_AS: dict[str, str] = {printed: read for printed, read, _kind, _why in MEASURES}
KIND: dict[str, str] = {read: kind for _printed, read, kind, _why in MEASURES}


def alternation() -> str:
    """The printed units as one regular-expression alternation, longest first (a unit that
    may begin another word carries its guard, `_NOT_AFTER`)."""
    return "|".join(unit_pattern(u) for u in sorted(READ_AS, key=len, reverse=True))


def unit_pattern(unit: str) -> str:
    """One unit as a regular expression, with its guard when it may begin another word."""
    return re.escape(unit) + (f"(?![{_NOT_AFTER[unit]}])" if unit in _NOT_AFTER else "")


def read_as(unit: str) -> str:
    """"标箱" → "标准箱", "千克" → "公斤"; any other unit as it is."""
    return READ_AS.get(unit, unit)


# Counters of things, as staff type them between the ask and the noun ("多少张床", "几所学校",
# "多少个学位"): the unit asked, never a word of the subject (answers.counted_nouns). Common
# Chinese classifiers the reports print after a count (the sample corpus, rounds 26b/26c). (counter, typical noun)
COUNTER_ROWS: tuple[tuple[str, str], ...] = (
    ("个", "项目、学位、基站"), ("家", "企业、医院"), ("所", "学校、医院"), ("座", "桥梁、场馆、水库"),
    ("张", "床、病床、桌椅"), ("条", "道路、线路、生产线"), ("台", "设备、机组"), ("项", "工程、改革事项"),
    ("辆", "公交车、新能源汽车"), ("户", "家庭、企业"), ("套", "住房、设备"), ("名", "人员、学生"),
    ("件", "案件、事项"), ("间", "教室、房屋"), ("处", "景点、易涝点"), ("盏", "路灯"), ("株", "树苗"),
    ("棵", "树"), ("只", "禽畜"), ("头", "生猪、牛"), ("艘", "船舶"), ("架", "飞机"), ("枚", "奖牌"),
    ("批", "项目、名单"), ("顶", "帐篷"), ("栋", "楼房"), ("幢", "楼房"),
)
COUNTERS: frozenset[str] = frozenset(c for c, _noun in COUNTER_ROWS)

# Nouns that begin with a counter: "多少床位" counts beds (printed "新增床位1200张"), "多少项目"
# counts projects ("新开工项目52个"), so the first character is no unit asked. (noun, provenance)
COUNTER_NOUNS: tuple[tuple[str, str], ...] = (
    ("床位", "卫生、养老统计用语：床位数以“张”计（“新增床位1200张”“养老床位1860张”）"),
    ("座位", "场馆、公交统计用语：座位数以“个”计"),
    ("位次", "排名用语：“位次”是名次，不是计数单位"),
    ("项目", "投资统计用语：项目数以“个”计（“新开工项目52个”）"),
    ("家庭", "民政、住房统计用语：家庭数以“户”计（“惠及家庭2300户”）"),
    ("名额", "招生、招聘用语：名额以“个”或“名”计"),
    ("场馆", "文体设施用语：场馆数以“个”“座”“处”计"),
    ("场地", "文体设施用语：场地数以“个”“处”计"),
    ("场所", "设施用语：场所数以“个”“处”计"),
    ("条款", "文件用语：条款数"),
    ("台账", "督查用语：台账是表，不是“台”"),
    ("架次", "民航统计用语：架次是计量单位本身（见 MEASURES）"),
    ("艘次", "港口统计用语：艘次是计量单位本身（见 MEASURES）"),
    ("批次", "计数用语：批次是计量单位本身"),
    ("处理", "“日处理能力”的处理是动词，不是“处”"),
)


def counter_noun_at(text: str, start: int) -> bool:
    """Whether a counter found at `start` of `text` is the first character of a noun
    (`COUNTER_NOUNS`): "多少床位" asks beds, in whatever counter they are printed."""
    return any(text.startswith(noun, start) for noun, _why in COUNTER_NOUNS)
