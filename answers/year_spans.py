"""Spans of several years: a figure summed over "十四五以来" / "四年来" is not one year's figure.

A report's multi-year summary ("四年来累计新改建农村公路512公里") sits in the review of the
last year, so it reads as that year's result; asked "去年农村公路修了多少", it must not answer,
and asked "十四五以来农村公路一共修了多少", it is the only answer (a single year's 126公里
is not the span's). The words are in core/year_spans_data.py.
"""
from __future__ import annotations

from core import lazy_re as re
from core.year_spans_data import PLAN_PERIODS, PLAN_PERIOD_TAILS, SPAN_COUNTS, SPAN_LEADS, SPAN_SUMS, SPAN_TAILS

_QUOTE = r"[“”\"‘’']?"
_PERIOD = "(?:" + "|".join(PLAN_PERIODS) + ")"
_PERIOD_SPAN = _PERIOD + _QUOTE + "(?:" + "|".join(sorted(PLAN_PERIOD_TAILS, key=len, reverse=True)) + ")"
_COUNT = f"[{SPAN_COUNTS}]年"
_LEAD = "(?:" + "|".join(sorted(SPAN_LEADS, key=len, reverse=True)) + ")"
_TAIL = "(?:" + "|".join(sorted(SPAN_TAILS, key=len, reverse=True)) + ")"
_SUM = "(?:" + "|".join(SPAN_SUMS) + ")"
# "十四五以来", "过去五年", "近三年", "四年来" (not "连续三年", "三年行动", "每年")
_SPAN = re.compile(rf"{_PERIOD_SPAN}|{_LEAD}{_COUNT}(?:{_TAIL})?|(?<![连续每近过这去第])(?<!最近)(?<!\d){_COUNT}(?:{_TAIL}(?!计划|规划|行动)|(?={_SUM}))")
# the summary's own words around a span ("的四年，", "累计", "一共") left once it is cut out
_LEFT = re.compile(r"^(?:的|里|中|内|来)+")


# "是当年的数不是三年累计哈": a span set aside is not asked
_SET_ASIDE = re.compile(r"(?:不是|不要|而不是|而非|非|别)\s*$")


def asks_span(question: str) -> bool:
    """The question asks for a figure over several years ("十四五以来…一共", "这四年来…"), not
    one it sets aside ("…不是三年累计")."""
    question = _SLOGAN.sub(" ", question or "")  # "…五年任务三年完成那个，总共是多少座": its name, no span asked
    return any(not _SET_ASIDE.search(question[: m.start()]) for m in _SPAN.finditer(question))


def strip_span(text: str) -> str:
    """The question without its span words, so the indicator is what is matched."""
    out = _SPAN.sub(" ", text)
    return " ".join(_LEFT.sub("", w) for w in out.split()) if out != text else text


def states_span(sentence: str) -> bool:
    """The sentence states a figure over several years ("四年来累计…", "过去五年，…")."""
    return bool(_SPAN.search(_QUOTED.sub("", sentence or "")))


# a slogan in quotes ("1664座病险水库除险加固“五年任务三年完成”", round 67e): its years are the
# slogan's, the sentence's figure stays the year's
_QUOTED = re.compile(r"“[^”]{4,16}”")  # (never a period named in quotes, “十四五”)
# the slogan said without its quotes ("病险水库除险加固五年任务三年完成那个"): a name, no span asked
_SLOGAN = re.compile(r"[一二三四五六七八九十两\d]年任务[一二三四五六七八九十两\d]年(?:完成|收官|基本完成)")


def span_said(text: str) -> str:
    """The span words the text says ("十五五末", "过去五年"), "" for none: a later part of a
    message that names none is asked over the same span."""
    m = _SPAN.search(text or "")
    return m.group(0) if m else ""


_YEARS_SAID = re.compile(rf"([{SPAN_COUNTS}])年")
_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def span_length(text: str) -> int | None:
    """How many years the span the text says covers: a plan period ("十四五期间") five, "四年来"
    four; None when it says none or no count. "十四五以来" in a report of its fourth year is
    four years, and "过去五年" in the next is five: a question naming the whole period is
    answered by the summary of all five years when one is loaded (round 58b)."""
    m = _SPAN.search(text or "")
    if not m:
        return None
    said = m.group(0)
    if re.match(_PERIOD, said) and not re.search(r"以来", said):
        return 5  # 十四五期间 / 十四五时期: the whole period
    n = _YEARS_SAID.search(said)
    if not n:
        return None
    return _CN_COUNT.get(n.group(1)) or (int(n.group(1)) if n.group(1).isdigit() else None)
