"""A report of what was done in a year ("关于2024年县政府十件民生实事完成情况的报告", round 52a): each
item with its 年度目标, 完成情况 and 责任单位 lines. It is searched as a report, never read as a plan
(retrieval.plans.parse); its issuer, printed on the cover and the signature, is its region
(retrieval.clean); each line's label says whether it is the year's target or its result
(answers.evidence); "截至2024年12月底…" states what stood by then."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 3, 1)
PARAGRAPHS = [
    "岭溪县人民政府",
    "岭府字〔2025〕3号",
    "岭溪县人民政府",
    "关于2024年县政府十件民生实事完成情况的报告",
    "县人大常委会：",
    "截至2024年12月底，十件民生实事全部按期完成，累计完成投资2.36亿元，为年度计划投资的108.3%。",
    "一、各项实事完成情况",
    "（一）城镇老旧小区改造",
    "年度目标：改造城镇老旧小区10个，惠及居民1300户。",
    "完成情况：实际改造老旧小区11个，惠及居民1460户，完成投资4860万元。",
    "责任单位：县住房和城乡建设局；配合单位：城关镇人民政府。",
    "（二）农村供水",
    "年度目标：新改建农村供水管网100公里。",
    "完成情况：新改建农村供水管网112公里，受益群众4.1万人。",
    "责任单位：县水利局。",
    "特此报告。",
    "岭溪县人民政府",
    "2025年1月6日",
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    import docx

    tmp = tmp_path_factory.mktemp("done_reports")
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    path = tmp / "关于2024年县政府十件民生实事完成情况的报告.docx"
    document.save(path)
    c, results = ingested_context(tmp / "data", [path])
    assert [(r.status, r.kind, r.region) for r in results] == [("ingested", "report", "岭溪县")], results
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted, unwanted", [
    ("24年老旧小区改了几个", "11个", "10个"),
    ("24年农村供水管网新改建了多少公里", "112公里", "100公里"),
    ("24年老旧小区改造实际花了多少钱", "4860万元", None),
    ("2024年十件实事一共投了多少钱", "2.36亿元", None),
])
def test_a_result_is_read_from_its_completion_line(ctx, question: str, wanted: str, unwanted: str | None) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and wanted in flat(ans.answer), ans.answer
    assert unwanted is None or unwanted not in flat(ans.answer).split("原文")[0], ans.answer


def test_a_target_is_read_from_its_target_line(ctx) -> None:
    ans = ask(ctx, "24年农村供水管网目标是多少公里", today=TODAY)
    assert "100公里" in flat(ans.answer), ans.answer


def test_a_notice_of_results_titled_on_two_lines_or_under_a_masthead_keeps_its_title_and_year() -> None:
    from retrieval.meta import read_meta

    two_lines = "岭溪县人民政府办公室\n岭府办字〔2025〕2号\n岭溪县人民政府办公室关于2024年县级民生实事\n项目完成情况的通报\n各乡镇：\n正文。"
    meta = read_meta(two_lines, kind="report")
    assert (meta.title, meta.year, meta.region) == ("岭溪县人民政府办公室关于2024年县级民生实事项目完成情况的通报", 2024, "岭溪县")
    masthead = "督查通报\n第1期\n岭溪县人民政府督查室2025年1月20日\n关于2024年县政府重点工作完成情况的通报\n各乡镇：\n正文。"
    meta = read_meta(masthead, kind="report")
    assert (meta.title, meta.year, meta.region) == ("关于2024年县政府重点工作完成情况的通报", 2024, "岭溪县")


def test_a_notice_of_results_in_tables_is_no_plan(tmp_path) -> None:
    import docx

    from retrieval.loaders import load_file
    from retrieval.plans import looks_like_plan

    document = docx.Document()
    document.add_paragraph("关于2024年区政府重点工作和民生实事项目完成情况的通报")
    document.add_paragraph("各街道办事处：现将完成情况通报如下。")
    table = document.add_table(rows=3, cols=4)
    for r, cells in enumerate([["序号", "民生实事", "责任单位", "完成情况"],
                               ["1", "新增公共停车泊位800个", "区城管局", "新增862个，完成年度目标"],
                               ["2", "改造老旧小区10个", "区住建局", "改造11个，完成年度目标"]]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "通报.docx"
    document.save(path)
    assert not looks_like_plan(load_file(path))


@pytest.fixture(scope="module")
def table_ctx(tmp_path_factory):
    """A 通报 whose items stand in a table: 实事项目 | 目标任务 | 完成情况 | 牵头单位 (round 53b)."""
    import docx

    tmp = tmp_path_factory.mktemp("done_table")
    document = docx.Document()
    for text in ("鹊岭区人民政府督查室", "关于2024年区政府民生实事项目完成情况的通报", "各街道办事处：现将完成情况通报如下。", "一、民生实事项目完成情况"):
        document.add_paragraph(text)
    rows = [["序号", "实事项目", "目标任务", "完成情况", "牵头单位"],
            ["1", "停车泊位", "新增公共停车泊位2000个", "超额完成。新增公共停车泊位2146个，其中兰台老街地下停车场320个。", "区城市管理局"],
            ["2", "普惠托育", "新增普惠性托位300个", "超额完成。新增普惠性托位336个。", "区卫生健康委"]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for text in ("二、下步工作", "各牵头单位要认真总结经验，确保各项目标任务按期完成。", "鹊岭区人民政府督查室", "2025年1月20日"):
        document.add_paragraph(text)
    path = tmp / "完成情况通报.docx"
    document.save(path)
    c, results = ingested_context(tmp / "data", [path])
    assert [(r.kind, r.year) for r in results] == [("report", 2024)], results
    yield c
    c.close()


def test_a_result_in_a_table_column_is_told_from_its_target(table_ctx) -> None:
    ans = ask(table_ctx, "24年公共停车泊位一共新增了多少个", today=TODAY)
    assert "2146个" in flat(ans.answer) and "2000个" not in flat(ans.answer).split("原文")[0], ans.answer
    ans = ask(table_ctx, "24年普惠托位目标是多少", today=TODAY)
    assert "300个" in flat(ans.answer).split("原文")[0], ans.answer


@pytest.mark.parametrize("question, wanted", [
    ("城镇老旧小区改造是哪个局负责的", "县住房和城乡建设局"),
    ("农村供水谁负责", "县水利局"),
])
def test_an_items_owner_is_read_off_the_report_when_no_plan_holds_it(ctx, question: str, wanted: str) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent == "owner" and wanted in flat(ans.answer), ans.answer


def test_an_owner_column_of_a_notice_answers_who_leads(table_ctx) -> None:
    ans = ask(table_ctx, "普惠托育哪个单位牵头", today=TODAY)
    assert ans.intent == "owner" and "区卫生健康委" in flat(ans.answer), ans.answer


def test_last_year_of_a_report_of_results_alone_is_the_year_it_reports_on(ctx) -> None:
    """Only 关于2024年…完成情况的报告 loaded, asked in 2026: it is read in 2025, so 去年 is 2024."""
    ans = ask(ctx, "去年老旧小区改了几个", today=dt.date(2026, 3, 1))
    assert "11个" in flat(ans.answer), ans.answer
