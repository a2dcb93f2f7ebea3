"""Responsibility tables drawn as real PDF tables by fpdf2 with a CJK TrueType font, for tests.

A PDF library (or Word's "save as PDF") draws each cell at its own place and wraps long cells
inside their column, so pypdf's plain extraction prints one-line rows on one line and wrapped
rows one cell a line. These builders write such files in a test's tmp_path: a title, a short
paragraph, then the table; rows are lists of cells, a string alone is a section row spanning
the table. fpdf2 repeats the header at the top of every page by itself.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

# A cell is its text, or (text, rows) for a cell merged down over that many rows; the rows it
# covers below leave that column out.
Cell = str | tuple[str, int]
Row = list[Cell] | str


def cjk_font() -> str:
    """The WenQuanYi Micro Hei font shipped by the paperang-p2-fonts-cjk wheel (a dependency)."""
    path = files("paperang_p2_fonts_cjk") / "fonts" / "wqy-microhei.ttc"
    if not Path(str(path)).is_file():
        pytest.skip("no CJK font (paperang-p2-fonts-cjk)")
    return str(path)


def _titled(title: str, intro: str, *, landscape: bool, margin: float):
    """An A4 page with the CJK font, the plan's title and its opening paragraph written."""
    fpdf = pytest.importorskip("fpdf")
    font = cjk_font()
    pdf = fpdf.FPDF(orientation="L" if landscape else "P", unit="mm", format="A4")
    pdf.set_margins(margin, margin, margin)
    pdf.set_auto_page_break(True, margin=margin)
    pdf.add_font("wqy", "", font)
    pdf.add_font("wqy", "B", font)
    pdf.add_page()
    pdf.set_font("wqy", "B", 15)
    pdf.cell(0, 10, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", "", 10.5)
    pdf.multi_cell(0, 7, "\u3000\u3000" + intro)
    return pdf


def table_pdf(path: Path, title: str, intro: str, header: list[str], rows: list[Row], widths: tuple[float, ...], *,
              landscape: bool = True, size: float = 9.5, repeat_header: bool = True) -> Path:
    """Write the plan to `path`: title, paragraph, then the table with wrapped cells."""
    from fpdf.fonts import FontFace

    pdf = _titled(title, intro, landscape=landscape, margin=12)
    pdf.ln(2)
    pdf.set_font("wqy", "", size)
    with pdf.table(col_widths=widths, line_height=5.2, text_align="LEFT", first_row_as_headings=True,
                   repeat_headings=1 if repeat_header else 0) as table:
        head = table.row()
        for cell in header:
            head.cell(cell)
        for row in rows:
            r = table.row()
            if isinstance(row, str):
                r.cell(row, colspan=len(header), style=FontFace(emphasis="BOLD"))
                continue
            for cell in row:
                if isinstance(cell, tuple):
                    r.cell(cell[0], rowspan=cell[1], v_align="MIDDLE")
                else:
                    r.cell(cell)
    pdf.output(str(path))
    return path


def parts_pdf(path: Path, title: str, intro: str, header: list[str], parts: list[tuple[str, list[list[str]]]],
              widths: tuple[float, ...]) -> Path:
    """Write a plan printed one small table a part: each part's heading ("三、副县长郑晓岚负责（2项）")
    as a line of text, then its own table with the header repeated, as offices print a plan
    split by leader."""
    pdf = _titled(title, intro, landscape=False, margin=15)
    for heading, rows in parts:
        pdf.ln(2)
        pdf.set_font("wqy", "", 11)
        pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("wqy", "", 9.5)
        with pdf.table(col_widths=widths, line_height=5.2, text_align="LEFT", first_row_as_headings=True) as table:
            head = table.row()
            for cell in header:
                head.cell(cell)
            for row in rows:
                r = table.row()
                for cell in row:
                    r.cell(cell)
    pdf.output(str(path))
    return path
