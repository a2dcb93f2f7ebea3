"""Names as county staff say them, put in the documents' form before a question is read.

Rules over the parts of a name, for any place (never a list of one county's names):
- a road named by its two ends: "石桥到大岭那条路" / "河口—白沙那段" → "石桥至大岭公路" /
  "河口至白沙", the way reports and plans print it ("X至Y公路");
- a school by its ordinal and its kind: "三实小" → 第三实验小学, "县一中" → 县第一中学,
  "二幼" → 第二幼儿园;
- a target asked as "争取到多少" / "争取达到几": the reports' "力争达到" (but "去年…争取到多少" /
  "争取到了多少" asks what was won: the review's "争取上级资金…", left as typed, round 25b);
- "县里说…" / "市里讲…": the county's report says it; 说 is no word of the subject.
Facility short forms (污水厂 → 污水处理厂) and plain measures (一天能处理 → 日处理能力) are
vocabulary: rows of `core/synonyms_data.py`, read by `core.synonyms.rewrite_question`.
"""
from __future__ import annotations

from core import lazy_re as re

_CJK = "\u4e00-\u9fff"
# two ends joined by 到/至/—, a pointer maybe, then the road (or its stretch)
_ROAD = re.compile(
    rf"(?P<a>[{_CJK}]{{2}})\s*(?:到|至|—|－|-|~|～)\s*(?P<b>(?!多少|几|百分)(?:(?![那这的])[{_CJK}]){{2,3}}?)\s*"
    r"(?:(?:那条|这条|那段|这段|的那条|的那段|的)?"
    r"(?P<noun>公路|道路|马路|路段|路(?![线径])|高速公路|高速|铁路|高铁|快速路)|(?:那段|这段|段)(?!时间|时期))"
)
_ROAD_NOUN = {"路": "公路", "马路": "公路", "道路": "公路", "路段": "公路", "段": ""}
_SCHOOL_KIND = {"实小": "实验小学", "实中": "实验中学", "小": "小学", "中": "中学", "幼": "幼儿园", "职中": "职业中学"}
_SCHOOL = re.compile(
    rf"(?:(?<=[县市区镇乡和与及、跟])|(?<![{_CJK}]))(?P<n>[一二三四五六七八九十]{{1,2}})"
    rf"(?P<kind>实小|实中|职中|小|中|幼)(?![学心间全国层期长央时型])"
)
_TARGET_REACH = re.compile(r"争取(?:达)?到(?=\s*(?:多少|几|啥|什么))")
_SAID_BY = re.compile(r"(?<=[县市省区]里)(?:说|讲|提)(?:的|了)?(?=[要改建修新增完达到]|\d|多少|几)")


def _road(m: re.Match) -> str:
    noun = m.group("noun") or ""
    return f"{m.group('a')}至{m.group('b')}{_ROAD_NOUN.get(noun, noun)}"


# "争取到了多少": the result said
_REACHED = re.compile(r"争取(?:达)?到了")


def _won(text: str) -> bool:
    """"去年争取到多少" / "争取到了多少": a past year or a result said, so what was won is asked."""
    from answers.years import parse_years

    return bool(_REACHED.search(text)) or any(r < 0 for r in parse_years(text).relative)


def local_names(question: str) -> str:
    """The question with staff's short names put in the documents' form."""
    text = _ROAD.sub(_road, question or "")
    text = _SCHOOL.sub(lambda m: f"第{m.group('n')}{_SCHOOL_KIND[m.group('kind')]}", text)
    if not _won(text):
        text = _TARGET_REACH.sub("力争达到", text)
    return _SAID_BY.sub("", text)
