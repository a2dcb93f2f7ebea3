"""An autonomous prefecture's tables print their units with the level word 州 ("州生态环境局",
"州委人才办"): the body is an alias as it is for 省/市 units, so "生态环境局牵头的有哪些任务" finds
the unit (round 35c r35c-043, where only "州生态环境局" typed in full was found). Other
prefectures and bodies than the round's."""
from __future__ import annotations

import pytest

from core.unit_names import rule_aliases, split_prefix, norm


@pytest.mark.parametrize("name, region, body", [
    ("州民政局", "黔岭布依族苗族自治州", "民政局"),
    ("州生态环境局", "云岭彝族自治州", "生态环境局"),
    ("州委人才办", "海西蒙古族藏族自治州", "人才办"),
    ("州交通运输局", "甘南藏族自治州", "交通运输局"),
])
def test_a_prefecture_unit_is_found_by_its_body(name: str, region: str, body: str) -> None:
    assert split_prefix(norm(name), region)[1] == body
    assert body in rule_aliases(name, region)


def test_a_city_keeps_its_own_prefixes() -> None:
    assert split_prefix(norm("州桥街道办"), "苏州市") == ("", "州桥街道办")


@pytest.mark.parametrize("name, region, typed", [
    ("区住房和建设局", "临溟市鹭港区", "鹭港区住房和建设局"),
    ("区住房和建设局", "临溟市鹭港区", "鹭港住房和建设局"),
    ("县发改局", "云棠县", "云棠县发改局"),
])
def test_a_district_unit_is_found_with_its_own_name_before_it(name: str, region: str, typed: str) -> None:
    """A district named with its city ("临溟市鹭港区") is typed by its own name: "鹭港区住房和建设局
    牵头的有哪些" found nothing (round 37b r37b-043)."""
    assert norm(typed) in rule_aliases(name, region)

