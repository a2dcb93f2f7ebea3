"""Responsibility tables (重点工作责任分工方案) → `PlanTable`.

A table arrives either as rows of cells (DOCX/XLSX/CSV, built by `retrieval.loaders`) or as
text extracted from a PDF, where each table row is one line of tab-separated cells. Both are
reduced to rows of cells and read by one state machine:

    header row      具体工作任务和要求 | 省政府牵头领导 | 牵头单位 | 责任单位   (repeated per page)
    section row     一、推动创新提速提效……。(17项)
    subsection row  (一)强化创新平台支撑。
    task row        1. 落实……。 | 罗小云 | 省科技厅 | 省……成员单位

Columns are found by what the header says, not by position, so an extra ✓/△ column or a
序号 column is ignored. Cells are cleaned of `<u>` markup. Units in a cell are separated by
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

from bot.errors import UserError
from prompts import registry as msg

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """一 → 1, 十七 → 17, 二十四 → 24, 一百零八 → 108; Arabic digits pass through."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in CN_DIGITS and c not in "十百" for c in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = CN_DIGITS[ch]
    return total + current


# --- row shapes -------------------------------------------------------------------------

_CN_NUM = "[一二三四五六七八九十百零〇两]+"
SECTION_RE = re.compile(rf"^\s*({_CN_NUM})\s*[、.．]\s*(.+?)\s*$")
SUBSECTION_RE = re.compile(rf"^\s*[（(]\s*({_CN_NUM})\s*[)）]\s*(.+?)\s*$")
TASK_RE = re.compile(r"^\s*(\d{1,3})\s*(?:[.．、]|\s)\s*(.+?)\s*$", re.S)
DECLARED_RE = re.compile(r"[（(]\s*(?:共\s*)?(\d+)\s*项\s*[)）]\s*$")
# A code column ("3.4", "3-4") when the table has one.
CODE_RE = re.compile(r"^\s*(\d{1,3})\s*[.．\-]\s*(\d{1,3})\s*$")
PAGE_NUMBER_RE = re.compile(r"^\s*[-—–]*\s*\d{1,4}\s*[-—–]*\s*$")
MARKUP_RE = re.compile(r"</?[a-zA-Z][^>]*>")

# Header keywords → column role. Order matters: 牵头领导 contains 牵头.
COLUMN_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("code", ("序号", "编号", "代码")),
    ("leaders", ("领导", "责任领导", "分管")),
    ("lead", ("牵头单位", "牵头部门", "主办单位", "牵头")),
    ("co", ("责任单位", "配合单位", "协办单位", "参与单位", "配合部门", "责任部门")),
    ("text", ("任务", "工作", "内容", "事项", "要求")),
]
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


@dataclass
class PlanRow:
    code: str
    section_number: int
    number: int
    section: str
    subsection: str | None
    text: str
    leaders: list[str]
    lead_units: list[str]
    co_units: list[str]


@dataclass
class PlanSection:
    number: int
    title: str
    declared_count: int | None


@dataclass
class PlanTable:
    title: str | None
    region: str | None
    year: int | None
    issued: dt.date | None
    sections: list[PlanSection]
    rows: list[PlanRow]
    warnings: list[str] = field(default_factory=list)

    def count_by_section(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for row in self.rows:
            counts[row.section_number] = counts.get(row.section_number, 0) + 1
        return counts


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
    pieces = [p for p in re.split(r"[\s、,，;；/]+", clean_cell(cell)) if p]
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
    """A DOCX section row merged over all columns repeats its text in each cell."""
    cells = [clean_cell(c) for c in row]
    filled = [c for c in cells if c]
    if len(filled) > 1 and len(set(filled)) == 1:
        return [filled[0]] + [""] * (len(cells) - 1)
    return cells


def header_columns(row: Sequence[str]) -> dict[str, int] | None:
    """Map column roles to indexes when `row` is a header row (it names a task column and a
    lead-unit column); None otherwise."""
    roles: dict[str, int] = {}
    for index, cell in enumerate(row):
        label = re.sub(r"\s+", "", clean_cell(cell))
        if TASK_RE.match(label) or SECTION_RE.match(label) or SUBSECTION_RE.match(label):
            return None  # a numbered row is content, whatever words it holds
        if not label or len(label) > 16:
            continue
        for role, words in COLUMN_RULES:
            if role not in roles and any(w in label for w in words):
                roles[role] = index
                break
    if "lead" in roles and ("text" in roles or "co" in roles or "leaders" in roles):
        return roles
    if "text" in roles and ("co" in roles or "leaders" in roles):
        return roles  # a header without its lead column: reported as a missing column
    return None


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
    rows = candidate_rows(loaded)
    columns = None
    for row in rows:
        found = header_columns(row)
        if found:
            columns = found
            continue
        if columns and "text" in columns:
            cells = _collapse_merged(row)
            cell = cells[columns["text"]] if columns["text"] < len(cells) else ""
            if TASK_RE.match(cell):
                return True
    return False


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

    for line_no, row in enumerate(rows, start=1):
        found = header_columns(row)
        if found:
            if columns is not None and found != columns and raw:
                problems.append(msg.ROW_HEADER_CHANGED.format(row=line_no))
            columns = found
            continue
        if columns is None:
            continue
        cells = _collapse_merged(row)
        get = lambda role: cells[columns[role]] if role in columns and columns[role] < len(cells) else ""  # noqa: E731
        text_cell = get("text") if "text" in columns else ""
        others = [get(r) for r in ("leaders", "lead", "co")]
        first = text_cell or next((c for c in cells if c), "")
        if not any(cells):
            continue
        flat = _join_text(first)
        if PAGE_NUMBER_RE.match(flat) and not any(others):
            continue

        m_sec = SECTION_RE.match(flat)
        m_sub = SUBSECTION_RE.match(flat)
        m_task = TASK_RE.match(text_cell.strip()) if text_cell else None
        code_cell = get("code") if "code" in columns else ""
        if m_sec and not any(others) and cn_number(m_sec.group(1)):
            number = cn_number(m_sec.group(1)) or 0
            title = m_sec.group(2)
            declared = DECLARED_RE.search(title)
            # The title without its "(17项)": the count is kept as declared_count.
            section = PlanSection(
                number=number, title=DECLARED_RE.sub("", title).strip(), declared_count=int(declared.group(1)) if declared else None
            )
            if any(s.number == number for s in sections):
                problems.append(msg.ROW_DUP_SECTION.format(row=line_no, number=m_sec.group(1)))
            sections.append(section)
            subsection = None
            continue
        if m_sub and not any(others):
            subsection = m_sub.group(2)
            continue
        if m_task or (CODE_RE.match(code_cell) and text_cell):
            if section is None:
                problems.append(msg.ROW_NO_SECTION.format(row=line_no, text=_snippet(flat)))
                continue
            if m_task:
                number = int(m_task.group(1))
                body = _join_text(m_task.group(2))
            else:
                number = int(CODE_RE.match(code_cell).group(2))  # type: ignore[union-attr]
                body = _join_text(text_cell)
            raw.append(
                dict(row=line_no, section=section, subsection=subsection, number=number, text=body,
                     leaders=get("leaders"), lead=get("lead"), co=get("co"))
            )
            continue
        if not text_cell and raw and raw[-1]["section"] is section and any(others):
            # A task split over a page break: the rest of its unit cells, no text.
            prev = raw[-1]
            for key, value in zip(("leaders", "lead", "co"), others):
                if value:
                    prev[key] = (prev[key] + "\n" + value).strip()
            continue
        if text_cell and not any(others) and raw and raw[-1]["section"] is section and not m_sec and not m_sub:
            # The end of a task's text wrapped onto a row of its own.
            raw[-1]["text"] += _join_text(text_cell)
            continue
        problems.append(msg.ROW_GARBAGE.format(row=line_no, text=_snippet(" | ".join(c for c in cells if c))))

    if columns is None:
        raise PlanTableError([msg.NO_HEADER])
    missing = [role for role in REQUIRED_COLUMNS if role not in columns]
    if "co" not in columns and "leaders" not in columns:
        missing.append("co")
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

    out: list[PlanRow] = []
    seen_codes: dict[str, int] = {}
    for item in raw:
        sec: PlanSection = item["section"]
        code = f"{sec.number}.{item['number']}"
        if code in seen_codes:
            problems.append(msg.ROW_DUP_CODE.format(row=item["row"], code=code, first=seen_codes[code]))
            continue
        seen_codes[code] = item["row"]
        leads = split_units(item["lead"], known)
        cos = [u for u in split_units(item["co"], known) if u not in leads]
        if not item["text"]:
            problems.append(msg.ROW_NO_TEXT.format(row=item["row"], code=code))
        if not leads:
            problems.append(msg.ROW_NO_LEAD.format(row=item["row"], code=code))
        out.append(
            PlanRow(code=code, section_number=sec.number, number=item["number"], section=sec.title,
                    subsection=item["subsection"], text=item["text"], leaders=split_leaders(item["leaders"]),
                    lead_units=leads, co_units=cos)
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
    r"^\s*(?:附件\s*\d*\s*[:：]?\s*)?(.{4,80}?(?:分工方案|责任分工|任务分解|分解方案|任务清单|责任清单))\s*(?:[（(][^）)]{0,12}[）)])?\s*$"
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
