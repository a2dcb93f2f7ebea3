"""An issued plan carries its document number (文号) under the issuer; staff quote it in every
reply to the office that issued it, so "文号是多少" must answer it, not send them to the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from retrieval.meta import read_meta
from store import documents as store
from tests.support.answer_sets import flat, ingested_context

PLAN = """云岭省人民政府办公厅文件

云政办字［2025］ 12 号

云岭省人民政府办公厅关于印发2025年省《政府工作报告》重点工作责任分工方案的通知

各州市人民政府，省直各部门：
现将《2025年省〈政府工作报告〉重点工作责任分工方案》印发给你们，请认真贯彻落实。

2025年3月3日印发

2025年省《政府工作报告》重点工作责任分工方案

序号\t重点工作\t省政府牵头领导\t牵头单位\t责任单位
一、做强实体经济\t\t\t\t
1\t建成澜沧智能装备产业园一期，引进配套企业20家。\t石明远\t省工业和信息化厅\t省发展改革委
2\t新增上市公司5家左右。\t石明远\t省地方金融管理局\t省财政厅
二、办好民生实事\t\t\t\t
1\t新改建农村公路2000公里。\t何青禾\t省交通运输厅\t各州市人民政府
"""


@pytest.mark.parametrize(
    "line, number",
    [
        ("赣府厅字〔2021〕8号", "赣府厅字〔2021〕8号"),
        ("国发 〔2024〕 7 号", "国发〔2024〕7号"),
        ("云政办发[2025]12号", "云政办发〔2025〕12号"),
        ("青政办（2024）3号", "青政办〔2024〕3号"),
    ],
)
def test_the_number_is_read_in_any_bracket_and_written_the_standard_way(line: str, number: str) -> None:
    meta = read_meta(f"某某省人民政府办公厅文件\n{line}\n关于印发2024年重点工作责任分工方案的通知\n", kind="plan")
    assert meta.number == number


def test_a_sheets_issuing_row_with_the_issuer_first() -> None:
    # one spreadsheet cell: issuer, number, date apart by full-width spaces (round 63b)
    text = "宁禾县2026年政府工作报告重点工作任务分解表\n宁禾县人民政府办公室\u3000\u3000宁政办发〔2026〕3号\u3000\u30002026年2月6日印发\n"
    assert read_meta(text, kind="plan").number == "宁政办发〔2026〕3号"
    joined = "宁禾县2026年政府工作报告重点工作任务分解表\n宁禾县人民政府办公室宁政办发〔2026〕3号2026年2月6日印发\n"
    assert read_meta(joined, kind="plan").number == "宁政办发〔2026〕3号"  # as cleaning joins the cell


def test_a_number_quoted_inside_a_sentence_is_not_the_documents_own() -> None:
    text = "某某省人民政府办公厅文件\n根据《关于加强督查工作的意见》（赣府厅字〔2019〕3号）要求，现印发本方案。\n"
    assert read_meta(text, kind="plan").number is None


def test_ask_for_the_number_and_the_date_of_an_ingested_plan(tmp_path: Path) -> None:
    plan = tmp_path / "fenggong.txt"
    plan.write_text(PLAN, encoding="utf-8")
    ctx, results = ingested_context(tmp_path, [plan])
    try:
        assert [r.status for r in results] == ["ingested"], results
        ans = ask(ctx, "那个分工方案文号多少 哪天印发的")
        text = flat(ans.answer)
        assert "云政办字〔2025〕12号" in text and "3月3日" in text, ans.answer
        assert ans.intent != "none"
    finally:
        ctx.close()


def test_a_plan_ingested_before_numbers_were_read_gets_it_on_the_next_ingest(tmp_path: Path) -> None:
    plan = tmp_path / "fenggong.txt"
    plan.write_text(PLAN, encoding="utf-8")
    ctx, _ = ingested_context(tmp_path, [plan])
    try:
        doc = store.list_documents(ctx.db)[0]
        store.update_document(ctx.db, doc["id"], doc_number=None)  # as an older version stored it
        from retrieval.ingest import ingest_paths

        again = ingest_paths(ctx, [plan])
        assert [r.status for r in again] == ["unchanged"]
        assert store.list_documents(ctx.db)[0]["doc_number"] == "云政办字〔2025〕12号"
    finally:
        ctx.close()
