""""去年哪几项指标没完成" / "2021年哪些目标没达到预期": the year's targets set against the next
year's review, the misses listed.

A year's targets stand in its report (the sentences that plan that year) or in its
responsibility table; the actuals in the next year's report, in the part that reviews the year
(`retrieval.review_part`). A target and an actual are compared only when they are one measure:
the same unit, and the words before one figure contain the other's ("城镇新增就业38万人" /
"城镇新增就业48万人"; "年度投资9600亿元" is never set against "总投资4800亿元"), and only when the
review states one figure of that measure. A ceiling (控制在…以下) is met at or under it. The
review's own words of a shortfall ("主要经济指标增速不及预期") are quoted as the report says them.
Targets with no figure of the same measure in the review are counted as not comparable, never
as missed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from answers.compose import Answer, fit
from answers.evidence import NUMBER, unit_of
from core import lazy_re as re
from prompts import answers as P

# "哪几项指标没完成" / "哪些目标没达到预期" / "有几项任务未完成": misses asked as a list
_LISTED = re.compile(r"哪几|哪些|哪项|几项|多少项")
# the words of such an ask; anything else left ("民生", "高标准农田", an unknown place) narrows or
# names something this list does not read, and the question is read as written
_ASK_WORDS = re.compile(
    r"(?:19|20)?\d{2}\s*年(?:度)?|今年|去年|前年|上年|上一年|全省|全市|全县|我省|我市|我县|本省|本市|省里|市里|"
    r"(?:(?:省|市|县|区)?(?:政府)?(?:工作)?报告|那份)(?:里面|里|中)?(?:说明|说|讲|提到|提)?|分别|"
    r"主要|经济社会发展|经济|预期|指标|目标|任务|哪几项|哪几个|哪几|哪些|哪项|几项|多少项|有|的|都|还|是|了|呢|吗|"
    r"(?:没|未|没有|没能|未能)(?:能)?(?:完成|达到|达标|实现|兑现)|不及预期|低于预期|(?:预计)?低于(?:全年|年初)?(?:计划|目标)|"
    r"落空|原话怎么说的?|[\s，,？?。！!、]")
# ("哪几项没完成": the items counted are the measures)
_MEASURES = re.compile(r"指标|目标|任务|(?<=[几哪])项")
_UNMET = re.compile(r"(?:没|未|没有|没能|未能)(?:能)?(?:完成|达到|达标|实现|兑现)|不及预期|低于预期|"
                    r"(?:预计)?低于(?:全年|年初)?(?:计划|目标)|落空")
# a review sentence that says a target fell short, in the report's own words
_SHORTFALL = re.compile(r"不及预期|低于预期|低于(?:全年|年初)?计划|未达到|没有达到|未完成|未能完成|未实现|差距较大")
# the verbs and asides before a figure, no part of what it measures
_VERB_TAIL = re.compile(r"(?:力争|确保|争取|努力|预计|累计|分别)?(?:达到|达|突破|超过|控制在|保持在|稳定在|提高到|提升到|"
                        r"降至|降到|为|是|约|在|完成)$")
_VERB_LEAD = re.compile(r"^(?:力争|确保|争取|努力|实现|完成|全年|全面)+")
_CEILING = re.compile(r"以下|以内|不超过|不高于|低于|控制在|降至|降到|下降到|压减到|压减至")
MIN_HEAD = 2  # characters a measure's words must have to name it


def unmet_asked(question: str, region_said: str | None = None) -> bool:
    """Whether the question asks which targets were missed, of a year and a region at most
    (`region_said`: the place as the question writes it)."""
    q = question or ""
    if not (_UNMET.search(q) and _LISTED.search(q) and _MEASURES.search(q)):
        return False
    rest = q.replace(region_said, " ") if region_said else q
    return not _ASK_WORDS.sub("", rest)


@dataclass(frozen=True)
class Figure:
    head: str  # the words before the figure that name the measure
    text: str  # the figure as written ("38万人", "5%左右")
    unit: str
    value: float
    ceiling: bool


@dataclass(frozen=True)
class Compared:
    target: Figure
    actual: Figure
    met: bool


def figures(text: str) -> list[Figure]:
    """The figures of a text with the words before each in its clause."""
    from answers.review_text import norm

    out = []
    for piece in re.split(r"[，,；;。、：:]", text or ""):
        for m in NUMBER.finditer(piece):
            written = re.sub(r"\s+", "", m.group(0))
            value, unit = re.match(r"\d+(?:\.\d+)?", written), unit_of(written)
            if not value or not unit:
                continue
            head = norm(_VERB_LEAD.sub("", _VERB_TAIL.sub("", piece[: m.start()].strip())))
            head = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", head)
            out.append(Figure(head, written, unit, float(value.group(0)), bool(_CEILING.search(piece))))
    return out


def one_measure(a: str, b: str) -> bool:
    """The words before two figures name one measure: one ends with the other, both long
    enough to name something ("城镇新增就业" / "全年城镇新增就业")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_HEAD and long.endswith(short)


def compare(target_text: str, actual_text: str) -> list[Compared]:
    """Each target figure set against the one actual figure of its measure (none when the
    review states none, or two different ones)."""
    actuals = figures(actual_text)
    out = []
    for t in figures(target_text):
        same = {(a.text, a.value): a for a in actuals if a.unit == t.unit and one_measure(t.head, a.head)}
        if len(same) != 1:
            continue
        a = next(iter(same.values()))
        out.append(Compared(t, a, a.value <= t.value if t.ceiling else a.value >= t.value))
    return out


def unmet_answer(ctx: Any, question: str, *, region: str | None, today: Any) -> Answer | None:
    """The misses of the asked year; None when the question asks no such list."""
    q_text = question or ""
    if not (_UNMET.search(q_text) and _LISTED.search(q_text) and _MEASURES.search(q_text)):
        return None  # (read cheaply first: most questions ask no such list)
    from answers.understanding import understand
    from answers.years import names_report, parse_years, resolve_years
    from retrieval.review_part import review_part
    from store.review import report_for

    q, docs = understand(ctx, question, region=region)
    if not unmet_asked(question, q.region.mentioned):
        return None
    reports = [d for d in docs if (d.kind or "report") != "plan" and d.year]
    ref = parse_years(question)
    years, _ = resolve_years(ref, today_year=today.year, doc_years=[d.year for d in reports])
    if years and names_report(question, ref):
        # "赣州23年报告里…哪几项低于计划": the year names the report, whose review is of the year before
        years = [y - 1 for y in years]
    name = q.region.name if (q.region.mentioned or q.region.default_used) else None  # "我市": the chat's
    regions = [name] if name else sorted({d.region for d in reports if d.region}, key=str)
    pairs = []  # (region, year, next report) with a review to read
    for r in regions:
        for y in (years or sorted({d.year - 1 for d in reports if d.region == r}, reverse=True)):
            nxt = report_for(ctx.db, r, y + 1)
            if nxt is not None:
                pairs.append((r, y, nxt))
                break
    if years and not pairs:
        return Answer(P.UNMET_NO_REVIEW.format(region=name or "", year=years[0], next=years[0] + 1), "none")
    if not pairs:
        return None
    if not name and len(pairs) > 1:  # no region named: the home province's, else the newest year's
        from answers.regions import home_province

        home = home_province(d.region for d in docs)
        pairs = [p for p in pairs if p[0] == home] or sorted(pairs, key=lambda p: -p[1])[:1]
    region_name, year, nxt = pairs[0]
    part = review_part(ctx.db, nxt, year)
    review = "。".join(s.text for s in part.sentences if not s.shortcoming)
    targets = _targets(ctx, region_name, year)
    labelled, unmatched = [], 0
    for text, label in targets:
        found = compare(text, review)
        labelled += [(label, c) for c in found]
        unmatched += len({(f.head, f.text) for f in figures(text)}) - len({(c.target.head, c.target.text) for c in found})
    stated = [s.text for s in part.sentences if _SHORTFALL.search(s.text)][:3]
    where = dict(region=region_name or "", year=year, next=year + 1)
    if not stated and not labelled:
        return Answer(P.UNMET_NO_TARGETS.format(**where) if not targets else P.UNMET_NO_PAIRS.format(**where), "none")
    if not targets:  # nothing to set against the review: only what the review itself says
        lines = [P.UNMET_NO_TARGETS.format(**where)] + [P.UNMET_STATED.format(title=nxt.title, sentence=x) for x in stated]
        return Answer(fit("\n".join(lines), limit=1200), "fact")
    return _compose(region_name or "", year, nxt.title, labelled, unmatched, stated)


def _targets(ctx: Any, region: str | None, year: int) -> list[tuple[str, str]]:
    """(text, label) of each target of the year with a figure: the year's report's planning
    sentences, and the tasks of the year's responsibility table."""
    from store.review import plans_newest_first, report_for
    from store.tasks import list_tasks

    out: list[tuple[str, str]] = []
    own = report_for(ctx.db, region, year)
    if own is not None:
        from retrieval.review_part import review_part

        for s in review_part(ctx.db, own, year).sentences:
            if any(unit_of(re.sub(r"\s+", "", m.group(0))) for m in NUMBER.finditer(s.text)):
                out.append((s.text, ""))
    plans = [p for p in plans_newest_first(ctx.db) if p.year == year and p.region == region]
    if plans:
        for t in list_tasks(ctx.db, plan_id=plans[0].id, today=ctx.today()):
            if any(unit_of(re.sub(r"\s+", "", m.group(0))) for m in NUMBER.finditer(t.text)):
                out.append((t.text, t.code))
    return out


def _compose(region: str, year: int, title: str, labelled: list[tuple[str, Compared]], unmatched: int,
             stated: list[str]) -> Answer:
    seen: set[tuple[str, str]] = set()
    missed, met = [], []
    for label, c in labelled:
        key = (c.target.head, c.target.text)
        if key in seen:
            continue
        seen.add(key)
        (met if c.met else missed).append((label, c))
    lines = [P.UNMET_HEAD.format(region=region, year=year, next=year + 1)]
    if missed:
        lines.append(P.UNMET_MISSED.format(n=len(missed)))
        lines += [P.UNMET_ROW.format(code=f"{label} " if label else "", head=c.target.head, target=c.target.text,
                                     actual=c.actual.text) for label, c in missed]
    else:
        lines.append(P.UNMET_NONE_MISSED)
    if met:
        lines.append(P.UNMET_MET.format(n=len(met), items="、".join(c.target.head for _, c in met[:8])
                                        + ("等" if len(met) > 8 else "")))
    if unmatched:
        lines.append(P.UNMET_NOT_COMPARED.format(n=unmatched, next=year + 1))
    for s in stated:
        lines.append(P.UNMET_STATED.format(title=title, sentence=s))
    return Answer(fit("\n".join(lines), limit=1200), "fact")
