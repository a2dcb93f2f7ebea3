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
)

READ_AS: dict[str, str] = {printed: read for printed, read, _kind, _why in MEASURES}
KIND: dict[str, str] = {read: kind for _printed, read, kind, _why in MEASURES}


def alternation() -> str:
    """The printed units as one regular-expression alternation, longest first."""
    return "|".join(re.escape(u) for u in sorted(READ_AS, key=len, reverse=True))


def read_as(unit: str) -> str:
    """"标箱" → "标准箱", "千克" → "公斤"; any other unit as it is."""
    return READ_AS.get(unit, unit)
