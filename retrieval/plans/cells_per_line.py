"""A table as `pdftotext` WITHOUT -layout prints it: one cell a line, in reading order.

    序号                        ← the header, one column name a line (repeated at each page top)
    工作任务
    责任领导
    牵头单位
    责任单位
    完成时限
    一、全力稳住经济增长基本盘  ← a section row spanning the table
    1                           ← 序号: the next number, alone on its line
    全市地区生产总值增长5.5%左右，一般公共预    ← the task text, wrapped at its column's width
    算收入增长4%。
    周国栋                      ← the leader: printed only in the first row of a merged run
    市发展改革委                ← lead units
    市工业和信息化局、市        ← co-units, wrapped (a name may be cut: "市人力资源社会保" / "障局")
    财政局
    2025年12月底前              ← the deadline
    — 1 —                       ← a page number between pages

No position tells one cell from the next, so cells are recognised by what they hold, in the
header's column order: the 序号 is the next number in sequence; the text runs to its last
line ending a sentence ("。"); a leader is a person's name (2–4 characters, no unit ending);
a deadline is a date phrase ("2025年6月底前", "年底前", "长期坚持"); the rest are unit lines.
Lead and co-units are both unit lines: the cut between them is where a cell can end (the line
ends a unit's name, not with "、") and the next line starts a name the way names in this plan
start (its first character starts some unit elsewhere; a cut name's tail "会", "障局" does
not), the lead column's width (its widest first line) breaking ties. A row without a leader
line inherits the leader of the row above in the same section (a vertically merged cell);
a row spanning the table (section, subsection) ends every merged run.

Whole plan or nothing: a line that fits no cell of its row is a problem, and the reader says
which line.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from core import lazy_re as re
from core.numerals import cn_number
from core.plan_records import PlanSection
from prompts import registry as msg
from retrieval.plans.cells import UNIT_SUFFIXES
from retrieval.plans.drafts import Draft, implicit_section, snippet
from retrieval.plans.header import COLUMN_RULES, HEADER_LABELS, header_columns
from retrieval.plans.numbering import DECLARED_RE, PAGE_NUMBER_RE, SECTION_RE, SUBSECTION_RE

# A unit's name ends like this (the shared suffixes, and a few bodies named by a collective noun).
_UNIT_END = UNIT_SUFFIXES + ("机构", "协会", "医院", "学校", "集团", "海关", "分行", "部门")  # "市直有关部门"
_SENTENCE_END = ("。", "；", ";", "！")
_SERIAL_RE = re.compile(r"^(\d{1,3})\s*[.．、]?$")
_PAGE_RE = re.compile(r"^(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
_END_RE = re.compile(r"^(?:抄送|（此件|\(此件)|印发$")
_DATE_RE = re.compile(
    r"(?:20\d{2}\s*年)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|年\s*底|年内|[一二三四上下]\s*半年|[一二三四]\s*季度"
    r"|长期|持续|常态化")
_NAME = r"[\u4e00-\u9fa5]{2,4}"
# leaders: names of 2–4 characters, several only with a mark between them ("张三、李四"), so a
# wrapped unit line ("桐川港经济开发区" / "管委会") is never read as two people
_ONE_PERSON = rf"{_NAME}(?:[（(][^）)]{{1,12}}[)）])?"
_PERSON_RE = re.compile(rf"^{_ONE_PERSON}(?:[、，,]{_ONE_PERSON})*[、，,]?$")
_NOT_NAME_START = ("省", "市", "县", "区", "各", "中", "国", "全", "镇", "乡")
_UNIT_CHARS_RE = re.compile(r"^[\u4e00-\u9fa5A-Za-z0-9（）()、，,·\-]+$")


@dataclass
class CellsReading:
    """What `read_cells` found: sections, draft tasks (cells raw), every problem."""

    sections: list[PlanSection] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class _Row:
    line: int  # the 序号 line
    number: int
    lines: list[tuple[int, str]] = field(default_factory=list)


def _width(text: str) -> float:
    """Display width: a CJK character is one column, an ASCII one half."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def _label(line: str) -> str | None:
    """The header column name `line` is, when it is one."""
    flat = re.sub(r"\s+", "", line)
    if flat in HEADER_LABELS or (len(flat) <= 8 and any(w in flat for _, words in COLUMN_RULES for w in words)
                                 and not re.search(r"[，。；、：:0-9]", flat)):
        return flat
    return None


def _header_at(lines: list[tuple[int, str]], i: int) -> tuple[list[str], int] | None:
    """(column names, lines used) when a header (three or more names a line, a name cut over two
    lines rejoined) starts at line i."""
    names: list[str] = []
    j = i
    while j < len(lines):
        pair = re.sub(r"\s+", "", lines[j][1] + (lines[j + 1][1] if j + 1 < len(lines) else ""))
        if j + 1 < len(lines) and pair in HEADER_LABELS and _label(lines[j][1]) not in HEADER_LABELS:
            names.append(pair)
            j += 2
            continue
        name = _label(lines[j][1])
        if name is None:
            break
        names.append(name)
        j += 1
    if len(names) >= 3 and header_columns(names):
        return names, j - i
    return None


def _is_page(line: str) -> bool:
    return bool(_PAGE_RE.match(line))


def _is_due(line: str) -> bool:
    return bool(_DATE_RE.search(line)) and len(line) <= 16 and not line.endswith(_UNIT_END + _SENTENCE_END) and "，" not in line


def _is_person(line: str) -> bool:
    if not _PERSON_RE.match(line):
        return False
    bare = re.sub(r"[（(][^）)]*[)）]", "", line)
    names = [n for n in re.split(r"[、，,]", bare) if n]
    return all(not n.endswith(_UNIT_END) and not n.startswith(_NOT_NAME_START) and not _DATE_RE.search(n) for n in names)


def _is_unit_line(line: str) -> bool:
    return bool(_UNIT_CHARS_RE.match(line))


def _ends_name(cell: str) -> bool:
    """A unit cell can end here: at the end of a name ("…局", "…（牵头）"), not on "、" or a cut name."""
    return re.sub(r"[（(](?:牵头|配合|协办|参与|负责)[)）]$", "", cell).endswith(_UNIT_END)


def looks_like_cells_plan(text: str) -> bool:
    """A header one column name a line, followed by a 序号 line and a task's text."""
    lines = _lines(text)
    for i in range(len(lines)):
        found = _header_at(lines, i)
        if found:
            names, used = found
            cols = header_columns(names) or {}
            k = i + used
            while k < len(lines) and (SECTION_RE.match(lines[k][1]) or SUBSECTION_RE.match(lines[k][1])):
                k += 1
            return "text" in cols and "lead" in cols and k + 1 < len(lines) and bool(_SERIAL_RE.match(lines[k][1]))
    return False


def _lines(text: str) -> list[tuple[int, str]]:
    return [(n, ln.replace("\f", "").strip()) for n, ln in enumerate(text.splitlines(), start=1) if ln.strip()]


def read_cells(text: str) -> CellsReading:
    """Stage 1 for this shape: sections, draft tasks with their raw cells, problems."""
    r = CellsReading()
    lines = _lines(text)
    start = next((i for i in range(len(lines)) if _header_at(lines, i)), None)
    if start is None:
        r.problems.append(msg.NO_HEADER)
        return r
    names, used = _header_at(lines, start)  # type: ignore[misc]
    columns = header_columns(names) or {}
    # One column name a line: a second task column ("detail") is not told apart from the text here.
    order = [role for _, role in sorted((i, role) for role, i in columns.items()) if role != "detail"]
    header_set = set(names)
    rows: list[tuple[PlanSection | None, str | None, _Row]] = []
    section: PlanSection | None = None
    subsection: str | None = None
    row: _Row | None = None
    expected, sub_number = 1, 0  # the next 序号; the last subsection's number
    i = start + used
    while i < len(lines):
        no, line = lines[i]
        if _END_RE.search(line):
            break
        again = _header_at(lines, i)
        if again and set(again[0]) <= header_set:
            i += again[1]
            continue
        if _is_page(line) or (PAGE_NUMBER_RE.match(line) and not _serial_here(line, expected, row, lines, i)):
            i += 1
            continue
        serial = _SERIAL_RE.match(line)
        if serial and _serial_here(line, expected, row, lines, i):
            row = _Row(line=no, number=int(serial.group(1)))
            rows.append((section, subsection, row))
            expected = row.number + 1
            i += 1
            continue
        m_sec, m_sub = SECTION_RE.match(line), SUBSECTION_RE.match(line)
        closed = row is None or _text_closed(row)
        if m_sec and closed and cn_number(m_sec.group(1) or m_sec.group(2)) == (section.number + 1 if section else 1):
            title = m_sec.group(3)
            declared = DECLARED_RE.search(title)
            section = PlanSection(number=cn_number(m_sec.group(1) or m_sec.group(2)) or 0,
                                  title=DECLARED_RE.sub("", title).strip(), declared_count=int(declared.group(1)) if declared else None)
            r.sections.append(section)
            subsection, sub_number, row = None, 0, None
            i += 1
            continue
        if m_sub and closed and cn_number(m_sub.group(1)) == sub_number + 1:
            subsection, sub_number, row = m_sub.group(2), sub_number + 1, None
            i += 1
            continue
        if row is None:
            r.problems.append(msg.ROW_GARBAGE.format(row=no, text=snippet(line)))
        else:
            row.lines.append((no, line))
        i += 1
    _build(r, rows, order)
    return r


def _serial_here(line: str, expected: int, row: _Row | None, lines: list[tuple[int, str]], i: int) -> bool:
    """A bare number is the next row's 序号 when it is the next in sequence (or 1 again after a
    section restarts the count), the row before has its text, and a text line follows."""
    m = _SERIAL_RE.match(line)
    if not m:
        return False
    n = int(m.group(1))
    if n != expected and not (n == 1 and row is None):
        return False
    if row is not None and not _text_closed(row):
        return False
    nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
    return bool(nxt) and _label(nxt) is None and not _is_page(nxt)


def _text_closed(row: _Row) -> bool:
    return any(t.endswith(_SENTENCE_END) for _, t in row.lines) and len(row.lines) >= 2


def _build(r: CellsReading, rows: list[tuple[PlanSection | None, str | None, _Row]], order: list[str]) -> None:
    tail = [role for role in order if role not in ("code", "text")]
    split_rows = [(sec, sub, row, _split(row, tail)) for sec, sub, row in rows]
    starts = _name_starts([cells.get("_units") or [] for *_, (cells, _) in split_rows])
    lead_width = max((_width(cells.get("_lead_first", "")) for *_, (cells, _) in split_rows), default=0.0)
    last_leader: tuple[int, str | None, str] | None = None
    for sec, sub, row, (cells, bad) in split_rows:
        if cells.get("_units") is not None:
            block = cells.pop("_units")
            cut = _cut_units(block, starts, lead_width, "co" in tail)  # type: ignore[arg-type]
            if cut is None:  # no cut leaves whole names: a line that is no unit's
                bad = [(row.line, "".join(block))] + bad
            else:
                cells.update(cut)
        cells.pop("_lead_first", None)
        if bad:
            r.problems.extend(msg.ROW_GARBAGE.format(row=no, text=snippet(t)) for no, t in bad)
        if sec is None:
            sec = next((s for s in r.sections if s.number == 1), None) or implicit_section(r.sections)
        key = (id(sec), sub)
        if "leaders" in tail:
            if cells.get("leaders"):
                last_leader = (key[0], key[1], cells["leaders"])
            elif last_leader and last_leader[:2] == key:
                cells["leaders"] = last_leader[2]  # a merged cell: printed in the first row of its run only
        r.drafts.append(Draft(row=row.line, section=sec, subsection=sub, number=row.number,
                              text=cells.pop("text", ""), cells={k: cells.get(k, "") for k in ("leaders", "lead", "co", "due")}))


def _split(row: _Row, tail: list[str]) -> tuple[dict[str, str], list[tuple[int, str]]]:
    """The row's lines cut into cells: the text to its last sentence end, then the other
    columns in header order, each taking the lines that look like it."""
    texts = [t for _, t in row.lines]
    end = max((k for k, t in enumerate(texts) if t.endswith(_SENTENCE_END)), default=0)
    cells: dict[str, str] = {"text": "".join(texts[: end + 1])}
    rest = row.lines[end + 1:]
    p = 0
    k = 0
    while k < len(tail):
        role = tail[k]
        if role == "leaders":
            names = []
            while p < len(rest) and _is_person(rest[p][1]):
                names.append(rest[p][1])
                p += 1
            cells["leaders"] = "".join(names)
        elif role == "due":
            if p < len(rest) and _is_due(rest[p][1]):
                due = [rest[p][1]]
                p += 1
                nxt = tail[k + 1] if k + 1 < len(tail) else None
                # a wrapped deadline ("2024年6月底" / "前开工"): short lines up to the next column's
                while p < len(rest) and len(rest[p][1]) <= 6 and not _is_due(rest[p][1]) and not (
                        nxt == "leaders" and _is_person(rest[p][1])) and not (nxt in ("lead", "co") and _ends_name(rest[p][1])):
                    due.append(rest[p][1])
                    p += 1
                cells["due"] = "".join(due)
        elif role in ("lead", "co"):
            block: list[str] = []
            while p < len(rest) and _is_unit_line(rest[p][1]) and not _is_due(rest[p][1]) and not (
                    block and _ends_name("".join(block)) and _is_person(rest[p][1])):
                block.append(rest[p][1])
                p += 1
            if role == "lead" and k + 1 < len(tail) and tail[k + 1] == "co":
                cells["_units"] = block  # type: ignore[assignment]
                cells["_lead_first"] = block[0] if block else ""
                k += 1
            elif block and not _ends_name("".join(block)):
                return cells, rest[p - len(block):]  # a unit cell that ends mid-name: not read
            else:
                cells[role] = "".join(block)
        k += 1
    return cells, rest[p:]


def _name_starts(blocks: list[list[str]]) -> set[str]:
    """How names start in this plan: the first character of every unit block (a lead cell's
    start) and of every name after a "、" inside a line."""
    out: set[str] = set()
    for block in blocks:
        if block:
            out.add(block[0][0])
        for line in block:
            out.update(line[k + 1] for k, ch in enumerate(line[:-1]) if ch == "、")
    return out


def _cut_units(block: list[str], starts: set[str], lead_width: float, has_co: bool) -> dict[str, str] | None:
    """Lead and co-units from the unit lines of one row: the cut that leaves two cells made of
    whole names, the co cell starting as names in this plan start, the lead cell's lines not
    past its column's width; ties go to the earliest cut (a lead cell is mostly one name).
    None when no cut leaves whole names."""
    if not block:
        return {"lead": "", "co": ""}
    best: tuple[float, int] | None = None
    for cut in range(1, len(block) + 1):
        lead, co = block[:cut], block[cut:]
        if not _ends_name("".join(lead)) or (co and not _ends_name("".join(co))):
            continue
        if co and not has_co:
            continue
        cost = 0.0
        if co and co[0][0] not in starts:
            cost += 2
        if co and lead_width and _width(lead[-1]) >= lead_width - 0.5:
            cost += 0.5  # a full line: the name may go on
        if any(_width(t) > lead_width + 0.5 for t in lead) and lead_width:
            cost += 2
        if not co:
            cost += 1
        if best is None or cost < best[0]:
            best = (cost, cut)
    if has_co and (best is None or best[1] == len(block)):
        glued = _cut_inside(block, starts)
        if glued is not None:
            return glued
    if best is None:
        return None
    cut = best[1]
    return {"lead": "".join(block[:cut]), "co": "".join(block[cut:])}


def _cut_inside(block: list[str], starts: set[str]) -> dict[str, str] | None:
    """Lead and co cells printed on one line ("市行政审批局市数据局、市直有关部门"): where no
    cut between lines leaves a co cell, the earliest cut inside a line after a whole name whose
    next character starts names in this plan, both sides whole names. Extraction sometimes puts
    two short cells of one baseline on one line; reading the pair as one lead unit would
    misassign the row."""
    text = "".join(block)
    for j in range(2, len(text) - 1):
        lead, co = text[:j], text[j:]
        if co[0] in starts and "、" not in lead and _ends_name(lead) and _ends_name(co):
            return {"lead": lead, "co": co}
    return None
