"""What one file may cost ingest: size, extracted text, decompressed size, pages, chunks, rows.

Folders come from USB sticks and e-mail attachments. Without limits a 3.7 MB .docx inflating
to 1 GB took the process past 4 GB of memory, and a 100 MB .txt became 131 860 chunks that
slowed every later question. Each limit is a setting (DUCHA_MAX_*, defaults in
core/settings.py) far above any real government report or plan (a provincial report is
~30 000 characters, a plan a few hundred rows), and each refusal names the limit and the
setting that raises it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 50 * MB
    text_chars: int = 1_000_000
    unzipped_bytes: int = 100 * MB
    zip_ratio: int = 100
    pdf_pages: int = 500
    chunks: int = 3_000
    table_rows: int = 5_000
    cell_chars: int = 5_000

    @classmethod
    def from_settings(cls, settings: Any) -> "Limits":
        return cls(
            file_bytes=settings.max_file_mb * MB,
            text_chars=settings.max_text_chars,
            unzipped_bytes=settings.max_unzipped_mb * MB,
            zip_ratio=settings.max_zip_ratio,
            pdf_pages=settings.max_pdf_pages,
            chunks=settings.max_chunks,
            table_rows=settings.max_table_rows,
            cell_chars=settings.max_cell_chars,
        )
