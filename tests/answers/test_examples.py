"""`ask` on the fictional 示例市 documents the project ships: nothing here was tuned on them,
so these check that the rules carry over to a region and a table they never saw."""
from __future__ import annotations

from tests.support.paths import EXAMPLES

import datetime as dt
from pathlib import Path

import pytest

from answers.ask import ask
from bot.wiring import new_context
from core.settings import load_settings

TODAY = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def example_ctx(tmp_path_factory: pytest.TempPathFactory):
    from retrieval.ingest import ingest_paths

    files = sorted(EXAMPLES.glob("示例市*.txt"))
    if len(files) < 2:
        pytest.skip("examples/ has no sample report and table")
    settings = load_settings(DUCHA_DATA_DIR=str(tmp_path_factory.mktemp("answers_examples")), DUCHA_EMBEDDING="none")
    ctx = new_context(settings, frozen_now=dt.datetime(2025, 3, 1, 9, tzinfo=settings.tz))
    ingest_paths(ctx, files)
    yield ctx
    ctx.close()


def flat(text: str) -> str:
    return "".join(text.split())


def test_region_of_an_ingested_document_is_recognised(example_ctx) -> None:
    ans = ask(example_ctx, "示例市2025年GDP增长目标", today=TODAY)
    assert ans.intent == "target" and "5.5%左右" in flat(ans.answer)
    ans = ask(example_ctx, "示例市2023年GDP增长多少", today=TODAY)
    assert ans.intent == "none" and "2025" in ans.answer  # says which years exist


def test_review_year_and_glossary(example_ctx) -> None:
    assert "86个" in flat(ask(example_ctx, "示例市去年改造了多少个老旧小区", today=TODAY).answer)
    ans = ask(example_ctx, "强链工程是什么意思", today=TODAY)
    assert "新材料" in ans.answer and ans.answer.splitlines()[-1].startswith("来源：")


def test_owner_and_lists_on_the_example_table(example_ctx) -> None:
    ans = ask(example_ctx, "5G基站那项谁牵头", today=TODAY)
    assert ans.intent == "owner" and ans.tasks[0]["code"] == "1.2"
    assert "林晓东" in ans.answer and "发展改革委" in ans.answer
    ans = ask(example_ctx, "一网通办改革是发改委牵头吗", today=TODAY)
    assert ans.answer.startswith("不是") and "政务服务办" in ans.answer
    ans = ask(example_ctx, "林晓东牵头哪些任务", today=TODAY)
    assert ans.intent == "leader_tasks" and [t["code"] for t in ans.tasks] == ["1.1", "1.2"]
