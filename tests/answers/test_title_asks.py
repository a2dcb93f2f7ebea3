"""A title or award asked in everyday words ("拿了个啥国字号的牌子", "评上了啥称号") asks the
title's name the report prints after its verb of award (answers.title_asks); round 25b's
"柘塘莲藕去年拿了个啥国字号的牌子" was refused. Own variants over the sample corpus and
tests/data/district."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.title_asks import title_asked
from tests.support.answer_sets import flat

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("question", "title", "not_title"),
    [
        ("西岗村23年拿了个啥国字号的牌子", "中国美丽休闲乡村", None),
        ("龙潭村23年评上了个啥称号", "全国乡村治理示范村", "中国美丽休闲乡村"),  # never another village's
    ],
)
def test_title_in_the_sample_reports(asked_corpus, question: str, title: str, not_title: str | None):
    ans = ask(asked_corpus, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    first = flat(ans.answer).split("原文")[0]
    assert title in first, ans.answer
    if not_title:
        assert not_title not in first, ans.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [("青岭茶叶去年拿了个啥国字号的牌子", "国家农产品地理标志"), ("岚溪村去年评上了啥称号", "省级乡村振兴示范村")],
)
def test_title_in_a_district_report(district_ctx, question: str, title: str):
    ans = ask(district_ctx, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert title in flat(ans.answer), ans.answer


def test_title_ask_reading():
    assert title_asked("X去年拿了个啥国字号的牌子") == "X去年获得什么国家"
    assert title_asked("X挂了块什么招牌") == "X获得什么"
    assert title_asked("X产值多少") == "X产值多少"
