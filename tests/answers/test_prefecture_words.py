"""Words outsiders typed in session 23's rounds (58a, 58c, read after their first run) over an
invented prefecture: a report delivered by a 州长, "五A" for the printed "5A级", "创成" for
"创建为", "多少钱一个月" for "每人每月…元", a five-year figure asked of "二三年那个报告", a
county's 卫生健康局 asked as 卫健委, "获评了个啥称号", and "截至6月底" as the part of the
year a notice covers. The documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_and_plan_context

TODAY = dt.date(2025, 8, 1)
REPORT = """黛溪苗族自治州2025年政府工作报告
——2025年1月16日在黛溪苗族自治州第十五届人民代表大会第四次会议上
州长　杨启航
一、2024年工作回顾
过去一年，青桠古寨创建为国家5A级旅游景区，“黛溪黄桃”获评国家农产品地理标志。
回顾过去五年，全州地区生产总值由2019年的786.3亿元增加到2024年的1168.9亿元，年均增长7.1%。
二、2025年目标任务
健全分层分类社会救助体系，城乡低保标准分别提高到每人每月820元和560元。
"""
TITLE = "黛溪县2025年政府工作报告重点工作任务分工方案"
TASKS = [
    ("推进县人民医院新院区建设，年内实现主体封顶。", "县卫生健康局", "县住房城乡建设局", "2025年12月底前"),
    ("新建普惠托育机构3家。", "县卫生健康局", "县民政局", "2025年12月底前"),
    ("新改建农村公路300公里。", "县交通运输局", "各乡镇人民政府", "2025年12月底前"),
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory):
    c = report_and_plan_context(tmp_path_factory.mktemp("prefecture_words"), "黛溪州2025年政府工作报告.txt",
                                REPORT, TITLE, TASKS, "吴珊")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("今年的政府工作报告是哪个州长作的 第几次会议上", ["杨启航", "第四次会议"]),
    ("去年哪个景区创成国家五A了", ["青桠古寨"]),
    ("城乡低保标准今年提到多少钱一个月 城市和农村分别", ["820元", "560元"]),
    ("今年报告里过去五年gdp年均增长多少", ["7.1%"]),
    ("黛溪黄桃去年获评了个啥称号来着", ["地理标志"]),
    ("卫健委牵头的活都列一下", ["新院区", "托育"]),
])
def test_staff_words_find_the_printed_ones(ctx, question: str, wanted: list[str]) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer


def test_a_five_year_review_is_no_target(ctx) -> None:
    """"回顾过去五年，…年均增长7.1%" stands under the year's targets in some reports: it looks back."""
    ans = ask(ctx, "今年报告里过去五年gdp年均增长多少", today=TODAY)
    assert "目标" not in ans.answer.splitlines()[0], ans.answer


def test_to_the_end_of_june_is_the_first_half() -> None:
    from answers.period_docs import part_of_year

    assert part_of_year("截至6月底快速通道路基累计完成多少公里") == "上半年"
    assert part_of_year("到9月末完成多少") == "前三季度"
    assert part_of_year("要求6月底前完成") is None  # a deadline, not a notice's period
