"""One function answers every question: `ask(ctx, question, *, region=None, today=None)`.

Routing is by rules (`answers.question`): owner / unit / leader / task / status questions go
to the task registry, target and fact questions to the report index. The answer is
extractive: the clause that holds the figure, the sentence around it, and where it stands.
When the documents do not hold the answer, the intent is "none" and the text says so,
with what the documents do hold when that helps; a figure is never made up.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from answers import backends as B
from answers.compose import Answer, evidence_of, fact_answer, fit, source_dict, source_line, task_block, task_list, task_title
from answers.evidence import (
    NUMBER,
    head_gram,
    aligned_numbers,
    Candidate,
    candidates,
    coverage,
    glossary_entry,
    grams,
    key_clause,
    pick,
    trim_sentence,
)
from answers.question import TARGET_CUES, Question, parse_question
from answers.regions import RegionRef, home_province, is_province, same_region
from answers.years import resolve_years
from prompts import answers as P
from core.places import CITIES, PROVINCES

log = logging.getLogger(__name__)

MIN_COVERAGE = 0.5
TASK_MIN_COVERAGE = 0.45
# "X什么时候完成" goes to the registry only when a task clearly names X; else to the reports
DUE_MIN_COVERAGE = 0.7


def ask(ctx: Any, question: str, *, region: str | None = None, today: dt.date | None = None) -> Answer:
    """Answer `question`; `region` is the chat's default region (what "我市" means)."""
    today = today or ctx.today()
    q, docs = understand(ctx, question, region=region)
    if not q.text:
        return Answer(P.NONE_EMPTY_QUESTION, "none")
    if q.intent in ("owner", "task"):
        ans = _owner(ctx, q, today)
    elif q.intent == "unit_tasks":
        ans = _other_level_unit(q, [d.region for d in docs]) or _unit_tasks(ctx, q, today)
    elif q.intent == "leader_tasks":
        ans = _leader_tasks(ctx, q, today)
    elif q.intent == "status":
        ans = _status(ctx, q, today)
        if ans.intent == "none" and q.status_what == "due":
            # no task of that name: the reports may still say when ("昌景黄高铁什么时候通车")
            q.intent = "fact"
            ans = _report(ctx, q, docs, today)
    elif re.search(r"(牵头|分管|配合单位|责任单位)", q.text) and B.registry_empty(ctx, today):
        ans = Answer(P.NONE_NO_REGISTRY, "none")
    else:
        parts = _separate_asks(q.text) if not q.also_regions else []
        if parts:
            ans = _per_ask(ctx, q, parts, docs, today, region)
        else:
            ans = _per_region(ctx, q, docs, today) if q.also_regions else _report(ctx, q, docs, today)
    if ans.intent in ("fact", "target", "owner", "task") and ctx.settings.llm_enabled:
        from answers.llm import rephrase

        ans = rephrase(ctx, q.text, ans)
    return ans


def understand(ctx: Any, question: str, *, region: str | None = None) -> tuple[Question, list[B.Doc]]:
    docs = B.documents(ctx)
    home = home_province(d.region for d in docs)
    default_region = region or getattr(ctx.settings, "default_region", None)
    q = parse_question(
        question,
        default_region=default_region,
        home_province=home,
        known_regions=[d.region for d in docs],
        units_in_text=lambda t: B.units_in_text(ctx, t),
        leaders_in_text=lambda t: B.leaders_in_text(ctx, t),
    )
    if q.region.name is None and default_region and q.intent in ("target", "fact"):
        q.region = RegionRef(default_region, None, default_used=True)
    return q, docs


# --- reports -------------------------------------------------------------------------

def _short(text: str, limit: int = 30) -> str:
    """A question's words echoed in a reply: never the whole of a pasted page."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _available(docs: list[B.Doc], *, with_region: bool = True) -> str:
    items = sorted({(d.region or "", d.year or 0) for d in docs})
    if not with_region:
        return "、".join(f"{y}年" for _, y in items) or "无"
    return "、".join(P.AVAILABLE_ITEM.format(region=r, year=y) for r, y in items) or "无"


def _report(ctx: Any, q: Question, docs: list[B.Doc], today: dt.date) -> Answer:
    reports = [d for d in docs if (d.kind or "report") != "plan"]
    if not reports:
        return Answer(P.NONE_NO_DOCUMENTS, "none")
    scope = reports
    region_name = q.region.name
    if region_name:
        scope = [d for d in reports if same_region(d.region, region_name)]
        if not scope:
            return Answer(P.NONE_NO_REGION.format(region=region_name, available=_available(reports)), "none")
    city_self = bool(re.search(r"(全市|我市|本市|市里|全县|我县|本县|县里|全区|我区|本区)", q.text))
    if city_self and not region_name:
        # "全市…" with no city configured: the cities' reports, not the province's
        scope = [d for d in scope if not is_province(d.region)] or scope
    base_docs = scope
    home = home_province(d.region for d in reports)
    if not region_name and not city_self and home and q.years.relative:
        # "今年GDP目标" with no region: 今年 is the home province's newest report, not a county's
        base_docs = [d for d in scope if d.region == home] or scope
    years, rebased = resolve_years(q.years, today_year=today.year, doc_years=[d.year for d in base_docs if d.year])
    if years:
        speaking = [d for d in scope if d.year and (d.year in years or d.year - 1 in years)]
        if not speaking:
            shown = region_name or ""
            available = _available(scope, with_region=not region_name)
            return Answer(P.NONE_NO_YEAR.format(region=shown, year="、".join(map(str, years)), available=available), "none")
        scope = speaking
    files = {d.file for d in scope}
    doc_years = {d.file: d.year for d in scope}
    doc_region = {d.file: d.region for d in scope}
    newest = max((d.year or 0) for d in scope) or None

    if q.term:
        ans = _glossary(ctx, q, scope, files, today)
        if ans:
            return ans
    if q.office:
        return _office(ctx, q, scope, files)

    query = B.normalize(q.text, today=today, doc_year=newest)
    regions = sorted({d.region for d in scope if d.region}) if region_name else [None]
    topic = q.term or q.topic or q.text
    topics = [topic, B.normalize(topic, today=today, doc_year=newest)]
    core = topic if q.term else _without_places(topic, [d.region for d in reports])
    if core != topic:  # also without a place that was not read as the region ("赣州现代家居…")
        topics += [core, B.normalize(core, today=today, doc_year=newest)]
    variants = [grams(t) for t in topics]
    mode = q.mode or ("target" if q.intent == "target" else None)
    named_places = set() if region_name else {
        d.region for d in scope if d.region and re.sub(r"(省|市|县|区)$", "", d.region) in q.text}

    lead_forms = _lead_forms(q.lead_word, today, newest) if q.lead_word else []

    def find(dense: bool, seen: list[Any]) -> tuple[list[Any], list[Candidate], Candidate | None, Candidate | None]:
        hits = list(seen)
        ids = {B.field(h, "chunk_id") for h in hits}
        for r in [*regions, *sorted(named_places)]:
            for h in B.search(ctx, query, k=10, region=r, kind="report", dense=dense):
                if B.field(h, "file") in files and B.field(h, "chunk_id") not in ids:
                    hits.append(h)
                    ids.add(B.field(h, "chunk_id"))
        cands = _score(hits, variants, doc_years, q, topics)
        for c in cands:  # small preferences: the newest report, the home province when none was named
            y = doc_years.get(B.field(c.hit, "file"))
            if y and newest:
                c.score += 0.02 * (y - newest)
            if named_places and doc_region.get(B.field(c.hit, "file")) in named_places:
                c.score += 0.1  # a place named but not read as the region: still its own report first
            if not region_name and home:
                is_home = doc_region.get(B.field(c.hit, "file")) == home
                # "全市…" without a configured city: a city's report, not the province's
                c.score += 0.03 if is_home != city_self else 0.0
            if mode is None and c.period.mode == "result" and c.period.year and c.period.year < today.year:
                c.score += 0.1  # a past year asked without "目标": what happened, when the documents say
        cands.sort(key=lambda c: c.score, reverse=True)
        if lead_forms:
            # "瑞金2023年GDP目标": the subject typed first must stand in the evidence, or the
            # answer is another place's figure
            cands = [c for c in cands if any(w in c.sentence for w in lead_forms)]
        best, near = pick(cands, years=years, mode=mode, numeric=q.numeric, min_cov=MIN_COVERAGE)
        return hits, cands, best, near

    if not any(len(g) >= 2 for v in variants for g in v):
        # nothing left to look for once question words are gone ("长 谁"): do not guess
        return Answer(P.NONE_TOPIC_UNCLEAR.format(what=_short(q.text)), "none")
    # Lexical first (fast, and exact on figures); the dense half only when that finds nothing.
    hits, cands, best, near = find(False, [])
    if best is None and B.dense_available(ctx):
        hits, cands, best, near = find(True, hits)
    if best and len(years) > 1:  # "2022年和2024年的GDP目标分别是多少"
        per_year = [pick(cands, years=[y], mode=mode, numeric=q.numeric, min_cov=MIN_COVERAGE)[0] for y in years]
        found = [b for b in per_year if b]
        if len(found) > 1:
            return _multi_fact(q, found, variants)
    if best:
        return _fact(q, best, variants, hits, rebased)
    what = _short(topic)
    if mode == "target" and years:
        ans = _plan_target(ctx, q, years, today)
        if ans:
            return ans
    if near and mode == "target" and near.period.mode == "result" and _cue_is_wording(q.text, near.clause):
        # "南昌去年争取中央预算内基建资金多少": 争取 is the report's own verb for what was won,
        # not a target cue; the clause that says so answers
        return _fact(q, near, variants, hits, rebased)
    if near:
        clause = key_clause(near, _best_grams(variants, near.clause))
        yr = near.period.year or (years[0] if years else "")
        tmpl = P.NONE_MODE_TARGET_ONLY if near.period.mode == "target" else P.NONE_MODE_RESULT_ONLY
        text = tmpl.format(year=yr, what=what, title=B.field(near.hit, "title") or "报告", clause=clause)
        return Answer(fit(text), "none", [source_dict(near.hit)])
    bare = _without_figure(cands, years, mode) if q.numeric else None
    # "居全国第几" is answered by a rank ("居全国第5"), which is no quantity
    ranked = bool(bare and _RANK_ASKED.search(q.text) and _RANK.search(bare.clause))
    if bare and (ranked or _CN_FIGURE.search(bare.clause) or not _FIGURE_ASKED.search(q.text)):
        # "连续八年…" is a figure in words; "出口总额目标" is answered by "出口总额稳中提质"
        ans = _fact(q, bare, variants, hits, rebased)
        if not ranked and not _CN_FIGURE.search(bare.clause):
            first, _, rest = ans.answer.partition("\n")
            ans.answer = first + P.NOTE_NO_FIGURE + ("\n" + rest if rest else "")
        return ans
    if bare:
        # a figure asked, the indicator there without one: say so, and what it does say
        text = P.NONE_NO_FIGURE.format(year=bare.period.year or "", what=what,
                                       title=B.field(bare.hit, "title") or "报告", clause=bare.clause)
        return Answer(fit(text), "none", [source_dict(bare.hit)])
    where = (region_name or "") + ("".join(f"{y}年" for y in years[:1]))
    text = P.NONE_NO_INDICATOR.format(scope=(where + "的报告中") if where else "报告中", what=what,
                                      kind=P.NONE_KIND_TARGET if mode == "target" else P.NONE_KIND_FACT)
    return Answer(text, "none", [source_dict(h) for h in hits[:2]])


def _lead_forms(word: str, today: dt.date, newest: int | None) -> list[str]:
    """The subject word as typed and as its abbreviation expands ("社零" → "社会消费品零售总额")."""
    expanded = B.normalize(word, today=today, doc_year=newest)
    return [w for w in dict.fromkeys([word, expanded, *expanded.split()]) if len(w) >= 2]


def _without_figure(cands: list[Candidate], years: list[int], mode: str | None) -> Candidate | None:
    """A clause that names the asked indicator well but states no figure, of the asked year/kind."""
    for c in cands:
        if c.numbers or c.head_missing or c.cov < BARE_COVERAGE:
            continue
        if (not years or c.period.year in years) and (not mode or c.period.mode in (mode, None)):
            return c
    return None


# a figure written in words ("连续八年", "十九连丰")
_CN_FIGURE = re.compile(r"[一二三四五六七八九十两]+(?:[百千万亿])?(?:年|个|家|项|次|届|批|连|条|座|所|倍|成)")
# the question wants a number, not just what the target says
_FIGURE_ASKED = re.compile(r"(多少|几|多大|多高|多长|百分之|具体数|数字|数值)")
# a rank asked ("居全国第几", "排第几名") and one stated ("第5", "第一位")
_RANK_ASKED = re.compile(r"第几|排名|名次|位次")
_RANK = re.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})")
# target cues that are ordinary verbs of a report's own wording ("争取中央预算内资金19.1亿元")
_WORDING_CUES = ("争取", "安排", "确保", "计划")


def _cue_is_wording(question: str, clause: str) -> bool:
    """Every target cue of the question is a verb the clause itself uses with the same object,
    so the question quotes the report's wording rather than asking for a target."""
    cues = [m for m in TARGET_CUES.finditer(question)]
    if not cues:
        return False
    for m in cues:
        if m.group(0) not in _WORDING_CUES:
            return False
        if question[m.start():m.end() + 2] not in clause:
            return False
    return True


# a clause without a figure is shown only when it clearly names the indicator
BARE_COVERAGE = 0.6


_ASK = re.compile(r"(多少|几)")


def _separate_asks(text: str) -> list[str]:
    """"农村公路新改建多少公里，危桥改造多少座": two figures asked in one message, one per part.
    Parts without a question word join the next part ("24年江西，GDP目标多少")."""
    pieces = [p for p in re.split(r"[，,；;]|以及|另外|还有", text) if p.strip()]
    parts: list[str] = []
    pending = ""
    for p in pieces:
        pending += p
        if _ASK.search(p):
            parts.append(pending)
            pending = ""
    if pending and parts:
        parts[-1] += pending
    return parts if len(parts) >= 2 else []


# a part that names only a measure ("增长多少", "占比多少") and no subject of its own
_MEASURE_ONLY = re.compile(r"(?:增长|增速|增幅|下降|降低|提高|提升|减少|增加|占比|比重|总数|总量|累计|同比|比上年)+")
_MEASURE_TAIL = re.compile(r"(?:\s+[^\s]{1,2})?\s*(?:增长|增速|增幅|下降|提高|减少|增加|占比|比重|总数|总量)*$")


def _per_ask(ctx: Any, q: Question, parts: list[str], docs: list[B.Doc], today: dt.date,
             region: str | None) -> Answer:
    """One answer per asked figure; a part without its own year or region takes the question's."""
    answers = []
    prev_topic = ""
    for part in parts:
        sub, _ = understand(ctx, part, region=region)
        if prev_topic and _MEASURE_ONLY.fullmatch(sub.topic.replace(" ", "")):
            # "冬播油菜多少亩，增长多少": the second figure is of the same subject
            sub.topic = f"{prev_topic} {sub.topic}"
        prev_topic = _MEASURE_TAIL.sub("", sub.topic).strip() or prev_topic
        if sub.intent not in ("target", "fact"):
            return _report(ctx, q, docs, today)
        if sub.years.empty:
            sub.years = q.years
        if not sub.region.mentioned and q.region.name:
            sub.region = q.region
        if sub.mode is None and q.mode == "target":
            sub.mode, sub.intent = "target", "target"
        answers.append(_report(ctx, sub, docs, today))
    return _joined(answers)


def _joined(answers: list[Answer]) -> Answer:
    """Several short answers in one message: each figure and source, no quoted sentence."""
    found = [a for a in answers if a.intent != "none"]
    if not found:
        return answers[0]
    context = P.FACT_CONTEXT.split("{")[0]  # the quoted sentence: one per part is too long for a phone
    text = "\n".join("\n".join(ln for ln in a.answer.splitlines() if not ln.startswith(context)) for a in answers)
    sources = [src for a in found for src in a.sources]
    intent = "target" if all(a.intent == "target" for a in found) else "fact"
    evidence = [e for a in found for e in a.evidence] if len(found) == len(answers) else []
    return Answer(fit(text, limit=900), intent, sources, evidence=evidence)


def _per_region(ctx: Any, q: Question, docs: list[B.Doc], today: dt.date) -> Answer:
    """"南昌和全省24年GDP目标分别是多少": one answer per named region, each with its source."""
    answers = []
    for ref in [q.region, *q.also_regions]:
        sub = replace(q, region=ref, also_regions=[])
        # "分别/各自" refers to the regions, not to the report's "分别增长…" lists
        topic = re.sub(r"分别|各自|各是", " ", (q.topic or "").replace(ref.mentioned or "", " ").replace("和", " "))
        sub.topic = re.sub(r"\s+", " ", topic).strip() or q.topic
        answers.append(_report(ctx, sub, docs, today))
    return _joined(answers)


def _office(ctx: Any, q: Question, scope: list[B.Doc], files: set[str]) -> Answer:
    """"南昌市长是谁": the name a report is signed with ("南昌市人民政府市长万广明")."""
    office = q.office or ""
    regions = sorted({d.region for d in scope if d.region}) if q.region.name else [None]
    pattern = re.compile(re.escape(office) + r"[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*(?=\n|各位代表|$)")
    for r in regions:
        for h in B.search(ctx, office, k=10, region=r, kind="report", dense=False):
            if B.field(h, "file") not in files:
                continue
            m = pattern.search(B.field(h, "text") or "")
            if m:
                head = P.OFFICE_HOLDER.format(region=B.field(h, "region") or "", office=office, name=m.group(1),
                                              title=B.field(h, "title") or "")
                return Answer(fact_answer(head, None, h), "fact", [source_dict(h)])
    where = q.region.name or ""
    return Answer(P.NONE_NO_INDICATOR.format(scope=(where + "的报告中") if where else "报告中", what=office,
                                            kind=P.NONE_KIND_FACT), "none")


def _best_grams(variants: list[list[str]], clause: str) -> list[str]:
    """The wording (as typed, or with abbreviations expanded) that the clause matches best."""
    return max(variants, key=lambda v: coverage(v, clause) if v else -1)


def _without_places(topic: str, regions: list[str | None]) -> str:
    """"赣州现代家居产业集群营收" → "现代家居产业集群营收": a place left in the topic (not read
    as the question's region) dilutes the coverage of a passage that names the indicator only
    ("杭州亚运会" keeps its place in the other variant)."""
    names = _places() + [r for r in regions if r]
    names += [re.sub(r"(省|市|县|区)$", "", n) for n in names if len(n) > 2]
    out = topic
    for n in sorted(set(names), key=len, reverse=True):
        if len(n) >= 2:
            out = out.replace(n, " ")
    out = re.sub(r"\s+", " ", out).strip()
    return out if len(re.findall(r"[\u4e00-\u9fff]", out)) >= 2 else topic


def _places() -> list[str]:
    """Words that name where, not what: removed before reading the indicator's head word."""
    return [*CITIES, *PROVINCES, "全省", "全市", "全县", "我省", "我市", "我县"]


def _score(hits: list[Any], variants: list[list[str]], doc_years: dict, q: Question, topics: list[str] = ()) -> list[Candidate]:
    best: dict[tuple, Candidate] = {}
    places = _places() + [B.field(h, "region") or "" for h in hits]
    places += [re.sub(r"(省|市|县|区)$", "", p) for p in places]
    heads = [head_gram(t, places) for t in topics] or [None]
    for i, v in enumerate(variants):
        if not v:
            continue
        head = heads[i] if i < len(heads) else None
        for c in candidates(hits, v, doc_years=doc_years, numeric=q.numeric, unit_asked=q.unit_asked, head=head):
            key = (B.field(c.hit, "chunk_id"), c.sentence, c.clause)
            if key not in best or (not best[key].head_missing, best[key].score) < (not c.head_missing, c.score):
                best[key] = c
    return sorted(best.values(), key=lambda c: c.score, reverse=True)


def _fact(q: Question, best: Candidate, variants: list[list[str]], hits: list[Any], rebased: bool) -> Answer:
    clause = key_clause(best, _best_grams(variants, best.clause))
    region = B.field(best.hit, "region") or ""
    year = best.period.year
    if year and best.period.mode == "target":
        head = P.FACT_TARGET.format(region=region, year=year, clause=clause)
    elif year and best.period.mode == "result":
        head = P.FACT_RESULT.format(region=region, year=year, clause=clause)
    else:
        head = P.FACT_PLAIN.format(clause=clause)
    premise = _premise_check(q.text, best.clause, _best_grams(variants, best.clause))
    if premise:
        head = premise + head
    if rebased and year:
        head += P.FACT_RELATIVE_NOTE.format(region=region, year=B.field(best.hit, "year") or year)
    sentence = trim_sentence(best.sentence, best.clause)
    text = fact_answer(head, sentence, best.hit)
    sources = [source_dict(best.hit)]
    seen = {B.field(best.hit, "chunk_id")}
    for h in hits:
        if len(sources) >= 3:
            break
        if B.field(h, "chunk_id") not in seen:
            seen.add(B.field(h, "chunk_id"))
            sources.append(source_dict(h))
    intent = "target" if best.period.mode == "target" and q.mode != "result" else "fact"
    key = aligned_numbers(clause, _best_grams(variants, best.clause))
    return Answer(text, intent, sources, evidence=[evidence_of(best.hit, clause, year, sentence, key)])


def _multi_fact(q: Question, found: list[Candidate], variants: list[list[str]]) -> Answer:
    """One line per asked year, figure first, then the sources."""
    lines, sources, seen, evidence = [], [], set(), []
    for c in found:
        grams_ = _best_grams(variants, c.clause)
        tmpl = P.FACT_TARGET if c.period.mode == "target" else P.FACT_RESULT
        clause = key_clause(c, grams_)
        lines.append(tmpl.format(region=B.field(c.hit, "region") or "", year=c.period.year, clause=clause))
        evidence.append(evidence_of(c.hit, clause, c.period.year, "", aligned_numbers(clause, grams_)))
    for c in found:
        src = source_line(B.field(c.hit, "title"), B.field(c.hit, "section"))
        if src not in seen:
            seen.add(src)
            lines.append(src)
            sources.append(source_dict(c.hit))
    intent = "target" if all(c.period.mode == "target" for c in found) else "fact"
    return Answer(fit("\n".join(lines)), intent, sources, evidence=evidence)


def _premise_check(question: str, clause: str, topic_grams: list[str]) -> str:
    """'2024年GDP目标是6%吗' → '不是。' when the stated figure is not the one in the evidence
    (7% = 7.0%左右; in "城镇、农村居民收入分别增长5%、7%" the 农村 figure is 7%)."""
    if not re.search(r"([吗吧么]\s*[？?]?\s*$|是不是|是否|对不对)", question):
        return ""
    stated = [_value(m.group(0)) for m in NUMBER.finditer(question)]
    stated = [v for v in stated if v]
    if not stated:
        return ""
    found = {_value(n) for n in aligned_numbers(clause, topic_grams)}
    return P.PREMISE_RIGHT if all(v in found for v in stated) else P.PREMISE_WRONG


def _value(number: str) -> tuple[float, str] | None:
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(.*)", number)
    if not m:
        return None
    unit = re.sub(r"左右|以上|以内|以下|多|余|\s", "", m.group(2))
    return float(m.group(1)), unit


def _glossary(ctx: Any, q: Question, scope: list[B.Doc], files: set[str], today: dt.date) -> Answer | None:
    term = q.term or ""
    regions = sorted({d.region for d in scope if d.region}) if q.region.name else [None]
    hits: list[Any] = []
    for r in regions:
        hits.extend(h for h in B.search(ctx, term, k=8, region=r, dense=False) if B.field(h, "file") in files)
    found = glossary_entry(hits, term)
    if not found and B.dense_available(ctx):
        for r in regions:
            hits.extend(h for h in B.search(ctx, term, k=8, region=r) if B.field(h, "file") in files)
        found = glossary_entry(hits, term)
    if found:
        definition, hit = found
        shown = term if re.search(r"[“”\"「」]", term) else f"“{term}”"
        head = P.GLOSSARY.format(term=shown, definition=definition)
        return Answer(fact_answer(head, None, hit), "fact", [source_dict(hit)])
    cands = candidates(hits, grams(term), doc_years={}, numeric=False)
    cands = [c for c in cands if c.cov >= 0.8 and re.sub(r"[“”\"]", "", term) in re.sub(r"[“”\"]", "", c.sentence)]
    if cands:
        c = cands[0]
        head = P.FACT_PLAIN.format(clause=trim_sentence(c.sentence, c.clause, 240).rstrip("。"))
        return Answer(fact_answer(head, None, c.hit), "fact", [source_dict(c.hit)])
    # a term only a responsibility table uses ("两山银行"): the task that names it
    bare = re.sub(r"[“”\"「」]", "", term)
    for _cov, task in _best_tasks(ctx, bare, today):
        if bare in re.sub(r"[“”\"「」\s]", "", task.get("text", "")):
            head = P.FACT_TASK.format(plan=task.get("plan_title") or "", code=task["code"], clause=task_title(task.get("text", ""), True).rstrip("。"))
            body = head + "\n" + P.OWNER_LEADS.format(units="、".join(task.get("lead_units") or []))
            return Answer(fit(body), "fact", [], [task])
    return None


@dataclass
class _TaskPassage:
    """A registry task seen as a passage, so targets in a 分工方案 are scored like report text."""

    text: str
    section: str
    year: int | None
    span_year: int | None
    file: str
    title: str
    region: str | None
    chunk_id: str
    score: float = 0.0


def _plan_target(ctx: Any, q: Question, years: list[int], today: dt.date) -> Answer | None:
    """A target that only a responsibility table states ("2021年新增上市公司目标")."""
    tasks = {t["code"]: t for t in _search_tasks(ctx, q.topic or q.text, today)}
    passages = []
    for t in tasks.values():
        year = t.get("year") or _plan_year(t)
        if year in years:
            passages.append(_TaskPassage(t.get("text", ""), "", year, year, f"plan:{t.get('plan_title')}",
                                         t.get("plan_title") or "", t.get("region"), t["code"]))
    if not passages:
        return None
    variants = [grams(q.topic or q.text), grams(B.normalize(q.topic or q.text))]
    cands = _score(passages, variants, {p.file: p.year for p in passages}, q)
    best, _ = pick(cands, years=years, mode="target", numeric=q.numeric, min_cov=MIN_COVERAGE)
    if not best:
        return None
    task = tasks[best.hit.chunk_id]
    clause = key_clause(best, _best_grams(variants, best.clause))
    body = P.FACT_TASK.format(plan=task.get("plan_title") or "", code=task["code"], clause=clause)
    body += "\n" + P.OWNER_LEADS.format(units="、".join(task.get("lead_units") or []))
    return Answer(fit(body), "target", [], [task])


def _plan_year(task: dict) -> int | None:
    m = re.search(r"((?:19|20)\d{2})", task.get("plan_title") or "")
    return int(m.group(1)) if m else None


# --- registry ------------------------------------------------------------------------

def _task_dict(t: Any) -> dict:
    d = t.to_dict() if hasattr(t, "to_dict") else dict(t)
    for extra in ("plan_title", "role", "year", "region"):
        if extra not in d and B.field(t, extra) is not None:
            d[extra] = B.field(t, extra)
    return d


def _search_tasks(ctx: Any, text: str, today: dt.date, limit: int = 15) -> list[dict]:
    reg = B.registry_module()
    if reg is None or not text.strip():
        return []
    try:
        found = reg.search_tasks(ctx.db, text, limit=limit, today=today)
    except Exception:  # noqa: BLE001 - an FTS syntax the registry refused: nothing found
        log.exception("search_tasks failed")
        return []
    return [_task_dict(t) for t in found]


def _best_tasks(ctx: Any, topic: str, today: dt.date, region: str | None = None) -> list[tuple[float, dict]]:
    """Registry tasks matching a paraphrase, best first: FTS candidates re-ranked by how much
    of the question's wording (or its expanded abbreviations: 新基建 → 新型基础设施) they hold.

    Figures the question quotes ("农村公路3000公里") and the region it names pick between
    tasks of several plans that share the same words."""
    variants = list(dict.fromkeys([topic, B.normalize(topic)]))
    found: dict[tuple, dict] = {}
    for v in variants:
        for t in _search_tasks(ctx, v, today):
            found.setdefault((t["code"], t.get("plan_title")), t)
    figures = [re.sub(r"\s+", "", m.group(0)) for m in NUMBER.finditer(topic)]
    scored = []
    for t in found.values():
        text = re.sub(r"\s+", "", t.get("text", ""))
        cov = max(coverage(grams(v), text) for v in variants)
        if figures:
            cov += 0.15 * sum(1 for f in figures if f in text) / len(figures)
        if region and t.get("region"):
            cov += 0.1 if same_region(t["region"], region) else 0.0
        scored.append((cov, t))
    idents = _identifiers(topic)
    if idents:
        # "南昌地铁6号线" is not the task of "南昌地铁1号线2号线延长线": a numbered line or phase
        # the question names must stand in the task
        scored = [(c, t) for c, t in scored
                  if all(any(form in re.sub(r"\s+", "", t.get("text", "")) for form in forms) for forms in idents)]
    scored.sort(key=lambda x: -x[0])
    return [s for s in scored if s[0] >= TASK_MIN_COVERAGE]


_IDENT = re.compile(r"([\d一二三四五六七八九十]{1,3})\s*(号线|号楼|号机组|期)(?!间|限|末|中|初)")
_CN_DIGITS = "零一二三四五六七八九十"


def _identifiers(text: str) -> list[set[str]]:
    """Numbered names in a question ("6号线", "二期"), each in its digit and Chinese forms."""
    out = []
    for m in _IDENT.finditer(text):
        num, kind = m.group(1), m.group(2)
        forms = {num + kind}
        if num.isdigit() and int(num) <= 10:
            forms.add(_CN_DIGITS[int(num)] + kind)
        elif len(num) == 1 and num in _CN_DIGITS:
            forms.add(str(_CN_DIGITS.index(num)) + kind)
        out.append(forms)
    return out


def _owner(ctx: Any, q: Question, today: dt.date) -> Answer:
    reg = B.registry_module()
    if reg is None:
        return Answer(P.NONE_NO_REGISTRY, "none")
    if q.code:
        same = _tasks_by_code(ctx, q.code, today, q.region.name)
        if not same:
            try:
                same = [_task_dict(reg.get_task(ctx.db, q.code, today=today))]
            except Exception:  # UserError: unknown code
                return Answer(P.NONE_NO_TASK.format(what=_short(q.code or "")), "none")
        text = "\n".join(task_block(t, plan_title=t.get("plan_title")) for t in same[:3])
        return Answer(text, "task" if q.intent == "task" else "owner", [], same[:3])
    scored = _best_tasks(ctx, q.topic or q.text, today, q.region.name)
    if not scored:
        return Answer(P.NONE_NO_TASK.format(what=_short(q.topic or q.text)), "none")
    top_cov, task = scored[0]
    lines = []
    if q.premise_unit:
        lines.append(_premise_owner(ctx, q.premise_unit, task))
    lines.append(task_block(task, plan_title=task.get("plan_title")))
    twin = _twin(scored)
    if twin is not None:
        lines.append(task_block(twin, plan_title=twin.get("plan_title")))
    others = [t for c, t in scored[1:4] if c >= top_cov - 0.1 and t is not twin and t["code"] != task["code"]]
    if others:
        lines.append(P.OWNER_OTHERS.format(codes="、".join(t["code"] for t in others)))
    return Answer("\n".join(lines), "owner", [], [task] + ([twin] if twin is not None else []) + others)


def _twin(scored: list[tuple[float, dict]]) -> dict | None:
    """The same words in another plan (a province's and a county's table): that task too."""
    top_cov, task = scored[0]
    return next((t for c, t in scored[1:4] if c >= top_cov - 0.05 and t.get("plan_title") != task.get("plan_title")), None)


def _tasks_by_code(ctx: Any, code: str, today: dt.date, region: str | None) -> list[dict]:
    """Every plan's task numbered `code` ("1.2" exists in a province's and a county's table),
    only the named region's when the question names one; newest plan first."""
    tasks = [t for t in _list_tasks(ctx, today) if t.get("code") == code]
    if region:
        tasks = [t for t in tasks if same_region(t.get("region"), region)] or tasks
    return sorted(tasks, key=lambda t: -(_plan_year(t) or 0))


def _premise_owner(ctx: Any, premise: str, task: dict) -> str:
    names = B.units_in_text(ctx, premise) or [premise]
    leads = task.get("lead_units") or []
    cos = task.get("co_units") or []
    lead_text = "、".join(leads)
    for name in names:
        if name in leads:
            return P.OWNER_PREMISE_RIGHT.format(unit=name)
    for name in names:
        if name in cos:
            return P.OWNER_PREMISE_CO.format(unit=name, leads=lead_text)
    return P.OWNER_PREMISE_WRONG.format(leads=lead_text)


def _list_tasks(ctx: Any, today: dt.date, **filters: Any) -> list[dict]:
    reg = B.registry_module()
    if reg is None:
        return []
    try:
        return [_task_dict(t) for t in reg.list_tasks(ctx.db, today=today, **filters)]
    except Exception as exc:  # UserError: unknown/ambiguous unit
        log.info("list_tasks %s: %s", filters, exc)
        return []


def _plan_title(tasks: list[dict]) -> str | None:
    titles = {t.get("plan_title") for t in tasks if t.get("plan_title")}
    return titles.pop() if len(titles) == 1 else None


def _other_level_unit(q: Question, regions: list[str | None]) -> Answer | None:
    """"南昌市发改委牵头哪些" with only the province's and a county's tables loaded: the registry
    matches 发改委 to 省发展改革委 / 青溪县发改委, which are not 南昌市's. Say it is not there."""
    region = q.region.name
    if not region or is_province(region) or not q.region.mentioned:
        return None
    short = re.sub(r"(市|县|区)$", "", region)
    others = {re.sub(r"(省|市|县|区)$", "", r) for r in regions if r and not same_region(r, region)}

    def belongs(unit: str) -> bool:
        if unit.startswith(short):
            return True
        return not unit.startswith("省") and not any(o and unit.startswith(o) for o in others)

    if any(belongs(u) for u in q.units):
        q.units = [u for u in q.units if belongs(u)]
        return None
    m = re.search(re.escape(q.region.mentioned) + r"市?([\u4e00-\u9fff]{1,10}?(?:厅|委|局|办|中心|公司|集团))", q.text)
    unit = region + m.group(1) if m else region
    role_word = {"lead": P.LIST_ROLE_LEAD, "co": P.LIST_ROLE_CO}.get(q.role or "", P.LIST_ROLE_ANY)
    return Answer(P.NONE_NO_UNIT_TASKS.format(unit=unit, role_word=role_word), "none")


def _unit_tasks(ctx: Any, q: Question, today: dt.date) -> Answer:
    unit = q.units[0]
    tasks = _list_tasks(ctx, today, unit=unit)
    if q.role:
        tasks = [t for t in tasks if t.get("role", q.role) == q.role]
    if q.status_what == "overdue":
        tasks = [t for t in tasks if t.get("status") == "逾期"]
    role_word = {"lead": P.LIST_ROLE_LEAD, "co": P.LIST_ROLE_CO}.get(q.role or "", P.LIST_ROLE_ANY)
    if not tasks:
        return Answer(P.NONE_NO_UNIT_TASKS.format(unit=unit, role_word=role_word), "none")
    head = P.LIST_HEAD_UNIT.format(unit=unit, role_word=role_word, count=len(tasks))
    leads = sum(1 for t in tasks if t.get("role") == "lead")
    if q.role is None and 0 < leads < len(tasks):
        # "商务厅负责几项" reads as 牵头 to most staff: give both counts, not only the sum
        head = head.rstrip("：") + P.LIST_ROLE_SPLIT.format(lead=leads, co=len(tasks) - leads) + "："
    return Answer(task_list(head, tasks, show_role=q.role is None, plan_title=_plan_title(tasks)), "unit_tasks", [], tasks)


def _leader_tasks(ctx: Any, q: Question, today: dt.date) -> Answer:
    leader = q.leaders[0]
    tasks = _list_tasks(ctx, today, leader=leader)
    if q.status_what == "overdue":
        tasks = [t for t in tasks if t.get("status") == "逾期"]
    if not tasks:
        return Answer(P.NONE_NO_LEADER_TASKS.format(leader=leader), "none")
    head = P.LIST_HEAD_LEADER.format(leader=leader, count=len(tasks))
    return Answer(task_list(head, tasks, plan_title=_plan_title(tasks)), "leader_tasks", [], tasks)


def _status(ctx: Any, q: Question, today: dt.date) -> Answer:
    if q.status_what in ("progress", "due") and not q.code:
        scored = _best_tasks(ctx, q.topic or q.text, today, q.region.name)
        if not scored:
            return Answer(P.NONE_NO_TASK.format(what=_short(q.topic or q.text)), "none")
        if q.status_what == "due":  # the task block carries its deadline and status
            if scored[0][0] < DUE_MIN_COVERAGE:
                return Answer(P.NONE_NO_TASK.format(what=_short(q.topic or q.text)), "none")
            twin = _twin(scored)
            tasks = [scored[0][1]] + ([twin] if twin is not None else [])
            return Answer("\n".join(task_block(t, plan_title=t.get("plan_title")) for t in tasks), "status", [], tasks)
        q.code = scored[0][1]["code"]
    if q.code:
        return _progress(ctx, q, today)
    if q.status_what == "overdue":
        tasks = _list_tasks(ctx, today, status="逾期")
        what = P.STATUS_OVERDUE
    else:
        if q.status_what == "month":
            nxt = (today.replace(day=28) + dt.timedelta(days=4))
            end = nxt - dt.timedelta(days=nxt.day)
            what = P.STATUS_DUE_MONTH
        else:
            end = today + dt.timedelta(days=6 - today.weekday())
            what = P.STATUS_DUE_WEEK
        tasks = [t for t in _list_tasks(ctx, today, due_before=end + dt.timedelta(days=1))
                 if t.get("due") and str(t["due"]) >= today.isoformat() and t.get("status") != "已完成"]
    if not tasks:
        return Answer(P.NONE_NO_STATUS_TASKS.format(what=what), "status")
    head = P.LIST_HEAD_STATUS.format(what=what, count=len(tasks))
    return Answer(task_list(head, tasks, plan_title=_plan_title(tasks)), "status", [], tasks)


def _progress(ctx: Any, q: Question, today: dt.date) -> Answer:
    reg = B.registry_module()
    if reg is None:
        return Answer(P.NONE_NO_REGISTRY, "none")
    try:
        detail = reg.task_detail(ctx.db, q.code, today=today)
        task = _task_dict(reg.get_task(ctx.db, q.code, today=today))
    except Exception:
        return Answer(P.NONE_NO_TASK.format(what=_short(q.code or "")), "none")
    lines = [task_block(task, plan_title=task.get("plan_title"))]
    progress = B.field(detail, "progress") or []
    if progress:
        lines.append(P.PROGRESS_HEAD)
        for p in progress[-5:]:
            unit = B.field(p, "unit") or ""
            lines.append(P.PROGRESS_LINE.format(when=str(B.field(p, "reported_at", ""))[:10], unit=(unit + "：") if unit else "", text=B.field(p, "text", "")))
    else:
        lines.append(P.PROGRESS_NONE)
    return Answer("\n".join(lines), "status", [], [task])


__all__ = ["Answer", "ask", "understand", "source_line"]
