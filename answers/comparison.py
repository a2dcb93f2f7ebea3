"""Two figures compared in one message: "…目标多少？比21年实际完成的多了还是少了",
"省里2024年和赣州2023年谁定得高", "A和B的目标，两个数说法一样吗", "目标多少，实际打了多少，差多少".

Read by structure, not by phrase:

- a comparison tail (多了还是少了 / 高还是低 / 谁高 / 差多少 / 升了还是降了 / 超了没有 /
  说法一样吗 / 两个数都给我) closes the comparison; clauses after it that ask are asked on their own;
- the sides are (1) the clause that asks and what 比/跟/和 compares it with ("比21年实际完成的"),
  (2) a clause's subject before 比 and the clause before it ("23年计划建的比这个多"), (3) two
  scopes or two indicators joined by 和 in one clause ("2022年和2024年两个省报告",
  "新增信贷投放和企业直接融资的目标"), or (4) the clauses that ask before a bare tail;
- a side that names no indicator of its own takes the subject of the side (or the opening
  clause) that names one, and keeps its own year, region, source and kind (目标 / 实际);
  a side with no kind word of its own is a result when its year is before the other side's;
- each side is answered from its own document as any question is; when both figures share a
  unit one line says 高于 / 低于 / 持平, and the difference, computed from the two quoted
  figures and labelled so. A side whose region has no report makes the message "not found".
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from dataclasses import dataclass, replace
from typing import Any

from answers import backends as B
from answers.compose import Answer, Evidence, fit, source_line
from answers.ellipsis import handed_subject
from answers.evidence import NUMBER, clauses_of, unit_of
from answers.multipart import joined, named_in_full, stated_change
from answers.question import TARGET_CUES, Question
from answers.regions import same_region
from answers.regions_fanout import across_regions
from answers.understanding import understand
from answers.wording import ACTUAL
from answers.years import YearRef, parse_years
from core.bigrams import bigrams
from core.places import place_alternation
from prompts import answers as P

# what closes a comparison; "relation" names what it asks
_TAILS: tuple[tuple[str, re.Pattern], ...] = (
    ("same", re.compile(r"(?:两个|俩)?(?:数|数字|说法|提法|表述)*(?:是)?(?:一样|相同|一致)(?:吗|么|嘛|不|没有)?$")),
    ("both", re.compile(r"(?:两个|俩)(?:原文)?(?:数|数字)(?:都|一起)?(?:给我|列出来|列一下|说一下)|(?:请)?(?:引用|给我|附上)原文(?:数字)?$|"
                        r"(?:各|分别)(?:定了|定的|定为|定)(?:多少|几)[\u4e00-\u9fff%]{0,3}$")),
    ("exceed", re.compile(r"(?:是否|有没有)?超(?:了|过|额)?(?:没有|没|吗|了吗)$")),
    ("diff", re.compile(r"(?:相)?差(?:了|距)?(?:多少|几)[\u4e00-\u9fff%]{0,3}$|"
                        r"(?:高出|多出|超出|低出|少出)(?:了)?(?:多少|几)(?:个百分点|[\u4e00-\u9fff%]{0,3})$")),
    ("order", re.compile(
        r"(?:是)?(?:多|高|大|快|升|涨|增加|提高|上升)了?还是(?:少|低|小|慢|降|跌|减少|降低|下降)了?$|"
        r"(?:是)?(?:少|低|小|慢|降|减少|降低|下降)了?还是(?:多|高|大|快|升|增加|提高|上升)了?$|"
        r"(?:谁|哪个|哪边|哪一个|哪家)(?:的)?(?:定得|定的|要)?(?:更)?(?:高|低|多|少|大|小|快|慢)(?:一些|些|点)?$|"
        # "是高是低" / "是多是少": the two ends each said with 是, no 还
        r"是(?:多|高|大|快|升|涨)了?是(?:少|低|小|慢|降|跌)了?$|是(?:少|低|小|慢|降|跌)了?是(?:多|高|大|快|升|涨)了?$|"
        # "这个跟去年比咋样" / "跟21年实际比怎么样": a side compared with 比, then how it stands
        # (rounds 35b r35b-045/046/048): the order of the two figures is what is asked
        r"(?<=比)\s*(?:起来|一下)?\s*(?:咋样|怎么样|怎样|如何)(?:呢|啊)?$")),
)
_CLAUSE_STOP = re.compile(r"[，,？?；;。！!]")
_BY_HOW_MUCH = re.compile(r"(?:那|那么)?(?:多|少|高|低|差|相差|超|超了|增加|减少)(?:了)?(?:多少|几)[\u4e00-\u9fff%]{0,3}(?:呢|啊)?")
# "幅度多大" / "差距有多大": how far apart, asked in words of size
_HOW_FAR = re.compile(r"(?:那|那么)?(?:幅度|差距|差值|变化|变动|升幅|降幅|涨幅|增幅|跌幅)(?:有)?(?:多大|多少|几)(?:个百分点|个点)?(?:呢|啊)?")
# "两个数各多少" / "分别是多少" / "各是多少": the compared figures themselves, no ask of its own
_BOTH_FIGURES = re.compile(r"(?:这|那)?(?:两个|俩|二者|两者)?(?:数|数字|数据)?(?:都|各|分别|各自)(?:是|为)?(?:多少|几)(?:呢|啊)?")
_ASKS = re.compile(r"多少|(?<!哪)几|是否|吗")
# what compares: "比B" / "跟B比" / "和B相比" at the start of a clause
_LEAD_CMP = re.compile(r"^(?:那|那么|再)?(?:跟|和|与|同|比起|相较于?|对比|较|比)\s*")
_END_CMP = re.compile(r"\s*(?:相比|比较|对比|来比|比)?(?:的话|来说|一下)?\s*(?:的)?\s*$")
_ANAPHOR = re.compile(r"^(?:这个|那个|这|那|它|上面的?|前面的?|前者|上一个)(?:数|数字)?(?:的)?$")
# "这个跟去年比" / "那个和上年比": an anaphor before what compares, standing for the clause before
_ANAPHOR_LEAD = re.compile(r"^(?:这个|那个|这|那|它)(?:数|数字|目标)?(?=\s*(?:跟|和|与|同|比起|相较|对比|较|比))")
# (never the 与 of 参与, the 和 of 和谐, the 及 of 及时)
_JOINER = re.compile(r"以及|和(?!谐)|跟|(?<!参)与|及(?!时)")
# "两个省报告" / "两份报告": both documents, no side of its own
_BOTH_DOCS = re.compile(r"(?:两个|两份|俩)(?:省|市)?(?:政府工作)?(?:报告|方案|文件)(?:里|中|上)?")
# the kind both joined sides share, said once after the second ("…和2022年省报告定的目标")
_SHARED_KIND = re.compile(r"(?:里|中|上)?(?:说的|提的|定的|定了|写的|的)?(?:目标|计划|预期目标)$")
# words of a side that say where, when, what kind or from what source: no indicator
_SCOPE = re.compile(
    r"(?:(?:省|市)?(?:政府工作)?报告|分工方案|责任分工|方案|台账|回顾|全省|全市|省里|市里|我省|我市|"
    r"目标|计划|任务|预期|实际|完成|定的|定得|定了|说的|提的|写的|要|的|了|"
    r"这个|那个|这|那|它|前者)")
# what a side asks with, no part of the subject it hands on: a target's verb, the unit, a bound
_ASKED_WITH = re.compile(
    r"(?:力争|确保|争取|达到|达|突破|控制在|控制|保持在|提高到|提升到|要|预期|预计)|以上|以内|以下|左右|"
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{0,2}(?:万亿|亿|万|千|百)?(?:元|斤|吨|亩|公顷|公里|个|家|人|户|座|所|项|条|套|辆|名|床)(?=\s|$)|"
    r"(?:万亿|亿|万|千|百)?(?:元|斤|吨|亩|公顷|公里|微克)(?:以上|以内|以下|左右)?$")
# a measure of the subject a side names of its own ("总数到多少"): kept beside the subject
_MEASURE = re.compile(r"总数|总量|累计|占比|比重|增速|增幅|规模|总额|余额")
# the kind said by the words of a side
_DONE = re.compile(r"实际|完成|实现了|打了|发了|建了|修了|改了|净增|总产")


@dataclass(frozen=True)
class Comparison:
    """The compared sides of a message, each as a question's words, and what the tail asks."""

    relation: str  # "order" | "diff" | "exceed" | "same" | "both" | "confirm"
    sides: tuple[str, ...]
    head: str = ""  # an opening clause that names the subject ("研发经费占GDP比重，…")
    kind: str = ""  # "目标" when the tail itself says the figures were set ("谁定得高")
    extra: tuple[str, ...] = ()  # clauses after the tail that ask on their own
    offered: tuple[str, ...] = ()  # "计划38万人，实际48万人对吧": the figure each side is said to have


# "计划多少、实际多少": a set side and a done side, each asking, joined by 、 or ，
_PLAN_WORD = re.compile(r"计划|目标|预期|定了?|任务")
_DONE_WORD = re.compile(r"实际|完成|实现")
_PAIR_STOP = re.compile(r"[、，,？?；;。！!：:]")
# "（看2022年政府工作报告）": an aside in brackets says where to look, not what is asked
_ASIDE = re.compile(r"[（(]\s*(?:看|见|参见|参看|以|据|根据)?([^（()）]*)[)）]")
# "…对吧" / "…是吗": a message that offers its figures to be confirmed
_CONFIRM_TAIL = re.compile(r"(?:，|,)?(?:对吧|对吗|对不对|是吗|是不是|没错吧|没错吗|吧)$")


# "南昌市2024年政府工作报告：…": the document every clause after the colon is asked of
_DOC_HEAD = re.compile(r"^\s*(?P<doc>[^：:，,？?。]{2,30}?(?:报告|分工方案|方案))\s*[：:]\s*")
# a compared side that names only a year ("较上年", "比去年"): the clause that asked of that year
_YEAR_ONLY = re.compile(r"(?:上一?年|去年|前一年|上年度|(?:19|20)?\d{2}\s*年)(?:的)?")


def compared(text: str) -> Comparison | None:
    """The sides of a comparison, or None when the message compares nothing."""
    doc = _DOC_HEAD.match(text or "")
    if doc:
        found = compared(text[doc.end():])
        return replace(found, head=doc.group("doc") + "，" + found.head) if found else None
    clauses = [piece for c in _CLAUSE_STOP.split(text or "") if c.strip() for piece in _spaced(c.strip())]
    for i, clause in enumerate(clauses):
        for relation, tail in _TAILS:
            m = tail.search(clause)
            if m:
                return _sides(relation, clauses[:i], clause[: m.start()].strip(), clauses[i + 1:],
                              "目标" if "定" in m.group(0) else "")
    return _versus(text or "") or _two_documents(text or "") or _plan_and_done(text or "")


# "R&D/GDP目标：21年分工方案 vs 22年省报告": the indicator said once, then two scopes set
# against each other with no tail
_VERSUS = re.compile(r"\s*(?:(?<![A-Za-z])[vV][sS]\.?(?![A-Za-z])|\bPK\b|对比)\s*")
_HEAD_STOP = re.compile(r"[：:，,]")


# a scope that is a document: "2021年分工方案", "22年省报告", "南昌市2024年报告"
_DOC_SCOPE = (r"(?:(?:我省|我市|全省|省里|市里|" + place_alternation() + r")\s*)?(?:(?:19|20)?\d{2}\s*年)?\s*(?:的)?\s*"
              r"(?:省|市)?(?:政府工作)?(?:报告|(?:重点工作)?(?:责任)?分工方案|方案)")
# "2021年分工方案和2022年省报告的R&D/GDP目标各多少": two documents, one subject after them
_TWO_DOCUMENTS = re.compile(
    r"^\s*(?P<a>" + _DOC_SCOPE + r")\s*(?:和|与|跟|及|、|以及)\s*(?P<b>" + _DOC_SCOPE + r")\s*(?:里|中|上)?(?:的|说的|定的|写的)?\s*"
    r"(?P<subject>[^，,？?。]{2,30}?)\s*(?:各|分别|各自)(?:是|为|定的|定了)?(?:多少|几)[\u4e00-\u9fff%]{0,3}\s*[？?。]?\s*$")


def _two_documents(text: str) -> Comparison | None:
    """Two documents named, then the one subject both are asked of: one side per document."""
    m = _TWO_DOCUMENTS.match(text)
    if not m or not re.search(r"\d", m.group("a") + m.group("b")):
        return None
    subject = m.group("subject")
    return _made("both", [f"{m.group('a')}{subject}多少", f"{m.group('b')}{subject}多少"], [], "", ())


def _versus(text: str) -> Comparison | None:
    """"X：A vs B" / "X，A对比B": the head names what both sides ask, each side a scope
    (year, region, document); both figures are answered and compared."""
    body = re.sub(r"[？?。！!\s]+$", "", text)
    stops = list(_HEAD_STOP.finditer(body))
    if not stops:
        return None
    cut = stops[-1]
    head, rest = body[: cut.start()].strip(), body[cut.end():].strip()
    m = _VERSUS.search(rest)
    if not m or m.start() == 0 or m.end() >= len(rest) or _VERSUS.search(rest[m.end():]):
        return None
    left, right = rest[: m.start()].strip(), rest[m.end():].strip()
    if _ASKS.search(left) or not head:
        return None
    return _made("order", [left, right], [head], "", ())


# a space typed where a stop belongs: "…目标是多少 比23年实际产量高还是低"
_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fffA-Za-z\d])")


def _spaced(clause: str) -> list[str]:
    """A clause typed on a phone with spaces for stops: cut at a space only where the words
    before it ask ("多少", "几", "吗") or close a comparison ("高还是低"), so "2024年 南昌 GDP"
    stays one clause."""
    pieces = _SPACE.split(clause)
    if len(pieces) < 2:
        return [clause]
    out, pending = [], ""
    for piece in pieces:
        pending = f"{pending} {piece}" if pending else piece
        if re.search(r"(?:多少|几)[\u4e00-\u9fff%]{0,3}$|吗$|呢$", pending) or any(t.search(pending) for _, t in _TAILS):
            out.append(pending)
            pending = ""
    if pending:
        out.append(pending)
    return out


def _plan_and_done(text: str) -> Comparison | None:
    """"X 计划多少、实际多少": both figures asked; "X，计划A，实际B对吧": both offered to be
    confirmed. The set side comes first, the done side after it; the words before them name
    the subject both sides share."""
    body = re.sub(r"[？?。！!\s]+$", "", text)
    confirm = _CONFIRM_TAIL.search(body)
    if confirm:
        body = body[: confirm.start()]
    pieces = [c.strip() for c in _PAIR_STOP.split(_ASIDE.sub(" ", body)) if c.strip()]
    if len(pieces) < 2:
        return None
    plan, done = pieces[-2], pieces[-1]
    pm, dm = _PLAN_WORD.search(plan), _DONE_WORD.search(done)
    if not pm or not dm or _DONE_WORD.search(plan) or _PLAN_WORD.search(done[: dm.start()]):
        return None
    head = pieces[:-2]
    if confirm:
        figures = [NUMBER.search(plan[pm.end():]), NUMBER.search(done[dm.end():])]
        if not all(figures):
            return None
        offered = tuple(re.sub(r"\s+", "", f.group(0)) for f in figures)
        sides = [plan[: pm.end()] + "多少", done[: dm.end()] + "多少"]
        made = _made("confirm", sides, head, "", ())
        return replace(made, offered=offered) if made else None
    if not (_ASKS.search(plan[pm.end():]) and _ASKS.search(done[dm.end():])):
        return None
    return _made("both", [plan, done], head, "", ())


def _sides(relation: str, before: list[str], core: str, after: list[str], kind: str) -> Comparison | None:
    # "…多了还是少了，多多少": a clause that asks only by how much is the comparison's own
    own = [c for c in after if _BY_HOW_MUCH.fullmatch(c) or _HOW_FAR.fullmatch(c) or _BOTH_FIGURES.fullmatch(c)]
    extra = tuple(c for c in after if _ASKS.search(c) and c not in own)
    if any(_BY_HOW_MUCH.fullmatch(c) or _HOW_FAR.fullmatch(c) for c in own):
        relation = "diff"
    core = re.sub(r"(?:是不是|是否|有没有|是|的|都|，)+$", "", re.sub(r"^(?:请问|是不是|是否|有没有)", "", core))
    if not core and before and not _ASKS.search(before[-1]) and (
            _LEAD_CMP.match(before[-1]) or _JOINER.search(before[-1]) or "比" in before[-1]):
        core, before = before[-1], before[:-1]  # "…，跟22年报告里说的21年实际完成比，超了没有"
    if core and before:
        # "…目标定多少 这个跟去年比": the anaphor is the clause before, which is the first side
        core = _ANAPHOR_LEAD.sub("", core)
    if core:
        lead = _LEAD_CMP.match(core)
        if lead and before:  # "…目标多少？比21年实际完成的": the clause before, and what it is compared with
            other = _END_CMP.sub("", core[lead.end():])
            asked_before = [c for c in before[:-1] if _ASKS.search(c)]
            if _YEAR_ONLY.fullmatch(other) and asked_before and _ASKS.search(before[-1]):
                # "2023年新增几家，2024年力争新增几家？较上年是多还是少": the year compared with
                # is the one the earlier clause asked of: the two asked figures are the sides
                first = before.index(asked_before[-1])
                return _made(relation, [asked_before[-1], before[-1]], before[:first], kind, extra)
            return _made(relation, [before[-1], other], before[:-1], kind, extra) if other else None
        cut = core.find("比")
        later = _END_CMP.sub("", core[cut + 1:]) if cut > 0 else ""
        if cut > 0 and before and _YEAR_ONLY.fullmatch(core[:cut]) and _YEAR_ONLY.fullmatch(later):
            # "…2021年和2023年各是多少，23年比21年多了还是少了": two years of the subject the
            # clause before asks; that clause is the opening every side takes its subject from
            own = [_asked_of(before, core[:cut]), _asked_of(before, later)]
            if all(own) and own[0] != own[1]:  # "23年总产多少，24年目标多少，24年比23年": each year's own clause
                return _made(relation, own, [c for c in before if not _ASKS.search(c)], kind, extra)
            return Comparison(relation, (core[:cut], later), "，".join(before), kind, extra)
        if cut > 0 and not before and later and not _ANAPHOR.match(later) and not _ASKS.search(core[:cut]):
            # "24年全省GDP目标比23年实际高还是低": both sides in one clause, 比 between them
            return _made(relation, [core[:cut], later], [], kind, extra)
        if cut > 0 and before and _ANAPHOR.match(later):
            # "23年计划建的比这个": this clause's own subject against the clause before
            return _made(relation, [before[-1], core[:cut]], before[:-1], kind, extra)
        j = _JOINER.search(core)
        if j and j.start() > 0:
            left, right = core[: j.start()], _END_CMP.sub("", core[j.end():])
            right = _BOTH_DOCS.sub("", right).strip()
            shared = _SHARED_KIND.search(right)
            if shared and not _SHARED_KIND.search(left):
                left += shared.group(0)  # "2021年分工方案和2022年省报告定的目标": the kind is both sides'
            return _made(relation, [left, right], before, kind, extra) if right else None
        if relation in ("both", "diff") and before:
            return _made(relation, [*before[-1:], core], before[:-1], kind, extra)
        return None
    asking = [c for c in before if _ASKS.search(c)]
    if len(asking) >= 2:  # "目标多少，实际打了多少，差多少"
        first = before.index(asking[0])
        return _made(relation, asking[-2:], before[:first], kind, extra)
    return None


def _asked_of(clauses: list[str], year_words: str) -> str:
    """The one clause that asks of the year `year_words` names, or ""."""
    years = parse_years(year_words).explicit
    fits = [c for c in clauses if _ASKS.search(c) and years and parse_years(c).explicit == years]
    return fits[0] if len(fits) == 1 else ""


def _made(relation: str, sides: list[str], head: list[str], kind: str, extra: tuple[str, ...]) -> Comparison | None:
    sides = [s.strip() for s in sides if s.strip()]
    if len(sides) != 2:
        return None
    opening = "".join(h for h in head if not _ASKS.search(h))
    return Comparison(relation, tuple(sides), opening, kind, extra)


def _own_words(sub: Question) -> str:
    """A side's topic without the words that say where, when, what kind or from what source."""
    return _SCOPE.sub("", (sub.topic or "").replace(" ", ""))


def _subject(sub: Question) -> str:
    """The indicator a side hands on: its own words without how it asks ("粮食产量确保 亿斤以上"
    → "粮食产量")."""
    words = [_ASKED_WITH.sub("", _ASKED_WITH.sub("", _SCOPE.sub("", w))) for w in (sub.topic or "").split()]
    return " ".join(w for w in words if len(w) >= 2) or _own_words(sub)


def _kind_said(text: str) -> str:
    return "目标" if TARGET_CUES.search(text) and not ACTUAL.search(text) else "实际" if _DONE.search(text) else ""


@dataclass
class _Side:
    sub: Question
    answer: Answer
    held: bool


def answer_compared(ctx: Any, q: Question, cmp: Comparison, docs: list[B.Doc], today: dt.date,
                    region: str | None) -> Answer | None:
    """Each side answered from its own document, then one line comparing the two figures.
    None when no side is answered (the message is read another way)."""
    parsed = [understand(ctx, s, region=region)[0] for s in cmp.sides]
    head = understand(ctx, cmp.head, region=region)[0] if cmp.head else None
    named = [i for i, sub in enumerate(parsed)
             if named_in_full(_MEASURE.sub("", _subject(sub)), short_form_anywhere=True)]
    source = parsed[named[0]] if named else head
    subject_said = (_subject(source) if source is not None and named_in_full(_own_words(source), short_form_anywhere=True)
                    else "")
    years = [p.years.explicit[0] if p.years.explicit else None for p in parsed]
    sides: list[_Side] = []
    year_alone = ""
    for i, (text, sub) in enumerate(zip(cmp.sides, parsed)):
        other = parsed[1 - i]
        kind = _kind_said(text) or cmp.kind or _kind_said(cmp.head)
        if not kind and years[i] and years[1 - i] and years[i] < years[1 - i]:
            kind = "实际"  # "…2024年目标，跟23年新增的比": the earlier year is what was done
        if not kind and i == 1 and _YEAR_ONLY.fullmatch(text.strip()) and _YEAR_BEFORE.search(text):
            kind = "实际"  # "…目标定多少 这个跟去年比咋样": the year before, said alone, is what was done
            year_alone = text
        if not kind:
            kind = _kind_said(cmp.sides[1 - i])
        words = text
        subject = handed_subject(subject_said, sub, source)  # "中心城区" stays with its region
        if i not in named and subject:
            words = f"{text} {subject}"
        if kind and not _kind_said(words):
            words += kind
        if not _ASKS.search(words):
            words += "多少"
        side, _ = understand(ctx, words, region=region)
        tries = [side]
        kept = ""
        if i not in named and subject:
            # the side's own leftover words are how it asks ("实际打了", "23年改造的"): the subject
            # handed on is looked for first, with a measure of its own kept ("总数", "增速"),
            # then every word of the side ("实际净增" may be the report's own verb)
            kept = " ".join(_MEASURE.findall(_own_words(sub)))
            tries.insert(0, replace(side, topic=f"{subject} {kept}".strip()))
        if i == 1 and sides[0].answer.intent != "none" and _year_before(text, sub, years[0]):
            # "23年优良率多少，比上一年升了还是降了": the report states the change with the
            # figure ("92.3%，上升6.5个百分点"); that is the answer, not the other year's report
            stated = stated_change(sides[0].answer)
            if stated is not None:
                return _stated(ctx, cmp, stated, sides[0].sub, docs, today, region)
        side, ans = _first_found(ctx, tries, other, head, q, kind, docs, today)
        said = sides[0].answer if sides and sides[0].answer.evidence else None
        if i not in named and subject and said and kept and kept.split()[0] in said.evidence[0].clause:
            # "净增多少家，总数达到多少": the clause that answered the first holds the second
            side, ans = replace(side, topic=f"{subject} {kept}"), said
        held = not side.region.name or any(same_region(d.region, side.region.name) for d in docs)
        if sides and sides[0].answer.intent != "none" and (ans.intent == "none" or _same_clause(ans, sides[0].answer)):
            ans = _sibling(side, text, sides[0].answer) or ans
        sides.append(_Side(side, ans, held))
    if all(s.answer.intent == "none" for s in sides):
        return None if all(s.held for s in sides) else _missing(sides)
    extra = [_extra(ctx, text, sides[0].sub, docs, today, region) for text in cmp.extra]
    if year_alone and sides[0].sub.mode == "target" and sides[0].answer.intent != "none":
        # "今年gdp目标定的多少 比去年高还是低" (round 70h): the year before's own target too, when
        # its report sets one: a target is read against a target as well as against what was done
        subject = _subject(sides[0].sub)
        own, _ = understand(ctx, f"{year_alone.strip()}{subject}目标多少", region=region)
        target_before = across_regions(ctx, replace(own, also_regions=[]), docs, today) if subject else None
        if target_before is not None and target_before.intent == "target" and target_before.evidence and \
                not _same_clause(target_before, sides[0].answer):
            extra.append(target_before)
    if not all(s.held for s in sides):
        return _missing(sides)
    parts = [s.answer for s in sides] + extra
    out = joined(parts)
    # a side answered from a table brings its task: `ask --json` lists it beside the sources
    out = replace(out, tasks=[t for a in parts if a.intent != "none" for t in a.tasks])
    line = _comparison_line(cmp, sides)
    if line:
        out = replace(out, answer=fit(out.answer + "\n" + line, limit=900))
    if cmp.relation == "confirm":
        found = [_figure(s.answer) or _figure(s.answer, unit_of(f), s.sub.topic) for s, f in zip(sides, cmp.offered)]
        right = all(f and _matches(f, said) for f, said in zip(found, cmp.offered))
        out = replace(out, answer=fit((P.PREMISE_RIGHT if right else P.PREMISE_WRONG) + out.answer, limit=900))
    return out


_YEAR_BEFORE = re.compile(r"上一?年|去年|前一年|上年度")


def _year_before(text: str, sub: Question, year: int | None) -> bool:
    """Whether a side names only a year, the one before the other side's ("上一年", "22年")."""
    if not _YEAR_ONLY.fullmatch(_END_CMP.sub("", _LEAD_CMP.sub("", text.strip()))):
        return False
    if sub.years.relative and not sub.years.explicit:
        return sub.years.relative == [-1]
    if sub.years.empty:  # "前一年" / "上年度": read by no year rule, the year before all the same
        return bool(_YEAR_BEFORE.search(text))
    return bool(year and sub.years.explicit == [year - 1])


def _stated(ctx: Any, cmp: Comparison, stated: Answer, first: Question, docs: list[B.Doc], today: dt.date,
            region: str | None) -> Answer:
    """The figure with the change the report states beside it, and one line saying so."""
    extra = [_extra(ctx, text, first, docs, today, region) for text in cmp.extra]
    out = joined([stated, *extra])
    change = stated.evidence[0].clause.rsplit("，", 1)[-1]
    return replace(out, answer=fit(out.answer + "\n" + P.COMPARE_STATED.format(change=change), limit=900))


def _matches(found: str, said: str) -> bool:
    """A figure the message offers is the document's: the same number in the same unit."""
    (vf, uf, _), (vs, us, _) = _value(found), _value(said)
    return vf == vs and uf == us


def _first_found(ctx: Any, tries: list[Question], other: Question, head: Question | None, q: Question,
                 kind: str, docs: list[B.Doc], today: dt.date) -> tuple[Question, Answer]:
    """The side in the first wording that finds a figure, with the years and region it takes
    from the other side (or the opening clause, or the question) when it names none."""
    first = None
    for side in tries:
        if side.years.empty:
            base = other if not other.years.empty else (head if head is not None else q)
            side = replace(side, years=base.years)
        elif side.years.relative and not side.years.explicit and other.years.explicit:
            # "2023年…，比上年多了还是少了": 上年 counts from the other side's year
            side = replace(side, years=YearRef(explicit=[other.years.explicit[0] + r for r in side.years.relative],
                                               relative=[], spans=side.years.spans))
        if not side.region.mentioned:
            base = other if other.region.mentioned else (head if head is not None and head.region.mentioned else q)
            if base.region.name:
                side = replace(side, region=base.region)
        if side.intent not in ("target", "fact"):
            side = replace(side, intent="fact")
        if kind == "目标":
            side = replace(side, intent="target", mode="target")
        elif kind == "实际":
            side = replace(side, intent="fact", mode="result")
        side = replace(side, also_regions=[])
        ans = across_regions(ctx, side, docs, today)
        if ans.intent != "none":
            return side, ans
        first = first or (side, ans)
    return first


def _missing(sides: list[_Side]) -> Answer:
    """A side no document holds: nothing to compare; what is missing is said, and what is held."""
    # the held side's figure and source, without its quoted sentence: short for a phone
    lines = [ln for s in sides for ln in s.answer.answer.splitlines() if not ln.startswith(P.FACT_CONTEXT_MARK)]
    lost = [s.sub.region.name for s in sides if not s.held and s.sub.region.name]
    lines.append(P.COMPARE_NOT_HELD.format(what="、".join(lost)))
    return Answer(fit("\n".join(lines), limit=900), "none", [src for s in sides for src in s.answer.sources])


def _extra(ctx: Any, text: str, first: Question, docs: list[B.Doc], today: dt.date, region: str | None) -> Answer:
    """A clause after the comparison that asks on its own ("…，城中村改造几个"): the first
    side's year and region when it names none."""
    sub, _ = understand(ctx, text, region=region)
    if sub.years.empty:
        sub = replace(sub, years=first.years)
    if not sub.region.mentioned and first.region.name:
        sub = replace(sub, region=first.region)
    if sub.intent not in ("target", "fact"):
        sub = replace(sub, intent="fact")
    return across_regions(ctx, replace(sub, also_regions=[]), docs, today)


def _sibling(side: Question, text: str, before: Answer) -> Answer | None:
    """"新增上市公司多少家，总数到多少": the second figure of the same subject stands in the
    sentence that answered the first; the clause naming the side's own measure ("总数") and a
    figure answers, when only one does."""
    if not before.evidence or not before.evidence[0].sentence:
        return None
    ev = before.evidence[0]
    own = re.sub(r"(?:多少|几|到|达|达到|是|有|的|了|(?:19|20)?\d{2}年)", "", text)
    own = re.sub(r"[^\u4e00-\u9fff]", "", own)
    if len(own) < 2:
        return None
    fits = [c for c in clauses_of(ev.sentence) if c != ev.clause and own[:2] in c and NUMBER.search(c)]
    if len(fits) != 1:
        return None
    clause = fits[0].rstrip("。；;，,")
    tmpl = P.FACT_TARGET if before.intent == "target" else P.FACT_RESULT
    body = tmpl.format(region=ev.region or "", year=ev.year or "", clause=clause) + "\n" + source_line(ev.title, ev.section)
    evidence = [Evidence(clause, ev.region, ev.year, ev.sentence, ev.title, ev.section, (), ev.doc_year)]
    return Answer(body, before.intent, before.sources[:1], evidence=evidence)


def _same_clause(a: Answer, b: Answer) -> bool:
    return bool(a.evidence and b.evidence and a.evidence[0].clause == b.evidence[0].clause)


def _figure(ans: Answer, unit: str = "", topic: str = "") -> str | None:
    """The one figure an answer states: its evidence's key figure, else the only figure of
    its first line (a table's target); None when there is no single one."""
    if ans.intent == "none":
        return None
    if ans.evidence:
        ev = ans.evidence[0]
        nums = list(ev.key) or [m.group(0) for m in NUMBER.finditer(ev.clause)]
    else:
        first = ans.answer.splitlines()[0]
        nums = [m.group(0) for m in NUMBER.finditer(first.split("：", 1)[-1])]
    nums = list(dict.fromkeys(re.sub(r"\s+", "", n) for n in nums))
    if unit:
        nums = [n for n in nums if unit_of(n) == unit]
    if len(nums) > 1 and topic and ans.evidence:
        # "粮食总产438.5亿斤、增加5.7亿斤": the figure whose own words share the subject's
        words = set(bigrams(topic.replace(" ", "")))
        nums = [re.sub(r"\s+", "", m.group(0)) for piece in re.split(r"[、，,；;]", ans.evidence[0].clause)
                if words & set(bigrams(piece)) for m in NUMBER.finditer(piece)
                if re.sub(r"\s+", "", m.group(0)) in nums]
    return nums[0] if len(nums) == 1 else None


_QUALIFIER = re.compile(r"左右|以上|以内|以下|多|余")


def _value(figure: str) -> tuple[float, str, str]:
    m = re.match(r"(\d+(?:\.\d+)?)", figure)
    return float(m.group(1)) if m else 0.0, unit_of(figure), "".join(_QUALIFIER.findall(figure))


def _label(side: _Side, other: _Side) -> str:
    """Region when the sides differ in it, the year, and the kind of figure."""
    region = side.sub.region.name or ""
    if region and same_region(region, other.sub.region.name):
        region = ""
    said = side.answer.evidence[0].year if side.answer.evidence else None
    year = said or (side.sub.years.explicit[0] if side.sub.years.explicit else None)
    kind = P.COMPARE_KIND_TARGET if side.answer.intent == "target" else P.COMPARE_KIND_RESULT
    label = f"{region}{year}年{kind}" if year else f"{region}{kind}"
    return label


def _comparison_line(cmp: Comparison, sides: list[_Side]) -> str:
    if cmp.relation == "both" or any(s.answer.intent == "none" for s in sides):
        return ""
    if cmp.relation == "exceed" and sides[0].answer.intent == "target" and sides[1].answer.intent != "target":
        sides = sides[::-1]  # "…超了没有": what was done, against what was set
    # "粮食总产438.5亿斤、增加5.7亿斤": the figure whose own words name the side's subject
    figures = [_figure(s.answer) or _figure(s.answer, "", s.sub.topic) for s in sides]
    if figures.count(None) == 1:  # "净增4198家、总数达2.3万家": the figure in the other's unit
        known = next(f for f in figures if f)
        figures = [f or _figure(s.answer, unit_of(known), s.sub.topic) for f, s in zip(figures, sides)]
    if not all(figures) or sides[0].answer.answer == sides[1].answer.answer:
        return ""
    (va, ua, qa), (vb, ub, qb) = (_value(f) for f in figures)
    if not ua or ua != ub:
        return ""
    la, lb = _label(sides[0], sides[1]), _label(sides[1], sides[0])
    if la == lb:
        la, lb = _subject(sides[0].sub) or la, _subject(sides[1].sub) or lb
    if va == vb:
        if qa != qb:
            return P.COMPARE_SAME_NUMBER.format(value=_number(va) + ua, a=la, fa=figures[0], b=lb, fb=figures[1])
        return P.COMPARE_EQUAL.format(a=la, fa=figures[0], b=lb, fb=figures[1])
    gap = abs(va - vb)
    diff = P.COMPARE_DIFF.format(diff=_number(gap) + (P.COMPARE_POINTS if ua in ("%", "％") else ua))
    tmpl = P.COMPARE_HIGHER if va > vb else P.COMPARE_LOWER
    return tmpl.format(a=la, fa=figures[0], b=lb, fb=figures[1], diff=diff)


def _number(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")
