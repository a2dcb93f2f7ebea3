"""`ducha export … --review`: the 通报 and the 台账 with the commitment check in them, opened
back with python-docx and openpyxl as a supervisor would, and held against `ducha review`
and the fictional pair's hand labels: the counts, the not-mentioned tasks under their lead
units, and each task's verdict with the report's sentence."""
from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from prompts import exports as texts
from tests.support.review_pairs import pair
from tests.support.cli import run


@pytest.fixture
def fengxi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    p = pair("fengxi")
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    code, _, err = run(capsys, "ingest", str(p.plan), str(p.report))
    assert code == 0, err
    code, out, err = run(capsys, "review", "--plan", str(p.plan_year), "--json")
    assert code == 0, err
    return p, json.loads(out)


def _flat(text: str) -> str:
    return "".join(text.split())


def test_the_report_carries_the_review_as_an_attachment(fengxi, tmp_path, capsys):
    p, review = fengxi
    out = tmp_path / "通报.docx"
    code, printed, err = run(capsys, "export", str(out), "--date", "2024-12-20", "--review")
    assert code == 0, err
    counts = review["counts"]
    assert f"已兑现{counts['done']}项" in printed and f"未提及{counts['not_mentioned']}项" in printed

    doc = docx.Document(str(out))
    paras = [x.text for x in doc.paragraphs]
    # the totals say the counts, and the attachment repeats them under its own title
    summary = [x for x in paras if x.startswith("对照") and "详见附件" in x]
    assert summary and f"已兑现{counts['done']}项，有进展{counts['progress']}项，报告未提及{counts['not_mentioned']}项" in summary[0]
    assert texts.REVIEW_ANNEX in paras and f"{p.plan_year}年重点工作任务兑现核查情况" in paras
    assert paras.index(texts.REVIEW_ANNEX) > paras.index(texts.REPORT_H_NEXT)

    # the not-mentioned tasks under their lead unit, as /review lists them
    by_unit: dict[str, list[str]] = {}
    for item in review["items"]:
        if item["label"] == "not_mentioned":
            by_unit.setdefault(item["lead_units"][0], []).append(item["code"])
    missing_tables = [t for t in doc.tables if [c.text for c in t.rows[0].cells] == list(texts.REVIEW_MISSING_HEADERS)]
    annex = paras[paras.index(texts.REVIEW_ANNEX):]
    groups = [x for x in annex if x.startswith("（") and x.endswith("项）")]
    assert len(groups) == len(by_unit) == len(missing_tables) > 0
    for heading, table in zip(groups, missing_tables):
        unit = heading.split("）", 1)[1].rsplit("（", 1)[0]
        assert [r.cells[0].text for r in table.rows[1:]] == by_unit[unit]
        assert heading.endswith(f"（{len(by_unit[unit])}项）")

    # every task's verdict, with the report's own sentence holding the labeller's phrase
    [items] = [t for t in doc.tables if [c.text for c in t.rows[0].cells] == list(texts.REVIEW_ITEMS_HEADERS)]
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in items.rows[1:]}
    assert set(rows) == {x["code"] for x in p.labels}
    for x in p.labels:
        _, task, _, verdict, said = rows[x["code"]]
        assert verdict == texts.REVIEW_LABELS[x["label"]], x["code"]
        if x["label"] == "not_mentioned":
            assert said.startswith(texts.NONE_MARK)
        else:
            assert _flat(x["phrase"]) in _flat(said), (x["code"], said)
    # a list of projects says how many the review names
    assert any("项中提到" in row[4] for row in rows.values())


def test_the_ledger_gets_a_review_sheet(fengxi, tmp_path, capsys):
    p, review = fengxi
    out = tmp_path / "台账.xlsx"
    code, printed, err = run(capsys, "export", str(out), "--date", "2024-12-20", "--review", str(p.plan_year), "--json")
    assert code == 0, err
    assert json.loads(printed)["review"]["counts"] == review["counts"]
    wb = openpyxl.load_workbook(str(out))
    assert wb.sheetnames == [texts.LEDGER_SHEET, texts.REVIEW_SHEET]
    ws = wb[texts.REVIEW_SHEET]
    assert [c.value for c in ws[3]] == list(texts.REVIEW_SHEET_HEADERS)
    rows = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(1, 8)] for r in range(4, ws.max_row + 1)}
    for item in review["items"]:
        row = rows[item["code"]]
        assert row[3] == texts.REVIEW_LABELS[item["label"]]
        assert (row[4] or "") == item["evidence"] and (row[5] or "") == item["section"]
    assert f"未提及{review['counts']['not_mentioned']}项" in ws.cell(2, 1).value


def test_without_review_the_files_are_as_before(fengxi, tmp_path, capsys):
    out = tmp_path / "通报.docx"
    assert run(capsys, "export", str(out), "--date", "2024-12-20")[0] == 0
    paras = [x.text for x in docx.Document(str(out)).paragraphs]
    assert texts.REVIEW_ANNEX not in paras and not any("详见附件" in x for x in paras)


def test_review_without_the_next_years_report_is_one_clear_line(tmp_path, monkeypatch, capsys):
    p = pair("fengxi")
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    assert run(capsys, "ingest", str(p.plan))[0] == 0
    out = tmp_path / "通报.docx"
    code, _, err = run(capsys, "export", str(out), "--review", str(p.plan_year))
    assert code == 2 and "政府工作报告" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_this_years_plan_gets_last_years_check_attached(fengxi, tmp_path, capsys):
    """The spring 通报: this year's plan exported (its own check impossible yet), last year's
    check attached, and the attachment says which plan it checked."""
    p, review = fengxi
    newer = pair("lanchuan")  # another plan, without its following year's report
    assert run(capsys, "ingest", str(newer.plan))[0] == 0
    plans = json.loads(run(capsys, "plan", "list", "--json")[1])["plans"]
    newer_id = next(x["id"] for x in plans if x["year"] == newer.plan_year)
    out = tmp_path / "通报.docx"
    code, printed, err = run(capsys, "export", str(out), "--plan", str(newer_id), "--review", "--date", "2024-12-20")
    assert code == 0, err
    paras = [x.text for x in docx.Document(str(out)).paragraphs]
    source = next(x for x in paras if x.startswith("核查方案："))
    assert review["plan"]["title"] in source and f"{p.plan_year}年工作回顾" in source
    # named explicitly, the plan without a report is an error, never another plan silently
    code, _, err = run(capsys, "export", str(out), "--review", str(newer_id))
    assert code == 2 and "政府工作报告" in err
