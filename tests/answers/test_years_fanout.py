"""Class: a figure asked with no year, of a region whose reports of two years both print it
("装配式建筑 目标", "新增就业目标多少", round 43b). Each year's figure is given, newest first, each
labelled with its year; before, the newest alone was, and the other year's was dropped silently.
A year said still answers alone. The reports are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 6, 1)
_REVIEW = ("一、{y}年工作回顾\n过去一年，全省上下坚持稳中求进工作总基调，经济运行总体平稳，"
           "发展质量稳步提升，民生保障持续加强，各项事业取得新进展。\n")
REPORTS = {
    "2024.txt": "澜江省2024年政府工作报告\n" + _REVIEW.format(y=2023)
                + "二、2024年工作安排\n（一）稳就业。城镇新增就业36万人，装配式建筑占新建建筑比例达到30%。\n",
    "2025.txt": "澜江省2025年政府工作报告\n" + _REVIEW.format(y=2024)
                + "二、2025年工作安排\n（一）稳就业。城镇新增就业38万人，装配式建筑占新建建筑比例达到35%以上。\n",
}


def _reports_context(tmp, texts: dict[str, str]):
    """A Context over the invented reports `texts` (file name → text), every one ingested."""
    for name, text in texts.items():
        (tmp / name).write_text(text, encoding="utf-8")
    c, results = ingested_context(tmp / "data", [tmp / n for n in texts])
    assert [r.status for r in results] == ["ingested"] * len(texts), results
    return c


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = _reports_context(tmp_path_factory.mktemp("years"), REPORTS)
    yield c
    c.close()


@pytest.mark.parametrize(("question", "newer", "older"), [
    ("装配式建筑 目标", "35%以上", "30%"),
    ("城镇新增就业目标是多少", "38万人", "36万人"),
])
def test_no_year_said_gives_each_years_figure_newest_first(ctx, question, newer, older):
    text = flat(ask(ctx, question, today=TODAY).answer)
    assert newer in text and older in text and text.index(newer) < text.index(older), text
    assert "2025年" in text and "2024年" in text


def test_a_year_said_answers_alone(ctx):
    text = flat(ask(ctx, "24年城镇新增就业目标是多少", today=TODAY).answer)
    assert "36万人" in text and "38万人" not in text, text


@pytest.fixture(scope="module")
def two_regions(tmp_path_factory):
    texts = {
        "省.txt": "澜江省2025年政府工作报告\n" + _REVIEW.format(y=2024) + "（一）优化营商环境。企业开办时间压缩至1个工作日以内。\n",
        "市.txt": "岚州市2025年政府工作报告\n" + _REVIEW.format(y=2024) + "（一）优化营商环境。企业开办时间压缩至30分钟。\n",
    }
    c = _reports_context(tmp_path_factory.mktemp("regions"), texts)
    yield c
    c.close()


def test_a_figure_answered_with_no_figure_asked_is_each_regions(two_regions):
    """"企业开办时间" asks no 多少, but is answered by a figure: each region's, labelled (round 42a)."""
    text = flat(ask(two_regions, "企业开办时间", today=TODAY).answer)
    assert "1个工作日" in text and "30分钟" in text, text
