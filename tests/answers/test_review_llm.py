"""`ducha review --llm`: a chat model reads the tasks the words leave unnamed. Its answer counts
only when the phrase it quotes stands in the sentence it names; a made-up quote, "无", or an
endpoint that fails leaves the lexical labels as they were."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from answers.review_run import run_review
from retrieval.ingest import ingest_paths
from tests.answers.test_review_related import PLAN, REPORT
from tests.support.llm_standin import ChatStandin, Fault

ROOT = Path(__file__).resolve().parents[2]


def quoting(phrase_of_line):
    """A model that finds the listed sentence holding a word and quotes what `phrase_of_line` gives."""
    def model(messages):
        user = messages[-1]["content"]
        if "海绵" not in user.split("报告回顾原文")[0]:
            return "无"
        for line in user.splitlines():
            m = re.match(r"(\d+)\. (.*)", line)
            if m and "海绵" in m.group(2):
                return f"{m.group(1)}|{phrase_of_line(m.group(2))}"
        return "无"
    return model


@pytest.fixture
def files(tmp_path):
    plan, report = tmp_path / "plan.txt", tmp_path / "report.txt"
    plan.write_text(PLAN, encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    return plan, report


def review_with(model, make_ctx, files):
    with ChatStandin(model) as standin:
        ctx = make_ctx(DUCHA_EMBEDDING="none", DUCHA_LLM_BASE_URL=standin.base_url, DUCHA_LLM_MODEL="standin",
                       DUCHA_LLM_TIMEOUT=2)
        assert all(r.status == "ingested" for r in ingest_paths(ctx, list(files)))
        items = {i.code: i for i in run_review(ctx, 2025, llm=True).items}
        return items, standin


def test_a_quoted_phrase_standing_in_its_sentence_makes_progress(make_ctx, files):
    items, standin = review_with(quoting(lambda s: "“美丽海绵小镇”"), make_ctx, files)
    sponge = items["1.3"]
    assert sponge.label == "progress" and "白沙镇获评省级美丽海绵小镇" in sponge.evidence
    assert "美丽海绵小镇" in sponge.note and "模型" in sponge.note
    assert items["1.4"].label == "not_mentioned"  # the model said 无
    assert standin.served  # asked over HTTP, one task at a time


def test_a_quote_the_review_does_not_hold_is_not_taken(make_ctx, files):
    items, _ = review_with(quoting(lambda s: "海绵城市示范区建成投用"), make_ctx, files)
    assert items["1.3"].label == "not_mentioned" and items["1.3"].evidence == ""


def test_an_endpoint_that_fails_keeps_the_lexical_labels(make_ctx, files):
    items, _ = review_with(lambda messages: Fault(status=500, body=b"{}"), make_ctx, files)
    assert items["1.3"].label == "not_mentioned"
    assert {i.label for i in items.values()} <= {"done", "progress", "not_mentioned"}


def test_llm_without_a_configured_model_is_a_clear_error(tmp_path, files):
    env = {**os.environ, "DUCHA_DATA_DIR": str(tmp_path / "var"), "DUCHA_EMBEDDING": "none", "PYTHONPATH": str(ROOT)}
    env.pop("DUCHA_LLM_BASE_URL", None)
    env.pop("DUCHA_LLM_MODEL", None)
    subprocess.run([sys.executable, "-m", "bot.cli", "ingest", *map(str, files)], env=env, check=True, capture_output=True)
    r = subprocess.run([sys.executable, "-m", "bot.cli", "review", "--plan", "2025", "--llm"], env=env,
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 2 and "DUCHA_LLM_BASE_URL" in r.stderr and "Traceback" not in r.stderr
