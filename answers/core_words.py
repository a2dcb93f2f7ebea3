"""A short form that names its indicator by one word: "外资" is foreign capital, so a clause
without 外资 or 外商 (`core.contrasts_data.CORE_WORDS`) does not answer, however many of the
expansion's other characters it shares ("赣州23年外资增长目标多少" is not answered by "实际利用
省外2000万元以上项目资金增长8.5%以上": 省外 money is domestic; round 29d r29d-059)."""
from __future__ import annotations

from functools import lru_cache

from core import lazy_re as re
from core.contrasts_data import CORE_WORDS


def _word(w: str) -> re.Pattern:
    # a word, not the inside of a longer one: "市外资金" / "省外资金" hold 外资 too
    return re.compile(r"(?<![省市县区境])" + re.escape(w) + r"(?!金)")


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[re.Pattern, tuple[re.Pattern, ...]], ...]:
    return tuple((_word(short), tuple(_word(w) for w in words))
                 for short, words, _why in sorted(CORE_WORDS, key=lambda r: -len(r[0])))


def core_word_missing(question: str, clause: str) -> bool:
    """Whether `question` names an indicator by a short form whose naming word `clause` lacks."""
    for typed, words in _rows():
        if typed.search(question or ""):
            return not any(w.search(clause or "") for w in words)
    return False
