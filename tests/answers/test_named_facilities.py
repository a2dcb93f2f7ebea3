"""A named facility is not answered by another facility of the same place sharing the head noun
("青屿体育中心啥时候建成" was answered "青屿数据中心一期建成投用", outsider round 27a):
answers.named_facilities. The distinguishing words are printed elsewhere in the report, so no
"unheld word" rule refuses the question first. An invented district's report."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.named_facilities import other_facility
from core.context import Context
from tests.support.answer_sets import flat, report_context

REPORT = """政府工作报告
——2025年1月10日在石湖区第五届人民代表大会第四次会议上
各位代表：
一、2024年工作回顾
城市功能持续完善。东湖数据中心一期建成投用，机架规模达到2000架。南岸博物馆新馆建成开馆，全年接待观众45万人次。北山体育公园建成开放。西塘人民医院新院区投入使用，新增床位600张。东湖光伏电站并网发电，装机容量达到50兆瓦。
文化事业繁荣发展。新建农家书屋30个，配送图书5万册。举办群众文化活动200场。开展儿童友好城市建设。修复湿地面积1200亩。抽水蓄能项目完成前期工作。
二、2025年工作安排
地区生产总值增长6%左右。开工建设南岸会展中心，年内完成投资3亿元。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("named_facilities"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question", [
    "东湖文化中心什么时候建成",      # 东湖数据中心 printed
    "南岸图书馆新馆哪年开馆",        # 南岸博物馆新馆 printed
    "北山湿地公园建成了吗",          # 北山体育公园 printed
    "西塘儿童医院新院区啥时候投用",  # 西塘人民医院新院区 printed
])
def test_another_facility_of_the_place_is_not_found(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none", ans.answer
    assert "没有找到" in ans.answer, ans.answer


@pytest.mark.parametrize("question, want", [
    ("东湖数据中心什么时候建成", "东湖数据中心一期建成投用"),
    ("北山体育公园建成了吗", "北山体育公园建成开放"),
    ("南岸会展中心今年投资多少", "3亿元"),
])
def test_the_facility_named_is_still_answered(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer


def test_facility_reading() -> None:
    assert other_facility("青屿体育中心啥时候建成", "青屿数据中心一期建成投用") == "中心"
    assert other_facility("市图书馆哪年开馆", "市博物馆新馆建成开馆") == "馆"
    # the place before the name may be missing from a sentence of that place's own report
    assert other_facility("青屿体育中心啥时候建成", "加快建设体育中心") == ""
    # a short form of the same name, read character by character
    assert other_facility("科创中心建成了吗", "科技创新中心建成投用") == ""
    # "中心城区" is an area, not a facility
    assert other_facility("全市中心城区人口多少", "中心城区常住人口达到80万人") == ""
