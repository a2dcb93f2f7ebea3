"""Tables pasted as text with a bar between cells: a Word/WPS table exported or copied as text,
a Markdown table, a console-style box table.

    | 序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 |
    |---|---|---|---|---|---|                                       (optional rule line)
    | 一、扩大有效投资，推动经济稳进提质（8项） |                    merged section row
    | 1 | 新开工重大项目50个， | 张明 | 市发展改革委 | 市财政局、 | 6月底前 |
    |   | 完成投资300亿元。    |      |              | 市统计局   |         |   continuation row

Bars may be "|", full-width "｜" or box-drawing "│" / "┃" / "║", with or without bars at the
ends of the line (the header line says which); rule lines ("|---|:---:|", "├──┼──┤", "+---+")
are skipped. A row is cut into cells here and then read like any other table's row
(`table.read_rows`: header roles, sections, numbers, owner cells); what is particular to text
is decided here:

- the layout (width, bars at the ends) comes from the header line, so a row whose first cells
  are empty ("|   | …续行… |") keeps its empty cells in place;
- a merged row is a line with one cell ("| 一、…（8项） |"), or, in a table without end bars,
  a bare line numbered like a section ("一、…");
- a continuation row is a row without a number (its 序号 cell empty; without a 序号 column,
  its first cell not numbered): a cell wrapped in the table. Its cells are added to the row
  above: task text and deadline joined as they were before the wrap (no space), leader and
  unit cells on a new line, so `cells.split_units` rejoins a name the wrap broke
  ("市统" / "计局") and keeps apart the units a 、 or a line separated;
- Markdown's `<br>` is a line break inside the cell, `**…**` emphasis is dropped, `\\|` is a bar;
  a cell holding only "/", "—" or "无" is empty.

A text is a bar table only when a header line names the columns (`header.header_columns`),
at least `MIN_TASK_ROWS` numbered rows follow it, and the table's lines are at least
`MIN_SHARE` of the text's: a report quoting a few "|" lines stays a report.

Numbers that run through the table (1…45 over six sections) give codes section.position, as
the contract's "its number inside the section" says; numbers restarting in each section are
kept as printed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from core import lazy_re as re
from retrieval.plans.cells import NAME_STARTS as _NAME_STARTS, clean_cell, has_suffix
from retrieval.plans.drafts import Draft
from retrieval.plans.header import header_columns
from retrieval.plans.numbering import (CODE_RE, MARK_SECTION_RE, MARK_SUBSECTION_RE, MARK_TASK_RE, SECTION_RE, SUBSECTION_RE,
                                       is_numbered)

BARS = "|｜│┃║"
_SPLIT_RE = re.compile(r"(?<!\\)[|｜│┃║]")
_RULE_RE = re.compile(r"^[\s|｜│┃║:：+=\-—─━═┼├┤┌┐└┘┬┴╋┣┫┏┓┗┛┳┻╔╗╚╝╠╣╦╩╬╞╡╪╟╢╫╤╧╥╨┠┨┯┷┿]+$")
_DASHES_RE = re.compile(r"[-—─━═=]")
_BR_RE = re.compile(r"<br\s*/?>", re.I)
_EMPHASIS_RE = re.compile(r"^(\*\*|__)(.+?)\1$", re.S)
# What a table writes in a cell that has nothing: "/", "—", "无".
_PLACEHOLDER_RE = re.compile(r"^(?:[/／\\\-—–－_＿~～]+|无|暂无)$")
MIN_TASK_ROWS = 3  # numbered rows with a unit needed before a text is read as a bar table
MIN_SHARE = 1 / 3  # of the text's non-empty lines that the table's lines must make up
# Roles whose wrapped lines are joined without a break: a sentence, a deadline, a number.
_JOINED_ROLES = ("text", "detail", "due", "code")
_LIST_MARKS = "、，,；; "


@dataclass
class _Layout:
    width: int  # cells in the header row
    left: bool  # the header line starts with a bar
    right: bool  # … and ends with one
    columns: dict[str, int] = field(default_factory=dict)


@dataclass
class BarTable:
    """What `read_bar_table` found: the rows (header first), and the text above the header."""

    rows: list[list[str]]
    cover: str


def _is_rule(line: str) -> bool:
    return bool(_RULE_RE.match(line)) and len(_DASHES_RE.findall(line)) >= 3


def _clean(piece: str) -> str:
    piece = _BR_RE.sub("\n", piece).replace("\\|", "|").strip()
    m = _EMPHASIS_RE.match(piece)
    cell = clean_cell(m.group(2) if m else piece)
    return "" if _PLACEHOLDER_RE.match(cell) else cell


def _pieces(line: str) -> list[str]:
    return _SPLIT_RE.split(line.strip())


def _cells(line: str, layout: _Layout) -> list[str]:
    """The row's cells, placed as the header's: a bar at an end of the line is that end's
    border only when the header has one there (or the row has a cell too many)."""
    s = line.strip()
    pieces = _pieces(s)
    if s[:1] in BARS and not pieces[0].strip() and (layout.left or len(pieces) > layout.width):
        pieces = pieces[1:]
    if len(pieces) > 1 and s[-1:] in BARS and not pieces[-1].strip() and (layout.right or len(pieces) > layout.width):
        pieces = pieces[:-1]
    cells = [_clean(p) for p in pieces]
    return cells + [""] * (layout.width - len(cells))


def _header_cells(line: str) -> tuple[list[str], bool, bool]:
    s = line.strip()
    pieces = _pieces(s)
    left, right = s[:1] in BARS, s[-1:] in BARS
    if left:
        pieces = pieces[1:]
    if right and pieces:
        pieces = pieces[:-1]
    return [_clean(p) for p in pieces], left, right


def _find_header(lines: list[str]) -> tuple[int, int, _Layout, list[str]] | None:
    """(first line, lines used, layout, cells) of the header: a line of at least three cells
    that names the columns, or two lines whose cells, joined column by column, do (a header
    cell wrapped in a narrow column: "责任" / "领导")."""
    for i, line in enumerate(lines):
        if sum(line.count(b) for b in BARS) < 2:
            continue
        cells, left, right = _header_cells(line)
        if sum(1 for c in cells if c) < 3:
            continue
        found = header_columns(cells)
        layout = _Layout(len(cells), left, right, found or {})
        if i + 1 < len(lines) and sum(lines[i + 1].count(b) for b in BARS) >= 2:
            below = _cells(lines[i + 1], layout)
            if len(below) == len(cells) and not any(is_numbered(c) or MARK_TASK_RE.match(c) for c in below if c):
                joined = [a + b for a, b in zip(cells, below)]
                wider = header_columns(joined)
                if wider and (not found or len(wider) > len(found)):
                    layout.columns = wider
                    return i, 2, layout, joined
        if found:
            return i, 1, layout, cells
    return None


def _numbered(cells: list[str], columns: dict[str, int]) -> bool:
    """A row that starts something (a task, a section, a subsection), not a wrapped line."""
    first = next((c for c in cells if c), "")
    if SECTION_RE.match(first) or SUBSECTION_RE.match(first):
        return True
    if "code" in columns:
        code = cells[columns["code"]]
        if not code:
            return False
        if MARK_TASK_RE.match(code) or MARK_SECTION_RE.match(code) or MARK_SUBSECTION_RE.match(code) or CODE_RE.match(code):
            return True
        # words in the 序号 column: a merged row's text (numbered or not), or a row of its own
        return is_numbered(code) or any(c for i, c in enumerate(cells) if c and i != columns["code"])
    return is_numbered(first)


def _kind(cells: list[str], filled: list[str], columns: dict[str, int]) -> str:
    """"heading" for a section or subsection row (merged, or its mark in the 序号 cell), else "task"."""
    # one title, alone or repeated in every cell of a merged row
    if len(set(filled)) == 1 and (SECTION_RE.match(filled[0]) or SUBSECTION_RE.match(filled[0])):
        return "heading"
    if "code" in columns and (MARK_SECTION_RE.match(cells[columns["code"]]) or MARK_SUBSECTION_RE.match(cells[columns["code"]])):
        return "heading"
    return "task"


def _unit_joiner(upper: str, lower: str) -> str:
    """How a unit cell's wrapped line goes on from the line above: "" when the wrap broke a
    name ("市统" / "计局", "…产业园管委" / "会"), else a line break, left to `split_units`
    (units a 、 or the line separated, one unit a line)."""
    last = upper.rsplit("\n", 1)[-1]
    if not last or last[-1] in _LIST_MARKS or lower[:1] in _LIST_MARKS:
        return "\n"
    head = re.split(r"[、，,；;\s]", lower, maxsplit=1)[0]
    if len(head) == 1:
        return ""  # a lone character never names a unit: it ends the name above
    if not has_suffix(last) and not lower.startswith(_NAME_STARTS):
        return ""  # the line above cannot end a name, the line below does not start one
    return "\n"


def _add_below(row: list[str], cells: list[str], columns: dict[str, int]) -> None:
    joined = {columns[r] for r in _JOINED_ROLES if r in columns}
    units = {columns[r] for r in ("lead", "co") if r in columns}
    for i, cell in enumerate(cells):
        if not cell or i >= len(row):
            continue
        if i in joined or not row[i]:
            row[i] += cell
        elif i in units:
            row[i] += _unit_joiner(row[i], cell) + cell
        else:
            row[i] += "\n" + cell


def _take_row(cells: list[str], columns: dict[str, int], rows: list[list[str]], kinds: list[str]) -> None:
    """A bar line's cells: a row of its own (header again, heading, task), or the wrapped
    lines of the row above."""
    filled = [c for c in cells if c]
    if not filled:
        return
    # one cell across the row, not numbered (a note under the tasks): never a task's wrapped line
    across = "code" in columns and len(filled) == 1 and bool(cells[columns["code"]])
    if header_columns(cells):
        rows.append(cells)  # the header again, after a page break
        kinds.append("header")
    elif _numbered(cells, columns):
        rows.append(cells)
        kinds.append(_kind(cells, filled, columns))
    elif kinds[-1] == "task" and not across:
        _add_below(rows[-1], cells, columns)
    elif kinds[-1] == "heading" and len(filled) == 1:
        # a section row wrapped over two lines: its title goes on in the cell that holds it
        at = next(i for i, c in enumerate(cells) if c)
        if not rows[-1][at]:
            at = max(i for i, c in enumerate(rows[-1]) if c)
        rows[-1][at] += filled[0]
    else:
        rows.append(cells)
        kinds.append("other")


def read_bar_table(text: str) -> BarTable | None:
    """The bar table in `text`, continuation rows folded into their rows; None when the text
    holds none (see the module's rules)."""
    if not any(b in text for b in BARS):
        return None  # most files: nothing to look at
    lines = text.splitlines()
    found = _find_header(lines)
    if found is None:
        return None
    start, used, layout, header = found
    rows: list[list[str]] = [header]
    kinds: list[str] = ["header"]
    table_lines = used
    last_bar = (table_lines, len(rows))  # lines counted and rows kept up to the last bar line
    for line in lines[start + used:]:
        s = line.strip()
        if not s or _is_rule(s):
            table_lines += bool(s)
            continue
        if not any(b in s for b in BARS):
            if (SECTION_RE.match(s) or SUBSECTION_RE.match(s)) and len(s) <= 80:
                rows.append([s] + [""] * (layout.width - 1))  # a merged row without its bars
                kinds.append("heading")
                table_lines += 1
            continue  # a page footer, a note under the table
        table_lines += 1
        _take_row(_cells(s, layout), layout.columns, rows, kinds)
        last_bar = (table_lines, len(rows))
    # bare heading lines after the last bar line are the text below the table, not its rows
    table_lines, kept = last_bar
    rows, kinds = rows[:kept], kinds[:kept]
    units = [layout.columns[r] for r in ("lead", "co") if r in layout.columns]
    tasks = sum(1 for row, kind in zip(rows, kinds) if kind == "task" and any(row[i] for i in units))
    nonempty = sum(1 for line in lines if line.strip())
    if tasks < MIN_TASK_ROWS or table_lines < MIN_SHARE * nonempty:
        return None
    return BarTable(rows=rows, cover="\n".join(lines[:start]))


def bar_rows(text: str) -> list[list[str]]:
    """The rows of the bar table in `text`, [] when it holds none."""
    table = read_bar_table(text)
    return table.rows if table else []


def number_by_position(drafts: list[Draft]) -> None:
    """Numbers running through the table (section 二 starting where 一 ended) become each
    task's position in its section: 序号 9, the 3rd task of section 二, is 2.3. Only the
    sections whose numbering runs on from (or into) a neighbour's are renumbered."""
    if not drafts or any(d.style != "dot" for d in drafts):
        return
    groups: list[list[Draft]] = []
    for d in drafts:
        if groups and groups[-1][0].section is d.section:
            groups[-1].append(d)
        else:
            groups.append([d])
    if len(groups) < 2 or len({id(g[0].section) for g in groups}) != len(groups):
        return
    # A table under its own annex title ("附表2 十件民生实事") restarts at 1: the run before it
    # is still renumbered, the restarted table keeps its printed numbers.
    running = set()
    for i, (a, b) in enumerate(zip(groups, groups[1:])):
        if b[0].number == a[-1].number + 1:
            running.update((i, i + 1))
    for i in running:
        for position, d in enumerate(groups[i], start=1):
            d.number = position
