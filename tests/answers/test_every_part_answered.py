"""Two asks in one message, each answered (rounds 28b r28b-050, 28c r28c-035, 28d r28d-049):
a part naming only a measure ("…接待多少人次 收入多少") asks it of the part before's subject;
a part naming only its year and a bound ("PM2.5去年多少 今年要控制在多少以内") asks that
subject's target with its bound; a project shortened to its head name and phase ("镜湖二期谁
牵头？完成时限是？") finds its task. Own variants over an invented city (tests/data/s13d_tangjiang)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.phases import same_numbered_projects
from tests.support.answer_sets import assert_holds, flat

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("question", "words", "never"),
    [
        ("去年建成高标准农田多少万亩 投资多少", ("18万亩", "27亿元"), "860亿元"),
        ("去年游客接待多少人次 收入多少", ("6200万人次", "580亿元"), "196亿元"),
        ("去年港口完成多少万吨吞吐 营收多少", ("8600万吨", "38亿元"), "196亿元"),
        ("去年新能源汽车生产多少万辆 产值多少", ("12万辆", "420亿元"), "8.3%"),
    ],
)
def test_a_lone_measure_is_the_subject_befores(tangjiang_ctx, question: str, words: tuple[str, ...], never: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert_holds(ans.answer, *words)
    assert never not in flat(ans.answer), ans.answer


def test_a_lone_measure_no_clause_states_is_not_another_subjects(tangjiang_ctx):
    # the port's tonnage is not found under these words, and no other subject's 收入 answers
    ans = ask(tangjiang_ctx, "港口吞吐去年多少万吨 收入多少", today=TODAY)
    assert "580亿元" not in flat(ans.answer) and "196亿元" not in flat(ans.answer), ans.answer


def test_one_clause_holding_both_is_said_once(tangjiang_ctx):
    ans = ask(tangjiang_ctx, "去年新能源汽车生产多少万辆 产值多少", today=TODAY)
    assert flat(ans.answer).count("12万辆") == 1, ans.answer


@pytest.mark.parametrize(
    ("question", "actual", "target"),
    [
        ("空气质量优良天数比率去年多少，今年要稳定在多少以上", "93.1%", "92%以上"),
        ("粮食总产量去年多少 今年要稳定在多少以上", "52.6亿斤", "52亿斤以上"),
        ("森林覆盖率去年多少 今年要保持在多少以上", "63.5%", "63%以上"),
        ("城镇调查失业率去年多少 今年控制在多少以内", "5.2%", "5.5%以内"),
    ],
)
def test_last_years_actual_and_this_years_bound(tangjiang_ctx, question: str, actual: str, target: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert_holds(ans.answer, actual, target)
    assert "没有找到" not in ans.answer, ans.answer  # the first part is what was done, not a missing target


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("棠溪水库二期谁牵头？完成时限是？", "市水利局"),
        ("云岭三期哪个单位牵头", "云岭数字产业园区管委会"),
        ("滨江绿道二期由谁负责", "市城市管理局"),
        ("金沙一期牵头单位是哪个", "市住房和城乡建设局"),
    ],
)
def test_a_project_by_its_head_name_and_phase(tangjiang_ctx, question: str, unit: str):
    ans = ask(tangjiang_ctx, question, today=TODAY)
    assert ans.intent == "owner", ans.answer
    assert_holds(ans.answer, unit)


def test_the_deadline_is_shown_with_the_owner(tangjiang_ctx):
    ans = ask(tangjiang_ctx, "棠溪水库二期谁牵头？完成时限是？", today=TODAY)
    assert_holds(ans.answer, "2026年10月底")


def test_another_phase_is_still_not_the_task(tangjiang_ctx):
    assert ask(tangjiang_ctx, "云岭二期谁牵头", today=TODAY).intent == "none"


@pytest.mark.parametrize(
    ("question", "task", "expected"),
    [
        ("镜湖二期", "开工建设镜湖流域综合治理二期工程。", True),  # the head name, the owner going on
        ("镜湖三期", "开工建设镜湖流域综合治理二期工程。", False),
        ("青山二期", "开工建设镜湖流域综合治理二期工程。", False),
    ],
)
def test_phase_owner_holds_the_head_name(question: str, task: str, expected: bool):
    assert same_numbered_projects(question, task) is expected
