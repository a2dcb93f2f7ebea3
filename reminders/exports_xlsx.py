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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from prompts import exports as texts
from reminders.exports_data import Ledger, LedgerRow

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


def write_ledger(ledger: Ledger) -> bytes:
    """The workbook's bytes (callers write them atomically)."""
    wb = Workbook()
    ws = wb.active
    ws.title = texts.LEDGER_SHEET
    with_plan = ledger.title_plan is None and len({r.task.plan_id for r in ledger.rows}) > 1
    headers = list(texts.LEDGER_HEADERS) + ([texts.LEDGER_PLAN_HEADER] if with_plan else [])
    widths = list(texts.LEDGER_WIDTHS) + ([30] if with_plan else [])
    last_col = get_column_letter(len(headers))
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    body_font = Font(name=texts.LEDGER_FONT, size=10)

    title = texts.LEDGER_TITLE.format(plan=ledger.title_plan) if ledger.title_plan else texts.LEDGER_TITLE_ALL
    ws.cell(TITLE_ROW, 1, title).font = Font(name=texts.LEDGER_FONT_HEAD, size=16, bold=True)
    ws.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 32
    subtitle = texts.LEDGER_SUBTITLE.format(date=ledger.date.isoformat(), days=ledger.soon_days)
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

    status_col = headers.index("状态") + 1
    due_col = headers.index("完成时限") + 1
    for offset, row in enumerate(ledger.rows):
        r = FIRST_DATA_ROW + offset
        lines = 1
        for col, value in enumerate(_row_values(row, with_plan), start=1):
            cell = ws.cell(r, col, value)
            cell.font = body_font
            cell.border = border
            wrap = headers[col - 1] in WRAP_COLUMNS
            cell.alignment = Alignment(
                horizontal="left" if wrap else "center", vertical="center", wrap_text=wrap
            )
            if wrap and value:
                lines = max(lines, math.ceil(text_width(str(value)) / max(widths[col - 1] - 2, 1)))
        ws.cell(r, due_col).number_format = "yyyy-mm-dd"
        colours = TONE_COLOURS.get(row.tone)
        if colours:
            status = ws.cell(r, status_col)
            status.fill = PatternFill("solid", fgColor=colours[0])
            status.font = Font(name=texts.LEDGER_FONT, size=10, bold=True, color=colours[1])
        ws.row_dimensions[r].height = max(lines, 1) * POINTS_PER_LINE + 4

    for col, name in enumerate(headers, start=1):
        letter = get_column_letter(col)
        if name in WRAP_COLUMNS:
            ws.column_dimensions[letter].width = widths[col - 1]
        else:  # short cells: wide enough for the longest value and the header, never wrapped
            longest = max([text_width(str(name))] + [text_width(str(ws.cell(r, col).value or "")) for r in range(FIRST_DATA_ROW, ws.max_row + 1)])
            ws.column_dimensions[letter].width = max(widths[col - 1], longest + 2)

    last_row = max(ws.max_row, HEADER_ROW)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    _print_setup(ws, title)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


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
