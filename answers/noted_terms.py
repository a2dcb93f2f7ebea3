""""一网通办率95.84% 这个率是什么口径算的": a term the report marks with a note number, asked how
it is measured, answered by the note.

Reports print a small number right after a term ("网上可办率、一网通办率3分别提升至…") and explain
it in the numbered notes at the end ("3.一网进：…。一网通办率：指全市政务服务总办件数中…的占比。").
The note is keyed by its number, not by its heading: entry 3 is headed 一网进 and defines
一网通办率 among others. A question asking how a figure is counted (口径, 怎么算, 计算方法) rarely
reads as a definition ask, and its term is wrapped in a figure and "这个率"; so this step reads the
marks instead: a number in the report's text that is the number of one of its notes, right after
words the question also says and the note also holds (a figure such as "年营收3亿元" is no mark:
note 3 says nothing of 营收). A mark that repeats the note's heading is read off at ingest
(`retrieval.clean.strip_note_refs`), so a note whose heading the question names answers too.
The answer is the note's own definition of the term when the note defines several
("一网通办率：指…"), else the whole note, with its source.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from answers import backends as B
from answers.compose import Answer, Evidence, fit, source_line
from core import lazy_re as re
from prompts import answers as P

# how a figure is counted or a term bounded, asked ("什么口径算的", "怎么计算", "按什么算")
_MEASURED_ASK = re.compile(
    r"口径|(?:怎么|如何|咋|怎样|按什么|用什么)(?:计算|统计|核算|算|定义|界定)|计算(?:方法|公式|办法)|统计(?:方法|范围)|算法")
# a note mark: one or two digits not part of a figure (no decimal point, no digit around)
_MARK = re.compile(r"(?<![\d.])(\d{1,2})(?![\d.%])")
# the words a mark follows: a run of CJK, Latin, quotes and plus signs, back to punctuation
# (a 、-list before one mark shares the note: "网上可办率、一网通办率3")
_TERM_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z“”\"「」+、]{2,40}$")
_QUOTES = re.compile(r"[“”\"「」‘’'《》\s]")
# a part of a term asked after it ("…里面的10", "…中的“8”")
_PART_ASKED = re.compile(r"^[^，,。？?]{0,4}?(?:里面|里头|里|中|其中)的?")
MIN_TERM = 3  # characters of a term the question, the text and the note must share
MIN_HEADED = 2  # fewer, when the term is the note's own heading ("四首")
MAX_NOTE = 400


@dataclass(frozen=True)
class Noted:
    term: str  # as the question and the note both say it
    number: int
    note: str  # the entry's text
    section: str
    report: Any


def _plain(text: str) -> str:
    return _QUOTES.sub("", text or "")


def _notes(ctx: Any, report: Any) -> dict[int, tuple[str, str]]:
    from retrieval.chunk import GLOSSARY
    from retrieval.glossary_marks import entry_number
    from store.review import report_chunks

    out: dict[int, tuple[str, str]] = {}
    for chunk in report_chunks(ctx.db, report.id):
        if chunk.section.startswith(GLOSSARY) and (n := entry_number(chunk.text)) is not None:
            out.setdefault(n, (chunk.text.strip(), chunk.section))
    return out


def _shared_suffix(words: str, question: str, note: str) -> str:
    """The longest end of an item of `words` that the question and the note both hold ("" when
    shorter than MIN_TERM, or than MIN_HEADED for the note's own heading)."""
    heading = _heading(note)
    best = ""
    for item in _plain(words).split("、"):
        for start in range(0, len(item) - MIN_HEADED + 1):
            tail = item[start:]
            if len(tail) < MIN_TERM and tail != heading:
                continue
            if tail in question and tail in _plain(note):
                best = tail if len(tail) > len(best) else best
                break
    return best


def noted_term(ctx: Any, question: str, reports: list[Any]) -> Noted | None:
    """The marked term the question names, with its note, in the first report that has one."""
    asked = _plain(question)
    best: Noted | None = None
    for report in reports:
        notes = _notes(ctx, report)
        if not notes:
            continue
        from retrieval.chunk import GLOSSARY
        from store.review import report_chunks

        for chunk in report_chunks(ctx.db, report.id):
            if chunk.section.startswith(GLOSSARY):
                continue
            for m in _MARK.finditer(chunk.text):
                n = int(m.group(1))
                if n not in notes:
                    continue
                words = _TERM_BEFORE.search(chunk.text[: m.start()])
                if not words:
                    continue
                note, section = notes[n]
                term = _shared_suffix(words.group(0), asked, note)
                if term and (best is None or len(term) > len(best.term)):
                    best = Noted(term, n, note, section, report)
        if best is None:
            best = _headed(question, asked, notes, report)
        if best is not None:
            return best
    return best


def _heading(note: str) -> str:
    from retrieval.glossary_marks import entry_rest

    return _plain(re.split(r"[：:]", entry_rest(note) or note, maxsplit=1)[0])


def _headed(question: str, asked: str, notes: dict[int, tuple[str, str]], report: Any) -> Noted | None:
    """A note whose own heading the question names: its mark was read off at ingest
    (`retrieval.clean.strip_note_refs` drops a mark that repeats the heading, "“四首”17经济")."""
    best: Noted | None = None
    for n, (note, section) in notes.items():
        for item in _heading(note).split("、"):
            if len(item) >= MIN_HEADED and item in asked and _PART_ASKED.search(asked.split(item, 1)[1]):
                continue  # "8810行动计划里面的10是指什么": a part of the entry (answers.glossary_parts)
            if len(item) >= MIN_HEADED and item in asked and (best is None or len(item) > len(best.term)):
                best = Noted(item, n, note, section, report)
    return best


def _definition(noted: Noted) -> str:
    """The note's own words for the term: its "term：…" sentence when the note defines several
    after its heading ("3.一网进：…。一网通办率：指…"), else the whole note."""
    from retrieval.glossary_marks import entry_rest

    body = entry_rest(noted.note) or noted.note
    for sentence in re.split(r"(?<=[。；])", body)[1:]:  # the first is the entry's own heading
        head = re.match(r"\s*([^：:。]{1,30})[：:]", sentence)
        if head and _plain(head.group(1)).endswith(noted.term):
            return sentence[head.end():].strip()
    heading = re.match(r"\s*[^：:。]{1,60}[：:]", body)  # the whole note, without its heading
    return body[heading.end():].strip() if heading else body.strip()


def noted_term_answer(ctx: Any, question: str, *, region: str | None) -> Answer | None:
    """The note of the marked term a "how is it counted" ask names; None when it asks no such
    thing or no marked term of the reports in scope is named."""
    if not _MEASURED_ASK.search(question or ""):
        return None
    from answers.understanding import understand
    from store.review import report_for

    q, docs = understand(ctx, question, region=region)
    name = q.region.name if (q.region.mentioned or q.region.default_used) else None
    scope = [d for d in docs if (d.kind or "report") == "report" and d.year and (not name or d.region == name)]
    scope.sort(key=lambda d: -(d.year or 0))
    reports = [r for d in scope if (r := report_for(ctx.db, d.region, d.year)) is not None]
    noted = noted_term(ctx, question, reports)
    if noted is None:
        return None
    report = noted.report
    text = fit(_definition(noted), MAX_NOTE)
    body = P.NOTED_TERM.format(term=noted.term, n=noted.number, definition=text) + "\n" + source_line(
        report.title, noted.section)
    source = {"file": report.file, "title": report.title, "region": report.region or "", "year": report.year,
              "section": noted.section, "text": text}
    evidence = Evidence(text, report.region, report.year, text, report.title, noted.section)
    return Answer(body, "fact", sources=[source], evidence=[evidence])
