"""`ducha run` where its users are: a Bot API that is not there yet, a server without the
optional methods, every request through a proxy (HTTP and SOCKS5), a webhook without a
secret, and reminders delivered through groups that migrated, flood control, 5xx and a
kicked bot — all over real HTTP against the stand-in (tests/support/telegram_standin.py).
"""
from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.bot.test_run_e2e import HELP_MARK, STAFF, BotProcess, base_env, ducha, reply_after, running_bot
from tests.support import reminders_fixtures as fx
from tests.support.paths import PROJECT
from tests.support.proxies import CountingHTTPProxy, CountingSocks5Proxy
from tests.support.telegram_standin import TOKEN, TelegramStandIn, chat_private, user

ADMIN = user(1001, "李主任", "admin_li")
SUPERVISION = -100500
DAY = dt.date(2024, 6, 28)  # a Friday and a working day: the seeded pass is for it
# How long the Bot API stays away in the outage tests; 60 for the full minute (docs/benchmarks.md).
OUTAGE = float(os.environ.get("DUCHA_TEST_OUTAGE_SECONDS", "6"))


def seed(data_dir: Path, units: int) -> dict[int, str]:
    """`units` bound units, each with one task due on DAY, and the pass for DAY recorded:
    `units` pending reminders. Returns chat id -> task code."""
    from bot.wiring import new_context
    from core.settings import load_settings
    from reminders.daily_pass import run_pass

    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(data_dir)), frozen_now=dt.datetime(2024, 6, 28, 9, 0))
    try:
        chats = {}
        for n in range(1, units + 1):
            chat = -200000 - n
            fx.bind(ctx.db, f"第{n}测试局", chat)
            fx.task(ctx.db, f"2.{n}", due=DAY.isoformat(), lead=[f"第{n}测试局"])
            chats[chat] = f"2.{n}"
        assert len(run_pass(ctx, DAY, dry_run=False).reminders) == units
        return chats
    finally:
        ctx.close()


def env_for(root: Path, base_url: str, **extra: str) -> dict[str, str]:
    far = (dt.datetime.now() + dt.timedelta(hours=12)).strftime("%H:%M")
    return {**base_env(root / "var"), "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": base_url,
            "DUCHA_ADMIN_IDS": str(ADMIN["id"]), "DUCHA_ALLOWED_CHAT_IDS": str(STAFF["id"]),
            "DUCHA_SUPERVISION_CHAT_ID": str(SUPERVISION), "DUCHA_REMIND_AT": far, **extra}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def outbox_status(root: Path) -> Counter:
    import sqlite3

    with sqlite3.connect(root / "var" / "ducha.db") as conn:
        return Counter(s for (s,) in conn.execute("SELECT status FROM outbox"))


def wait_until(predicate, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def delivered(tg: TelegramStandIn, chats: dict[int, str]) -> Counter:
    return Counter(c.chat_id for c in tg.sent("sendMessage") if c.chat_id in chats)


# ---- start-up ---------------------------------------------------------------------------

def test_unreachable_api_at_start_then_back_serves_and_delivers_without_restart(tmp_path):
    chats = seed(tmp_path / "var", 3)
    port = free_port()
    tg = TelegramStandIn(port=port)
    bot = BotProcess(env_for(tmp_path, f"http://127.0.0.1:{port}/bot"), tmp_path, tg)
    try:
        start = time.monotonic()
        deadline = start + 60 + OUTAGE
        while (bot.output().count("连不上 Telegram Bot API") < 2 or time.monotonic() - start < OUTAGE) and time.monotonic() < deadline:
            assert bot.proc.poll() is None, bot.output()
            time.sleep(0.3)
        tg.start()  # the API comes back
        bot.wait_ready(timeout=60)
        assert HELP_MARK in reply_after(tg, chat_private(STAFF), STAFF, "/help")
        tg.wait_for(lambda c: c.method == "sendMessage" and c.chat_id in chats, count=3, timeout=30)
        assert delivered(tg, chats) == {c: 1 for c in chats}, "reminders due meanwhile went out once the API answered"
    finally:
        bot.stop()
        tg.stop()
    out = bot.log.read_text(encoding="utf-8")
    lines = [line for line in out.splitlines() if "连不上 Telegram Bot API" in line]
    assert len(lines) >= 2 and all("DUCHA_PROXY_URL" in line and "TELEGRAM_API_BASE_URL" in line for line in lines)
    assert "Traceback" not in out
    assert "已连上 Telegram Bot API" in (tmp_path / "var" / "logs" / "ducha.log").read_text(encoding="utf-8")


def test_server_without_optional_methods_still_serves(tmp_path):
    with TelegramStandIn() as tg:
        tg.missing |= {"setMyCommands", "sendChatAction"}
        with running_bot(env_for(tmp_path, tg.base_url), tmp_path, tg) as bot:
            assert HELP_MARK in reply_after(tg, chat_private(STAFF), STAFF, "/help")
            reply_after(tg, chat_private(STAFF), STAFF, "今年的主要目标是什么")
            assert bot.proc.poll() is None
            out = bot.output()
    assert out.count("可选调用 setMyCommands 未成功") == 1 and "Traceback" not in out


def test_rejected_token_stops_with_one_line_and_no_traceback(tmp_path):
    with TelegramStandIn() as tg:
        env = {**env_for(tmp_path, tg.base_url), "TELEGRAM_BOT_TOKEN": "987654321:ZZZwrongTOKENabcdefghijklmnopqrs"}
        done = ducha(env, "run", cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if line.strip()] == [line for line in done.stderr.splitlines() if "被 Bot API 服务器拒绝" in line]
    assert "被 Bot API 服务器拒绝" in (tmp_path / "var" / "logs" / "ducha.log").read_text(encoding="utf-8")


def test_fatal_error_is_one_line_on_stderr_and_in_the_log_with_the_traceback_at_debug(tmp_path):
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "ducha.db").write_bytes(b"not a database " * 512)  # a registry file that is not SQLite
    with TelegramStandIn() as tg:
        done = ducha(env_for(tmp_path, tg.base_url, DUCHA_LOG_LEVEL="DEBUG"), "run", cwd=tmp_path)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if "出错" in line or "rror" in line]
    assert len(lines) == 1 and "内部错误" in lines[0] and "ducha.log" in lines[0] and "Traceback" not in done.stderr
    log_text = (tmp_path / "var" / "logs" / "ducha.log").read_text(encoding="utf-8")
    assert lines[0] in log_text and "Traceback" in log_text


def test_registry_path_that_is_a_folder_is_one_line_naming_it(tmp_path):
    """What every command says (exit 2, the path and what to check); the bot said "internal
    error" while its job store went through SQLAlchemy, which wrapped SQLite's error."""
    (tmp_path / "var" / "ducha.db").mkdir(parents=True)
    with TelegramStandIn() as tg:
        done = ducha(env_for(tmp_path, tg.base_url), "run", cwd=tmp_path)
    lines = [line for line in done.stderr.splitlines() if "ducha.db" in line]
    assert done.returncode == 2 and len(lines) == 1 and "unable to open" in lines[0] and "Traceback" not in done.stderr


def test_webhook_refuses_to_start_without_a_secret(tmp_path):
    with TelegramStandIn() as tg:
        env = env_for(tmp_path, tg.base_url, TELEGRAM_WEBHOOK_URL="https://bot.example.gov.cn/tg", TELEGRAM_WEBHOOK_PORT=str(free_port()))
        done = ducha(env, "run", cwd=tmp_path)
        assert done.returncode == 2 and "TELEGRAM_WEBHOOK_SECRET" in done.stderr
        assert not tg.sent("setWebhook")


def test_webhook_listens_on_loopback_by_default(tmp_path):
    port = free_port()
    with TelegramStandIn() as tg:
        env = env_for(tmp_path, tg.base_url, TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
                      TELEGRAM_WEBHOOK_PORT=str(port), TELEGRAM_WEBHOOK_SECRET="s3cret")
        with running_bot(env, tmp_path, tg):
            time.sleep(0.5)
            listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
    if not listening.strip():
        pytest.skip("`ss` not available to list listening sockets")
    assert [line.split()[3] for line in listening.splitlines()] == [f"127.0.0.1:{port}"]


# ---- the proxy --------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["http", "socks5"])
def test_every_bot_api_request_goes_through_the_proxy(tmp_path, kind):
    chats = seed(tmp_path / "var", 2)
    with TelegramStandIn() as tg:
        hosts = {"standin.invalid": "127.0.0.1"}
        proxy_cls = CountingHTTPProxy if kind == "http" else CountingSocks5Proxy
        with proxy_cls(hosts) as proxy:
            base = f"http://standin.invalid:{tg.port}/bot"  # resolvable only by the proxy
            env = env_for(tmp_path, base, DUCHA_PROXY_URL=proxy.url)
            with running_bot(env, tmp_path, tg):
                assert HELP_MARK in reply_after(tg, chat_private(STAFF), STAFF, "/help")
                say_board = len(tg.sent("sendPhoto"))
                tg.message(chat_private(STAFF), STAFF, "/board")
                tg.wait_sent(STAFF["id"], method="sendPhoto", count=say_board + 1, timeout=60)  # a file upload
                tg.wait_for(lambda c: c.method == "sendMessage" and c.chat_id in chats, count=2)
            # `ducha remind` delivering from a terminal uses the same proxy.
            done = ducha(env, "remind", "--date", DAY.isoformat(), "--force", cwd=tmp_path)
            assert done.returncode == 0, done.stderr
            time.sleep(0.3)
            through = Counter(proxy.methods())
            seen = Counter(c.method for c in tg.calls)
    assert {"getMe", "getUpdates", "sendMessage", "sendPhoto", "setMyCommands"} <= set(seen)
    assert through == seen, "the proxy saw exactly the calls the server got"


# ---- delivery through Telegram's awkward answers ----------------------------------------

def test_migrated_flooded_failing_and_kicked_chats_each_get_what_they_should(tmp_path):
    chats = seed(tmp_path / "var", 6)
    migrated, flooded, failing, kicked, *fine = sorted(chats, reverse=True)
    with TelegramStandIn() as tg:
        tg.migrate(migrated, -1009999)
        tg.fail("sendMessage", 429, times=3, retry_after=2, chat_id=flooded)
        tg.fail("sendMessage", 500, times=2, chat_id=failing)
        tg.forbid(kicked)
        env = env_for(tmp_path, tg.base_url)
        with running_bot(env, tmp_path, tg):
            tg.wait_sent(flooded, timeout=60)
            tg.wait_for(lambda c: c.chat_id == ADMIN["id"] and c.method == "sendMessage" and c.status == 200, timeout=30)
            ok = {c.chat_id: c.at for c in tg.sent("sendMessage")}
    assert -1009999 in ok and migrated not in ok, "the migrated group got its reminder at the new id"
    assert all(ok[c] < ok[flooded] for c in fine + [failing, -1009999]), "the flooded chat held up nobody"
    sent_to = Counter(c.chat_id for c in tg.sent("sendMessage"))
    assert all(sent_to[c] <= 1 for c in [*chats, -1009999]), "nothing sent twice"
    (notice,) = [c.text for c in tg.sent("sendMessage", ADMIN["id"])]
    assert "第4测试局" in notice or str(kicked) in notice
    assert outbox_status(tmp_path) == {"sent": 5, "failed": 1}


# ---- kill -9 and two senders ------------------------------------------------------------

def _kill_after(proc: subprocess.Popen, tg: TelegramStandIn, chats: dict[int, str], n: int) -> None:
    tg.wait_for(lambda c: c.method == "sendMessage" and c.chat_id in chats, count=n, timeout=60)
    proc.kill()
    proc.wait()


def _each_once_or_one_more(tg: TelegramStandIn, chats: dict[int, str], kills: int) -> Counter:
    got = delivered(tg, chats)
    lost = [c for c in chats if got[c] == 0]
    extra = sum(n - 1 for n in got.values())
    assert not lost, f"lost: {lost}"
    assert extra <= kills, f"{extra} duplicates for {kills} kills"
    return got


def test_kill_9_of_the_bot_during_delivery_loses_nothing(tmp_path):
    chats = seed(tmp_path / "var", 12)
    with TelegramStandIn() as tg:
        tg.delay("sendMessage", 0.3, times=100)  # slow sends: the kill lands mid-delivery
        env = env_for(tmp_path, tg.base_url)
        first = BotProcess(env, tmp_path, tg)
        try:
            _kill_after(first.proc, tg, chats, 4)
        finally:
            first.stop()
        with running_bot(env, tmp_path, tg):
            wait_until(lambda: outbox_status(tmp_path) == {"sent": 12})
        _each_once_or_one_more(tg, chats, kills=1)
    assert outbox_status(tmp_path) == {"sent": 12}


def test_kill_9_of_remind_during_delivery_loses_nothing(tmp_path):
    chats = seed(tmp_path / "var", 12)
    with TelegramStandIn() as tg:
        tg.delay("sendMessage", 0.3, times=100)
        env = env_for(tmp_path, tg.base_url)
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "remind", "--date", DAY.isoformat(), "--force"], env=env,
                                cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _kill_after(proc, tg, chats, 5)
        done = ducha(env, "remind", "--date", DAY.isoformat(), "--force", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        _each_once_or_one_more(tg, chats, kills=1)
    assert outbox_status(tmp_path) == {"sent": 12}


def test_bot_and_remind_delivering_at_once_send_each_reminder_exactly_once(tmp_path):
    chats = seed(tmp_path / "var", 16)
    with TelegramStandIn() as tg:
        tg.delay("sendMessage", 0.1, times=100)
        env = env_for(tmp_path, tg.base_url)
        bot = BotProcess(env, tmp_path, tg)
        cli = subprocess.Popen([sys.executable, "-m", "bot.cli", "remind", "--date", DAY.isoformat(), "--force"], env=env,
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = cli.communicate(timeout=120)
            assert cli.returncode == 0, err
            wait_until(lambda: outbox_status(tmp_path) == {"sent": 16})
            time.sleep(0.5)
        finally:
            bot.stop()
    assert delivered(tg, chats) == {c: 1 for c in chats}


def test_an_answer_later_than_the_timeout_duplicates_at_most_that_one_message(tmp_path):
    chats = seed(tmp_path / "var", 4)
    slow = min(chats)
    with TelegramStandIn() as tg:
        tg.delay("sendMessage", 3.0, times=1, chat_id=slow)  # delivered, but answered after the client gave up
        env = env_for(tmp_path, tg.base_url, DUCHA_TELEGRAM_TIMEOUT="1.5")
        done = ducha(env, "remind", "--date", DAY.isoformat(), "--force", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        got = _each_once_or_one_more(tg, chats, kills=1)
    assert got[slow] == 2 and all(got[c] == 1 for c in chats if c != slow)
    assert outbox_status(tmp_path) == {"sent": 4}


def test_bot_starting_while_another_process_writes_waits_instead_of_database_is_locked(tmp_path):
    """A CLI command holding the registry's write lock for longer than sqlite3's default
    5 s busy wait (the scheduler's job store) while the bot starts."""
    import sqlite3

    chats = seed(tmp_path / "var", 2)
    with TelegramStandIn() as tg:
        writer = sqlite3.connect(tmp_path / "var" / "ducha.db", isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE outbox SET attempts = attempts WHERE 0")
        bot = BotProcess(env_for(tmp_path, tg.base_url), tmp_path, tg)
        try:
            tg.wait_for(lambda c: c.method == "getMe", timeout=60)
            time.sleep(8)
            writer.execute("COMMIT")
            bot.wait_ready()
            assert HELP_MARK in reply_after(tg, chat_private(STAFF), STAFF, "/help")
            wait_until(lambda: outbox_status(tmp_path) == {"sent": 2})
        finally:
            bot.stop()
            writer.close()
    out = bot.log.read_text(encoding="utf-8")
    assert "database is locked" not in out and "Traceback" not in out
    assert delivered(tg, chats) == {c: 1 for c in chats}


def test_api_gone_while_running_then_back_serves_without_restart_or_traceback(tmp_path):
    port = free_port()
    tg = TelegramStandIn(port=port).start()
    bot = BotProcess(env_for(tmp_path, tg.base_url), tmp_path, tg)
    try:
        bot.wait_ready()
        assert HELP_MARK in reply_after(tg, chat_private(STAFF), STAFF, "/help")
        tg.stop()  # the network drops
        time.sleep(OUTAGE)
        assert bot.proc.poll() is None
        tg.start()  # and comes back (same server state: update ids go on)
        assert HELP_MARK in reply_after(tg, chat_private(STAFF), STAFF, "/help", timeout=90)
    finally:
        bot.stop()
        tg.stop()
    out = bot.log.read_text(encoding="utf-8")
    assert "Traceback" not in out and "接收消息失败" in out


def test_group_upgraded_to_supergroup_moves_its_binding_on_the_service_message(tmp_path):
    import sqlite3

    seed(tmp_path / "var", 1)  # 第1测试局 bound to -200001
    with TelegramStandIn() as tg:
        with running_bot(env_for(tmp_path, tg.base_url), tmp_path, tg):
            wait_until(lambda: outbox_status(tmp_path) == {"sent": 1})
            new = -1000200001
            tg.push({"message": {"message_id": 7, "date": int(time.time()), "chat": {"id": new, "type": "supergroup", "title": "第1测试局督办群"},
                                 "migrate_from_chat_id": -200001}})
            tg.push({"message": {"message_id": 8, "date": int(time.time()), "chat": {"id": -200001, "type": "group", "title": "第1测试局督办群"},
                                 "from": STAFF, "migrate_to_chat_id": new}})
            tg.wait_consumed()
            time.sleep(1.0)
            with sqlite3.connect(tmp_path / "var" / "ducha.db") as conn:
                active = conn.execute("SELECT chat_id FROM bindings WHERE active = 1").fetchall()
            assert active == [(new,)]
            assert not tg.sent(chat_id=new), "the new supergroup got no refusal"


def test_sigterm_during_delivery_finishes_the_message_in_flight_and_sends_nothing_twice(tmp_path):
    chats = seed(tmp_path / "var", 12)
    with TelegramStandIn() as tg:
        tg.delay("sendMessage", 0.4, times=100)
        env = env_for(tmp_path, tg.base_url)
        first = BotProcess(env, tmp_path, tg)
        tg.wait_for(lambda c: c.method == "sendMessage" and c.chat_id in chats, count=4, timeout=60)
        assert first.stop() == 0  # SIGTERM, as a service manager stops it
        assert 0 < outbox_status(tmp_path)["pending"] < 12
        with running_bot(env, tmp_path, tg):
            wait_until(lambda: outbox_status(tmp_path) == {"sent": 12})
        assert delivered(tg, chats) == {c: 1 for c in chats}


def test_webhook_without_a_secret_only_with_the_loud_opt_out(tmp_path):
    port = free_port()
    with TelegramStandIn() as tg:
        env = env_for(tmp_path, tg.base_url, TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
                      TELEGRAM_WEBHOOK_PORT=str(port), DUCHA_WEBHOOK_INSECURE_NO_SECRET="1")
        with running_bot(env, tmp_path, tg) as bot:
            (hook,) = tg.sent("setWebhook")
            assert not hook.params.get("secret_token")
            assert "webhook 未设置 TELEGRAM_WEBHOOK_SECRET" in bot.output()
