"""The binding check on its own: figures as values bound to the evidence clause, its year
and region; owners bound to the tasks' listed units and leaders in their roles."""
from __future__ import annotations

import pytest

from answers import grounding as G
from answers.compose import Evidence
from answers.figures import figures

GDP = Evidence("地区生产总值增长5%左右", "江西省", 2024,
               "经济社会发展主要预期目标是：地区生产总值增长5%左右，规模以上工业增加值增长6.5%左右",
               "2024年江西省政府工作报告", "二、2024年工作安排")


def reason(text: str, evidence: list[Evidence] = (GDP,), **kw) -> str | None:
    return G.check(text, list(evidence), **kw).reason


def test_figures_are_read_as_values() -> None:
    (a,), (b,) = figures("增长5%左右"), figures("约5.0%")
    assert a.equals(b)  # 左右 and 约 say the same
    (c,), (d,) = figures("1.2万亿元"), figures("12000亿元")
    assert c.equals(d)
    assert [f.qualifier for f in figures("超100家、不低于60%、3%以内、500余场")] == ["min", "min", "max", "more"]
    assert figures("2024年") == [] and figures("第1.14项") == []  # a year, an ordinal
    (e,) = figures("连续八年")
    assert e.value == 8 and e.unit == "年"


@pytest.mark.parametrize("text, why", [
    ("江西省2024年地区生产总值预期增长5%左右。", None),
    ("按最新的江西省2024年报告，全省GDP预期增长约5%。", None),
    ("江西省2024年地区生产总值预期增长6.5%左右。", G.FIGURE),  # the next indicator's, same sentence
    ("江西省2024年地区生产总值预期增长5%以上。", G.QUALIFIER),
    ("江西省2024年地区生产总值预期增长5个百分点左右。", G.UNIT),
    ("湖南省2024年地区生产总值预期增长5%左右。", G.REGION),
    ("江西省2025年地区生产总值预期增长5%左右。", G.YEAR),
    ("江西省地区生产总值目标明确。", G.KEY_MISSING),
    ("江西省2024年地区生产总值预期下降5%左右。", G.DIRECTION),
    ("江西省2024年地区生产总值预期增长5%左右，约合五千亿元。", G.FIGURE),
    ("江西省2024年地区生产总值预期增长百分之五左右。", G.FIGURE),
    ("江西省2024年地区生产总值的增长目标定为5%左右。", None),
    ("江西省2024年地区生产总值预期增长5%左右，排全国第3位。", G.NUMBER),
])
def test_report_evidence(text: str, why: str | None) -> None:
    assert reason(text) == why


def test_each_figure_is_bound_to_the_year_named_before_it() -> None:
    e22 = Evidence("地区生产总值增长7%以上", "江西省", 2022)
    e24 = Evidence("地区生产总值增长5%左右", "江西省", 2024)
    assert reason("2022年增长7%以上，2024年增长5%左右。", [e22, e24]) is None
    assert reason("2022年增长5%左右，2024年增长7%以上。", [e22, e24]) == G.YEAR


def test_a_list_with_fenbie_keeps_its_subjects() -> None:
    rural = Evidence("城镇、农村居民人均可支配收入分别增长5%、7%左右", "江西省", 2024, key=("7%左右",))
    assert reason("2024年城镇、农村居民人均可支配收入分别增长5%、7%左右。", [rural]) is None
    assert reason("2024年农村居民人均可支配收入增长5%。", [rural]) == G.FIGURE
    assert reason("2024年城镇居民收入增长5%。", [rural]) in (G.FIGURE, G.KEY_MISSING)


TASK = {"code": "1.14", "text": "推进青年发展规划实施试点。", "leaders": ["吴浩"], "lead_units": ["团省委"],
        "co_units": ["各设区市政府"], "due": "2021-12-31", "plan_title": "2021年省《政府工作报告》重点工作责任分工方案",
        "region": "江西省"}
KNOWN_UNITS = ["团省委", "各设区市政府", "省教育厅", "省发展改革委"]


def owner_reason(text: str) -> str | None:
    return G.check(text, [G.task_evidence(TASK)], owners=G.owners_of([TASK]), require_key=False,
                   units_in=lambda t: [u for u in KNOWN_UNITS if u in t],
                   leaders_in=lambda t: [n for n in ("吴浩", "易炼红") if n in t]).reason


@pytest.mark.parametrize("text, why", [
    ("第1.14项由团省委牵头，吴浩同志分管，各设区市政府配合，2021年12月31日前完成。", None),
    ("牵头单位：团省委；责任单位：各设区市政府。", None),
    ("第1.14项由省教育厅牵头。", G.OWNER),  # a unit the registry knows, not this task's
    ("第1.14项由各设区市政府牵头。", G.OWNER),  # the co-unit made the lead
    ("第1.14项由团省委牵头，省水利厅配合。", G.OWNER),  # a unit the registry does not know at all
    ("第1.14项由团省委牵头，易炼红同志分管。", G.OWNER),  # another task's leader
    ("第1.14项由团省委牵头，副省长王建国负责。", G.OWNER),  # an invented leader
    ("第1.14项由团省委牵头，2022年底前完成。", G.YEAR),
])
def test_owner_evidence(text: str, why: str | None) -> None:
    assert owner_reason(text) == why


def test_new_development_pattern_is_no_office() -> None:
    ev = Evidence("加快构建新发展格局", "江西省", 2024)
    assert reason("2024年江西将加快构建新发展格局。", [ev]) is None


def test_the_lead_units_are_named_in_full() -> None:
    task = dict(TASK, lead_units=["省发展改革委", "省教育厅"], co_units=["各设区市政府"])
    check = lambda text: G.check(text, [G.task_evidence(task)], owners=G.owners_of([task]), require_key=False,
                                 units_in=lambda t: [u for u in KNOWN_UNITS if u in t]).reason
    assert check("由省发展改革委、省教育厅牵头，各设区市政府配合。") is None
    assert check("由省教育厅牵头。") == G.OWNER  # true of one lead unit, wrong about who leads
    assert check("各设区市政府配合落实。") is None  # no lead named: nothing left out
