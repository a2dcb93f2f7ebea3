"""A value said, then corrected, in one breath: "21年，不对，是22年报告里…" / "24年，哦不，22年…"
/ "赣州23年，不对，24年的GDP目标". Voice input keeps both; the corrected value replaces the
first, and the words of correcting are no part of the question. Left in, the first year is
read as the one asked ("21年的报告中关于“不对 …”") and "不对" is searched for.

A year, a place (what staff re-say when they misspoke the document they mean) or a unit
said as a clause of its own ("发改委，不对，财政厅牵头哪些") is corrected this way. What the new value names replaces the same kind in the old one, the
rest of the old stays: "赣州23年，不对，24年" is 赣州24年. Runs after `core.spoken`, so a
year said in words ("二二年") is already "22年".
"""
from __future__ import annotations

from core import lazy_re as re
from core.places import place_alternation

# (words, provenance): what a speaker says to take back what was just said
CORRECTION_WORDS: tuple[tuple[str, str], ...] = (
    ("不对", "口述更正：X，不对，Y"),
    ("不对不对", "口述更正"),
    ("哦不", "口述更正：X，哦不，Y"),
    ("噢不", "口述更正"),
    ("啊不", "口述更正"),
    ("呃不", "口述更正"),
    ("不是不是", "口述更正"),
    ("说错了", "口述更正：X，说错了，Y"),
    ("说错", "口述更正"),
    ("口误", "口述更正：X，口误，Y"),
    ("更正一下", "书面更正"),
    ("更正", "书面更正"),
    ("纠正一下", "书面更正"),
    ("我是说", "口述更正：X，我是说Y"),
)
# what may be said between the correction and the new value ("不对，是22年", "不对，应该是…")
_BEFORE_NEW = r"(?:应该是|应是|是|我是说|我说的是)?"

_PLACE = place_alternation()
_YEAR = r"(?:19|20)?\d{2}\s*年(?:度)?|今年|去年|明年|前年"
# a unit's name as a clause of its own (no 的: "管就业的人社厅" describes, it names no value)
_UNIT = r"(?:(?<=^)|(?<=[,，\s]))(?:(?!的)[\u4e00-\u9fff]){1,10}?(?:厅|局|委|办)"
_KINDS = (("place", re.compile(_PLACE)), ("year", re.compile(_YEAR)))
_VALUE = rf"(?:(?:{_PLACE})\s*(?:{_YEAR})?|(?:{_YEAR}))"
_WORDS = "|".join(sorted((w for w, _ in CORRECTION_WORDS), key=lambda w: (-len(w), w)))
# "不是" takes back only when said as a clause of its own ("23年，不是，24年"); "赣州不是南昌"
# contrasts, it corrects nothing
_CORRECTED = re.compile(
    rf"(?:(?P<old>{_VALUE})|(?P<old_unit>{_UNIT}))\s*[,，]?\s*(?:哦|噢|呃|啊|嗯)?(?:(?:{_WORDS})\s*[,，]?|不是\s*[,，])\s*{_BEFORE_NEW}\s*"
    rf"(?:(?P<new>{_VALUE})|(?P<new_unit>(?:(?!的)[\u4e00-\u9fff]){{1,10}}?(?:厅|局|委|办)))")


def apply_corrections(text: str) -> str:
    """The question with each corrected year or place replaced by its correction."""
    return _CORRECTED.sub(_replace, text)


def _replace(m: re.Match) -> str:
    if m.group("old_unit") or m.group("new_unit"):
        # a unit is corrected by a unit only; a unit then a year is no correction
        return m.group("new_unit") if m.group("old_unit") and m.group("new_unit") else m.group(0)
    old, new = m.group("old"), m.group("new")
    for _kind, pattern in _KINDS:
        if pattern.search(new):
            old = pattern.sub("", old)
    return old.strip() + new
