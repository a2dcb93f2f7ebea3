""""规上工业企业现在总共多少家" / "高企总数去年到多少家了": a stock asked, answered by the total the
review states, never by a target's count of something else.

Reports state a stock in the clause after the year's increase, with the subject left out:
"全年新增规上工业企业27家，总数达到213家"; "高新技术企业净增58家，总数达到365家". A clause-by-clause
reader finds the measure's words only in the increase, and the total clause has none; a target
such as "推动30家规上工业企业实施数字化改造" then looks closer than either. So a stock ask is read
here by structure: a clause that opens with a stock word (总数, 累计, 总量…) and holds a figure
takes its subject from the clause before it when it names none; it answers when that subject holds
the measure asked. A stock is a result: only review sections answer, the year asked (去年) or the
newest reviewed one. Anything else passes to the other answerers.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from answers import backends as B
from answers.compose import Answer, evidence_of, fit, source_dict, source_line
from core import lazy_re as re
from core.abbreviations import ABBREVIATIONS
from prompts import answers as P

# a total asked: "总共/一共/总数/累计…多少"
_STOCK_ASK = re.compile(r"总共|一共|总数|总量|总计|共计|累计|共有|现有|保有量")
_COUNT_ASK = re.compile(r"多少|(?<!哪)几")
# the words of the ask that are no part of the measure
_ASK_WORDS = re.compile(r"总共|一共|总数|总量|总计|共计|累计|共有|现有|保有量|现在|目前|眼下|截至|截止|到了?$|达到了?$|有$")
# a clause stating a stock: it opens with the stock word ("总数达到213家") or holds it after its subject
_STOCK_CLAUSE = re.compile(r"总数|总量|累计|总计|共计|保有量")
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?")
_CLAUSE = re.compile(r"[，,；;。：:]")
_SENTENCE = re.compile(r"(?<=[。！？；])")
MIN_MEASURE = 2  # characters


@dataclass(frozen=True)
class Stock:
    clause: str  # as shown: the subject clause and the total clause
    sentence: str
    hit: Any
    year: int


def _measure_forms(question: str, region: str | None) -> list[str]:
    """The measure asked, as typed and with its short forms spelt out ("高企" → "高新技术企业")."""
    from answers.covering_sentence import content_runs
    from answers.years import parse_years

    runs = content_runs(question, region, parse_years(question))
    runs = [r for r in (_ASK_WORDS.sub("", _ASK_WORDS.sub("", r)) for r in runs) if len(r) >= MIN_MEASURE]
    if len(runs) != 1:
        return []  # none, or more than one thing named: not a plain stock ask
    measure = runs[0]
    forms = [measure]
    for short, full in ABBREVIATIONS.items():
        if short in measure and full not in measure:
            forms.append(measure.replace(short, full))
    return list(dict.fromkeys(forms))


def _unit(question: str) -> str | None:
    m = re.search(r"(?:多少|(?<!哪)几)\s*(?:万|亿)?([个家所座条件项名人台套户辆艘])", question or "")
    return m.group(1) if m else None


def _reached(clause: str, forms: list[str], unit: str | None) -> bool:
    """"高新技术企业达到1248家": the measure itself reaching a figure states its total (round 59h)."""
    if not unit:
        return False  # a count of things asked ("多少家"): an amount "突破500亿元" may be a part's
    counted = rf"\s*(?:万|亿)?\s*{unit}"
    # the measure opens the clause: "溪山市高新技术企业达到…" is a place's own
    return any(re.match(r"\s*(?:全市|全县|全区|全省|全州)?(?:共有|拥有)?" + re.escape(f) + r"(?:总数|数量|总量)?(?:达到|达|突破|增至|增加到|超过)\s*\d+(?:\.\d+)?" + counted, clause)
               for f in forms)


def _stock_in(sentence: str, forms: list[str], unit: str | None) -> str | None:
    """The clause(s) of `sentence` that state the measure's total, or None."""
    clauses = [c.strip() for c in _CLAUSE.split(sentence) if c.strip()]
    for i, clause in enumerate(clauses):
        if _reached(clause, forms, unit):
            return clause
        if not _STOCK_CLAUSE.search(clause) or not _FIGURE.search(clause):
            continue
        if unit and not re.search(rf"\d\s*(?:万|亿)?\s*{unit}", clause):
            continue
        if any(f in clause for f in forms):
            return clause
        head = _STOCK_CLAUSE.search(clause)
        if head.start() <= 2 and i > 0 and any(f in clauses[i - 1] for f in forms):
            return clauses[i - 1] + "，" + clause  # the subject said in the clause before
    return None


def stock_answer(ctx: Any, question: str, *, region: str | None, today: Any) -> Answer | None:
    """The total of the measure asked, from the review of the year asked (or the newest); None
    when the question asks no stock or no review states one."""
    if not (_STOCK_ASK.search(question or "") and _COUNT_ASK.search(question or "")):
        return None
    from answers.understanding import understand
    from answers.years import parse_years, resolve_years

    q, docs = understand(ctx, question, region=region)
    name = q.region.name if (q.region.mentioned or q.region.default_used) else None
    forms = _measure_forms(question, q.region.mentioned or name)
    if not forms:
        return None
    reports = [d for d in docs if (d.kind or "report") == "report" and d.year and (not name or d.region == name)]
    ref = parse_years(question)
    years = resolve_years(ref, today_year=today.year, doc_years=[d.year for d in reports])[0] if not ref.empty else []
    unit = _unit(question)
    best: Stock | None = None
    for form in forms:
        for hit in B.search(ctx, form + " 总数", k=10, region=name, kind="report", dense=False):
            span, doc_year = B.field(hit, "span_year"), B.field(hit, "year")
            if not span or not doc_year or int(span) >= int(doc_year):
                continue  # a stock is a result: a line of the year's plan is none
            if years and int(span) not in years:
                continue
            for sentence in _SENTENCE.split(B.field(hit, "text", "") or ""):
                clause = _stock_in(sentence, forms, unit)
                if clause and (best is None or int(span) > best.year):
                    best = Stock(clause, sentence.strip(), hit, int(span))
    if best is None:
        return None
    head = P.FACT_RESULT.format(region=B.field(best.hit, "region") or "", year=best.year, clause=best.clause.rstrip("。；;"))
    body = fit(head + "\n" + P.FACT_CONTEXT.format(sentence=best.sentence) + "\n"
               + source_line(B.field(best.hit, "title"), B.field(best.hit, "section")))
    return Answer(body, "fact", sources=[source_dict(best.hit, best.sentence)],
                  evidence=[evidence_of(best.hit, best.clause, best.year, best.sentence)])
