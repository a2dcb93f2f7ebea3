"""Tasks asked by their deadline, as a leader's secretary asks (round 65b): "10月底前要完成的有哪些",
"时限写第三季度的那个是啥任务 谁牵头", "民生那张表 已经过了时限的有哪几项", "X啥时候到期" (one task,
never the week's list), and a leader's tasks "各啥时候到期" with each deadline shown. The plan is
invented for these tests; today is 2026-11-30."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, plan_context

TODAY = dt.date(2026, 11, 30)
HEADER = ["序号", "工作任务", "县领导", "牵头单位", "责任单位", "时间节点"]
ROWS = [
    "一、项目建设",
    ["1", "建成投用县城第二水厂", "罗振宇", "县住房和城乡建设局", "县水利局", "2026年9月30日前"],
    ["2", "完成县城至南坪镇快速通道路基工程", "罗振宇", "县交通运输局", "南坪镇", "第三季度"],
    ["3", "全年实施县级重点项目90个", "郑明远", "县发展和改革局", "各乡镇", "12月底"],
    ["4", "完成存量拖欠企业账款清偿，健全防范化解拖欠长效机制", "郑明远", "县工业和信息化局", "县财政局", "2026年6月30日前"],
    "二、民生保障",
    ["1", "县第二实验小学建成并于秋季学期投入使用", "韩立军", "县教育体育局", "县财政局", "8月底前"],
    ["2", "新增普惠性托位300个", "韩立军", "县卫生健康局", "各乡镇", "年底前"],
    ["3", "完成县城污水处理厂提标改造", "罗振宇", "县住房和城乡建设局", "县生态环境分局", "10月底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = plan_context(tmp_path_factory.mktemp("due_lists"), "岚泽县2026年重点工作任务分解表", HEADER, ROWS, tasks=7)
    yield c
    c.close()


def test_a_deadline_printed_names_its_task_and_owner(ctx):
    text = flat(ask(ctx, "时限写第三季度的那个是啥任务 谁牵头", today=TODAY).answer)
    assert "快速通道" in text and "县交通运输局" in text and "第二水厂" not in text, text


def test_tasks_due_by_a_month(ctx):
    text = flat(ask(ctx, "10月底前要完成的有哪些", today=TODAY).answer)
    assert all(w in text for w in ("第二水厂", "快速通道", "第二实验小学", "污水处理厂")), text
    assert "普惠性托位" not in text and "重点项目90个" not in text, text


def test_a_parts_past_due_tasks(ctx):
    text = flat(ask(ctx, "民生那张表 截止今天已经过了时限的有哪几项", today=TODAY).answer)
    assert "第二实验小学" in text and "污水处理厂" in text and "第二水厂" not in text, text


def test_one_tasks_deadline_is_never_the_weeks_list(ctx):
    ans = ask(ctx, "污水厂提标改造啥时候到期", today=TODAY)
    assert "10月底前" in flat(ans.answer) and "本周" not in ans.answer, ans.answer


def test_a_leaders_tasks_with_each_deadline(ctx):
    text = flat(ask(ctx, "罗副县长那几项各啥时候到期", today=TODAY).answer)
    assert "第三季度" in text and "10月底前" in text and "已逾期" in text, text


def test_a_leaders_tasks_in_one_sheet(ctx):
    text = flat(ask(ctx, "罗副县长在项目建设那张表里管哪几项", today=TODAY).answer)
    assert "第二水厂" in text and "污水处理厂" not in text, text


def test_a_leaders_past_due_tasks_said_by_surname_and_title(ctx):
    text = flat(ask(ctx, "罗副县长那几项里 哪些已经过了时限", today=TODAY).answer)
    assert "第二水厂" in text and "污水处理厂" in text and "第二实验小学" not in text, text


@pytest.mark.parametrize("question", ["9月30号到期的有哪些", "9月30日那批都是哪几项 帮我列下"])
def test_tasks_due_on_a_day(ctx, question):
    # (round 69c: "6月30号那批都是哪几项" was answered with this week's list)
    text = flat(ask(ctx, question, today=TODAY).answer)
    assert "第二水厂" in text and "污水处理厂" not in text and "本周" not in text, text


def test_a_task_named_by_a_short_word_the_documents_write_otherwise(ctx):
    # "清欠那条…" (round 68h): the documents' word alone is searched too, not with the typed one in brackets
    text = flat(ask(ctx, "清欠那条是不是年底前完成就行", today=TODAY).answer)
    assert "拖欠企业账款" in text and "2026年6月30日" in text, text
