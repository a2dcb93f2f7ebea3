"""Paragraph plans: the shape most plans are published in, each task a numbered paragraph
ending with its owners in a bracket (see `retrieval.plans.owners`):

    一、增强科技创新引领力                                   section
    （一）强化创新策源能力                                   subsection (no owner bracket)
    1. 实施……。（牵头领导：X；牵头单位：A；责任单位：B、C）     task
    （三）新认定……。（省科技厅牵头，省税务局配合，年内持续推进）  task numbered （三）

A paragraph with an owner bracket is a task, whatever its number looks like ("1." / "1、" /
"（1）" / "（一）", or none: then it is the next number); a numbered paragraph without one
is a heading ("一、" a section, "（一）" a subsection) or, for an Arabic number, a task that
lost its owners — reported, never dropped. A paragraph wrapped over several lines continues
until its bracket. Lines before the first section or task (title, salutation, preamble) and
after the last task (signature, date) are not tasks.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, field
from typing import Any, Callable

from core.numerals import cn_number
from core.plan_records import PlanSection
from prompts import registry as msg
from retrieval.plans.drafts import Draft, implicit_section, snippet
from retrieval.plans.numbering import DECLARED_RE, SECTION_RE, SUBSECTION_RE, TASK_RE, task_number
from retrieval.plans.owners import Owners, leaders_only, read_owners, split_trailing_bracket

MIN_TASKS = 3  # owner-bracket paragraphs needed before a text is read as a plan


@dataclass
class _Block:
    line: int
    text: str
    owners: Owners | None = None
    body: str = ""
    # owners stated once for the tasks above: ("range", first, last), ("last", n) or ("all", 0)
    group: tuple[str, int, int] | None = None


@dataclass
class ParagraphReading:
    sections: list[PlanSection] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# the owners said after the task's sentence without a bracket, on its line or the next:
# "17.确保…年内完工。\n责任州领导：麻新华；牵头单位：州交通运输局；责任单位：…" (round 57f)
_BARE_OWNERS = re.compile(r"^(?P<body>.+?[。；;！!])\s*(?P<owners>(?:责任[\u4e00-\u9fff]{0,3}领导|牵头领导|分管领导|"
                          r"牵头单位|牵头部门|责任单位|责任部门)\s*[:：][^。]+?)[。]?$")
# …the lead said by its label, or marked beside a unit of the 责任单位 list ("市住建局（牵头）、…", round 59e)
_LEAD_SAID = re.compile(r"牵头(?:单位|部门)\s*[:：]|[（(]\s*牵头\s*[)）]|牵头[，,；;]")


# owners stated once for the tasks above them: "以上第23至27项任务，责任领导：X  牵头单位：A  配合单位：B",
# "以上3项由市农业农村局牵头，李振华负责" (rounds 59e, 59g)
_GROUP_OWNERS = re.compile(r"^(?:以上|上述)(?:第?(?P<a>\d{1,3})\s*项?\s*(?:至|到|[-—－~～])\s*第?(?P<b>\d{1,3})\s*项|"
                           r"(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})项)?(?:任务|工作|事项)?\s*[，,：:]?\s*(?P<owners>.+?)[。；;]?$")


def _group(line: str, known: set[str] | frozenset[str]) -> _Block | None:
    m = _GROUP_OWNERS.match(line)
    owners = read_owners(m.group("owners"), known) if m else None
    if m is not None and owners is None and (names := leaders_only(m.group("owners"))):
        # "以上第23—25项责任市领导：赵永刚。": the leader of tasks whose units each task states
        owners = Owners(leaders=names)
    if m is None or owners is None:
        return None
    if m.group("a"):
        span = ("range", int(m.group("a")), int(m.group("b")))
    elif m.group("n"):
        span = ("last", cn_number(m.group("n")) or int(m.group("n")) if m.group("n").isdigit() else cn_number(m.group("n")) or 0, 0)
    else:
        span = ("all", 0, 0)
    return _Block(line=0, text=line, owners=owners, group=span)


def _lead_tasks(drafts: list[Draft], section: PlanSection | None, span: tuple[str, int, int], leaders: list[str]) -> None:
    """The leaders a group line names, given to the tasks it covers that name none of their own."""
    for d in _in_span([d for d in drafts if d.section is section], span, lambda d: d.number):
        if not d.cells.get("leaders"):
            d.cells["leaders"] = "\n".join(leaders)


def _covered(waiting: list[tuple], span: tuple[str, int, int]) -> list[tuple]:
    """The tasks still without owners that a group's owner line covers ("all": those of the last
    part that has any)."""
    last_section = waiting[-1][1] if waiting else None
    return _in_span([w for w in waiting if span[0] != "all" or w[1] is last_section], span, lambda w: w[3])


def _in_span(items: list, span: tuple[str, int, int], number: Callable[[Any], int]) -> list:
    """The items a group line's span names: numbers a to b, the last n, or all of them."""
    kind, a, b = span
    if kind == "range":
        return [x for x in items if a <= number(x) <= b]
    if kind == "last":
        return items[-a:] if a > 0 else []
    return items


def _owned(text: str, known: set[str] | frozenset[str]) -> tuple[str, Owners] | None:
    split = split_trailing_bracket(text)
    if not split and (bare := _BARE_OWNERS.match(text)) and _LEAD_SAID.search(bare.group("owners")):
        split = (bare.group("body"), bare.group("owners"))
    if not split:
        return None
    owners = read_owners(split[1], known)
    return (split[0], owners) if owners else None


def _numbered(line: str) -> bool:
    return bool(SECTION_RE.match(line) or SUBSECTION_RE.match(line) or TASK_RE.match(line))


def blocks(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[_Block]:
    """Paragraphs: a numbered line starts one; an unnumbered line continues the paragraph
    before it while that one has no owner bracket yet, else starts its own."""
    out: list[_Block] = []
    lines = [raw.replace("\f", "").strip() for raw in text.splitlines()]
    width = max((len(line) for line in lines), default=0)
    cut = False  # the line before filled the page width: a wrap, whatever it starts with
    for line_no, line in enumerate(lines, start=1):
        if not line:
            continue  # a blank line (a page break) does not end a paragraph that has no owners yet
        last = out[-1] if out else None
        if not _numbered(line) and (grouped := _group(line, known)) is not None:
            grouped.line = line_no
            out.append(grouped)
            cut = False
            continue
        if last is not None and last.owners is None and not _numbered(line) and _continues(last.text, cut):
            last.text += line
        else:
            last = _Block(line=line_no, text=line)
            out.append(last)
        cut = len(line) >= width - 1 and width >= 20
        found = _owned(last.text, known)
        if found:
            last.body, last.owners = found
    return out


def _continues(before: str, cut: bool) -> bool:
    """An unnumbered line continues a task paragraph ("1. …") that has no owners yet; it
    continues a "（一）…" or "一、…" paragraph only when that one's line was cut at the page
    width (a State Council task numbered （一）), never a short heading."""
    if SECTION_RE.match(before) or SUBSECTION_RE.match(before):
        return cut
    return _numbered(before)


def looks_like_paragraph_plan(text: str) -> bool:
    return sum(1 for b in blocks(text) if b.owners) >= MIN_TASKS


def read_paragraphs(text: str, known: set[str] | frozenset[str] = frozenset()) -> ParagraphReading:
    r = ParagraphReading()
    section: PlanSection | None = None
    subsection: str | None = None
    started = False
    number = 0
    # numbered tasks with no owners yet: a group's owner line below may cover them
    waiting: list[tuple[_Block, PlanSection, str | None, int, str]] = []

    def add(b: _Block, section: PlanSection, subsection: str | None, number: int, body: str, owners: Owners) -> None:
        leaders = owners.leaders or section_leaders(section.title)
        r.drafts.append(Draft(row=b.line, section=section, subsection=subsection, number=number, text=body,
                              cells={"leaders": "\n".join(leaders), "due": owners.due or ""},
                              roles=(owners.lead, owners.co)))

    for b in blocks(text, known):
        if b.group is not None and b.owners is not None:
            if not b.owners.lead and not b.owners.co:
                _lead_tasks(r.drafts, section, b.group, b.owners.leaders)
                continue
            covered = _covered(waiting, b.group)
            for w in covered:
                add(*w, b.owners)
            waiting = [w for w in waiting if w not in covered]
            continue
        if b.owners is None:
            m_sec, m_sub = SECTION_RE.match(b.text), SUBSECTION_RE.match(b.text)
            if m_sec and cn_number(m_sec.group(1) or m_sec.group(2)):
                section = _section(r, b, m_sec)
                subsection, number, started = None, 0, True
            elif m_sub and started:
                subsection = m_sub.group(2).rstrip("。")
            elif TASK_RE.match(b.text) and started:
                if section is None:
                    section = implicit_section(r.sections)
                number, body = _task_number(b.text, number)
                waiting.append((b, section, subsection, number, body))
            continue
        started = True
        if section is None:
            section = implicit_section(r.sections)
        number, body = _task_number(b.body, number)
        add(b, section, subsection, number, body, b.owners)
    r.problems += [msg.PARA_NO_OWNERS.format(row=w[0].line, text=snippet(w[0].text)) for w in waiting]
    r.drafts.sort(key=lambda d: d.row)
    return r


# a part headed by the leader who covers it: "二、县委常委、常务副县长林志远同志负责的工作",
# "三、副市长陈敏分管的工作" — its tasks are that leader's unless a task names its own
_LEADER_HEADING = re.compile(
    r"(?:长|书记|主任|常委|委员|秘书长)([\u4e00-\u9fa5]{2,4}?)(?:同志)?(?:负责|分管|牵头|联系)的?(?:工作|任务|事项)"
    r"|([\u4e00-\u9fa5]{2,3})同志(?:负责|分管|牵头|联系)的?(?:工作|任务|事项)"
    # the name, 同志, the offices in brackets: "韦承志同志（区政府副区长）牵头（8项）" (round 42c)
    r"|^([\u4e00-\u9fa5]{2,3})同志[（(][^（）()]{1,30}[)）](?:负责|分管|牵头|联系)"
    # the name first: "三、罗永胜副县长负责（5项）", "许志刚常务副市长分管"
    r"|^([\u4e00-\u9fa5]{2,3}?)(?:常务)?副?(?:省|市|县|区|州|盟|旗)?长(?:同志)?(?:负责|分管|牵头|联系)"
    # titles, then the name alone: "区委副书记、区长　贺承宇", "副区长 许嘉"
    # (never the 长 of 增长: "一、稳增长扩投资" names no one, round 60a)
    r"|^[\u4e00-\u9fa5、]{0,14}?(?:(?<![增成延生擅助消])长|书记|主任|常委|秘书长)[\s\u3000]*([\u4e00-\u9fa5]{2,3})(?:同志)?$"
    # …or the name, then what the heading says of it: "县委副书记、县长林书恒负责"
    r"|(?:(?<![增成延生擅助消])长|书记|主任|常委|秘书长)[\s\u3000]*([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?:负责|分管|牵头|联系)$")


# the leaders a part's heading names in a labelled bracket: "一、扩大有效需求（责任市领导：周启明）",
# "（牵头县领导：王某某、李某某）" (round 62b)
LEADER_BRACKET = re.compile(r"\s*[（(](?:责任|牵头|分管|联系|包抓|挂点)?(?:省|市|县|区|州)?(?:领导|负责同志)\s*[:：]\s*"
                            r"(?P<names>[\u4e00-\u9fa5]{2,4}(?:[、，,\s][\u4e00-\u9fa5]{2,4}){0,3})\s*[)）]")


def section_leaders(title: str) -> list[str]:
    """The leaders a part's heading names as covering it ([] when it names none)."""
    if labelled := LEADER_BRACKET.search(title or ""):
        return [n for n in re.split(r"[、，,\s]+", labelled.group("names")) if n]
    m = _LEADER_HEADING.search(title or "")
    return [next(g for g in m.groups() if g)] if m else []


def _section(r: ParagraphReading, b: _Block, m: re.Match[str]) -> PlanSection:
    mark = m.group(1) or m.group(2)
    number = cn_number(mark) or 0
    title = m.group(3)
    declared = DECLARED_RE.search(title)
    if any(s.number == number for s in r.sections):
        if not r.drafts:
            # The notice's own numbered points ("一、各牵头单位要…" before the plan's body) held
            # no task: they were preamble, and the plan's sections start again here.
            r.sections.clear()
    section = PlanSection(number=number, title=DECLARED_RE.sub("", title).strip(), declared_count=int(declared.group(1)) if declared else None)
    r.sections.append(section)  # a number printed twice: drafts.distinct_sections
    return section


def _task_number(body: str, previous: int) -> tuple[int, str]:
    """(number, text): "1." / "（1）" as printed, "（一）" read as a number, none → the next one."""
    if m := TASK_RE.match(body):
        return task_number(m)
    if m := SUBSECTION_RE.match(body):
        value = cn_number(m.group(1))
        if value:
            return value, m.group(2)
    return previous + 1, body.strip()
