"""A unit said by its stem ("市住建今年牵头的任务", "市工信在分解表里牵头几项", round 59a): read as
the one unit of the registry the stem names with its kind word, and only where a unit is the
subject of an owner's verb."""
from __future__ import annotations

import pytest

from answers.unit_stems import with_unit_stems

REGISTRY = {"市住建局": ["栖梧市住房城乡建设局"], "市工信局": ["栖梧市工业和信息化局"], "市发改委": ["栖梧市发展改革委"],
            "市财政局": ["栖梧市财政局"], "市农业农村局": ["栖梧市农业农村局"]}


def named(name: str) -> list[str]:
    return REGISTRY.get(name, [])


@pytest.mark.parametrize("typed, read", [
    ("市住建今年牵头的任务都有哪些", "市住建局今年牵头的任务都有哪些"),
    ("市工信在分解表里牵头几项 都是啥", "市工信局在分解表里牵头几项 都是啥"),
    ("市发改牵头哪些", "市发改委牵头哪些"),
    # a stem of four characters (round 61a)
    ("市农业农村牵头的任务 麻烦列下", "市农业农村局牵头的任务 麻烦列下"),
    # no owner's verb: a figure's words, never a unit
    ("市财政收入今年目标多少", "市财政收入今年目标多少"),
    # a stem no unit of the registry has
    ("市文旅牵头哪些", "市文旅牵头哪些"),
    # already a unit's name
    ("市住建局牵头哪些", "市住建局牵头哪些"),
])
def test_a_stem_is_read_as_its_unit(typed: str, read: str) -> None:
    assert with_unit_stems(typed, named) == read
