"""The 督查通报 as a .docx, laid out as an official document (GB/T 9704): A4 with the
standard margins, the title in 小标宋 二号, first-level headings in 黑体 三号, second-level
in 楷体, body in 仿宋 三号 and tables in 仿宋 小四. Word and WPS pick the font for Chinese
text from the East Asian slot (w:rFonts/@w:eastAsia), not from the Latin name, so every
run sets both; without it Chinese falls back to the theme font (宋体/等线).

Sections: totals by status; overdue tasks grouped by lead unit, a table per unit with days
overdue in working days; tasks due in the next working days; recent progress reports. With
a commitment check (兑现核查) the totals say its counts and an attachment (附件) on a new
page gives them again, the not-mentioned tasks grouped by lead unit, and every task's
verdict with the report's own sentence.
"""
from __future__ import annotations

import io

from xml.sax.saxutils import escape as xml_escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from prompts import exports as texts
from reminders.exports_data import Ledger, ReviewSheet

SIZE_TITLE = Pt(22)  # 二号
SIZE_BODY = Pt(16)  # 三号
SIZE_TABLE = Pt(12)  # 小四
TABLE_TEXT_STYLE = "督查表格"
RECENT_LIMIT = 100  # progress rows in the 通报; the rest are in the 台账
STATUS_ORDER = ("逾期", "待审核", "推进中", "未开始", "已完成")


def set_font(run_or_style, name: str, size: Pt | None = None, *, bold: bool | None = None) -> None:
    """Set the Latin and the East Asian font name (and size/bold) of a run or a style."""
    font = run_or_style.font
    font.name = name
    if size is not None:
        font.size = size
    if bold is not None:
        font.bold = bold
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _para(doc, text: str, font: str, size: Pt, *, bold: bool = False, align=None, indent: bool = False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size.pt * 2)
    set_font(p.add_run(text), font, size, bold=bold)
    return p


def _table(doc, style_id: str, headers: tuple[str, ...], rows: list[list[str]], widths_cm: tuple[float, ...]):
    """A grid table: the header row repeated on every page, text in the 表格 paragraph style.
    Rows are appended as ready XML: python-docx's per-cell API costs milliseconds a cell,
    which made a 1 000-task 通报 take 20 s (docs/benchmarks/exports.md)."""
    table = doc.add_table(rows=0, cols=len(headers))
    table._tbl.tblPr.style = "TableGrid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    twips = [int(Cm(w).twips) for w in widths_cm]
    for width, col in zip(twips, table._tbl.tblGrid.gridCol_lst):
        col.w = Cm(width / 567)
    table._tbl.append(parse_xml(_row_xml(headers, twips, style_id, header=True)))
    for values in rows:
        table._tbl.append(parse_xml(_row_xml(values, twips, style_id)))
    return table


def _row_xml(values, twips: list[int], style_id: str, *, header: bool = False) -> str:
    heading = texts.FONT_HEADING
    run_props = (f'<w:rPr><w:rFonts w:ascii="{heading}" w:hAnsi="{heading}" w:eastAsia="{heading}" w:cs="{heading}"/></w:rPr>'
                 if header else "")
    align = '<w:jc w:val="center"/>' if header else ""
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="{style_id}"/>{align}</w:pPr>'
        f'<w:r>{run_props}<w:t xml:space="preserve">{xml_escape(str(v))}</w:t></w:r></w:p></w:tc>'
        for v, w in zip(values, twips)
    )
    row_props = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>' if header else ""
    return f"<w:tr {nsdecls('w')}>{row_props}{cells}</w:tr>"


def _table_style_id(doc) -> str:
    """The paragraph style of table text (仿宋 小四, single spacing, no indent), made once."""
    styles = doc.styles
    if TABLE_TEXT_STYLE not in [s.name for s in styles]:
        style = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        set_font(style, texts.FONT_TABLE, SIZE_TABLE)
        style.paragraph_format.line_spacing = 1.0
        style.paragraph_format.first_line_indent = Pt(0)
    return styles[TABLE_TEXT_STYLE].style_id


def _page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    set_font(normal, texts.FONT_BODY, SIZE_BODY)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    table_style = doc.styles["Table Grid"]
    set_font(table_style, texts.FONT_TABLE, SIZE_TABLE)
    table_style.paragraph_format.line_spacing = 1.0


def write_report(ledger: Ledger, review: ReviewSheet | None = None) -> bytes:
    """The document's bytes (callers write them atomically)."""
    doc = Document()
    _page(doc)
    table_style = _table_style_id(doc)
    date = f"{ledger.date.year}年{ledger.date.month}月{ledger.date.day}日"
    title = texts.REPORT_TITLE.format(plan=ledger.title_plan) if ledger.title_plan else texts.REPORT_TITLE_ALL
    _para(doc, title, texts.FONT_TITLE, SIZE_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, texts.REPORT_DATE.format(date=date), texts.FONT_SUBHEADING, SIZE_BODY, align=WD_ALIGN_PARAGRAPH.CENTER)

    _para(doc, texts.REPORT_H_TOTALS, texts.FONT_HEADING, SIZE_BODY, indent=True)
    order = [s for s in STATUS_ORDER if s in ledger.counts] + [s for s in ledger.counts if s not in STATUS_ORDER]
    parts = "，".join(texts.REPORT_TOTAL_PART.format(status=s, n=ledger.counts[s]) for s in order)
    _para(doc, texts.REPORT_TOTALS.format(date=date, total=ledger.total, parts=parts), texts.FONT_BODY, SIZE_BODY, indent=True)
    if review is not None:
        _para(doc, _review_totals(review), texts.FONT_BODY, SIZE_BODY, indent=True)

    _para(doc, texts.REPORT_H_OVERDUE, texts.FONT_HEADING, SIZE_BODY, indent=True)
    if not ledger.overdue_groups:
        _para(doc, texts.REPORT_OVERDUE_NONE, texts.FONT_BODY, SIZE_BODY, indent=True)
    else:
        _para(doc, texts.REPORT_OVERDUE_INTRO.format(n=ledger.overdue), texts.FONT_BODY, SIZE_BODY, indent=True)
        for i, (unit, rows) in enumerate(ledger.overdue_groups, start=1):
            _para(doc, texts.REPORT_GROUP.format(i=_cn_number(i), unit=unit, n=len(rows)), texts.FONT_SUBHEADING, SIZE_BODY, indent=True)
            _table(
                doc, table_style, texts.REPORT_OVERDUE_HEADERS,
                [[r.task.code, r.task.text, _day(r.task.due), str(r.days_overdue or 0), r.latest.text if r.latest else texts.NONE_MARK] for r in rows],
                (1.4, 6.6, 2.4, 1.8, 3.4),
            )

    _para(doc, texts.REPORT_H_UPCOMING, texts.FONT_HEADING, SIZE_BODY, indent=True)
    if not ledger.upcoming:
        _para(doc, texts.REPORT_UPCOMING_NONE.format(days=ledger.soon_days), texts.FONT_BODY, SIZE_BODY, indent=True)
    else:
        until = ledger.upcoming_until.isoformat() if ledger.upcoming_until else ""
        _para(doc, texts.REPORT_UPCOMING_INTRO.format(n=len(ledger.upcoming), days=ledger.soon_days, until=until), texts.FONT_BODY, SIZE_BODY, indent=True)
        _table(
            doc, table_style, texts.REPORT_UPCOMING_HEADERS,
            [[r.task.code, r.task.text, "、".join(r.task.lead_units) or texts.NONE_MARK, _day(r.task.due), str(r.days_left)] for r in ledger.upcoming],
            (1.4, 7.4, 3.4, 2.4, 1.8),
        )

    _para(doc, texts.REPORT_H_PROGRESS, texts.FONT_HEADING, SIZE_BODY, indent=True)
    if not ledger.recent:
        _para(doc, texts.REPORT_PROGRESS_NONE.format(days=ledger.recent_days), texts.FONT_BODY, SIZE_BODY, indent=True)
    else:
        since = ledger.date.fromordinal(ledger.date.toordinal() - ledger.recent_days + 1).isoformat()
        _para(doc, texts.REPORT_PROGRESS_INTRO.format(days=ledger.recent_days, since=since, n=len(ledger.recent)), texts.FONT_BODY, SIZE_BODY, indent=True)
        _table(
            doc, table_style, texts.REPORT_PROGRESS_HEADERS,
            [[p.code, p.unit or texts.NONE_MARK, p.reported_at.replace("T", " ")[:16], p.text] for p in ledger.recent[:RECENT_LIMIT]],
            (1.4, 3.4, 3.2, 8.6),
        )
        if len(ledger.recent) > RECENT_LIMIT:
            _para(doc, texts.REPORT_PROGRESS_MORE.format(n=len(ledger.recent) - RECENT_LIMIT), texts.FONT_BODY, SIZE_BODY, indent=True)

    _para(doc, texts.REPORT_H_NEXT, texts.FONT_HEADING, SIZE_BODY, indent=True)
    _para(doc, texts.REPORT_NEXT, texts.FONT_BODY, SIZE_BODY, indent=True)
    if review is not None:
        _review_annex(doc, review, table_style)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _review_totals(review: ReviewSheet) -> str:
    return texts.REVIEW_TOTALS.format(report=review.report_title, year=review.year, plan=review.plan_title,
                                      n=len(review.rows), **review.counts)


def _review_annex(doc, review: ReviewSheet, table_style: str) -> None:
    """The attachment: counts, the not-mentioned tasks by lead unit, then every verdict."""
    doc.add_page_break()
    _para(doc, texts.REVIEW_ANNEX, texts.FONT_HEADING, SIZE_BODY)
    _para(doc, texts.REVIEW_ANNEX_TITLE.format(year=review.year), texts.FONT_TITLE, SIZE_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, texts.REVIEW_ANNEX_SOURCE.format(plan=review.plan_title, report=review.report_title,
                                                file=review.report_file, year=review.year),
          texts.FONT_BODY, SIZE_BODY, indent=True)
    _para(doc, texts.REVIEW_H_TOTALS, texts.FONT_HEADING, SIZE_BODY, indent=True)
    _para(doc, _review_totals(review).replace("（详见附件）", ""), texts.FONT_BODY, SIZE_BODY, indent=True)
    _para(doc, texts.REVIEW_H_MISSING, texts.FONT_HEADING, SIZE_BODY, indent=True)
    groups = review.missing_by_unit()
    if not groups:
        _para(doc, texts.REVIEW_MISSING_NONE, texts.FONT_BODY, SIZE_BODY, indent=True)
    else:
        _para(doc, texts.REVIEW_MISSING_INTRO.format(n=review.counts["not_mentioned"]), texts.FONT_BODY, SIZE_BODY, indent=True)
        for i, (unit, rows) in enumerate(groups, start=1):
            _para(doc, texts.REPORT_GROUP.format(i=_cn_number(i), unit=unit, n=len(rows)), texts.FONT_SUBHEADING, SIZE_BODY, indent=True)
            _table(doc, table_style, texts.REVIEW_MISSING_HEADERS, [[r.code, r.text] for r in rows], (1.4, 15.2))
    _para(doc, texts.REVIEW_H_ITEMS, texts.FONT_HEADING, SIZE_BODY, indent=True)
    _table(
        doc, table_style, texts.REVIEW_ITEMS_HEADERS,
        [[r.code, r.text, "、".join(r.lead_units) or texts.NONE_MARK, texts.REVIEW_LABELS.get(r.label, r.label), _said(r)]
         for r in review.rows],
        (1.2, 5.4, 2.4, 1.6, 6.0),
    )


def _said(row) -> str:
    """The report's sentence, where it stands, and the note ("5项中提到1项")."""
    if not row.evidence:
        return texts.NONE_MARK + (texts.REVIEW_NOTE.format(note=row.note) if row.note else "")
    out = row.evidence
    if row.section:
        out += texts.REVIEW_SOURCE.format(section=row.section)
    if row.note:
        out += texts.REVIEW_NOTE.format(note=row.note)
    return out


def _day(value) -> str:
    return value.isoformat() if value else texts.NONE_MARK


_DIGITS = "零一二三四五六七八九"


def _cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 23 → 二十三, 105 → 一百零五, 112 → 一百一十二 (group numbers （一）…);
    beyond 999 the Arabic number."""
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = _DIGITS[hundreds] + "百"
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + _DIGITS[rest]
        return head + ("一" if rest < 20 else "") + _cn_number(rest)
    return str(n)
