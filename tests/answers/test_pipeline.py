"""`ask` end to end on the sample corpus (BM25 only, ingested once per module), the eval
scorer and the CLI contract (the LLM path: test_llm.py)."""
from __future__ import annotations

from tests.support.paths import DATA

import datetime as dt
import json
from pathlib import Path

import pytest

from answers.ask import ask
from answers.evaluate import run_eval, score
from bot.wiring import new_context
from core.settings import load_settings

TODAY = dt.date(2024, 3, 1)
DATA = DATA / "questions.json"


@pytest.fixture(scope="module")
def corpus_ctx(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path):
    from retrieval.ingest import ingest_paths

    settings = load_settings(DUCHA_DATA_DIR=str(tmp_path_factory.mktemp("answers_var")), DUCHA_EMBEDDING="none")
    ctx = new_context(settings, frozen_now=dt.datetime(2024, 3, 1, 10, tzinfo=settings.tz))
    ingest_paths(ctx, [corpus_dir])
    yield ctx
    ctx.close()


def flat(text: str) -> str:
    return "".join(text.split())


def test_target_answer_is_figure_first_and_sourced(corpus_ctx) -> None:
    ans = ask(corpus_ctx, "24年GDP目标多少", today=TODAY)
    assert ans.intent == "target"
    first, *rest = ans.answer.split("\n")
    assert "5%左右" in first and "2024" in first
    assert rest[-1].startswith("来源：") and "2024" in rest[-1] and "工作安排" in rest[-1]
    assert len(ans.answer) <= 500
    src = ans.sources[0]
    assert src["region"] == "江西省" and src["year"] == 2024 and "5%左右" in flat(src["text"])


def test_city_scope_and_cross_year(corpus_ctx) -> None:
    assert "5.0%左右" in flat(ask(corpus_ctx, "南昌2024年GDP增长目标？", today=TODAY).answer)
    assert "8.5%以上" in flat(ask(corpus_ctx, "赣州23年社零总额增长目标多少？", today=TODAY).answer)
    # the 2022 report's review answers for 2021
    assert "8.8%" in flat(ask(corpus_ctx, "2021年全省GDP实际增长了多少？", today=TODAY).answer)
    # "去年" relative to the report year
    assert "100家" in flat(ask(corpus_ctx, "南昌去年引进了多少家首店？", today=TODAY).answer)


def test_two_years_in_one_question(corpus_ctx) -> None:
    ans = ask(corpus_ctx, "江西2022年和2024年GDP目标分别是多少", today=TODAY)
    first, second = ans.answer.split("\n")[:2]
    assert "2022" in first and "7%以上" in first and "2024" in second and "5%左右" in second
    assert len(ans.sources) == 2


def test_none_says_so_and_tells_what_is_there(corpus_ctx) -> None:
    ans = ask(corpus_ctx, "抚州市2024年GDP增长目标是多少？", today=TODAY)
    assert ans.intent == "none" and "没有找到" in ans.answer
    ans = ask(corpus_ctx, "2023年江西GDP增长目标是多少", today=TODAY)
    assert ans.intent == "none"
    assert "4.1%" in flat(ans.answer) and "目标" in ans.answer  # only the 2023 result exists
    ans = ask(corpus_ctx, "2024年江西新能源汽车产量目标是多少", today=TODAY)
    assert ans.intent == "none" and "%" not in ans.answer


def test_my_city_means_the_chat_region(corpus_ctx) -> None:
    ans = ask(corpus_ctx, "我市今年社零增长目标是多少", region="南昌市", today=TODAY)
    assert "7.0%左右" in flat(ans.answer) and ans.sources[0]["region"] == "南昌市"
    # a named region wins over the chat's default
    assert "6.5%左右" in flat(ask(corpus_ctx, "江西今年社零增长目标", region="南昌市", today=TODAY).answer)


def test_target_only_in_the_responsibility_table(corpus_ctx) -> None:
    ans = ask(corpus_ctx, "2021年江西新增上市公司目标是多少", today=TODAY)
    assert ans.intent == "target" and "10家左右" in flat(ans.answer) and ans.tasks[0]["code"] == "4.10"
    # the table has no GDP target: the 2022 report's review of 2021 is what there is
    ans = ask(corpus_ctx, "2021年江西GDP增长目标是多少", today=TODAY)
    assert ans.intent == "none" and "8.8%" in flat(ans.answer)


def test_glossary(corpus_ctx) -> None:
    ans = ask(corpus_ctx, "南昌报告里说的“四首”是什么意思？", today=TODAY)
    assert ans.intent == "fact"
    for word in ("区域首店", "行业首牌", "品牌首秀", "新品首发"):
        assert word in ans.answer


def test_owner_with_wrong_premise_and_lists(corpus_ctx) -> None:
    ans = ask(corpus_ctx, "老旧小区改造是发改委牵头吗", today=TODAY)
    assert ans.intent == "owner" and ans.answer.startswith("不是")
    assert "省住房城乡建设厅" in ans.answer and ans.tasks[0]["code"] == "6.20"
    task = ans.tasks[0]
    assert set(task) >= {"code", "text", "leaders", "lead_units", "co_units", "due", "status"}

    ans = ask(corpus_ctx, "林业局牵头哪些任务？", today=TODAY)
    assert ans.intent == "unit_tasks"
    assert "共3项" in ans.answer and "/task" in ans.answer
    assert {t["code"] for t in ans.tasks} == {"3.15", "7.13", "7.17"}

    ans = ask(corpus_ctx, "易炼红同志牵头的是哪项工作？", today=TODAY)
    assert ans.intent == "leader_tasks" and [t["code"] for t in ans.tasks] == ["4.1"]


def test_status_questions(corpus_ctx) -> None:
    early = ask(corpus_ctx, "哪些逾期了", today=dt.date(2021, 3, 1))
    assert early.intent == "status" and not early.tasks and "没有" in early.answer
    late = ask(corpus_ctx, "哪些逾期了", today=TODAY)  # the 2021 plan was due at the end of 2021
    assert late.intent == "status" and len(late.tasks) == 166 and "共166项" in late.answer
    assert "另有" in late.answer and len(late.answer.split("\n")) < 25  # a phone-sized list
    week = ask(corpus_ctx, "本周到期的任务有哪些", today=dt.date(2021, 12, 28))
    assert week.tasks and all(t["due"] == "2021-12-31" for t in week.tasks)


def test_eval_on_own_set_and_examples(corpus_ctx) -> None:
    result = run_eval(corpus_ctx, DATA)
    assert result["metrics"]["n"] >= 120
    assert result["metrics"]["accuracy"] >= 0.95, [i for i in result["items"] if not i["ok"]][:5]
    kinds = set(result["metrics"]["by_kind"])
    assert kinds >= {"target", "fact", "owner", "unit_tasks", "leader_tasks", "scope", "none"}


def test_score_rules() -> None:
    item = {"kind": "target", "must_contain_any": ["5%左右"], "must_contain_all": ["5%左右"]}
    assert score(item, "目标 5% 左右", "target")
    assert not score(item, "目标5%左右", "none")
    none_item = {"kind": "none", "must_contain_any": ["没有"]}
    assert score(none_item, "文件中没有找到", "none") and not score(none_item, "文件中没有找到", "fact")


def test_cli_ask_json_and_eval_set(corpus_ctx, capsys, monkeypatch) -> None:
    from bot import cli

    monkeypatch.setenv("DUCHA_DATA_DIR", str(corpus_ctx.settings.data_dir))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    assert cli.main(["ask", "5G网络连续覆盖那项谁牵头？", "--json", "--date", "2024-03-01"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"answer", "intent", "sources", "tasks"} and out["intent"] == "owner"
    assert "省发展改革委" in out["answer"] and "省通信管理局" in out["answer"]

    small = corpus_ctx.settings.data_dir / "set.json"
    small.write_text(json.dumps([{"id": "x", "kind": "none", "question": "抚州市2024年GDP目标", "must_contain_any": ["没有"]}], ensure_ascii=False), encoding="utf-8")
    assert cli.main(["eval", "--set", str(small), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["items"][0]["ok"] is True and out["metrics"]["accuracy"] == 1.0
    assert cli.main(["eval", "--set", str(small.with_name("missing.json"))]) == 2


def test_an_item_that_raises_is_scored_wrong_and_the_set_goes_on(tmp_path: Path, monkeypatch) -> None:
    """One question's fault (a bug, a RecursionError) never loses the rest of an eval run."""
    import answers.ask as ask_module

    real = ask_module.ask

    def flaky(ctx, question, **kw):
        if "坏" in question:
            raise RecursionError("maximum recursion depth exceeded")
        return real(ctx, question, **kw)

    monkeypatch.setattr(ask_module, "ask", flaky)
    path = tmp_path / "set.json"
    path.write_text(json.dumps([
        {"id": "a", "kind": "none", "question": "坏问题", "must_contain_any": [], "must_contain_all": []},
        {"id": "b", "kind": "none", "question": "火星基地建几个", "must_contain_any": [], "must_contain_all": []},
    ], ensure_ascii=False), encoding="utf-8")
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none"))
    try:
        result = run_eval(ctx, path)
    finally:
        ctx.close()
    items = {i["id"]: i for i in result["items"]}
    assert result["metrics"]["errors"] == 1 and not items["a"]["ok"] and "内部错误" in items["a"]["answer"]
    assert items["b"]["ok"], items["b"]
