"""Answer texts: key figure first, then the words it stands in, then where it stands.

Short enough for a phone: one fact ≤ 500 characters; lists show code + short title, the
count, and how to see more. All wording comes from `prompts.answers`.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, field
from typing import Any

from answers.backends import field as get
from prompts import answers as P

MAX_FACT = 500
MAX_LIST_ITEMS = 15
# a task of a list longer than six, in characters: phone-short yet long enough that a typical
# task's first sentence (r25c: 56 characters, its object at the end) shows whole
SHORT_TASK_CHARS = 60
MAX_UNITS = 12
# a leader's or unit's list names every task (a short title each) while it fits a phone screen
# of messages; past this it falls back to the first MAX_LIST_ITEMS and a count of the rest
MAX_INDEX_CHARS = 2400
INDEX_TITLE_CHARS = (12, 8)


@dataclass(frozen=True)
class Evidence:
    """The clause an extractive answer states, with where and when it speaks of.

    The optional LLM phrasing is checked against this, not against everything retrieved: a
    figure the model writes must be one of `clause`'s, for this `region` and `year`."""

    clause: str
    region: str | None
    year: int | None
    sentence: str = ""
    title: str = ""
    section: str = ""
    # the figures that answer, when the clause holds others ("城镇、农村…分别增长5%、7%" asked
    # for 农村: only "7%"); empty: every figure of the clause
    key: tuple[str, ...] = ()
    doc_year: int | None = None  # the year of the document it stands in ("按最新的…2024年报告")


@dataclass
class Answer:
    answer: str
    intent: str
    sources: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    # not part of the JSON contract: what the LLM check binds to, and what the LLM path did
    evidence: list[Evidence] = field(default_factory=list)
    phrasing: str = "extractive"  # "llm" | "extractive" | "fallback:<reason>" | "skipped:<reason>"
    extractive: str | None = None  # the extractive text, when the model's text replaced it
    # a "not found" that names the document missing (no table of the year asked, no notice of the
    # part of the year asked): no check asks the question again without those words
    settled: bool = False

    def to_dict(self) -> dict:
        return {"answer": self.answer, "intent": self.intent, "sources": self.sources, "tasks": self.tasks}


def evidence_of(hit: Any, clause: str, year: int | None, sentence: str = "", key: list[str] = ()) -> Evidence:
    """The evidence record of a clause taken from a retrieved passage."""
    doc_year = get(hit, "year")
    return Evidence(clause, get(hit, "region"), year, sentence, get(hit, "title", "") or "",
                    get(hit, "section", "") or "", tuple(key), int(doc_year) if doc_year else None)


def source_dict(hit: Any, text: str | None = None) -> dict:
    year = get(hit, "year")
    return {
        "file": get(hit, "file", ""),
        "title": get(hit, "title", "") or "",
        "region": get(hit, "region", "") or "",
        "year": int(year) if year else None,
        "section": get(hit, "section", "") or "",
        "text": text if text is not None else (get(hit, "text", "") or ""),
    }


def source_line(title: str | None, section: str | None) -> str:
    title = title or ""
    section = (section or "").strip()
    if section:
        return P.SOURCE_LINE.format(title=title, section=short_section(section))
    return P.SOURCE_LINE_NO_SECTION.format(title=title)


def short_section(section: str, limit: int = 60) -> str:
    parts = [p.strip() for p in re.split(r"\s*[›>»]\s*", section) if p.strip()]
    out = " › ".join(_short_title(p, 28) for p in parts)
    return out if len(out) <= limit else out[: limit - 1] + "…"


def _short_title(text: str, limit: int) -> str:
    first = re.split(r"[，,。；;]", text, maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1] + "…"


def fit(text: str, limit: int = MAX_FACT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fact_answer(head: str, sentence: str | None, hit: Any) -> str:
    lines = [head]
    if sentence and _plain(sentence) not in _plain(head):
        lines.append(P.FACT_CONTEXT.format(sentence=sentence))
    src = source_line(get(hit, "title"), get(hit, "section"))
    body = "\n".join(lines)
    return fit(body, MAX_FACT - len(src) - 1) + "\n" + src


def _plain(s: str) -> str:
    return re.sub(r"[\s。，,；;…]", "", s)


# --- tasks ---------------------------------------------------------------------------

def _units(names: list[str]) -> str:
    if len(names) <= MAX_UNITS:
        return "、".join(names)
    return "、".join(names[:MAX_UNITS]) + f"等{len(names)}个单位"


def task_title(text: str, long: bool) -> str:
    text = re.sub(r"\s+", "", text or "")
    if long:
        return text if len(text) <= 110 else text[:109] + "…"
    first = re.split(r"[。；;]", text, maxsplit=1)[0]
    return clause_cut(first, SHORT_TASK_CHARS)


def clause_cut(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut after its last clause that fits, so a task in a
    long list keeps whole clauses and the object they name ("…新业态，绿色食品产业产值达到165亿元"
    was cut at 40 characters to "绿色食…"). A first clause too long on its own is cut hard."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    ends = [m.end() for m in re.finditer(r"[，,、：:]", head)]
    cut = ends[-1] - 1 if ends and ends[-1] - 1 >= limit // 2 else len(head)
    return head[:cut] + "…"


def task_block(task: dict, *, plan_title: str | None = None) -> str:
    lines = [P.OWNER_HEAD.format(code=task["code"], text=task_title(task.get("text", ""), True))]
    if task.get("leaders"):
        lines.append(P.OWNER_LEADERS.format(leaders="、".join(task["leaders"])))
    lines.append(P.OWNER_LEADS.format(units=_units(task.get("lead_units") or []) or "—"))
    if task.get("co_units"):
        lines.append(P.OWNER_COS.format(units=_units(task["co_units"])))
    if task.get("due") and task.get("due_printed"):
        lines.append(P.TASK_DUE_PRINTED.format(printed=task["due_printed"], due=task["due"], status=task.get("status", "")))
    elif task.get("due"):
        lines.append(P.TASK_DUE.format(due=task["due"], status=task.get("status", "")))
    elif task.get("status"):
        lines.append(P.TASK_NO_DUE.format(status=task["status"]))
    # what else the row says of the task beside its owners ("包村干部：王磊（柳湾村）")
    lines += [P.TASK_OTHER_CELL.format(label=label, value=value) for label, value in (task.get("others") or {}).items()]
    if plan_title:
        closed = P.CLOSED_PLAN_MARK if task.get("plan_status") == "closed" else ""
        lines.append(source_line(plan_title + closed, task.get("section")))
    return "\n".join(lines)


def task_list(head: str, tasks: list[dict], *, show_role: bool = False, plan_title: str | None = None,
              show_due: bool = False) -> str:
    long = len(tasks) <= 6
    lines = [head]
    for t in tasks[:MAX_LIST_ITEMS]:
        title = task_title(t.get("text", ""), long)
        role = t.get("role")
        if show_role and role:
            line = P.TASK_LINE_ROLE.format(code=t["code"], title=title, role=P.ROLE_LEAD if role == "lead" else P.ROLE_CO)
        else:
            line = P.TASK_LINE.format(code=t["code"], title=title)
        if show_due and (t.get("due_printed") or t.get("due")):
            # "…那几项各啥时候到期" (round 65b): each task's deadline as printed, and whether it is past
            line += P.TASK_LINE_DUE.format(due=t.get("due_printed") or t.get("due"),
                                           status=P.TASK_LINE_OVERDUE if t.get("status") == "逾期" else "")
        lines.append(line)
    if len(tasks) > MAX_LIST_ITEMS:
        lines.append(P.LIST_MORE.format(rest=len(tasks) - MAX_LIST_ITEMS))
    if tasks:
        lines.append(P.LIST_HINT.format(code=tasks[0]["code"]))
    if plan_title:
        lines.append(P.SOURCE_LINE_NO_SECTION.format(title=plan_title))
    return "\n".join(lines)


_TITLE_NOISE = re.compile(r"(?:19|20)\d{2}年(?:底|前|内)?|\d+(?:\.\d+)?(?:万亿|亿|万|千)?(?:个|项|座|所|家|条|公里|万|亿|%)?")


def without_figures(text: str) -> str:
    """A task's words without its years and figures, unless nothing else is left."""
    named = _TITLE_NOISE.sub("", text)
    return named if len(named) >= 4 else text



def short_title(text: str, chars: int) -> str:
    """A task's name in a few characters: its first clause, cut ("出台更具凝聚力的人才政…").
    Years and figures name nothing, so the characters go to the words that do
    ("力争2020年纳入计划的1506个老旧小区…" → "力争纳入计划的老旧小区改…")."""
    first = without_figures(re.split(r"[，,。；;：:]", re.sub(r"\s+", "", text or ""), maxsplit=1)[0])
    return first if len(first) <= chars else first[:chars] + "…"


def task_index(head: str, tasks: list[dict], *, show_role: bool = False, plan_title: str | None = None,
               show_due: bool = False) -> str:
    """Every task of a long list, briefly: code and a short title, the tasks of one part of the
    table on one line. A list `task_list` shows whole (MAX_LIST_ITEMS or fewer, with longer
    titles), or one too long even so, is a `task_list`."""
    if len(tasks) <= MAX_LIST_ITEMS:
        return task_list(head, tasks, show_role=show_role, plan_title=plan_title, show_due=show_due)
    for chars in INDEX_TITLE_CHARS:
        parts: dict[str, list[str]] = {}
        for t in tasks:
            title = short_title(t.get("text", ""), chars)
            role = t.get("role")
            item = (P.INDEX_ITEM_ROLE.format(code=t["code"], title=title, role=P.ROLE_LEAD if role == "lead" else P.ROLE_CO)
                    if show_role and role else P.INDEX_ITEM.format(code=t["code"], title=title))
            parts.setdefault(str(t["code"]).split(".")[0], []).append(item)
        lines = [head, *(P.INDEX_SEP.join(items) for items in parts.values()), P.LIST_HINT.format(code=tasks[0]["code"])]
        if plan_title:
            lines.append(P.SOURCE_LINE_NO_SECTION.format(title=plan_title))
        text = "\n".join(lines)
        if len(text) <= MAX_INDEX_CHARS:
            return text
    return task_list(head, tasks, show_role=show_role, plan_title=plan_title)
