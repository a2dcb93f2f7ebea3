"""Class: a plan whose parts are headed by the leader who covers them ("二、县委常委、常务副县长
X同志负责的工作"), each task a numbered paragraph with a "责任单位：…" line (a county notice's
annex; dev round 34a). Before, the tasks were read but no leader: "X副县长分管几项" said X leads
none. Now the heading's leader is each task's unless a task names its own. Plans invented here."""
from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.loaders import load_file
from retrieval.plans import parse_plan
from retrieval.plans.paragraphs import section_leaders

PLAN = """石塘县人民政府办公室关于印发2026年县政府工作报告重点工作任务分解方案的通知
各乡镇人民政府，县政府各部门：
现将任务分解方案印发给你们。责任单位中排在第一位的为牵头单位，其余为配合单位。
一、县长{a}同志负责的工作
1．全县地区生产总值增长6%左右。
责任单位：县发展和改革局、县统计局
2．新签约亿元以上项目30个。
责任单位：县投资促进中心、各乡镇人民政府
二、县委常委、常务副县长{b}同志负责的工作
3．一般公共预算收入增长4%。
责任单位：县财政局、县税务局
三、副县长{c}分管的工作
4．新建改造农村公路80公里。
责任单位：县交通运输局、县财政局
5．完成农村危房改造200户。
责任单位：县住房和城乡建设局、各乡镇人民政府
"""


@pytest.mark.parametrize("a, b, c", [("邵立新", "林远", "欧阳明川"), ("何平", "唐晓峰", "苏蔓")])
def test_the_heading_leader_is_each_task_leader(tmp_path: Path, a: str, b: str, c: str) -> None:
    path = tmp_path / "分解方案.txt"
    path.write_text(PLAN.format(a=a, b=b, c=c), encoding="utf-8")
    plan = parse_plan(load_file(path))
    got = {row.code: (row.leaders, row.lead_units) for row in plan.rows}
    assert got["1.1"] == ([a], ["县发展和改革局"])
    assert got["2.1"] == ([b], ["县财政局"])
    assert got["3.2"] == ([c], ["县住房和城乡建设局"])


def test_a_heading_without_a_leader_names_none() -> None:
    assert section_leaders("推动高质量发展，建设现代化产业体系") == []
    assert section_leaders("副市长陈敏同志联系的工作") == ["陈敏"]


@pytest.mark.parametrize("title, name", [
    # the name, 同志, the offices in brackets, then the verb (round 42c)
    ("韦承志同志（区政府副区长）牵头", "韦承志"),
    ("钱振东同志（区政府副区长、市公安局分局局长）牵头", "钱振东"),
    ("程立闻同志（区委副书记、区长）负责", "程立闻"),
])
def test_the_name_before_its_offices_in_brackets(title: str, name: str) -> None:
    assert section_leaders(title) == [name]
