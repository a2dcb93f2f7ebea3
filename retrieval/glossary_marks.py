"""How a 名词解释 entry is marked, in the shapes reports print it.

"1. 四首：指…" is the common shape; county reports often key entries to the note marks in
their text instead: "注1 亩均论英雄：…" (the body says "…改革（注1）"), "［1］…", "（1）…",
"①…", or print each entry as a bare "术语：释义" paragraph. `entry_rest` gives the entry's
text after its mark (term first), or None for a paragraph that starts no entry, so the
chunker makes one chunk per entry in every shape instead of dropping unmarked ones.
"""
from __future__ import annotations

from core import lazy_re as re

_MARKED = re.compile(
    r"^(?:注\s*[\[［(（]?\d{1,3}[\]］)）]?\s*[.．、:：]?"  # 注1 / 注（1）/ 注1：
    r"|[\[［(（]\s*\d{1,3}\s*[\]］)）]"  # ［1］ / （1）
    r"|\d{1,3}\s*[.．、]"  # 1. / 1、
    r"|[①-⑳])\s*(?P<rest>.+)$"
)
# "亩均论英雄：以单位面积…": a short term, then its definition
_BARE = re.compile(r"^(?P<rest>[^。；;：:\n]{2,40}[：:].{4,})$")


def entry_rest(para: str) -> str | None:
    """The entry's text after its mark ("亩均论英雄：以…"), or None when `para` starts none."""
    m = _MARKED.match(para)
    if m:
        return m.group("rest").strip()
    return None


def bare_entry(para: str) -> str | None:
    """An unnumbered "术语：释义" paragraph, read as an entry of its own."""
    m = _BARE.match(para)
    return m.group("rest").strip() if m else None


_NUMBER = re.compile(r"^\s*(?:注\s*)?[\[［(（]?\s*(\d{1,3})\s*[\]］)）]?\s*[.．、:：]?")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def entry_number(para: str) -> int | None:
    """The number an entry is marked with ("3.一网进：…" → 3, "注12 …" → 12, "⑤…" → 5): the
    note mark the report's text prints after the term ("一网通办率3"), or None."""
    if not entry_rest(para):
        return None
    first = (para or "").lstrip()[:1]
    if first and first in _CIRCLED:
        return _CIRCLED.index(first) + 1
    m = _NUMBER.match(para or "")
    return int(m.group(1)) if m else None
