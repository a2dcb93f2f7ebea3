"""The 台账 as an .xlsx workbook, the way supervision offices keep it in Excel/WPS.

One sheet: a merged title row, a subtitle row (date and colour legend), the Chinese header
row, then one row per task in table order. The header rows are frozen and filtered; the
状态 cell is filled by tone (逾期 red, 临期 amber, 已完成 green, 待审核 blue, else none)
with the fills Excel's own "good/neutral/bad" styles use, so it reads the same printed in
grey. Columns are sized for Chinese (a CJK character is two width units) and long text
wraps, with row heights set explicitly because Excel does not re-fit them on open. The
page is A4 landscape, one page wide, header row repeated, page numbers in the footer.
"""
from __future__ import annotations

import io
import math
import unicodedata

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from prompts import exports as texts
from reminders.exports_data import Ledger, LedgerRow, ReviewSheet

# tone → (fill colour, font colour); "open" has no fill.
TONE_COLOURS = {
    "overdue": ("FFC7CE", "9C0006"),
    "soon": ("FFEB9C", "9C5700"),
    "done": ("C6EFCE", "006100"),
    "review": ("DDEBF7", "1F4E78"),
}
HEADER_FILL = "D9D9D9"
TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 1, 2, 3
FIRST_DATA_ROW = HEADER_ROW + 1
WRAP_COLUMNS = {"工作任务", "最新进展", "牵头单位", "责任单位", "牵头领导", texts.LEDGER_PLAN_HEADER}
POINTS_PER_LINE = 15


def text_width(text: str) -> int:
    """Display width in Excel character units: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _row_values(row: LedgerRow, with_plan: bool) -> list[object]:
    t = row.task
    join = "、".join
    latest = row.latest
    values: list[object] = [
        t.code, t.text, join(t.leaders), join(t.lead_units), join(t.co_units), t.due, t.status,
        latest.text if latest else "", latest.reported_at.replace("T", " ")[:16] if latest else "", row.evidence,
    ]
    if with_plan:
        values.append(t.plan_title)
    return values


def write_ledger(ledger: Ledger, review: ReviewSheet | None = None) -> bytes:
    """The workbook's bytes (callers write them atomically)."""
    wb = Workbook()
    ws = wb.active
    ws.title = texts.LEDGER_SHEET
    with_plan = ledger.title_plan is None and len({r.task.plan_id for r in ledger.rows}) > 1
    headers = list(texts.LEDGER_HEADERS) + ([texts.LEDGER_PLAN_HEADER] if with_plan else [])
    widths = list(texts.LEDGER_WIDTHS) + ([30] if with_plan else [])
    last_col = get_column_letter(len(headers))
    border = _border()

    title = texts.LEDGER_TITLE.format(plan=ledger.title_plan) if ledger.title_plan else texts.LEDGER_TITLE_ALL
    subtitle = texts.LEDGER_SUBTITLE.format(date=ledger.date.isoformat(), days=ledger.soon_days)
    _sheet_head(ws, title, subtitle, headers, border)

    status_col = headers.index("状态") + 1
    due_col = headers.index("完成时限") + 1
    styles = _register_styles(wb)
    column_style = ["wrap" if name in WRAP_COLUMNS else "center" for name in headers]
    column_style[due_col - 1] = "date"
    longest = [text_width(str(name)) for name in headers]
    for offset, row in enumerate(ledger.rows):
        r = FIRST_DATA_ROW + offset
        lines = 1
        for col, value in enumerate(_row_values(row, with_plan), start=1):
            cell = ws.cell(r, col, value)
            cell.style = styles[column_style[col - 1]]
            if value in (None, ""):
                continue
            width = text_width(value.isoformat() if col == due_col and hasattr(value, "isoformat") else str(value))
            if column_style[col - 1] == "wrap":
                lines = max(lines, math.ceil(width / max(widths[col - 1] - 2, 1)))
            else:
                longest[col - 1] = max(longest[col - 1], width)
        if row.tone in TONE_COLOURS:
            ws.cell(r, status_col).style = styles[row.tone]
        ws.row_dimensions[r].height = lines * POINTS_PER_LINE + 4

    for col, name in enumerate(headers, start=1):
        # wrapped text gets its designed width; short cells fit their longest value, never wrap
        fit = widths[col - 1] if name in WRAP_COLUMNS else max(widths[col - 1], longest[col - 1] + 2)
        ws.column_dimensions[get_column_letter(col)].width = fit

    last_row = max(ws.max_row, HEADER_ROW)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    _print_setup(ws, title)
    if review is not None:
        _review_sheet(wb, review, styles)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# verdict → tone of its cell
REVIEW_TONES = {"done": "done", "progress": "soon", "not_mentioned": "overdue"}


def _review_sheet(wb: Workbook, review: ReviewSheet, styles: dict[str, str]) -> None:
    """A second sheet, 兑现核查: one row per task with its verdict and the report's sentence."""
    ws = wb.create_sheet(texts.REVIEW_SHEET)
    headers, widths = texts.REVIEW_SHEET_HEADERS, texts.REVIEW_SHEET_WIDTHS
    last_col = get_column_letter(len(headers))
    title = texts.REVIEW_SHEET_TITLE.format(year=review.year)
    subtitle = texts.REVIEW_SHEET_SUBTITLE.format(report=review.report_title, file=review.report_file,
                                                  year=review.year, **review.counts)
    _sheet_head(ws, title, subtitle, headers, _border())
    for col in range(1, len(headers) + 1):
        ws.column_dimensions[get_column_letter(col)].width = widths[col - 1]
    for offset, row in enumerate(review.rows):
        r = FIRST_DATA_ROW + offset
        values = [row.code, row.text, "、".join(row.lead_units), texts.REVIEW_LABELS.get(row.label, row.label),
                  row.evidence, row.section, row.note]
        lines = 1
        for col, value in enumerate(values, start=1):
            cell = ws.cell(r, col, value)
            wrap = col in (2, 3, 5, 6, 7)
            cell.style = styles["wrap" if wrap else "center"]
            if wrap and value:
                lines = max(lines, math.ceil(text_width(str(value)) / max(widths[col - 1] - 2, 1)))
        ws.cell(r, 4).style = styles[REVIEW_TONES.get(row.label, "center")]
        ws.row_dimensions[r].height = lines * POINTS_PER_LINE + 4
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{max(ws.max_row, HEADER_ROW)}"
    _print_setup(ws, title)


def _sheet_head(ws: Worksheet, title: str, subtitle: str, headers: list[str], border: Border) -> None:
    """Title, subtitle and header row of a sheet, in the 台账's one look."""
    last_col = get_column_letter(len(headers))
    ws.cell(TITLE_ROW, 1, title).font = Font(name=texts.LEDGER_FONT_HEAD, size=16, bold=True)
    ws.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 32
    ws.cell(SUBTITLE_ROW, 1, subtitle).font = Font(name=texts.LEDGER_FONT, size=10)
    ws.cell(SUBTITLE_ROW, 1).alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells(f"A{SUBTITLE_ROW}:{last_col}{SUBTITLE_ROW}")
    ws.row_dimensions[SUBTITLE_ROW].height = 20
    for col, name in enumerate(headers, start=1):
        cell = ws.cell(HEADER_ROW, col, name)
        cell.font = Font(name=texts.LEDGER_FONT_HEAD, size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    ws.row_dimensions[HEADER_ROW].height = 24


def _border() -> Border:
    thin = Side(style="thin", color="808080")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def _register_styles(wb: Workbook) -> dict[str, str]:
    """One named style per kind of cell, registered once: assigning a named style is a lookup,
    while a fresh Font/Alignment per cell made openpyxl hash styles 30 000 times for 1 000
    tasks (docs/benchmarks/exports.md)."""
    made: dict[str, str] = {}

    def add(name: str, *, align: str, wrap: bool = False, number_format: str = "General",
            fill: str | None = None, colour: str | None = None) -> None:
        style = NamedStyle(name=f"ducha_{name}")
        style.font = Font(name=texts.LEDGER_FONT, size=10, bold=colour is not None, color=colour)
        style.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
        style.border = _border()
        style.number_format = number_format
        if fill:
            style.fill = PatternFill("solid", fgColor=fill)
        wb.add_named_style(style)
        made[name] = style.name

    add("wrap", align="left", wrap=True)
    add("center", align="center")
    add("date", align="center", number_format="yyyy-mm-dd")
    for tone, (fill, colour) in TONE_COLOURS.items():
        add(tone, align="center", fill=fill, colour=colour)
    return made


def _print_setup(ws, title: str) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = texts.LEDGER_SHEET_FOOTER
    ws.oddFooter.center.size = 9
