"""The behaviours that decide whether staff can trust an answer (issue 10): several regions
for one year are each answered and labelled (or the question is sent back), the configured
region decides what "我市" means, a corrected report supersedes the old one, a pasted page
gets a short refusal, and `ducha ask … | head` ends without a traceback."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from answers.ask import MAX_QUESTION_CHARS, ask
from bot.wiring import new_context
from core.context import Context
from core.settings import load_settings
from retrieval.ingest import ingest_paths
from tests.support.answer_sets import flat, ingested_context
from tests.support.paths import EXAMPLES, PROJECT

EXAMPLE_REPORT = EXAMPLES / "示例市2025年政府工作报告.txt"


@pytest.fixture(scope="module")
def corpus_ctx(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    ctx, _ = ingested_context(tmp_path_factory.mktemp("trust"), [corpus_dir])
    yield ctx
    ctx.close()


def test_one_year_several_regions_answers_each_labelled(corpus_ctx: Context) -> None:
    """The province's and 南昌's 2024 reports both set a GDP target: both are given."""
    ans = ask(corpus_ctx, "24年GDP增长目标是多少")
    text = flat(ans.answer)
    assert ans.intent == "target"
    assert "江西省2024年" in text and "南昌市2024年" in text, ans.answer
    assert "5%左右" in text and "5.0%左右" in text, ans.answer
    assert {s["region"] for s in ans.sources} >= {"江西省", "南昌市"}


def test_my_city_without_a_default_is_every_city_labelled(corpus_ctx: Context) -> None:
    ans = ask(corpus_ctx, "我市GDP增长目标")
    text = flat(ans.answer)
    assert "南昌市" in text and "赣州市" in text and "江西省" not in text, ans.answer


def test_my_city_with_the_configured_region(corpus_dir: Path, tmp_path: Path) -> None:
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none",
                                    DUCHA_DEFAULT_REGION="赣州市"))
    ingest_paths(ctx, [corpus_dir])
    try:
        ans = ask(ctx, "我市GDP增长目标")
        assert "7.5%左右" in flat(ans.answer) and "南昌" not in ans.answer, ans.answer
        # the chat's own setting wins over the deployment's
        ans = ask(ctx, "我市GDP增长目标", region="南昌市")
        assert "5.0%左右" in flat(ans.answer) and "赣州" not in ans.answer, ans.answer
    finally:
        ctx.close()


def test_a_result_asked_is_not_shown_beside_another_regions_target(corpus_ctx: Context) -> None:
    """"23年GDP实际增长多少" asks what happened: 赣州's 2023 report only has the target; asked
    without 实际/目标, the target is shown too, labelled as one."""
    ans = ask(corpus_ctx, "23年GDP实际增长多少")
    assert "4.1%" in flat(ans.answer) and "7.5%" not in flat(ans.answer), ans.answer
    ans = ask(corpus_ctx, "23年GDP增长多少")
    assert "4.1%" in flat(ans.answer) and "赣州市2023年目标：GDP增长7.5%左右" in flat(ans.answer), ans.answer


def test_too_long_question_is_refused_briefly(corpus_ctx: Context) -> None:
    ans = ask(corpus_ctx, "GDP目标" * (MAX_QUESTION_CHARS // 3))
    assert ans.intent == "none" and len(ans.answer) < 80 and not ans.sources


def test_document_facts(corpus_ctx: Context) -> None:
    ans = ask(corpus_ctx, "南昌24年政府工作报告谁作的？哪天？")
    assert "万广明" in ans.answer and "2024年1月15日" in ans.answer, ans.answer
    ans = ask(corpus_ctx, "江西22年的政府工作报告是哪天作的")
    assert "2022年1月17日" in ans.answer, ans.answer
    # a task's deadline asked with 报告 in the question is still the task's
    assert ask(corpus_ctx, "报告里快速路什么时候完成").intent == "status"


def test_definition_asked_question_word_first(corpus_ctx: Context) -> None:
    ans = ask(corpus_ctx, "什么叫四首")
    assert ans.intent == "fact" and ans.answer.startswith("“四首”指") and "区域首店" in ans.answer, ans.answer


def test_unit_overdue_counts_among_its_tasks(corpus_dir: Path, tmp_path: Path) -> None:
    """Before any deadline passes, a unit has tasks but none overdue: say that, not "no tasks"."""
    import datetime as dt

    settings = load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none")
    ctx = new_context(settings, frozen_now=dt.datetime(2021, 3, 1, 10, tzinfo=settings.tz))
    ingest_paths(ctx, [corpus_dir])
    try:
        ans = ask(ctx, "发改委有几项逾期")
        assert ans.intent == "unit_tasks" and "没有逾期" in ans.answer and "64项" in flat(ans.answer), ans.answer
    finally:
        ctx.close()


def test_a_revised_report_supersedes_the_old_one(tmp_path: Path) -> None:
    """The same region's report for the same year under a new file name: ingest says which one
    it replaces, answers come from the new one, and re-ingesting both changes nothing."""
    folder = tmp_path / "docs"
    folder.mkdir()
    old = folder / "a_初稿.txt"
    new = folder / "b_修订稿.txt"
    text = EXAMPLE_REPORT.read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none"))
    try:
        ingest_paths(ctx, [old])
        assert "5.5%左右" in flat(ask(ctx, "示例市2025年GDP增长目标").answer)
        new.write_text(text.replace("地区生产总值增长5.5%左右", "地区生产总值增长6%左右"), encoding="utf-8")
        [result] = ingest_paths(ctx, [new])
        assert result.supersedes == ["a_初稿.txt"] and result.to_dict()["supersedes"] == ["a_初稿.txt"]
        ans = ask(ctx, "示例市2025年GDP增长目标")
        assert "6%左右" in flat(ans.answer) and "5.5%" not in ans.answer, ans.answer
        assert all(s["file"] == "b_修订稿.txt" for s in ans.sources)
        again = ingest_paths(ctx, [folder])
        assert [r.status for r in again] == ["unchanged", "unchanged"]
        assert "6%左右" in flat(ask(ctx, "示例市2025年GDP增长目标").answer)
    finally:
        ctx.close()


@pytest.mark.parametrize("args", [["ask", "示例市2025年GDP增长目标是多少"], ["tasks"]])
def test_output_into_a_closed_pipe_has_no_traceback(tmp_path: Path, args: list[str]) -> None:
    """`ducha ask … | head`: the reader leaves before the command is done writing; the
    command ends quietly (exit 0), with no traceback on stderr."""
    env = {**os.environ, "DUCHA_DATA_DIR": str(tmp_path / "var"), "DUCHA_EMBEDDING": "none",
           "PYTHONPATH": str(PROJECT)}
    ingest = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(EXAMPLES)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    cmd = subprocess.Popen([sys.executable, "-m", "bot.cli", *args], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cmd.stdout.close()  # the reader is gone before the first line is written
    _, err = cmd.communicate(timeout=300)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()[-500:]
    assert cmd.returncode == 0


def test_how_many_tasks_a_table_lists(corpus_ctx: Context) -> None:
    """"方案一共多少项，生态环境那块几项": the table's count and the named part's."""
    ans = ask(corpus_ctx, "方案里一共多少项任务，生态环境方面有几项")
    text = flat(ans.answer)
    assert ans.intent == "plan_count" and "166项" in text and "18项" in text, ans.answer


def test_bracketed_place_is_part_of_a_name(corpus_ctx: Context) -> None:
    from answers.regions import parse_region

    assert parse_region("中国（江西）工业互联网创新发展大会是哪年办的", home="江西省").name is None
    ans = ask(corpus_ctx, "国家（江西）北斗综合应用示范项目进展怎么样")
    assert "基本建成" in ans.answer, ans.answer


def test_a_numbered_line_the_reports_never_name_is_not_found(corpus_ctx: Context) -> None:
    """The reports speak of 地铁1号线 and 2号线; 9号线 is not there, whatever the other words."""
    ans = ask(corpus_ctx, "南昌地铁9号线啥时候开工")
    assert ans.intent == "none", ans.answer


def test_a_table_of_a_year_not_loaded_is_not_found_for_good(corpus_ctx: Context) -> None:
    """"24年那个重点任务分解表里 X是谁牵头的" with only the 2021 table: "no 2024 table", and no
    later reading of the message without its table words answers with the 2021 task (round 57h)."""
    ans = ask(corpus_ctx, "24年那个重点任务分解表里 老旧小区改造是谁牵头的")
    assert ans.intent == "none" and "2024年的分工方案" in ans.answer, ans.answer
