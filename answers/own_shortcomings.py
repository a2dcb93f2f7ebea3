""""24年省报告里讲存在哪些困难和问题" / "南昌报告自己说的短板不足有哪些": the report's own
paragraph on what still falls short, quoted with its source.

A 政府工作报告 ends its review of the past year with one paragraph that admits problems:
"我们也清醒看到/认识到…存在一些困难和问题，主要是：…；…；…等等。对此，我们将…". It is found by
structure, not by the question's words: in the review part of the report asked
(`retrieval.review_part`, which marks that paragraph by its opening words), from the sentence that
opens it to the last item before the closing promise ("对此，我们将…"). Searching the question's
words instead finds any sentence with 困难 or 问题 in it (a task "解决新市民住房困难问题").

The ask is read by its words (`core.shortcoming_words_data`): once the region and years are set
aside, only the paragraph's nouns and the framing around them may be left; anything else names a
topic and the question is read as written. The report is the one the question names ("22年省
报告"); a year that names no report is the year reviewed, read in the next year's report; no year,
the region's newest report.
"""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, Evidence, fit, source_line
from answers.report_asked import report_asked
from core import lazy_re as re
from core.shortcoming_words_data import FRAME_WORDS, REPORT_WORDS, STRONG_NOUNS, WEAK_NOUNS
from prompts import answers as P

MAX_PARAGRAPH = 700  # characters shown of the paragraph
# the sentence that closes the paragraph: a promise, not one more problem
_CLOSING = re.compile(r"^(?:对此|针对这些|面对这些|我们(?:将|要|一定|必须|决心)|决不|绝不)")

# "我们必须清醒看到…": the opening said in the voice of a promise is still the opening
_CLEAR_SIGHTED = re.compile(r"清醒")

_NOUNS = None
_REST = None


def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    global _NOUNS, _REST
    if _NOUNS is None:
        nouns = sorted(STRONG_NOUNS + WEAK_NOUNS, key=len, reverse=True)
        _NOUNS = re.compile("|".join(nouns))
        _REST = re.compile("|".join(f"(?:{w})" for w in REPORT_WORDS + FRAME_WORDS))
    return _NOUNS, _REST, re.compile("|".join(f"(?:{w})" for w in REPORT_WORDS))


def shortcomings_asked(question: str, region_said: str | None, year_spans: list[tuple[int, int]]) -> bool:
    """Whether the question asks for the report's own difficulties and nothing else: with the
    region as written (`region_said`) and the years (`year_spans`) set aside, only the
    paragraph's nouns and framing are left, and a strong noun (困难, 短板…) is among them or the
    report is named ("报告里提的问题")."""
    text = question or ""
    for a, b in sorted(year_spans, reverse=True):
        text = text[:a] + " " + text[b:]
    if region_said:
        text = text.replace(region_said, " ")
    nouns, rest, report = _patterns()
    found = nouns.findall(text)
    if not found:
        return False
    if not (set(found) & set(STRONG_NOUNS) or report.search(text)):
        return False
    return not rest.sub("", nouns.sub("", text))


def paragraph(ctx: Any, report: Any) -> list[Any]:
    """The sentences of `report`'s paragraph on its difficulties, opening words to last item."""
    from retrieval.review_part import opens_shortcomings, review_part

    if not report.year:
        return []
    flagged = [s for s in review_part(ctx.db, report, report.year - 1).sentences if s.shortcoming]
    start = next((i for i, s in enumerate(flagged) if opens_shortcomings(s.text)), None)
    if start is None:
        return []
    out = []
    for s in flagged[start:]:
        if out and (s.section != out[0].section or (_CLOSING.match(s.text) and not _CLEAR_SIGHTED.search(s.text))):
            break
        out.append(s)
    return out


def shortcomings_answer(ctx: Any, question: str, *, region: str | None, today: Any) -> Answer | None:
    """The paragraph of the report asked, quoted; None when the question asks something else."""
    nouns, _rest, _report_words = _patterns()
    if not nouns.search(question or ""):
        return None  # (read cheaply first: most questions name none of these nouns)
    from answers.understanding import understand
    from answers.years import parse_years

    q, docs = understand(ctx, question, region=region)
    if not shortcomings_asked(question, q.region.mentioned, parse_years(question).spans):
        return None
    asked = report_asked(ctx, question, q, docs, today.year)
    if asked.report is None:
        return asked.refusal
    report = asked.report
    sentences = paragraph(ctx, report)
    if not sentences:
        return Answer(P.SHORTCOMINGS_NONE.format(title=report.title), "none")
    text = fit("".join(s.text for s in sentences), MAX_PARAGRAPH)
    section = sentences[0].section
    body = P.SHORTCOMINGS_HEAD.format(title=report.title) + "\n" + text + "\n" + source_line(report.title, section)
    source = {"file": report.file, "title": report.title, "region": report.region or "", "year": report.year,
              "section": section, "text": text}
    evidence = Evidence(text, report.region, report.year - 1 if report.year else None, text, report.title, section)
    return Answer(body, "fact", sources=[source], evidence=[evidence])
