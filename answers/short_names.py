"""Named bodies and places said by a short form of their printed name: "城投集团" for 城市发展
投资集团有限公司, "长亭机场" for 临澜长亭国际机场. Staff keep the name's characters in order and
drop the rest (the other characters of each word, the city, "国际"); the kind word it ends with
(集团, 公司, 机场…: `core.institution_kinds_data.SHORT_NAME_KINDS`) stays. A short name is read
as the printed name that holds its stem's characters in that order, a few characters apart at
most, right before the same kind word: so the evidence that prints the full name names the
subject asked (round 25c "城投集团信用评级", round 24d "长亭机场旅客吞吐量").
"""
from __future__ import annotations

from functools import lru_cache

from core import lazy_re as re
from core.institution_kinds_data import SHORT_NAME_KINDS

# the most characters a printed name may hold between two of the stem's, and in all
MAX_GAP = 4
MAX_DROPPED = 6
_KIND = re.compile("(" + "|".join(re.escape(k) for k, _why in SHORT_NAME_KINDS) + ")")
_CJK = r"[\u4e00-\u9fff]"


def short_names(text: str) -> list[tuple[str, str]]:
    """(stem, kind) of each name in `text` said as a two- or three-character stem before a kind
    word ("城投集团" → ("城投", "集团")); the longest stem first for each kind word."""
    out = []
    for m in _KIND.finditer(text or ""):
        before = text[:m.start()]
        run = re.search(_CJK + "+$", before)
        if not run:
            continue
        for n in (3, 2):
            if len(run.group(0)) >= n:
                out.append((run.group(0)[-n:], m.group(1)))
    return out


@lru_cache(maxsize=512)
def _printed_pattern(stem: str, kind: str) -> re.Pattern:
    gap = _CJK + "{0,%d}?" % MAX_GAP
    return re.compile(gap.join(re.escape(ch) for ch in stem) + gap + re.escape(kind))


def printed_form(stem: str, kind: str, text: str) -> str | None:
    """The printed name in `text` that `stem` + `kind` shortens ("城投", "集团" in "…棠溪城市发展投资
    集团有限公司…" → "城市发展投资集团"); None when none is there. The name as typed counts."""
    if stem + kind in (text or ""):
        return stem + kind
    for m in _printed_pattern(stem, kind).finditer(text or ""):
        if len(m.group(0)) - len(stem) - len(kind) <= MAX_DROPPED:
            return m.group(0)
    return None


def names_printed(text: str, sentence: str) -> bool:
    """Whether every short name `text` says ("长亭机场") stands in `sentence`, as typed or as a
    printed name it shortens; False when `text` says none."""
    found = short_names(text)
    if not found:
        return False
    kinds: dict[int, bool] = {}
    for stem, kind in found:
        end = text.find(stem + kind)
        kinds[end + len(stem)] = kinds.get(end + len(stem), False) or printed_form(stem, kind, sentence) is not None
    return all(kinds.values())


def named_short(topic: str, sentence: str) -> bool:
    """Whether the topic's leading words are a short name ("城投集团信用评级") whose printed name
    the sentence holds: its head word is then there, in the printed form."""
    found = short_names(topic)
    if not found:
        return False
    first = min(topic.find(stem + kind) for stem, kind in found)
    # only a name the topic starts with (after a place or a word at most) stands for its head
    return first <= 2 and names_printed(topic, sentence)
