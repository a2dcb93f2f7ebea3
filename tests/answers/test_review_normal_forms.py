"""The commitment check's normal forms are rows "normal" of the one synonym table
(core/synonyms_data.py), read in table order, each with its provenance."""
from __future__ import annotations

import pytest

from answers.review_text import NORMAL_FORMS, norm
from core.synonyms_data import SYNONYMS


def test_every_normal_form_says_why() -> None:
    rows = [(a, b, why) for a, b, how, why in SYNONYMS if how == "normal"]
    assert [(a, b) for a, b, _why in rows] == NORMAL_FORMS
    assert all(why.strip() and a != b for a, b, why in rows)


@pytest.mark.parametrize("plan, report, shared", [
    ("建成赣深客专", "赣深高铁建成通车", "赣深高铁"),
    ("地铁4号线开通", "轨道交通4号线开通", "轨道交通4号线"),
    ("新增规模以上工业企业", "新增规上工业企业", "规上工业企业"),
    ("纪念建党100周年", "纪念建党百年", "建党百年"),
    ("培育市场主体", "培育经营主体", "经营主体"),
])
def test_plan_and_report_read_alike(plan: str, report: str, shared: str) -> None:
    """Both wordings reach one normal form for the part they share."""
    assert shared in norm(plan) and shared in norm(report)


def test_a_later_row_reads_an_earlier_rows_result() -> None:
    """地铁线 → 轨道交通线 → 轨道交通: the order of the rows matters and is kept."""
    assert norm("地铁线网") == "轨道交通网"


def test_another_statistic_is_left_alone() -> None:
    assert norm("农业总产值") == "农业总产值"
    assert norm("粮食总产量") == "粮食产量"
