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

from prompts import bot as texts

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


def _field(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def units_text(units: Iterable[Any]) -> str:
    return "、".join(esc(_field(u, "name", u)) for u in units or [])


def task_line(task: Any, *, width: int = 60) -> str:
    """A task in a list: code, status, deadline, lead units, the start of its text."""
    code = esc(_field(task, "code"))
    status = esc(_field(task, "status") or "")
    due = _field(task, "due")
    role = _field(task, "role")
    bits = [f"<b>{code}</b>", f"[{status}]" if status else ""]
    if role in texts.ROLE:
        bits.append(texts.ROLE[role])
    if due:
        bits.append(f"⏰{esc(due)}")
    head = " ".join(b for b in bits if b)
    lead = units_text(_field(task, "lead_units") or [])
    tail = f"（{lead}）" if lead else ""
    return f"{head} {esc(shorten(_field(task, 'text') or '', width))}{tail}"


def task_card(task: Any, detail: dict[str, Any] | None = None) -> str:
    """A task in full, with its progress history and the reminders sent about it."""
    lines = [texts.TASK_TITLE.format(code=esc(_field(task, "code")), status=esc(_field(task, "status") or ""))]
    lines.append(esc(_field(task, "text") or ""))
    for name, label in texts.TASK_FIELDS.items():
        value = _field(task, name)
        if name == "due" and not value:
            value = texts.NO_DUE
        if isinstance(value, (list, tuple)):
            value = units_text(value)
        else:
            value = esc(value)
        if value:
            lines.append(f"{label}：{value}")
    detail = detail or {}
    plan = detail.get("plan") or {}
    if plan.get("status") == "closed":
        lines[0] += texts.CLOSED_PLAN_MARK
    if detail.get("other_plans"):
        others = "；".join(f"{p['id']}. {esc(p['title'])}" for p in detail["other_plans"])
        lines.append(texts.OTHER_PLANS.format(code=esc(_field(task, "code")), plans=others))
    progress = detail.get("progress") or []
    if progress:
        lines.append("")
        lines.append(texts.TASK_PROGRESS)
        for p in progress:
            when = str(_field(p, "reported_at") or _field(p, "at") or "")[:10]
            who = _field(p, "unit") or _field(p, "reporter") or ""
            mark = "✅ " if _field(p, "done") else ""
            lines.append(f"• {esc(when)} {esc(who)}：{mark}{esc(_field(p, 'text') or '')}")
    reminders = detail.get("reminders") or []
    if reminders:
        lines.append("")
        lines.append(texts.TASK_REMINDERS)
        for r in reminders:
            when = str(_field(r, "sent_at") or _field(r, "day") or _field(r, "date") or "")[:10]
            lines.append(f"• {esc(when)} {esc(_field(r, 'kind') or '')} → {esc(_field(r, 'unit') or '')}")
    return "\n".join(lines)


def answer_html(answer: Any) -> str:
    """An answer from `answers.ask.ask`: its text escaped, then its sources if the text
    does not already name them."""
    body = esc(_field(answer, "answer") or "")
    sources = _field(answer, "sources") or []
    if sources and "来源" not in body:
        lines = [body, "", texts.SOURCES]
        seen = set()
        for s in sources:
            label = " ".join(
                str(x) for x in (_field(s, "title") or _field(s, "file"), _field(s, "section")) if x
            )
            if label and label not in seen:
                seen.add(label)
                lines.append(f"• {esc(label)}")
        body = "\n".join(lines)
    return body
