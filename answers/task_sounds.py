"""A task named with a same-sound slip in its own name: "兰汽二期开工那条 牵头单位是谁" where the
table writes "推动澜汽集团二期项目开工建设" (兰 and 澜 are both lán; pinyin keyboards and voice
input write the sound, not always the character). Round 24d.

Tried only when no task matches the words as typed. A two-character piece of the description
that stands in no task of the tables is read as a piece that does, when the two differ by one
character of the same sound next to the same neighbour (`core.synonyms.same_sound_repairs`,
the same repair the report answers use). The answer then says which word was read, so a slip
read wrongly is seen; a description with no such piece is left as typed (nothing is guessed).
"""
from __future__ import annotations

from dataclasses import dataclass

from core import lazy_re as re
from core.synonyms import same_sound_repairs

_PIECE = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


@dataclass(frozen=True)
class HeardTopic:
    """The description with one piece read by its sound: `typed` as written, `read` as the table has it."""

    topic: str
    typed: str
    read: str


def heard_topics(topic: str, texts: list[str]) -> list[HeardTopic]:
    """The readings of `topic` with one two-character piece swapped for a same-sound piece the
    tasks' `texts` hold, first piece first; none when every piece stands in some task already."""
    flat = [re.sub(r"\s+", "", t) for t in texts]
    out: list[HeardTopic] = []
    for m in _PIECE.finditer(topic or ""):
        typed = m.group(1)
        if any(typed in t for t in flat):
            continue  # the table writes this piece as typed: no slip here
        for read in same_sound_repairs(typed, flat)[:1]:
            start = m.start(1)
            heard = topic[:start] + read + topic[start + 2:]
            if all(h.topic != heard for h in out):  # "锦西" and "西灌" both read "锦溪灌区"
                out.append(HeardTopic(heard, typed, read))
    return out
