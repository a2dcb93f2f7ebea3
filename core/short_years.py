"""Two-digit years as staff type them ("24年" = 2024), read in one place.

Both the question parser and query normalisation need them, and both must refuse the same
counting phrases ("连续11年", "近5年", "10年以上", "30年代"), or a question would be scoped to
one year and searched for another.
"""
from __future__ import annotations

from core import lazy_re as re
from typing import Iterator

# only two digits, no counting word before, no duration word after
SHORT_YEAR = re.compile(
    r"(?<![\d.第连近续前后每多几这那约用满])(\d{2})\s*年(?!代|来|内|以|间|期|度|前|后|份|左右|时间|的时间|多(?!少))"
)
_NOT_A_YEAR_BEFORE = ("过去", "未来")
FIRST, LAST = 10, 49  # 2010 … 2049: the years a government document of ours speaks of


def short_years(text: str) -> Iterator[tuple[tuple[int, int], int]]:
    """(span, year) for each two-digit year in `text`: "24年社零" → ((0, 3), 2024)."""
    for m in SHORT_YEAR.finditer(text):
        value = int(m.group(1))
        if not FIRST <= value <= LAST:
            continue
        if text[max(0, m.start() - 2) : m.start()].endswith(_NOT_A_YEAR_BEFORE):
            continue
        yield m.span(), 2000 + value


def expand_short_years(text: str) -> str:
    """"24年社零" → "2024年社零"; counting phrases stay as written."""
    out, pos = [], 0
    for (start, end), year in short_years(text):
        out.append(text[pos:start])
        out.append(f"{year}年")
        pos = end
    out.append(text[pos:])
    return "".join(out)
