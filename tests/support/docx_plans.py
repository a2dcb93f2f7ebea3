"""Responsibility tables written as Word tables by python-docx, for tests: the DOCX sibling of
`tests.support.fpdf_plans`. A title paragraph, an optional line under it, the table (a string
alone is a section row merged across the table), an optional line after it: the places offices
write a plan's notes ("注：排在第一位的为牵头单位")."""
from __future__ import annotations

from pathlib import Path

from tests.support.fpdf_plans import Row


def table_docx(path: Path, title: str, header: list[str], rows: list[Row], *, above: str = "",
               after: str = "") -> Path:
    """Write the plan to `path` and return it."""
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    if above:
        document.add_paragraph(above)
    add_table(document, header, rows)
    if after:
        document.add_paragraph(after)
    document.save(path)
    return path


def add_table(document, header: list[str], rows: list[Row]) -> None:
    """Append one plan table to a python-docx `document`: a notice with several annex tables
    calls it once per table."""
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for cell, value in zip(table.rows[0].cells, header):
        cell.text = value
    for r, values in enumerate(rows, start=1):
        cells = table.rows[r].cells
        if isinstance(values, str):
            cells[0].merge(cells[-1]).text = values
            continue
        for cell, value in zip(cells, values):
            cell.text = value
