"""A percentage asked as a rise is not a share, and a share is not a rise.

"江西2021年地区生产总值增长目标多少" was answered with "数字经济增加值占GDP比重38%左右", and
"标准地供地比例不低于多少" (by meaning) with "亩均工业增加值增长10%左右": both a percentage,
so the unit-class check (`answers.answerability.class_missing`) let them through. The role
of a percentage is read from the words before it in its own clause segment: a share is
printed after 比重/比例/占比/占, a rise after 增长/增速/涨/提高/下降…. The check is a
contrast, conservative on purpose: it refuses only a clause whose every percentage has the
other role, so a level said neutrally ("控制在3%左右") still answers either ask.
"""
from __future__ import annotations

from core import lazy_re as re

_SHARE = re.compile(r"比重|比例|占比|占")
_RISE = re.compile(r"增长|增速|增幅|涨|提高|提升|下降|降低|减少|回升|回落")
# the question asks a share, or a rise, by these words (not both: "比重提高多少" is neither)
_SHARE_ASK = re.compile(r"比重|比例|占比|占[^，,。？?]{0,12}(?:多少|几)")
_RISE_ASK = re.compile(r"增长|增速|增幅|涨|(?:下降|降低|减少)了?(?:多少|几)")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|个百分点)")
_SEGMENT_END = re.compile(r"[，,；;。：:]")


def _segment_before(text: str, end: int) -> str:
    """The words from the last clause mark before `end` to `end`."""
    start = max((m.end() for m in _SEGMENT_END.finditer(text, 0, end)), default=0)
    return text[start:end]


def percent_role_contrasted(question: str, clause: str) -> str:
    """The role word ("占比" or "增长") every percentage of `clause` has when the question asks
    the other role; "" when the roles agree, one is neutral, or the question asks neither."""
    q = re.sub(r"\s+", "", question or "")
    share, rise = bool(_SHARE_ASK.search(q)), bool(_RISE_ASK.search(q))
    if share == rise:
        return ""
    text = re.sub(r"\s+", "", clause or "")
    segments = [_segment_before(text, m.start()) for m in _PERCENT.finditer(text)]
    if not segments:
        return ""
    if rise and all(_SHARE.search(s) for s in segments):
        return "占比"
    if share and all(_RISE.search(s) and not _SHARE.search(s) and "率" not in s for s in segments):
        return "增长"
    return ""
