"""Time words in a task's text → its deadline (plan year unless a year is named)."""
from __future__ import annotations

import datetime as dt

import pytest

from core.deadline_words import due_from_text, text_due


@pytest.mark.parametrize(
    "text, expected",
    [
        ("6月底前出台实施方案", dt.date(2021, 6, 30)),
        ("六月底前完成", dt.date(2021, 6, 30)),
        ("9月30日前完成验收", dt.date(2021, 9, 30)),
        ("上半年开工建设", dt.date(2021, 6, 30)),
        ("三季度完成梳理", dt.date(2021, 9, 30)),
        ("第一季度末前", dt.date(2021, 3, 31)),
        ("年底前建成", dt.date(2021, 12, 31)),
        ("2022年底前全面建成", dt.date(2022, 12, 31)),
        ("6月底前启动，年底前建成投用", dt.date(2021, 12, 31)),
        ("2月前印发", dt.date(2021, 1, 31)),
        ("旅游接待人次恢复到2019年水平", None),
        ("推进改革试点", None),
        ("2月30日前完成", None),
    ],
)
def test_due_from_text(text, expected):
    assert due_from_text(text, 2021) == expected


def test_plan_year_end_is_the_default():
    assert text_due("深化改革", 2025) == dt.date(2025, 12, 31)
