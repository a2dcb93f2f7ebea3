"""The words staff type and the words the documents use, as data with where each came from.

One row per pair: (typed, documents' word, how it is used, provenance).
  how = "lay"      a lay word for an indicator (看病报销 → 医保): read as the indicator's head in
                   the question's subject, the lay word dropped when the head is typed too;
        "query"    expanded in the search query, the typed form kept too (社零 → 社会消费品零售总额);
        "question" rewritten in the question before it is parsed (咱省 → 我省, 多少个亿 → 多少亿);
        "synonym"  either word may stand for the other in the documents (首家 ~ 第一家);
        "alias"    a plan and a report name the same thing either way (减税降费 ~ 减税减费, an
                   airport by its city or by its own name): read by the commitment check;
        "narrower" the second word names a kind or part of the first (困境儿童 → 孤弃儿童): a
                   report naming it speaks of the first, as a related mention (commitment check).
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
    # one thing, two names, in a plan and the next year's report (commitment check: a review
    # naming the second reports on a task naming the first). Words, never a task's phrasing.
    ("减税降费", "减税减费", "alias", "财税政策用语：减税降费，地方文件亦作“减税减费”（如“减税减费减租减息减支”政策）"),
    ("空港", "机场", "alias", "民航用语：空港即航空港、民用机场（“空港经济区”“空港新城”）"),
    # an airport named by its city or by its own name (民用机场名称, 中国民用航空局): "南昌空港" /
    # "南昌机场" is 南昌昌北国际机场; a report writes 昌北机场 (国际机场 is read as 机场)
    ("北京机场", "首都机场", "alias", "民用机场名称：北京首都国际机场"),
    ("北京机场", "大兴机场", "alias", "民用机场名称：北京大兴国际机场"),
    ("上海机场", "浦东机场", "alias", "民用机场名称：上海浦东国际机场"),
    ("上海机场", "虹桥机场", "alias", "民用机场名称：上海虹桥国际机场"),
    ("天津机场", "滨海机场", "alias", "民用机场名称：天津滨海国际机场"),
    ("重庆机场", "江北机场", "alias", "民用机场名称：重庆江北国际机场"),
    ("石家庄机场", "正定机场", "alias", "民用机场名称：石家庄正定国际机场"),
    ("太原机场", "武宿机场", "alias", "民用机场名称：太原武宿国际机场"),
    ("呼和浩特机场", "白塔机场", "alias", "民用机场名称：呼和浩特白塔国际机场"),
    ("沈阳机场", "桃仙机场", "alias", "民用机场名称：沈阳桃仙国际机场"),
    ("大连机场", "周水子机场", "alias", "民用机场名称：大连周水子国际机场"),
    ("长春机场", "龙嘉机场", "alias", "民用机场名称：长春龙嘉国际机场"),
    ("哈尔滨机场", "太平机场", "alias", "民用机场名称：哈尔滨太平国际机场"),
    ("南京机场", "禄口机场", "alias", "民用机场名称：南京禄口国际机场"),
    ("杭州机场", "萧山机场", "alias", "民用机场名称：杭州萧山国际机场"),
    ("宁波机场", "栎社机场", "alias", "民用机场名称：宁波栎社国际机场"),
    ("温州机场", "龙湾机场", "alias", "民用机场名称：温州龙湾国际机场"),
    ("合肥机场", "新桥机场", "alias", "民用机场名称：合肥新桥国际机场"),
    ("福州机场", "长乐机场", "alias", "民用机场名称：福州长乐国际机场"),
    ("厦门机场", "高崎机场", "alias", "民用机场名称：厦门高崎国际机场"),
    ("泉州机场", "晋江机场", "alias", "民用机场名称：泉州晋江国际机场"),
    ("南昌机场", "昌北机场", "alias", "民用机场名称：南昌昌北国际机场"),
    ("赣州机场", "黄金机场", "alias", "民用机场名称：赣州黄金机场"),
    ("景德镇机场", "罗家机场", "alias", "民用机场名称：景德镇罗家机场"),
    ("吉安机场", "井冈山机场", "alias", "民用机场名称：井冈山机场（吉安市）"),
    ("宜春机场", "明月山机场", "alias", "民用机场名称：宜春明月山机场"),
    ("上饶机场", "三清山机场", "alias", "民用机场名称：上饶三清山机场"),
    ("济南机场", "遥墙机场", "alias", "民用机场名称：济南遥墙国际机场"),
    ("青岛机场", "胶东机场", "alias", "民用机场名称：青岛胶东国际机场"),
    ("郑州机场", "新郑机场", "alias", "民用机场名称：郑州新郑国际机场"),
    ("武汉机场", "天河机场", "alias", "民用机场名称：武汉天河国际机场"),
    ("宜昌机场", "三峡机场", "alias", "民用机场名称：宜昌三峡机场"),
    ("长沙机场", "黄花机场", "alias", "民用机场名称：长沙黄花国际机场"),
    ("张家界机场", "荷花机场", "alias", "民用机场名称：张家界荷花国际机场"),
    ("广州机场", "白云机场", "alias", "民用机场名称：广州白云国际机场"),
    ("深圳机场", "宝安机场", "alias", "民用机场名称：深圳宝安国际机场"),
    ("珠海机场", "金湾机场", "alias", "民用机场名称：珠海金湾机场"),
    ("南宁机场", "吴圩机场", "alias", "民用机场名称：南宁吴圩国际机场"),
    ("桂林机场", "两江机场", "alias", "民用机场名称：桂林两江国际机场"),
    ("海口机场", "美兰机场", "alias", "民用机场名称：海口美兰国际机场"),
    ("三亚机场", "凤凰机场", "alias", "民用机场名称：三亚凤凰国际机场"),
    ("成都机场", "双流机场", "alias", "民用机场名称：成都双流国际机场"),
    ("成都机场", "天府机场", "alias", "民用机场名称：成都天府国际机场"),
    ("贵阳机场", "龙洞堡机场", "alias", "民用机场名称：贵阳龙洞堡国际机场"),
    ("昆明机场", "长水机场", "alias", "民用机场名称：昆明长水国际机场"),
    ("拉萨机场", "贡嘎机场", "alias", "民用机场名称：拉萨贡嘎国际机场"),
    ("西安机场", "咸阳机场", "alias", "民用机场名称：西安咸阳国际机场"),
    ("兰州机场", "中川机场", "alias", "民用机场名称：兰州中川国际机场"),
    ("西宁机场", "曹家堡机场", "alias", "民用机场名称：西宁曹家堡国际机场"),
    ("银川机场", "河东机场", "alias", "民用机场名称：银川河东国际机场"),
    # a region of several provinces, by its plan's name or the provinces that make it up
    ("长江中游城市群", "长江中游三省", "alias", "国务院批复《长江中游城市群发展规划》（2015）：城市群由鄂湘赣三省城市组成，三省合作常称“长江中游三省”"),
    ("长江三角洲", "长三角", "alias", "《长江三角洲区域一体化发展规划纲要》（2019）简称“长三角”"),
    ("珠江三角洲", "珠三角", "alias", "地理区域通用简称"),
    ("粤港澳大湾区", "大湾区", "alias", "《粤港澳大湾区发展规划纲要》（2019）简称“大湾区”"),
    ("成渝地区双城经济圈", "成渝双城经济圈", "alias", "《成渝地区双城经济圈建设规划纲要》（2021）常用简称"),
    # a group and the kinds it is made of: a report naming the kind speaks of the group
    ("困境儿童", "孤弃儿童", "narrower", "国发〔2016〕36号《关于加强困境儿童保障工作的意见》：困境儿童包括因家庭监护缺失或监护不当遭受遗弃等的儿童（孤儿、弃婴）"),
    ("困境儿童", "孤儿", "narrower", "民发〔2019〕62号《关于进一步加强事实无人抚养儿童保障工作的意见》：孤儿、事实无人抚养儿童等困境儿童"),
    ("困境儿童", "残疾儿童", "narrower", "国发〔2016〕36号：困境儿童包括因自身残疾导致康复、照料、护理等困难的儿童"),
    ("困境儿童", "事实无人抚养儿童", "narrower", "民发〔2019〕62号：事实无人抚养儿童纳入困境儿童保障"),
    ("脱贫攻坚成果", "防返贫监测", "narrower", "2021年中央一号文件：巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制"),
    ("脱贫攻坚成果", "防止返贫监测", "narrower", "2021年中央一号文件：巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制"),
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

# Words a later part of a message asks with but that name nothing of their own: "2023年又是
# 多少", "2024年分别填多少", "其中当年新增多少家", "一共投多少钱". A part left with only these,
# its year, region, kind (目标/实际) and ask speaks of the item of the part before it
# (answers.ellipsis). (word, provenance); longest words are read first.
ELLIPSIS_WORDS: tuple[tuple[str, str], ...] = (
    ("又", "副词：又是多少即同一事项再问一次"), ("还", "副词：还是多少即同一事项再问"),
    ("也", "副词：承前"), ("再", "副词：承前"), ("分别", "副词：分别即各项逐一"), ("各自", "代词：各自即逐一"),
    ("各", "代词：逐一"), ("都", "副词：总括"), ("填", "表格用语：某栏填多少即该栏的数值"),
    ("报出", "公文用语：报出某数即给出该数"), ("给出", "口语：给出某数即告知该数"), ("告知", "公文用语"),
    ("一并", "公文用语：一并即同时"), ("另请", "公文用语：另请即另外请"), ("请", "礼貌用语"), ("麻烦", "礼貌用语"),
    ("其中", "承前：其中即前述事项之内"), ("当年", "承前：当年即前述年份"), ("同期", "承前：同期即前述时期"),
    ("一共", "副词：总计"), ("总共", "副词：总计"), ("合计", "公文用语：总计"), ("大概", "副词：约数"),
    ("大约", "副词：约数"), ("具体", "副词"), ("那么", "连词：承前"), ("那", "连词：承前"), ("然后", "连词：承前"),
    ("的", "助词"), ("是", "判断词"), ("呢", "语气词"), ("吗", "语气词"), ("啊", "语气词"), ("了", "助词"),
    ("数字", "口语：某数字即该数值"), ("数据", "口语：某数据即该数值"), ("数", "口语：某数即该数值"),
)

# Parts of a region a figure may be scoped to ("赣州中心城区PM2.5"): said of one region, they
# do not pass to a later part that names another ("全省实际浓度多少"). (word, provenance)
REGION_SUBAREAS: tuple[tuple[str, str], ...] = (
    ("中心城区", "统计口径：设区市中心城区"), ("主城区", "规划用语"), ("城区", "统计口径：城区"),
    ("市区", "行政区划用语"), ("市本级", "财政统计口径"), ("设区城市", "统计口径：设区市"),
    ("设区市", "统计口径：设区市"), ("县城", "统计口径：县城"),
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
