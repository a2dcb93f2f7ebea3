"""A progress notice ("2025年上半年重点工作进展情况通报": a table 序号 | 工作任务 | 牵头单位 | 进展情况 |
是否滞后, signed by a 督查室). Before, its 牵头单位 column and numbered rows made it a plan: its rows
became tasks with reminders, and its title was replaced by "…政府工作报告". It is a report of
progress (retrieval.plans.parse), keeps its title (retrieval.meta), and answers what lags
(answers.lagging_tasks), how far a task has got, and who leads it (answers.report_owners).
The document is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 7, 20)
ROWS = [["序号", "工作任务", "牵头单位", "进展情况", "是否滞后"],
        ["1", "新改建农村公路120公里", "县交通运输局", "已完成65公里，占年度任务54%", "否"],
        ["2", "城西污水处理厂扩建工程", "县住房和城乡建设局", "受用地报批影响，尚未开工", "是"],
        ["3", "梅林夜市改造提升", "县商务局", "方案调整中，完成投资15%", "是"]]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    import docx

    tmp = tmp_path_factory.mktemp("progress_notice")
    d = docx.Document()
    for text in ("翠屏县人民政府督查室", "2025年上半年重点工作进展情况通报", "各乡镇人民政府，县政府各部门：",
                 "截至6月30日，全县78项重点工作中，已完成12项，序时推进59项，进度滞后7项。滞后的主要有：城西污水处理厂扩建、梅林夜市改造等。",
                 "一、重点工作进展情况"):
        d.add_paragraph(text)
    table = d.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, cells in enumerate(ROWS):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for text in ("二、下步要求", "各牵头单位要对照时间节点，加快推进滞后事项，于7月31日前将整改方案书面报送县政府督查室。",
                 "联系人：县政府督查室 李明　联系电话：0790-1234567", "翠屏县人民政府督查室", "2025年7月10日"):
        d.add_paragraph(text)
    path = tmp / "进展情况通报.docx"
    d.save(path)
    c, results = ingested_context(tmp / "data", [path])
    assert [(r.kind, r.title, r.tasks) for r in results] == [("report", "2025年上半年重点工作进展情况通报", 0)], results
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("上半年哪些任务滞后了", ["城西污水处理厂扩建工程", "梅林夜市改造提升"]),
    ("农村公路完成多少了", ["65公里"]),
    # (round 56a) the notice's period and name are no words of the ask; so far this year; a date
    # answers 几号; the contact line
    ("上半年通报滞后几项", ["7项"]),
    ("农村公路到6月底完成多少公里了？急", ["65公里"]),
    ("滞后事项的整改方案几号前要报督查室", ["7月31日"]),
    ("督查室通报的联系人是谁 电话多少", ["李明", "0790-1234567"]),
])
def test_a_progress_notice_answers_what_lags_and_how_far(ctx, question: str, wanted: list[str]) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer


def test_its_lead_unit_column_answers_who_leads(ctx) -> None:
    ans = ask(ctx, "梅林夜市改造谁牵头", today=TODAY)
    assert ans.intent == "owner" and "县商务局" in flat(ans.answer), ans.answer


def test_a_notice_with_no_numbered_parts_signed_by_its_office_is_a_report() -> None:
    """Round 54d (read after the final run): a short 进展情况通报, a paragraph and a table, no "一、"
    parts, signed "X县人民政府督查室": refused before as "不像政府工作报告"."""
    from retrieval.shape import check_report

    check_report("翊岭县人民政府督查室\n关于2025年上半年县政府重点工作进展情况的通报\n各乡镇：\n"
                 "截至6月30日，全县78项重点工作中，进度滞后7项。\n翊岭县人民政府督查室\n2025年7月10日")


def test_another_periods_notice_is_no_answer(ctx) -> None:
    """Round 54d (read after the final run): "三季度督查通报出来没，里面哪些滞后了" with only the
    上半年 notice loaded is "not found", naming the notice there is, never its list."""
    ans = ask(ctx, "三季度督查通报出来没，里面哪些滞后了", today=TODAY)
    assert ans.intent == "none" and "三季度" in ans.answer and "2025年上半年重点工作进展情况通报" in ans.answer, ans.answer
