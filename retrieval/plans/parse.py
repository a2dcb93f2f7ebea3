"""`parse_plan`: which shape a plan is in, then that shape's reader, then the shared last stage.

Shapes, detected by structure whatever the file type:
- "table": rows of cells with a header naming the columns (DOCX/XLSX/CSV tables, the tab
  lines of PDF text);
- "pipes": the same rows in a table pasted as text with bars between cells
  (`retrieval.plans.pipes`), read by the table's reader;
- "columns": column-aligned text, cells separated by spaces (`retrieval.plans.layout`);
- "cells": text printed one cell a line, as `pdftotext` without -layout extracts a PDF
  table (`retrieval.plans.cells_per_line`), tried before column-aligned text;
- "paragraphs": numbered paragraphs each ending with an owner bracket
  (`retrieval.plans.paragraphs`);
- "fields": numbered blocks whose owners are labelled lines ("牵头单位：…", `retrieval.plans.fields`),
  tried after real tables and before column-aligned text (whose header test a line of several
  labelled fields could pass).
A PDF is read from the tables its ruling lines draw (`retrieval.pdf_tables`), then from its
plain text and, when those fail or read poorly, again from its text with the layout kept; the
better reading wins (`retrieval.plans.readings`).
Every problem is collected. A plan whose header, columns or tasks cannot be found, or where
more than one row in five is unreadable, is refused whole (`PlanTableError`, naming the shape
the rows were read as): its reading is probably wrong. So is a plan rebuilt from a PDF's text
lines with any bad line. Otherwise the rows that read are loaded and each row left out is a
warning the ingest summary and `ducha plans` print (`partial`): one stray title row must not
cost fifty tasks, and the user sees which row to check.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from core import lazy_re as re

from core.plan_records import PlanTable
from prompts import registry as msg
from retrieval.meta import DONE_TITLE, PROGRESS_TITLE, RESULTS_TABLE_TITLE
from retrieval.plans.overseers import assign_overseers
from retrieval.plans.cells import clean_cell
from retrieval.plans.cells_per_line import looks_like_cells_plan, read_cells
from retrieval.plans.counts import count_warnings, cover_text, declared_total
from retrieval.plans.drafts import Draft, distinct_sections, finish
from retrieval.plans.errors import PlanTableError
from retrieval.plans.fields import looks_like_fields_plan, read_fields, read_fields_meta
from retrieval.plans.header import REQUIRED_COLUMNS, header_columns, merge_headers, names_lead_column
from retrieval.plans.layout import read_columns
from retrieval.plans.lead_rule import read_lead_rule, rule_state
from retrieval.plans.meta import TITLE_RE, plan_level, read_plan_meta
from retrieval.plans.numbering import CODE_RE, LETTER_CODE_RE, MARK_TASK_RE, TASK_RE
from retrieval.plans.paragraphs import looks_like_paragraph_plan, read_paragraphs
from retrieval.plans.pipes import number_by_position
from retrieval.plans.readings import grid_reading, layout_reading, score
from retrieval.plans.rows import candidate_rows, collapse_merged, row_parts
from retrieval.plans.spaced import join_spaced_labels
from retrieval.plans.table import read_rows


# a page's footer on a line of its own ("— 3 —", "第3页 共9页"): a PDF prints it wherever a page
# ends, even inside an owner bracket ("（责任单" / "— 1 —" / "位：县乡村振兴服务中心）")
_FOOTER_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:[-—–]+[ \t]*\d{1,4}[ \t]*[-—–]+|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[，,/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?)[ \t\u3000]*\n")


def _text(loaded: Any) -> str:
    """The text every text shape is read from: page footers dropped, letter-spaced labels
    ("牵 头 单 位：") plain."""
    return join_spaced_labels(_FOOTER_LINE.sub("\f", getattr(loaded, "text", "") or ""))  # the page break kept


def _rows_hold_tasks(rows: list[list[str]]) -> bool:
    """A header naming tasks and lead units, followed by a numbered task."""
    columns = None
    after_header = False
    for row in rows:
        found = header_columns(row)
        if found:
            columns = merge_headers(columns, found) if after_header and columns else found
            after_header = True
            continue
        after_header = False
        if columns and "text" in columns:
            parts = row_parts(collapse_merged(row), columns)
            if parts.text and (TASK_RE.match(parts.label) or CODE_RE.match(parts.code) or LETTER_CODE_RE.match(parts.code)):
                return True
            if "detail" in columns and parts.text and MARK_TASK_RE.match(parts.code):
                return True  # 序号 | 重点任务 (a heading merged down) | 具体举措: each measure numbered (round 63a)
    return False


# a document that reports what was done, by its title (retrieval.meta.DONE_TITLE), and by its items: a "完成情况：" line for each
_DONE_FIELD = re.compile(r"(?m)^\s*(?:完成|进展|落实)情况\s*[:：]")
MIN_DONE_FIELDS = 2


_DONE_NOTICE = re.compile(r"关于[^，。]{2,50}?(?:完成|落实)情况的(?:报告|通报)")


# a title line of its own: "2025年上半年重点工作进展情况通报" (no 关于, a progress notice's table has
# 牵头单位 and numbered tasks); a plan's notice only says progress is reported, in a sentence
_DONE_TITLE_LINE = re.compile(r"^[^，。；：:]{0,50}?(?:完成|落实|进展|推进)情况的?(?:报告|通报)$|" + RESULTS_TABLE_TITLE)


def titled_as_done(text: str) -> bool:
    """A title line of its own among the first lines says the document reports what was done."""
    return any(_DONE_TITLE_LINE.match(line) for line in _head_lines(text))


def _head_lines(text: str) -> list[str]:
    lines = [re.sub(r"\s+", "", line) for line in text[:600].split("\n")]
    return [line for line in lines if line][:8]


_PROGRESS_TITLE_LINE = re.compile(PROGRESS_TITLE)


# (a ledger's "完成状态" column, 已完成 / 序时推进 / 进度滞后, reports as its 进展 column does: round 68b)
_REPORTING = re.compile(r"进展|完成情况|进度情况|落实情况|完成状态|是否完成|完成进度")


def reports_progress(loaded: Any) -> bool:
    """A progress table or notice by its own title ("…前三季度重点工作进展情况", "…进展台账",
    "…督查通报"), whose table, if any, has no deadline and no leader column: the tasks it lists
    are another document's, reported on (rounds 59a, 59f). A plan titled "…推进情况表" for the
    units to fill in keeps its 完成时限 or 责任领导 column and stays a plan."""
    titled = any(_PROGRESS_TITLE_LINE.match(line) for line in _head_lines(_text(loaded)))
    _, rows = candidate_rows(loaded)
    at = next((i for i, r in enumerate(rows[:20]) if header_columns(r)), None)
    header = header_columns(rows[at]) if at is not None else None
    if not titled:
        # an export with no title (序号 | 任务 | 牵头单位 | 进展情况 | 是否按时序推进, round 70b): no
        # deadline, no leader, and its reporting column filled in on most rows: it reports
        return header is not None and not ({"due", "leaders"} & set(header)) and _reports_filled(rows, at)
    if header is None or not ({"due", "leaders"} & set(header)):
        return True
    if "lead" not in header and any(_REPORTING.search(c or "") for c in rows[at]):
        # a ledger grouped by lead unit ("一、市发展改革委（3项）" rows, round 64c) keeps the plan's
        # leader and deadline but names no unit in a column: no plan, it reports
        return True
    # a ledger of months ("…月度推进台账": 1—6月进展 | 7月进展 | … | 完成情况, round 63f) keeps the plan's
    # 完成时限 beside what was done: two reporting columns or more say it reports, it plans nothing
    return sum(bool(_REPORTING.search(c or "")) for c in rows[at]) >= 2


def _reports_filled(rows: list, at: int) -> bool:
    """Whether the header row `at` names a reporting column whose cells say something on most rows
    below it (a plan's empty 进展 column for the units to fill in says nothing)."""
    cols = [i for i, c in enumerate(rows[at]) if _REPORTING.search(str(c or ""))]
    body = [r for r in rows[at + 1:at + 61] if sum(1 for c in r if str(c or "").strip()) >= 2]
    if not cols or len(body) < 3:
        return False
    filled = sum(1 for r in body if any(i < len(r) and len(str(r[i] or "").strip()) >= 8 for i in cols))
    return filled >= 0.6 * len(body)


def _reports_what_was_done(text: str) -> bool:
    head = re.sub(r"\s+", "", text[:400])
    return bool(DONE_TITLE.search(head)) and len(_DONE_FIELD.findall(text)) >= MIN_DONE_FIELDS


def detect_shape(loaded: Any) -> str | None:
    """"table", "pipes", "fields", "cells", "columns" or "paragraphs" when `loaded` is a responsibility plan, else None."""
    shape, rows = candidate_rows(loaded)
    text = _text(loaded)
    if _DONE_NOTICE.search(re.sub(r"\s+", "", text[:400])) or titled_as_done(text) or reports_progress(loaded):
        # "关于2024年…完成情况的通报" (round 53b: its items in two tables of 目标 and 完成情况): a
        # report of a year's results, whatever its layout; no plan is titled so
        return None
    if shape in ("table", "pipes") and rows and _rows_hold_tasks(rows):
        return shape
    if _reports_what_was_done(text):
        # "关于2024年十件民生实事完成情况的报告" (round 52a): each item with its 目标, 完成情况 and
        # 责任单位 lines reads like a plan's fields, yet it reviews a year: a report, searched as one
        return None
    if looks_like_fields_plan(text):
        return "fields"
    if shape == "columns" and looks_like_cells_plan(text):
        return "cells"
    if shape == "columns" and rows and _rows_hold_tasks(rows):
        return shape
    if looks_like_paragraph_plan(text):
        return "paragraphs"
    return None


def looks_like_plan(loaded: Any) -> bool:
    """A plan by its plain text, or (a PDF) by its drawn tables or its layout text."""
    if detect_shape(loaded) is not None:
        return True
    return any(r is not None and detect_shape(r) is not None for r in (grid_reading(loaded), layout_reading(loaded)))


def parse_plan(loaded: Any, *, known_units: Iterable[str] = ()) -> PlanTable:
    """Read the responsibility plan in `loaded` (`.text`, `.tables`). Raises PlanTableError
    listing every bad row, or naming the missing header when there is no plan at all.

    A PDF is read first from the tables its ruling lines draw (the borders say where each cell
    is), then from its plain text, then from its layout text; the first reading with no count
    warning and no suspect cell wins, else the best by `score` (a tie keeps the earlier one)."""
    known = list(known_units)
    best: PlanTable | None = None
    errors: list[PlanTableError] = []
    for reading in _readings(loaded):
        table, error = _attempt(reading, known)
        if error is not None:
            errors.append(error)
        if table is not None and score(table) == (0, 0):
            return table
        if table is not None and (best is None or score(table) < score(best)):
            best = table
    if best is not None:
        return best
    if errors:
        raise min(errors, key=lambda e: len(e.problems))  # the refusal naming fewest problems
    return _read(loaded, known)  # no shape at all: raises the refusal naming the missing header


def _readings(loaded: Any) -> Iterator[Any]:
    """The file's readings in the order they are tried, each made only when it is needed."""
    grid = grid_reading(loaded)
    if grid is not None:
        yield grid
    yield loaded
    laid = layout_reading(loaded)
    if laid is not None:
        yield laid


def _attempt(loaded: Any, known: list[str]) -> tuple[PlanTable | None, PlanTableError | None]:
    """One reading of a file detected as a plan: its table, or the refusal it raised."""
    if detect_shape(loaded) is None:
        return None, None
    try:
        return _read(loaded, known), None
    except PlanTableError as exc:
        return None, exc


def _read(loaded: Any, known_units: Iterable[str]) -> PlanTable:
    """One text's reading, in the shape detected from it."""
    known = set(known_units)
    text = _text(loaded)
    shape = detect_shape(loaded)
    rows: list[list[str]] = []
    if shape == "paragraphs":
        para = read_paragraphs(text, known)
        sections, drafts, problems = para.sections, para.drafts, para.problems
    elif shape == "fields":
        labelled = read_fields(text, known)
        if looks_like_paragraph_plan(text):
            # owners in several forms in one plan (round 59g): a bracket after some tasks, a next
            # line of labels after others; the paragraph reading takes both, so the reading
            # with fewer rows left out is kept
            para = read_paragraphs(text, known)
            if _unowned(para) < _unowned(labelled):
                shape, labelled = "paragraphs", para  # type: ignore[assignment]
        sections, drafts, problems = labelled.sections, labelled.drafts, labelled.problems
    elif shape == "cells":
        one_a_line = read_cells(text)
        sections, drafts, problems = one_a_line.sections, one_a_line.drafts, one_a_line.problems
    elif shape == "table" and (prose := _prose(loaded, text)):
        # a notice whose tasks are paragraphs with owner brackets, then an annex table (八件民生实事)
        shape, rows = "paragraphs", candidate_rows(loaded)[1]
        sections, drafts, problems = _with_annex(read_paragraphs(prose, known), rows, text)
    else:
        shape, rows = candidate_rows(loaded)
        lines: list[int] = []
        found: list[str] = []
        if shape == "columns":
            columns = read_columns(getattr(loaded, "text", "") or "")
            rows, lines, found = columns.rows, columns.lines, columns.problems
        reading = read_rows(rows, lines)
        if reading.columns is None:
            raise PlanTableError([msg.NO_HEADER], shape)
        sections, drafts, problems = reading.sections, reading.drafts, found + reading.problems
        missing = [role for role in REQUIRED_COLUMNS if role not in reading.columns]
        if missing:
            raise PlanTableError([msg.MISSING_COLUMNS.format(columns="、".join(msg.COLUMN_NAMES[m] for m in missing))] + problems, shape)
    if not drafts:
        raise PlanTableError(problems or [msg.NO_TASKS], shape)
    sections, renumbered = distinct_sections(sections, drafts)
    number_by_position(drafts)  # every shape codes a task by its place in its section
    rule = read_lead_rule(text + "\n" + "\n".join("\t".join(clean_cell(c) for c in r) for r in rows))
    out, more = finish(drafts, known, rule)
    assign_overseers(out, text)  # "副省长X督办第二件…": leaders named in the prose, not in a column
    problems += more
    if problems and not partial(shape, len(out), len(problems)):
        raise PlanTableError(problems, shape)

    table = PlanTable(title=None, region=None, year=None, issued=None, sections=sections, rows=out, shape=shape)
    # Every shape is checked here, the same way: its sections' "（8项）" and its cover's total.
    cover = ("" if getattr(loaded, "source", None) == "csv" else cover_text(text)) + (_above_header(rows) if shape == "table" else "")
    table.warnings = [msg.ROW_LEFT_OUT.format(problem=p) for p in problems] + renumbered + count_warnings(table, declared_total(cover))
    if shape in ("table", "pipes", "columns"):
        named = any(names_lead_column(r) for r in rows if header_columns(r))
        table.lead_rule = rule_state(rule, [d.cells for d in drafts], [r.lead_units for r in out], named)
    if shape == "table" and (not text.strip() or not any(TITLE_RE.match(ln.strip()) for ln in text.splitlines()[:200])):
        text = _above_header(rows) + "\n" + text  # a spreadsheet: its title is in the rows above the header
    table.title, table.region, table.year, table.issued = read_fields_meta(text) if shape in ("fields", "pipes") else read_plan_meta(text)
    table.level = plan_level(out)
    return table


def _prose(loaded: Any, text: str) -> str:
    """The text outside a document's tables when it is itself a paragraph plan, else ""."""
    if not getattr(loaded, "tables", None):
        return ""
    prose = "\n".join(line for line in text.splitlines() if "\t" not in line)
    return prose if looks_like_paragraph_plan(prose) else ""


def _with_annex(para: Any, rows: list[list[str]], text: str) -> tuple[list, list, list[str]]:
    """Paragraph tasks, then the annex table's rows as the next sections (numbered on, the
    table without section rows titled by the line printed above it, "2025年县政府八件民生实事责任分工表")."""
    sections, drafts, problems = para.sections, para.drafts, list(para.problems)
    reading = read_rows(rows)
    if reading.columns is None or any(role not in reading.columns for role in REQUIRED_COLUMNS) or not reading.drafts:
        return sections, drafts, problems
    last = max((s.number for s in sections), default=0)
    title = _annex_title(text)
    for offset, section in enumerate(reading.sections, start=1):
        if section.number == 1 and len(reading.sections) == 1 and reading.implicit is section and title:
            section.title = title
        section.number = last + offset
    return sections + reading.sections, drafts + reading.drafts, problems + reading.problems


def _annex_title(text: str) -> str:
    """The line printed above a document's first table row (its title), "" when none."""
    before = ""
    for line in text.splitlines():
        if "\t" in line:
            return before
        line = line.strip()
        if line and not re.fullmatch(r"附\s*件\s*\d*\s*[:：]?", line):
            before = line
    return ""


# A plan is loaded in part when at least this many tasks read and the rows left out are at most
# one in this many of them: more means the layout was probably misread, and a wrong owner is
# worse than a refusal the user can act on.
PARTIAL_MIN_TASKS = 5
PARTIAL_RATIO = 5
# Shapes whose rows are records of their own (cells of a real table, a pasted table's bars,
# labelled blocks, paragraphs with their owner bracket): a bad one leaves the others as they
# are. Text rebuilt from a PDF's lines ("cells", "columns") is never loaded in part: there a
# stray line can shift the cells of the rows after it.
PARTIAL_SHAPES = ("table", "pipes", "fields", "paragraphs")


def _unowned(reading: Any) -> int:
    """Rows a reading left out or read with no unit at all: the fewer, the better the reading."""
    bare = sum(1 for d in reading.drafts if not (d.roles and (d.roles[0] or d.roles[1])) and not d.cells.get("lead"))
    return len(reading.problems) + bare


def partial(shape: str | None, read: int, left_out: int) -> bool:
    """Whether a plan read as `shape` with `read` tasks and `left_out` unreadable rows loads what it read."""
    return shape in PARTIAL_SHAPES and read >= PARTIAL_MIN_TASKS and left_out * PARTIAL_RATIO <= read


def _above_header(rows: list[list[str]]) -> str:
    before = []
    for r in rows:
        if header_columns(r):
            break
        before.append(" ".join(clean_cell(c) for c in r if clean_cell(c)))
    return "\n".join(before)


__all__ = ["Draft", "detect_shape", "looks_like_plan", "parse_plan"]
