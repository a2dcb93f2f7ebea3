"""A place inside the region asked by its bare name is not answered by the whole's figure
(answers/sub_places.py): "栖凤今年GDP目标定了多少" (the documents print 栖凤街道) is never the
district's own target (round 35d r35d-064). Own variants over an invented county's report
(a 镇, a 乡, a 园区 and a 街道, other measures, other wordings); a question the sentence answers
for the place itself, or asked of the whole, still answers."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 6, 1)

REPORT = """青峪县2025年政府工作报告

一、2024年工作回顾

全县地区生产总值增长5.8%，粮食产量达到21.6万吨，城镇新增就业4200人。
白沙镇新改建农村公路30公里，柳溪乡建成高标准农田1.2万亩，云谷园区新引进工业项目18个，东湖街道改造老旧小区12个。

二、2025年重点工作

全县地区生产总值增长6%左右，规模以上工业增加值增长7%左右，固定资产投资增长5%左右，城镇新增就业4500人以上。
"""


# the county's table: its first part sets the whole's targets (as r35d's 分解表 did)
PLAN = """2025年青峪县《政府工作报告》重点工作任务分解表

序号\t重点工作\t县政府牵头领导\t牵头单位\t责任单位\t完成时限
一、主要预期目标\t\t\t\t\t
1\t地区生产总值增长：增长6%左右\t何远舟\t县发展改革局\t县统计局、各乡镇\t2025年12月底
2\t规模以上工业增加值增长：增长7%左右\t何远舟\t县工信局\t县统计局\t2025年12月底
3\t城镇新增就业：4500人以上\t林秋实\t县人社局\t各乡镇\t2025年12月底
4\t粮食产量：稳定在21万吨以上\t林秋实\t县农业农村局\t各乡镇\t2025年12月底
二、推进城乡建设\t\t\t\t\t
5\t白沙镇新改建农村公路35公里。\t林秋实\t县交通运输局\t白沙镇人民政府\t2025年11月底
"""


@pytest.fixture(scope="module")
def qingyu(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("sub_places")
    paths = [tmp / "青峪县2025年政府工作报告.txt", tmp / "青峪县2025年重点工作任务分解表.txt"]
    for path, text in zip(paths, (REPORT, PLAN)):
        path.write_text(text, encoding="utf-8")
    c, results = ingested_context(tmp, paths)
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, place", [
    ("白沙今年GDP目标定了多少", "白沙镇"),
    ("柳溪今年城镇新增就业目标是多少", "柳溪乡"),
    ("云谷今年规上工业增加值目标是多少", "云谷园区"),
    ("东湖今年城镇新增就业目标多少人", "东湖街道"),
])
def test_a_sub_place_is_not_answered_by_the_whole(qingyu, question: str, place: str) -> None:
    ans = ask(qingyu, question, today=TODAY)
    assert ans.intent == "none", ans.answer
    assert "没有单独写" + place in flat(ans.answer)


@pytest.mark.parametrize("question, wanted", [
    ("白沙去年新改建农村公路多少公里", "30公里"),  # the sentence names the place
    ("云谷园区去年新引进工业项目多少个", "18个"),
    ("今年GDP目标定了多少", "6%"),  # the whole asked
])
def test_the_place_or_the_whole_still_answers(qingyu, question: str, wanted: str) -> None:
    ans = ask(qingyu, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert wanted in flat(ans.answer)
