"""The words staff type and the words the documents use, as data with where each came from.

One row per pair: (typed, documents' word, how it is used, provenance).
  how = "lay"      a lay word for an indicator (看病报销 → 医保): read as the indicator's head in
                   the question's subject, the lay word dropped when the head is typed too;
        "query"    expanded in the search query, the typed form kept too (社零 → 社会消费品零售总额);
        "question" rewritten in the question before it is parsed (咱省 → 我省, 多少个亿 → 多少亿);
        "synonym"  either word may stand for the other in the documents (首家 ~ 第一家).
Provenance says why the pair is true, so a reviewer can check it without asking: a
statistical term's official name, a report's own wording, or a habit of typing.
Nothing here names a question of a test set; add rows for words, not for phrasings.
"""
from __future__ import annotations

SYNONYMS: tuple[tuple[str, str, str, str], ...] = (
    # statistical short forms → the names the reports print (国家统计局 indicator names)
    ("社零", "社会消费品零售总额", "query", "统计指标简称"),
    ("固投", "固定资产投资", "query", "统计指标简称"),
    ("规上", "规模以上", "query", "统计口径简称"),
    ("GDP", "地区生产总值", "query", "地区统计口径的GDP名称"),
    ("战新", "战略性新兴产业", "query", "产业简称"),
    ("高企", "高新技术企业", "query", "科技部门简称"),
    ("CPI", "居民消费价格", "query", "统计指标英文简称"),
    ("R&D", "研发经费", "query", "统计指标英文简称（研究与试验发展）"),
    ("民企", "民营企业", "query", "常用简称"),
    ("国企", "国有企业", "query", "常用简称"),
    ("央企", "中央企业", "query", "常用简称"),
    ("新基建", "新型基础设施", "query", "政策简称"),
    ("基建", "基础设施", "query", "常用简称"),
    ("双碳", "碳达峰碳中和", "query", "政策简称"),
    ("外贸", "外贸进出口", "query", "报告用语"),
    ("财政收入", "一般公共预算收入", "query", "预算法口径名称"),
    ("失业率", "城镇调查失业率", "query", "统计指标全称"),
    ("物价", "居民消费价格", "query", "统计指标口语说法"),
    ("人均收入", "人均可支配收入", "query", "统计指标全称"),
    ("居民收入", "居民人均可支配收入", "query", "统计指标全称"),
    ("农民收入", "农村居民人均可支配收入", "query", "统计指标全称"),
    ("利用外资", "实际利用外资", "query", "统计指标全称"),
    ("空气优良率", "空气质量优良天数比率", "query", "生态环境指标全称"),
    ("上市企业", "上市公司", "query", "证券用语"),
    ("旧改", "老旧小区改造", "query", "政策简称"),
    ("乡振", "乡村振兴", "query", "政策简称"),
    ("营收", "营业收入", "query", "会计用语简称"),
    ("经济增长", "地区生产总值增长", "query", "报告用语"),
    ("经济增速", "地区生产总值增长", "query", "报告用语"),
    ("研发经费投入强度", "R&D经费支出占GDP比重", "query", "统计公报用语"),
    ("研发投入强度", "R&D经费支出占GDP比重", "query", "统计公报用语"),
    ("R&D经费投入强度", "R&D经费支出占GDP比重", "query", "统计公报用语（投入强度即与GDP之比）"),
    ("R&D投入强度", "R&D经费支出占GDP比重", "query", "统计公报用语（投入强度即与GDP之比）"),
    ("研发经费占GDP比重", "R&D经费支出占GDP比重", "query", "统计公报用语"),
    ("R&D/GDP", "R&D经费支出占GDP比重", "question", "统计口径写法：R&D/GDP 即研发经费支出与GDP之比"),
    ("研发/GDP", "R&D经费支出占GDP比重", "question", "统计口径写法：研发/GDP 即研发经费支出与GDP之比"),
    ("全省第一个", "我省首个", "query", "报告用语"),
    ("全省第一家", "我省首家", "query", "报告用语"),
    ("数字经济占比", "数字经济增加值占地区生产总值比重", "query", "统计指标全称"),
    ("进出口", "外贸进出口", "query", "报告用语"),
    ("棚改", "棚户区改造", "query", "住建政策简称"),
    ("保租房", "保障性租赁住房", "query", "住建政策简称"),
    ("高标农田", "高标准农田", "query", "农业农村政策简称"),
    ("新能源车", "新能源汽车", "query", "常用简称"),
    ("医保", "医疗保障", "query", "常用简称"),
    ("社保", "社会保险", "query", "常用简称"),
    ("营商", "营商环境", "query", "常用简称"),
    ("专精特新", "专精特新中小企业", "query", "工信政策用语"),
    ("外资", "实际利用外资", "query", "统计指标口语说法"),
    ("涨幅", "上涨", "query", "统计公报用语：价格“上涨0.9%”即涨幅0.9%"),
    ("PPI", "工业生产者出厂价格", "query", "统计指标英文简称"),
    ("PMI", "采购经理指数", "query", "统计指标英文简称"),
    ("其他", "其它", "query", "异形词：《现代汉语词典》“其它”同“其他”，文件两种写法都有"),
    # lay words for indicators: what people call the thing → the indicator's head in the
    # reports. Only where any office reads the lay word as that indicator (口语 → 规范用语);
    # the typed form stays in the query, so a document that uses it is still found. A 的 or a
    # space between the characters is read through ("农村的路" is 农村路).
    ("看病报销", "医保", "lay", "口语：看病报销即基本医疗保险（医保）报销"),
    ("看病", "就医", "lay", "口语：看病即就医（异地就医、就医结算）"),
    ("空气好天数", "空气质量优良天数", "lay", "口语：空气好即空气质量优良（生态环境部指标）"),
    ("空气好", "空气质量优良", "lay", "口语：空气好即空气质量优良（生态环境部指标）"),
    ("改厕所", "户厕", "lay", "农业农村部用语：农村改厕即卫生户厕改造"),
    ("农村厕所", "农村户厕", "lay", "农业农村部用语：农村户厕"),
    ("租赁房", "保障性租赁住房", "lay", "住建用语：政府筹集的租赁房即保障性租赁住房"),
    ("农村路", "农村公路", "lay", "交通运输部用语：农村公路"),
    ("好路", "优良中等路", "lay", "交通运输部公路技术状况评定：优、良、中等路"),
    ("宫颈癌疫苗", "HPV疫苗", "lay", "卫生健康用语：宫颈癌疫苗即HPV（人乳头瘤病毒）疫苗"),
    ("女孩子", "女生", "lay", "口语：适龄女孩即适龄女生"),
    # ordinal words: the reports use 首, staff type 第一
    ("第一家", "首家", "synonym", "书面语/口语"),
    ("第一个", "首个", "synonym", "书面语/口语"),
    ("第一批", "首批", "synonym", "书面语/口语"),
    # colloquial forms of the question's own words
    ("咱省", "我省", "question", "口语：咱=我"),
    ("咱市", "我市", "question", "口语：咱=我"),
    ("咱县", "我县", "question", "口语：咱=我"),
    ("咱们省", "我省", "question", "口语：咱们=我"),
    ("咱们市", "我市", "question", "口语：咱们=我"),
    ("俺省", "我省", "question", "方言：俺=我"),
    ("俺市", "我市", "question", "方言：俺=我"),
    ("多少个亿", "多少亿", "question", "口语量词：个亿=亿"),
    ("几个亿", "多少亿", "question", "口语量词：个亿=亿"),
    ("target", "目标", "question", "中英混写：target = 目标"),
    ("Target", "目标", "question", "中英混写：target = 目标"),
    ("TARGET", "目标", "question", "中英混写：target = 目标"),
    ("经济总量增速", "GDP增速", "question", "口语：经济总量即地区生产总值，其增速即GDP增速"),
    ("经济总量增长", "GDP增长", "question", "口语：经济总量即地区生产总值，其增长即GDP增长"),
    ("研究与试验发展", "研发", "question", "统计指标全称：研究与试验发展（R&D，简称研发），国家统计局"),
    ("多少个万", "多少万", "question", "口语量词"),
    ("目标咋定的", "目标定的多少", "question", "口语：咋=怎么；问目标“咋定的”即问定的目标值"),
    ("目标是咋定的", "目标定的多少", "question", "口语：咋=怎么；问目标“咋定的”即问定的目标值"),
    ("目标咋定", "目标定的多少", "question", "口语：咋=怎么；问目标“咋定”即问定的目标值"),
    ("新建改建", "新改建", "question", "报告用语：新（改）建 / 新改建"),
    ("新建和改建", "新改建", "question", "报告用语：新（改）建 / 新改建"),
    ("新建续建", "新(续)建", "question", "报告用语：新（续）建即新建和续建"),
    ("新建和续建", "新(续)建", "question", "报告用语：新（续）建即新建和续建"),
    ("新建、续建", "新(续)建", "question", "报告用语：新（续）建即新建和续建"),
    ("多少个百分点", "多少个百分点", "question", "（保持：百分点是单位）"),
    # money spent said in lay words: 花钱 is what the reports print as 支出 ("支出社会救助资金
    # 9.15亿元"), 钱 an amount in 元
    ("上花了多少钱", "支出多少元", "question", "口语：在某事上花钱即该事的支出（“民生支出”），钱数以元计"),
    ("上花多少钱", "支出多少元", "question", "口语：在某事上花钱即该事的支出（“民生支出”），钱数以元计"),
    ("花了多少钱", "支出多少元", "question", "口语：花钱即支出（财政用语“支出…资金”），钱数以元计"),
    ("花掉多少钱", "支出多少元", "question", "口语：花钱即支出（财政用语“支出…资金”），钱数以元计"),
    ("花多少钱", "支出多少元", "question", "口语：花钱即支出（财政用语“支出…资金”），钱数以元计"),
    ("花费多少", "支出多少", "question", "书面/口语：花费即支出"),
    ("多少钱", "多少元", "question", "口语：钱数即金额，以元计"),
)

# Counts the documents write with a short unit that stands for the thing counted: "收获11金1银2铜"
# is 11 gold medals, 1 silver, 2 bronze. One row per thing: (thing as staff say it, the short
# unit the documents print after the number, the measure words staff count it with, provenance).
# A question asking "几块金牌" is answered by "11金"; the short unit is read only where a count
# ends (a digit, a pause or the end follows), so 银行 or 铜箔 are never counts.
COUNT_SHORT_UNITS: tuple[tuple[str, str, str, str], ...] = (
    ("金牌", "金", "枚块个", "体育成绩计数惯例：“11金1银2铜”即金牌11枚、银牌1枚、铜牌2枚（体育部门奖牌榜用语）"),
    ("银牌", "银", "枚块个", "同上：奖牌榜“金/银/铜”即金牌/银牌/铜牌枚数"),
    ("铜牌", "铜", "枚块个", "同上：奖牌榜“金/银/铜”即金牌/银牌/铜牌枚数"),
)

# The words the question rules key on. A typing slip of one of them that sounds the same
# (拼音输入法选错同音字: 牵投 for 牵头, 单为 for 单位) is read as the word: see
# core.synonyms.fix_homophones. Only two- and three-character words, one character off, and
# only words whose same-sound neighbours are no common words themselves (领导/领到 and
# 进展/进站 are both real, so neither is listed); words that sound alike are listed together
# (逾期/预期), and then neither is changed into the other.
CUE_WORDS: tuple[str, ...] = (
    "牵头", "负责", "单位", "部门", "分管", "逾期", "预期", "多少", "目标", "增速", "比重", "占比",
    "总量", "产量", "数量", "规模", "方案", "政府", "意思",
    # voice input: the ask words of a question said aloud ("增涨多少", "近展如何", "名词解世")
    "增长", "进展", "进度", "指标", "解释", "名词",
)

# Abbreviations of the table above that are read by sound as well: "射零" is 社零 typed with
# a pinyin keyboard. Only short forms whose same-sound neighbours are no common words (乡振
# sounds like 乡镇, 国企 like 国旗, 营收 like 应收, 旧改 like 就该, 战新 like 崭新, 高企 like
# the 高起 of 高起点: those are left out, a real word is never turned into an abbreviation).
SOUND_CHECKED_ABBREVIATIONS: tuple[str, ...] = ("社零", "固投", "规上", "棚改", "双碳", "保租房", "新基建")

# Latin abbreviations staff type in lower case ("gdp", "r&d"): read in the table's case
LATIN_TERMS: tuple[str, ...] = ("GDP", "CPI", "PPI", "PMI", "R&D", "GEP", "GNP", "5G", "AI")

# Fields of work and the words by which a task's text shows it belongs to one ("孙菊生牵头的
# 教育方面任务": 学前教育, 高考综合改革, 高校"双一流", 大学生创新创业大赛; "水利那块":
# "五河两岸一湖一江"全流域治理). (field, words in a task's text, provenance). A task holding one
# of the words is read as of that field when a question narrows a list by the field's name;
# the words are those of the field's own department's remit (部门"三定"职责), never a phrase
# of one task alone.
FIELD_WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("教育", ("教育", "学校", "高校", "大学", "高考", "双一流", "学前", "幼儿园", "中小学", "义务教育", "职业院校",
             "办学", "招生", "学生", "教师"),
     "教育部门职责：学前、义务、高中、职业、高等教育，考试招生，学生与教师"),
    ("水利", ("水利", "流域", "河湖", "河道", "水库", "防洪", "堤防", "灌区", "水资源", "治水", "河长", "湖长",
             "五河", "山洪", "水土保持"),
     "水利部门职责：水资源、河湖管理、防洪、流域治理、水土保持"),
    ("科技", ("科技", "创新", "研发", "科研", "实验室", "技术", "高新技术", "成果转化", "独角兽", "瞪羚", "R&D"),
     "科技部门职责：科技创新、研发投入、创新平台、高新技术企业、成果转化"),
    ("卫生", ("卫生", "医疗", "医院", "医学", "疾控", "中医药", "健康", "医保", "三医联动", "婚前", "孕", "疫苗"),
     "卫生健康部门职责：医疗服务、公共卫生、疾控、中医药、妇幼健康"),
    ("交通", ("交通", "公路", "铁路", "高速", "机场", "航道", "港口", "客专", "高铁", "航空", "物流"),
     "交通运输部门职责：公路、铁路、水运、民航、物流"),
    ("农业", ("农业", "粮食", "农田", "农村", "农民", "种业", "畜牧", "渔业", "农产品", "乡村", "耕地"),
     "农业农村部门职责：粮食生产、农田建设、种业、畜牧渔业、乡村振兴"),
    ("生态", ("生态", "环境", "污染", "环保", "碳达峰", "碳中和", "减排", "节能", "绿色", "废物", "空气质量", "水质"),
     "生态环境部门职责：污染防治、生态保护、减污降碳"),
    ("就业", ("就业", "创业", "技能", "失业", "高校毕业生", "农民工", "人力资源"),
     "人力资源社会保障部门职责：就业创业、职业技能、重点群体就业"),
    ("文旅", ("文化", "旅游", "文旅", "景区", "博物馆", "非遗", "文物", "演艺"),
     "文化和旅游部门职责：文化事业、旅游发展、文物与非遗"),
)
