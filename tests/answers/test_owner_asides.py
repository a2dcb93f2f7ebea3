"""Class: an owner or plan-figure ask with something beside the task's words.

- A guessed unit typed after the ask, in a clipped form ("龙舟赛谁牵头啊 文广旅？", r31c-037): the
  topic is the task's words alone, the guess is confirmed or corrected (`answers.owner_guess`);
  before, the guess was read into the topic and nothing was found. The same with "是X吧" and no
  question mark, and with a second ask after the guess ("是不是X牵头 啥时限", r61c-001/053/063).
- A phase after a bracketed alias in the task ("服务平台（城市大脑）二期", r29b-039): "城市大脑二期"
  is that task (`answers.phases`); before, the bracket cut the phase from its name.
- A year printed inside a plan task as a qualifier ("分工方案里2020年纳入计划的老旧小区", r32b-017):
  no table is of that year, but the task prints it; before, "no 2020 document" was answered.
The helper's own invented county report and plan.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from answers.phases import same_numbered_projects
from core.context import Context
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

REPORT = """石渠县2026年政府工作报告

一、2025年工作回顾

2025年，全县地区生产总值增长5.8%，城镇居民人均可支配收入增长5.1%。

二、2026年重点工作

（一）提升城市品质。推进老旧小区改造，实施污水管网改造，建设智慧城市。
（二）繁荣文化体育。举办民俗文化节和全民健身赛事。
"""
TITLE = "石渠县2026年县政府工作报告重点工作责任分工方案"
TASKS = [
    ("举办第二届石渠民俗文化节。", "县教育体育局", "县文化广电旅游局"),
    ("建成县智慧城市运营中心（城市大脑）二期。", "县数据局", "县财政局"),
    ("力争2025年纳入计划的320个老旧小区改造全面完成，2026年纳入计划的280个老旧小区改造全面开工。",
     "县住房和城乡建设局", "各乡镇人民政府"),
    ("实施污水管网改造60公里。", "县城市管理局", "县住房和城乡建设局"),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = ["一、重点任务"]
    rows.extend([str(k), text, "叶知秋", lead, co, "2026年12月底前"] for k, (text, lead, co) in enumerate(TASKS, start=1))
    return table_docx(path, TITLE, ["序号", "工作任务", "县领导", "牵头单位", "责任单位", "完成时限"], rows)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("owner_asides")
    report = folder / "石渠县2026年政府工作报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    c, results = ingested_context(folder / "data", [report, _docx(folder / "分工方案.docx")])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, said, lead", [
    ("民俗文化节谁牵头呀 文广旅？", "不是牵头单位", "教育体育局"),
    ("民俗文化节归谁负责，教体吗？", "是的", "教育体育局"),
    ("污水管网改造谁牵头，住建？", "不是牵头单位", "城市管理局"),
    ("城市大脑谁牵头 财政？", "不是牵头单位", "数据局"),
    # the guess with 吧 and no question mark, or followed by a second ask (round 61c)
    ("污水管网改造那条 谁牵头的 是县住建局吧", "不是牵头单位", "城市管理局"),
    ("民俗文化节是不是县文化广电旅游局牵头 啥时限", "不是牵头单位", "教育体育局"),
    ("污水管网改造那个 是不是县财政局牵头 县领导是谁", "不是", "城市管理局"),
])
def test_a_guess_after_the_ask_is_checked(county: Context, question: str, said: str, lead: str) -> None:
    ans = ask(county, question)
    text = flat(ans.answer)
    assert ans.intent == "owner" and text.startswith(said) and f"牵头单位：石渠县{lead}" in text, ans.answer


@pytest.mark.parametrize("question", ["城市大脑二期谁牵头", "城市大脑二期归哪个部门"])
def test_a_phase_after_a_bracketed_alias(county: Context, question: str) -> None:
    ans = ask(county, question)
    assert "牵头单位：石渠县数据局" in flat(ans.answer), ans.answer


def test_phase_owner_reads_through_the_alias_bracket() -> None:
    assert same_numbered_projects("城市大脑二期", "建成市城市运行管理服务平台（城市大脑）二期。")
    assert not same_numbered_projects("城市大脑三期", "建成市城市运行管理服务平台（城市大脑）二期。")


def test_phase_after_a_verb_reads_the_name_through_its_aside() -> None:
    # "澄岭实验室（新材料方向）建设，完成一期建设" (round 63d): the aside is inside the name
    task = "加快澄岭实验室（新材料方向）建设，完成一期建设并投入运行"
    assert same_numbered_projects("澄岭实验室一期 牵头单位和完成时限", task)
    assert not same_numbered_projects("澄岭产业园一期", task)


def test_a_phase_in_brackets_after_the_name_is_that_names() -> None:
    # "实施桐溪河综合治理工程（二期）" (round 64d): asked as "桐溪河二期治理"
    task = "实施桐溪河综合治理工程（二期）6.8公里"
    assert same_numbered_projects("桐溪河二期治理哪个单位牵头", task)
    assert not same_numbered_projects("桐溪河三期治理", task)
    assert not same_numbered_projects("鹭湖二期治理", task)


@pytest.mark.parametrize("question, figure", [
    ("分工方案里2025年纳入计划的老旧小区有多少个", "320个"),
    ("方案里2025年纳入计划的老旧小区改造 要求全面完成的是几个", "320个"),
])
def test_a_year_printed_in_a_task_is_no_document_year(county: Context, question: str, figure: str) -> None:
    ans = ask(county, question)
    assert figure in flat(ans.answer) and "没有找到" not in ans.answer, ans.answer


def test_a_year_no_task_prints_is_still_not_found(county: Context) -> None:
    ans = ask(county, "分工方案里2019年纳入计划的老旧小区有多少个")
    assert "没有找到" in ans.answer and "320" not in ans.answer, ans.answer


def test_the_year_asked_picks_the_clause_that_prints_it(county: Context) -> None:
    # the table's own year, printed in the task's second clause: that clause, not the first one's figure
    ans = ask(county, "分工方案里2026年纳入计划的老旧小区是多少个")
    text = flat(ans.answer)
    assert "280个" in text.split("原文")[0] and "320个" not in text.split("原文")[0], ans.answer
