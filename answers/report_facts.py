"""Figures and facts from the reports: retrieve passages of the asked region and year, pick
the clause that names the indicator and carries a figure of the asked kind (target or result),
and answer with it and its source; say plainly what is missing when nothing fits.
A figure is never made up: every answer quotes a clause of a document."""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from core.ledger_words import MONTH
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from answers import backends as B
from retrieval.chunk import GLOSSARY
from answers.regions import place_listed
from answers.period_docs import DAY_ASKED, part_of_year, period_scope
from answers.compose import Answer, evidence_of, fact_answer, fit, source_dict, source_line
from answers.definitions import glossary_answer, office_answer
from answers.evidence import (
    LISTED_NOUNS,
    NUMBER,
    Candidate,
    aligned_numbers,
    candidates,
    coverage,
    grams,
    head_gram,
    key_clause,
    kind_asked,
    pick,
    topic_joints,
    trim_sentence,
)
from answers.whole_region import part_noted, subject_text, whole_first
from answers.question import TARGET_CUES, Question
from answers.core_words import core_word_missing
from answers.lead_words import stands_split
from answers.short_names import named_short, names_printed
from answers.regions import RegionRef, city_level_said, home_province, of_level_said, province_said, place_things, same_region, stands_with
from answers.phases import identifiers
from answers.plan_year_targets import target_for_unreviewed_year
from answers.registry_answers import MIN_COVERAGE, plan_year, search_tasks
from answers.understanding import available, short
from answers.wording import offered_figure, premised
from answers.answerability import class_missing
from answers.measure_heads import measure_missing, measure_of
from answers.contrasts import other_measure_note, set_aside_contrasted
from answers.stated_figures import agrees
from answers.base_year import base_year_answer
from answers.year_spans import span_length, asks_span, states_span
from answers.years import anchor_years, resolve_years
from core.places import CITIES, PROVINCES, is_province, own_name
from core.bigrams import bigrams
from core.synonyms import lay_reading, same_sound_as, same_sound_repairs, synonym_forms, table
from answers.plain_words import document_forms, document_words_beside
from answers.thresholds import other_bound, threshold_missing, thresholds
from core.unit_symbols import is_unit_symbol
from prompts import answers as P


def _place_in_name(ctx: Any, q: Question) -> bool:
    """Whether the place the question names, with the two or three characters after it, is a
    name the documents print ("杭州亚运会", "上海合作组织"): then it names a thing, not the region
    asked about, and a place with no report of its own is no reason to refuse."""
    said = q.region.mentioned
    at = q.text.find(said) if said else -1
    if at < 0:
        return False
    after = re.match(r"[\u4e00-\u9fff]{2,3}", q.text[at + len(said):])
    if after is None or after.group(0)[0] in "市省县区的今去明前年":
        return False
    return any(B.text_holds(ctx, said + after.group(0)[:k]) for k in (3, 2))


def _plan_end_asked(q: Question, years: list[int], scope: list[B.Doc]) -> Question | None:
    """"到2030年研发投入强度要到多少" asked of reports that are all earlier: 2030 ends the
    "十五五" plan period, whose goals a report states as a span ("到2030年…", "十五五末"): the
    question asked over that span. None for a year that ends no plan period, or a result asked."""
    from answers.question import parse_question
    from core.year_spans_data import PLAN_PERIODS

    newest = max((d.year for d in scope if d.year), default=None)
    if q.mode == "result" or newest is None or len(years) != 1 or years[0] <= newest:
        return None
    ends = {2020 + 5 * i: period for i, period in enumerate(PLAN_PERIODS)}  # 十三五 ends 2020
    period = ends.get(years[0])
    if period is None or years[0] - newest > 5:
        return None
    text = re.sub(rf"(?:到|至)?\s*(?:20)?{years[0] % 100}\s*年(?:底|末)?", period + "末", q.text, count=1)
    if text == q.text:
        # a later part of a message ("…今年目标多少？到2030年呢") carries the year, not its words
        text = period + "末" + re.sub(r"今年|去年|明年|前年", "", q.text)
    return replace(parse_question(text), region=q.region)


def place_led(q: Question) -> bool:
    """A subject typed first that names a place or a thing ("瑞金2023年…"), not an indicator's
    short form ("社零今年…", "高企今年省里…", which the synonym table spells out)."""
    return bool(q.lead_word) and B.normalize(q.lead_word) == q.lead_word


def answer_from_reports(ctx: Any, q: Question, docs: list[B.Doc], today: dt.date, *, dense: bool = True,
                        repair: bool = True, parted: bool = False) -> Answer:
    """`dense=False`: lexical only (another region's answer beside the first, where a miss
    costs nothing and each dense query costs tens of milliseconds). `repair=False`: no
    same-sound repair of the topic (it is tried once, never on a repaired topic). `parted`:
    the documents are already those of the part of the year asked (answers.period_docs)."""
    reports = [d for d in docs if (d.kind or "report") != "plan"]
    if not parted:
        within, missing = period_scope(q.text, reports)
        if missing:
            titles = "、".join(dict.fromkeys(d.title for d in reports if part_of_year(d.title or "")))
            text = P.NONE_NO_PART.format(part=missing, titles=titles) if titles else P.NONE_NO_PART_LOADED.format(part=missing)
            return Answer(text, "none", settled=True)
        if within and len(within) < len(reports):
            # "上半年固投增长多少": that part's notice first, "今年…多少" the year's reports first;
            # the others when these say nothing
            narrowed = [d for d in docs if (d.kind or "report") == "plan"] + within
            # (a notice of a part of the year reports how far things got: "占年度计划多少" names
            # the plan it is measured against, it asks no target)
            asked = replace(q, mode=None, intent="fact") if q.mode == "target" and part_of_year(q.text) else q
            ans = answer_from_reports(ctx, asked, narrowed, today, dense=dense, repair=repair, parted=True)
            if ans.intent != "none":
                return ans
    region_name = q.region.name
    if not reports or (region_name and not any(same_region(d.region, region_name) for d in reports)):
        # "汀澜2025年分工方案里X多少" with that region's table loaded and no report of it
        tabled = _table_alone(ctx, q, docs, today)
        if tabled is not None:
            return tabled
    if not reports:
        return Answer(P.NONE_NO_DOCUMENTS, "none")
    scope = reports
    if region_name:
        scope = [d for d in reports if same_region(d.region, region_name)]
        if not scope and _place_in_name(ctx, q):
            # "杭州亚运会上赣鄱健儿…": the place begins a name the documents print, no region asked
            return answer_from_reports(ctx, replace(q, region=RegionRef(None)), docs, today, dense=dense, repair=repair)
        printed = _place_printed(ctx, region_name) if not scope and q.region.mentioned == region_name \
            and not place_listed(region_name) else None
        if printed:
            # "安平市去年GDP多少": a place no document is of, which the reports name (a county-level
            # city inside the city; "桐平县" typed for the printed 桐坪县): answered only by a
            # sentence about that place itself
            inside = answer_from_reports(ctx, replace(q, region=RegionRef(None), lead_word=printed,
                                                      topic=f"{printed}{q.topic or ''}"),
                                         docs, today, dense=dense, repair=repair)
            if inside.intent != "none" and inside.evidence and all(
                    printed in (e.sentence or e.clause) for e in inside.evidence):
                return inside
        if not scope:
            return Answer(P.NONE_NO_REGION.format(region=region_name, available=available(reports)), "none")
    city_self = bool(city_level_said(q.text))  # "全市…" / "市政府工作报告里…": a city's report
    if city_self and not region_name:
        # "全市…" with no city configured: the cities' reports, not the province's; "我区…" over a
        # district's and its city's reports: the district's (round 62c)
        scope = [d for d in scope if not is_province(d.region)] or scope
        leveled = of_level_said(q.text, [d.region for d in scope])
        if not leveled and _HIGHER_SAID.match(q.text) and scope and all(
                own_name(d.region or "").endswith(("县", "区")) for d in scope):
            # "市里今年gdp目标定的多少 县里的我知道" (round 62a) over a county's reports only: the
            # city's report is not loaded, and the county's figure is no answer
            return Answer(P.NONE_NO_LEVEL.format(level="市", available=available(reports)), "none")
        scope = [d for d in scope if d.region in leveled] or scope
    else:
        leveled = set()
        if not region_name and province_said(q.text) and not place_led(q):
            # "全省社零…" / "高企今年省里…" beside a city's report: the province's (round 61c)
            scope = [d for d in scope if is_province(d.region)] or scope
    base_docs = scope
    home = home_province(d.region for d in reports)
    if not region_name and not city_self and home and q.years.relative:
        # "今年GDP目标" with no region: 今年 is the home province's newest report, not a county's
        base_docs = [d for d in scope if d.region == home] or scope
    years, rebased = resolve_years(q.years, today_year=today.year, doc_years=anchor_years(base_docs))
    plan_years = {d.year for d in docs if d.kind == "plan" and d.year}
    if plan_years and _plan_named(q.text, docs) and not NAMES_REPORT.search(q.text) and not _DONE_ASKED.search(q.text):
        # "21年分工方案里X是多少": the table is the source asked for, not a report
        ans = plan_target(ctx, q, years or sorted(plan_years), today)
        if ans:
            return ans
        if years and not set(years) & plan_years:
            # "分工方案里2020年纳入计划的老旧小区": a year no table is of, printed inside a task (r32b-017)
            ans = plan_target(ctx, q, sorted(plan_years), today, year_in_text=years)
            if ans:
                return ans
    # a year with no report of its own ("2021年…", only a 2022 report looking back) but a table:
    # what the 2022 report says of it first, the table's target when the report says nothing
    plan_only = bool(years) and all(y in plan_years and not any(d.year == y for d in scope) for y in years)
    if years:
        speaking = [d for d in scope if d.year and (d.year in years or d.year - 1 in years)]
        if not speaking and plan_only and not _DONE_ASKED.search(q.text):
            # no report speaks of that year at all (not even looking back): the table's target
            ans = plan_target(ctx, q, years, today)
            if ans:
                return ans
        if not speaking and q.mode != "target":
            # "2020年我市GDP多少": a later report's "由2020年的386.2亿元增加到…" (answers.base_year)
            topic0 = q.term or q.topic or q.text
            ans = base_year_answer(
                ctx, B.normalize(lay_reading(q.text), today=today), topic0, years, scope,
                lambda c: _fact(q, c, [grams(topic0)], [], False), numeric=q.numeric,
                unit_asked=q.unit_asked, min_cov=MIN_COVERAGE, today=today)
            if ans is not None:
                return ans
        if not speaking and (ahead := _plan_end_asked(q, years, scope)) is not None:
            # "到2030年X要到多少" in a 2026 report: the plan period's goal ("十五五末")
            return answer_from_reports(ctx, ahead, docs, today, dense=dense, repair=repair)
        if not speaking:
            shown = region_name or ""
            there = available(scope, with_region=not region_name)
            return Answer(P.NONE_NO_YEAR.format(region=shown, year="、".join(map(str, years)), available=there), "none")
        scope = speaking
    files = {d.file for d in scope}
    doc_years = {d.file: d.year for d in scope}
    doc_region = {d.file: d.region for d in scope}
    newest = max((d.year or 0) for d in scope) or None

    if q.term:
        ans = glossary_answer(ctx, q, scope, files, today)
        if ans:
            return ans
    if q.office:
        return office_answer(ctx, q, scope, files)

    beside = document_words_beside(q.text)  # "引才": the passages that print 吸引人才 / 引进人才 too
    query = B.normalize(lay_reading(q.text) + (" " + beside if beside else ""), today=today, doc_year=newest)
    # (a level said, "市里…": that level's regions are searched each, as a region named is)
    regions = sorted({d.region for d in scope if d.region}) if region_name or leveled else [None]
    topic = q.term or q.topic or q.text
    topics = [topic, B.normalize(topic, today=today, doc_year=newest)]
    lay = lay_reading(topic)
    if lay != topic:  # "看病报销的基本医保" ~ "基本医保": lay words read as the indicator's head
        topics += [lay, B.normalize(lay, today=today, doc_year=newest)]
    for share in ("占比", "比例"):
        # "R&D占比" ~ "R&D经费支出占GDP比重", "投到产业上的比例" ~ "用于产业发展的比重":
        # a share asked is what the reports write 占…比重 / …的比重
        if share in topic:
            ratio = topic.replace(share, "比重")
            topics += [ratio, B.normalize(ratio, today=today, doc_year=newest)]
    for form in document_forms(topic):  # "植树造林" ~ "造林绿化": the documents' other words
        topics += [form, B.normalize(form, today=today, doc_year=newest)]
    # other spellings scored as the asked item when its own words answer nothing, never required
    # of the evidence as a topic is:
    # "研发投入强度" ~ "研究与试验发展经费投入强度" (either name); "经开区…考评" where a report prints
    # one short form and spells out the other ("泓溪经开区…综合考核评价"), each expanded alone (round 61b)
    spelled = synonym_forms(topic)
    shorts = [(short, full) for short, full in table("query").items() if short in topic and full not in topic]
    if len(shorts) >= 2:
        spelled += [topic.replace(short, full) for short, full in shorts]
    for alias in bracket_aliases(topic):  # "市场主体（经营主体）": each name as the reports print it
        topics += [alias, B.normalize(alias, today=today, doc_year=newest)]
    loose = _CONJUNCTION.sub(" ", topic)
    if loose != topic:  # "新能源和新能源汽车" ~ "新能源及新能源汽车": the joining word is no content
        topics.append(loose)
    core = topic if q.term else _without_places(topic, [d.region for d in reports])
    if core != topic:  # also without a place that was not read as the region ("赣州现代家居…")
        topics += [core, B.normalize(core, today=today, doc_year=newest)]
    variants = [grams(t) for t in topics]
    mode = q.mode or ("target" if q.intent == "target" else None)
    named_places = set() if region_name else {
        d.region for d in scope if d.region and re.sub(r"(省|市|县|区)$", "", d.region) in q.text}

    lead_forms = _lead_forms(q.lead_word, today, newest) if q.lead_word else []
    qualified = place_things(topic, [d.region for d in reports])
    idents = identifiers(q.text)
    month_asked = (m.group(1) if (m := _ONE_MONTH.search(q.text)) else None)
    ledger_asked = bool(month_asked and _LEDGER_ASKED.search(q.text) and any(
        _LEDGER_MONTH.search(B.field(h, "text") or "") for h in B.search(ctx, f"{month_asked}月进展 {month_asked}月累计完成",
                                                                         k=3, kind="report", dense=False)))
    # "十四五以来…一共多少": only a figure summed over the years answers, never one year's
    span = asks_span(q.text)
    span_len = span_length(q.text) if span else None

    aside: list[tuple[Candidate, str]] = []  # look-alike measures, said when nothing answers
    measure = measure_of(topic, q.lead_word) if q.numeric and not q.term else ""

    asked_for = _AskFit.of(q.text)  # what the question asks for, read once, each candidate scored by it

    def find(dense: bool, seen: list[Any]) -> tuple[list[Any], list[Candidate], Candidate | None, Candidate | None]:
        hits = list(seen)
        ids = {B.field(h, "chunk_id") for h in hits}
        for r in [*regions, *sorted(named_places)]:
            for h in B.search(ctx, query, k=REPORT_HITS, region=r, kind="report", dense=dense):
                if B.field(h, "file") in files and B.field(h, "chunk_id") not in ids:
                    hits.append(h)
                    ids.add(B.field(h, "chunk_id"))
        cands = _score(hits, variants, doc_years, q, topics)
        if not q.term and q.numeric:
            # "今年营收目标" is never a 名词解释 entry's "营业收入年均增长20%以上的企业" (round 68c):
            # an entry defines a word; a report's own sentence states the year's figure
            for c in cands:
                if str(B.field(c.hit, "section") or "").startswith(GLOSSARY):
                    c.score -= 0.3
        # "城投集团…" in a sentence printing 城市发展投资集团: the subject's head is there (answers.short_names)
        cands = [replace(c, head_missing=False) if c.head_missing and named_short(topic, c.sentence) else c
                 for c in cands]
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
            if mode is None and c.period.mode == "result" and (asked_for.done or asked_for.how_far):
                c.score += 0.05  # "新增学位截至11月底完成多少": the count done, not the year's target beside it
            if span_len and c.period.span and (said_len := span_length(c.sentence)):
                # "十四五期间": the five years' summary, not "四年来" of the year before
                c.score += 0.1 if said_len == span_len else -0.2
            c.score += asked_for.delta(c.clause, c.sentence)
            if mode == "target" and _MAIN_TARGETS.search(str(B.field(c.hit, "section") or "")):
                # "规上工业今年定的多少": the year's main targets first, before a work area's count
                c.score += 0.05
        cands = _by_score(cands, q.text)
        if span:
            # a figure over several years is of no one year: a year asked ("二三年那个报告里说过去
            # 五年…") names the report stating it
            cands = [c for c in cands if c.period.span
                     and (not years or c.period.year in years or doc_years.get(B.field(c.hit, "file")) in years)]
        if month_asked:
            # "9月台账里…累计完成多少" over a ledger of one sheet a month: that month's row, never
            # another month's; a month no sheet reports is not answered by one (round 63g)
            # ("11月台账里…进展": the ledger asked by its month, no year's review answers for it)
            cands = [c for c in cands if month_asked in (said := _ledger_months(c))
                     or not (said or ledger_asked)]
        if idents:
            # "地铁5号线" is not "地铁1号线…2号线": a numbered line or phase asked must stand there
            cands = [c for c in cands if all(any(f in c.sentence for f in forms) for forms in idents)]
        # "新建5G基站多少个" is not answered by "新建12个城市公园": what the verb acts on must
        # stand in the sentence, not only the verb and the measure
        cands = [c for c in cands if not object_missing(topics, c.sentence) and not latin_missing(topic, c.sentence)
                 and not threshold_missing(topic, c.sentence)  # "投资2000万以上的项目" is no "投资超5000万元…"
                 and not other_bound(q.text, c.clause)  # "亿元以上项目" is no "10亿元以上项目"
                 and not core_word_missing(q.text, c.clause)]  # "外资" is never "省外…项目资金"
        # "常住人口城镇化率" is not "户籍人口城镇化率": a look-alike measure is kept aside (answers.contrasts)
        cands = set_aside_contrasted(q.text, cands, aside, also=query)
        # a numeric ask is answered by a figure of its class ("收入涨了多少" by a rate, "占比" by a
        # percentage), never by the count or amount beside it (answers.answerability.class_missing);
        # a counter typed was matched by the unit reader already
        cands = [c for c in cands if not c.numbers or q.unit_asked or not class_missing(q.text, None, " ".join(c.numbers))]
        if qualified:
            # "景德镇机场" is not "瑞金机场": a thing qualified by a place stands with that place
            # (in one list item), unless the evidence is that place's own report
            cands = [c for c in cands if all(
                same_region(doc_region.get(B.field(c.hit, "file")), place) or stands_with(place, thing, c.sentence)
                for place, thing in qualified)]
        if lead_forms:
            # "瑞金2023年GDP目标": the subject typed first must stand in the evidence, or the
            # answer is another place's figure
            # (a term the document quotes, "“三公”经费", is the subject typed without its marks)
            # ("长亭机场" is printed 临澜长亭国际机场: answers.short_names)
            cands = [c for c in cands if any(w in c.sentence or w in unquoted(c.sentence) for w in lead_forms)
                     or names_printed(q.lead_word, c.sentence) or stands_split(q.lead_word, c.sentence)]
        # "全市GDP总量" is the whole's figure, never a district's while the whole's is there (answers.whole_region)
        best, near = whole_first(q.text, cands, lambda c: subject_text(c.clause, c.sentence), lambda cs: pick(
            cs, years=[] if span else years, mode=mode, numeric=q.numeric, min_cov=MIN_COVERAGE),
            region_of=lambda c: B.field(c.hit, "region") or "")
        return hits, cands, best, near

    if not any(len(g) >= 2 for v in variants for g in v):
        # nothing left to look for once question words are gone ("长 谁"): do not guess
        return Answer(P.NONE_TOPIC_UNCLEAR.format(what=short(q.text)), "none")
    # Lexical first (fast, and exact on figures); the dense half only when that finds nothing.
    hits, cands, best, near = find(False, [])
    if spelled and (best is None or best.cov < PARTIAL_COVERAGE):
        # the item's other spellings, scored only when its own words answer it partly at best
        # ("研发投入强度" met by a glossary's "按实际研发投入的30%"), and kept when they cover more
        variants = variants + [grams(t) for t in spelled]
        s_hits, s_cands, s_best, s_near = find(False, [])
        if s_best is not None and (best is None or s_best.cov > best.cov + 0.1):
            hits, cands, best, near = s_hits, s_cands, s_best, s_near
        else:
            variants = variants[: len(topics)]
    if dense and B.dense_available(ctx) and (best is None or best.cov < PARTIAL_COVERAGE):
        # lexical overlap only partial (other words, a paraphrase): the dense half brings the
        # passages it ranks high, and the clause that answers best among all of them wins
        d_hits, d_cands, d_best, d_near = find(True, hits)
        if best is None or (d_best is not None and d_best.score > best.score):
            hits, cands, best, near = d_hits, d_cands, d_best, d_near
    if len(years) > 1:  # "2022年和2024年的GDP目标分别是多少"
        per_year = [pick(cands, years=[y], mode=mode, numeric=q.numeric, min_cov=MIN_COVERAGE)[0] for y in years]
        found = [b for b in per_year if b]
        # a year no report holds a target of ("二一年和二四年…各是多少"): its table's target
        tabled = [a for y, b in zip(years, per_year) if b is None and y in plan_years
                  for a in [plan_target(ctx, q, [y], today) if mode != "result" else None] if a]
        if len(found) + len(tabled) > 1:
            return _with_tasks(_multi_fact(q, found, variants) if found else None, tabled)
    from answers.place_ranks import rank_clause, scoped_rank  # "在岚川排第几": the rank within that scope

    scoped = scoped_rank(topic, q.text)
    if scoped is not None and (best is None or not _RANK.search(best.clause)):
        forms = [scoped.indicator, B.normalize(scoped.indicator, today=today, doc_year=newest)]
        ranked = rank_clause(scoped, cands, years, forms)
        if ranked is not None:
            return _fact(replace(q, mode=None), ranked, variants, hits, rebased)
    if best and q.unit_asked and not best.numbers and mode == "target" and plan_years:
        # "加装电梯今年民生实事里要装多少部" (round 67h): the report names the work with no figure,
        # the table states it in the unit asked
        planned = plan_target(ctx, q, years or sorted(plan_years), today)
        if planned is not None and planned.intent != "none":
            return planned
    if best:
        other = _other_period(cands, best, years, mode, q) if q.numeric else None
        if other is not None:
            return _multi_fact(q, [best, other], variants)
        from answers.target_actual import labelled_pair, with_plan_target, year_pair  # 目标 and 实际 of one year

        pair = year_pair(cands, best, years, mode, q, MIN_COVERAGE)
        if pair is not None:
            return labelled_pair(_multi_fact(q, pair, variants), pair)
        ans = with_plan_target(ctx, q, best, years, mode, _fact(q, best, variants, hits, rebased), plan_target, today)
        return replace(ans, answer=part_noted(q.text, subject_text(best.clause, best.sentence), ans.answer,
                                              B.field(best.hit, "region") or ""))
    if repair and not near and not q.term:
        # "研发经废占比": one character typed by its sound; the documents' form of the word
        # (a same-sound character between the same neighbours) is tried once before giving up
        repaired = _same_sound_topic(q.topic, [B.field(h, "text") or "" for h in hits])
        if repaired:
            # the subject typed first is repaired with it ("兰东新区" → 澜东新区, round 24d): the
            # evidence must hold the subject as the documents print it
            lead = _repaired_part(q.lead_word, q.topic, repaired)
            text = q.text.replace(q.topic, repaired)
            text = text.replace(q.lead_word, lead) if q.lead_word and lead else text
            again = answer_from_reports(ctx, replace(q, topic=repaired, text=text, lead_word=lead),
                                        docs, today, dense=dense, repair=False)
            if again.intent != "none":
                return again
    what = short(topic)
    # ("高新区规上工业总产值今年增长多少": this year's figure is planned, and only its table states it)
    planned = mode is None and q.numeric and bool(q.years.relative) and all(y in plan_years for y in years)
    if years and (mode == "target" or (plan_only and mode is None) or planned):
        ans = plan_target(ctx, q, years, today)
        if ans:
            return ans
    if (mode == "target" and q.years.empty and plan_years and not (q.region.name or q.region.mentioned)
            and not _PLACE_FIRST.match(q.topic or "") and not _SPAN_SAID.search(q.text)):
        # "数字经济占GDP 目标", no year said, no report stating it: a table's target, of its year
        ans = plan_target(ctx, q, sorted(plan_years), today)
        if ans:
            return ans
    if (near and mode == "result" and near.period.mode == "target" and near.numbers and not near.head_missing
            and near.cov >= PARTIAL_COVERAGE and not _DONE_ASKED_WORDS.search(q.text)):
        # "泉岭厨余垃圾处理厂日处理能力是多少吨": no word asks what was done ("是多少" is no
        # such word) and only a target states the figure: that figure is the answer
        return _fact(replace(q, mode=None), near, variants, hits, rebased)
    if (near and mode == "result" and near.period.mode == "target" and near.numbers and not near.head_missing
            and _done_said_alike(q.text, near.clause)):
        # "南昌24年遴选了几件…民生实事候选项目": the report's plan part says the act done, with the
        # verb asked ("今年遴选了12件…候选项目"): that clause states what was done, though it
        # words the rest otherwise (round 32a)
        return _fact(replace(q, mode=None), near, variants, hits, rebased)
    if near and mode == "target" and near.period.mode == "result" and _cue_is_wording(q.text, near.clause):
        # "南昌去年争取中央预算内基建资金多少": 争取 is the report's own verb for what was won,
        # not a target cue; the clause that says so answers
        return _fact(q, near, variants, hits, rebased)
    from answers.completion_asks import asked_item, completion_asked, figures_dropped, item_coverage, no_target_note

    if (near and mode == "target" and near.period.mode == "result" and not near.head_missing
            and completion_asked(q.text) and _item_held(topics, near)):
        # "南昌2023年计划改造老旧小区300个，最后完成没有": no target found, the result of the
        # same item is what became of it; the figure offered is not checked against it. The item
        # is matched in any of its forms ("GDP增速" ~ "地区生产总值…增长", round 25c)
        ans = _fact(replace(q, mode=None, text=figures_dropped(q.text)), near, variants, hits, rebased)
        note = no_target_note(near.period.year or (years[0] if years else ""), asked_item(topic), q.text)
        return replace(ans, answer=fit(note + "\n" + ans.answer), intent="fact")
    from answers.answerability import answerable  # before any "not found": the asked words by rarity

    found = answerable(ctx, q.text, hits, regions=[*regions, *sorted(named_places)], files=files,
                       doc_years=doc_years, years=years, mode=mode, numeric=q.numeric, unit_asked=q.unit_asked,
                       dense=dense and B.dense_available(ctx), scope_regions=sorted(r for r in doc_region.values() if r),
                       must_hold=[frozenset(lead_forms)] if lead_forms else [],
                       known_regions=sorted({d.region for d in reports if d.region}), query=query)
    if found is not None and not (idents and not all(any(f in found.sentence for f in forms) for forms in idents)) \
            and not threshold_missing(topic, found.sentence) and not class_missing(q.text, None, found.clause) \
            and not (measure and getattr(found, "dense", False)
                     and measure_missing(measure, found.clause, lambda w: B.text_holds(ctx, w))) \
            and (not span or states_span(found.sentence)):
        ans = _fact(q, found, variants, hits, rebased)
        if getattr(found, "dense", False):  # answers.dense_answer: matched by meaning, say so
            first, _, rest = ans.answer.partition("\n")
            ans.answer = first + P.NOTE_DENSE_MATCH + ("\n" + rest if rest else "")
        return ans
    if near and mode == "result" and target_for_unreviewed_year(ctx, near, topic, years, q.text):
        # "产业引导基金今年做到多大规模": the report's own year has no result yet; its target answers
        ans = _fact(replace(q, mode=None), near, variants, hits, rebased)
        first, _, rest = ans.answer.partition("\n")
        note = P.NOTE_NO_RESULT_YET.format(year=near.period.year, next=near.period.year + 1)
        return replace(ans, answer=fit(first + note + ("\n" + rest if rest else "")))
    if near:
        clause = key_clause(near, _best_grams(variants, near.clause))
        yr = near.period.year or (years[0] if years else "")
        tmpl = P.NONE_MODE_TARGET_ONLY if near.period.mode == "target" else P.NONE_MODE_RESULT_ONLY
        text = tmpl.format(year=f"{yr}年" if yr else "", what=what, title=B.field(near.hit, "title") or "报告", clause=clause)
        return Answer(fit(text), "none", [source_dict(near.hit)])
    bare = _without_figure(cands, years, mode) if q.numeric else None
    # "居全国第几" is answered by a rank ("居全国第5"), which is no quantity
    ranked = bool(bare and _RANK_ASKED.search(q.text) and _RANK.search(bare.clause))
    # "为48.7万适龄女生…": a figure the unit reader did not take (a count before its noun)
    digits = bool(bare and not q.unit_asked and (_DIGIT_FIGURE.search(bare.clause) or _TABLE_FIGURE.search(bare.clause)))
    # "方特几期" is answered by "方特二期": the counter asked, with a number before it
    counted = bool(bare and not q.unit_asked and counter_answered(q.text, bare.clause))
    # a figure in words answers only when it is of the class asked ("连续八年" is no 公里)
    worded = bool(bare and _CN_FIGURE.search(bare.clause) and not class_missing(q.text, q.unit_asked, bare.clause))
    # "信用等级提升至AA+": a grade is the figure a rating is asked for
    # ("青螺洞今年要创几A景区": the grade stands in the clause after the place's, in one sentence)
    graded = bool(bare and _GRADE_ASKED.search(q.text) and (
        _GRADE.search(bare.clause) or (_LEVEL_ASKED.search(q.text) and _GRADE.search(bare.sentence))))
    worded = worded or graded
    # "研发投入强度目标" answered by "实施全社会研发投入攻坚行动": the measure asked is not there, so
    # the clause is said as what the report does say, never as the target itself
    # (a rate or a share asked is a measure no clause without it states, printed elsewhere or not)
    unmeasured = bool(bare and (measure_missing(measure, bare.clause, lambda w: B.text_holds(ctx, w))
                                or (_RATIO_MEASURE.fullmatch(measure or "") and measure not in bare.clause)))
    # "整改方案几号前要报" (round 56a): a date answers a day asked
    # ("港口二期码头几月份投运的": a month asked, a month said; the month is the measure asked)
    monthed = bool(bare and _MONTH_ASKED.search(q.text) and _MONTH_SAID.search(bare.clause))
    dated = bool(bare and _DAY_ASKED.search(q.text) and _DATE_SAID.search(bare.clause)) or monthed
    unmeasured = unmeasured and not monthed
    if bare and not unmeasured and (ranked or digits or counted or worded or dated or not _FIGURE_ASKED.search(q.text)):
        # "连续八年…" is a figure in words; "出口总额目标" is answered by "出口总额稳中提质"
        ans = _fact(q, bare, variants, hits, rebased)
        if not ranked and not digits and not counted and not worded and not dated:
            first, _, rest = ans.answer.partition("\n")
            ans.answer = first + P.NOTE_NO_FIGURE + ("\n" + rest if rest else "")
        return ans
    from answers.worded_targets import worded_target  # "增长与经济增长同步": a target in words

    phrase = worded_target(bare.clause, topic) if bare and bare.period.mode == "target" else None
    if bare and phrase:
        # a figure asked of a target the report states as a relation: that relation answers
        ans = _fact(q, bare, variants, hits, rebased)
        first, _, rest = ans.answer.partition("\n")
        ans.answer = first + P.NOTE_WORDED_TARGET.format(phrase=phrase) + ("\n" + rest if rest else "")
        return ans
    if bare:
        # a figure asked, the indicator there without one: say so, and what it does say
        text = P.NONE_NO_FIGURE.format(year=bare.period.year or "", what=what,
                                       title=B.field(bare.hit, "title") or "报告", clause=bare.clause)
        return Answer(fit(text), "none", [source_dict(bare.hit)])
    where = (region_name or "") + ("".join(f"{y}年" for y in years[:1]))
    text = P.NONE_NO_INDICATOR.format(scope=(where + "的报告中") if where else "报告中", what=what,
                                      kind=P.NONE_KIND_TARGET if mode == "target" else P.NONE_KIND_FACT)
    return Answer(text + other_measure_note(aside, years), "none", [source_dict(h) for h in hits[:2]])


def _same_sound_topic(topic: str, texts: list[str]) -> str | None:
    """The topic with one same-sound slip fixed in one of its words, when the fixed form
    stands in the passages found; None when no word has such a form (nothing is guessed)."""
    words = topic.split()
    for i, w in enumerate(words):
        forms = same_sound_repairs(w, texts) if len(w) >= 2 else []
        if forms:
            return " ".join([*words[:i], forms[0], *words[i + 1:]])
    return None


def _repaired_part(part: str | None, topic: str, repaired: str) -> str | None:
    """`part` of `topic` as it reads in `repaired` (the topic with one character swapped for
    one of the same sound): the same span, when the two line up character for character."""
    if not part or len(topic) != len(repaired) or part not in topic:
        return part
    i = topic.find(part)
    return repaired[i:i + len(part)]


def _other_period(cands: list[Candidate], best: Candidate, years: list[int], mode: str | None,
                  q: Question) -> Candidate | None:
    """"赣州改造老旧小区多少个", no year and no 目标/实际: the report states last year's result
    and this year's target of the same indicator; both are the answer, not one picked silently."""
    if years or mode or not best.period.year or best.period.mode not in ("target", "result"):
        return None
    region = B.field(best.hit, "region")
    for c in cands:
        if (c.period.mode in ("target", "result") and c.period.mode != best.period.mode and c.period.year
                and c.numbers and not c.head_missing and c.cov >= max(MIN_COVERAGE, best.cov - 0.05)
                and B.field(c.hit, "region") == region):
            return c
    return None


# the marks a document puts around part of a term ("“三公”经费", "“一网通办”"): typed without them
_QUOTE_MARKS = re.compile(r"[“”\"「」『』‘’]")


def unquoted(text: str) -> str:
    """`text` without quotation marks, as a question types the terms it quotes."""
    return _QUOTE_MARKS.sub("", text or "")


def _lead_forms(word: str, today: dt.date, newest: int | None) -> list[str]:
    """The subject word as typed and as its abbreviation expands ("社零" → "社会消费品零售总额")."""
    expanded = B.normalize(word, today=today, doc_year=newest)
    forms = [word, expanded, *expanded.split()]
    # "棚改" → "棚户区改造", printed "开工改造…、棚户区7.91万套": the thing without the work done to it
    forms += [_WORK_DONE.sub("", f) for f in expanded.split() if f != word]
    return [w for w in dict.fromkeys(forms) if len(w) >= 2]


_WORK_DONE = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:改造|建设|治理|整治|提升)$")


def _without_figure(cands: list[Candidate], years: list[int], mode: str | None) -> Candidate | None:
    """A clause that names the asked indicator well but states no figure, of the asked year/kind."""
    for c in cands:
        if c.numbers or c.head_missing or c.cov < BARE_COVERAGE or _LIST_COUNTED.search(c.clause):
            continue  # ("…等4项指标增幅…": a count of the indicators listed, said as no figure of one)
        if (not years or c.period.year in years) and (not mode or c.period.mode in (mode, None)):
            return c
    return None


_LIST_COUNTED = re.compile(r"\d+\s*项" + LISTED_NOUNS)
_CONJUNCTION = re.compile(r"(?<=[\u4e00-\u9fff])(?:以及|和|及|与|跟|、)(?=[\u4e00-\u9fff])")
# a figure in digits the unit reader leaves alone ("48.7万适龄女生", "第3批")
_DAY_ASKED = re.compile(r"几号|几月几[日号]|哪天|哪一天|什么时候|啥时候|何时|多会")
_DATE_SAID = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*月(?:底|末|中旬|上旬|下旬)")
# "几月份投运的": a month asked is answered by a month said ("于2024年10月投入运营")
_MONTH_ASKED = re.compile(r"几月份?|哪一?个?月|哪年(?:哪|几)月")
_MONTH_SAID = re.compile(r"\d{1,2}\s*月(?!\s*\d)")
# "单位地区生产总值能耗降低完成2.8" (a targets table's row read as a sentence, its unit in a column
# of its own, round 63c): a figure printed bare under 完成 / 目标
_TABLE_FIGURE = re.compile(r"(?:完成|目标|目标值|完成值)\s*-?\d+(?:\.\d+)?\s*(?:左右|以上|以内|以下)?\s*(?:[。；;，,（(]|$)")
_DIGIT_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:万亿|亿|万)(?=[\u4e00-\u9fff])")
# a figure written in words ("连续八年", "十九连丰")
# ("办好十二件民生实事": a count of things in words, round 61f)
# a month asked ("9月台账里…"), and the months a monthly ledger's row is labelled with
# ("截至10月底": the month the figures run to; "1至10月" is a span, no one month)
_ONE_MONTH = re.compile(rf"(?<![\d—\-~])(?<!\d至)(?<!\d到)(?<!月至)(?<!月到)({MONTH})月(?!底前|\d|[—\-~至到])")
_LEDGER_MONTH = re.compile(rf"(?<!\d)({MONTH})月(?:进展|累计完成|累计|存在问题|状态|完成情况)")
# a month asked of what stood by then ("九月份电梯装了多少部", "10月完成几个了")
_LEDGER_ASKED = re.compile(r"台账|台帐|调度|进展|累计|滞后|截至|截止|了(?:多少|几)|(?:多少|几)\S{0,2}了")


def _ledger_months(c: Candidate) -> set[str]:
    """The months a ledger sentence reports, read back to its cell's label: "10月进展：完工31个；
    加装电梯46部。" is cut at its semicolon, and "加装电梯46部" is still October's (round 63f)."""
    said = set(_LEDGER_MONTH.findall(c.sentence))
    if said:
        return said
    text = B.field(c.hit, "text") or ""
    at = text.find(c.sentence)
    if at <= 0:
        return said
    before = re.split(r"[。\n]", text[:at])[-1]
    return set(_LEDGER_MONTH.findall(before)[-1:])
# passages read per region: a year's review states a dozen indicators in one long paragraph,
# which ranks below shorter passages naming the asked one (round 63d: 12th of a region's)
REPORT_HITS = 15
_CN_FIGURE = re.compile(r"[一二三四五六七八九十两]+(?:[百千万亿])?(?:年|个|家|项|次|届|批|连|条|座|所|倍|成|件|名|台|张|处|场)")
# the question wants a number, not just what the target says
_FIGURE_ASKED = re.compile(r"(多少|几|多大|多高|多长|百分之|具体数|数字|数值)")
# the measures of a rate or a share: a clause that does not say one states none
_RATIO_MEASURE = re.compile(r"强度|比重|占比|比例|增速|增幅|增长率|[^\s]{0,4}率")
# a grade asked ("信用等级要提到多少", "评级") and one stated ("AA+", "AAA级", "5A级")
_GRADE_ASKED = re.compile(r"等级|评级|级别|星级|几\s*[Aa]")
_LEVEL_ASKED = re.compile(r"几\s*[Aa]")  # "创几A": a scenic area's grade
_GRADE = re.compile(r"(?<![A-Za-z])(?:A{1,3}[+\-]?|[1-5]A)(?:级)?(?![A-Za-z])")
# a rank asked ("居全国第几", "排第几名") and one stated ("第5", "第一位")
_RANK_ASKED = re.compile(r"第几|排名|名次|位次")
_RANK = re.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})")
# target cues that are ordinary verbs of a report's own wording ("争取中央预算内资金19.1亿元")
_WORDING_CUES = ("争取", "安排", "确保", "计划")


# the counter right after the question word: "几期" / "多少批" / "第几轮"
_COUNTER_ASKED = re.compile(r"(?:几|多少)\s*([\u4e00-\u9fff])")


def counter_answered(question: str, clause: str) -> bool:
    """The clause states a number with the very counter the question asks for ("几期" and
    "二期", "多少批" and "第3批"): it holds the answer, whatever the unit reader made of it.
    Only for a counter the unit reader does not know; a magnitude (亿, 万) is no counter."""
    for m in _COUNTER_ASKED.finditer(question):
        counter = m.group(1)
        if counter in "个多少的是了亿万千百十":
            continue  # no counter of its own ("几个" is answered by any count, read elsewhere)
        if re.search(r"(?:[一二三四五六七八九十两百千万]+|\d+(?:\.\d+)?)\s*" + re.escape(counter), clause):
            return True
    return False


def _cue_is_wording(question: str, clause: str) -> bool:
    """Every target cue of the question is a verb the clause itself uses with the same object,
    so the question quotes the report's wording rather than asking for a target."""
    cues = [m for m in TARGET_CUES.finditer(question)]
    if not cues:
        return False
    for m in cues:
        if m.group(0) not in _WORDING_CUES:
            return False
        # ("去年争取到的中央预算内投资": the verb's complement and 的 are no part of the object)
        after = re.sub(r"^[到了的得过]+", "", question[m.end():])[:2]
        if m.group(0) + after not in clause:
            return False
    return True


# below this coverage of the asked words a lexical answer is partial: the dense half votes too
PARTIAL_COVERAGE = 0.75
_DONE_SAID = re.compile(r"完成(?!率|比例|时限|时间)|已经|实际|弄了|干了|做了")
_YES_NO_COLUMN = re.compile(r"(?:是否|有无)[\u4e00-\u9fff]{1,4}$")
# "完工几个了" / "累计多少了": the count so far; a ledger's month column ("9月进展：", "本月进展：")
_SO_FAR_ASKED = re.compile(r"(?:几|多少)[个项家套户座所条件亩公里吨人万亿]*了|累计|一共|总共|截至|截止")
_THIS_MONTH_LABEL = re.compile(rf"(?:本月|当月|{MONTH}月)(?:进展|完成情况)[：:]\s*$")
_HOW_FAR_ASKED = re.compile(r"进度|进展|咋样|怎么样|如何|到哪|情况")
_RATE_CLAUSE = re.compile(r"完成率|完成比例|完成进度")
_RATE_ASKED = re.compile(r"率|比例|百分|%|进度|几成")
_DAY_SAID = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
# a ledger row's problem or cause column, as report_tables states it ("X存在问题：…")
# (or its remedy column: "X整改措施：…12月底前完成剩余3个市场改造" is a plan, not a result)
_PROBLEM_LABEL = re.compile(r"^[^：:。；;]{2,40}?(?:存在问题|主要问题|问题|滞后原因|原因|困难|整改措施|下步措施|下一步措施|工作措施|措施)\s*[:：]")
_PROBLEM_ASKED = re.compile(r"问题|原因|为啥|为什么|咋|怎么|卡|难|滞后|拖|慢|措施|打算|下一步|下步|整改|啥时候能|什么时候能")


@dataclass(frozen=True)
class _AskFit:
    """What the question asks for, by which a ledger's or a review's clauses are told apart:
    the count done, how far it got, a rate, a rank, a day, or what holds the work up."""
    done: bool
    how_far: bool
    so_far: bool
    rate: bool
    ranked: bool
    day: bool
    problem: bool

    @classmethod
    def of(cls, question: str) -> "_AskFit":
        from answers.rank_asks import rank_asked

        return cls(bool(_DONE_SAID.search(question)), bool(_HOW_FAR_ASKED.search(question)), bool(_SO_FAR_ASKED.search(question)),
                   bool(_RATE_ASKED.search(question)), rank_asked(question), bool(DAY_ASKED.search(question)),
                   bool(_PROBLEM_ASKED.search(question)))

    def delta(self, clause: str, sentence: str) -> float:
        from answers.rank_asks import RANK_PRINTED

        d = 0.0
        if self.how_far and _YES_NO_COLUMN.search(clause):
            # "县医院新院区进度咋样了，是不是滞后" (r54d-026): the 进展情况 cell says how far it got;
            # the 是否滞后 column's "是" beside it says less
            d -= 0.3
        if not self.rate and _RATE_CLAUSE.search(sentence) and "%" in clause:
            d -= 0.3  # "新增学位截至11月底完成多少" (round 60h): the count done, not the ledger's 完成率 beside it
        if self.ranked and RANK_PRINTED.search(clause):
            d += 0.3  # "X排第几名" (round 60g): the clause printing a rank, beside the subject's own
        if self.day:
            # "鹤川港三期具体哪天开的工" (round 60d): a day asked is answered by a clause that names one
            d += 0.2 if _DAY_SAID.search(clause) else -0.2
        if self.so_far and _THIS_MONTH_LABEL.search(sentence.split(clause, 1)[0][-12:] if clause in sentence else ""):
            # "9月台账老旧小区完工几个了" (round 63g): how many so far is the ledger's 累计 column,
            # never the month's own 本月进展 ("新完工3个")
            d -= 0.1
        if not self.problem and _PROBLEM_LABEL.match(sentence):
            # "提升改造农贸市场存在问题：3个农贸市场改造涉及…" (a ledger's 存在问题 column, round
            # 60h): a figure of what holds the work up, never what was done or planned
            d -= 0.6
        return d
# a clause without a figure is shown only when it clearly names the indicator
BARE_COVERAGE = 0.6


def _item_held(topics: list[str], near: Candidate) -> bool:
    """Whether a result names the item a completion ask is about, in any of the topic's forms:
    most of it in the clause, or half of it in the sentence whose clause states the figure
    ("GDP增速" ~ "全年实现地区生产总值512.6亿元，增长6.3%": the item and its figure split by a
    comma, round 25c)."""
    from answers.completion_asks import item_coverage

    return any(item_coverage(t, near.clause) >= PARTIAL_COVERAGE
               or item_coverage(t, near.sentence or near.clause) >= MIN_ITEM_IN_SENTENCE for t in topics)


# the share of a completion ask's item a result's whole sentence must hold
MIN_ITEM_IN_SENTENCE = 0.5


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


_LEVEL_SUFFIX = re.compile(r"(省|市|县|区)$")


@lru_cache(maxsize=1)
def _places_unsuffixed() -> tuple[str, ...]:
    """`_places()` without 省/市/县/区 at the end, read once (not once per scored variant)."""
    return tuple(_LEVEL_SUFFIX.sub("", p) for p in _places())


def _score(hits: list[Any], variants: list[list[str]], doc_years: dict, q: Question, topics: list[str] = ()) -> list[Candidate]:
    best: dict[tuple, Candidate] = {}
    regions = [B.field(h, "region") or "" for h in hits]
    places = _places() + regions
    places += [*_places_unsuffixed(), *(_LEVEL_SUFFIX.sub("", p) for p in regions)]
    heads = [head_gram(t, places) for t in topics] or [None]
    for i, v in enumerate(variants):
        if not v:
            continue
        head = heads[i] if i < len(heads) else None
        joints = topic_joints(topics[i]) if i < len(topics) else None
        for c in candidates(hits, v, doc_years=doc_years, numeric=q.numeric, unit_asked=q.unit_asked, head=head,
                            kind=kind_asked(q.text), joints=joints):
            key = (B.field(c.hit, "chunk_id"), c.sentence, c.clause)
            if key not in best or (not best[key].head_missing, best[key].score) < (not c.head_missing, c.score):
                best[key] = c
    return _by_score(_whole_measure_first(_thresholds_kept(list(best.values()), q.text), topics), q.text)


# a measure a zone or a city reports of itself as a whole ("营业收入1862亿元"), also printed of its
# industries ("集成电路产业营收突破520亿元", "三大主导产业营业收入合计1105亿元")
_WHOLE_MEASURE = re.compile(r"^(?:营收|营业收入|总产值|产值|税收|税收收入|营业额|销售收入)$")
_PART_OF_WHOLE = re.compile(r"(?:产业|集群|行业|企业|领域|板块|基地|项目|主导产业)(?:的)?(?:营业收入|营收|总产值|产值|税收|营业额|销售收入)")


def _whole_measure_first(cands: list[Candidate], topics: list[str]) -> list[Candidate]:
    """A bare measure asked ("去年营收多少亿", round 68d) is the whole's: a clause stating an
    industry's share of it scores below one stating the whole."""
    bare = re.sub(r"\s+|[万亿千百]+$|\([^()]*\)", "", topics[0] or "") if topics else ""
    if not _WHOLE_MEASURE.match(re.sub(r"[万亿千百]+$", "", bare)):
        return cands
    return [replace(c, score=c.score - 0.2) if _PART_OF_WHOLE.search(c.clause) else c for c in cands]


def _thresholds_kept(cands: list[Candidate], question: str) -> list[Candidate]:
    """Candidates re-scored by the bounds the question sets ("50万以上的村", read by
    `answers.thresholds`): up when the clause states them, down when only another clause of the
    same sentence does ("12个村收入全部超过20万元，其中50万元以上的村3个", round 69d)."""
    if not thresholds(question):
        return cands
    out = []
    for c in cands:
        if not threshold_missing(question, c.clause):
            out.append(replace(c, score=c.score + 0.25))
        elif not threshold_missing(question, c.sentence):
            out.append(replace(c, score=c.score - 0.25))
        else:
            out.append(c)
    return out


def _by_score(cands: list[Candidate], question: str) -> list[Candidate]:
    """Best score first; at equal scores (clauses of one sentence, "已完成建设16.2万亩" and
    "其余3.8万亩正在施工") the clause holding more of the question's own characters ("建成多少万亩")."""
    asked = set(re.findall(r"[\u4e00-\u9fff]", question))
    return sorted(cands, key=lambda c: (round(c.score, 6), len(asked & set(c.clause))), reverse=True)


# "新改建农村公路120公里，上半年仅完成38公里，完成率31.7%": a notice restates the task, then says
# how much of it was done; the clause after the task's is the result
_DONE_AFTER = re.compile(r"^[，,；;]\s*((?:[\u4e00-\u9fff]{0,6}?)(?:完成|建成|实现|达到)[^，,。；;]{0,6}?\d[^，,。；;]*)")


# the change said right after an amount ("…3168.9亿元，增长5.3%"), naming nothing else
_CHANGE_AFTER = re.compile(r"^[，,]\s*((?:同比|比上年|较上年)?(?:增长|下降|提高|降低|增加|减少)\s*\d[\d.]*\s*(?:%|％|个百分点))")


def _with_done_part(clause: str, best: Candidate) -> str:
    """The task's clause with the clause of what was done after it, when a result was asked."""
    sentence = best.sentence or ""
    at = sentence.find(clause)
    m = _DONE_AFTER.match(sentence[at + len(clause):]) if at >= 0 else None
    if not m and at >= 0 and NUMBER.search(clause[-12:]):
        # "全年实现地区生产总值3168.9亿元，增长5.3%": the amount and its change, stated as one
        m = _CHANGE_AFTER.match(sentence[at + len(clause):])
    return f"{clause}，{m.group(1)}" if m and NUMBER.search(m.group(1)) else clause


def _place_printed(ctx: Any, name: str) -> str | None:
    """`name` as the reports print it: itself, or with one character of the same sound swapped
    ("桐平县" → 桐坪县); None when they print neither."""
    if B.text_holds(ctx, name):
        return name
    # the printed names one character away (the place's kind, its last, is as typed)
    pattern = "|".join(re.escape(name[:i]) + "[\u4e00-\u9fff]" + re.escape(name[i + 1:]) for i in range(len(name) - 1))
    printed = {clause[a:b] for clause, a, b in B.clauses_matching(ctx, pattern)}
    return next(iter(same_sound_as(name, sorted(printed))), None)


def _fact(q: Question, best: Candidate, variants: list[list[str]], hits: list[Any], rebased: bool) -> Answer:
    clause = key_clause(best, _best_grams(variants, best.clause))
    if best.period.mode == "result" and q.numeric:
        clause = _with_done_part(clause, best)
    region = B.field(best.hit, "region") or ""
    year = best.period.year
    if year and best.period.mode == "target":
        head = P.FACT_TARGET.format(region=region, year=year, clause=clause)
    elif year and best.period.mode == "result" and (part := part_of_year(B.field(best.hit, "title") or "")) \
            and B.field(best.hit, "year") == year:
        # a notice of part of the year: its figures are of that part, not of the whole year
        head = P.FACT_PART_RESULT.format(region=region, year=year, part=part, clause=clause)
    elif year and best.period.mode == "result":
        head = P.FACT_RESULT.format(region=region, year=year, clause=clause)
    elif best.period.span and B.field(best.hit, "year") and best.period.mode == "target":
        # "“十五五”时期…目标是：…到2030年突破290亿元": the plan period's goal, set in that report
        head = P.FACT_SPAN_TARGET.format(region=region, year=B.field(best.hit, "year"), clause=clause)
    elif best.period.span and B.field(best.hit, "year"):
        head = P.FACT_SPAN.format(region=region, year=B.field(best.hit, "year"), clause=clause)
    else:
        head = P.FACT_PLAIN.format(clause=clause)
    premise = _premise_check(q.text, best.clause, _best_grams(variants, best.clause))
    if premise:
        head = premise + head
    if premise == P.PREMISE_WRONG:
        head += _offered_found_elsewhere(q, best, variants, hits)
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


def _offered_found_elsewhere(q: Question, best: Candidate, variants: list[list[str]], hits: list[Any]) -> str:
    """"24年江西gdp增长4.1% 这个数对吧" (round 69b): the figure offered is 2023's result, printed in
    the 2024 report's review; the correction says where the offered figure belongs, so the asker
    does not quote it as the year's."""
    offered = [m.group(0) for m in NUMBER.finditer(q.text)]
    if not offered or not hits:
        return ""
    for c in _score(hits, variants, {}, q):
        if c.cov < MIN_COVERAGE or not c.period.year or (c.period.year, c.period.mode) == (best.period.year, best.period.mode):
            continue
        said = [w for w in offered if agrees(w, c.numbers)]
        if said:
            kind = P.KIND_TARGET if c.period.mode == "target" else P.KIND_RESULT
            return P.PREMISE_FIGURE_ELSEWHERE.format(figure=said[0], region=B.field(c.hit, "region") or "",
                                                     year=c.period.year, kind=kind, clause=key_clause(c, _best_grams(variants, c.clause)))
    return ""


def _premise_check(question: str, clause: str, topic_grams: list[str]) -> str:
    """'2024年GDP目标是6%吗' → '不是。' when the stated figure is not the one in the evidence
    (7% = 7.0%左右; in "城镇、农村居民收入分别增长5%、7%" the 农村 figure is 7%)."""
    if not re.search(r"([吗吧么]\s*[？?]?\s*$|是不是|是否|对不对|有没有|有无)", question) and not offered_figure(question)[1]:
        return ""
    if premised(question):
        return ""  # "定的38万 最后干了多少": the target said as known is no guess about the result
    # "GDP增长4.5？": the rate offered without its % is read with it (answers.wording.offered_figure)
    stated = [(_value(m.group(0)), m.group(0)) for m in NUMBER.finditer(question)] or [
        (_value(m.group(0)), m.group(0)) for m in NUMBER.finditer(offered_figure(question)[1] or "")]
    stated = [(v, w) for v, w in stated if v]
    if not stated:
        return ""
    said = aligned_numbers(clause, topic_grams)
    found = {_value(n) for n in said}
    # "1.1万亿" offered, "1.1万亿元" written: the same figure (answers.stated_figures)
    return P.PREMISE_RIGHT if all(v in found or agrees(w, said) for v, w in stated) else P.PREMISE_WRONG


# a span of years said ("十五五期间…年均增速"): no one year's table target answers it
_SPAN_SAID = re.compile(r"十[一二三四五六]五|期间|年均|五年|几年")
# a place the documents do not hold, said first ("青溪县城镇新增就业"): no table's target is its
_PLACE_FIRST = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:省|市|县|区|州|镇|乡)(?![\u4e00-\u9fff]?(?:场|委|政府|级|直))")

# "市场主体（经营主体）" / "R&D(研发)": a name and, in brackets, its other name
_BRACKET_ALIAS = re.compile(r"([\u4e00-\u9fffA-Za-z&]{2,8})\s*[（(]\s*([\u4e00-\u9fffA-Za-z&]{2,8})\s*[)）]")


def bracket_aliases(topic: str) -> list[str]:
    """The topic once with each name of "X（Y）" alone: staff put the older or newer name in
    brackets (市场主体 became 经营主体 in 2023's reports), and a report prints one of them."""
    m = _BRACKET_ALIAS.search(topic or "")
    if not m:
        return []
    # the name in brackets stands for as many characters before them ("为[市场主体]（经营主体）")
    start = max(m.start(1), m.end(1) - len(m.group(2)))
    before, name = topic[:start], topic[start:m.end(1)]
    return [before + alias + topic[m.end():] for alias in (name, m.group(2))]


def _value(number: str) -> tuple[float, str] | None:
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(.*)", number)
    if not m:
        return None
    unit = re.sub(r"左右|以上|以内|以下|多|余|\s", "", m.group(2))
    return float(m.group(1)), unit



# verbs a topic word may start with; what follows them is the thing asked about
_ACTION = re.compile(r"^(?:新改建|新开工|新认定|新建|新增|新选|改建|改造|建设|建成|实施|推进|完成|打造|培育|引进|开工|创建|发放|开展|建)")


def object_missing(topics: list[str], sentence: str) -> bool:
    """Whether, in every wording of the topic, some verb's object ("新建5G基站" → "5G基站") has
    not one bigram or Latin/digit word in the sentence: then the sentence speaks of another thing."""
    objects = _objects(tuple(topics))
    if not objects or not all(objects):
        return False  # a wording without a verb's object: never every wording missing one
    low = re.sub(r"\s+", "", sentence).lower()
    return all(any(not any(u in low for u in units) for units in wording) for wording in objects)


@lru_cache(maxsize=256)
def _objects(topics: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For each wording of the topic, the bigrams and Latin/digit words of each verb's object
    (`object_missing`): read once per question, not once per candidate sentence."""
    out = []
    for t in topics:
        wording = []
        for word in (t or "").split():
            m = _ACTION.match(word)
            obj = word[m.end():] if m else ""
            if len(obj) < 2:
                continue
            units = [g for g in bigrams(obj) if len(g) == 2] + [w.lower() for w in re.findall(r"[A-Za-z0-9&]*[A-Za-z][A-Za-z0-9&]*", obj)]
            if units:
                wording.append(tuple(units))
        out.append(tuple(wording))
    return tuple(out)


def latin_missing(topic: str, sentence: str) -> bool:
    """Whether a Latin-lettered name of the topic ("GDP", "5G", "CPI") stands in the sentence
    neither as typed nor by one bigram of its expansion ("地区生产总值"): "GDP总量" is not
    answered by "贷款…总量突破8000亿元"."""
    names = _latin_names(topic or "")
    if not names:
        return False
    low = re.sub(r"\s+", "", sentence).lower()
    for token, expansion in names:
        if token.lower() in low:
            continue
        if not any(g in low for g in expansion):
            return True
    return False


@lru_cache(maxsize=256)
def _latin_names(topic: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(name, the bigrams of its expansion) for each Latin-lettered name of the topic that the
    evidence must hold (`latin_missing`), read once per topic."""
    out = []
    for token in re.findall(r"[A-Za-z0-9&.]*[A-Za-z][A-Za-z0-9&.]*", topic):
        if len(token) < 2 or is_unit_symbol(token):
            continue  # "多少km": a unit asked in its symbol is no name the evidence must hold
        expanded = re.sub(r"\([^)]*\)", "", B.normalize(token))
        out.append((token, tuple(g for g in bigrams(expanded) if len(g) == 2)))
    return tuple(out)


# the question names the responsibility table as its source ("21年分工方案里", "方案中")
NAMES_PLAN = re.compile(r"(分工方案|责任分工|台账|方案(?:里|中|上))")


def _plan_named(text: str, docs: list[B.Doc]) -> bool:
    """The table named as the source ("分工方案里X是多少"); "台账上X1-11月完成几个" names the
    progress ledger when one is loaded (a report titled …台账, round 60h), not the plan."""
    m = NAMES_PLAN.search(text)
    if not m and (promised := PROMISE_LIST.search(text)):
        # "民生实事里停车泊位新增多少个" with the year's 民生实事 table loaded (round 67h): that table
        return any((d.kind or "report") == "plan" and promised.group(0) in (d.title or "") for d in docs)
    if m and m.group(0) == "台账" and any((d.kind or "report") != "plan" and "台账" in (d.title or "") for d in docs):
        return bool(NAMES_PLAN.search(text[m.end():]))
    return bool(m)


NAMES_REPORT = re.compile(r"报告(?:里|中|上)")
# words that ask what was done, in so many words
# "遴选了几件" / "评上了多少": a verb said done, then the ask
_DONE_VERB_ASKED = re.compile(r"([\u4e00-\u9fff]{2})了(?=\s*(?:多少|几))")


def _done_said_alike(question: str, clause: str) -> bool:
    """The question asks what was done with a verb ("遴选了几件") that the clause says done too
    ("今年遴选了12件"), so the clause reports the act even where a report plans the year."""
    return any(m.group(1) + "了" in clause for m in _DONE_VERB_ASKED.finditer(question or ""))


_DONE_ASKED_WORDS = re.compile(r"实际|已经|完成|实现|(?:增长|新增|引进|建成|达到|突破|下降|提高|减少|增加|改造|新建|开通|获批|吸引|发放)了|了多少|了几|有多少|去年|上年|前年")
# a table states targets only: what was done is asked of the reports
_DONE_ASKED = re.compile(r"实际|完成了|实现了|完成情况")


def _with_tasks(first: Answer | None, tabled: list[Answer]) -> Answer:
    """Report figures and table targets for several years, one after the other."""
    parts = ([first] if first else []) + tabled
    text = "\n".join(a.answer for a in parts)
    intent = "target" if all(a.intent == "target" for a in parts) else "fact"
    return Answer(fit(text, limit=900), intent, [s for a in parts for s in a.sources],
                  [t for a in parts for t in a.tasks], evidence=[e for a in parts for e in a.evidence])


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


def _table_alone(ctx: Any, q: Question, docs: list[B.Doc], today: dt.date) -> Answer | None:
    """The table's target when the question names a table and no report can answer."""
    plan_years = sorted({d.year for d in docs if d.kind == "plan" and d.year})
    if not plan_years or not NAMES_PLAN.search(q.text) or _DONE_ASKED.search(q.text):
        return None
    return plan_target(ctx, q, [y for y in q.years.explicit if y in plan_years] or plan_years, today)


# the city above named by its level, first ("市里…" / "市级…"), by a county's or a district's staff
_HIGHER_SAID = re.compile(r"^\s*(?:那|那个)?(?:市里|市级|市政府|市里面)")
# a place typed first ("青屿区…"): a region's name of two or three characters and its level
_PLACE_TYPED = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:区|县|市|镇|乡|州|旗)(?![\u4e00-\u9fff]*?(?:政府|委|局|办|中心))")


def plan_target(ctx: Any, q: Question, years: list[int], today: dt.date, *, region: str | None = None,
                year_in_text: list[int] | None = None) -> Answer | None:
    """A target that only a responsibility table states ("2021年新增上市公司目标"): the task's
    clause, its whole sentence when that says more (a second figure asked beside the first),
    its code and lead unit. `region`: that region's tables only. `year_in_text`: years the
    question names that are no table's, so the task must print them ("2020年纳入计划的")."""
    topic = _TABLE_WORDS.sub(" ", q.topic or q.text).strip() or q.topic or q.text
    place = _PLACE_TYPED.match(topic)
    stem = place.group(0)[:2] if place else ""
    if place and not any(B.text_holds(ctx, w) or B.tasks_hold(ctx, w) for w in (place.group(0), stem)) \
            and not _place_printed(ctx, place.group(0)) \
            and not same_sound_as(place.group(0), [w for w in table("query") if len(w) == len(place.group(0))]):
        # "青屿区今年老旧小区改造多少个": a place no document prints, not even by its stem ("柳溪" of
        # 柳溪乡 is one) or by a same-sound slip of a printed name or a short form ("综报区" for
        # 综保区), so its table is not loaded
        return None
    from answers.plan_named import plan_topics  # "那条任务要求原文", "R&D占比": the task's own words

    topics = plan_topics(topic)
    # one task per table and code: two tables (two years, two regions) may both hold a "1.5"
    tasks = {f"{t.get('plan_title')}\u0000{t['code']}": t for form in topics[:2] for t in search_tasks(ctx, form, today)}
    passages = []
    # a region named in these words ("南昌2021年分工方案里…") is answered by that region's table
    # only; a region taken from elsewhere (a default, the other side of a comparison) is not
    said = q.region.mentioned
    named = region or (q.region.name if said and not q.region.default_used and said in q.text else None)
    for key, t in tasks.items():
        year = t.get("year") or plan_year(t)
        if year_in_text and not all(re.search(rf"(?<!\d){y}\s*年", t.get("text") or "") for y in year_in_text):
            continue
        if year in years and (named is None or not t.get("region") or same_region(t.get("region"), named)):
            passages.append(_TaskPassage(t.get("text", ""), "", year, year, f"plan:{t.get('plan_title')}",
                                         t.get("plan_title") or "", t.get("region"), key))
    if not passages:
        return None
    variants = [grams(t) for t in topics]
    cands = _score(passages, variants, {p.file: p.year for p in passages}, q)
    cands = set_aside_contrasted(q.text, cands, [], also=B.normalize(q.text))  # "国家级" asked, "省级" written
    # "新增上市公司占比" is not answered by "新增上市公司10家左右": a figure of the class asked
    cands = [c for c in cands if not c.numbers or q.unit_asked or not class_missing(q.text, None, " ".join(c.numbers))]
    # "高新区的规上工业产值今年要增长多少，不是全区的" (round 46d): a park or town said first is the
    # subject; the tasks printing it answer before any of the whole's
    place = _PART_FIRST.match(topic)
    if place and any(place.group(1) in c.sentence for c in cands):
        cands = [c for c in cands if place.group(1) in c.sentence]
    # a year asked that a clause prints picks that clause: "2021年纳入计划的老旧小区" is not the
    # same task's "2020年纳入计划的…" clause (within one task: the year never moves the answer to another task)
    printed = {c.hit.chunk_id for c in cands if any(re.search(rf"(?<!\d){y}\s*年", c.clause) for y in q.years.explicit)}
    cands = [c for c in cands if c.hit.chunk_id not in printed
             or any(re.search(rf"(?<!\d){y}\s*年", c.clause) for y in q.years.explicit)]
    # a year the task prints is the clause's own year ("力争2020年纳入计划的…全面完成")
    best, _ = pick(cands, years=sorted({*years, *(year_in_text or [])}), mode="target", numeric=q.numeric, min_cov=MIN_COVERAGE)
    if not best:
        return None
    task = tasks[best.hit.chunk_id]
    clause = key_clause(best, _best_grams(variants, best.clause))
    body = P.FACT_TASK.format(plan=task.get("plan_title") or "", code=task["code"], clause=clause)
    # "…目标是40万人吧": a figure offered is confirmed or corrected, as for a report's figure
    body = _premise_check(q.text, clause, _best_grams(variants, best.clause)) + body
    sentence = re.sub(r"\s+", "", trim_sentence(best.sentence, best.clause))
    if sentence and re.sub(r"[\s。，,；;]", "", sentence) != re.sub(r"[\s。，,；;]", "", clause):
        body += "\n" + P.FACT_CONTEXT.format(sentence=sentence)
    body += "\n" + P.OWNER_LEADS.format(units="、".join(task.get("lead_units") or []))
    return Answer(fit(body), "target", [], [task])


# the section of a report that lists the year's main targets ("二、2026年工作总体要求和主要目标")
_MAIN_TARGETS = re.compile(r"主要(?:预期)?目标|预期目标|主要指标")

# a park, zone or town that opens the subject ("高新区 规上工业产值", "河口镇 …")
_PART_FIRST = re.compile(r"^([\u4e00-\u9fff]{0,6}?(?:高新区|开发区|经开区|新区|园区|产业园|镇|乡|街道))(?=[\s的]|$)")

# the table named as the source, and "各/分别": words of the question, not of any task
_TABLE_WORDS = re.compile(r"(?:\d{2,4}年)?(?:省政府工作报告)?(?:重点工作)?(?:责任)?(?:分工方案|责任分工|台账|方案)(?:里|中|上)?|各自|分别|各(?=\s|$)|"
                          r"(?:十件|年度)?(?:民生实事|惠民实事|为民办实事)(?:项目)?(?:里面|里头|里|中|上)?")
# the year's list of promised works, named as where a figure stands
PROMISE_LIST = re.compile(r"民生实事|惠民实事|为民办实事")
