"""Tables drawn in a PDF, read by their ruling lines into rows of cells, as DOCX tables are.

A responsibility table printed from Word or WPS, or drawn by a PDF library, places every cell
inside drawn borders. Text extraction loses the borders: a wrapped cell comes out a piece a
line, a leader's name printed once in the middle of a merged cell lands beside some other row,
and each new layout needs its own guess (`retrieval.plans.readings`). The borders themselves
say where every cell is, so this module reads them (pdfplumber finds the ruled cells) and gives
the plan reader the same rows a DOCX table gives: a cell merged down repeats its text in every
row it covers, a cell merged across keeps its text in its first column and blanks the rest.

A cell's lines are joined by what the layout says: a line that runs to the cell's right edge
was wrapped there and goes on without a break ("区投" / "资促进局" is one unit); a line that
stops short ended where its writer pressed Enter ("牵头：县工信局" / "配合：…") and keeps its
line break.
"""
from __future__ import annotations

import io
import logging
from bisect import bisect_right
from dataclasses import dataclass
from statistics import median
from typing import Any

from core import lazy_re as re
from core.limits import Limits

log = logging.getLogger(__name__)

# A table needs this many columns to be a table of tasks (序号 | 任务 | 单位 at least).
MIN_COLUMNS = 3
# Coordinates closer than this (points) are the same ruling line.
_SNAP = 1.5
# A line that ends within this many character widths of the cell's text edge was wrapped.
_FULL_WITHIN = 2.5
# A part's heading printed between tables ("三、副县长郑晓岚负责（7项）", "（二）城乡建设"): short, no sentence.
_HEADING_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|方面|篇)|[（(][一二三四五六七八九十]{1,3}[)）])")
_HEADING_MAX = 50
# A line opening so is a new item of its cell whatever the line above it: a role label or a number.
_HARD_START_RE = re.compile(r"^(?:牵头|配合|协办|参与|责任|主责|主办)(?:单位|部门|领导)?\s*[:：]|^[（(]?\d{1,2}[)）.．、]|^[①-⑳]")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    size: float
    top: float = 0.0


def drawn_tables(data: bytes, limits: Limits | None = None) -> list[list[list[str]]]:
    """Every ruled table of the PDF with at least `MIN_COLUMNS` columns, in page order, as rows
    of cell texts. [] when the PDF has none, or when it cannot be read this way (the caller has
    the text readings to fall back on, so a failure here costs one log line, not the file)."""
    limits = limits or Limits()
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a declared dependency; an old install may lack it
        log.warning("pdfplumber 未安装：PDF 表格按文字读取")
        return []
    tables: list[list[list[str]]] = []
    total = 0
    pending: list[str] = []  # part headings printed between tables, not yet placed
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages[:limits.pdf_pages]:
                if not (page.rects or page.lines or page.curves):
                    page.close()
                    continue
                found = page.find_tables()
                items = sorted([(t.bbox[1], 1, t) for t in found]
                               + [(top, 0, text) for top, text in _headings(page, [t.bbox for t in found])],
                               key=lambda item: (item[0], item[1]))
                for _top, is_table, item in items:
                    if not is_table:
                        pending.append(item)
                        continue
                    rows = _rows(page, item.cells)
                    if rows and len(rows[0]) >= MIN_COLUMNS:
                        tables.append(_with_headings(rows, pending))
                        pending = []
                        total += sum(len(c) for r in rows for c in r)
                page.close()
                if total > limits.text_chars:
                    return []
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many internal types on odd files
        log.warning("PDF 表格线读取失败，改按文字读取：%s", type(exc).__name__)
        return []
    return tables


def text_with_tables(data: bytes, limits: Limits | None = None) -> tuple[str, list[list[list[str]]]] | None:
    """A report PDF's text with each ruled table in its place as rows (cells joined by tabs),
    and those tables; None when the PDF draws no table (its plain text serves as it is).

    A progress table printed in a PDF (序号 | 重点任务 | 牵头单位 | 进展情况, round 59a) comes out of
    the plain text a cell a line, so a row's task, unit and progress are lost to each other; read
    by its borders, each row is one line the report reader says with its header
    (`retrieval.report_tables`). A table broken over pages without its header again takes the
    header of the part before it."""
    limits = limits or Limits()
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    header: list[str] | None = None
    total = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages[:limits.pdf_pages]:
                found = page.find_tables() if (page.rects or page.lines or page.curves) else []
                items: list[tuple[float, int, Any]] = [(ln.top, 0, ln.text)
                                                       for ln in _lines(_outside(page, [t.bbox for t in found]))]
                items += [(t.bbox[1], 1, t) for t in found]
                for _top, is_table, item in sorted(items, key=lambda i: (i[0], i[1])):
                    if not is_table:
                        lines.append(item)
                        continue
                    rows = [[re.sub(r"\s*\n\s*", "", c).strip() for c in r] for r in _rows(page, item.cells)]
                    if len(rows) < 2 or len(rows[0]) < MIN_COLUMNS:
                        lines.extend("".join(r) for r in rows)
                        continue
                    if _header_like(rows[0]):
                        header = rows[0]
                    elif header is not None and len(header) == len(rows[0]):
                        rows = [header, *rows]  # the table goes on from the page before
                    tables.append(rows)
                    lines.extend("\t".join(r) for r in rows)
                    total += sum(len(c) for r in rows for c in r)
                page.close()
                if total > limits.text_chars:
                    return None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many internal types on odd files
        log.warning("PDF 表格线读取失败，表格按文字读取：%s", type(exc).__name__)
        return None
    return ("\n".join(lines), tables) if tables else None


def _header_like(row: list[str]) -> bool:
    """A header row: every named cell a short label, no figure."""
    named = [c for c in row if c]
    return len(named) >= MIN_COLUMNS and all(len(c) <= 20 and not re.search(r"\d", c) for c in named)


def _outside(page: Any, boxes: list[tuple[float, float, float, float]]) -> list[dict]:
    """The page's upright characters that stand outside every table box."""
    def inside(ch: dict) -> bool:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        return any(x0 - _SNAP <= cx <= x1 + _SNAP and top - _SNAP <= cy <= bottom + _SNAP for x0, top, x1, bottom in boxes)

    return [ch for ch in page.chars if ch.get("upright", True) and not inside(ch)]


def _headings(page: Any, boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, str]]:
    """(top, text) of the part headings printed on the page outside its tables: one table a
    leader or a part, each under its heading, is how many offices print a plan."""
    lines = _lines(_outside(page, boxes))
    out = []
    for line in lines:
        text = re.sub(r"[\s\u3000]+", " ", line.text).strip()
        if _HEADING_RE.match(text) and len(text) <= _HEADING_MAX and "。" not in text:
            out.append((line.top, text))
    return out


def _with_headings(rows: list[list[str]], headings: list[str]) -> list[list[str]]:
    """The table's rows with the headings printed above it as one-cell rows: after its header
    row (each small table repeats the header; a heading read before it would be taken for the
    title), else first."""
    if not headings:
        return rows
    width = len(rows[0])
    heads = [[h] + [""] * (width - 1) for h in headings]
    first = rows[0]
    header_first = sum(1 for c in first if c) >= MIN_COLUMNS and not re.match(r"^\s*[（(]?\d", first[0] or "")
    return [first, *heads, *rows[1:]] if header_first else [*heads, *rows]


def _snap(values: list[float]) -> list[float]:
    """Distinct positions, near ones merged (a border drawn twice, a rounding)."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def _index(grid: list[float], value: float) -> int:
    return max(0, bisect_right(grid, value + _SNAP) - 1)


def _rows(page: Any, cells: list[tuple[float, float, float, float]]) -> list[list[str]]:
    """The table's cells as a full grid of texts (merged cells spread as DOCX spreads them)."""
    xs = _snap([c[0] for c in cells])
    tops = _snap([c[1] for c in cells])
    if len(xs) < MIN_COLUMNS or not tops:
        return []
    owner: list[list[int | None]] = [[None] * len(xs) for _ in tops]
    first_column: list[int] = []  # each cell's first grid column
    for k, (x0, top, x1, bottom) in enumerate(cells):
        r0, c0 = _index(tops, top), _index(xs, x0)
        r1 = max(r0, bisect_right(tops, bottom - _SNAP) - 1)
        c1 = max(c0, bisect_right(xs, x1 - _SNAP) - 1)
        first_column.append(c0)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                owner[r][c] = k
    texts = _cell_texts(page, cells, xs, tops, owner)
    grid: list[list[str]] = []
    for row in owner:
        out = []
        for c, k in enumerate(row):
            if k is None:
                out.append("")
                continue
            # merged down: every row holds it (one lead unit for many tasks); merged across:
            # the first column holds it, the others are blank, so later columns keep their place
            out.append(texts[k] if c == first_column[k] else "")
        if any(out):
            grid.append(out)
    return grid


def _cell_texts(page: Any, cells: list, xs: list[float], tops: list[float], owner: list[list[int | None]]) -> list[str]:
    """Each cell's text, its lines joined by `_join`."""
    x0, top = xs[0] - _SNAP, tops[0] - _SNAP
    x1 = max(c[2] for c in cells) + _SNAP
    bottom = max(c[3] for c in cells) + _SNAP
    chars: list[list[dict]] = [[] for _ in cells]
    for ch in page.chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom) or not ch.get("upright", True):
            continue
        k = owner[_index(tops, cy)][_index(xs, cx)]
        if k is not None:
            chars[k].append(ch)
    return [_join(_lines(found), cells[k]) for k, found in enumerate(chars)]


def _lines(chars: list[dict]) -> list[_Line]:
    """The cell's characters as printed lines, top to bottom, left to right."""
    lines: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        size = ch["bottom"] - ch["top"]
        if lines and ch["top"] - lines[-1][0]["top"] < 0.5 * size:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    out = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        size = median(c["bottom"] - c["top"] for c in line) or 1.0
        text = ""
        for i, ch in enumerate(line):
            if i and ch["x0"] - line[i - 1]["x1"] > 0.5 * size and not text.endswith(" "):
                text += " "  # a gap the PDF drew without a space character
            text += ch["text"]
        out.append(_Line(text=text.strip(), x0=line[0]["x0"], x1=line[-1]["x1"], size=size, top=line[0]["top"]))
    return [line for line in out if line.text]


def _join(lines: list[_Line], cell: tuple[float, float, float, float]) -> str:
    """One cell's text: a wrapped line goes on without a break, a line that ended early keeps it."""
    if not lines:
        return ""
    pad = max(0.0, min(line.x0 for line in lines) - cell[0])
    right = max(max(line.x1 for line in lines), cell[2] - pad)
    text = lines[0].text
    for before, line in zip(lines, lines[1:]):
        wrapped = before.x1 >= right - _FULL_WITHIN * before.size and not _HARD_START_RE.match(line.text)
        text += ("" if wrapped else "\n") + line.text
    return text
