"""Column-aligned text: a table whose cells are separated by spaces, not tabs, as text
extracted from a PDF often is. A table printed by position (its header's cells parted by runs
of spaces, as `pdftotext -layout` prints it) is read by `retrieval.plans.aligned`; the reader
here takes the lines word by word, one space between cells, as below.

    序号 工作任务 牵头领导 牵头单位 责任单位
    一、增强科技创新引领力…（8项）
    1 实施基础研究提升行动，全社会研 韦启明 省科技厅 省财政厅、省统计局、
    发经费投入增长10%以上，研发投 各设区市政府
    入强度达到2.3%。
    — 1 —

A header line (every word a column name, letter-spaced ones joined: "序 号", "牵头 单位")
sets the columns. A row starts with its number and
a space, the next number in sequence; its first line holds one token per filled cell, the
lines after it continue the cells that are still open: the task text until it ends with
"。", a unit cell that ends with "、". A token is a leader when it is a person's name (two
to four characters, no unit suffix), else a unit. Continuation lines may start with digits
("5500亿元…"): only a number followed by a space, in sequence, starts a row. Page footers
("— 3 —") and repeated headers after a page break are dropped.
"""
from __future__ import annotations

from core import lazy_re as re

from retrieval.plans.aligned import ColumnTable, read_aligned
from retrieval.plans.cells import has_suffix
from retrieval.plans.header import HEADER_LABELS, header_tokens_columns
from retrieval.plans.numbering import PAGE_NUMBER_RE, SECTION_RE, SUBSECTION_RE
from retrieval.plans.spaced import join_header_tokens

_ROW_START_RE = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_ROW_ALONE_RE = re.compile(r"^(\d{1,3})()$")  # a tall row's number printed on a line of its own
_NAME = r"[\u4e00-\u9fa5]{2,4}"
_NAMES_RE = re.compile(rf"^{_NAME}(?:[、,，]{_NAME})*[、,，]?$")
_TIME_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]+)月|年底|年内|季度|半年|长期|持续")
_TEXT_END = ("。", "；", ";", "！")
_NOT_NAME_START = ("省", "市", "县", "区", "各", "中", "国", "全")


def _is_header(tokens: list[str]) -> dict[str, int] | None:
    return header_tokens_columns(tokens)


def _is_person(token: str) -> bool:
    if not _NAMES_RE.match(token):
        return False
    names = [n for n in re.split(r"[、,，]", token) if n]
    return all(not has_suffix(n) and not n.startswith(_NOT_NAME_START) and not _TIME_RE.search(n) for n in names)


class _Row:
    """The cells of one row being read, by column index."""

    def __init__(self, width: int, columns: dict[str, int], number: str) -> None:
        self.cells = [""] * width
        self.columns = columns
        self.units = [columns[r] for r in ("lead", "co") if r in columns]
        if "code" in columns:
            self.cells[columns["code"]] = number

    def text_open(self) -> bool:
        i = self.columns.get("text")
        return i is not None and not self.cells[i].endswith(_TEXT_END)

    def add_text(self, token: str) -> None:
        self.cells[self.columns["text"]] += token

    def add(self, token: str, first_line: bool) -> None:
        if "leaders" in self.columns and _is_person(token):
            i = self.columns["leaders"]
            self.cells[i] = (self.cells[i] + "\n" + token).strip()
            return
        if "due" in self.columns and _TIME_RE.search(token) and not has_suffix(token):
            i = self.columns["due"]
            self.cells[i] += token
            return
        if not self.units:
            return
        if first_line:
            target = next((i for i in self.units if not self.cells[i]), self.units[-1])
        else:
            target = next((i for i in self.units if self.cells[i].endswith("、")), None)
            if target is None:
                target = next((i for i in self.units if self.cells[i] and not has_suffix(self.cells[i])), self.units[-1])
        joiner = "" if not self.cells[target] or self.cells[target].endswith(("、", "，")) or not has_suffix(self.cells[target]) else "\n"
        self.cells[target] += joiner + token


def read_columns(text: str) -> ColumnTable:
    """Column-aligned text as rows: by position when the header is printed by position
    (`pdftotext -layout`, `retrieval.plans.aligned`), else word by word as below."""
    aligned = read_aligned(text)
    if aligned is not None:
        return aligned
    rows = column_rows(text)
    return ColumnTable(rows=rows, lines=[], problems=[])


def column_rows(text: str) -> list[list[str]]:
    """Rows of cells from column-aligned text whose cells one space parts; [] when no line is a header."""
    out: list[list[str]] = []
    columns: dict[str, int] | None = None
    width = 0
    row: _Row | None = None
    last_number = 0

    def flush() -> None:
        nonlocal row
        if row is not None:
            out.append(row.cells)
            row = None

    for raw in text.splitlines():
        line = raw.replace("\f", "").strip()
        if not line:
            continue
        tokens = line.split()
        cells = tokens
        found = _is_header(cells)
        if not found and len(tokens) > 3 and len(line) <= 80 and any(len(t) <= 2 for t in tokens):  # "序 号 … 牵头 单位"
            cells = join_header_tokens(tokens, HEADER_LABELS)
            found = _is_header(cells)
        if found:
            flush()
            columns, width = found, len(cells)
            out.append(cells)
            continue
        if columns is None:
            continue
        if PAGE_NUMBER_RE.match(line) or re.fullmatch(r"[-—–]+\s*\d{1,4}\s*[-—–]+", line):
            flush()
            continue
        start = _ROW_START_RE.match(line) or _ROW_ALONE_RE.match(line)
        if start and (row is None or int(start.group(1)) in (last_number + 1, 1)):
            flush()
            last_number = int(start.group(1))
            row = _Row(width, columns, start.group(1))
            rest = (start.group(2) or "").split()  # "60" alone on its line: the text starts below
            if "text" in columns and rest:
                row.add_text(rest.pop(0))
            for token in rest:
                row.add(token, first_line=True)
            continue
        if (SECTION_RE.match(line) or SUBSECTION_RE.match(line)) and len(tokens) == 1 and (row is None or not row.text_open()):
            flush()
            last_number = 0 if SECTION_RE.match(line) else last_number
            out.append([line] + [""] * (width - 1))
            continue
        if row is None:
            continue
        if row.text_open():
            row.add_text(tokens.pop(0))
        for token in tokens:
            row.add(token, first_line=False)
    flush()
    return out
