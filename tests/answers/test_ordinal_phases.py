"""An ordinal the question names (二期, 三号线, 第一批) must be the answer's, after the same
project (answers.ordinals): a sentence holding that ordinal for another project, or another
ordinal of the same project, is "not found" naming what the document gives. Own variants over
the sample corpus (round 25b's "算力中心二期" was answered with a sentence about "算力中心一期")."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.ordinals import ordinal_miss, same_owner
from tests.support.answer_sets import flat

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("question", "given"),
    [
        ("昌北机场二期啥时候开工", "昌北机场三期"),  # the sentence's 二期 is 昌樟高速's
        ("昌樟高速三期什么时候开工", "昌樟高速二期"),  # the sentence's 三期 is 昌北机场's
        ("华勤千亿产业园二期建成了吗", ""),  # 二期 is 华润微…产业园's, not 华勤's
        ("安义瓦灰鸡纳入第一批全国名特优新农产品名录了吗", "第二批"),  # another batch
    ],
)
def test_another_projects_ordinal_is_not_found(asked_corpus, question: str, given: str):
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent == "none", ans.answer
    assert "没有找到" in ans.answer
    if given:
        assert given in flat(ans.answer), ans.answer


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("昌北机场三期改扩建进展", "昌北机场三期"),
        ("华润微MEMS传感器产业园二期进展", "华润微MEMS传感器产业园二期"),
        ("安义瓦灰鸡纳入第几批全国名特优新农产品名录", "第二批"),  # no ordinal asked: the document's
        ("南昌地铁2号线东延什么时候完成", "2号线东延"),  # "1号线…、2号线": no words before 2号线
    ],
)
def test_the_same_projects_ordinal_still_answers(asked_corpus, question: str, held: str):
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert held in flat(ans.answer)


def test_owner_reading():
    assert same_owner("算力中心", "澜溪城市算力中心")
    assert same_owner("去年那个算力中心", "澜溪城市算力中心")
    assert same_owner("九龙湖管廊", "南昌九龙湖新城综合管廊")
    assert not same_owner("华勤千亿产业园", "华润微MEMS传感器产业园")
    assert not same_owner("昌北机场", "昌樟高速")
    sentence = "重点推进恒驰动力电池壳体项目二期、澜溪智能装备产业园、澜溪城市算力中心一期等项目。"
    miss = ordinal_miss("算力中心二期啥时候开工", sentence)
    assert miss is not None and miss.given == ("澜溪城市算力中心一期",)
    assert ordinal_miss("算力中心一期啥时候投运", sentence) is None
    assert ordinal_miss("三号线进展", "加快地铁3号线建设") is None
