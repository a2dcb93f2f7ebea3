"""Header rows: which column holds what, read from what the header says, not by position.

Wordings tables use across the country: 工作任务 / 重点工作 / 任务内容 / 具体工作任务和要求;
牵头领导 / 责任领导 / 分管领导 / 市政府牵头领导 / 牵头市领导; 牵头单位 / 牵头部门; 配合单位 /
协办单位 / 参与单位 / 协同单位 / 责任单位; 完成时限 / 时间节点 / 完成时间; 序号. An extra ✓/△ column is
ignored. 责任单位 is the co-unit column when a 牵头 column exists, else it is the lead column.
A header over two rows (责任单位 spanning 牵头单位 | 配合单位) is read as one.

Two task columns: a short title (重点任务 / 工作事项 / 项目名称) then the full text (具体内容 /
工作内容 / 主要目标). The first is "text", the second "detail"; a row's task text holds both
(`rows.task_text`), since the figures and most words live only in the second.
"""
from __future__ import annotations

from core import lazy_re as re
from typing import Sequence

from retrieval.plans.cells import clean_cell
from retrieval.plans.lead_rule import strip_rule_note
from retrieval.plans.numbering import CODE_RE, is_numbered

# Header keywords → column role. Order matters: 牵头领导 contains 牵头, 时限要求 contains 要求.
COLUMN_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("code", ("序号", "编号", "代码")),
    ("due", ("时限", "期限", "时间节点", "完成时间", "截止时间", "办结时间", "进度安排", "时间安排", "时间要求",
             "截止日期", "完成日期", "办结日期")),
    ("leaders", ("领导", "分管", "责任人")),
    # ("责任分工": one cell holding every owner, each on its line with its role, round 60b:
    # `owners.read_owner_cell` splits it)
    ("lead", ("牵头单位", "牵头部门", "主办单位", "主责单位", "牵头", "责任分工", "职责分工", "分工")),
    ("co", ("配合单位", "协办单位", "参与单位", "参加单位", "协助单位", "协同单位", "协作单位", "配合部门", "协办部门",
            "参与部门", "协同部门", "协作部门", "责任单位", "责任部门",
            "负责单位", "负责部门", "承办单位", "实施单位", "主体单位", "相关单位",
            # a town's offices (党政办, 经发办, 财政所…: "责任站所", round 69d) and a bureau's sections
            "责任站所", "责任站办", "责任办所", "责任科室", "责任股室", "责任处室")),
    # an indicator table (附件1 主要预期目标): 指标 | 2025年预期目标 — the indicator, then its figure
    # ("实事名称 | 建设内容及目标": a project named, then what it builds, round 65g)
    ("text", ("任务", "工作", "内容", "事项", "要求", "措施", "举措", "项目名称", "名称", "实事", "主要目标", "指标", "预期目标", "目标值")),
]
# A second task-like column worded like this reports on the task, it does not state it
# (工作进展 / 完成情况 / 备注): never the task's "detail" column.
NOT_DETAIL_WORDS = ("进展", "情况", "完成", "成效", "备注", "问题", "落实")
# Whole header cells as printed, so a cell split by a PDF's letter spacing ("牵头 领导") is
# read as one (`spaced.join_header_tokens`): every multi-word rule above, and the usual names.
HEADER_LABELS = frozenset(
    [w for _, words in COLUMN_RULES for w in words if len(w) >= 4]
    + ["序号", "编号", "牵头领导", "责任领导", "分管领导", "牵头市领导", "完成时限", "工作任务", "重点工作", "重点任务",
       "任务内容", "工作内容", "主要任务", "具体任务", "主要内容"]
)
# A column worded like this reports on the task (季度进展（牵头单位填报） / 落实情况 / 备注): it
# names no role, even when its label mentions the lead unit who fills it in.
REPORTING_WORDS = ("进展", "填报", "填写", "完成情况", "落实情况", "推进情况", "备注", "成效")
# A column worded like this groups the tasks (工作板块 / 类别 / 领域, often merged down a
# section): its cell starts a section ("一、坚持工业强县（7项）"), never a task's text.
GROUP_WORDS = ("板块", "类别", "分类", "领域", "版块")
GROUP_NOT = ("任务", "内容", "事项", "措施")
# A unit column worded like this is never the lead, even when no 牵头 column exists.
CO_ONLY_WORDS = ("配合", "协办", "参与", "协助", "协同", "协作")
REQUIRED_COLUMNS = ("text", "lead")
# A label no rule above names is read by its last word, as a reader would: "落实单位", "承担单位",
# "责任主体" hold units; "计划完成节点", "办结日期要求" a deadline; "建设项目" a task. Without this a
# plan whose office words its columns its own way is refused whole (rounds 69c, 69d).
GENERIC_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("due", ("时间", "日期", "节点", "截止")),
    ("unit", ("单位", "部门", "主体", "站所", "科室", "处室", "股室", "机构")),
    ("text", ("项目", "目标", "事项")),
]


def header_columns(row: Sequence[str]) -> dict[str, int] | None:
    """Map column roles to indexes when `row` is a header row (it names a task column and a
    unit column, or is the lower half of a two-row header naming unit columns); None otherwise.

    责任单位 (or any unit column not worded as a helper's) is the lead column when the header
    has no 牵头 column; with one, it is the co-unit column."""
    roles: dict[str, int] = {}
    units: list[tuple[int, str]] = []  # every unit column, in order, with its label
    for index, cell in enumerate(row):
        label = strip_rule_note(re.sub(r"\s+", "", clean_cell(cell)))  # the lead rule in brackets: `lead_rule`
        if is_numbered(label) or label.isdigit() or (index == 0 and CODE_RE.match(label)):
            # a numbered row (or a 序号 cell's bare number, or a code "2026-07-05" / "3.4": a task
            # whose co-unit cell says "各责任单位", round 69c) is content, whatever words it holds
            return None
        if not label or len(label) > 16 or _reports_on_task(label):
            continue
        if _groups_tasks(label):
            roles.setdefault("group", index)  # the section a task belongs to (`table._read_row`)
            continue
        role = _label_role(label)
        if role in ("lead", "co", "unit"):
            units.append((index, "lead" if role == "lead" else label))
        elif role and role not in roles:
            roles[role] = index
        elif role == "text" and "detail" not in roles and not any(w in label for w in NOT_DETAIL_WORDS):
            roles["detail"] = index  # the task's full text, next to its short title
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

_OWNER_CELL_OPENS = ("各", "省", "市", "县", "区", "镇", "乡", "街道")


def other_columns(row: Sequence[str], columns: dict[str, int]) -> dict[int, str]:
    """The header's columns no role names, by index, with their labels ("包村干部", "联系人",
    "责任人（科室）"): a row's cells there are kept and shown with its task, so "包村的是谁" is
    answered from the table (round 69d). Progress and note columns are the ledger's, not these."""
    taken = set(columns.values())
    out: dict[int, str] = {}
    for index, cell in enumerate(row):
        label = strip_rule_note(re.sub(r"\s+", "", clean_cell(cell)))
        if index in taken or not 2 <= len(label) <= 8 or _reports_on_task(label) or _groups_tasks(label):
            continue
        if _label_role(label) is None and not label.isdigit() and re.fullmatch(r"[\u4e00-\u9fff（）()]+", label):
            out[index] = label
    return out


def _label_role(label: str) -> str | None:
    """The role a header label names: the known wordings first, then its last word
    (`GENERIC_RULES`); None for a label naming no role (包村干部, 备注…)."""
    for role, words in COLUMN_RULES:
        if any(w in label for w in words):
            return role
    if len(label) > 6 or label.startswith(_OWNER_CELL_OPENS) or "有关" in label or "相关" in label:
        return None  # "各有关单位", "市直部门": a cell of a row, not a column's name
    for role, words in GENERIC_RULES:
        if any(label.endswith(w) for w in words):
            return role
    return None


def _reports_on_task(label: str) -> bool:
    """A progress column: no column of the task's, whatever unit its label names."""
    return any(w in label for w in REPORTING_WORDS)


def _groups_tasks(label: str) -> bool:
    """A group column (工作板块): the section of the rows beside it, no text of the task's."""
    return any(w in label for w in GROUP_WORDS) and not any(w in label for w in GROUP_NOT)


def names_lead_column(row: Sequence[str]) -> bool:
    """A header row with a column worded as the lead's (牵头单位 / 主办单位…), so the plan says
    which units lead without any rule (`lead_rule`)."""
    for cell in row:
        label = strip_rule_note(re.sub(r"\s+", "", clean_cell(cell)))
        if _reports_on_task(label) or _groups_tasks(label):
            continue
        for role, words in COLUMN_RULES:
            if any(w in label for w in words):
                if role == "lead":
                    return True
                break
    return False


def merge_headers(upper: dict[str, int], lower: dict[str, int]) -> dict[str, int]:
    """A header over two rows: 责任单位 over 牵头单位 | 配合单位. The lower row's roles win;
    an upper role whose column the lower row names otherwise is dropped."""
    taken = set(lower.values())
    merged = {role: i for role, i in upper.items() if i not in taken and role not in lower}
    merged.update(lower)
    return merged


def header_tokens_columns(tokens: Sequence[str]) -> dict[str, int] | None:
    """A line of text cut into cells (column-aligned text): a header when every cell is a short
    column name (three or more of them) and `header_columns` reads the roles."""
    tokens = [strip_rule_note(t) for t in tokens]
    if len(tokens) < 3 or any(len(t) > 10 for t in tokens):
        return None
    names = [w for _, words in COLUMN_RULES for w in words] + list(REPORTING_WORDS) + list(GROUP_WORDS)
    if not all(any(w in t for w in names) for t in tokens):  # 备注 / 进展情况 / 工作板块 are column names too
        return None
    return header_columns(tokens)

