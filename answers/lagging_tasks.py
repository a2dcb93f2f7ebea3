"""Which tasks lag, as a progress notice says ("2025年上半年重点工作进展情况通报": a table with a
是否滞后 column, and its text naming the lagging ones: "滞后的主要有：…"). "上半年哪些任务滞后了"
asks a list; the notice's rows marked 是 and its own sentence of them answer it, never a
figure. The registry's own overdue tasks ("发改委有几项逾期") are `answers.registry_answers`'."""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, source_dict, source_line
from answers.evidence import coverage, grams
from answers.unit_ledger import unit_of_section
from core import lazy_re as re
from core.ledger_words import MONTH, PROGRESS_LABEL, done, lags, on_schedule, status_rows
from core.numerals import cn_number
from retrieval.chunk import SECTION_SEP
from prompts import answers as P

# "哪些任务滞后了" / "滞后的有哪些" / "哪几项进度慢"
_LAG_ASKED = re.compile(r"(?:哪些|哪几(?:项|个|件|条)?|什么)[^，,。？?]{0,10}?(?:滞后|落后|拖了后腿|进度慢|推进慢)|"
                        r"(?:滞后|进度慢|推进慢)的?(?:任务|工作|事项|项目)?(?:都|都有|有|是)?(?:哪些|哪几)")
# "交通局有没有滞后的" / "住建局有滞后的吗" (round 67b): whether a unit's tasks are among them
_ANY_LAG_ASKED = re.compile(r"有没有(?:任务|事项|项目)?(?:进度)?滞后|有(?:任务|事项|项目)?滞后的?(?:吗|没|么|不)|滞后了?(?:没有?|吗)")
# a unit's name without its place ("泓川市交通运输局" → "交通运输局"), as a notice prints it after 市
_PLACE_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|县|区)(?=[\u4e00-\u9fff]{3,})")
# "城西污水处理厂扩建工程是否滞后：是。" (a table row read with its header, retrieval/report_tables.py)
_ROW_LAGS = re.compile(r"(?:^|(?<=[。\n]))([^。\n：:]{2,60}?)是否滞后[：:]\s*是")
# "滞后的主要有：城西污水处理厂扩建、梅林夜市改造等。"
_LIST_SENTENCE = re.compile(r"[^。\n]*(?:滞后|进度较慢|推进较慢)的?(?:主要|事项|项目|任务|工作)?(?:有|是|包括)[：:][^。\n]+")
# "经督查，以下5项工作进度明显滞后于序时进度：1. 第4项“新建标准厂房12万平方米”。…" (round 62a): a
# list opened by its count, each item numbered, its task quoted first
_LIST_OPENING = re.compile(r"(?:以下|下列)[\d一二三四五六七八九十]+(?:项|个|件)[^。\n：:]{0,20}?(?:滞后|进度较慢|推进较慢|进展缓慢)[^。\n：:]*[：:]")
_NUMBERED_ITEM = re.compile(r"(?:^|(?<=[。\n\s]))\s*\d{1,2}\s*[.．、]\s*(?:第\d{1,3}项)?\s*“?([^“”。\n]{2,60}?)”?\s*。")
# "台账里已经完成的有哪些" / "正常推进的有哪几项" (round 66b): the rows of another status
_STATUS_ASKED = re.compile(r"(?P<status>已经?完成|完成了|已办结|正常推进|序时推进|按序时推进)的?(?:任务|工作|事项|项目)?(?:有|是)?(?:哪些|哪几)|"
                           r"(?:哪些|哪几(?:项|个|件|条)?)[^，,。？?]{0,10}?(?P<status2>已经?完成|完成了|正常推进|序时推进)")
_MONTH_ASKED = re.compile(rf"(?<!\d){MONTH}月(?!\d)")
MAX_ROWS = 12
# a part of a notice titled for the lagging tasks ("二、进展滞后的任务", "三、推进缓慢的事项")
_LAG_PART = re.compile(r"滞后|进展缓慢|推进缓慢|进度较慢|未按期|未完成")
# an item heading's mark ("（三）", "3.")
_ITEM_MARK = re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[)）]|^\s*(\d{1,2})[.．、]")
# the part of the year a notice covers, as asked
_PERIOD = re.compile(r"前三季度|[一二三四]季度|上半年|下半年|全年")


def lagging_answer(ctx: Any, question: str, *, region: str | None) -> Answer | None:
    """The lagging tasks a progress notice lists; None when the question asks no such list or
    no notice says so."""
    units = B.units_in_text(ctx, question or "") if _ANY_LAG_ASKED.search(question or "") else []
    leader_tasks = _leaders_tasks(ctx, question) if (units == [] and (_ANY_LAG_ASKED.search(question or "")
                                                                     or _LAG_ASKED.search(question or ""))) else None
    if not _LAG_ASKED.search(question or "") and not units and leader_tasks is None:
        other = _STATUS_ASKED.search(question or "")
        return _status_list(ctx, other.group("status") or other.group("status2"), region) if other else None
    from answers.wording import digit_months

    month = _MONTH_ASKED.search(digit_months(question))
    rows: list[str] = []
    said: list[str] = []
    hits = []
    query = "是否滞后 进度滞后 滞后的主要有 状态滞后" + (f" {month.group(0)}状态" if month else "")
    for hit in B.search(ctx, query, k=8 if not month else 16, region=region, kind="report", dense=False):
        text = B.field(hit, "text") or ""
        found = [m.group(1).strip() for m in _ROW_LAGS.finditer(text)]
        # a ledger's rows by their status, of the month asked when one is (each sheet a month)
        # (a ledger grouped by lead unit names the unit in its group row: said with each task)
        unit = unit_of_section(B.field(hit, "section") or "")
        # ("签约亿元以上项目8月状态：滞后。": a monthly ledger's row, its sheet's month said with each
        # column, round 63g)
        found += [task + (f"（{row_unit}）" if (row_unit := unit or _unit_after(text, task)) else "")
                  for task, said, status in status_rows(text) if lags(status) and (not month or said == month.group(0))]
        if opening := _LIST_OPENING.search(text):
            found += _listed_items(ctx, hit, opening, region)
        listed = [m.group(0).strip() for m in _LIST_SENTENCE.finditer(text)]
        if found or listed:
            hits.append(hit)
            rows += [r for r in found if r not in rows]
            said += [s for s in listed if s not in said]
    # a notice in prose: each lagging task a heading of its own under a part titled for them
    # ("二、进展滞后的任务" › "（三）第25项泓川至鹤岭快速路建设（牵头单位：市交通运输局）", round 67b)
    headed: dict[str, tuple[int, str, Any]] = {}
    for hit in B.search(ctx, "进展滞后的任务 滞后 主要原因", k=16, region=region, kind="report", dense=False):
        parts = (B.field(hit, "section") or "").split(SECTION_SEP)
        if len(parts) >= 2 and _LAG_PART.search(parts[-2]) and (mark := _ITEM_MARK.match(parts[-1])):
            headed.setdefault(parts[-1], (cn_number(mark.group(1) or mark.group(2)) or 0, parts[-1][mark.end():].strip(), hit))
    for _n, item, hit in sorted(headed.values(), key=lambda v: v[0]):
        if item not in rows:
            rows.append(item)
        if all(h is not hit for h in hits):
            hits.append(hit)
    if not hits:
        return None
    period = _PERIOD.search(question)
    if period and not any(period.group(0) in (B.field(h, "title") or "") for h in hits):
        # "三季度督查通报出来没，里面哪些滞后了" (round 54d): another period's notice is no answer
        titles = "、".join(dict.fromkeys(B.field(h, "title") or "" for h in hits))
        return Answer(P.LAGGING_NO_PERIOD.format(period=period.group(0), titles=titles), "none")
    first = hits[0]
    title = B.field(first, "title") or "通报"
    lines = [P.LAGGING_HEAD.format(title=title)]
    if leader_tasks is not None:
        # "沈副市长分管的里面有滞后的没" (round 67b): the notice's items that are that leader's tasks
        name, texts = leader_tasks
        own = [r for r in rows if any(coverage(grams(_ITEM_NAME.sub("", r)), t) >= 0.5 for t in texts)]
        lines = [P.LAGGING_OF_LEADER.format(title=title, leader=name) if own else P.LAGGING_NONE_OF_LEADER.format(title=title, leader=name)]
        rows = own or rows
    if units:
        cores = {_PLACE_FIRST.sub("", u) for u in units}
        own = [r for r in rows if any(c in r for c in cores)]
        named = "、".join(units)
        lines = [P.LAGGING_OF_UNIT.format(title=title, unit=named) if own else P.LAGGING_NONE_OF_UNIT.format(title=title, unit=named)]
        rows = own or rows
    lines += [f"{i}. {r}" for i, r in enumerate(rows[:MAX_ROWS], start=1)]
    if (units or leader_tasks is not None) and len(rows) <= 3:
        # "住建厅那几项三季度有滞后的没" (round 70b): a unit's few lagging rows, each with what its
        # progress cell says
        texts = [B.field(h, "text") or "" for h in hits]
        names = [_ITEM_NAME.sub("", r).split("（")[0] for r in rows]
        lines += [P.LAGGING_PROGRESS.format(task=name, progress=said_of)
                  for name in names if (said_of := _progress_of(texts, name))]
    if said:
        lines.append(P.LAGGING_SAID.format(sentence=said[0]))
    lines.append(source_line(B.field(first, "title"), B.field(first, "section")))
    return Answer("\n".join(lines), "fact", [source_dict(h) for h in hits[:2]])


# an item of a notice without its number and its lead unit ("第16项低空经济培育（牵头单位：…）")
_ITEM_NAME = re.compile(r"^第\d{1,3}项|[（(](?:牵头|责任)单位[:：][^）)]*[）)]")


def _progress_of(texts: list[str], task: str) -> str:
    """What a ledger row's progress cell says of `task` ("城镇老旧小区改造进展情况：已开工…"), or ""."""
    for text in texts:
        m = re.search(re.escape(task) + PROGRESS_LABEL + r"[：:]\s*([^\n]+?)(?=[（(](?:牵头|责任)单位|\n|$|" + re.escape(task) + ")", text)
        if m:
            return m.group(1).strip()
    return ""


def _unit_after(text: str, task: str) -> str:
    """The lead unit a ledger row names after its status ("…是否按时序推进：滞后（牵头单位：省住房城乡
    建设厅）", round 70b), or ""."""
    m = re.search(re.escape(task) + r"[^。\n]*?[（(](?:牵头|责任)单位[：:]([^）)]{2,40})[）)]", text)
    return m.group(1).strip() if m else ""


def _leaders_tasks(ctx: Any, question: str) -> tuple[str, list[str]] | None:
    """(leader, the texts of the tasks they lead) for the leader the question names by name or
    by surname and title; None when it names none."""
    from answers.leader_titles import leaders_by_title

    named = B.leaders_in_text(ctx, leaders_by_title(question or "", B.leader_names(ctx)))
    if not named:
        return None
    tasks = B.degrade("list_tasks", lambda: B.registry_module().list_tasks(ctx.db, leader=named[0], today=ctx.today()), [])
    return named[0], [getattr(t, "text", "") or "" for t in tasks]


def _of_status(asked: str, status: str) -> bool:
    """Whether a row's status cell is the one asked: done, or on schedule."""
    return done(status) if "完成" in asked or "办结" in asked else on_schedule(status)


def ledger_rows(ctx: Any, region: str | None = None) -> list[tuple[str, str]]:
    """(task, status) of every status row of the loaded ledgers, in order."""
    rows: list[tuple[str, str]] = []
    for hit in B.search(ctx, "状态 完成情况 进度评价 已完成 正常推进 滞后", k=40, region=region, kind="report", dense=False):
        rows += [(task, status) for task, _said, status in status_rows(B.field(hit, "text") or "")
                 if (task, status) not in rows]
    return rows


def _status_list(ctx: Any, asked: str, region: str | None) -> Answer | None:
    """The ledger's rows whose status is the one asked, each with its unit when the ledger is
    grouped by unit; None when no ledger row has a status of that kind."""
    rows: list[str] = []
    hits = []
    for hit in B.search(ctx, f"状态：{asked} 完成情况：{asked} 进度评价：{asked}", k=24, region=region, kind="report",
                        dense=False):
        text = B.field(hit, "text") or ""
        unit = unit_of_section(B.field(hit, "section") or "")
        found = [task + (f"（{unit}）" if unit else "") for task, _said, status in status_rows(text)
                 if _of_status(asked, status)]
        if found:
            hits.append(hit)
            rows += [r for r in found if r not in rows]
    if not hits:
        return None
    first = hits[0]
    shown = "已完成" if "完成" in asked or "办结" in asked else asked.removeprefix("按")
    lines = [P.LEDGER_STATUS_HEAD.format(title=B.field(first, "title") or "台账", status=shown, n=len(rows))]
    lines += [f"{i}. {r}" for i, r in enumerate(rows[:MAX_ROWS], start=1)]
    if len(rows) > MAX_ROWS:
        lines.append(P.LEDGER_STATUS_MORE.format(n=len(rows) - MAX_ROWS))
    lines.append(source_line(B.field(first, "title"), None))
    return Answer("\n".join(lines), "fact", [source_dict(h) for h in hits[:2]])


def _numbered(text: str) -> list[str]:
    """The tasks of a numbered list, each item's first sentence (its quoted task)."""
    joined = re.sub(r"\n(?!\s*\d{1,2}\s*[.．、])", "", text)  # an item's lines wrapped by the page
    return [m.group(1).strip() for m in _NUMBERED_ITEM.finditer(joined)]


def _listed_items(ctx: Any, hit: Any, opening: "re.Match[str]", region: str | None) -> list[str]:
    """The items of a list opened by its count (`opening`, in `hit`'s text); those a page break
    moved to the next chunk of the same part of the notice are read from it."""
    items = _numbered(opening.string[opening.end():])
    count = re.search(r"(?:以下|下列)(\d{1,2})", opening.group(0))
    wanted = int(count.group(1)) if count else len(items)
    if len(items) < wanted:
        file, section = B.field(hit, "file"), B.field(hit, "section")
        for other in B.search(ctx, "牵头单位 责任单位 滞后 完成", k=16, region=region, kind="report", dense=False):
            if other is hit or B.field(other, "file") != file or B.field(other, "section") != section:
                continue
            text = B.field(other, "text") or ""
            if re.search(r"(?:^|\n)\s*%d\s*[.．、]" % (len(items) + 1), text):
                items += _numbered(text)[: wanted - len(items)]
    return items[:MAX_ROWS]
