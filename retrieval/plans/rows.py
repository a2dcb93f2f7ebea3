"""Rows of cells, whatever the file type: the loader's tables (DOCX/XLSX/CSV), a table pasted as
text with bars between cells (`retrieval.plans.pipes`), the tab lines of text extracted from a
PDF, or column-aligned text whose cells are separated by spaces
(`retrieval.plans.layout`). Each row is then read as its parts: the label its shape is read
from, the task text, the 序号 cell, and the leader / unit / time cells.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from core import lazy_re as re
from retrieval.plans.cells import clean_cell, join_text
from retrieval.plans.layout import read_columns
from retrieval.plans.numbering import MARK_TASK_RE, is_numbered, mark_prefix
from retrieval.plans.pipes import bar_rows

CELL_ROLES = ("leaders", "lead", "co", "due")


# a cell as Excel saves it to tab-separated text: opened by a quote and holding a doubled quote
# or a line break before its closing one ("打造""枫岚夜巷""…", "2025年6月底前…\n2025年12月底前…")
_EXCEL_QUOTED = re.compile(r'(?:^|\t)"(?:[^"\t]|"")*?(?:""|\n)(?:[^"]|"")*"(?=\t|\r?\n|$)', re.M)


def text_rows(text: str) -> list[list[str]]:
    """PDF text: table rows are the lines that hold a tab. A table Excel or WPS saved as
    tab-separated text quotes the cells holding a quote or a line break; such text is read as
    that format, so a cell's second line stays in its cell."""
    if _EXCEL_QUOTED.search(text):
        rows = csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t")
        return [row for row in rows if len(row) > 1]
    return [line.split("\t") for line in _rejoined(text.splitlines())]


# a line that opens a row of its own: a 序号 cell, a part heading
_ROW_START = re.compile(r"^\s*(?:\d{1,3}(?:[.\-、．]\d{1,3})?\s*\t|[一二三四五六七八九十]+\s*[、．.]|[（(][一二三四五六七八九十]+[）)])")
_PART_LINE = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、．.]\s*[\u4e00-\u9fff]")
MAX_BROKEN_LINES = 3  # a cell broken by hand over this many lines at most


def _rejoined(lines: list[str]) -> list[str]:
    """The tab lines, a row broken by a manual line break inside a cell (a table WPS converted
    to text, "2\t新建5G基站300个⏎推进千兆光网进小区\t李红梅\t…") joined again: a line with
    fewer tabs than the table's rows, continued by lines that open no row of their own and
    together make up the tabs missing."""
    counts = Counter(line.count("\t") for line in lines if "\t" in line)
    width = counts.most_common(1)[0][0] if counts else 0
    out: list[str] = []
    tabbed = [k for k, line in enumerate(lines) if "\t" in line]
    first, last = (tabbed[0], tabbed[-1]) if tabbed else (0, -1)
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" not in line:
            if first < i < last and _PART_LINE.match(line):
                out.append(line)  # a part's heading between the rows, its merged cell converted bare
            i += 1
            continue
        joined, j = line, i
        while (joined.count("\t") < width and j + 1 < len(lines) and j - i < MAX_BROKEN_LINES
               and not _ROW_START.match(lines[j + 1]) and joined.count("\t") + lines[j + 1].count("\t") <= width):
            j += 1
            joined += "\n" + lines[j]
        if j > i and joined.count("\t") == width:
            out.append(joined)
            i = j + 1
        else:
            out.append(line)
            i += 1
    return out


def collapse_merged(row: Sequence[str]) -> list[str]:
    """A DOCX cell merged over several columns repeats its text in each of them (a section
    row spanning the table, or spanning all but the 序号 column): keep the first copy."""
    cells = [clean_cell(c) for c in row]
    return [c if i == 0 or c != cells[i - 1] else "" for i, c in enumerate(cells)]


def candidate_rows(loaded: Any) -> tuple[str, list[list[str]]]:
    """(shape, rows) the table could live in: the loader's tables ("table"), else the text's
    bar table ("pipes"), else its tab lines ("table"), else its column-aligned lines ("columns")."""
    rows: list[list[str]] = []
    for table in getattr(loaded, "tables", None) or []:
        rows.extend([["" if c is None else str(c) for c in r] for r in table])
    if rows:
        return "table", rows
    text = getattr(loaded, "text", "") or ""
    rows = bar_rows(text)
    if rows:
        return "pipes", rows
    rows = text_rows(text)
    if rows:
        return "table", rows
    return "columns", read_columns(text).rows


@dataclass
class RowParts:
    label: str  # the text the row's shape is read from: 序号 mark + task text, or the first cell
    text: str  # the task-text cell
    code: str  # the 序号 cell
    cells: dict[str, str]  # leaders / lead / co / due cells
    group: str = ""  # a group column's cell (工作板块): the section the row starts, when it names one
    others: dict[str, str] = field(default_factory=dict)  # cells of columns no role names (包村干部), by label


# Punctuation that already closes a title: the content follows it without a colon.
_TITLE_END = "：:。；;，,"


def task_text(title: str, detail: str) -> str:
    """A task of a plan with two task columns (重点任务 | 具体内容): the short title, then the
    full text. The title alone names the task ("城南小学") but loses its figures and words;
    a content cell that repeats the title is kept once."""
    title, detail = title.strip(), detail.strip()
    if not detail or detail == title:
        return title
    if not title or detail.startswith(title):
        return detail
    return title + ("" if title.endswith(tuple(_TITLE_END)) else "：") + detail


# a cell's second numbered measure, after the first's end: "；2.", "\n（2）", "②"
_SECOND_MEASURE = re.compile(r"(?:[；;。\n]\s*(?:2\s*[.．、]|[（(]\s*2\s*[)）])|②)")


def sub_measures(text: str) -> bool:
    """Whether a task cell lists numbered measures ("1.…；2.…", "（1）…（2）…", "①…②…")."""
    return bool(re.match(r"^\s*(?:1\s*[.．、]|[（(]\s*1\s*[)）]|①)", text)) and bool(_SECOND_MEASURE.search(text))


def row_parts(cells: list[str], columns: dict[str, int], others: dict[int, str] | None = None) -> RowParts:
    def get(role: str) -> str:
        return cells[columns[role]] if role in columns and columns[role] < len(cells) else ""

    text, code = task_text(get("text"), get("detail")), get("code")
    label = text
    if text and (not is_numbered(text) or (MARK_TASK_RE.match(code or "") and sub_measures(text))):
        # (a task whose cell lists its numbered measures, "1.加快…；2.推进…", is numbered by its
        # 序号 cell, never by its first measure's "1.": round 64a)
        mark = mark_prefix(code)
        if mark:
            label = mark + text
    if not label:
        label = next((c for c in cells if c), "")
    kept = {name: value for i, name in (others or {}).items() if i < len(cells)
            and (value := join_text(clean_cell(cells[i]))) not in ("", "/", "／", "—", "-", "无")}
    return RowParts(label=label, text=text, code=code, cells={r: get(r) for r in CELL_ROLES}, group=get("group"), others=kept)
