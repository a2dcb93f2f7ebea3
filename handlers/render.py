"""HTML for Telegram: escaping every outside string, and splitting under the 4096 limit.

Telegram rejects a whole message when its HTML is malformed or longer than 4096
characters, so every user or document string goes through `esc`, and long texts are cut
at line boundaries (and, for a single giant line, between characters while closing and
reopening any open tag so each part stays valid HTML).
"""
from __future__ import annotations

import html
import re
from typing import Any, Iterable

from answers.compose import Answer
from prompts import bot as texts
from prompts import exports as office_texts
from store.evidence import human_size
from prompts.answers import SOURCE_MARK
from store.tasks import TaskDetail, TaskView

LIMIT = 4096
# Headroom for what a caller may prepend (a page header) and for the UTF-16 count.
SAFE_LIMIT = 4000

_TOKEN_RE = re.compile(r"<[^>]*>|&[#\w]+;|[^<&]", re.S)
_TAG_RE = re.compile(r"<(/?)([a-zA-Z-]+)[^>]*>")


def esc(value: Any) -> str:
    """Escape any value for HTML parse mode (None → empty)."""
    if value is None:
        return ""
    return html.escape(str(value), quote=False)


def tg_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def split_html(text: str, limit: int = SAFE_LIMIT) -> list[str]:
    """Cut HTML into messages of at most `limit` UTF-16 units, preferring line boundaries."""
    text = text.strip("\n")
    if not text:
        return []
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if tg_len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
            current = ""
        if tg_len(line) <= limit:
            current = line
        else:
            pieces = _split_long_line(line, limit)
            parts.extend(pieces[:-1])
            current = pieces[-1]
    if current.strip():
        parts.append(current)
    return [p for p in parts if p.strip()]


def _split_long_line(line: str, limit: int) -> list[str]:
    """One line longer than the limit: cut between tokens, never inside a tag or entity,
    closing open tags at the cut and reopening them in the next part."""
    pieces: list[str] = []
    open_tags: list[tuple[str, str]] = []  # (name, full opening tag)
    current = ""
    for token in _TOKEN_RE.findall(line):
        closing = "".join(f"</{name}>" for name, _ in reversed(open_tags))
        if current and tg_len(current + token + closing) > limit:
            pieces.append(current + closing)
            current = "".join(full for _, full in open_tags)
        current += token
        m = _TAG_RE.fullmatch(token)
        if m:
            if m.group(1):
                if open_tags and open_tags[-1][0] == m.group(2):
                    open_tags.pop()
            else:
                open_tags.append((m.group(2), token))
    if current:
        pieces.append(current)
    return pieces


def shorten(text: str, width: int) -> str:
    """One-line summary of a long task text (plain text; escape afterwards)."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def units_text(units: Iterable[str]) -> str:
    return "、".join(esc(u) for u in units)


def task_line(task: TaskView, *, width: int = 60) -> str:
    """A task in a list: code, status, deadline, lead units, the start of its text."""
    bits = [f"<b>{esc(task.code)}</b>", f"[{esc(task.status)}]" if task.status else ""]
    if task.role in texts.ROLE:
        bits.append(texts.ROLE[task.role])
    if task.due:
        bits.append(f"⏰{esc(task.due)}")
    head = " ".join(b for b in bits if b)
    lead = units_text(task.lead_units)
    tail = f"（{lead}）" if lead else ""
    return f"{head} {esc(shorten(task.text, width))}{tail}"


def task_card(detail: TaskDetail) -> str:
    """A task in full, with its progress history and the reminders sent about it (the CLI's
    plain-text view of the same record is `bot.cli_registry.format_detail`)."""
    task = detail.task
    values = {
        "section": esc(task.section),
        "subsection": esc(task.subsection),
        "leaders": units_text(task.leaders),
        "lead_units": units_text(task.lead_units),
        "co_units": units_text(task.co_units),
        "due": esc(task.due) if task.due else texts.NO_DUE,
        "plan_title": esc(task.plan_title),
    }
    lines = [texts.TASK_TITLE.format(code=esc(task.code), status=esc(task.status)), esc(task.text)]
    if task.plan_status == "closed":
        lines[0] += texts.CLOSED_PLAN_MARK
    lines += [f"{label}：{values[name]}" for name, label in texts.TASK_FIELDS.items() if values[name]]
    if detail.other_plans:
        others = "；".join(f"{p.id}. {esc(p.title)}" for p in detail.other_plans)
        lines.append(texts.OTHER_PLANS.format(code=esc(task.code), plans=others))
    if detail.progress:
        lines += ["", texts.TASK_PROGRESS]
        for p in detail.progress:
            mark = "✅ " if p.done else ""
            lines.append(f"• {esc(p.reported_at[:10])} {esc(p.unit or p.reporter)}：{mark}{esc(p.text)}")
    if detail.evidence:
        lines += ["", office_texts.EVIDENCE_HEADER]
        for f in detail.evidence:
            lines.append(esc(office_texts.EVIDENCE_LINE.format(
                name=f.file_name, size=human_size(f.size), unit=(f.unit + "，") if f.unit else "", at=f.uploaded_at[:10])))
    if detail.reminders:
        lines += ["", texts.TASK_REMINDERS]
        for r in detail.reminders:
            lines.append(f"• {esc((r.sent_at or r.date)[:10])} {esc(r.kind)} → {esc(r.unit)}")
    return "\n".join(lines)


def answer_html(answer: Answer) -> str:
    """An answer from `answers.ask.ask`: its text escaped, then its sources (the contract's
    source objects) if the text does not already name them."""
    body = esc(answer.answer)
    if answer.sources and SOURCE_MARK.rstrip("：") not in body:
        lines = [body, "", texts.SOURCES]
        seen = set()
        for s in answer.sources:
            label = " ".join(str(x) for x in (s.get("title") or s.get("file"), s.get("section")) if x)
            if label and label not in seen:
                seen.add(label)
                lines.append(f"• {esc(label)}")
        body = "\n".join(lines)
    return body
