"""Qualifiers that name different measures in the same slot, as data with where each came from.

One row per pair: (one qualifier, the competing one, provenance). Both words stand in the same
place before (or after) a shared word and make two indicators of it: 常住人口城镇化率 and
户籍人口城镇化率 are two statistics, so a sentence that states one does not answer the other
(`answers.contrasts`). Pairs are read both ways. A sibling of `core.synonyms_data`: that table
says which words are the same thing, this one which look-alikes are not.
Nothing here names a question of a test set; add rows for measures, not for phrasings.
"""
from __future__ import annotations

CONTRAST_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("常住人口", "户籍人口", "统计口径：常住人口城镇化率与户籍人口城镇化率是两个指标（国家统计局）"),
    ("城镇", "农村", "城乡分列指标：城镇/农村居民人均可支配收入、城镇/农村人口（统计公报）"),
    ("城市", "农村", "城乡分列指标：城市/农村（统计公报）"),
    ("新增", "累计", "流量与存量：当年新增数与累计总数（统计公报用语）"),
    ("一般公共预算", "税收", "预算法口径：税收收入是一般公共预算收入的一部分，不是同一个数"),
    ("一般公共预算", "政府性基金", "预算法口径：四本预算各自成账"),
    ("收入", "支出", "预算收支：收入与支出是两个数"),
    ("中心城区", "全市", "地域口径：中心城区与全市范围不同"),
    ("中心城区", "县城", "地域口径：中心城区与县城范围不同"),
    ("调查失业率", "登记失业率", "统计口径：城镇调查失业率与城镇登记失业率是两个指标（国家统计局、人社部）"),
    ("国家级", "省级", "认定层级：国家级与省级名单各自认定（如专精特新、示范区）"),
    ("省级", "市级", "认定层级：省级与市级名单各自认定"),
    ("国家级", "市级", "认定层级：国家级与市级名单各自认定"),
    ("进口", "出口", "海关统计：进口与出口分列"),
    ("国有", "民营", "所有制口径：国有与民营分列"),
    ("本科", "专科", "教育层次分列"),
    ("小学", "初中", "学段分列"),
    ("初中", "高中", "学段分列"),
)

# A measure and a narrower one its name holds: the narrower one's figure never answers the
# whole ("外贸进出口总额增长多少" is not "“新三样”出口额增长73.5%", round 47a). Read by
# `answers.contrasts`: the question names the first, the clause names only the second.
CONTAINED_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("进出口", "出口", "海关统计：进出口总额含出口与进口，出口额不是进出口额"),
    ("进出口", "进口", "海关统计：进出口总额含出口与进口，进口额不是进出口额"),
)

# Head nouns whose qualifier names the statistic: "常住人口" and "受益人口", "蔬菜播种面积" and
# "粮食播种面积", "旅游综合收入" and "财产性收入" are different figures of one head. Read by
# `answers.qualified_heads`: a clause whose figure stands after the same head with a qualifier the
# question does not name does not answer a question that names another. One row per head:
# (head, provenance).
QUALIFIED_HEADS: tuple[tuple[str, str], ...] = (
    ("人口", "统计公报：常住人口、户籍人口、城镇人口、脱贫人口、受益人口各是一个数"),
    ("面积", "统计公报：粮食/蔬菜播种面积、造林面积、建筑面积各是一个数"),
    ("收入", "统计公报：可支配收入、营业收入、旅游收入、一般公共预算收入各是一个数"),
    ("投资", "统计公报：固定资产投资、民间投资、工业投资、技改投资各是一个数"),
    ("产量", "统计公报：粮食产量、水产品产量、生猪产量各是一个数"),
    ("企业", "工信、科技部门名单：高新技术企业、专精特新企业、上市企业各自认定"),
    ("床位", "卫生健康统计：医疗床位、养老床位、护理床位各是一个数"),
    ("资金", "财政用语：到位资金、补助资金、救助资金各是一笔钱"),
    ("产值", "统计公报：工业总产值、农业总产值各是一个数"),
    ("吞吐量", "民航、港口统计：旅客吞吐量、货邮吞吐量、集装箱吞吐量各是一个数（round 36c：问货邮答了旅客）"),
)

# Words before a head that say how a figure is reported, not which statistic it is ("实现旅游收入",
# "全年完成投资", "预计新增"): never a qualifier that differs. Provenance: the verbs and framing
# words the reports put before their indicators (政府工作报告 wording).
QUALIFIER_FRAMING: tuple[str, ...] = (
    "实现", "完成", "达到", "全年", "年度", "当年", "预计", "力争", "计划", "目标", "全市", "全省", "全县",
    "全区", "我市", "我省", "本市", "本省", "其中", "共计", "有望", "通过", "确保", "争取", "带动",
    # the asker's framing around a qualifier ("村集体经济那块 今年要求年收入20万以上的村占比", round 49c)
    "要求", "今年", "去年", "明年", "那块", "这块", "方面", "那个", "这个",
    # verbs of holding before a stock ("园区集聚规上工业企业186家", round 60g); never "里面": "开发区
    # 里面的规上工业企业" asks the part inside, not the county's total (round 36d)
    "集聚", "聚集", "拥有", "入驻", "共有",
    # the time a stock is counted at ("年末常住人口达到1052.6万人", round 60c)
    "年末", "年底", "年初", "期末",
)

# Head nouns of named facilities: the words right before the head say which one ("青屿体育中心" and
# "青屿数据中心", "市图书馆" and "市博物馆" are different places). Read by
# `answers.named_facilities`: a sentence that holds the head with other words before it, and not
# the asked words anywhere, speaks of another facility of the same place. One row per head:
# (head, provenance). Provenance: the names of public facilities as reports and plans print them
# (国家标准《公共服务设施分类》的设施类别、政府工作报告的项目名).
FACILITY_HEADS: tuple[tuple[str, str], ...] = (
    ("中心", "体育中心、数据中心、会展中心、政务服务中心、文化中心各是一处设施"),
    ("馆", "图书馆、博物馆、体育馆、文化馆、科技馆各是一处场馆"),
    ("医院", "人民医院、中医院、妇幼保健院、儿童医院各是一家医院"),
    ("学校", "特殊教育学校、职业学校各是一所学校"),
    ("幼儿园", "各幼儿园以名称区分"),
    ("公园", "湿地公园、森林公园、体育公园各是一处公园"),
    ("广场", "市民广场、文化广场各是一处广场"),
    ("实验室", "省实验室、重点实验室以名称区分"),
    ("产业园", "各产业园以产业和地名区分"),
    ("基地", "生产基地、研发基地、培训基地各是一处基地"),
    ("机场", "机场以所在地或专名区分"),
    ("码头", "码头以港区或专名区分"),
    ("大桥", "大桥以所跨江河或专名区分"),
    ("隧道", "隧道以专名区分"),
    ("水库", "水库以专名区分"),
    ("电站", "水电站、光伏电站、抽水蓄能电站各是一座电站"),
    ("剧院", "大剧院、剧院以名称区分"),
    ("研究院", "研究院以名称区分"),
    ("体育场", "体育场以名称区分"),
)

# Short forms a report writes for the members of a pair it states with 分别 ("城乡低保平均标准
# 分别提高到…812元、676元": 城 for 城市/城镇, 乡 for 农村/乡村). Read by `answers.each_member`: a
# follow-up "城市农村各多少" finds each member asked in the words before 分别, in their order.
# (member as staff say it, the forms a report may print, provenance)
MEMBER_FORMS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("城市", ("城市", "城镇", "城"), "政府工作报告：城乡低保、城乡居民收入写作“城乡…分别”或“城镇、农村…分别”"),
    ("城镇", ("城镇", "城市", "城"), "同上"),
    ("农村", ("农村", "乡村", "乡", "农"), "同上"),
    ("乡村", ("乡村", "农村", "乡"), "同上"),
    ("男性", ("男性", "男"), "统计公报：男性、女性人口分列"),
    ("女性", ("女性", "女"), "同上"),
)

# Short forms whose indicator is named by one word of it: the clause that answers must hold one
# of the words ("外资" is foreign capital: 外资 or 外商; "实际利用省外…项目资金" shares 实际利用 and
# 资金 with 实际利用外资 and is another indicator, round 29d r29d-059). Read by
# `answers.core_words`. Rows: (short form as typed, words one of which must stand, provenance).
CORE_WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("外资", ("外资", "外商"), "商务统计：实际利用外资、实际使用外商直接投资；省外资金是内资"),
    ("利用外资", ("外资", "外商"), "同上"),
)
