"""Office files are zip archives: their members are checked before anything inflates them.

A 3.7 MB .docx that inflated to 1 GB took ingest past 4 GB of memory; a 50 MB .xlsx peaked at
3.7 GB. Before python-docx or openpyxl sees the bytes, the archive's central directory is
read (no inflating): the declared total, each member's compression ratio and the member count
are checked. Then every member is inflated once, streamed in 1 MB pieces and discarded,
counting bytes against the same cap, so an archive that lies about its sizes is caught at the
cap (zipfile also stops at the declared size and checks the CRC). For a workbook the sheets
are then counted row by row with a streaming XML parser, so a sheet of a million rows is
refused before openpyxl builds it in memory.
"""
from __future__ import annotations

import io
import zipfile

from core.errors import UserError
from core.limits import Limits
from prompts import ingest as msg

MAX_MEMBERS = 10_000
# A member this small may compress as well as it likes (an empty styles part is all zeros).
_RATIO_FLOOR = 1024 * 1024
_PIECE = 1024 * 1024


def check_archive(data: bytes, limits: Limits, *, bad: str) -> None:
    """Refuse (UserError) an archive whose members would inflate past the limits; `bad` is the
    message for a file that is not a zip at all."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UserError(bad) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise UserError(msg.ZIP_TOO_MANY.format(n=len(members)))
        declared = sum(m.file_size for m in members)
        if declared > limits.unzipped_bytes:
            raise UserError(msg.UNZIPPED_TOO_BIG.format(size=_mb(declared), limit=_mb(limits.unzipped_bytes)))
        for m in members:
            ratio = m.file_size / max(m.compress_size, 1)
            if m.file_size > _RATIO_FLOOR and ratio > limits.zip_ratio:
                raise UserError(msg.ZIP_RATIO.format(name=m.filename[:60], ratio=int(ratio), limit=limits.zip_ratio))
        inflated = 0
        for m in members:
            try:
                with archive.open(m) as member:
                    while piece := member.read(_PIECE):
                        inflated += len(piece)
                        if inflated > limits.unzipped_bytes:
                            raise UserError(msg.ZIP_LIED)
            except UserError:
                raise
            except zipfile.BadZipFile as exc:
                # zipfile stops at the declared size; a forged one then fails the CRC check.
                raise UserError(msg.ZIP_LIED if "CRC" in str(exc) else bad) from None
            except (zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
                raise UserError(bad) from None
            except Exception:  # zlib.error and friends from a damaged member
                raise UserError(bad) from None


def check_workbook(data: bytes, limits: Limits) -> None:
    """Count rows and cells of every sheet, and the length of every shared string, streaming."""
    from lxml import etree

    max_cells = limits.table_rows * 64
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            lower = name.lower()
            if lower.startswith("xl/worksheets/") and lower.endswith(".xml"):
                rows = cells = 0
                with archive.open(name) as part:
                    for _, element in _iterparse(etree, part):
                        tag = element.tag.rsplit("}", 1)[-1]
                        if tag == "row":
                            rows += 1
                            if rows > limits.table_rows:
                                raise UserError(msg.TOO_MANY_ROWS.format(limit=limits.table_rows))
                            element.clear()
                        elif tag == "c":
                            cells += 1
                            if cells > max_cells:
                                raise UserError(msg.TOO_MANY_ROWS.format(limit=limits.table_rows))
                        elif tag in ("v", "t") and element.text and len(element.text) > limits.cell_chars:
                            raise UserError(msg.CELL_TOO_LONG.format(limit=limits.cell_chars))
            elif lower == "xl/sharedstrings.xml":
                with archive.open(name) as part:
                    for _, element in _iterparse(etree, part):
                        tag = element.tag.rsplit("}", 1)[-1]
                        if tag == "t" and element.text and len(element.text) > limits.cell_chars:
                            raise UserError(msg.CELL_TOO_LONG.format(limit=limits.cell_chars))
                        if tag == "si":
                            element.clear()


def _iterparse(etree, part):
    try:
        yield from etree.iterparse(part, events=("end",), resolve_entities=False, no_network=True, huge_tree=False)
    except etree.XMLSyntaxError:
        raise UserError(msg.BAD_XLSX) from None


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"
