"""Words staff type and the words the documents use, kept as data in one place.

`normalize_query` (retrieval/normalize.py) reads these tables; the abbreviations themselves,
with where each comes from, are rows of `core/synonyms_data.py` (one table).
"""

from core.synonyms import table

# Short form → full form used in reports. The query keeps the short form too,
# since some reports use it ("GDP增长7.5%左右", "规上工业").
ABBREVIATIONS: dict[str, str] = table("query")

# Words of the question itself, not of the answer: dropped from the lexical query so
# that "是多少" does not pull chunks that happen to contain "多少".
QUESTION_WORDS: tuple[str, ...] = (
    "是多少", "有多少", "多少", "是什么意思", "什么意思", "是什么", "什么", "哪些", "哪个", "哪家",
    "哪里", "哪项", "是否", "怎么样", "怎么", "如何", "怎样", "为什么", "请问", "一下", "吗", "呢",
    "定的", "提出", "报告里", "报告中", "里说的", "说的",
)

# Relative years ("今年", "去年") as offsets from the reference year.
RELATIVE_YEARS: dict[str, int] = {
    "前年": -2, "去年": -1, "上年": -1, "上一年": -1, "上一年度": -1, "上年度": -1, "今年": 0, "本年": 0, "本年度": 0, "当年": 0,
    "明年": 1, "下一年": 1, "来年": 1, "后年": 2,
}
