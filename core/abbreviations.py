"""Words staff type and the words the documents use, kept as data in one place.

`normalize_query` (retrieval/normalize.py) reads these tables; nothing else in the
code spells an abbreviation. Add a pair here when users ask with a new short form.
"""

# Short form → full form used in reports. The query keeps the short form too,
# since some reports use it ("GDP增长7.5%左右", "规上工业").
ABBREVIATIONS: dict[str, str] = {
    "社零": "社会消费品零售总额",
    "固投": "固定资产投资",
    "规上": "规模以上",
    "GDP": "地区生产总值",
    "战新": "战略性新兴产业",
    "高企": "高新技术企业",
    "CPI": "居民消费价格",
    "R&D": "研发经费",
    "民企": "民营企业",
    "国企": "国有企业",
    "央企": "中央企业",
    "新基建": "新型基础设施",
    "基建": "基础设施",
    "双碳": "碳达峰碳中和",
    "外贸": "外贸进出口",
    "财政收入": "一般公共预算收入",
    "失业率": "城镇调查失业率",
    "物价": "居民消费价格",
    "人均收入": "人均可支配收入",
    "居民收入": "居民人均可支配收入",
    "农民收入": "农村居民人均可支配收入",
    "利用外资": "实际利用外资",
    "空气优良率": "空气质量优良天数比率",
    "上市企业": "上市公司",
    "旧改": "老旧小区改造",
    "乡振": "乡村振兴",
    "营收": "营业收入",
    "经济增长": "地区生产总值增长",
    "经济增速": "地区生产总值增长",
    "研发经费投入强度": "R&D经费支出占GDP比重",
    "研发投入强度": "R&D经费支出占GDP比重",
    "全省第一个": "我省首个",
    "全省第一家": "我省首家",
    "数字经济占比": "数字经济增加值占地区生产总值比重",
    "进出口": "外贸进出口",
}

# Words of the question itself, not of the answer: dropped from the lexical query so
# that "是多少" does not pull chunks that happen to contain "多少".
QUESTION_WORDS: tuple[str, ...] = (
    "是多少", "有多少", "多少", "是什么意思", "什么意思", "是什么", "什么", "哪些", "哪个", "哪家",
    "哪里", "哪项", "是否", "怎么样", "怎么", "如何", "怎样", "为什么", "请问", "一下", "吗", "呢",
    "定的", "提出", "报告里", "报告中", "里说的", "说的",
)

# Relative years ("今年", "去年") as offsets from the reference year.
RELATIVE_YEARS: dict[str, int] = {
    "前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0, "本年度": 0, "当年": 0,
    "明年": 1, "下一年": 1, "来年": 1, "后年": 2,
}
