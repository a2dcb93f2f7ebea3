"""The dense model's answer, when a question shares too few words with the documents.

"2023年江西帮企业省了多少钱" shares one word ("企业") with "为经营主体减负1630亿元"; the
lexical rules (`answers.report_facts`, `answers.answerability`) then say "not found". The
dense model (multilingual-e5-small) reads both as the same thing, but its scores cannot
decide alone: measured on benchmarks/data/plain_words_calibration.json, the chunk score of
the right chunk and of the best chunk for a question the documents do not answer lie in the
same band (0.85–0.95), with margins to the second chunk of 0.0003–0.03 either way. So the
dense model only proposes, and the rules that make a figure the answer still decide:

1. the dense model's first `CHUNKS` chunks of the scoped reports (`retrieval.dense_sentences`),
   cut into clauses; kept: clauses of the asked year and kind (target / result), with a figure
   of the measure asked (元 for 钱, 人/名 for 人数, % for a rate or 涨/降多少, the counter typed:
   "多少个老小区" wants 个), none of the question's distinctive names missing, any figure that
   qualifies the asked thing in the sentence ("投资两千万以上的项目"), no total for a new count;
2. some kept clause holds a word of the question's own (`ANCHOR_SHARE` of its word mass, outside
   figures and glue characters), and no more than `MAX_COMPETING` clauses compete: a question
   whose words are all elsewhere ("南昌外贸进出口增长多少" over a report that never speaks of
   trade) stays "not found" without the model being asked;
3. each kept clause (with the clause naming its subject when it has none) is read by the dense
   model against the question; the best one answers when it holds that word, its similarity is
   at least `SIM_FLOOR` and it leads every clause with another figure by `SIM_MARGIN`.

A wrong figure is worse than "not found": the thresholds were set on the tuning half of the
set so that no look-alike question is answered (docs/benchmarks.md, "plain words").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from answers import backends as B
from answers.evidence import (NUMBER, Candidate, Period, _PREDICATE_START, _sentence_period, clauses_of, clean,
                              same_measure, section_period, split_sentences, stock_or_flow_factor, unit_of)
from core import lazy_re as re

CHUNKS = 4
# set on the tuning half (docs/benchmarks.md, "plain words"): right clauses stood at 0.9059–0.9149
# with the rule's other checks passed; the look-alikes that passed them, at 0.8841 and below
SIM_FLOOR = 0.90
# the next clause with another figure: right answers led by 0.0238 and more (or stood alone);
# a wrong clause ("亿元以上工业项目442个" for "投资两千万以上的项目") by 0.0185
SIM_MARGIN = 0.02
# more clauses of the asked measure than this in the chunks proposed: too many figures compete
# for the model to single one out (the economy's summary sentence: ten rates), and reading
# each costs ~15–70 ms on two cores
MAX_COMPETING = 6
# the share of the question's word mass the clause holds: right answers 0.14–1.0
ANCHOR_SHARE = 0.12
# characters that glue words ("率达" in "出生率达到" / "城镇化率达46%"): no bigram holding one
# anchors a clause to the question
_GLUE = set("达到为是了的在和与及把让想要打算计划多少几")



@dataclass
class DenseCandidate(Candidate):
    """A clause the dense model chose: its answer says the words differ (`NOTE_DENSE_MATCH`)."""

    dense: bool = True


@dataclass
class Clause:
    text: str  # what the dense model reads: the clause, with its subject clause when it lacks one
    clause: str
    sentence: str
    hit: Any
    period: Period
    numbers: list[str]
    sim: float = 0.0
    share: float = 0.0


# "…的增长目标，并说明…要求", "同时报…": a second ask joined to the first
_JOINED_ASK = re.compile(r"[，,；;]\s*(?:并|同时|另|另外|以及)\s*(?:请)?(?:说明|提供|报送?|列出|注明|核实|告知|给出|回复)")


def several_asks(question: str) -> bool:
    """Two items asked in one message ("A的增长目标，并说明B占比要求"): the several-asks reader
    answers each; one clause chosen by meaning would answer one and lose the other. The question
    reaches the dense step without its "请": a request is read with it put back."""
    from answers.clause_roles import request_asked
    from answers.multipart import separate_asks

    request = request_asked(question) or request_asked("请" + question) or question
    return len(separate_asks(request)) > 1 or bool(_JOINED_ASK.search(question))


def measures_asked(question: str, asked_measures: tuple[str, ...], unit_asked: str | None) -> tuple[tuple[str, ...], str | None]:
    """The measure a figure must carry: the counter typed ("多少个"), else the class the
    question asks (`answerability.asked_class`: the word that asks it, a rate for "涨多少")."""
    from answers.answerability import asked_class

    if unit_asked:
        return asked_measures, unit_asked
    return asked_measures or asked_class(question), None


def clauses(hits: list[Any], *, doc_years: dict, years: list[int], mode: str | None, named_reports: set[int],
            measures: tuple[str, ...], unit_asked: str | None) -> list[Clause]:
    out: list[Clause] = []
    for hit in hits:
        file = B.field(hit, "file")
        doc_year = doc_years.get(file, B.field(hit, "year"))
        base = section_period(B.field(hit, "section") or "", doc_year, B.field(hit, "span_year"), B.field(hit, "title") or "")
        for sentence in split_sentences(clean(B.field(hit, "text") or "")):
            period = _sentence_period(sentence, base, doc_year)
            if years and period.year not in years and doc_year not in named_reports:
                continue
            if mode and period.mode not in (mode, None):
                continue
            parts = clauses_of(sentence)
            for i, clause in enumerate(parts):
                nums = [m.group(0) for m in NUMBER.finditer(clause)]
                if measures:
                    nums = [n for n in nums if any(u in unit_of(n) for u in measures)]
                if unit_asked:
                    nums = [n for n in nums if same_measure(unit_asked, unit_of(n))]
                if not nums:
                    continue
                first = i
                while first > 0 and _PREDICATE_START.match(parts[first]):
                    first -= 1
                out.append(Clause("，".join(parts[first:i + 1]), clause, sentence, hit, period, nums))
    return out


# what the last call saw, for benchmarks/bench_plain_words.py --diag (diagnostics only; with
# several threads asking it holds whichever call came last)
LAST_TRACE: list[dict] = []


# a standard indicator asked by its Latin name is only ever printed under one of its names:
# "溪南区去年GDP总量" is never the meaning of "溪南区…集聚区产值突破200亿元" (round 47c)
_EXTRA_NAMES = {"GDP": ("生产总值", "经济总量")}
_RATIO = re.compile(r"占|比重|强度")


def indicator_names(question: str) -> list[frozenset[str]]:
    """For each standard indicator the question names by its abbreviation (the one synonym
    table's Latin entries: GDP, CPI, PPI…), the names a sentence stating it prints; none for
    a ratio over it ("研发经费占GDP比重" is printed as 研发经费投入强度)."""
    from core.synonyms import table

    if _RATIO.search(question):
        return []
    low = question.lower()
    return [frozenset({short, short.lower(), full, *_EXTRA_NAMES.get(short, ())})
            for short, full in table("query").items()
            if re.fullmatch(r"[A-Za-z&]+", short) and re.search(rf"(?<![a-z]){re.escape(short.lower())}(?![a-z])", low)]


def anchor_of(asked: Any, text: str) -> tuple[float, float]:
    """The rarity mass of the question's own words that `text` holds outside its figures
    ("290万亩" holds "万亩" of "多少万亩", which says nothing of the subject), and its share of
    the question's whole mass."""
    low = NUMBER.sub(" ", text.lower())
    words = {g for g in set(asked.grams) if not (set(g) & _GLUE)}
    total = sum(asked.weights.get(g, 0.0) for g in words)
    held = sum(asked.weights.get(g, 0.0) for g in words if g in low)
    return held, (held / total if total else 0.0)


def dense_answer(ctx: Any, question: str, normalized: str, *, query: str, regions: list[str | None], files: set[str],
                 doc_years: dict, years: list[int], mode: str | None, unit_asked: str | None,
                 must_hold: list[frozenset[str]] = (), named_reports: set[int] = frozenset()) -> Candidate | None:
    """The clause the dense model reads as the answer (module doc), or None."""
    from answers.answerability import read_asked, unheld_word
    from answers.contrasts import clause_contrasted
    from answers.thresholds import threshold_missing
    from retrieval.dense_sentences import dense_hits, similarities

    trace = LAST_TRACE
    trace.clear()
    if several_asks(question):
        # several asks in one message: each is asked on its own later, never one clause for all
        trace.append({"several_asks": True})
        return None
    asked = read_asked(ctx, question, normalized)
    unheld = unheld_word(asked.text, B.chars_held(ctx))
    if unheld:  # a word no document prints ("郊野公园"): the thing asked is not there
        trace.append({"unheld": unheld})
        return None

    measures, unit = measures_asked(question, asked.measures, unit_asked)
    hits: list[Any] = []
    for r in regions or [None]:
        hits += [h for h in B.degrade("dense_hits", lambda: dense_hits(ctx, query, k=CHUNKS, region=r), [])
                 if B.field(h, "file") in files]
    found = clauses(hits, doc_years=doc_years, years=years, mode=mode, named_reports=named_reports,
                    measures=measures, unit_asked=unit)
    named = indicator_names(question)
    found = [c for c in found if all(any(f in c.sentence for f in forms) for forms in [*asked.vetoes, *must_hold, *named])]
    # "投资两千万以上的项目": a figure that qualifies the asked thing must stand in the sentence
    found = [c for c in found if not threshold_missing(question, c.sentence, every=True)]
    # "常住人口" is not answered by "受益人口16.2万人", "国家级" not by "省级": another measure
    aside = [c for c in found if clause_contrasted(question, c.clause, c.sentence, also=normalized)]
    found = [c for c in found if c not in aside]
    # "新建5G基站多少个" is not answered by "累计开通5G基站6万多个": a total for a new count
    found = [c for c in found if stock_or_flow_factor(asked.grams, c.clause) >= 1.0]
    # a word of the question's own must stand in the clause (or the clause naming its subject)
    for c in found:
        c.share = anchor_of(asked, c.text)[1]
    trace.append({"hits": len(hits), "clauses": len(found),
                  "anchored": [(c.text[:40], round(c.share, 2)) for c in found if c.share >= ANCHOR_SHARE]})
    if not any(c.share >= ANCHOR_SHARE for c in found) or len(found) > MAX_COMPETING:
        return None
    # the dense model reads which clause is asked: it must lead every clause with another figure,
    # and the look-alikes set aside above ("独角兽瞪羚企业21家" for "科技型小微企业"): those only
    # may not win; taken out of the race, the next look-alike would win by default
    own = {c.clause for c in found}
    race = found + list({c.clause: c for c in aside if c.clause not in own}.values())
    sims = B.degrade("dense similarities", lambda: similarities(ctx, query, [c.text for c in race]), [])
    if len(sims) != len(race):
        return None
    for c, sim in zip(race, sims):
        c.sim = sim
    found.sort(key=lambda c: -c.sim)
    best = found[0]
    rival = max((c for c in [*found[1:], *race[len(found):]] if set(c.numbers) != set(best.numbers)),
                key=lambda c: c.sim, default=None)
    margin = best.sim - rival.sim if rival else 1.0
    trace[-1].update({"best": best.text[:40], "sim": round(best.sim, 4), "margin": round(margin, 4),
                      "share": round(best.share, 2)})
    if best.share < ANCHOR_SHARE or best.sim < SIM_FLOOR or margin < SIM_MARGIN:
        return None
    return DenseCandidate(best.clause, best.sentence, best.hit, best.sim, 1.0, best.period, best.numbers)
