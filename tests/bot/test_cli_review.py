"""`ducha review` as a user runs it: plain and --json output, the default report, --against
by path (ingested on the spot), and exit 2 with one line on bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.review_pairs import pair
from tests.support.cli import run, empty_data_dir


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return empty_data_dir(tmp_path, monkeypatch)


def test_review_json_against_the_default_report(data_dir, capsys):
    p = pair("qinglan")
    assert run(capsys, "ingest", str(p.plan), str(p.report))[0] == 0
    code, out, _ = run(capsys, "review", "--plan", "2025", "--json")
    data = json.loads(out)
    assert code == 0 and data["against"]["file"] == "report_2026.txt" and data["plan"]["year"] == 2025
    assert data["counts"] == {"done": 4, "progress": 4, "not_mentioned": 4}
    first = data["items"][0]
    assert first["code"] == "1.1" and first["label"] == "progress" and "基本建成" in first["evidence"]


def test_review_plain_output_shows_label_note_and_evidence(data_dir, capsys):
    p = pair("fengxi")
    run(capsys, "ingest", str(p.plan), str(p.report))
    code, out, _ = run(capsys, "review", "--plan", "2024")
    assert code == 0
    assert "已兑现 6 项，有进展 5 项，未提及 3 项" in out
    assert "1.2 [有进展]" in out and "5项中提到1项" in out and "枫溪工业园标准厂房三期竣工交付" in out


def test_against_a_file_not_yet_ingested(data_dir, capsys):
    p = pair("qinglan")
    run(capsys, "ingest", str(p.plan))
    code, _, err = run(capsys, "review", "--plan", "2025")
    assert code == 2 and "青澜市2026年" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "review", "--plan", "2025", "--against", str(p.report), "--json", "--task", "2.1")
    data = json.loads(out)
    assert code == 0 and [i["code"] for i in data["items"]] == ["2.1"] and data["items"][0]["label"] == "done"


@pytest.mark.parametrize(
    "argv, words",
    [
        (["review", "--plan", "2019"], "没有找到分工方案"),
        (["review", "--plan", "2025", "--against", "no_such_report.txt"], "no_such_report.txt"),
        (["review", "--plan", "2025", "--task", "9.9"], "9.9"),
    ],
)
def test_bad_input_exits_2_with_one_line(data_dir, capsys, argv, words):
    p = pair("qinglan")
    run(capsys, "ingest", str(p.plan), str(p.report))
    code, out, err = run(capsys, *argv)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1 and out == ""


def test_against_a_plan_file_is_refused(data_dir, capsys):
    p = pair("qinglan")
    run(capsys, "ingest", str(p.plan), str(p.report))
    code, _, err = run(capsys, "review", "--plan", "2025", "--against", str(p.plan))
    assert code == 2 and "分工方案" in err


def test_against_a_copy_of_an_ingested_report(data_dir, capsys, tmp_path):
    p = pair("qinglan")
    run(capsys, "ingest", str(p.plan), str(p.report))
    copy = tmp_path / "copy" / "青澜报告.txt"
    copy.parent.mkdir()
    copy.write_bytes(p.report.read_bytes())
    code, out, _ = run(capsys, "review", "--plan", "2025", "--against", str(copy), "--json")
    assert code == 0 and json.loads(out)["against"]["file"] == "report_2026.txt"


def test_a_review_naming_tasks_in_other_words(data_dir, capsys):
    """沅汀: the review writes 减税减费, a 货运航空公司 and 孤弃儿童 for the plan's 减税降费,
    航空货运 and 困境儿童; it repeats 推进/发展 and names 留守儿童 only in the new year's plans."""
    p = pair("yuanting")
    run(capsys, "ingest", str(p.plan), str(p.report))
    code, out, _ = run(capsys, "review", "--plan", "2025")
    assert code == 0 and "已兑现 1 项，有进展 3 项，未提及 3 项" in out
    assert "1.1 [有进展]" in out and "报告换了说法提到（“减税减费”）" in out and "出台减税减费“十条”" in out
    assert "1.2 [有进展]" in out and "沅汀货运航空公司正式成立" in out
    assert "2.1 [有进展]" in out and "为孤弃儿童按月发放基本生活费" in out
    assert "1.3 [未提及]" in out and "2.2 [未提及]" in out and "2.4 [未提及]" in out
