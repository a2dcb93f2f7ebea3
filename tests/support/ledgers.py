"""Invented progress ledgers for tests: a workbook grouped by lead unit, as supervision offices
print them (a title row, the header, then each group's one-cell row spanning the sheet and its rows)."""
from __future__ import annotations

from pathlib import Path

import openpyxl


def grouped_ledger(path: Path, title: str, header: list[str], groups: dict[str, list[list]], *,
                   merged_title: bool = False) -> Path:
    """Write the ledger to `path` and return it; each key of `groups` is its group row's text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    if merged_title:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for group, rows in groups.items():
        ws.append([group])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path
