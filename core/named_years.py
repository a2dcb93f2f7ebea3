"""Years staff name by what happened in them ("十四五开局那年", "建党百年那年"), kept as data.

Each row: the event's words as typed, the year, and where the year comes from. Only events
fixed by the calendar of plans and anniversaries are listed, never a local event a document
itself dates (that would be a fact of the corpus, not of the language).
"""
from __future__ import annotations

# (words, year, provenance)
NAMED_YEARS: tuple[tuple[str, int, str], ...] = (
    ("十四五开局", 2021, "第十四个五年规划 2021—2025 年，开局之年为 2021 年"),
    ("十四五第一年", 2021, "同上"),
    ("十四五收官", 2025, "同上，收官之年为 2025 年"),
    ("十三五开局", 2016, "第十三个五年规划 2016—2020 年"),
    ("十三五收官", 2020, "同上，收官之年为 2020 年"),
    ("建党百年", 2021, "中国共产党成立于 1921 年，百年为 2021 年"),
    ("建党一百周年", 2021, "同上"),
    ("建党100周年", 2021, "同上"),
    ("建党一百年", 2021, "同上"),
    ("全面建成小康社会", 2020, "全面建成小康社会的目标年 2020 年"),
    ("新中国成立75周年", 2024, "中华人民共和国成立于 1949 年"),
    ("新中国成立七十五周年", 2024, "同上"),
    ("党的二十大召开", 2022, "中国共产党第二十次全国代表大会 2022 年 10 月召开"),
    ("二十大召开", 2022, "同上"),
)
