"""A unit said by its stem alone, the kind word left off: "市住建今年牵头的任务", "县发改牵头几项",
"市工信在分解表里牵头几项" (rounds 59a, 57b). Staff drop 局/委/厅 the way they drop 人民政府; the
registry knows "住建局" but not "住建", so the question named no unit and was read as a figure.

Read only where a unit is the subject: a level (省/市/县/区/州) and two to six characters
("市农业农村", "市自然资源", round 61a)
right before an owner's verb (牵头/负责/配合/参与/主抓), possibly with 今年 or "在…里" between.
The stem is read as the unit the registry names with one kind word added (局, 委, 厅, 办), and
only when exactly one unit answers: "市财政收入" never reaches here (no owner's verb follows).
"""
from __future__ import annotations

from typing import Callable

from core import lazy_re as re

_STEM = re.compile(r"(?P<level>[省市县区州])(?P<stem>[\u4e00-\u9fff]{2,6}?)"
                   r"(?=(?:今年|去年|这块|那边)?(?:在[\u4e00-\u9fff]{1,8}?(?:里|中|上))?(?:牵头|负责|配合|参与|主抓|分管))")
_KINDS = ("局", "委", "厅", "办")


def with_unit_stems(question: str, units_named: Callable[[str], list[str]]) -> str:
    """`question` with each unit said by its stem written with the kind word that makes it one
    unit of the registry ("市住建" → "市住建局"); unchanged when none or several fit."""
    def one(m: re.Match[str]) -> str:
        said = m.group(0)
        if said[-1] in _KINDS:
            return said
        found = {k: units_named(said + k) for k in _KINDS}
        fits = [k for k, names in found.items() if len(set(names)) == 1]
        return said + fits[0] if len(fits) == 1 else said

    return _STEM.sub(one, question or "")
