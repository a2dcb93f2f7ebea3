"""Labelled-field plans: each task a numbered block whose owners are labelled lines.

    一、坚持项目为王，全力扩大有效需求（8项）            section (declared count kept)
    1. 任务：实施……工程，全年完成投资120亿元以上。      task line (label optional)
    责任领导：张三（副市长）                              field lines, one or several a line
    牵头单位：市发展改革委    配合单位：市财政局、市自然资源局
    完成时限：2024年12月底

Labels (`FIELD_WORDS`): leaders 责任领导 / 牵头领导 / 分管领导 / 牵头市领导 / 市领导; lead 牵头单位 /
主责单位 / 责任单位 (the co-units when a 牵头 label is also there, as in `owners`); co 配合单位 /
协办单位 / 参与单位; deadline 完成时限 / 时间节点 / 完成时间 / 时限要求. The task line may say
任务 / 工作任务 / 重点任务 / 主要内容, or nothing; "【牵头单位】A" is "牵头单位：A". Fields are read by `owners.read_owners`, the
reader of labelled owner brackets, so a label means the same in both shapes; a unit list with
role marks ("县工信局（牵头）、县统计局") is split by `roles.unit_roles`, as a table cell is.

PDF text: a line cut at the page width continues what it cut (even a quoted name, even over a
page break); page footers ("— 3 —") and a running header repeated after every footer are
dropped. Before the first field a block's lines are all its task text; after it a line
continues the last field while that field is open (a unit list ending in "、", a name without
a unit suffix, an open bracket) or the line before was cut, else it is reported. A cover notice
before the 附件 (红头, 文号, "共明确45项重点工作") is not read for tasks (its count is checked
for every shape alike by `counts`).

Codes are section.position, whether the printed numbers run through the plan (1…45) or restart
in each section. A "（一）" block without fields is a subsection heading; so are "1." blocks
without fields when the tasks under them are numbered "（1）".
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from core import lazy_re as re
from retrieval.plans.paragraphs import section_leaders
from core.numerals import cn_number
from core.plan_records import PlanSection
from prompts import registry as msg
from retrieval.plans.cells import has_suffix, split_leaders
from retrieval.plans.drafts import Draft, implicit_section, snippet
from retrieval.plans.meta import ISSUER_RE, TITLE_RE, read_plan_meta
from retrieval.plans.numbering import DECLARED_RE, PAGE_NUMBER_RE, SECTION_RE, SUBSECTION_RE, TASK_RE, task_number
from retrieval.plans.owners import read_owners
from retrieval.plans.roles import unit_roles

MIN_BLOCKS = 3  # numbered blocks with a lead-unit line needed before a text is read as this shape

# Field labels → role; the canonical label each is handed to `read_owners` under.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "leaders": ("责任领导", "牵头领导", "分管领导", "牵头市领导", "牵头省领导", "牵头县领导", "牵头区领导", "责任市领导",
                "分管市领导", "市领导", "省领导", "县领导", "区领导", "责任人"),
    # (a 街道's or a bureau's own offices: "责任科室：经济发展办公室（牵头），财政所", round 71a)
    "lead": ("牵头单位", "牵头部门", "主责单位", "主办单位", "责任单位", "责任部门", "牵头科室", "责任科室", "责任站所",
             "牵头站所", "责任股室", "牵头股室", "责任处室", "牵头处室"),
    "co": ("配合单位", "配合部门", "协办单位", "协办部门", "参与单位", "参与部门", "协助单位", "协同单位", "协同部门",
           "协作单位", "协作部门", "配合科室", "配合站所", "配合股室", "配合处室"),
    "due": ("完成时限", "时间节点", "完成时间", "时限要求", "完成期限", "进度安排", "时间要求", "时限", "时间"),
    "note": ("备注",),
}
_ROLE_OF = {word: role for role, words in FIELD_WORDS.items() for word in words}
_ALT = "|".join(sorted(_ROLE_OF, key=len, reverse=True))
# A label starts a line or follows a separator: "牵头单位：A    配合单位：B；完成时限：C".
_FIELD_RE = re.compile(rf"(?:^|(?<=[\s；;。，,]))({_ALT})\s*[:：]")
# "【牵头单位】A" is the same label as "牵头单位：A".
_BOXED_RE = re.compile(rf"【\s*({_ALT}|工作任务|重点任务|主要内容|任务)\s*】\s*")
_TASK_LABEL_RE = re.compile(r"^(?:工作任务|重点任务|主要任务|具体任务|任务内容|重点工作|主要内容|工作内容|任务)\s*[:：]\s*")
_FOOTER_RE = re.compile(r"^(?:第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[-—–]+\s*\d{1,4}\s*[-—–]+)$")
_ANNEX_RE = re.compile(r"^附\s*件\s*\d*\s*[:：]?\s*(.*)$")
_TAIL_START = ("、", "，", ",", "。", "；", ";", "）", ")", "”", "》")
_OPEN_END = ("、", "，", ",", "（", "(", "“", "《", "和", "及", "与")
_EMPTY_VALUES = {"无", "—", "-", "/", "暂无", "——"}
_TITLE_WORDS_RE = re.compile(r"(?:常务)?副?(?:省|市|县|区|州|镇|乡)长$|副?秘书长$|副?主任$|副?书记$|副?部长$")
_TITLE_BEFORE_RE = re.compile(r"^(?:常务)?副?(?:省|市|县|区|州|镇|乡)长|^副?秘书长")
_DOCNO_YEAR_RE = re.compile(r"[\u4e00-\u9fa5]{1,6}字?\s*[〔\[［(（]\s*(20\d{2})\s*[〕\]］)）]\s*\d{1,4}\s*号")
# A task numbered by its code, "2.3 任务内容：…": the number in its section is the second part.
_CODED_RE = re.compile(r"^(\d{1,2})[.．](\d{1,3})(?:\s+|(?=" + _TASK_LABEL_RE.pattern[1:] + r"))(?![万亿%％倍个])(\S.*)$")
# "任务1：…" / "第1项：…": a task numbered inside its label.
_LABEL_NUMBER_RE = re.compile(r"^(?:任务|第)\s*(\d{1,3})\s*项?\s*[:：、.．]\s*(\S.*)$")
# A unit marked with its role inside a unit list: "县工信局（牵头）、县统计局".
_ROLE_MARK_RE = re.compile(r"\s*[（(]\s*(牵头|配合|协办|参与)\s*[)）]\s*$")
# A task's number alone on its line, its text on the lines below ("1." / "实施……"), as a PDF
# printed with the number in a hanging column comes out of text extraction.
_BARE_MARK_RE = re.compile(r"^\s*(?:[（(]\s*(\d{1,3})\s*[)）]|(\d{1,3})\s*[.．、])\s*$")


@dataclass
class _Block:
    line: int
    number: int | None  # as printed; None for a block opened by its "任务：" label alone
    style: str  # "dot" (1.), "paren" (（1）), "sub" (（一）), "label" (任务： without a number)
    text: str
    section: PlanSection | None
    fields: list[tuple[str, str]] = field(default_factory=list)  # (label, value) in order
    lined: bool = False  # a line of its own began with a label

    def has_role(self, role: str) -> bool:
        return any(_ROLE_OF[label] == role and value.strip() for label, value in self.fields)


@dataclass
class _Heading:
    section: PlanSection
    line: int
    mark: str  # the section number as printed, for problems
    leaders: list[str] = field(default_factory=list)  # "本部分责任领导：X副市长" under the heading


# the leader of a whole part, said once under its heading (round 54c): "本部分责任领导：钱知白副市长",
# "（本部分除注明外，责任领导均为罗意清副市长）" — each task's unless it names its own
_PART_LEADER_RE = re.compile(r"^[（(]?\s*(?:本部分|本节|本章|以下|下列)[^）)：:]{0,10}?(?:责任领导|牵头领导|分管领导|责任市领导|市领导|县领导|区领导)"
                             r"\s*(?:均为|均是|为|是|：|:)\s*(?P<who>[^）)。；;]{2,40}?)\s*[)）]?[。；;]?$")


@dataclass
class FieldReading:
    sections: list[PlanSection] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _split_fields(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(what comes before the first label, [(label, value)…]) of one line. A label inside
    brackets is not a field: "……。（牵头单位：A；责任单位：B）" is a paragraph plan's owner bracket."""
    marks = [m for m in _FIELD_RE.finditer(text) if _depth(text, m.start()) == 0]
    if not marks:
        return text, []
    head = text[:marks[0].start()].strip()
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        out.append((m.group(1), text[m.end():end].strip(" \t；;")))
    return head, out


def _depth(text: str, end: int) -> int:
    head = text[:end]
    return head.count("（") + head.count("(") - head.count("）") - head.count(")")


def _is_field_line(line: str) -> bool:
    m = _FIELD_RE.match(line)
    return bool(m and m.start() == 0)


def _is_footer(line: str) -> bool:
    return bool(PAGE_NUMBER_RE.match(line) or _FOOTER_RE.match(line))


def _clean_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text) of the lines that hold content: no blanks, no page footers, no
    running header (a line repeated after page breaks)."""
    # split on line feeds only: a form feed (a PDF page break) stays inside its line, marks a
    # new page and keeps line numbers as an editor counts them
    raw = [(k, _BOXED_RE.sub(r" \1：", line.replace("\f", " ").replace("\u3000", " ")).strip(), "\f" in line)
           for k, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1)]
    lines = [(k, line, ff) for k, line, ff in raw if line]
    counts = Counter(line for _, line, _ in lines)
    after_break: Counter[str] = Counter()
    for i, (_, line, ff) in enumerate(lines):
        previous = lines[i - 1][1] if i else ""
        if (ff or _is_footer(previous)) and not _is_footer(line):
            after_break[line] += 1
    breaks = sum(1 for _, line, ff in lines if ff or _is_footer(line))
    running = {line for line, n in after_break.items()
               if (n >= 2 or (breaks <= 2 and counts[line] >= 2 and len(line) >= 6))
               and not _is_field_line(line) and not _numbered(line) and not line.startswith(_TAIL_START)}
    return [(k, line) for k, line, _ in lines if not _is_footer(line) and line not in running]


def _numbered(line: str) -> bool:
    return bool(SECTION_RE.match(line) or SUBSECTION_RE.match(line) or TASK_RE.match(line))


def _page_width(lines: list[tuple[int, str]]) -> int | None:
    """The width lines were cut at when the text came from a PDF: the most common length of
    long lines, when a good share of them have it; None for text that was never cut."""
    long = [len(line) for _, line in lines if len(line) >= 15]
    if len(long) < 6:
        return None
    width, n = Counter(long).most_common(1)[0]
    return width if n >= 0.25 * len(long) else None


def _balanced(text: str) -> bool:
    return (text.count("（") + text.count("(") == text.count("）") + text.count(")")
            and text.count("“") == text.count("”") and text.count("《") == text.count("》"))


def _field_open(label: str, value: str) -> bool:
    """Whether a field's value cannot have ended here: the next line continues it."""
    if not value or value.endswith(_OPEN_END) or not _balanced(value):
        return True
    role = _ROLE_OF[label]
    if role in ("lead", "co"):
        last = re.split(r"[、，,；;\s]+", value)[-1]
        return bool(last) and not has_suffix(last) and not last.startswith("各")
    if role == "leaders":
        return len(re.split(r"[、，,；;\s]+", re.sub(r"[（(][^）)]*[)）]", "", value))[-1]) == 1
    if role == "due":
        return value.endswith(tuple("0123456789年"))
    return False


def _start(lines: list[tuple[int, str]]) -> int:
    """Index of the first line to read: after the 附件 line that ends a cover notice, when one
    stands before the first field line."""
    first_field = next((i for i, (_, line) in enumerate(lines) if _is_field_line(line)), len(lines))
    start = 0
    for i, (_, line) in enumerate(lines[:first_field]):
        m = _ANNEX_RE.match(line)
        if m and len(m.group(1)) <= 60 and not re.search(r"[，。；]", m.group(1)):
            start = i + 1
    return start


def _blocks(lines: list[tuple[int, str]]) -> tuple[list[_Heading | _Block], list[str]]:
    """Stage 1: sections and blocks in order, and the lines that fit nowhere."""
    items: list[_Heading | _Block] = []
    problems: list[str] = []
    strays: list[str] = []
    width = _page_width(lines)
    block: _Block | None = None
    heading: PlanSection | None = None  # a section heading that may continue on the next line
    section: PlanSection | None = None
    cut = False
    last_number = 0

    def open_block(line_no: int, number: int | None, style: str, rest: str) -> _Block:
        nonlocal block, heading
        problems.extend(strays)
        strays.clear()
        body, fields = _split_fields(_TASK_LABEL_RE.sub("", rest, count=1))
        block = _Block(line=line_no, number=number, style=style, text=body, section=section, fields=fields)
        items.append(block)
        heading = None
        return block

    for line_no, line in lines:
        was_cut, cut = cut, width is not None and len(line) >= width - 2
        # A block's text is always followed by its fields: while it has none, a line after a
        # cut one is more text, whatever number it starts with ("……失业率控制在" / "5.5%以内").
        text_wrapped = block is not None and not block.fields and was_cut
        field_open = block is not None and bool(block.fields) and _field_open(*block.fields[-1])
        continuing = block is not None and (not block.fields or field_open or was_cut or line.startswith(_TAIL_START))
        m_sec = SECTION_RE.match(line)
        if m_sec and cn_number(m_sec.group(1) or m_sec.group(2)) and not _is_field_line(line) and not text_wrapped:
            problems.extend(strays)
            strays.clear()
            title = m_sec.group(3)
            declared = DECLARED_RE.search(title)
            section = PlanSection(number=cn_number(m_sec.group(1) or m_sec.group(2)) or 0,
                                  title=DECLARED_RE.sub("", title).strip(),
                                  declared_count=int(declared.group(1)) if declared else None)
            items.append(_Heading(section, line_no, m_sec.group(1) or m_sec.group(2)))
            block, heading = None, section
            continue
        part_leader = _PART_LEADER_RE.match(line) if items and isinstance(items[-1], _Heading) else None
        if part_leader:
            items[-1].leaders = [n for n in (_bare_name(n) for n in split_leaders(part_leader.group("who"))) if n]
            continue
        # A label at a line's start inside a bracket the task's text left open is part of a
        # paragraph plan's owner bracket cut over lines ("…。（牵头领导：某；" / "牵头单位：…）").
        in_bracket = block is not None and not block.fields and _depth(block.text, len(block.text)) > 0
        if _is_field_line(line) and not in_bracket:
            if block is None:
                strays.append(msg.ROW_GARBAGE.format(row=line_no, text=snippet(line)))
                continue
            block.fields += _split_fields(line)[1]
            block.lined = True
            continue
        m_sub = SUBSECTION_RE.match(line)
        m_task = TASK_RE.match(line) or _BARE_MARK_RE.match(line)
        label = _TASK_LABEL_RE.match(line)
        if m_sub and cn_number(m_sub.group(1)) and not text_wrapped:
            open_block(line_no, cn_number(m_sub.group(1)), "sub", m_sub.group(2))
            continue
        m_coded = _CODED_RE.match(line) or _LABEL_NUMBER_RE.match(line)
        if m_coded and not text_wrapped:
            *_, number_text, rest = m_coded.groups()  # "2.3 …": 3; "任务3：…": 3
            last_number = int(number_text)
            open_block(line_no, last_number, "dot", rest)
            continue
        if m_task and not text_wrapped:
            number, rest = int(m_task.group(1) or m_task.group(2)), (m_task.group(3) if m_task.re.groups == 3 else "") or ""
            if not (field_open and number not in (last_number + 1, 1)):
                last_number = number
                open_block(line_no, number, "paren" if m_task.group(1) else "dot", rest)
                continue
        elif label and not text_wrapped:
            open_block(line_no, None, "label", line)
            continue
        # "此项工作由县卫生健康局牵头，县医保局配合，年底前完成。" (round 60g): the owners said as
        # a sentence on the task's next line, read as the fields it names
        said = (_owner_sentence(line) if block is not None and not block.fields
                and (not was_cut or block.text.rstrip().endswith(("。", "；", ";"))) else None)
        if said:
            block.fields += said
            block.lined = True
            cut = False  # a sentence ends whole: the next line starts anew, however long this one ran
            continue
        # A line of its own: the rest of something cut, or nothing of the plan.
        if block is not None and continuing:
            if block.fields:
                name, value = block.fields[-1]
                block.fields[-1] = (name, value + line)
            else:
                block.text += line
        elif block is None and heading is not None and (was_cut or DECLARED_RE.fullmatch(line)):
            title = heading.title + line
            declared = DECLARED_RE.search(title)
            heading.title = DECLARED_RE.sub("", title).strip()
            heading.declared_count = int(declared.group(1)) if declared else heading.declared_count
        elif block is not None:
            strays.append(msg.ROW_GARBAGE.format(row=line_no, text=snippet(line)))
    return items, problems  # strays after the last block are the document's tail


_SENTENCE_OPENING = re.compile(r"^(?:此项|该项|本项|这项)(?:工作|任务)?|^(?:由)(?=[\u4e00-\u9fff]{2,20}(?:牵头|负责))")


def _owner_sentence(line: str) -> list[tuple[str, str]]:
    """The fields an owner sentence on its own line states, as labelled fields; [] for any
    other line. It opens as one ("此项工作由…", "由…牵头") and reads whole as an owner bracket."""
    m = _SENTENCE_OPENING.match(line.strip())
    if not m:
        return []
    owners = read_owners(line.strip()[m.end():].strip().rstrip("。"))
    if owners is None or not owners.lead:
        return []
    fields = [("牵头领导", "、".join(owners.leaders))] if owners.leaders else []
    fields.append(("牵头单位", "、".join(owners.lead)))
    if owners.co:
        fields.append(("配合单位", "、".join(owners.co)))
    if owners.due:
        fields.append(("完成时限", owners.due))
    return fields


def _settle(items: list[_Heading | _Block]) -> list[_Heading | _Block]:
    """Headings among the blocks: "（一）" blocks without fields are subsections, and so are
    "1." blocks without fields in a section whose tasks are numbered "（1）". Blocks without
    fields after the last task, in sections with no task (a closing 工作要求), are not tasks;
    a section with no task at all (a cover's "一、…" before the plan) is not kept."""
    blocks = [b for b in items if isinstance(b, _Block)]
    paren_tasks = {id(b.section) for b in blocks if b.style == "paren" and b.fields}
    dot_tasks = {id(b.section) for b in blocks if b.style == "dot" and b.fields}
    fielded = {id(b.section) for b in blocks if b.fields}
    last = max((i for i, b in enumerate(items) if isinstance(b, _Block) and b.fields), default=-1)
    for i, b in enumerate(items):
        if isinstance(b, _Block) and not b.fields:
            dot_heading = b.style == "dot" and id(b.section) in paren_tasks - dot_tasks
            if b.style == "sub" or dot_heading or (i > last and id(b.section) not in fielded):
                b.style = "heading"
    tasked = {id(b.section) for b in blocks if b.style != "heading"}
    return [item for item in items if isinstance(item, _Block) or id(item.section) in tasked]


def _drafts(items: list[_Heading | _Block], known: set[str] | frozenset[str], r: FieldReading) -> None:
    section: PlanSection | None = None
    subsection: str | None = None
    position = 0
    part_leaders: list[str] = []
    for item in items:
        if isinstance(item, _Heading):
            r.sections.append(item.section)  # a number printed twice: drafts.distinct_sections
            section, subsection, position = item.section, None, 0
            part_leaders = item.leaders
            continue
        if item.style == "heading":
            subsection = item.text.rstrip("。") or subsection
            continue
        if section is None:
            section = implicit_section(r.sections)
        position += 1
        owners = _owners(item, known)
        # "二、副县长X同志负责的工作" / "本部分责任领导：X副市长"
        leaders = owners[0] or part_leaders or section_leaders(section.title)
        r.drafts.append(Draft(row=item.line, section=section, subsection=subsection, number=position, text=item.text.strip(),
                              cells={"leaders": "\n".join(leaders), "due": owners[3]}, roles=(owners[1], owners[2])))


def _owners(block: _Block, known: set[str] | frozenset[str]) -> tuple[list[str], list[str], list[str], str]:
    """(leaders, lead units, co-units, deadline) of a block, read as one labelled bracket."""
    parts = []
    for label, value in block.fields:
        role = _ROLE_OF[label]
        value = value.strip(" ，,。；;")
        if role == "note" or not value or value in _EMPTY_VALUES:
            continue
        value = re.sub(r"[；;]", "、", value)
        if role == "leaders":
            value = "、".join(n for n in (_bare_name(n) for n in split_leaders(value)) if n)
            parts.append(f"牵头领导：{value}")
        elif role == "lead":
            parts.append(("责任单位：" if label.startswith("责任") else "牵头单位：") + value)
        elif role == "co":
            parts.append(f"配合单位：{value}")
        else:
            parts.append(f"完成时限：{value}")
    owners = read_owners("；".join(parts), known) if parts else None
    if owners is None:
        return [], [], [], ""
    lead, co = owners.lead, owners.co
    if any(_ROLE_MARK_RE.search(u) for u in lead + co):
        # "责任单位：县工信局（牵头）、县统计局": read as a table cell written so is read
        lead, co = unit_roles("、".join(lead), "、".join(co), known)
    return owners.leaders, lead, co, owners.due or ""


def _bare_name(name: str) -> str:
    """"梁启峰常务副市长" / "副区长林梅" → the name, "副县长" alone → "": a title written
    without brackets is not part of the name."""
    bare = _TITLE_BEFORE_RE.sub("", _TITLE_WORDS_RE.sub("", name))
    return bare if len(bare) >= 2 else "" if not bare else name


def looks_like_fields_plan(text: str) -> bool:
    """At least `MIN_BLOCKS` numbered blocks that carry a lead-unit line."""
    boxed = _BOXED_RE.sub(r" \1：", text) if "【" in text else text
    leads = sum(1 for m in _FIELD_RE.finditer(boxed) if _ROLE_OF[m.group(1)] == "lead")
    if leads < MIN_BLOCKS:
        return False  # most files: no need to read them block by block
    lines = _clean_lines(text)
    items, _ = _blocks(lines[_start(lines):])
    # A block's fields start a line of their own, or several follow its task text on the same
    # line ("1.任务。【牵头领导】X【牵头单位】A"): one stray label in a sentence is not a plan.
    return sum(1 for b in items if isinstance(b, _Block) and b.has_role("lead") and (b.lined or len(b.fields) >= 2)) >= MIN_BLOCKS


def read_fields(text: str, known: set[str] | frozenset[str] = frozenset()) -> FieldReading:
    """Stage 1 for labelled-field plans: sections, draft tasks (codes section.position) and
    every problem; `drafts.finish` does the rest."""
    r = FieldReading()
    lines = _clean_lines(text)
    start = _start(lines)
    items, r.problems = _blocks(lines[start:])
    _drafts(_settle(items), known, r)
    return r


def read_fields_meta(text: str) -> tuple[str | None, str | None, int | None, dt.date | None]:
    """`read_plan_meta`, with what this shape's covers add: a title printed over two lines
    after 附件 ("澜溪市2024年政府工作报告" / "重点工作责任分工方案") is read as one, and the year
    of the 文号 (澜政办字〔2024〕6号) stands in when the title gives none."""
    lines = _clean_lines(text)
    start = _start(lines)
    head = [line for _, line in lines[start:start + 4]]
    title_line = ""
    for k in range(len(head) - 1):
        joined = head[k] + head[k + 1]
        # the issuer's line above a title ("…人民政府办公室" / "2025年…分工方案") is not its first half
        if not TITLE_RE.match(head[k]) and not ISSUER_RE.match(head[k]) and TITLE_RE.match(joined) and not re.search(r"[，。；：,;]", joined):
            title_line = joined
            break
    title, region, year, issued = read_plan_meta(title_line + "\n" + text if title_line else text)
    if year is None:
        m = _DOCNO_YEAR_RE.search("\n".join(line for _, line in lines[:40]))
        if m:
            year = int(m.group(1))
    return title, region, year, issued
