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
# a restatement at the end of the message ("…我说的是21年的"): `restated_year`
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
    return tail_corrected(restated_year(_CORRECTED.sub(_replace, text)))


# "X去年是多少 不对 要今年1到9月的" / "X今年完工几个了 哦不对 我要的是去年全年改造了多少个" (round
# 59a): the whole ask said, taken back after it, and the year meant said last
_TAIL = re.compile(rf"[,，\s]*(?:哦|噢|呃|啊)?\s*(?:{_WORDS})\s*[,，\s]*(?:我)?(?:要的是|问的是|说的是|要|是)\s*"
                   rf"(?P<year>{_YEAR})(?P<rest>[^？?。]*?)(?:的)?\s*[？?。]?\s*$")
_ASK_WORDS = re.compile(r"多少|几")


def tail_corrected(text: str) -> str:
    """The question as its closing correction says it: the year said last in place of the year
    before; a correction that asks again ("…我要的是去年全年改造了多少个") is the ask, with the
    subject said before the first year."""
    found = _closing_year(_TAIL, text)
    if found is None:
        return text
    m, before, old = found
    rest = m.group("rest").strip()
    if _ASK_WORDS.search(rest):
        return before[: old.start()].strip() + m.group("year") + rest
    return before[: old.start()] + m.group("year") + rest + before[old.end():]


# "…去年那个X完成没有我说的是21年省里年初定的那个X": the item re-said, with the year meant; the
# restatement closes the message, far from the year it corrects (round 25a)
_RESTATED = re.compile(rf"[,，\s]*(?:我说的是|我是说|我指的是|我问的是|说的是|指的是)\s*(?P<year>{_YEAR})(?P<rest>[^？?。]*)[？?。]?\s*$")
# scope words the restatement may add ("省里", "市里"): kept, they name the document
_SCOPE = re.compile(rf"(?:{_PLACE})|(?:全|我|本)?(?:省|市|县|区)(?:里|内)?(?=[^\u4e00-\u9fff]|年|的|定|$)")


_COUNT = re.compile(r"\d+(?:\.\d+)?\s*[件项个条家所座]")


def restated_year(text: str) -> str:
    """The question with a year re-said at its end ("我说的是21年…") put in place of the year
    said before it, and the rest of the restatement (the item named again) dropped but for the
    scope it adds. Unchanged when no year was said before the restatement."""
    found = _closing_year(_RESTATED, text)
    if found is None:
        return text
    m, before, old = found
    scope = "".join(dict.fromkeys(x.group(0) for x in _SCOPE.finditer(m.group("rest"))))
    # a count re-said with the item ("那51件") names it: kept when the first saying lacks it
    counts = [c for c in dict.fromkeys(_COUNT.findall(m.group("rest"))) if c not in before]
    return before[: old.start()] + scope + m.group("year") + "".join(counts) + before[old.end():]


def _closing_year(pattern: re.Pattern, text: str) -> tuple[re.Match, str, re.Match] | None:
    """(the closing correction, the text before it, the year said there), or None when the
    message does not close with one or said no year before it."""
    m = pattern.search(text)
    if not m:
        return None
    before = text[: m.start()]
    old = re.search(_YEAR, before)
    return (m, before, old) if old else None


def _replace(m: re.Match) -> str:
    if m.group("old_unit") or m.group("new_unit"):
        # a unit is corrected by a unit only; a unit then a year is no correction
        return m.group("new_unit") if m.group("old_unit") and m.group("new_unit") else m.group(0)
    old, new = m.group("old"), m.group("new")
    for _kind, pattern in _KINDS:
        if pattern.search(new):
            old = pattern.sub("", old)
    return old.strip() + new
