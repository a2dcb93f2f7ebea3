"""Reading rows of cells (a table, or column-aligned text) into a plan, in stages:

1. `read_rows`: a state machine over the rows —
       header row      具体工作任务和要求 | 省政府牵头领导 | 牵头单位 | 责任单位   (repeated per page)
       section row     一、推动创新提速提效……。(17项)
       subsection row  (一)强化创新平台支撑。
       task row        1. 落实……。 | 罗小云 | 省科技厅 | 省……成员单位
   giving draft tasks (`Draft`) with their raw cells;
2. `finish` (in `retrieval.plans.drafts`): headings demoted, restarts renumbered, codes
   checked, unit cells split into lead and co-units.

Numbering. Sections are "一、…", subsections "（一）…", tasks "1." "1．" "1、" "(1)" "（1）", or
the number sits in a 序号 column (which may also hold the section's "一" / subsection's "（一）").
An explicit code in the 序号 column ("2.3") wins: its section part is the task's section, so a
table without section rows but with codes 1.1 … 5.8 has five sections. Otherwise a task's code
is section.number with the number as printed; numbering that runs through the whole table
(section 二 starting where 一 ended) is renumbered by position in `parse` for every shape, so 序号 18,
the 3rd task of section 二, is `2.3`. A table without any section row and without codes is one implicit section 1.
DOCX cells merged over several rows repeat their text in each row (python-docx): a task row whose
number and text repeat the task above is the same task, and its other cells are added to it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from core import lazy_re as re
from core.numerals import cn_number, cn_numeral
from core.plan_records import PlanSection
from prompts import registry as msg
from retrieval.plans.cells import clean_cell, join_text
from retrieval.plans.drafts import Draft, add_cells, implicit_section, snippet
from retrieval.plans.header import header_columns, merge_headers, other_columns
from retrieval.plans.meta import TITLE_RE
from retrieval.plans.paragraphs import LEADER_BRACKET, section_leaders
from retrieval.plans.numbering import (CODE_RE, DECLARED_RE, LETTER_CODE_RE, MARK_TASK_RE, PAGE_NUMBER_RE, SECTION_RE, SUBSECTION_RE, TASK_RE,
                                       mark_prefix,
                                       task_number)
from retrieval.plans.rows import CELL_ROLES, RowParts, collapse_merged, row_parts


@dataclass
class Reading:
    """What `read_rows` found: the columns, sections, draft tasks and every problem."""

    columns: dict[str, int] | None = None
    others: dict[int, str] = field(default_factory=dict)  # columns no role names, by index (`header.other_columns`)
    # whether this table's tasks are unnumbered rows (an indicator table with no 序号): None until its first task
    unnumbered: bool | None = None
    sections: list[PlanSection] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    section: PlanSection | None = None
    subsection: str | None = None
    implicit: PlanSection | None = None  # the one section of a table without section rows
    implicit_rows: list[tuple[int, str]] = field(default_factory=list)
    section_defaults: dict[str, str] = field(default_factory=dict)  # cells written on a section row
    defaults: dict[str, str] = field(default_factory=dict)  # … or on a subsection row
    in_notes: bool = False  # past a "注：" / "填报说明" row: one-cell rows are notes until a header
    annex_title: str = ""  # a one-cell "附表2 …十件民生实事" row: the title of the table that follows
    text_label: str = ""  # the task column's label in the header read last ("指标", "重点工作任务")
    group_leaders: str = ""  # a "责任市领导：张明（副市长）" row's leaders: the tasks' below it, to the next such row


def read_rows(rows: Sequence[Sequence[str]], lines: Sequence[int] = ()) -> Reading:
    """Stage 1: every row classified and turned into sections and draft tasks. `lines`: the
    file line each row starts on, when rows were read from text (problems name those)."""
    r = Reading()
    pending: dict[str, int] | None = None  # header rows read so far (a header may span two rows)
    header_row: Sequence[str] = ()
    # the row right above the first header when it is a header's upper line of merged labels
    # ("编号 | 工作任务 | 责任分工 | 2025年推进计划", the roles and quarters in the row below): a PDF
    # repeats it atop every page, where it is no task
    upper: tuple[str, ...] = ()
    previous: Sequence[str] = ()
    previous_line = 0
    # a section's row right above the first header ("一、扩大有效需求" then 序号 | 重点任务 | …, as a
    # sheet per section prints it, round 52b): the first tasks' section, read once the columns are
    first_section: tuple[int, list[str]] | None = None
    # (or above the table's title row: "一、扩大内需" from the sheet's tab, then "…责任分工（一、扩大内需）")
    lone_above: tuple[int, list[str]] | None = None
    for index, row in enumerate(rows):
        line_no = lines[index] if index < len(lines) else index + 1
        found = header_columns(row)
        if found:
            if r.columns is None and pending is None and sum(1 for c in previous if clean_cell(c)) >= 2:
                upper = tuple(clean_cell(c) for c in previous)
            if r.columns is None and pending is None and _lone_section(previous):
                first_section = (previous_line, collapse_merged(previous))
            elif r.columns is None and pending is None and lone_above is not None and _plan_title(previous):
                first_section = lone_above
            pending = merge_headers(pending, found) if pending else found
            header_row = row
            continue
        if r.columns is None and pending is None and _lone_section(row):
            lone_above = (line_no, collapse_merged(row))
        previous, previous_line = row, line_no
        previous = row
        if upper and r.columns is not None and tuple(clean_cell(c) for c in row) == upper:
            continue
        if pending is not None:
            if r.columns is not None and pending != r.columns and r.drafts:
                if not _next_table(r, pending, header_row):
                    r.problems.append(msg.ROW_HEADER_CHANGED.format(row=line_no - 1))
            r.columns, pending, r.in_notes = pending, None, False
            r.others = other_columns(header_row, r.columns)
            r.unnumbered = None
            r.text_label = clean_cell(header_row[r.columns["text"]]) if r.columns.get("text", 99) < len(header_row) else ""
            if first_section is not None:
                _read_row(r, *first_section)
                first_section = None
        if r.columns is None:
            continue
        cells = collapse_merged(row)
        if any(cells):
            _read_row(r, line_no, cells)
    if pending is not None and r.columns is None:
        r.columns = pending
        r.others = other_columns(header_row, r.columns)
    return r


def _plan_title(row: Sequence[str]) -> bool:
    """A row of one filled cell that reads as the plan's (or its sheet's) title."""
    filled = [clean_cell(c) for c in row if clean_cell(c)]
    return len(set(filled)) == 1 and TITLE_RE.match(join_text(filled[0])) is not None


def _lone_section(row: Sequence[str]) -> bool:
    """A row of one filled cell that reads as a section's title ("一、扩大有效需求（9项）")."""
    filled = [clean_cell(c) for c in row if clean_cell(c)]
    return len(set(filled)) == 1 and SECTION_RE.match(filled[0]) is not None


def _headed_measure(r: Reading, cells: list[str], parts: RowParts) -> RowParts:
    """A plan of two levels (序号 | 重点任务 | 具体举措 | …, round 63a): the 重点任务 cell, merged
    down its measures, is a numbered heading ("（一）加快建设现代化产业体系") and each measure row
    has its own 序号, units and time. The measure is the task; the heading is its subsection.
    Otherwise the heading's numbering was read as the row's and every row became a heading."""
    heading = join_text(cells[r.columns["text"]]) if r.columns.get("text", 99) < len(cells) else ""
    detail = join_text(cells[r.columns["detail"]]) if r.columns.get("detail", 99) < len(cells) else ""
    m_sub = SUBSECTION_RE.match(heading)
    m_sec = SECTION_RE.match(heading)
    if not detail or not (m_sub or (m_sec and m_sec.group(2))) or not MARK_TASK_RE.match(parts.code or ""):
        return parts
    if m_sub:
        r.subsection = m_sub.group(2)
    mark = mark_prefix(parts.code) or ""
    return RowParts(label=mark + detail, text=detail, code=parts.code, cells=parts.cells, group=parts.group)


def _read_row(r: Reading, line_no: int, cells: list[str]) -> None:
    assert r.columns is not None
    parts = row_parts(cells, r.columns, r.others)
    if "detail" in r.columns:
        parts = _headed_measure(r, cells, parts)
    if parts.group:
        _group_cell(r, line_no, join_text(parts.group))
    others = [parts.cells[k] for k in CELL_ROLES]
    flat = join_text(parts.label)
    if PAGE_NUMBER_RE.match(flat) and not any(others):
        return
    if (led := _LEADER_ROW.match(flat)) and sum(1 for c in set(cells) if c) == 1:
        # "责任市领导：张明（副市长）" merged across the table (round 67b): the tasks below are
        # grouped by their leader, the table has no leader column of its own
        r.group_leaders = led.group("names")
        return
    m_sec = SECTION_RE.match(flat)
    m_sub = SUBSECTION_RE.match(flat)
    m_task = TASK_RE.match(flat) if parts.text else None
    m_code = CODE_RE.match(parts.code) if parts.text else None
    m_letters = LETTER_CODE_RE.match(parts.code) if parts.text and not m_code else None
    if r.in_notes and m_sec and sum(1 for c in cells if c) == 1 and any(s.number == cn_number(m_sec.group(1) or m_sec.group(2)) for s in r.sections):
        return  # "一、本台账共七个方面33项任务…": a numbered point of the notes (a 填报说明 sheet), not the plan's part 一 again
    if m_sec and cn_number(m_sec.group(1) or m_sec.group(2)) and not (m_task or m_code):
        _section_row(r, line_no, m_sec, parts)
    elif m_sub and not (m_task or m_code):
        if r.section is None:
            r.section = r.implicit = implicit_section(r.sections)
        r.subsection = m_sub.group(2)
        r.defaults = {k: v or r.section_defaults.get(k, "") for k, v in parts.cells.items()}
    elif m_code:
        r.unnumbered = False if r.unnumbered is None else r.unnumbered
        _task_row(r, line_no, int(m_code.group(2)), join_text(parts.text), parts, flat, code_section=int(m_code.group(1)))
    elif m_letters and not m_task:
        _task_row(r, line_no, int(m_letters.group(2)), join_text(parts.text), parts, flat)
    elif m_task:
        r.unnumbered = False if r.unnumbered is None else r.unnumbered
        number, body = task_number(m_task)
        _task_row(r, line_no, number, join_text(body), parts, flat, paren=bool(m_task.group(1)))
    elif not parts.text and r.drafts and r.drafts[-1].section is r.section and any(others):
        # A task split over a page break (or an XLSX text cell merged over rows): the rest of
        # its unit cells, no text.
        add_cells(r.drafts[-1], parts.cells)
    elif parts.text and not any(others) and r.drafts and r.drafts[-1].section is r.section and not m_sec and not m_sub:
        r.drafts[-1].text += join_text(parts.text)  # the end of a task's text wrapped onto a row of its own
    elif _ANNEX_ROW.match(flat) and sum(1 for c in cells if c) == 1:
        # "附表2 澄溪市2025年十件民生实事责任分工表": the title of the next table in the same
        # sheet, never a task (`_next_table` names the table's section by it)
        r.annex_title = _ANNEX_ROW.sub("", flat).strip()
        return
    elif _plan_title(cells) and not m_task and not m_code:
        # "…重点任务责任分工（二、产业升级）": the next sheet's title above its header, never a task
        return
    elif (_NOTE_ROW.match(flat) or r.in_notes) and sum(1 for c in cells if c) == 1:
        # "注：…" / "填报说明" and its numbered lines under a table, each in a row of its own: the
        # plan's notes (`lead_rule` reads them), never tasks; a new header ends them
        r.in_notes = True
        return
    elif (not parts.text and sum(1 for c in cells if c) == 1) or _TOTAL_ROW.match(flat):
        # a caption in the first column alone (the next sheet's title, its "填报单位：…" line, the
        # legend "进度评价：● 正常推进…") or a "合计" row: the ledger's frame, never a task
        return
    elif "code" not in r.columns and parts.text and parts.cells.get("lead") and not m_sec and not m_sub \
            and r.unnumbered is not False:
        # a table with no 序号 column whose rows number nothing ("表一：主要预期目标责任分解": 指标 | 目标值 |
        # 牵头单位 | 配合单位, round 71b): each row with its text and its lead unit is the next task of its part
        r.unnumbered = True
        number = sum(1 for d in r.drafts if r.section is not None and d.section is r.section) + 1
        _task_row(r, line_no, number, join_text(parts.text), parts, flat)
    else:
        r.problems.append(msg.ROW_GARBAGE.format(row=line_no, text=snippet(" | ".join(c for c in cells if c))))


_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|小\s*计)\s*$")
# a group row naming the leader of the tasks under it ("责任市领导：张明（副市长）", "分管县领导：李四")
_LEADER_ROW = re.compile(r"^(?:责任|牵头|分管|联系|包抓|挂点)(?:省|市|县|区|州)?(?:领导|负责同志)\s*[:：]\s*(?P<names>[^:：]{2,40})$")


_NOTE_ROW = re.compile(r"^(?:注|说明|备注|填表说明|填报说明)\s*\d?\s*(?:[:：]|$)")
_ANNEX_ROW = re.compile(r"^附\s*[表件]\s*[0-9０-９一二三四五六七八九十]+\s*[:：、.．]?\s*")


def _next_table(r: Reading, columns: dict[str, int], header: Sequence[str]) -> bool:
    """A second table with its own columns, read on when the new header names a task and its lead:
    - a notice's 附件1 (targets: 指标 | 预期目标 | 牵头单位 | 配合单位) then 附件2 (tasks), the first
      table's rows in no printed section: they keep a section of their own, numbered 0 and titled
      by their task column's label ("指标"), so the second table's "一、…" sections keep their
      printed numbers;
    - a table of printed sections (a 工作板块 column, "一、…" rows) then 附表2 (十件民生实事, its
      own columns, no section rows): the second table is the next section, titled by its "附表2 …"
      row or its task column's label."""
    if "text" not in columns or "lead" not in columns:
        return False
    if r.implicit is not None and r.section is r.implicit:
        r.implicit.number = 0
        r.implicit.title = "".join(r.text_label.split()) or r.implicit.title
    elif r.implicit is None and r.sections and r.section is not None:
        number = max(s.number for s in r.sections) + 1
        label = r.annex_title or ("".join(clean_cell(header[columns["text"]]).split()) if columns["text"] < len(header) else "")
        r.sections.append(PlanSection(number=number, title=label or msg.CODED_SECTION.format(number=number), declared_count=None))
        r.section = r.sections[-1]
        r.subsection, r.defaults, r.section_defaults, r.annex_title = None, {}, {}, ""
        return True
    else:
        return False
    r.implicit, r.implicit_rows, r.section, r.subsection = None, [], None, None
    r.defaults, r.section_defaults, r.annex_title = {}, {}, ""
    return True


def _group_cell(r: Reading, line_no: int, group: str) -> None:
    """A group column's cell (工作板块, merged down its rows): a new section when it names
    another than the current one, numbered as printed ("二、坚持项目为王（10项）") or next."""
    m_sec = SECTION_RE.match(group)
    if m_sec and cn_number(m_sec.group(1) or m_sec.group(2)):
        title = _bare_title(m_sec.group(3))
        if r.section is None or r.section is r.implicit or r.section.title != title:
            _section_row(r, line_no, m_sec, RowParts(label=group, text="", code="", cells={}))
        return
    if r.section is None or r.section is r.implicit or r.section.title != group:
        numbered = SECTION_RE.match(f"{cn_numeral(len(r.sections) + 1)}、{group}")
        if numbered:
            _section_row(r, line_no, numbered, RowParts(label=group, text="", code="", cells={}))


def _bare_title(title: str) -> str:
    """A part's title without its declared count and its leader's bracket."""
    bare = DECLARED_RE.sub("", title).strip()
    return LEADER_BRACKET.sub("", bare).strip() or bare


def _section_row(r: Reading, line_no: int, m_sec, parts: RowParts) -> None:
    mark = m_sec.group(1) or m_sec.group(2)
    number = cn_number(mark) or 0
    title = m_sec.group(3)
    declared = DECLARED_RE.search(title)
    # The title without its "(17项)": the count is kept as declared_count; without its leader's
    # bracket ("扩大有效需求（责任市领导：周启明）"): the leader is every task's (below).
    section = PlanSection(number=number, title=_bare_title(title), declared_count=int(declared.group(1)) if declared else None)
    if r.implicit is not None:
        # Tasks before the first section of a table that has sections: not one of them.
        r.problems.extend(msg.ROW_NO_SECTION.format(row=row, text=snippet(t)) for row, t in r.implicit_rows)
        r.sections.remove(r.implicit)
        r.drafts = [d for d in r.drafts if d.section is not r.implicit]
        r.implicit, r.implicit_rows = None, []
    r.sections.append(section)  # a number printed twice is settled once the tasks are read (drafts.distinct_sections)
    r.section, r.subsection = section, None
    # A leader or unit written on the section row is every task's unless it names its own; so is
    # the leader its title names ("三、副县长郑晓岚负责（7项）", one small table a leader).
    cells = dict(parts.cells)
    if not cells.get("leaders") and (named := section_leaders(DECLARED_RE.sub("", m_sec.group(3)).strip())):
        cells["leaders"] = "、".join(named)
    r.section_defaults = r.defaults = cells


def _task_row(r: Reading, line_no: int, number: int, body: str, parts: RowParts, flat: str, *, paren: bool = False,
              code_section: int | None = None) -> None:
    if code_section is not None and (r.section is None or r.section is r.implicit or r.section.number != code_section):
        # An explicit "2.3" names its section: one per section number, made as codes appear.
        r.section = next((s for s in r.sections if s.number == code_section), None) or _coded_section(r, code_section)
    elif r.section is None or r.section is r.implicit:
        if not r.sections:
            r.section = r.implicit = implicit_section(r.sections)
        if r.section is r.implicit:
            r.implicit_rows.append((line_no, flat))
    last = r.drafts[-1] if r.drafts else None
    if last and last.section is r.section and last.number == number and last.text == body:
        add_cells(last, parts.cells)  # a DOCX cell merged over rows: the same task again
        return
    inherit = r.section is not r.implicit
    own = {k: v or (r.defaults.get(k, "") if inherit else "") for k, v in parts.cells.items()}
    if r.group_leaders and not own.get("leaders"):
        own["leaders"] = r.group_leaders
    r.drafts.append(Draft(row=line_no, section=r.section, subsection=r.subsection, number=number, text=body,
                          style="paren" if paren else "dot", cells=own, others=parts.others))


def _coded_section(r: Reading, number: int) -> PlanSection:
    section = PlanSection(number=number, title=msg.CODED_SECTION.format(number=number),
                          declared_count=None)
    r.sections.append(section)
    return section
