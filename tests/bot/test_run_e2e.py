"""End to end: the real `ducha run` in a subprocess, talking HTTP to the Bot API stand-in,
over a registry and index built by the real `ducha ingest` (DUCHA_EMBEDDING=none).

The documents are a tiny synthetic plan and report written here, dated this year so the
deadline arithmetic holds whenever the suite runs. Absence of a reply is checked with a
sentinel: updates of one chat are handled in order, so once the reply to a later `/help`
has arrived, an earlier message that got no reply really got none.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from tests.support.paths import PROJECT
from tests.support.telegram_standin import TOKEN, TelegramStandIn, chat_group, chat_private, user

ADMIN = user(1001, "李主任", "admin_li")
STAFF = user(1002, "王科员", "wang")
STAFF2 = user(1003, "李科员", "li")
STAFF3 = user(1004, "赵科员")
STAFF4 = user(1005, "钱科员")
STRANGER = user(3003, "路人")
SUPERVISION = chat_group(-100500, "督查室工作群")
UNIT_GROUP = chat_group(-100600, "科技局督办群")
KICKED_GROUP = chat_group(-100700, "住建局督办群")
UNKNOWN_GROUP = chat_group(-100999, "陌生群")
HELP_MARK = "督查助手 使用说明"


def plan_text(year: int) -> str:
    """A responsibility table in the layout such plans use: sections, subsections, numbered
    tasks with leader / lead units / co-units in tab-separated columns."""
    rows = [
        "宜春市人民政府办公室文件",
        "",
        f"关于印发{year}年市《政府工作报告》重点工作责任分工方案的通知",
        "",
        "各县（市、区）人民政府，市政府各部门：",
        f"现将《{year}年市〈政府工作报告〉重点工作责任分工方案》印发给你们，请认真贯彻落实。",
        "",
        f"{year}年市《政府工作报告》重点工作责任分工方案",
        "",
        "具体工作任务和要求\t市政府牵头领导\t牵头单位\t责任单位",
        "一、推动科技创新，加快产业升级。(3项)\t\t\t",
        "(一)强化创新平台。\t\t\t",
        "1. 建设市级重点实验室5家，6月底前完成认定。\t张明\t市科技局\t市财政局 市工业和信息化局",
        "2. 实施研发投入攻坚行动，研发经费支出增长10%以上。\t张明\t市科技局 市发展改革委\t市财政局 市统计局",
        "(二)培育创新主体。\t\t\t",
        "3. 新增高新技术企业100家。\t李华\t市科技局\t各县（市、区）人民政府",
        "二、扩大有效投资，稳定经济增长。(2项)\t\t\t",
        "1. 推进重大项目建设，三季度完成年度投资计划的80%。\t王强\t市发展改革委\t市财政局 市自然资源局",
        "2. 加快城市更新，改造老旧小区30个。\t王强\t市住房城乡建设局\t各县（市、区）人民政府 市财政局",
        "三、加强财政保障，防范化解风险。(14项)\t\t\t",
    ]
    topics = ["盘活存量资产", "压减一般性支出", "加强债务管理", "推进预算绩效管理", "清理拖欠账款", "落实减税降费",
              "加强国库管理", "完善政府采购", "规范专项资金", "推进财会监督", "盘活闲置土地", "优化转移支付",
              "加强非税收入征管", "推进国资改革"]
    for i, topic in enumerate(topics, start=1):
        rows.append(f"{i}. {topic}，形成长效机制。\t刘芳\t市财政局\t各县（市、区）人民政府")
    return "\n".join(rows) + "\n"


def report_text(year: int) -> str:
    return f"""政府工作报告
——{year}年1月10日在宜春市第五届人民代表大会第六次会议上
宜春市市长 赵某

各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。

一、{year - 1}年工作回顾
过去一年，全市地区生产总值增长5.6%，规模以上工业增加值增长7.1%。

二、{year}年主要目标和重点工作
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长与经济增长同步。
重点抓好以下工作：
（一）推动科技创新。建设市级重点实验室5家，新增高新技术企业100家，研发经费支出增长10%以上。
（二）扩大有效投资。推进重大项目建设，改造老旧小区30个。
"""


def base_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUCHA_", "TELEGRAM_"))}
    env.update(DUCHA_DATA_DIR=str(data_dir), DUCHA_EMBEDDING="none", DUCHA_TIMEZONE="Asia/Shanghai", PYTHONPATH=str(PROJECT))
    return env


def ducha(env: dict[str, str], *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300)


def ingest_fixture(root: Path) -> tuple[Path, dict[str, str]]:
    year = dt.date.today().year
    docs = root / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(plan_text(year), encoding="utf-8")
    (docs / "report.txt").write_text(report_text(year), encoding="utf-8")
    env = base_env(root / "var")
    done = ducha(env, "ingest", str(docs), "--json", cwd=root)
    assert done.returncode == 0, done.stderr
    files = {f["file"]: f for f in json.loads(done.stdout)["files"]}
    assert files["plan.txt"]["kind"] == "plan" and files["plan.txt"]["tasks"] == 19, files
    return root, env


class BotProcess:
    """`ducha run` as a subprocess; stopped with SIGTERM like a service manager would."""

    def __init__(self, env: dict[str, str], cwd: Path, tg: TelegramStandIn) -> None:
        self.tg = tg
        self.log = cwd / f"bot-{time.monotonic_ns()}.stderr"
        self._err = open(self.log, "w")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=env, cwd=cwd, stdout=self._err, stderr=subprocess.STDOUT, text=True)

    def wait_ready(self, timeout: float = 60) -> None:
        try:
            self.tg.wait_for(lambda c: c.method in ("getUpdates", "setWebhook"), timeout=timeout)
        except TimeoutError:
            raise AssertionError(f"bot did not start:\n{self.output()}") from None

    def output(self) -> str:
        self._err.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._err.close()
        return self.proc.returncode


@contextlib.contextmanager
def running_bot(env: dict[str, str], cwd: Path, tg: TelegramStandIn) -> Iterator[BotProcess]:
    bot = BotProcess(env, cwd, tg)
    try:
        bot.wait_ready()
        yield bot
    finally:
        bot.stop()


def bot_env(env: dict[str, str], tg: TelegramStandIn) -> dict[str, str]:
    far = (dt.datetime.now() + dt.timedelta(hours=12)).strftime("%H:%M")  # no scheduled run during the test
    return {
        **env,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": tg.base_url,
        "DUCHA_ADMIN_IDS": str(ADMIN["id"]),
        "DUCHA_ALLOWED_CHAT_IDS": ",".join(str(i) for i in (STAFF["id"], STAFF2["id"], SUPERVISION["id"], KICKED_GROUP["id"])),
        "DUCHA_SUPERVISION_CHAT_ID": str(SUPERVISION["id"]),
        "DUCHA_REMIND_AT": far,
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    """One stand-in, one ingested data dir, one running bot for the whole module."""
    root, env = ingest_fixture(tmp_path_factory.mktemp("e2e"))
    with TelegramStandIn() as tg:
        with running_bot(bot_env(env, tg), root, tg) as bot:
            yield tg, bot, root, env


def say(tg: TelegramStandIn, chat: dict, who: dict, text: str, **kw) -> dict:
    return tg.message(chat, who, text, **kw)["message"]


def reply_after(tg: TelegramStandIn, chat: dict, who: dict, text: str, *, timeout: float = 30) -> str:
    """Send a message and return the next message the bot sends to that chat."""
    before = len(tg.sent("sendMessage", chat["id"]))
    say(tg, chat, who, text)
    return tg.wait_sent(chat["id"], count=before + 1, timeout=timeout)[before].text


def reply_holding(tg: TelegramStandIn, chat: dict, who: dict, text: str, needles: tuple[str, ...], *,
                  timeout: float = 30) -> str:
    """Send a message and return the first message the bot then sends to that chat holding one of
    `needles`: an alert the same run sends first (undelivered reminders) does not hide the reply."""
    before = len(tg.sent("sendMessage", chat["id"]))
    say(tg, chat, who, text)
    deadline = time.monotonic() + timeout
    while True:
        sent = tg.sent("sendMessage", chat["id"])[before:]
        found = [c.text for c in sent if any(n in c.text for n in needles)]
        if found:
            return found[0]
        if time.monotonic() > deadline:
            return "\n".join(c.text for c in sent)
        time.sleep(0.1)


def test_startup_registers_commands_and_polls(world):
    tg, bot, *_ = world
    names = [c["command"] for c in tg.commands]
    assert {"help", "ask", "task", "unit", "leader", "overdue", "due", "progress", "done", "bind", "board", "remind_now"} <= set(names)
    assert tg.sent("deleteWebhook"), "polling starts by clearing any webhook"
    assert f"督查助手 @ducha_test_bot 已启动（长轮询 127.0.0.1:{tg.port}）" in bot.output()
    assert TOKEN not in bot.output()


def test_private_question(world):
    tg, *_ = world
    answer = reply_after(tg, chat_private(STAFF), STAFF, "今年地区生产总值增长目标是多少？")
    assert "5.5%" in answer
    assert tg.sent("sendChatAction", STAFF["id"])


def test_group_command_with_username(world):
    tg, *_ = world
    card = reply_after(tg, SUPERVISION, STAFF, "/task@ducha_test_bot 1.1")
    assert "建设市级重点实验室" in card and "市科技局" in card and "张明" in card


def test_group_mention_answered_chatter_ignored(world):
    tg, *_ = world
    answer = reply_after(tg, SUPERVISION, STAFF2, "@ducha_test_bot 1.1 的牵头单位是谁")
    assert "市科技局" in answer
    before = len(tg.sent("sendMessage", SUPERVISION["id"]))
    say(tg, SUPERVISION, STAFF2, "大家下午三点到会议室开会")
    say(tg, SUPERVISION, STAFF2, "1.1 的材料谁在准备？")
    sentinel = reply_after(tg, SUPERVISION, STAFF2, "/help@ducha_test_bot")
    assert HELP_MARK in sentinel
    assert len(tg.sent("sendMessage", SUPERVISION["id"])) == before + 1, "chatter got no reply"


def test_unknown_chat_refused_once_without_data(world):
    tg, *_ = world
    refusal = reply_after(tg, UNKNOWN_GROUP, STRANGER, "/task 1.1")
    assert str(UNKNOWN_GROUP["id"]) in refusal
    say(tg, UNKNOWN_GROUP, STRANGER, "@ducha_test_bot 1.1 的牵头单位是谁")
    say(tg, UNKNOWN_GROUP, STRANGER, "/unit 科技局")
    tg.wait_consumed()
    time.sleep(1.0)
    texts = tg.replies(UNKNOWN_GROUP["id"])
    assert texts == [refusal]
    assert "市科技局" not in refusal and "实验室" not in refusal


def test_paging_by_callback(world):
    tg, *_ = world
    first = reply_after(tg, SUPERVISION, STAFF3, "/unit 财政局")
    assert "市财政局" in first
    call = tg.sent("sendMessage", SUPERVISION["id"])[-1]
    buttons = call.params["reply_markup"]["inline_keyboard"][0]
    assert buttons[-1]["text"].startswith("下一页")
    message = tg.bot_message(SUPERVISION["id"])
    tg.callback(SUPERVISION, STAFF3, message, buttons[-1]["callback_data"])
    (edit,) = tg.wait_for(lambda c: c.method == "editMessageText" and c.chat_id == SUPERVISION["id"])
    assert edit.params["message_id"] == message["message_id"]
    assert edit.text != first and "市财政局" in edit.text
    assert tg.wait_for(lambda c: c.method == "answerCallbackQuery")


def test_html_looking_input(world):
    tg, *_ = world
    nasty = "<b>粗体</b> & <script>alert(1)</script>"
    reply = reply_after(tg, chat_private(STAFF2), STAFF2, f"/unit {nasty}")
    assert nasty in reply, "the user's text comes back exactly as typed, never as markup"
    answer = reply_after(tg, chat_private(STAFF2), STAFF2, f"{nasty} 今年的主要目标是什么")
    assert answer and "抱歉" not in answer


def _cli_json(env: dict[str, str], root: Path, *args: str) -> object:
    done = ducha(env, *args, "--json", cwd=root)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _workdays_after(env: dict[str, str], day: dt.date, n: int) -> list[dt.date]:
    from bot.wiring import new_context
    from core.settings import load_settings
    from reminders.calendar import is_workday

    ctx = new_context(load_settings(DUCHA_DATA_DIR=env["DUCHA_DATA_DIR"]))
    try:
        out, d = [], day
        while len(out) < n:
            d += dt.timedelta(days=1)
            if is_workday(ctx.db, d):
                out.append(d)
        return out
    finally:
        ctx.close()


def _reminded(env: dict[str, str], root: Path, day: dt.date, code: str) -> list[dict]:
    plan = _cli_json(env, root, "remind", "--date", day.isoformat(), "--dry-run")
    return [r for r in plan["reminders"] if r["task"] == code and r["kind"] != "escalation"]


def _workday_before(env: dict[str, str], day: dt.date) -> dt.date:
    from bot.wiring import new_context
    from core.settings import load_settings
    from reminders.calendar import is_workday

    ctx = new_context(load_settings(DUCHA_DATA_DIR=env["DUCHA_DATA_DIR"]))
    try:
        d = day - dt.timedelta(days=1)
        while not is_workday(ctx.db, d):
            d -= dt.timedelta(days=1)
        return d
    finally:
        ctx.close()


def test_bind_due_progress_done_stop_reminders(world):
    tg, bot, root, env = world
    assert "市科技局" in reply_after(tg, UNIT_GROUP, ADMIN, "/bind@ducha_test_bot 科技局")
    assert "市发展改革委" in reply_after(tg, UNIT_GROUP, ADMIN, "/bind 发改委")
    today = dt.date.today()
    past = _workday_before(env, today)
    if past.year != today.year:
        pytest.skip("no working day of this plan year before today (first days of January)")
    d1, d2 = _workdays_after(env, today, 2)
    # 2.1 (lead: 市发展改革委) becomes overdue; the daily pass of d1 tells the unit.
    assert "已将任务 2.1 的完成时限设为" in reply_after(tg, chat_private(ADMIN), ADMIN, f"/due 2.1 {past.isoformat()}")
    # The pass for d1, delivered through the same Bot API (any weekday the suite runs on).
    before = len(tg.sent("sendMessage", UNIT_GROUP["id"]))
    told = _cli_json({**env, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": tg.base_url}, root, "remind", "--date", d1.isoformat())
    delivered = tg.wait_sent(UNIT_GROUP["id"], count=before + 1)[before:]
    assert any("2.1" in c.text for c in delivered), "the bound chat received the overdue reminder"
    (to_unit,) = [r for r in told["reminders"] if r["task"] == "2.1" and r["kind"] != "escalation"]
    assert "发展改革委" in to_unit["unit"] and (to_unit["chat_id"], to_unit["kind"]) == (UNIT_GROUP["id"], "overdue")
    assert _reminded(env, root, d2, "2.1"), "precondition: overdue reminders repeat every working day"

    # A member of the bound chat reports progress: the unit is not nagged again the next day.
    assert "已记录任务 2.1 的进展" in reply_after(tg, UNIT_GROUP, STAFF4, "/progress 2.1 已完成项目清单梳理")
    assert not _reminded(env, root, d2, "2.1")
    # Someone outside the lead unit's chat may not report.
    assert "牵头单位" in reply_after(tg, SUPERVISION, STAFF4, "/done 1.1")
    # Done: never reminded again, even long after the deadline.
    # (a working day: the daily pass sends nothing on a weekend or a holiday, whatever day the suite runs)
    (later,) = _workdays_after(env, d2 + dt.timedelta(days=39), 1)
    assert _reminded(env, root, later, "1.1")
    # A unit's /done is a completion claim (销号): reminders pause while the office reviews it.
    assert "待督查室审核" in reply_after(tg, UNIT_GROUP, STAFF4, "/done@ducha_test_bot 1.1 已认定5家实验室")
    assert not _reminded(env, root, later, "1.1")
    card = tg.bot_message(SUPERVISION["id"])
    approve = card["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    before = len(tg.sent("sendMessage", UNIT_GROUP["id"]))
    tg.callback(SUPERVISION, ADMIN, card, approve)
    assert "审核通过" in tg.wait_sent(UNIT_GROUP["id"], count=before + 1)[before].text
    assert not _reminded(env, root, later, "1.1")

    detail = _cli_json(env, root, "task", "2.1")
    (report,) = detail["progress"]
    assert "发展改革委" in report["unit"] and report["text"] == "已完成项目清单梳理"
    assert "telegram:1005" in report["reporter"]
    card = reply_after(tg, SUPERVISION, STAFF, "/task 1.1")
    assert "已完成" in card and "已认定5家实验室" in card


def test_remind_now_delivers_to_bound_chats(world):
    tg, bot, root, env = world
    from bot.wiring import new_context
    from core.settings import load_settings
    from reminders.calendar import is_workday

    # 1.3 (lead: 市科技局, bound to UNIT_GROUP above) is due today.
    today = dt.datetime.now(load_settings(DUCHA_TIMEZONE="Asia/Shanghai").tz).date()
    reply_after(tg, chat_private(ADMIN), ADMIN, f"/due 1.3 {today.isoformat()}")
    before = len(tg.sent("sendMessage", UNIT_GROUP["id"]))
    # (a reminder to a unit no chat is bound to is reported to the admins first, in its own message)
    status = reply_holding(tg, chat_private(ADMIN), ADMIN, "/remind_now", ("已运行", "不是工作日"), timeout=60)
    ctx = new_context(load_settings(DUCHA_DATA_DIR=env["DUCHA_DATA_DIR"]))
    workday = is_workday(ctx.db, today)
    ctx.close()
    if not workday:
        assert "不是工作日" in status
        return
    assert "提醒已运行" in status
    sent = tg.sent("sendMessage", UNIT_GROUP["id"])[before:]
    assert any("1.3" in c.text for c in sent), [c.text for c in sent]
    # Run again: nothing is sent twice.
    again = reply_after(tg, chat_private(ADMIN), ADMIN, "/remind_now", timeout=60)
    assert "提醒已运行" in again
    assert not [c for c in tg.sent("sendMessage", UNIT_GROUP["id"])[before + len(sent):] if "1.3" in c.text]


def test_lists_and_board(world):
    tg, *_ = world
    leader = reply_after(tg, SUPERVISION, STAFF3, "/leader 刘芳")
    assert "刘芳" in leader and "3.1" in leader
    assert tg.sent("sendMessage", SUPERVISION["id"])[-1].params.get("reply_markup"), "14 tasks come in pages"
    soon = reply_after(tg, SUPERVISION, STAFF3, "/due 400")
    assert soon == "天数应为 1 到 366 之间的整数。"
    overdue = reply_after(tg, SUPERVISION, STAFF3, "/overdue")
    assert "逾期" in overdue
    photos = len(tg.sent("sendPhoto", SUPERVISION["id"]))  # the daily digest may have sent one
    say(tg, SUPERVISION, STAFF3, "/board@ducha_test_bot")
    photo = tg.wait_sent(SUPERVISION["id"], method="sendPhoto", count=photos + 1, timeout=60)[photos]
    assert photo.params["photo"][:8] == b"\x89PNG\r\n\x1a\n" and "任务状态" in photo.text


def test_logs_hold_no_token_and_the_scheduler_runs(world):
    tg, bot, root, env = world
    log_text = (Path(env["DUCHA_DATA_DIR"]) / "logs" / "ducha.log").read_text(encoding="utf-8")
    assert "reminders scheduled daily" in log_text, "reminders.scheduler was installed in ducha run"
    assert TOKEN not in log_text and TOKEN.split(":")[1] not in log_text


def test_429_retry_after_is_honoured(world):
    tg, *_ = world
    tg.fail("sendMessage", 429, retry_after=2, chat_id=STAFF2["id"])
    earlier = len(tg.sent("sendMessage", STAFF2["id"], ok_only=False))
    start = time.monotonic()
    reply = reply_after(tg, chat_private(STAFF2), STAFF2, "/help")
    assert HELP_MARK in reply
    assert time.monotonic() - start >= 2.0
    assert [c.status for c in tg.sent("sendMessage", STAFF2["id"], ok_only=False)[earlier:]] == [429, 200]


def test_403_does_not_stop_the_bot(world):
    tg, bot, root, env = world
    tg.forbid(KICKED_GROUP["id"])
    say(tg, KICKED_GROUP, STAFF, "/help")
    tg.wait_for(lambda c: c.chat_id == KICKED_GROUP["id"] and c.status == 403)
    assert HELP_MARK in reply_after(tg, chat_private(STAFF), STAFF, "/help"), "still serving other chats"
    assert bot.proc.poll() is None


def test_second_instance_conflict_stops_with_clear_message(tmp_path):
    root, env = ingest_fixture(tmp_path)
    with TelegramStandIn() as tg:
        env = bot_env(env, tg)
        first = BotProcess(env, root, tg)
        first.wait_ready()
        second = BotProcess(env, root, tg)
        try:
            deadline = time.monotonic() + 60
            while first.proc.poll() is None and second.proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.2)
            stopped = first if first.proc.poll() is not None else second
            assert stopped.proc.poll() is not None, "one of the two instances must stop"
            assert stopped.proc.returncode == 1
            assert "同一个 TELEGRAM_BOT_TOKEN" in stopped.output()
        finally:
            first.stop()
            second.stop()


def test_webhook_mode(tmp_path):
    import socket

    root, env = ingest_fixture(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with TelegramStandIn() as tg:
        env = {
            **bot_env(env, tg),
            "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/tg-hook",
            "TELEGRAM_WEBHOOK_PORT": str(port),
            "TELEGRAM_WEBHOOK_SECRET": "s3cret-Token_123",
        }
        with running_bot(env, root, tg) as bot:
            (hook,) = tg.sent("setWebhook")
            assert hook.params["url"] == f"http://127.0.0.1:{port}/tg-hook"
            assert hook.params["secret_token"] == "s3cret-Token_123"
            update = tg.message(chat_private(STAFF), STAFF, "/help", push=False)
            url = f"http://127.0.0.1:{port}/tg-hook"
            for _ in range(50):
                with contextlib.suppress(httpx.TransportError):
                    bad = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
                    break
                time.sleep(0.2)
            assert bad.status_code == 403
            ok = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-Token_123"})
            assert ok.status_code == 200
            assert HELP_MARK in tg.wait_sent(STAFF["id"])[0].text
            assert "s3cret-Token_123" not in bot.output()


def test_run_without_token_says_how_to_get_one(tmp_path):
    done = ducha(base_env(tmp_path / "var"), "run", cwd=tmp_path)
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in done.stderr and "@BotFather" in done.stderr


def test_rejected_token_is_a_user_error_and_never_printed(tmp_path):
    wrong = "987654321:ZZZwrongTOKENabcdefghijklmnopqrs"
    with TelegramStandIn() as tg:  # answers 401 for any other token, like Telegram
        env = {**base_env(tmp_path / "var"), "TELEGRAM_BOT_TOKEN": wrong, "TELEGRAM_API_BASE_URL": tg.base_url}
        done = ducha(env, "run", cwd=tmp_path)
    assert done.returncode == 2 and "被 Bot API 服务器拒绝" in done.stderr
    log_text = (tmp_path / "var" / "logs" / "ducha.log").read_text(encoding="utf-8")
    for text in (done.stdout, done.stderr, log_text):
        assert wrong.split(":")[1] not in text
