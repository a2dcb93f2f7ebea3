"""A phrase staff say short of the word the documents print: "十件实事" for "十件民生实事",
"民生实事" for "民生实事项目" is exact, "重点项目" for "重点建设项目". One word of one or two
characters left out, once, inside a phrase of four characters or more; anything looser would
match unrelated headings."""
from __future__ import annotations

from functools import lru_cache

from core import lazy_re as re

MIN_LOOSE = 4  # a shorter phrase must be printed as typed
MAX_GAP = 2


@lru_cache(maxsize=512)
def _pattern(phrase: str) -> re.Pattern:
    gaps = [re.escape(phrase[:k]) + r"[\u4e00-\u9fff]{1,%d}" % MAX_GAP + re.escape(phrase[k:])
            for k in range(2, len(phrase) - 1)]
    return re.compile("|".join(gaps))


def printed_loosely(phrase: str, text: str) -> bool:
    """`phrase` in `text` as typed, or with one short word inserted past its first two characters
    and before its last two."""
    if not phrase or not text:
        return False
    if phrase in text:
        return True
    return len(phrase) >= MIN_LOOSE and bool(_pattern(phrase).search(text))
