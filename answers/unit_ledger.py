"""A ledger grouped by lead unit, asked by its unit: "发改那几项现在咋样了", "住建有没有滞后的",
"交通局一共几项 完成几项了", "教体那个学校的项目进展写的啥" (round 64d).

Supervision offices often print their progress ledger with one row spanning the sheet per lead
unit ("三、区住建局（共5项）") and that unit's tasks under it, with no 牵头单位 column: the
unit is the group, which ingest keeps as the section of each row's sentences
(retrieval/report_tables.py reads each row as "任务进展情况：…。任务完成情况：…。"). A unit asked
is answered from its group: one row when the rest of the question names one of its tasks,
else its rows with their status (those marked 滞后 when that is asked), counted by status.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer, source_dict, source_line
from answers.evidence import grams
from core import lazy_re as re
from core.ledger_words import GROUP_LABEL, MONTH, PROGRESS_LABEL, STATUS_LABEL, lags, status_rows
from core.unit_initials import initial_forms
from core.unit_names import curated_aliases
from prompts import answers as P

# "三、区住建局（共5项）", "牵头单位：区住建局", "市发展改革委（3项）": a group row naming its unit
_GROUP = re.compile(rf"^(?:[一二三四五六七八九十]{{1,3}}\s*[、.．]|\d{{1,2}}\s*[、.．])?\s*(?:{GROUP_LABEL})?\s*"
                    r"(?P<unit>[\u4e00-\u9fff]{2,24}?(?:局|委|厅|办|中心|分局|管委会|公司|集团|政府|街道|镇|乡|院|所|队))"
                    r"\s*(?:[（(]\s*(?:共|计)?\s*(?P<count>\d{1,3})\s*项\s*[)）])?$")
# a row's status and progress sentences, each opening with the row's task
_PROGRESS = re.compile(rf"(?:^|(?<=[。\n]))(?P<task>[^。\n：:]{{2,90}}?)"
                       rf"(?:截至\d{{1,2}}月(?:底|末)?|{MONTH}月|本月)?{PROGRESS_LABEL}[：:]\s*(?P<value>[^\n]*?)"
                       rf"(?=。(?:[^。\n：:]{{2,90}}?(?:{STATUS_LABEL}|备注|存在问题)[：:])|。?$|\n)")
_LAG = re.compile(r"滞后|落后|拖后腿|进度慢|推进慢")
_LEDGER_SAID = re.compile(r"台账|台帐")
_STATE = re.compile(r"咋样|怎么样|如何|进展|进度|情况|完成|几项|多少项|推进|干得|弄得|搞得")
# the words of an ask about a unit's rows, none of them a task's
_ASK_WORDS = re.compile(r"那几项|这几项|几项|多少项|一共|总共|现在|目前|截至目前|咋样了?|怎么样了?|如何|进展|进度|情况|写的啥|"
                        r"是啥|啥|什么|完成了?|有没有|滞后的?|落后的?|都|了|呢|吗|没|那个|这个|那项|这项|的|项目|任务|工作|"
                        r"帮我|看下|查下|麻烦|领导|要|急")
# what the plan answers, not the ledger: the tasks a unit owns, shares or must finish by a date
_OWNING = re.compile(r"牵头|负责|配合|参与|分管|责任单位|时限|时间节点|啥时候|什么时候|几月")
MAX_ROWS = 8
PROGRESS_CHARS = 60


@dataclass
class Row:
    task: str
    status: str
    progress: str


def unit_ledger_answer(ctx: Any, question: str, *, region: str | None) -> Answer | None:
    """The rows of the unit the question names, from a ledger grouped by lead unit; None when
    no such ledger is loaded, the question names none of its units, or asks no state."""
    lag = bool(_LAG.search(question or ""))
    if not (lag or _STATE.search(question or "")) or _OWNING.search(question or ""):
        return None
    groups = _groups(ctx, question, region)
    if not groups:
        return None
    said = B.units_in_text(ctx, question)
    named = _named_groups(question, groups, said, lambda name: B.units_named(ctx, name))
    if not named and said and _LEDGER_SAID.search(question):
        # "民政局养老那项 台账里进展写的啥": the ledger has no group of that unit; its plan's task
        # is no answer to what the ledger says
        units = "、".join(dict.fromkeys(g[0] for g in groups.values()))
        title = B.field(next(iter(groups.values()))[3][0], "title") or "台账"
        return Answer(P.UNIT_LEDGER_NO_UNIT.format(title=title, unit=said[0], units=units), "none")
    if len(named) != 1:
        return None
    (unit, count, section, hits), = named.values()
    rows = _rows(hits)
    if not rows:
        return None
    title = B.field(hits[0], "title") or "台账"
    source = source_line(title, section)
    rest = _rest(question, unit)
    one = _one_row(rest, rows)
    if one is not None:
        text = P.UNIT_LEDGER_ROW.format(unit=unit, task=one.task, status=one.status or "未注明",
                                        progress=one.progress or "未填写")
        return Answer(text + "\n" + source, "fact", [source_dict(hits[0])])
    statuses = Counter(r.status for r in rows if r.status)
    tally = "、".join(f"{s}{n}项" for s, n in statuses.most_common())
    head = P.UNIT_LEDGER_HEAD.format(title=title, unit=unit, n=count or len(rows), tally=f"（{tally}）" if tally else "")
    shown = [r for r in rows if lags(r.status)] if lag else rows
    if lag and not shown:
        return Answer(head + "\n" + P.UNIT_LEDGER_NONE_LAGGING.format(unit=unit) + "\n" + source, "fact",
                      [source_dict(hits[0])])
    lines = [head] if not lag else [head, P.UNIT_LEDGER_LAGGING.format(unit=unit)]
    for i, r in enumerate(shown[:MAX_ROWS], start=1):
        progress = r.progress if len(r.progress) <= PROGRESS_CHARS else r.progress[:PROGRESS_CHARS] + "…"
        lines.append(f"{i}. {r.task}｜{r.status or '未注明'}" + (f"｜{progress}" if progress else ""))
    lines.append(source)
    return Answer("\n".join(lines), "fact", [source_dict(h) for h in hits[:2]])


def unit_of_section(section: str) -> str | None:
    """The lead unit a ledger's group row names, or None when the section is no such row."""
    m = _GROUP.match((section or "").split(" › ")[-1].strip())
    return m.group("unit") if m else None


def _groups(ctx: Any, question: str, region: str | None) -> dict[str, tuple[str, int | None, str, list]]:
    """Every unit group of the loaded ledgers: unit → (unit, its printed count, section, hits)."""
    out: dict[str, tuple[str, int | None, str, list]] = {}
    for query in (question, "进展情况 完成情况 进度评价 滞后 序时推进 已完成"):
        for hit in B.search(ctx, query, k=24, region=region, kind="report", dense=False):
            section = B.field(hit, "section") or ""
            m = _GROUP.match(section.split(" › ")[-1].strip())
            if not m:
                continue
            unit = m.group("unit")
            key = f"{B.field(hit, 'file')}\x00{section}"
            if key not in out:
                out[key] = (unit, int(m.group("count")) if m.group("count") else None, section, [])
            if all(h is not hit and B.field(h, "text") != B.field(hit, "text") for h in out[key][3]):
                out[key][3].append(hit)
    for key, (unit, count, section, hits) in out.items():
        # every chunk of the group (a group of many rows spans chunks)
        for hit in B.search(ctx, section, k=24, region=region, kind="report", dense=False):
            if f"{B.field(hit, 'file')}\x00{B.field(hit, 'section')}" == key and all(
                    B.field(h, "text") != B.field(hit, "text") for h in hits):
                hits.append(hit)
    return out


def _named_groups(question: str, groups: dict, said: list[str], units_named: Callable[[str], list[str]]) -> dict:
    """The groups whose unit the question names: by the registry's aliases (`said`, the units
    the question names), by the unit's stem ("住建" of 区住建局), or by its initials (发改 of 发展改革委)."""
    out = {}
    for key, group in groups.items():
        unit = group[0]
        if set(said) & set(units_named(unit)) or any(s in question for s in _stems(unit)):
            out[key] = group
    return out


def _stems(unit: str) -> set[str]:
    """What staff type for a unit: its words without the level and the kind word ("区住建局" →
    住建), and their initials ("市发展改革委" → 发改)."""
    body = re.sub(r"^[\u4e00-\u9fff]{0,6}?[省市县区州]", "", unit) if len(unit) > 4 else unit
    body = re.sub(r"^[省市县区州]", "", body)
    stem = re.sub(r"(?:分局|局|委员会|委|厅|办公室|办|中心|管委会)$", "", body)
    out = {stem} if len(stem) >= 2 else set()
    # its initials, and the curated short forms (交通运输局 → 交通局, 教育体育局 → 教育局, core.unit_aliases_data)
    out |= {re.sub(r"(?:局|委|厅|办|中心)$", "", f) for f in initial_forms(body) | curated_aliases(body, None)}
    if len(stem) == 4:
        out.add(stem[0] + stem[2])
    return {s for s in out if len(s) >= 2}


def _rows(hits: list) -> list[Row]:
    """The group's rows: each status sentence with the progress sentence of the same task."""
    rows: list[Row] = []
    for hit in hits:
        text = B.field(hit, "text") or ""
        progress = {m.group("task").strip(): m.group("value").strip() for m in _PROGRESS.finditer(text)}
        for task, _month, status in status_rows(text):
            if any(r.task == task for r in rows):
                continue
            rows.append(Row(task, status, progress.get(task, "")))
    return rows


def _rest(question: str, unit: str) -> str:
    """The question's words besides the unit and the asking."""
    text = question
    for s in sorted(_stems(unit) | {unit}, key=len, reverse=True):
        text = re.sub(re.escape(s) + r"(?:局|委|厅|办|中心)?", " ", text)
    return _ASK_WORDS.sub(" ", text)


def _one_row(rest: str, rows: list[Row]) -> Row | None:
    """The row whose task the rest of the question names, when it names one."""
    words = "".join(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]+", rest))
    if len(re.findall(r"[\u4e00-\u9fff]", words)) < 2:
        return None
    want = set(grams(words)) or {words}
    best, best_cov = None, 0.0
    for r in rows:
        held = sum(1 for g in want if g in r.task + r.progress)
        cov = held / len(want)
        if cov > best_cov:
            best, best_cov = r, cov
    return best if best_cov >= 0.5 else None
