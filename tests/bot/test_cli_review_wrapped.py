"""`ducha ingest`, `ducha review` and `ducha ask` on a report as PDF extraction leaves it
(棠阜市: unnumbered chapter headings, lines cut every 42 characters, blank lines between)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from tests.support.review_pairs import pair


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "var"
    monkeypatch.setenv("DUCHA_DATA_DIR", str(data))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    return data


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_review_and_ask_on_a_hard_wrapped_report(data_dir, capsys):
    p = pair("tangfu")
    code, out = run(capsys, "ingest", str(p.plan), str(p.report), "--json")
    files = json.loads(out)["files"]
    assert code == 0 and [f["kind"] for f in files] == ["plan", "report"] and files[0]["tasks"] == 32
    code, out = run(capsys, "review", "--plan", "2023", "--json")
    data = json.loads(out)
    assert code == 0 and data["against"]["file"] == "report_2024.txt"
    assert data["counts"]["not_mentioned"] <= 10 and sum(data["counts"].values()) == 32
    item = next(i for i in data["items"] if i["code"] == "4.4")
    assert item["label"] == "progress" and item["section"] == "过去一年工作回顾 › （四）乡村振兴扎实推进"
    assert item["evidence"] == "白鹭湾现代农业产业园基本建成，入园经营主体46家。"  # cut after "白鹭" in the file
    code, out = run(capsys, "ask", "棠阜市2023年粮食总产量是多少", "--json")
    answer = json.loads(out)
    said = answer["answer"] + "".join(s["text"] for s in answer["sources"])
    assert code == 0 and "粮食播种面积121.6万亩，总产量51.2万吨，连续六年保持稳定。" in said.replace(" ", "")
