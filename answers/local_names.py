"""Names as county staff say them, put in the documents' form before a question is read.

Rules over the parts of a name, for any place (never a list of one county's names):
- a road named by its two ends: "石桥到大岭那条路" / "河口—白沙那段" → "石桥至大岭公路" /
  "河口至白沙", the way reports and plans print it ("X至Y公路");
- an institution by its ordinal and the initial of its kind: "三实小" → 第三实验小学, "县一中" →
  县第一中学, "市二院" → 市第二人民医院, "附二院" → 第二附属医院; a kind's short name: "中医院" →
  中医医院, "妇保院" → 妇幼保健院. The kinds are data (`core.institution_kinds_data`); where a kind
  has several printed names the documents say which (`held`: "市一院" is 市第一医院 in a city
  whose report prints that);
- a target asked as "争取到多少" / "争取达到几": the reports' "力争达到" (but "去年…争取到多少" /
  "争取到了多少" asks what was won: the review's "争取上级资金…", left as typed, round 25b);
- "县里说…" / "市里讲…": the county's report says it; 说 is no word of the subject.
Facility short forms (污水厂 → 污水处理厂) and plain measures (一天能处理 → 日处理能力) are
vocabulary: rows of `core/synonyms_data.py`, read by `core.synonyms.rewrite_question`.
"""
from __future__ import annotations

from typing import Callable

from core import lazy_re as re
from core.institution_kinds_data import INSTITUTION_KINDS

_CJK = "\u4e00-\u9fff"
# two ends joined by 到/至/—, a pointer maybe, then the road (or its stretch); a question word is
# no end ("建到哪个阶段" asks a stage, round 25c)
_ROAD = re.compile(
    rf"(?P<a>[{_CJK}]{{2}})\s*(?:到|至|—|－|-|~|～)\s*(?P<b>(?!多少|几|百分|哪|什么|啥)(?:(?![那这的])[{_CJK}]){{2,3}}?)\s*"
    r"(?:(?:那条|这条|那段|这段|的那条|的那段|的)?"
    r"(?P<noun>公路|道路|马路|路段|路(?![线径])|高速公路|高速|铁路|高铁|快速路)|(?:那段|这段|段)(?!时间|时期))"
)
_ROAD_NOUN = {"路": "公路", "马路": "公路", "道路": "公路", "路段": "公路", "段": ""}
# an ordinal said as an institution's number, where a level or a list puts it ("市二院", "和三幼")
_ORDINAL_BEFORE = rf"(?:(?<=[省县市区镇乡和与及、跟])|(?<![{_CJK}]))"
# …and not the start of another word ("三中全会", "一中心", "一院士")
_ORDINAL_AFTER = r"(?![学心间全国层期长央时型士区])"
# a hospital's number stands after its level or a list's joiner only ("市二院", "和三院"): at a
# phrase's start "一院一策" / "一院多区" is a policy, not a hospital
_HOSPITAL_BEFORE = r"(?<=[省市县区和与及、跟])"
_LEVEL = re.compile(r"[省市县区镇乡]$")
# what the kinds table's `{n}` stands for
_NUMERAL = "[一二三四五六七八九十]{1,2}"


def _kind_patterns() -> list[tuple[re.Pattern, tuple[str, ...], bool]]:
    """(pattern, printed forms, numbered) for each row of the kinds table, in table order."""
    out = []
    for said, forms, _why in INSTITUTION_KINDS:
        if "{n}" in said:
            head, tail = said.split("{n}")
            before = "" if head else (_HOSPITAL_BEFORE if tail.endswith("院") else _ORDINAL_BEFORE)
            out.append((re.compile(before + re.escape(head) + f"(?P<n>{_NUMERAL})" + re.escape(tail) + _ORDINAL_AFTER),
                        forms, True))
        else:
            out.append((re.compile(re.escape(said)), forms, False))
    return out


_KINDS = _kind_patterns()
_TARGET_REACH = re.compile(r"争取(?:达)?到(?=\s*(?:多少|几|啥|什么))")
_SAID_BY = re.compile(r"(?<=[县市省区]里)(?:说|讲|提)(?:的|了)?(?=[要改建修新增完达到]|\d|多少|几)")


def _road(m: re.Match) -> str:
    noun = m.group("noun") or ""
    return f"{m.group('a')}至{m.group('b')}{_ROAD_NOUN.get(noun, noun)}"


def institutions(text: str, held: Callable[[str], bool] | None = None) -> str:
    """`text` with each institution said by its ordinal or a short kind put as documents print
    it. `held(phrase)`: whether the documents print `phrase`; the form printed after the same
    qualifier wins ("市" + 第一医院), then any printed form, then the table's first. A short
    kind with no ordinal ("中医院") is rewritten only where the documents print the other form
    after its qualifier and not the typed one; without `held` it stays as typed."""
    for pattern, forms, numbered in _KINDS:
        text = pattern.sub(lambda m: _printed(m, forms, numbered, held), text)
    return text


def _printed(m: re.Match, forms: tuple[str, ...], numbered: bool, held: Callable[[str], bool] | None) -> str:
    n = m.group("n") if numbered else ""
    names = [f.replace("{n}", n) for f in forms]
    before = m.string[max(0, m.start() - 2): m.start()]
    if not numbered:
        if held is None or held(before + m.group(0)):
            return m.group(0)  # "洪都中医院" as printed
        return next((f for f in names if held(before + f)), m.group(0))
    if held is None:
        return names[0]
    level = before[-1:] if _LEVEL.search(before) else ""
    if level and held(level + m.group(0)):
        return m.group(0)  # the documents print it as typed with its level ("推动市一中新校区建成招生")
    for qualified in (True, False):
        for f in names:
            if held((level if qualified else "") + f):
                return f
    return names[0]


# "争取到了多少": the result said
_REACHED = re.compile(r"争取(?:达)?到了")


def _won(text: str) -> bool:
    """"去年争取到多少" / "争取到了多少": a past year or a result said, so what was won is asked."""
    from answers.years import parse_years

    return bool(_REACHED.search(text)) or any(r < 0 for r in parse_years(text).relative)


def local_names(question: str, held: Callable[[str], bool] | None = None) -> str:
    """The question with staff's short names put in the documents' form; `held`: whether the
    documents print a phrase (`institutions`)."""
    text = _ROAD.sub(_road, question or "")
    text = institutions(text, held)
    if not _won(text):
        text = _TARGET_REACH.sub("力争达到", text)
    return _SAID_BY.sub("", text)
