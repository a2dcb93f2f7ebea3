"""A figure inside the subject is part of the subject: "投资两千万以上的项目多少个" asks of the
projects over 20 million, and "引进投资超5000万元农产品深加工项目15个以上" is another set of
projects; answered, it gives a wrong figure.

Read by shape: a number of the question that is not the figure asked (the question asks 多少/几
elsewhere, and offers no figure to confirm) and qualifies a noun — a threshold after 投资/超/
超过/逾/规模/产值/营收/年产/达, or a figure with 以上/以下 before 的 or a noun — must stand in the
answer's sentence with the same value (2000万 = 2000万元 = 0.2亿), whatever is written around
it (超2000万元 / 2000万元以上). A number said in words is read in digits first. An amount of
money typed as a bound ("投资2000万以上", "超5亿元") qualifies the thing even when the question
asks no 多少 ("投资2000万以上的项目有哪些"): a figure of the thing itself carries no such bound.

The one reader of "a figure in the question's subject must stand in the sentence", for the
rules (`answers.report_facts`), the coverage reader (`answers.answerability`, `answers.contrasts`)
and the dense model's proposals (`answers.dense_answer`, which reads every figure of the
question, not only its bounds: `every=True`).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from core import lazy_re as re
from core.spoken import spoken_numbers

_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "": 1.0}
_UNIT = r"(?:元|美元|亩|平方米|吨|千瓦|人|家|个|户)?"
_THRESHOLD = re.compile(
    r"(?:(?P<lead>投资|超过|超|逾|规模|产值|营收|营业收入|年产|达到|达)\s*)?(?<![A-Za-z\d.第])(?P<n>\d+(?:\.\d+)?)\s*(?P<mult>万亿|亿|万|千)?"
    + _UNIT + r"\s*(?P<q>及以上|以上|以下|以内)?(?=\s*(?:的)?[\u4e00-\u9fff])")
_NUMBER = re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?")
_ASKS = re.compile(r"多少|几")
_CONFIRM = re.compile(r"是不是|是否|有没有|有无|对吗|对不对|吗\s*[？?]?\s*$")


# a bound of money that qualifies the thing whatever else the question asks
_MONEY_LEAD = ("投资", "超过", "超", "逾")
# every figure of a question that is no year and no part of a Latin name ("5G"): what the dense
# model's proposals must hold
_ANY_FIGURE = re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?(?![A-Za-z\d.]|\s*年)")


def thresholds(question: str, *, every: bool = False) -> list[float]:
    """The values of the figures that qualify the subject of `question` (module doc); with
    `every`, of every figure it types that is not a year."""
    return list(_thresholds(question or "", every))


@lru_cache(maxsize=256)
def _thresholds(question: str, every: bool) -> tuple[float, ...]:
    """`thresholds`, read once per question: every candidate sentence is checked against it."""
    return tuple(_read_thresholds(question, every))


def _read_thresholds(question: str, every: bool) -> list[float]:
    from answers.wording import offered_figure

    text = spoken_numbers(unicodedata.normalize("NFKC", question))
    if every:
        return [float(m.group(1)) * _MULT[m.group(2) or ""] for m in _ANY_FIGURE.finditer(text)]
    if offered_figure(text)[1]:
        return []
    asks = bool(_ASKS.search(text))
    if not asks and _CONFIRM.search(text):
        return []  # "是不是投资2000万以上的项目400个": figures offered to be confirmed, none asked
    out = []
    for m in _THRESHOLD.finditer(text):
        if not (m.group("lead") or m.group("q")):
            continue
        if re.match(r"\s*年", text[m.end("n"):]):
            continue  # "2024年以上" is no threshold
        money_bound = bool(m.group("mult")) and (m.group("lead") in _MONEY_LEAD or m.group("q") in ("以上", "及以上"))
        if not asks and not money_bound:
            continue
        out.append(float(m.group("n")) * _MULT[m.group("mult") or ""])
    return out


def threshold_missing(question: str, sentence: str, *, every: bool = False) -> bool:
    """Whether a figure of the question's subject is not in the sentence by value (module doc)."""
    wanted = thresholds(question, every=every)
    if not wanted:
        return False
    held = {round(float(m.group(1)) * _MULT[m.group(2) or ""], 6)
            for m in _NUMBER.finditer(unicodedata.normalize("NFKC", sentence or ""))}
    return any(round(v, 6) not in held for v in wanted)


def threshold_plain(question: str) -> str:
    """"投资两千万以上的项目" → "投资2000万的项目": a threshold after its lead word is checked by
    value (`threshold_missing`), so how the bound is said (以上 / 及以上, which the report may
    write as 超) is no word to match."""
    text = spoken_numbers(question or "")
    if not _ASKS.search(text):
        return question
    found = [m for m in _THRESHOLD.finditer(text) if m.group("lead") and m.group("q")
             and not re.match(r"\s*年", text[m.end("n"):])]
    if not found:
        return question
    for m in reversed(found):
        text = text[: m.start("q")] + text[m.end("q"):]
    return text


# "几个亿元以上项目": a bound typed with no number is one of its unit (1亿); "10亿元以上项目仅引进3个"
# is another set of projects, though its sentence also prints the asked one (round 59c)
_BARE_BOUND = re.compile(r"(?<![\d.一二三四五六七八九十百千两])(万亿|亿|千万|万)元?(?:及)?以上")


def other_bound(question: str, clause: str) -> bool:
    """Whether the question bounds its subject by a bare unit ("亿元以上") and the clause states
    the same unit's bound with another number ("10亿元以上") and not the bare one."""
    m = _BARE_BOUND.search(question or "")
    if not m:
        return False
    unit = m.group(1)
    numbered = re.search(r"(\d+(?:\.\d+)?)\s*" + unit + r"元?(?:及)?以上", clause or "")
    bare = re.search(r"(?<![\d.一二三四五六七八九十百千两])" + unit + r"元?(?:及)?以上", clause or "")
    return bool(numbered) and float(numbered.group(1)) != 1 and not bare
