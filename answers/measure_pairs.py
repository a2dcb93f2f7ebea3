"""Two measures of one indicator asked together: "22年社零 增速目标和总量目标分别是多少",
"数字经济规模和占比各多少", "研发投入总量、强度分别是多少". A report states them in different
clauses ("社会消费品零售总额增长10%以上" in the targets, "…突破1.3万亿元" in a section), so
the message is two asks: the subject with each measure, the kind word (目标) with each. Read
by structure: a subject, then two measure words (`_MEASURE`) joined by 和/与/、, then 分别/各
and the ask. Each ask then finds a figure of its own measure's class
(`answers.answerability.class_missing`: a total is never answered by a rate). Round 31d
(r31d-003).
"""
from __future__ import annotations

from core import lazy_re as re

# the measures of one indicator that a report states apart (its rate, its amount, its share)
_MEASURE = r"(?:增速|增幅|增长率|增长|总量|总额|规模|占比|比重|总数|强度)"
_KIND = r"(?:预期目标|目标|计划|任务|实际)?"
_PAIR = re.compile(
    r"^(?P<subject>.*?[\u4e00-\u9fffA-Za-z\d])\s*(?:的)?\s*(?P<m1>" + _MEASURE + r")(?P<k1>" + _KIND + r")\s*"
    r"(?:和|与|及|以及|跟|、)\s*(?P<m2>" + _MEASURE + r")(?P<k2>" + _KIND + r")\s*"
    r"(?:分别|各自|各)(?:是|为|定的|定了|定为|要)?(?:多少|几)[\u4e00-\u9fff%]{0,3}\s*[？?。!！]*\s*$")


# "去年全州GDP总量多少，增速多少" (round 42d): the second measure asked alone after the first
_TWO_ASKS = re.compile(
    r"^(?P<subject>.*?[\u4e00-\u9fffA-Za-z\d])\s*(?:的)?\s*(?P<m1>" + _MEASURE + r")(?P<k1>" + _KIND + r")\s*"
    r"(?:是|为|有|达到|要)?(?:多少|几)(?P<u1>[\u4e00-\u9fff%]{0,3})\s*[，,；;？?\s]\s*(?:那|还有)?\s*(?P<m2>" + _MEASURE + r")(?P<k2>" + _KIND + r")\s*"
    r"(?P<done>了)?(?:呢|是|为|有|达到|要)?(?:多少|几)?(?P<u2>[\u4e00-\u9fff%]{0,3})\s*[？?。!！]*\s*$")


def measures_asked(text: str) -> list[str]:
    """One ask per measure ("22年社零增速目标多少", "22年社零总量目标多少"); [] when the message
    does not ask two measures of one subject, or when the two are one ("增长和增速")."""
    m = _PAIR.match(text or "") or _TWO_ASKS.match(text or "")
    if not m:
        return []
    subject, m1, m2 = m.group("subject").strip(), m.group("m1"), m.group("m2")
    if m1 == m2 or {m1[:2], m2[:2]} == {"增长", "增速"}:
        return []
    # "增速目标和总量目标" / "增速和总量的目标": the kind said once holds for both
    k1, k2 = m.group("k1") or m.group("k2"), m.group("k2") or m.group("k1")
    # "去年GDP总量多少亿 增长了多少": each ask keeps its unit and its "了" (what was done)
    groups = m.groupdict()
    u1, u2 = groups.get("u1") or "", groups.get("u2") or ""
    done = groups.get("done") or ""
    return [f"{subject}{m1}{k1}多少{u1}", f"{subject}{m2}{k2}{done}多少{u2}"]


# "南昌23年游客接待量和旅游收入" (round 47a): two things named with no ask word at all, as a
# note typed for a table; each is asked as "多少" with the message's year and region. Each side
# is a word of three characters or more ("城镇和农村居民收入" shares its head: no pair).
_NOUN_PAIR = re.compile(
    r"^(?P<lead>.*?(?:(?:19|20)?\d{2}\s*年|[今去前]年)\s*(?:的)?)?(?P<x>[\u4e00-\u9fff]{3,10}?)\s*(?:和|与|及|以及|、)\s*"
    r"(?P<y>[\u4e00-\u9fff]{3,10}?)\s*(?:情况|数据|数字)?\s*[？?。]?\s*$")
_ASKING = re.compile(r"多少|几|哪|谁|什么|啥|吗|么|是否|怎|如何|分别|各")


def nouns_listed(text: str) -> list[str]:
    """One ask per thing named in a message that asks nothing in words; [] otherwise."""
    if _ASKING.search(text or ""):
        return []
    m = _NOUN_PAIR.match(text or "")
    if not m:
        return []
    lead = m.group("lead") or ""
    return [f"{lead}{m.group('x')}多少", f"{lead}{m.group('y')}多少"]
