"""A unit typed by the name it had before the 2018 reform: "环保厅", "卫计委", "经信委牵头的？".

The plans print the bodies as they are now (省生态环境厅, 省卫生健康委, 省工业和信息化厅), so the old
name finds no unit and no task, and the question was answered "not found" (round 33b r33b-037/039/041).
The old name is read as the present body the registry holds (`core.renamed_units_data`), and the
answer says how it was read ("环保厅现为省生态环境厅"), so a guess by the old name is confirmed or
corrected against the plan like any other.

Only a name standing as a name is read: at the start, after a space or punctuation, after a level
(省/市/县/区/州) or after the words that put a unit in a question (是/归/由/找…); "文化广电旅游局"
never holds a "旅游局" to read. A present name the registry does not hold is left alone (no note).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from core import lazy_re as re
from core.renamed_units_data import RENAMED_UNITS
from core.unit_names import successor_bodies

Lookup = Callable[[str], list[str]]

_LEVEL = r"(?:省|市|县|区|州)"
# what may stand right before a unit named in a question
_BEFORE = r"(?:(?<![\u4e00-\u9fff])|(?<=[是归由找问跟或让被给向请的说])|(?<=还是|那个|那条|那项|这个|这条|这项))"
_OLD = re.compile(_BEFORE + r"(?P<level>" + _LEVEL + r"?)(?P<old>"
                  + "|".join(sorted((re.escape(r[0]) for r in RENAMED_UNITS), key=len, reverse=True)) + ")")


@dataclass(frozen=True)
class Renamed:
    """One old name read as the present unit."""

    typed: str  # as typed, with its level ("省环保厅")
    old: str  # without the level ("环保厅")
    present: str  # the registry's name of the present body ("省生态环境厅")


def _present(level: str, old: str, provincial: bool, units_named: Lookup) -> str | None:
    """The registry's one unit the old name now is: the level typed decides which list is tried
    first (省 → the province's), else the asker's region; None when the registry holds none."""
    for body in successor_bodies(old, level, provincial):
        found = units_named(level + body) if level else []
        found = found or units_named(body)
        if len(set(found)) == 1:
            return found[0]
    return None


def read_renamed(question: str, units_named: Lookup, provincial: bool = True) -> tuple[str, list[Renamed]]:
    """The question with every old unit name the registry knows the successor of written as that
    successor, and what was read; the question unchanged and [] when it types no old name.
    `units_named` is the registry's exact lookup of a unit name (`answers.backends.units_named`)."""
    read: list[Renamed] = []

    def one(m: re.Match) -> str:
        if any(m.group("old") in name for name in units_named(m.group(0))):
            return m.group(0)  # the tables still print the old name (a plan of before the reform)
        present = _present(m.group("level"), m.group("old"), provincial, units_named)
        if present is None:
            return m.group(0)
        read.append(Renamed(m.group(0), m.group("old"), present))
        return present

    text = _OLD.sub(one, question or "")
    return text, read
