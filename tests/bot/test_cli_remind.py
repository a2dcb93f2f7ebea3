"""`ducha remind` as the contract says: the JSON, --dry-run, a rerun adding nothing, and
real delivery through PTB over HTTP to a local Bot API stand-in (429 and 403 included)."""
from __future__ import annotations

import asyncio

import json

import pytest

from bot.cli import main
from bot.wiring import new_context
from core.settings import load_settings
from tests.support import reminders_fixtures as fx
from tests.support.telegram_standin import TOKEN, TelegramStandIn

SUPERVISION = -100900


@pytest.fixture
def data(monkeypatch, tmp_path):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DUCHA_SUPERVISION_CHAT_ID", str(SUPERVISION))
    ctx = new_context(load_settings())
    fx.bind(ctx.db, "市发展改革委", 1001)
    fx.bind(ctx.db, "市教育局", 1002)
    fx.task(ctx.db, "1.1", due="2024-06-28", lead=["市发展改革委", "市统计局"], text="加快推进重大项目建设。")
    fx.task(ctx.db, "1.2", due="2024-06-21", lead=["市教育局"], leaders=["王五"])
    ctx.close()
    return tmp_path / "var"


def remind(capsys, *argv):
    code = main(["remind", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_contract_dry_run_and_rerun(data, capsys):
    code, out, _ = remind(capsys, "--date", "2024-06-28", "--dry-run", "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["date"] == "2024-06-28" and plan["workday"] is True
    got = {(r["task"], r["unit"], r["chat_id"], r["kind"], r["due"]) for r in plan["reminders"]}
    assert got == {
        ("1.1", "市发展改革委", 1001, "due_today", "2024-06-28"),
        ("1.1", "市统计局", None, "due_today", "2024-06-28"),
        ("1.2", "市教育局", 1002, "overdue", "2024-06-21"),
        ("1.2", "市教育局", SUPERVISION, "escalation", "2024-06-21"),
    }
    assert all(set(r) == {"task", "unit", "chat_id", "kind", "due", "text"} for r in plan["reminders"])
    assert all("/progress " + r["task"] in r["text"] for r in plan["reminders"] if r["kind"] != "escalation")

    code, out, err = remind(capsys, "--date", "2024-06-28", "--json")  # records (no token: not sent)
    assert code == 0 and len(json.loads(out)["reminders"]) == 4
    code, out, _ = remind(capsys, "--date", "2024-06-28", "--json")
    assert json.loads(out)["reminders"] == []  # the same day again: nothing new
    code, out, _ = remind(capsys, "--date", "2024-06-29", "--json")
    assert json.loads(out) == {"date": "2024-06-29", "workday": False, "reminders": []}


def test_plain_output_is_readable(data, capsys):
    code, out, _ = remind(capsys, "--date", "2024-06-28")
    assert code == 0
    assert "2024-06-28（星期五）工作日：新提醒 4 条" in out
    assert "[今日到期] 1.1 → 市统计局（未绑定）" in out
    assert "未设置 TELEGRAM_BOT_TOKEN" in out


def test_bad_date_exits_2(data, capsys):
    code, _, err = remind(capsys, "--date", "2024/06/28")
    assert code == 2 and "YYYY-MM-DD" in err


def test_sends_through_the_bot_api_with_flood_control_and_a_kicked_chat(data, capsys, monkeypatch):
    with TelegramStandIn() as tg:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", tg.base_url)
        tg.fail("sendMessage", 429, times=1, retry_after=1)
        tg.forbid(1002)
        code, out, _ = remind(capsys, "--date", "2024-06-28", "--force")
        assert code == 0 and "已发送 2 条" in out and "每日汇总已发到督查室工作群" in out
        delivered = [(c.chat_id, c.text) for c in tg.sent("sendMessage")]
        # escalation + "binding lost" + the daily digest, as the scheduler's run sends them
        assert sorted(c for c, _ in delivered) == [SUPERVISION, SUPERVISION, SUPERVISION, 1001]
        assert any("1.1 加快推进重大项目建设" in t for c, t in delivered if c == 1001)
        assert any("绑定失效" in t and "市教育局" in t for c, t in delivered if c == SUPERVISION)
        assert any("2024-06-28" in t and "逾期" in t for c, t in delivered if c == SUPERVISION)
        assert [c.chat_id for c in tg.sent("sendPhoto")] == [SUPERVISION]  # the status chart
        # Run again: nothing new, nothing resent, the digest not twice.
        code, out, _ = remind(capsys, "--date", "2024-06-28", "--force")
        assert "已发送 0 条" in out and "每日汇总" not in out and len(tg.sent("sendMessage")) == 4
    ctx = new_context(load_settings())
    try:
        assert ctx.db.execute("SELECT active FROM bindings WHERE chat_id = 1002").fetchone() == (0,)
    finally:
        ctx.close()


def test_rejected_token_is_a_user_error_and_keeps_the_record(data, capsys, monkeypatch):
    with TelegramStandIn() as tg:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "42:not-the-right-token")
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", tg.base_url)
        code, _, err = remind(capsys, "--date", "2024-06-28", "--force")
    assert code == 2 and "TELEGRAM_BOT_TOKEN" in err and len(err.strip().splitlines()) == 1
    ctx = new_context(load_settings())
    try:
        assert ctx.db.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetchone()[0] == 3
    finally:
        ctx.close()


def test_a_run_is_audited_a_dry_run_is_not(data, capsys):
    from store.audit import list_audit

    assert remind(capsys, "--date", "2024-06-28", "--dry-run")[0] == 0
    assert remind(capsys, "--date", "2024-06-28")[0] == 0
    ctx = new_context(load_settings())
    try:
        trail = [(a.action, a.target, a.detail, a.user_name.startswith("cli")) for a in list_audit(ctx.db)]
    finally:
        ctx.close()
    assert trail == [("remind_now", "2024-06-28", "new=4 sent=0", True)]


def test_past_date_with_a_token_refuses_without_force(data, capsys, monkeypatch):
    with TelegramStandIn() as tg:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", tg.base_url)
        code, out, err = remind(capsys, "--date", "2024-06-28")
        assert code == 2 and "2024-06-28 已经过去" in err and "--force" in err and "--dry-run" in err
        assert tg.sent("sendMessage") == []
    ctx = new_context(load_settings())
    try:
        assert ctx.db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
    finally:
        ctx.close()


def test_past_date_without_a_token_is_recorded_but_never_sent(data, capsys):
    code, out, err = remind(capsys, "--date", "2024-06-28", "--json")
    assert code == 0 and len(json.loads(out)["reminders"]) == 4 and "不会发送" in err
    from reminders.sender import deliver_pending

    ctx = new_context(load_settings())
    try:
        bot = fx.FakeBot()
        assert asyncio.run(deliver_pending(ctx, bot)) == 0 and bot.sent == []  # the bot starting later sends none
    finally:
        ctx.close()


def test_undelivered_reminders_are_listed_in_the_output(data, capsys, monkeypatch):
    with TelegramStandIn() as tg:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", tg.base_url)
        tg.forbid(1002)
        code, out, _ = remind(capsys, "--date", "2024-06-28", "--force")
    tail = out.split("未送达：", 1)[1]
    assert "市统计局：1 条，该单位未绑定群聊" in tail and "市教育局：1 条，群聊 1002 无法接收" in tail
