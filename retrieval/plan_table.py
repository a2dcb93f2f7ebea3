"""Responsibility tables (重点工作责任分工方案) → `PlanTable`.

A table arrives either as rows of cells (DOCX/XLSX/CSV, built by `retrieval.loaders`) or as
text extracted from a PDF, where each table row is one line of tab-separated cells. Both are
reduced to rows of cells and read by one state machine:

    header row      具体工作任务和要求 | 省政府牵头领导 | 牵头单位 | 责任单位   (repeated per page)
    section row     一、推动创新提速提效……。(17项)
    subsection row  (一)强化创新平台支撑。
    task row        1. 落实……。 | 罗小云 | 省科技厅 | 省……成员单位

Columns are found by what the header says, not by position (an extra ✓/△ column is
ignored), in the wordings tables use across the country: 工作任务 / 重点工作 / 任务内容 /
具体工作任务和要求; 牵头领导 / 责任领导 / 分管领导 / 市政府牵头领导 / 牵头市领导; 牵头单位 /
牵头部门; 配合单位 / 协办单位 / 参与单位 / 责任单位; 完成时限 / 时间节点 / 完成时间; 序号.
责任单位 is the co-unit column when a 牵头 column exists, else it is the lead column. A header
over two rows (责任单位 spanning 牵头单位 | 配合单位) is read as one. Cells are cleaned of `<u>`
markup.

Numbering. Sections are "一、…", subsections "（一）…", tasks "1." "1．" "1、" "(1)" "（1）", or
the number sits in a 序号 column (which may also hold the section's "一" / subsection's "（一）").
A task's code is section.number with the number AS PRINTED: when numbering runs through the
whole table instead of restarting per section (一、 1–17, 二、 18–30), the second section's
first task is `2.18`. When numbering restarts in every subsection (duplicates that would
otherwise be refused), a task's number is its position in the section (1, 2, 3… across
subsections). A table without any section row is one implicit section 1: codes `1.N`.
Four levels (一、 / （一） / 1. / （1）) where the "1." rows carry no unit are headings: the
（1） rows are the tasks, with the heading as their subsection.
DOCX cells merged over several rows repeat their text in each row (python-docx): a task
row whose number and text repeat the task above is the same task, and its other cells are
added to it, so no task is duplicated. A 完成时限 column becomes `PlanRow.due_text`, read into
a date at load time (`core.deadline_words.due_from_cell`). Units in a cell are separated by
spaces, line breaks or 、, but a PDF may also break ONE name over a space or a line
("省数字经济创新发展 领导小组成员单位"): `split_units` rejoins fragments using structure
(a fragment that cannot start a name, a fragment without a unit suffix) and the known unit
vocabulary, which grows with every table parsed.

Whole table or nothing: every problem (missing column, row without lead unit, duplicate
code, unreadable row) is collected and raised together as `PlanTableError`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from core.errors import UserError
from core.plan_records import PlanRow, PlanSection, PlanTable  # noqa: F401  (re-exported: the parser's output)
from prompts import registry as msg
from core.numerals import cn_number


# --- row shapes -------------------------------------------------------------------------

_CN_NUM = "[一二三四五六七八九十百零〇两]+"
# "一、…" or "第一部分 …" / "第一方面：…". Group 1 = number, 2 = title.
SECTION_RE = re.compile(rf"^\s*(?:第\s*({_CN_NUM})\s*(?:部分|方面|篇)\s*[、.．:：]?|({_CN_NUM})\s*[、.．])\s*(.+?)\s*$")
SUBSECTION_RE = re.compile(rf"^\s*[（(]\s*({_CN_NUM})\s*[)）]\s*(.+?)\s*$")
# A task: "1." "1．" "1、" "1)" "(1)" "（1）" or "1 " before its text. Group 1 or 2 = number, 3 = text.
# "1.5万套" is a quantity, not task 1: a dot followed by a number with a measure word is a decimal.
_DECIMAL = r"(?!\d+\s*(?:万|亿|%|％|倍|公里|千米|米|吨|元|平方|亩))"
TASK_RE = re.compile(rf"^\s*(?:[（(]\s*(\d{{1,3}})\s*[)）]|(\d{{1,3}})\s*(?:[.．]{_DECIMAL}|[、)）]|\s))\s*(.+?)\s*$", re.S)
# What a 序号 cell may hold on its own: a section's 一, a subsection's (一), a task's 3.
MARK_SECTION_RE = re.compile(rf"^\s*({_CN_NUM})\s*[、.．]?\s*$")
MARK_SUBSECTION_RE = re.compile(rf"^\s*[（(]\s*({_CN_NUM})\s*[)）]\s*$")
MARK_TASK_RE = re.compile(r"^\s*[（(]?\s*(\d{1,3})\s*[)）]?\s*[.．、]?\s*$")
DECLARED_RE = re.compile(r"[（(]\s*(?:共\s*)?(\d+)\s*项\s*[)）]\s*$")
# A code column ("3.4", "3-4") when the table has one.
CODE_RE = re.compile(r"^\s*(\d{1,3})\s*[.．\-]\s*(\d{1,3})\s*$")
PAGE_NUMBER_RE = re.compile(r"^\s*[-—–]*\s*\d{1,4}\s*[-—–]*\s*$")
MARKUP_RE = re.compile(r"</?[a-zA-Z][^>]*>")

# Header keywords → column role. Order matters: 牵头领导 contains 牵头, 时限要求 contains 要求.
COLUMN_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("code", ("序号", "编号", "代码")),
    ("due", ("时限", "期限", "时间节点", "完成时间", "截止时间", "办结时间", "进度安排", "时间安排", "时间要求")),
    ("leaders", ("领导", "分管", "责任人")),
    ("lead", ("牵头单位", "牵头部门", "主办单位", "主责单位", "牵头")),
    ("co", ("配合单位", "协办单位", "参与单位", "参加单位", "协助单位", "配合部门", "协办部门", "参与部门", "责任单位", "责任部门",
            "负责单位", "负责部门", "承办单位", "实施单位", "主体单位", "相关单位")),
    ("text", ("任务", "工作", "内容", "事项", "要求", "措施")),
]
# A unit column worded like this is never the lead, even when no 牵头 column exists.
CO_ONLY_WORDS = ("配合", "协办", "参与", "协助")
REQUIRED_COLUMNS = ("text", "lead")

# Where a unit name may end (longest first is not needed: endswith over all).
UNIT_SUFFIXES = (
    "成员单位", "领导小组", "指挥部", "联席会议", "委员会", "管委会", "政府", "中心支行", "分公司",
    "公司", "集团", "单位", "企业", "厅", "委", "局", "办", "部", "院", "会", "社", "联", "署",
    "海关", "银行", "支行", "中心", "所", "站", "队", "处", "室", "馆", "校", "团", "司",
)
# Words that begin the tail of a collective body and can never begin a unit name on their own:
# a fragment starting with one of them belongs to the fragment before it.
TAIL_STARTS = (
    "工作领导小组", "领导小组", "联席会议", "协调机制", "协调小组", "指挥部", "工作专班", "专班",
    "各成员单位", "成员单位", "工作委员会", "委员会", "办公室",
)


class PlanTableError(UserError):
    """The table cannot be loaded as a whole; `problems` names each bad row."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(msg.TABLE_ERRORS.format(n=len(problems), problems="；".join(problems[:12]) + ("…" if len(problems) > 12 else "")))


# --- cleaning -----------------------------------------------------------------------------


def clean_cell(cell: Any) -> str:
    """Drop markup and normalise whitespace; keep line breaks (they separate names in DOCX)."""
    if cell is None:
        return ""
    text = MARKUP_RE.sub("", str(cell)).replace("\u3000", " ").replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _join_text(text: str) -> str:
    """Task text: a line break inside a cell is a wrap, not a separator."""
    return re.sub(r"\s*\n\s*", "", text).strip()


def split_leaders(cell: str) -> list[str]:
    """'殷美根 胡 强 吴 浩' → [殷美根, 胡强, 吴浩]. Chinese names have at least two characters,
    so a one-character piece is half a name the PDF spaced out."""
    cell = re.sub(r"[（(][^）)]*[)）]", " ", clean_cell(cell))  # 张三（副市长） → 张三
    pieces = [p for p in re.split(r"[\s、,，;；/]+", cell) if p]
    names: list[str] = []
    pending = ""
    for piece in pieces:
        if pending:
            names.append(pending + piece)
            pending = ""
        elif len(piece) == 1:
            pending = piece
        else:
            names.append(piece)
    if pending:
        if names:
            names[-1] += pending
        else:
            names.append(pending)
    return _dedupe(names)


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _has_suffix(name: str) -> bool:
    return name.endswith(UNIT_SUFFIXES)


def _is_tail(fragment: str) -> bool:
    return fragment.startswith(TAIL_STARTS)


def split_units(cell: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Split a unit cell into names, rejoining names broken over a space or line.

    A fragment is glued to the one before it when the pair is a known unit, when it starts
    like the tail of a collective body (领导小组…, 联席会议成员单位, 成员单位), or when the
    fragment before has no unit suffix and so cannot have ended a name. 、 always separates.
    """
    text = clean_cell(cell)
    if not text:
        return []
    fragments = _split_outside_brackets(text, " \n\t")
    names: list[str] = []
    for fragment in fragments:
        items = _split_outside_brackets(fragment, "、,，;；", keep_empty=True)
        for k, item in enumerate(items):
            item = item.strip()
            if not item:
                continue
            # Only the first item of a fragment can continue the previous name: a 、 before
            # it would have closed the name.
            if k == 0 and names and not names[-1].endswith("、") and _continues(names[-1], item, known):
                names[-1] += item
            elif k > 0 and names and names[-1].startswith("各") and not _has_suffix(names[-1]):
                names[-1] += "、" + item  # "各市、县（区）政府" enumerates levels of one collective
            else:
                names.append(item)
        if len(items) > 1 and not items[-1].strip() and names:
            # "单位、 中央企业": the 、 at the end closes the name before the space.
            names[-1] += "、"
    return _dedupe(n.rstrip("、") for n in names if n.rstrip("、"))


def _split_outside_brackets(text: str, separators: str, *, keep_empty: bool = False) -> list[str]:
    """Split on any of `separators` except inside brackets: 各县（市、区）政府 is one name."""
    parts, buf, depth = [], "", 0
    for ch in text:
        if ch in "（(【[":
            depth += 1
        elif ch in "）)】]" and depth:
            depth -= 1
        if ch in separators and depth == 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    return parts if keep_empty else [p for p in parts if p.strip()]


def _continues(before: str, fragment: str, known: set[str] | frozenset[str]) -> bool:
    if before + fragment in known:
        return True
    if _is_tail(fragment):
        return True
    if fragment in known:
        return False
    if not _has_suffix(before):
        return True
    return False


# --- table reading ------------------------------------------------------------------------


def _text_rows(text: str) -> list[list[str]]:
    """PDF text: table rows are the lines that hold a tab."""
    rows = []
    for line in text.splitlines():
        if "\t" in line:
            rows.append(line.split("\t"))
    return rows


def _collapse_merged(row: Sequence[str]) -> list[str]:
    """A DOCX cell merged over several columns repeats its text in each of them (a section
    row spanning the table, or spanning all but the 序号 column): keep the first copy."""
    cells = [clean_cell(c) for c in row]
    return [c if i == 0 or c != cells[i - 1] else "" for i, c in enumerate(cells)]


def header_columns(row: Sequence[str]) -> dict[str, int] | None:
    """Map column roles to indexes when `row` is a header row (it names a task column and a
    unit column, or is the lower half of a two-row header naming unit columns); None otherwise.

    责任单位 (or any unit column not worded as a helper's) is the lead column when the header
    has no 牵头 column; with one, it is the co-unit column."""
    roles: dict[str, int] = {}
    units: list[tuple[int, str]] = []  # every unit column, in order, with its label
    for index, cell in enumerate(row):
        label = re.sub(r"\s+", "", clean_cell(cell))
        if TASK_RE.match(label) or SECTION_RE.match(label) or SUBSECTION_RE.match(label):
            return None  # a numbered row is content, whatever words it holds
        if not label or len(label) > 16:
            continue
        for role, words in COLUMN_RULES:
            if any(w in label for w in words):
                if role in ("lead", "co"):
                    units.append((index, role if role == "lead" else label))
                elif role not in roles:
                    roles[role] = index
                break
    leads = [i for i, r in units if r == "lead"]
    others = [(i, label) for i, label in units if label != "lead"]
    if leads:
        roles["lead"] = leads[0]
    elif others and not any(w in others[0][1] for w in CO_ONLY_WORDS):
        roles["lead"] = others.pop(0)[0]
    if others:
        roles["co"] = others[0][0]
    if "lead" in roles and ("text" in roles or "co" in roles or "leaders" in roles):
        return roles
    if "text" in roles and ("co" in roles or "leaders" in roles):
        return roles  # a header without its lead column: reported as a missing column
    return None


def _merge_headers(upper: dict[str, int], lower: dict[str, int]) -> dict[str, int]:
    """A header over two rows: 责任单位 over 牵头单位 | 配合单位. The lower row's roles win;
    an upper role whose column the lower row names otherwise is dropped."""
    taken = set(lower.values())
    merged = {role: i for role, i in upper.items() if i not in taken and role not in lower}
    merged.update(lower)
    return merged


def candidate_rows(loaded: Any) -> list[list[str]]:
    """All rows the table could live in: the loader's tables, else the text's tab lines."""
    rows: list[list[str]] = []
    for table in getattr(loaded, "tables", None) or []:
        rows.extend([list(map(lambda c: "" if c is None else str(c), r)) for r in table])
    if not rows:
        rows = _text_rows(getattr(loaded, "text", "") or "")
    return rows


def looks_like_plan(loaded: Any) -> bool:
    """A responsibility table: a header naming tasks and lead units, followed by numbered tasks."""
    columns = None
    after_header = False
    for row in candidate_rows(loaded):
        found = header_columns(row)
        if found:
            columns = _merge_headers(columns, found) if after_header and columns else found
            after_header = True
            continue
        after_header = False
        if columns and "text" in columns:
            parts = _row_parts(_collapse_merged(row), columns)
            if parts.text and (TASK_RE.match(parts.label) or CODE_RE.match(parts.code)):
                return True
    return False


@dataclass
class _RowParts:
    label: str  # the text the row's shape is read from: 序号 mark + task text, or the first cell
    text: str  # the task-text cell
    code: str  # the 序号 cell
    cells: dict[str, str]  # leaders / lead / co / due cells


def _row_parts(cells: list[str], columns: dict[str, int]) -> _RowParts:
    def get(role: str) -> str:
        return cells[columns[role]] if role in columns and columns[role] < len(cells) else ""

    text, code = get("text"), get("code")
    label = text
    if text and not (TASK_RE.match(text) or SECTION_RE.match(text) or SUBSECTION_RE.match(text)):
        mark = _mark(code)
        if mark:
            label = mark + text
    if not label:
        label = next((c for c in cells if c), "")
    return _RowParts(label=label, text=text, code=code, cells={r: get(r) for r in ("leaders", "lead", "co", "due")})


def _mark(code: str) -> str | None:
    """A 序号 cell as the prefix a numbered row would carry: 一 → "一、", (一) → "（一）", 3 → "3. "."""
    if m := MARK_SECTION_RE.match(code):
        return f"{m.group(1)}、"
    if m := MARK_SUBSECTION_RE.match(code):
        return f"（{m.group(1)}）"
    if m := MARK_TASK_RE.match(code):
        return f"{m.group(1)}. "
    return None


def _task_match(m: re.Match[str]) -> tuple[int, str]:
    return int(m.group(1) or m.group(2)), m.group(3)


def parse_plan(loaded: Any, *, known_units: Iterable[str] = ()) -> PlanTable:
    """Read the responsibility table in `loaded` (`.text`, `.tables`). Raises PlanTableError
    listing every bad row, or a UserError when there is no table at all."""
    known = set(known_units)
    rows = candidate_rows(loaded)
    problems: list[str] = []
    columns: dict[str, int] | None = None
    sections: list[PlanSection] = []
    raw: list[dict[str, Any]] = []  # tasks before unit splitting
    section: PlanSection | None = None
    subsection: str | None = None

    implicit: PlanSection | None = None  # the one section of a table without section rows
    implicit_rows: list[tuple[int, str]] = []
    pending: dict[str, int] | None = None  # header rows read so far (a header may span two rows)
    section_defaults: dict[str, str] = {}  # cells written on the section / subsection row
    defaults: dict[str, str] = {}

    for line_no, row in enumerate(rows, start=1):
        found = header_columns(row)
        if found:
            pending = _merge_headers(pending, found) if pending else found
            continue
        if pending is not None:
            if columns is not None and pending != columns and raw:
                problems.append(msg.ROW_HEADER_CHANGED.format(row=line_no - 1))
            columns, pending = pending, None
        if columns is None:
            continue
        cells = _collapse_merged(row)
        if not any(cells):
            continue
        parts = _row_parts(cells, columns)
        others = [parts.cells[r] for r in ("leaders", "lead", "co", "due")]
        text_cell = parts.text
        flat = _join_text(parts.label)
        if PAGE_NUMBER_RE.match(flat) and not any(others):
            continue

        m_sec = SECTION_RE.match(flat)
        m_sub = SUBSECTION_RE.match(flat)
        m_task = TASK_RE.match(_join_text(parts.label)) if text_cell else None
        m_code = CODE_RE.match(parts.code) if text_cell else None
        sec_mark = (m_sec.group(1) or m_sec.group(2)) if m_sec else ""
        if m_sec and cn_number(sec_mark) and not (m_task or m_code):
            number = cn_number(sec_mark) or 0
            title = m_sec.group(3)
            declared = DECLARED_RE.search(title)
            # The title without its "(17项)": the count is kept as declared_count.
            section = PlanSection(
                number=number, title=DECLARED_RE.sub("", title).strip(), declared_count=int(declared.group(1)) if declared else None
            )
            if implicit is not None:
                # Tasks before the first section of a table that has sections: not one of them.
                problems.extend(msg.ROW_NO_SECTION.format(row=r, text=_snippet(t)) for r, t in implicit_rows)
                sections.remove(implicit)
                raw = [item for item in raw if item["section"] is not implicit]
                implicit, implicit_rows = None, []
            if any(s.number == number for s in sections):
                problems.append(msg.ROW_DUP_SECTION.format(row=line_no, number=sec_mark))
            sections.append(section)
            subsection = None
            # A leader or unit written on the section row is every task's unless it names its own.
            section_defaults = defaults = dict(parts.cells)
            continue
        if m_sub and not (m_task or m_code):
            if section is None:
                section = implicit = _implicit_section(sections)
            subsection = m_sub.group(2)
            defaults = {k: v or section_defaults.get(k, "") for k, v in parts.cells.items()}
            continue
        if m_task or m_code:
            if m_task:
                number, body = _task_match(m_task)
                body = _join_text(body)
            else:
                number, body = int(m_code.group(2)), _join_text(text_cell)  # type: ignore[union-attr]
            if section is None or section is implicit:
                if not sections:
                    section = implicit = _implicit_section(sections)
                if section is implicit:
                    implicit_rows.append((line_no, flat))
            if raw and raw[-1]["section"] is section and raw[-1]["number"] == number and raw[-1]["text"] == body:
                # A DOCX cell merged over rows: the same task again, with more units / times.
                _add_cells(raw[-1], parts.cells)
                continue
            style = "paren" if m_task and m_task.group(1) else "dot"
            own = {k: v or (defaults.get(k, "") if section is not implicit else "") for k, v in parts.cells.items()}
            raw.append(dict(row=line_no, section=section, subsection=subsection, number=number, text=body, style=style, **own))
            continue
        if not text_cell and raw and raw[-1]["section"] is section and any(others):
            # A task split over a page break (or an XLSX text cell merged over rows): the rest
            # of its unit cells, no text.
            _add_cells(raw[-1], parts.cells)
            continue
        if text_cell and not any(others) and raw and raw[-1]["section"] is section and not m_sec and not m_sub:
            # The end of a task's text wrapped onto a row of its own.
            raw[-1]["text"] += _join_text(text_cell)
            continue
        problems.append(msg.ROW_GARBAGE.format(row=line_no, text=_snippet(" | ".join(c for c in cells if c))))
    if pending is not None and columns is None:
        columns = pending

    if columns is None:
        raise PlanTableError([msg.NO_HEADER])
    missing = [role for role in REQUIRED_COLUMNS if role not in columns]
    if missing:
        problems.insert(0, msg.MISSING_COLUMNS.format(columns="、".join(msg.COLUMN_NAMES[m] for m in missing)))
    if not raw and not problems:
        problems.append(msg.NO_TASKS)

    # Vocabulary: every single-fragment name in this table is a unit we now know.
    for item in raw:
        for key in ("lead", "co"):
            for line in clean_cell(item[key]).splitlines():
                for frag in re.split(r"[\s、,，;；]+", line):
                    if frag and _has_suffix(frag) and not _is_tail(frag):
                        known.add(frag)

    raw = _demote_headings(raw)
    _renumber_restarts(raw)
    out: list[PlanRow] = []
    seen_codes: dict[str, int] = {}
    for item in raw:
        sec: PlanSection = item["section"]
        code = f"{sec.number}.{item['number']}"
        if code in seen_codes:
            problems.append(msg.ROW_DUP_CODE.format(row=item["row"], code=code, first=seen_codes[code]))
            continue
        seen_codes[code] = item["row"]
        leads, cos = _unit_roles(item["lead"], item["co"], known)
        if not item["text"]:
            problems.append(msg.ROW_NO_TEXT.format(row=item["row"], code=code))
        if not leads:
            problems.append(msg.ROW_NO_LEAD.format(row=item["row"], code=code))
        out.append(
            PlanRow(code=code, section_number=sec.number, number=item["number"], section=sec.title,
                    subsection=item["subsection"], text=item["text"], leaders=split_leaders(item["leaders"]),
                    lead_units=leads, co_units=cos, due_text=re.sub(r"\s+", " ", item["due"]).strip() or None)
        )
    if problems:
        raise PlanTableError(problems)

    table = PlanTable(title=None, region=None, year=None, issued=None, sections=sections, rows=out)
    counts = table.count_by_section()
    for sec in sections:
        if sec.declared_count is not None and counts.get(sec.number, 0) != sec.declared_count:
            table.warnings.append(msg.COUNT_MISMATCH.format(number=sec.number, declared=sec.declared_count, found=counts.get(sec.number, 0)))
    text = getattr(loaded, "text", "") or ""
    if not text.strip() or not any(TITLE_RE.match(ln.strip()) for ln in text.splitlines()[:200]):
        # A spreadsheet: its title, if any, is in the rows above the header.
        before = []
        for r in rows:
            if header_columns(r):
                break
            before.append(" ".join(clean_cell(c) for c in r if clean_cell(c)))
        text = "\n".join(before) + "\n" + text
    table.title, table.region, table.year, table.issued = read_plan_meta(text)
    return table


# Role words inside a unit cell: "牵头单位：市发展改革委；配合单位：市财政局" or
# "市发展改革委（牵头）、市财政局" in a table with one unit column.
_ROLE_LABEL_RE = re.compile(r"(牵头单位|牵头部门|牵头|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|配合|协办|参与)\s*[:：]")
_ROLE_MARK_RE = re.compile(r"\s*[（(]\s*(牵头|配合|协办|参与)\s*[)）]\s*$")


def _unit_roles(lead_cell: str, co_cell: str, known: set[str]) -> tuple[list[str], list[str]]:
    """Lead and co-units of a task from its unit cells, honouring role words written inside
    a cell (labels "牵头单位：…；配合单位：…", or marks "…（牵头）"). Without role words the
    lead column holds the leads and the co column the co-units."""
    leads: list[str] = []
    cos: list[str] = []
    for cell, default in ((lead_cell, leads), (co_cell, cos)):
        parts = _ROLE_LABEL_RE.split(cell)
        segments = [(None, parts[0])] + [(parts[k], parts[k + 1]) for k in range(1, len(parts) - 1, 2)]
        for label, text in segments:
            target = default if label is None else (leads if label.startswith(("牵头",)) or (label.startswith("责任") and default is leads) else cos)
            names = split_units(text.strip(" ；;，,。\n"), known)
            marked = [n for n in names if _ROLE_MARK_RE.search(n)]
            for name in names:
                m = _ROLE_MARK_RE.search(name)
                bare = _ROLE_MARK_RE.sub("", name)
                if m:
                    (leads if m.group(1) == "牵头" else cos).append(bare)
                elif marked and default is leads and label is None:
                    cos.append(bare)  # "A（牵头）、B": B only takes part
                else:
                    target.append(bare)
    leads = _dedupe(leads)
    return leads, [u for u in _dedupe(cos) if u not in leads]


def _implicit_section(sections: list[PlanSection]) -> PlanSection:
    section = PlanSection(number=1, title=msg.IMPLICIT_SECTION, declared_count=None)
    sections.append(section)
    return section


def _add_cells(item: dict[str, Any], cells: dict[str, str]) -> None:
    """Add a continuation row's leader / unit / time cells to the task it continues."""
    for key, value in cells.items():
        if value and value not in item[key].split("\n"):
            item[key] = (item[key] + "\n" + value).strip()


def _demote_headings(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Four levels (一、 / （一） / 1. / （1）): when tasks are numbered （1） and every "1." row
    has no leader, unit or time, the "1." rows are headings of the tasks under them, which
    take the heading as their subsection."""
    if {i["style"] for i in raw} != {"dot", "paren"}:
        return raw
    if any(i["leaders"] or i["lead"] or i["co"] or i["due"] for i in raw if i["style"] == "dot"):
        return raw
    out, heading = [], None
    for item in raw:
        if item["style"] == "dot":
            heading = item
            continue
        if heading is not None and heading["section"] is item["section"]:
            item["subsection"] = heading["text"].rstrip("。")
        out.append(item)
    return out


def _renumber_restarts(raw: list[dict[str, Any]]) -> None:
    """Numbering that restarts in every subsection ((一) 1. 2. (二) 1. 2.) would give duplicate
    codes: in such a section, number tasks by their position in the section instead."""
    by_section: dict[int, list[dict[str, Any]]] = {}
    for item in raw:
        by_section.setdefault(id(item["section"]), []).append(item)
    for items in by_section.values():
        numbers = [i["number"] for i in items]
        if len(set(numbers)) == len(numbers):
            continue
        runs: list[list[int]] = []
        for k, item in enumerate(items):
            if k == 0 or item["subsection"] != items[k - 1]["subsection"]:
                runs.append([])
            runs[-1].append(item["number"])
        if len(runs) > 1 and all(run == list(range(1, len(run) + 1)) for run in runs):
            for position, item in enumerate(items, start=1):
                item["number"] = position


def _snippet(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text[:30] + ("…" if len(text) > 30 else "")


# --- what the document says about itself -------------------------------------------------

# Province-level abbreviations as used in document numbers (赣府厅字〔2021〕8号).
PROVINCE_ABBR = {
    "京": "北京市", "津": "天津市", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区", "辽": "辽宁省",
    "吉": "吉林省", "黑": "黑龙江省", "沪": "上海市", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省",
    "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
    "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省", "渝": "重庆市", "川": "四川省", "黔": "贵州省",
    "滇": "云南省", "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
}
TITLE_RE = re.compile(
    r"^\s*(?:附件\s*\d*\s*[:：]?\s*)?(.{4,80}?(?:(?:分工方案|责任分工|任务分解|分解方案|任务清单|责任清单|分工|分解)(?:表|台账)?|台账))\s*(?:[（(][^）)]{0,12}[）)])?\s*$"
)
ISSUER_RE = re.compile(r"^\s*(?<!各)([\u4e00-\u9fa5]{2,12}?(?:省|市|自治区|县|区|州|盟))(?:人民政府|政府)(?:办公厅|办公室)?")
DOCNO_RE = re.compile(r"([\u4e00-\u9fa5])[\u4e00-\u9fa5]{0,2}府[\u4e00-\u9fa5]{0,3}字?\s*[〔\[［(（]\s*(\d{4})")
DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def read_plan_meta(text: str) -> tuple[str | None, str | None, int | None, dt.date | None]:
    """(title, region, year, issued) from the text itself: the title line ending in 分工方案,
    the year in the title, the issuer (江西省人民政府办公厅 → 江西省, or the 赣 of 赣府厅字),
    the 印发 date. The file name is never used."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = None
    for line in lines[:200]:
        if "\t" in line:
            break
        m = TITLE_RE.match(line)
        if m and "关于" not in line and "通知" not in line:
            title = re.sub(r"\s+", "", m.group(1))
            break
    if title is None:
        for line in lines[:60]:
            if "关于印发" in line:
                m = re.search(r"关于印发(.+?)的通知", re.sub(r"\s+", "", line))
                if m:
                    title = m.group(1).replace("〈", "《").replace("〉", "》")
                    break
    year = None
    if title:
        m = re.search(r"(20\d{2})\s*年", title)
        if m:
            year = int(m.group(1))
    region = None
    for line in lines[:40]:
        m = ISSUER_RE.match(line)
        if m:
            region = m.group(1)
            break
    if region is None:
        m = DOCNO_RE.search("\n".join(lines[:40]))
        if m and m.group(1) in PROVINCE_ABBR:
            region = PROVINCE_ABBR[m.group(1)]
    if region is None and title:
        m = re.match(r"^(?:20\d{2}\s*年)?\s*([\u4e00-\u9fa5]{2,8}?(?:省|市|自治区|县|区))", title)
        if m:
            region = m.group(1)
    issued = None
    for line in reversed(lines[-40:] if len(lines) > 40 else lines):
        m = DATE_RE.search(line)
        if m and ("印发" in line or DATE_RE.fullmatch(line.replace(" ", ""))):
            issued = _date(m)
            if issued:
                break
    if year is None:
        m = DOCNO_RE.search("\n".join(lines[:40]))
        if m:
            year = int(m.group(2))
        elif issued:
            year = issued.year
    return title, region, year, issued


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
