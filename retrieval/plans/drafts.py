"""Draft tasks, as every shape's reader leaves them, and the last stage that turns them into
`PlanRow`s: heading levels settled, restarting numbers renumbered, codes checked for
duplicates, unit cells split into lead and co-units.

Four levels (一、 / （一） / 1. / （1）) where the "1." rows carry no unit are headings: the （1）
rows are the tasks, with the heading as their subsection. When numbering restarts in every
subsection (duplicates that would otherwise be refused), a task's number is its position in
the section (1, 2, 3… across subsections).
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, field

from core.numerals import cn_numeral
from core.plan_records import PlanRow, PlanSection
from prompts import registry as msg
from retrieval.plans.cells import dedupe, leader_offices, learn_units, split_joined_names, split_leaders, split_units
from retrieval.plans.lead_rule import LeadRule, first_leads, mark_as_lead, marked_roles
from retrieval.plans.owners import combined_owner_cell, read_owner_cell
from retrieval.plans.roles import unit_roles
from retrieval.plans.unit_scopes import with_scopes


@dataclass
class Draft:
    row: int  # the row or line it came from, for problems
    section: PlanSection
    subsection: str | None
    number: int
    text: str
    style: str = "dot"  # "dot" (1.) or "paren" (（1）)
    cells: dict[str, str] = field(default_factory=dict)  # raw leaders / lead / co / due
    roles: tuple[list[str], list[str]] | None = None  # (lead, co) when the reader already split them
    others: dict[str, str] = field(default_factory=dict)  # cells of columns no role names (包村干部), by label


# a task's text that is only its owners' bracket ("（牵头省领导：何文斌；牵头单位：省教育厅；…）")
_OWNERS_ONLY = re.compile(r"^\s*[（(]\s*(?:牵头|责任|主办)(?:省|市|县|区)?(?:领导|单位|部门)")


def implicit_section(sections: list[PlanSection]) -> PlanSection:
    section = PlanSection(number=1, title=msg.IMPLICIT_SECTION, declared_count=None)
    sections.append(section)
    return section


def distinct_sections(sections: list[PlanSection], drafts: list[Draft]) -> tuple[list[PlanSection], list[str]]:
    """(sections, notes): a part mark printed twice ("十、" again, or a notice's own "二、" before
    the plan's) must not make two parts of one number. A part that holds no task gives way; a
    later part with tasks is kept under the next free number, and a note says so."""
    used = {id(d.section) for d in drafts}
    numbers = [s.number for s in sections if id(s) in used]
    kept = [s for s in sections if id(s) in used or numbers.count(s.number) == 0]
    out: list[PlanSection] = []
    notes: list[str] = []
    top = max((s.number for s in kept), default=0)
    for s in kept:
        if any(o.number == s.number for o in out):
            old, top = s.number, top + 1
            s.number = top
            notes.append(msg.DUP_SECTION_KEPT.format(number=cn_numeral(old), kept=cn_numeral(s.number), title=s.title))
        out.append(s)
    return out, notes


def add_cells(draft: Draft, cells: dict[str, str]) -> None:
    """Add a continuation row's leader / unit / time cells to the task it continues."""
    for key, value in cells.items():
        if value and value not in draft.cells.get(key, "").split("\n"):
            draft.cells[key] = (draft.cells.get(key, "") + "\n" + value).strip()


def snippet(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text[:30] + ("…" if len(text) > 30 else "")


def finish(drafts: list[Draft], known: set[str], rule: LeadRule | None = None) -> tuple[list[PlanRow], list[str]]:
    """The last stage: (rows, problems). `known` (the unit vocabulary) grows with this plan.
    `rule` is the lead rule the plan states for its one units column (`lead_rule`)."""
    for d in drafts:  # one 责任分工 cell with every owner in it, each with its role (round 60b)
        owners = read_owner_cell(d.cells.get("lead", ""), known) if d.roles is None and combined_owner_cell(d.cells.get("lead", "")) else None
        if owners is not None:
            d.roles = (owners.lead, owners.co)
            # the cell's own leader line wins over one a part's heading was read to name
            d.cells["leaders"] = "、".join(owners.leaders) or d.cells.get("leaders", "")
            d.cells["due"] = d.cells.get("due") or owners.due or ""
            d.cells["lead"], d.cells["co"] = "、".join(owners.lead), "、".join(owners.co)
    for d in drafts:  # marks on lead units ("*县交通局") become the cell's own role mark
        for key in ("lead", "co"):
            if d.cells.get(key):
                d.cells[key] = mark_as_lead(d.cells[key], rule)
    learn_units((d.cells.get(k, "") for d in drafts for k in ("lead", "co")), known)
    drafts = join_merged_numbers(number_measures(drafts))
    drafts = demote_headings(drafts)
    renumber_restarts(drafts)
    out: list[PlanRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    leader_cells: dict[str, str] = {}  # each row's leader cell as printed, for the offices in it
    for d in drafts:
        if (not d.text.strip() or _OWNERS_ONLY.match(d.text)) and len(d.section.title) >= 6:
            # "一、既有住宅加装电梯2400部…" then "（牵头省领导：…；牵头单位：…）" (a 民生实事 notice whose items
            # are numbered as parts, round 71d): the item's text is its part's title, the bracket its owners
            d.text = d.section.title + d.text.strip()
        code = f"{d.section.number}.{d.number}"
        if code in seen:
            problems.append(msg.ROW_DUP_CODE.format(row=d.row, code=code, first=seen[code]))
            continue
        seen[code] = d.row
        leads, cos = marked_roles(*d.roles, rule) if d.roles is not None else unit_roles(d.cells.get("lead", ""), d.cells.get("co", ""), known)
        leads, cos = first_leads(leads, cos, d.cells.get("lead", "") + d.cells.get("co", ""), rule)
        if not d.text or not leads:  # named, and never a task: a plan read in part leaves it out
            problems.append((msg.ROW_NO_LEAD if d.text else msg.ROW_NO_TEXT).format(row=d.row, code=code))
            continue
        due = re.sub(r"\s+", " ", d.cells.get("due", "")).strip() or None
        # "市城管局（口袋公园）": the part a unit does, kept with the task when its text does not say it
        text = with_scopes(d.text, [n for k in ("lead", "co") for n in split_units(d.cells.get(k, ""), known)])
        leader_cells[code] = d.cells.get("leaders", "")
        out.append(PlanRow(code=code, section_number=d.section.number, number=d.number, section=d.section.title,
                           subsection=d.subsection, text=text, leaders=split_leaders(d.cells.get("leaders", "")),
                           lead_units=leads, co_units=cos, due_text=due, others=dict(d.others)))
    alone = {name for r in out for name in r.leaders}
    for r in out:
        r.leaders = dedupe(part for name in r.leaders for part in split_joined_names(name, alone))
        r.offices = leader_offices(leader_cells.get(r.code, ""), r.leaders)
    return out, problems


_MEASURE = re.compile(r"^[^：]{2,40}：\s*[（(]\s*(\d{1,2})\s*[)）]")


def number_measures(drafts: list[Draft]) -> list[Draft]:
    """A plan of two levels whose 重点工作 cell (and its 序号) is merged down its numbered 工作措施
    ("做强主导产业集群" over "（1）…" and "（2）…", each with its own units and time, round 63b):
    each measure is a task. Every section of such a plan is numbered by position, so the
    measures of one 序号 get codes of their own; otherwise the rows were joined into one task
    and every measure's owner read as the whole item's."""
    marks = [m.group(1) if (m := _MEASURE.match(d.text)) else None for d in drafts]
    if not any(a.section is b.section and a.number == b.number and ma and mb and ma != mb and b.cells.get("lead")
               for a, b, ma, mb in zip(drafts, drafts[1:], marks, marks[1:])):
        return drafts
    position: dict[int, int] = {}
    for d in drafts:
        position[id(d.section)] = position.get(id(d.section), 0) + 1
        d.number = position[id(d.section)]
    return drafts


def join_merged_numbers(drafts: list[Draft]) -> list[Draft]:
    """A 序号 cell merged down several rows (Word prints its number in each, round 60h: a 民生实事
    with two or three sub-targets, each with its own units and time) is one numbered item of the
    plan: its rows are joined into one task, each part's own time kept beside it when the
    times differ, the units of every part kept; the task is due by the latest."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev is not None and prev.section is d.section and prev.subsection == d.subsection and prev.style == d.style
                and prev.number == d.number and d.text and d.text != prev.text and _same_item(prev.text, d.text)
                and prev.roles is None and d.roles is None and prev.row < d.row):
            _join(prev, d)
        else:
            out.append(d)
    return out


def _same_item(first: str, more: str) -> bool:
    """Both rows carry the merged item's name before their own target ("基层医疗和妇女健康：…"):
    a number printed twice over two different tasks is a mistake to report, not one item."""
    head, colon, _ = more.partition("：")
    return bool(colon) and len(head) >= 2 and first.startswith(head + "：")


def _join(first: Draft, more: Draft) -> None:
    head, colon, rest = more.text.partition("：")
    part = rest if colon and first.text.startswith(head + "：") else more.text  # the item's name said once
    due, own = first.cells.get("due", "").split("\n")[0].strip(), more.cells.get("due", "").strip()
    if own and due and own != due:
        if not first.text.endswith(f"（{due}）"):
            first.text = f"{first.text.rstrip('。；;')}（{due}）"
        part = f"{part.rstrip('。；;')}（{own}）"
    first.text = f"{first.text.rstrip('。；;')}；{part}"
    add_cells(first, {k: v for k, v in more.cells.items() if k in ("leaders", "lead", "co", "due")})


def demote_headings(drafts: list[Draft]) -> list[Draft]:
    """Four levels (一、 / （一） / 1. / （1）): when tasks are numbered （1） and every "1." row
    has no leader, unit or time, the "1." rows are headings of the tasks under them, which
    take the heading as their subsection."""
    if {d.style for d in drafts} != {"dot", "paren"}:
        return drafts
    if any(any(d.cells.values()) for d in drafts if d.style == "dot"):
        return drafts
    out, heading = [], None
    for d in drafts:
        if d.style == "dot":
            heading = d
            continue
        if heading is not None and heading.section is d.section:
            d.subsection = heading.text.rstrip("。")
        out.append(d)
    return out


def renumber_restarts(drafts: list[Draft]) -> None:
    """Numbering that restarts in every subsection ((一) 1. 2. (二) 1. 2.) would give duplicate
    codes: in such a section, number tasks by their position in the section instead."""
    by_section: dict[int, list[Draft]] = {}
    for d in drafts:
        by_section.setdefault(id(d.section), []).append(d)
    for items in by_section.values():
        numbers = [d.number for d in items]
        if len(set(numbers)) == len(numbers):
            continue
        runs: list[list[int]] = []
        for k, d in enumerate(items):
            if k == 0 or d.subsection != items[k - 1].subsection:
                runs.append([])
            runs[-1].append(d.number)
        if len(runs) > 1 and all(run == list(range(1, len(run) + 1)) for run in runs):
            for position, d in enumerate(items, start=1):
                d.number = position
