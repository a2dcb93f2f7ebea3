"""Reading the files users hand us into plain text plus tables.

Real files arrive as GBK text from old Windows machines, UTF-16 exports, PDFs
with (or without) a text layer, and Word documents whose tasks sit in tables.
Everything is turned into one `LoadedFile` so that cleaning, metadata and the
plan-table parser never care where the text came from.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import UserError
from prompts import ingest as msg

SUPPORTED = {".txt", ".text", ".pdf", ".docx", ".xlsx", ".csv"}
# A real report has a few thousand characters; anything this short is not a document.
MIN_TEXT_CHARS = 20


@dataclass
class LoadedFile:
    text: str
    tables: list[list[list[str]]] = field(default_factory=list)
    source: str = ""  # "txt" | "pdf" | "docx" | "xlsx" | "csv"


def load_file(path: Path | str) -> LoadedFile:
    """Load any supported file; raise UserError with a one-line Chinese reason otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise UserError(msg.UNSUPPORTED.format(ext=suffix or "（无扩展名）"))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(msg.UNREADABLE.format(reason=exc.strerror or exc)) from exc
    if not data.strip():
        raise UserError(msg.EMPTY)
    if suffix == ".pdf":
        loaded = _load_pdf(data)
    elif suffix == ".docx":
        loaded = _load_docx(data)
    elif suffix == ".xlsx":
        loaded = _load_xlsx(data)
    elif suffix == ".csv":
        text = decode_text(data)
        rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]
        loaded = LoadedFile(text=text, tables=[[r for r in rows if any(r)]], source="csv")
    else:
        loaded = LoadedFile(text=decode_text(data), source="txt")
    if len(loaded.text.strip()) < MIN_TEXT_CHARS and not any(loaded.tables):
        raise UserError(msg.EMPTY)
    return loaded


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


def _load_pdf(data: bytes) -> LoadedFile:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UserError(msg.BAD_PDF) from exc
    except Exception as exc:  # pypdf raises many internal types on garbage input
        raise UserError(msg.BAD_PDF) from exc
    text = "\n".join(pages)
    if sum(1 for ch in text if not ch.isspace()) < MIN_TEXT_CHARS:
        raise UserError(msg.NO_TEXT_LAYER)
    return LoadedFile(text=_normalise_newlines(text), source="pdf")


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
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    # Walk the body in order so that table rows keep their place between headings.
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            rows = _docx_table_rows(Table(child, document))
            tables.append(rows)
            lines.extend("\t".join(r) for r in rows)
    return LoadedFile(text="\n".join(lines), tables=tables, source="docx")


def _docx_table_rows(table) -> list[list[str]]:
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
            cells.append(cell.text.strip())
        rows.append(cells)
    return rows


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
        grid = [["" if v is None else str(v).strip() for v in row] for row in sheet.iter_rows(values_only=True)]
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
        if rows:
            tables.append(rows)
            lines.extend("\t".join(r) for r in rows)
    workbook.close()
    return LoadedFile(text="\n".join(lines), tables=tables, source="xlsx")
