"""The optional LLM path against a real OpenAI-compatible server on 127.0.0.1 (a stand-in
with scripted replies): faithful rewordings are sent, every kind of lie or failure sends the
extractive answer, and `ducha eval --llm` counts which happened and why."""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from answers.ask import ask
from bot.wiring import new_context
from core.settings import load_settings
from tests.support.llm_standin import ChatStandin, Fault, faithful, scripted

TODAY = dt.date(2024, 3, 1)
GDP = "2024年江西省地区生产总值增长目标是多少"
OWNER = "青年发展规划实施试点谁牵头？"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    from retrieval.ingest import ingest_paths

    path = tmp_path_factory.mktemp("llm_var")
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(path), DUCHA_EMBEDDING="none"))
    ingest_paths(ctx, [corpus_dir])
    ctx.close()
    return path


_EXTRACTIVE: dict = {}


@pytest.fixture
def ask_with(data_dir: Path):
    """ask(question) through a stand-in model serving `replies`; returns (answer, extractive, standin)."""
    opened: list = []

    def _ask(question: str, *replies, timeout: float = 5.0, key: str | None = None):
        standin = ChatStandin(scripted(*replies) if replies and not callable(replies[0]) else replies[0])
        opened.append(standin)
        if question not in _EXTRACTIVE:
            plain = new_context(load_settings(DUCHA_DATA_DIR=str(data_dir), DUCHA_EMBEDDING="none"))
            _EXTRACTIVE[question] = ask(plain, question, today=TODAY)
            plain.close()
        extractive = _EXTRACTIVE[question]
        env = dict(DUCHA_DATA_DIR=str(data_dir), DUCHA_EMBEDDING="none", DUCHA_LLM_BASE_URL=standin.base_url,
                   DUCHA_LLM_MODEL="standin", DUCHA_LLM_TIMEOUT=str(timeout))
        if key:
            env["DUCHA_LLM_API_KEY"] = key
        ctx = new_context(load_settings(**env))
        try:
            return ask(ctx, question, today=TODAY), extractive, standin
        finally:
            ctx.close()

    yield _ask
    for s in opened:
        s.close()


def test_faithful_paraphrase_is_sent_with_quote_and_source(ask_with) -> None:
    reply = "按照2024年江西省政府工作报告，全省地区生产总值预期增长5%左右。"
    ans, extractive, standin = ask_with(GDP, reply, key="sk-test")
    assert ans.phrasing == "llm"
    assert ans.answer.startswith(reply)
    assert ans.answer.splitlines()[-1] == extractive.answer.splitlines()[-1]  # our source line
    assert any(ln.startswith("原文：") for ln in ans.answer.splitlines())
    assert ans.intent == extractive.intent and ans.sources == extractive.sources
    # the request is an OpenAI chat completion with the key, and the prompt holds the evidence
    request = standin.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer sk-test"
    prompt = request["body"]["messages"][-1]["content"]
    assert "地区生产总值增长5%左右" in prompt and request["body"]["model"] == "standin"


@pytest.mark.parametrize("lie, reason", [
    # the issue's lie: 7.5% stands in another retrieved passage (亩均工业增加值增长7.5%)
    ("江西省2024年地区生产总值增长目标为7.5%左右", "figure"),
    # another indicator's figure from the very sentence quoted (规上工业增加值 6.5%左右)
    ("江西省2024年地区生产总值增长目标为6.5%左右", "figure"),
    ("江西省2024年地区生产总值增长目标为5%以上", "qualifier"),
    ("江西省2024年地区生产总值增长目标为5%", "qualifier"),
    ("江西省2024年地区生产总值增长目标为5个百分点左右", "unit"),
    ("赣州市2024年地区生产总值增长目标为5%左右", "region"),
    ("江西省2023年地区生产总值增长目标为5%左右", "year"),
    ("江西省二〇二三年地区生产总值增长目标为5%左右", "year"),
    ("江西省2024年地区生产总值增长目标为5%左右，由省统计局牵头落实", "owner"),
    ("江西省2024年经济增长目标已经明确", "key_missing"),
    ("文件中没有找到相关内容。", "declined"),
])
def test_lies_fall_back_to_the_extractive_answer(ask_with, caplog, lie: str, reason: str) -> None:
    with caplog.at_level(logging.INFO, logger="answers.llm"):
        ans, extractive, _ = ask_with(GDP, lie)
    assert ans.answer == extractive.answer
    assert ans.phrasing == f"fallback:{reason}"
    lines = [r.getMessage() for r in caplog.records if r.name == "answers.llm"]
    assert len(lines) == 1 and f"({reason}" in lines[0]


def test_the_issue_lie_is_logged_as_standing_elsewhere(ask_with, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="answers.llm"):
        ask_with(GDP, "江西省2024年地区生产总值增长目标为7.5%左右")
    assert "elsewhere in the retrieved passages" in caplog.records[-1].getMessage()


def test_figures_are_bound_to_their_year(ask_with) -> None:
    question = "江西2022年和2024年GDP目标分别是多少"
    ok, _, _ = ask_with(question, "2022年江西GDP目标是增长7%以上；2024年是增长5%左右。")
    assert ok.phrasing == "llm"
    swapped, extractive, _ = ask_with(question, "2022年江西GDP目标是增长5%左右；2024年是增长7%以上。")
    assert swapped.answer == extractive.answer and swapped.phrasing == "fallback:year"


def test_owner_paraphrase_and_owner_lies(ask_with) -> None:
    ok, extractive, _ = ask_with(OWNER, "第1.14项任务由团省委牵头，吴浩同志分管，各设区市政府配合，2021-12-31前完成。")
    assert ok.phrasing == "llm" and "团省委" in ok.answer
    assert ok.answer.splitlines()[-1] == extractive.answer.splitlines()[-1]
    for lie, why in [
        ("第1.14项任务由省教育厅牵头。", "an invented unit"),
        ("第1.14项任务由各设区市政府牵头。", "a co-unit named as the lead"),
        ("第1.14项任务由团省委牵头，王建国同志分管。", "an invented leader"),
        ("第1.14项任务由团省委牵头，省发展改革委配合。", "a unit of other tasks"),
    ]:
        ans, extractive, _ = ask_with(OWNER, lie)
        assert ans.answer == extractive.answer, why
        assert ans.phrasing == "fallback:owner", why


@pytest.mark.parametrize("fault, reason", [
    (Fault(sleep=1.5, text="江西省2024年地区生产总值增长目标为5%左右。"), "timeout"),
    (Fault(status=500, body=b'{"error": "overloaded"}'), "http_error"),
    (Fault(status=200, body=b"<html>gateway</html>"), "malformed"),
    (Fault(status=200, body=b'{"choices": []}'), "malformed"),
    (Fault(status=200, body=b'{"choices": [{"message": {"content": null}}]}'), "malformed"),
])
def test_endpoint_failures_fall_back(ask_with, fault: Fault, reason: str) -> None:
    ans, extractive, _ = ask_with(GDP, fault, timeout=0.3)
    assert ans.answer == extractive.answer
    assert ans.phrasing == f"fallback:{reason}"


def test_unreachable_endpoint_falls_back(data_dir: Path) -> None:
    settings = load_settings(DUCHA_DATA_DIR=str(data_dir), DUCHA_EMBEDDING="none",
                             DUCHA_LLM_BASE_URL="http://127.0.0.1:9/v1", DUCHA_LLM_MODEL="x")
    ctx = new_context(settings)
    try:
        ans = ask(ctx, GDP, today=TODAY)
    finally:
        ctx.close()
    assert ans.phrasing == "fallback:http_error" and "5%左右" in ans.answer


def test_answers_without_evidence_are_not_sent(ask_with) -> None:
    ans, extractive, standin = ask_with("抚州市2024年GDP增长目标是多少？", "抚州市2024年目标为6%")
    assert ans.intent == "none" and ans.answer == extractive.answer and not standin.requests


def test_eval_llm_counts_used_and_fallbacks(data_dir: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    from bot import cli

    items = [
        {"id": "1", "kind": "target", "question": GDP, "must_contain_any": ["5%左右"]},
        {"id": "2", "kind": "owner", "question": OWNER, "must_contain_any": ["团省委"]},
        {"id": "3", "kind": "none", "question": "抚州市2024年GDP增长目标是多少？", "must_contain_any": ["没有"]},
    ]
    qset = tmp_path / "set.json"
    qset.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")

    def model(messages):
        text = faithful(messages)
        return text.replace("5%左右", "5%以上") if "5%左右" in text else text  # lies on the GDP target

    with ChatStandin(model) as standin:
        for key, value in dict(DUCHA_DATA_DIR=str(data_dir), DUCHA_EMBEDDING="none",
                               DUCHA_LLM_BASE_URL=standin.base_url, DUCHA_LLM_MODEL="standin").items():
            monkeypatch.setenv(key, value)
        assert cli.main(["eval", "--set", str(qset), "--llm", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert cli.main(["eval", "--set", str(qset), "--llm"]) == 0
        plain = capsys.readouterr().out
    llm = out["metrics"]["llm"]
    assert out["metrics"]["accuracy"] == 1.0 and llm["extractive_accuracy"] == 1.0
    assert (llm["tried"], llm["used"], llm["fallback"], llm["not_tried"]) == (2, 1, 1, 1)
    assert llm["fallback_by_reason"] == {"qualifier": 1}
    assert [i["phrasing"] for i in out["items"]] == ["fallback:qualifier", "llm", "extractive"]
    assert "采用 1 题" in plain and "qualifier" in plain
    monkeypatch.delenv("DUCHA_LLM_BASE_URL")
    assert cli.main(["eval", "--set", str(qset), "--llm"]) == 2
