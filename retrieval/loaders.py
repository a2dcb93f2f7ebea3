"""Reading the files users hand us into plain text plus tables.

Real files arrive as GBK text from old Windows machines, UTF-16 exports, PDFs
with (or without) a text layer, and Word documents whose tasks sit in tables.
Everything is turned into one `LoadedFile` so that cleaning, metadata and the
plan-table parser never care where the text came from.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from core import lazy_re as re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from core.errors import UserError
from core.limits import MB, Limits
from core.numerals import cn_numeral
from prompts import ingest as msg
from retrieval.gather import read_regular
from retrieval.pdf_tables import drawn_tables, text_with_tables
from retrieval.zip_guard import check_archive, check_workbook

SUPPORTED = {".txt", ".text", ".pdf", ".docx", ".xlsx", ".csv", ".html", ".htm"}
# A real report has a few thousand characters; anything this short is not a document.
MIN_TEXT_CHARS = 20


@dataclass
class LoadedFile:
    text: str
    tables: list[list[list[str]]] = field(default_factory=list)
    source: str = ""  # "txt" | "pdf" | "docx" | "xlsx" | "csv" | "html"
    # PDFs only: the pages extracted again with their layout kept (cells placed by position,
    # columns aligned by spaces), as `pdftotext -layout` prints them. A table drawn by a PDF
    # library or exported from Word loses its rows in the plain text; the plan reader asks for
    # this only then (`retrieval.plans.readings`), so it is computed on first use.
    layout: Callable[[], str] | None = field(default=None, repr=False, compare=False)
    _layout_text: str | None = field(default=None, init=False, repr=False, compare=False)
    # PDFs only: the tables drawn with ruling lines, read by their borders into rows of cells
    # (`retrieval.pdf_tables`); computed on first use, by the plan reader.
    grid: Callable[[], list[list[list[str]]]] | None = field(default=None, repr=False, compare=False)
    _drawn: list[list[list[str]]] | None = field(default=None, init=False, repr=False, compare=False)
    # PDFs only: the text with its ruled tables in place as rows, and the tables
    # (`retrieval.pdf_tables.text_with_tables`); asked by the report reader, None when none is drawn.
    framed: Callable[[], tuple[str, list[list[list[str]]]] | None] | None = field(default=None, repr=False, compare=False)

    def layout_text(self) -> str:
        """The layout-kept text of a PDF ("" for other files, or when it cannot be extracted)."""
        if self._layout_text is None:
            self._layout_text = self.layout() if self.layout is not None else ""
        return self._layout_text

    def drawn_tables(self) -> list[list[list[str]]]:
        """The ruled tables of a PDF as rows of cells ([] for other files, or when it has none)."""
        if self._drawn is None:
            self._drawn = self.grid() if self.grid is not None else []
        return self._drawn


def load_file(path: Path | str, *, limits: Limits | None = None, data: bytes | None = None) -> LoadedFile:
    """Load any supported file; raise UserError with a one-line Chinese reason otherwise.

    Every limit of `limits` (default: `Limits()`) is checked as early as it can be: the file
    size before reading, an archive's members before inflating, PDF pages before extracting,
    table rows and cells while reading, the text's length before it is decoded or kept.
    `data` is the file's bytes when the caller already read them (ingest hashes them first).
    """
    path = Path(path)
    limits = limits or Limits()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise UserError(msg.UNSUPPORTED.format(ext=suffix or "（无扩展名）"))
    if data is None:
        try:
            data = read_regular(path, limits.file_bytes)
        except OSError as exc:
            raise UserError(msg.UNREADABLE.format(reason=exc.strerror or exc)) from exc
    if len(data) > limits.file_bytes:
        raise UserError(msg.TOO_BIG.format(size=f"{len(data) / MB:.0f}", limit=f"{limits.file_bytes / MB:.0f}"))
    if not data.strip():
        raise UserError(msg.EMPTY)
    if suffix == ".pdf":
        loaded = _load_pdf(data, limits)
    elif suffix == ".docx":
        check_archive(data, limits, bad=msg.BAD_DOCX)
        loaded = _load_docx(data)
    elif suffix == ".xlsx":
        check_archive(data, limits, bad=msg.BAD_XLSX)
        check_workbook(data, limits)
        loaded = _load_xlsx(data)
    elif suffix == ".csv":
        loaded = _load_csv(_decode_limited(data, limits), limits)
    elif suffix in (".html", ".htm"):
        from retrieval.web_page import page_text  # a report saved from the government's website

        text, tables = page_text(_decode_limited(data, limits))
        loaded = LoadedFile(text=text, tables=tables, source="html")
    else:
        loaded = LoadedFile(text=_decode_limited(data, limits), source="txt")
    if len(loaded.text) > limits.text_chars:
        raise UserError(msg.TEXT_TOO_LONG.format(limit=limits.text_chars))
    _check_tables(loaded.tables, limits)
    if len(loaded.text.strip()) < MIN_TEXT_CHARS and not any(loaded.tables):
        raise UserError(msg.EMPTY)
    return loaded


def _decode_limited(data: bytes, limits: Limits) -> str:
    # No encoding spends more than 4 bytes on a character: more bytes than that is too long
    # whatever it decodes to, and is refused before charset detection reads it all.
    if len(data) > 4 * limits.text_chars:
        raise UserError(msg.TEXT_TOO_LONG.format(limit=limits.text_chars))
    text = decode_text(data)
    if len(text) > limits.text_chars:
        raise UserError(msg.TEXT_TOO_LONG.format(limit=limits.text_chars))
    return text


# a sheet tab that names a part of a plan ("一、扩大内需", "（二）产业升级")
_SHEET_PART = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*\S")


def _load_csv(text: str, limits: Limits) -> LoadedFile:
    # The csv module refuses fields over its own limit (131 072) with csv.Error, which used to
    # escape as a traceback; ours is lower and said in Chinese.
    csv.field_size_limit(max(limits.cell_chars + 1, 1024))
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text)):
            if len(rows) >= limits.table_rows:
                raise UserError(msg.TOO_MANY_ROWS.format(limit=limits.table_rows))
            cells = [c.strip() for c in row]
            if any(cells):
                rows.append(cells)
    except csv.Error:
        raise UserError(msg.CELL_TOO_LONG.format(limit=limits.cell_chars)) from None
    return LoadedFile(text=text, tables=[rows], source="csv")


def _check_tables(tables: list[list[list[str]]], limits: Limits) -> None:
    for table in tables:
        if len(table) > limits.table_rows:
            raise UserError(msg.TOO_MANY_ROWS.format(limit=limits.table_rows))
        for row in table:
            if any(len(cell) > limits.cell_chars for cell in row):
                raise UserError(msg.CELL_TOO_LONG.format(limit=limits.cell_chars))


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOMs first, then strict UTF-8, then detection.

    GB18030 is tried before charset-normalizer's guess because a short GBK file is
    often mis-detected as a Cyrillic or Latin code page; GB18030 is a superset of GBK.
    """
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _normalise_newlines(data.decode(enc, errors="replace"))
    if b"\x00" in data[:4000]:
        text = _try_utf16_without_bom(data)
        if text is not None:
            return _normalise_newlines(text)
        raise UserError(msg.BINARY)
    try:
        return _normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few damaged bytes would decode "successfully" as GB18030 into
    # mojibake; GBK text read as UTF-8 instead yields a replacement character every few bytes.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(2, len(lenient) // 1000) and _looks_chinese(lenient):
        return _normalise_newlines(lenient)
    try:
        text = data.decode("gb18030")
        if _looks_chinese(text):
            return _normalise_newlines(text)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not _looks_chinese(str(best)):
        raise UserError(msg.BAD_ENCODING)
    return _normalise_newlines(str(best))


def _try_utf16_without_bom(data: bytes) -> str | None:
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_chinese(text):
            return text
    return None


def _looks_chinese(text: str) -> bool:
    """True when the text is mostly CJK or ASCII, i.e. a plausible decoding of a Chinese file."""
    sample = text[:5000]
    if not sample:
        return False
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    ascii_ = sum(1 for ch in sample if ch.isascii() and (ch.isprintable() or ch in "\r\n\t"))
    punct = sum(1 for ch in sample if "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…、·")
    return cjk > 0 and (cjk + ascii_ + punct) / len(sample) > 0.95


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def _load_pdf(data: bytes, limits: Limits) -> LoadedFile:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from pypdf.errors import FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        # A PDF with only a permissions (owner) password opens with the empty user password,
        # which pypdf tries by itself; one with an open password cannot be read at all.
        # The page tree's declared /Count first (free); walking 20 000 pages to count them takes
        # seconds. A tree that declares fewer pages than it has is counted for real.
        count = _declared_pages(reader)
        if count <= limits.pdf_pages:
            count = len(reader.pages)
        if count > limits.pdf_pages:
            raise UserError(msg.TOO_MANY_PAGES.format(n=count, limit=limits.pdf_pages))
        pages: list[str] = []
        total = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            total += len(pages[-1])
            if total > limits.text_chars:
                raise UserError(msg.TEXT_TOO_LONG.format(limit=limits.text_chars))
    except UserError:
        raise
    except FileNotDecryptedError as exc:
        raise UserError(msg.ENCRYPTED_PDF) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UserError(msg.BAD_PDF) from exc
    except Exception as exc:  # pypdf raises many internal types on garbage input
        raise UserError(msg.BAD_PDF) from exc
    text = "\n".join(pages)
    if sum(1 for ch in text if not ch.isspace()) < MIN_TEXT_CHARS:
        raise UserError(msg.NO_TEXT_LAYER)
    return LoadedFile(text=_normalise_newlines(text), source="pdf", layout=lambda: _pdf_layout_text(data, limits),
                      grid=lambda: drawn_tables(data, limits), framed=lambda: text_with_tables(data, limits))


def _pdf_layout_text(data: bytes, limits: Limits) -> str:
    """The pages with their layout kept (pypdf's layout mode), or "" when that cannot be had:
    the plain text was already read, so a failure here only leaves the plan reader without
    a second reading. Layout text pads with spaces, so its limit is a few times the plain one."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        pages: list[str] = []
        total = 0
        for page in reader.pages:
            pages.append(page.extract_text(extraction_mode="layout") or "")
            total += len(pages[-1])
            if total > 4 * limits.text_chars:
                return ""
    except Exception:  # noqa: BLE001 - any pypdf failure: no layout reading, the plain one stands
        return ""
    return _normalise_newlines("\n".join(pages))


def _declared_pages(reader) -> int:
    try:
        return int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except Exception:  # noqa: BLE001 - a damaged tree: count the pages instead
        return 0


def _load_docx(data: bytes) -> LoadedFile:
    import zipfile

    import docx
    from docx.document import Document as _Doc
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document: _Doc = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UserError(msg.BAD_DOCX) from exc
    except Exception as exc:
        raise UserError(msg.BAD_DOCX) from exc
    from retrieval.word_numbering import ListNumbers

    lines: list[str] = []
    levels: list[int | None] = []  # Word heading level of each line, None for body text
    tables: list[list[list[str]]] = []
    numbers = ListNumbers(document)  # the numbers Word draws before list paragraphs

    # Walk the body in order so that table rows keep their place between headings;
    # content controls (w:sdt) wrap paragraphs in some templates.
    def walk(parent) -> None:
        for child in parent.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph = Paragraph(_without_note_marks(child), document)
                lines.append(_numbered_text(numbers.label(child), paragraph.text))
                levels.append(_docx_heading_level(paragraph))
            elif tag == "tbl":
                rows = _docx_table_rows(Table(child, document), numbers)
                tables.append(rows)
                lines.extend("\t".join(r) for r in rows)
                levels.extend([None] * len(rows))
            elif tag in ("sdt", "sdtContent"):
                walk(child)

    walk(document.element.body)
    return LoadedFile(text="\n".join(_number_headings(lines, levels)), tables=tables, source="docx")


_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:部分|篇|章)|\d{1,2}\s*[.．、])")
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


# a note mark printed raised after a term ("“一区三园”¹格局", "幸福食堂⁴，"): 1–3 digits, ①, [1], *
_NOTE_MARK = re.compile(r"^\s*(?:[\[［(（]?\d{1,3}[\]］)）]?|[①-⑳]|\*{1,3})\s*$")


def _without_note_marks(p):
    """The paragraph element, less its superscript runs that hold only a note mark: read as
    text they glue a digit to the figure or word before ("新建18个幸福食堂4" — round 41d)."""
    from docx.oxml.ns import qn

    # (looked up in the tree: serialising every paragraph to look for the word cost each ingest)
    if not any(a.get(qn("w:val")) == "superscript" for a in p.iter(qn("w:vertAlign"))):
        return p
    import copy

    p = copy.deepcopy(p)
    before = ""  # the text so far: a raised digit after a Latin unit is a power (m², km³), kept
    for run in list(p.iter(qn("w:r"))):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        align = run.find(qn("w:rPr") + "/" + qn("w:vertAlign"))
        raised = align is not None and align.get(qn("w:val")) == "superscript"
        power = before[-1:].isascii() and before[-1:].isalpha()
        if raised and _NOTE_MARK.match(text) and not power:
            run.getparent().remove(run)
            continue
        before += text
    return p


def _docx_heading_level(paragraph) -> int | None:
    """The outline level of a paragraph set by a Word heading style ("Heading 1", "标题 2")
    or an explicit outline level; None for body text and the document title."""
    from docx.oxml.ns import qn

    style = paragraph.style
    while style is not None:
        m = _HEADING_STYLE.match((style.name or "").strip())
        if m:
            return int(m.group(1))
        outline = style.element.find(qn("w:pPr") + "/" + qn("w:outlineLvl")) if style.element is not None else None
        if outline is not None and (val := outline.get(qn("w:val"))) and val.isdigit() and int(val) < 9:
            return int(val) + 1
        style = style.base_style
    outline = paragraph._p.find(qn("w:pPr") + "/" + qn("w:outlineLvl"))
    if outline is not None and (val := outline.get(qn("w:val"))) and val.isdigit() and int(val) < 9:
        return int(val) + 1
    return None


def _number_headings(lines: list[str], levels: list[int | None]) -> list[str]:
    """Give Word headings the numbers the reader sees on the page.

    Word shows "一、" and "（一）" before heading-styled paragraphs through automatic list
    numbering, which is not part of the paragraph's text; the rest of the pipeline reads
    structure from those numbers. The highest heading level used becomes "一、", the next
    "（一）"; headings already numbered in their text and the title (a heading that names
    the report, before any section) are left as they are.
    """
    headings = [i for i, (lvl, line) in enumerate(zip(levels, lines)) if lvl is not None and line.strip()]
    if headings and "报告" in lines[headings[0]] and not _NUMBERED.match(lines[headings[0]].strip()):
        title = headings.pop(0)  # the report's title set in a heading style
    else:
        title = -1
    used = sorted({levels[i] for i in headings})
    if not used:
        return lines
    out: list[str] = []
    counters = [0, 0]
    for i, (line, lvl) in enumerate(zip(lines, levels)):
        text = line.strip()
        if lvl is None or not text or i == title:
            out.append(line)
            continue
        rank = used.index(lvl)
        if rank > 1 or _NUMBERED.match(text):
            out.append(line)
            continue
        counters[rank] += 1
        if rank == 0:
            counters[1] = 0
        n = counters[rank]
        numeral = cn_numeral(n)
        out.append(f"{numeral}、{text}" if rank == 0 else f"（{numeral}）{text}")
    return out


def _numbered_text(label: str, text: str) -> str:
    """A paragraph's text with the number Word draws before it, unless the text prints one."""
    if not label or _NUMBERED.match(text) or re.match(r"^\s*(?:\d{1,3}|[①-⑳])(?!\d)", text):
        return text
    return label + text


def _docx_table_rows(table, numbers: Any = None) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A cell merged across columns repeats the same object: keep the column
            # positions (the table parser ignores the blank) so later columns don't shift.
            if previous is not None and cell._tc is previous:
                cells.append("")
                continue
            previous = cell._tc
            if numbers is None:
                cells.append(cell.text.strip())
            else:  # each paragraph with the number Word draws before it (a 序号 column numbered by Word)
                cells.append("\n".join(_numbered_text(numbers.label(p._p), p.text) for p in cell.paragraphs).strip())
        rows.append(cells)
    return rows


def _cell_text(value: object) -> str:
    """A cell as the sheet shows it to staff: a date cell (a deadline typed as an Excel date) as
    "2025年6月30日", never Python's "2025-06-30 00:00:00"; a time of day kept when it has one."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        day = f"{value.year}年{value.month}月{value.day}日"
        return day if value.time() == dt.time(0) else f"{day}{value.hour}时{value.minute:02d}分"
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value).strip()


def _load_xlsx(data: bytes) -> LoadedFile:
    import zipfile

    from openpyxl import load_workbook

    try:
        # Not read_only: merged areas are only reported in the full model.
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(msg.BAD_XLSX) from exc
    except Exception as exc:
        raise UserError(msg.BAD_XLSX) from exc
    tables: list[list[list[str]]] = []
    lines: list[str] = []
    for sheet in workbook.worksheets:
        grid = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        # A cell merged over several rows (one lead unit for many tasks) holds its value only in
        # the top-left cell: copy it into the whole area, as DOCX does for merged cells.
        for area in sheet.merged_cells.ranges:
            top = grid[area.min_row - 1][area.min_col - 1] if area.min_row - 1 < len(grid) else ""
            for r in range(area.min_row - 1, min(area.max_row, len(grid))):
                for c in range(area.min_col - 1, min(area.max_col, len(grid[r]))):
                    if area.max_col == area.min_col or c == area.min_col - 1:
                        grid[r][c] = top
        rows = []
        for cells in grid:
            if any(cells):
                rows.append(cells)
        if rows and len(workbook.worksheets) > 1 and _SHEET_PART.match(sheet.title or "") and not any(
                "".join(r).strip().startswith(sheet.title.strip()) for r in rows[:3]):
            # one sheet per part of the plan, the part named on its tab only ("一、扩大内需",
            # round 67d): the tab is the part's heading row
            rows.insert(0, [sheet.title.strip()] + [""] * (len(rows[0]) - 1))
        if rows:
            tables.append(rows)
            lines.extend("\t".join(r) for r in rows)
    workbook.close()
    return LoadedFile(text="\n".join(lines), tables=tables, source="xlsx")
