"""A project's phase or line number belongs to the project name it follows."""
from __future__ import annotations

import pytest

from answers.phases import numbered_names, same_numbered_projects

TASK = "加快建设光电材料实验室二期和新能源电池产业园三期，年底前完成主体工程。"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("新能源电池产业园三期由谁牵头", True),
        ("电池产业园3期进展如何", True),
        ("光电材料实验室三期由谁牵头", False),  # 三期 in the task is the 产业园's
        ("光电材料实验室二期由谁牵头", True),
        ("产业园二期谁负责", False),
        ("三期谁牵头", True),  # no project named: the number alone
        ("产业园项目三期", True),  # 项目 between name and phase is generic
        ("新能源电池产业园建设进展", True),  # no numbered name at all
    ],
)
def test_phase_belongs_to_the_project_before_it(question: str, expected: bool):
    assert same_numbered_projects(question, TASK) is expected


def test_an_enumeration_shares_its_owner():
    task = "推进城市轨道交通1号线、2号线延长线建设。"
    assert same_numbered_projects("轨道交通2号线", task)
    assert not same_numbered_projects("轨道交通6号线", task)
    assert [n.owner for n in numbered_names(task)] == ["推进城市轨道交通", "推进城市轨道交通"]
