"""A plan whose owners are labelled lines under each task ("牵头单位：…"), as a user runs it:
`ducha ingest` says it is a plan of 12 tasks of 澜溪市 2024 (it used to be taken for a report);
`ask` and `task` give a task's lead unit and leader; a block without its lead unit fails the
whole file with one Chinese line naming the line, and nothing is stored; `review` checks the
plan against the next year's report of the same region."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.paths import DATA
from tests.support.retrieval_pdf import make_pdf
from tests.support.cli import run, empty_data_dir

LANXI = DATA / "plans" / "lanxi"
REPORT = DATA / "plans" / "lanxi_report_2025.txt"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return empty_data_dir(tmp_path, monkeypatch)


@pytest.mark.parametrize("name", ["fields1_notice.txt", "fields2_inline.txt", "fields3_pdf.txt"])
def test_ingest_reports_a_plan_with_its_tasks_region_and_year(data_dir, capsys, name):
    code, out, err = run(capsys, "ingest", str(LANXI / name), "--json")
    assert code == 0, err
    f = json.loads(out)["files"][0]
    assert (f["status"], f["kind"], f["tasks"], f["region"], f["year"]) == ("ingested", "plan", 12, "澜溪市", 2024)
    assert f["title"] == "澜溪市2024年政府工作报告重点工作责任分工方案"
    tasks = json.loads(run(capsys, "tasks", "--json")[1])
    assert [t["code"] for t in tasks] == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3"]


def _as_pdf(path: Path, out: Path) -> Path:
    """The PDF-text variant as a real PDF, one page per footer."""
    pages: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").split("\n"):
        pages[-1].append(line.replace("\f", ""))
        if line.startswith("— ") and line.endswith(" —"):
            pages.append([])
    out.write_bytes(make_pdf([p for p in pages if any(p)]))
    return out


def _as_docx(path: Path, out: Path) -> Path:
    import docx

    document = docx.Document()
    for line in path.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(out))
    return out


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_same_plan_as_pdf_or_docx(data_dir, capsys, tmp_path, kind):
    path = (_as_pdf(LANXI / "fields3_pdf.txt", tmp_path / "lanxi.pdf") if kind == "pdf"
            else _as_docx(LANXI / "fields1_notice.txt", tmp_path / "lanxi.docx"))
    code, out, err = run(capsys, "ingest", str(path), "--json")
    f = json.loads(out)["files"][0]
    assert code == 0, err
    assert (f["kind"], f["tasks"], f["region"], f["year"]) == ("plan", 12, "澜溪市", 2024)
    task = json.loads(run(capsys, "task", "1.1", "--json")[1])
    assert task["lead_units"] == ["澜溪市发展改革委"] and task["leaders"] == ["梁启峰"]
    assert task["co_units"] == ["澜溪市工业和信息化局", "澜溪市财政局", "澜溪市自然资源和规划局"]


def test_ask_and_task_give_lead_unit_and_leader(data_dir, capsys):
    assert run(capsys, "ingest", str(LANXI / "fields3_pdf.txt"))[0] == 0
    code, out, _ = run(capsys, "ask", "新建改扩建中小学校6所由哪个单位牵头？", "--json")
    data = json.loads(out)
    assert code == 0 and data["intent"] == "owner"
    task = data["tasks"][0]
    assert task["code"] == "3.2" and task["lead_units"] == ["澜溪市教育局"] and task["leaders"] == ["苏映雪"]
    assert "澜溪市教育局" in data["answer"] and "苏映雪" in data["answer"]
    # "“澜溪 / 英才”" was cut inside the quoted name and over a page break in the PDF text.
    code, out, _ = run(capsys, "task", "2.3", "--json")
    task = json.loads(out)
    assert task["text"] == "实施“澜溪英才”计划，全年引进高层次人才500名、高校毕业生2.2万人。"
    assert task["lead_units"] == ["澜溪市人力资源社会保障局"] and task["co_units"] == ["澜溪市科技局", "澜溪市教育局"]
    assert task["leaders"] == [] and task["due"] == "2024-12-31"
    code, out, _ = run(capsys, "task", "1.3", "--json")
    assert json.loads(out)["leaders"] == ["梁启峰", "邱北辰"]  # their titles in brackets are not names


def test_a_block_without_lead_unit_is_left_out_and_named_the_rest_loads(data_dir, capsys, tmp_path):
    lines = (LANXI / "fields1_notice.txt").read_text(encoding="utf-8").splitlines()
    task_line = lines.index("6. 任务：建成澜溪数字经济产业园一期，引进数字经济企业30家。") + 1
    lines.remove("牵头单位：澜溪高新区管委会")
    broken = tmp_path / "broken.txt"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(broken))
    assert code == 0
    assert f"第{task_line}行：任务 2.2 没有牵头单位（此行未导入）" in out, out + err
    plans = json.loads(run(capsys, "plan", "list", "--json")[1])["plans"]
    assert len(plans) == 1 and any("2.2" in w for w in plans[0]["warnings"])
    codes = [t["code"] for t in json.loads(run(capsys, "tasks", "--json")[1])]
    assert "2.2" not in codes and "2.1" in codes and "2.3" in codes


def test_review_against_the_next_years_report(data_dir, capsys):
    assert run(capsys, "ingest", str(LANXI / "fields3_pdf.txt"), str(REPORT))[0] == 0
    code, out, err = run(capsys, "review", "--plan", "2024", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["against"]["file"] == "lanxi_report_2025.txt" and data["plan"]["year"] == 2024
    items = {i["code"]: i for i in data["items"]}
    assert len(items) == 12
    assert items["1.1"]["label"] == "done" and "126亿元" in items["1.1"]["evidence"]
    assert items["2.2"]["label"] == "progress" and "主体完工" in items["2.2"]["evidence"]
    assert items["1.2"]["label"] == "not_mentioned" and items["1.2"]["evidence"] == ""
