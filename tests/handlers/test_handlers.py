"""Handlers, fed real `telegram.Update` objects through `Application.process_update`, with the
bot talking over HTTP to the Bot API stand-in. The library calls are replaced by small fakes
here (their own tests cover them); tests/bot/test_run_e2e.py runs the real ones."""
from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import importlib
import logging
import time
from typing import Any

import httpx
import pytest
from telegram import Update
from telegram.error import Conflict

# Import the real library modules before any test fakes a function in them: a module first
# imported while a fake is installed would keep the fake in its own `from … import` forever.
import answers.ask  # noqa: F401
import store.bindings  # noqa: F401
import store.deadlines  # noqa: F401
import store.progress  # noqa: F401
import store.tasks  # noqa: F401
import store.units  # noqa: F401
from bot.app import PerChatUpdateProcessor, build_application, on_startup
from handlers.access import FloodGuard
from prompts import bot as texts
from prompts import exports as office_texts
from store.tasks import ProgressEntry, TaskDetail
from tests.support.telegram_standin import TOKEN, TelegramStandIn, chat_group, chat_private, user

ADMIN = user(1001, "李主任", "admin_li")
STAFF = user(1002, "王科员", "wang")
STRANGER = user(3003, "路人")
GROUP = chat_group(-100500, "督查室工作群")
UNIT_GROUP = chat_group(-100600, "发改委督办群")
UNKNOWN_GROUP = chat_group(-100999, "陌生群")


@dataclasses.dataclass
class FakeTask:
    code: str
    text: str
    lead_units: list[str]
    co_units: list[str] = dataclasses.field(default_factory=list)
    leaders: list[str] = dataclasses.field(default_factory=list)
    section: str = "一、推动创新"
    subsection: str | None = None
    due: dt.date | None = None
    status: str = "推进中"
    role: str | None = None
    plan_title: str = "分工方案"
    plan_status: str = "active"


@dataclasses.dataclass
class FakeAnswer:
    answer: str
    intent: str = "report"
    sources: list[Any] = dataclasses.field(default_factory=list)
    tasks: list[Any] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class FakeUnit:
    id: int
    name: str
    kind: str = "single"


def fake(monkeypatch: pytest.MonkeyPatch, module: str, **funcs: Any) -> None:
    """Replace library functions for one test (monkeypatch restores them)."""
    mod = importlib.import_module(module)
    for name, fn in funcs.items():
        monkeypatch.setattr(mod, name, fn)


class Library:
    """Fakes standing in for store/answers/reminders, recording what the handlers asked."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.progress: list[dict[str, Any]] = []
        self.bound: list[tuple[str, int]] = []
        self.deactivated: list[int] = []
        self.answer_text = "2024年全省生产总值增长5%左右。"
        self.tasks = {"3.4": FakeTask("3.4", "实施研发投入攻坚行动。", ["省科技厅"], ["省财政厅"], ["罗小云"])}
        self.unit_tasks = [FakeTask(f"1.{i}", f"任务{i}：推进重点项目建设第{i}项。", ["省发展改革委"], role="lead" if i % 3 else "co") for i in range(1, 26)]
        self.bindings: dict[int, list[str]] = {UNIT_GROUP["id"]: ["省科技厅"]}

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        lib = self

        def ask(ctx: Any, question: str, **kw: Any) -> FakeAnswer:
            lib.questions.append(question)
            if question == "boom":
                raise RuntimeError("index exploded")
            if question.startswith("echo"):
                return FakeAnswer(f"你问的是：{question}")
            return FakeAnswer(lib.answer_text)

        def get_task(db: Any, code: str, *, today: dt.date) -> FakeTask:
            from core.errors import UserError

            if code not in lib.tasks:
                raise UserError(f"没有编号为 {code} 的任务")
            return lib.tasks[code]

        def task_detail(db: Any, code: str, *, today: dt.date, plan_id: Any = None) -> TaskDetail:
            progress = [ProgressEntry("2024-05-01T10:00:00", p["unit"], p["text"], p["reporter"], p["done"])
                        for p in lib.progress if p["code"] == code]
            return TaskDetail(get_task(db, code, today=today), [], progress, [])

        def list_tasks(db: Any, *, unit: Any = None, leader: Any = None, status: Any = None, due_before: Any = None, today: dt.date) -> list[FakeTask]:
            return lib.unit_tasks if unit else []

        def resolve_unit(db: Any, name: str) -> FakeUnit:
            return FakeUnit(1, {"发改委": "省发展改革委", "科技厅": "省科技厅"}.get(name, name))

        def add_progress(db: Any, code: str, text: str, *, unit: Any = None, done: bool = False, reporter: str,
                         now: dt.datetime, plan_id: Any = None) -> dict[str, Any]:
            lib.progress.append({"code": code, "text": text, "unit": unit, "done": done, "reporter": reporter})
            return {"code": code, "text": text}

        def bind(db: Any, unit: FakeUnit, chat_id: int, *, by: str, now: dt.datetime) -> dict[str, Any]:
            lib.bound.append((unit.name, chat_id))
            return {"unit": unit.name, "chat_id": chat_id}

        fake(monkeypatch, "answers.ask", ask=ask)
        fake(monkeypatch, "store.tasks", get_task=get_task, task_detail=task_detail, list_tasks=list_tasks)
        fake(monkeypatch, "store.units", resolve_unit=resolve_unit, expand=lambda db, u: [u])
        fake(monkeypatch, "store.progress", add_progress=add_progress)
        fake(
            monkeypatch,
            "store.bindings",
            bind=bind,
            units_for_chat=lambda db, chat_id: [FakeUnit(9, n) for n in lib.bindings.get(chat_id, [])],
            deactivate_chat=lambda db, chat_id, reason: lib.deactivated.append(chat_id),
        )


@pytest.fixture
def tg():
    with TelegramStandIn() as standin:
        yield standin


@pytest.fixture
def lib(monkeypatch: pytest.MonkeyPatch) -> Library:
    library = Library()
    library.install(monkeypatch)
    return library


@pytest.fixture
async def app(tg: TelegramStandIn, make_ctx, lib: Library):
    ctx = make_ctx(
        DUCHA_ADMIN_IDS=str(ADMIN["id"]),
        DUCHA_ALLOWED_CHAT_IDS=f"{STAFF['id']},{GROUP['id']}",
    )
    application = build_application(ctx, token=TOKEN, base_url=tg.base_url, scheduler=False, flood=FloodGuard(limit=50))
    async with application:
        yield application


async def send(app, tg: TelegramStandIn, chat: dict, who: dict, text: str, **kw: Any) -> None:
    await app.process_update(Update.de_json(tg.message(chat, who, text, push=False, **kw), app.bot))


async def test_private_text_is_a_question(app, tg, lib):
    await send(app, tg, chat_private(STAFF), STAFF, "今年经济增长目标是多少？")
    assert lib.questions == ["今年经济增长目标是多少？"]
    assert tg.replies(STAFF["id"]) == [lib.answer_text]
    assert tg.sent("sendChatAction", STAFF["id"]), "typing action while answering"
    assert tg.sent("sendMessage", STAFF["id"])[0].params["parse_mode"] == "HTML"


async def test_group_command_with_bot_username(app, tg, lib):
    await send(app, tg, GROUP, STAFF, "/task@ducha_test_bot 3.4")
    (reply,) = tg.replies(GROUP["id"])
    assert "任务 3.4" in reply and "实施研发投入攻坚行动" in reply and "省科技厅" in reply
    await send(app, tg, GROUP, STAFF, "/task@some_other_bot 3.4")
    assert len(tg.replies(GROUP["id"])) == 1, "a command for another bot is not ours"


async def test_unknown_task_code_is_a_short_user_error(app, tg, lib):
    await send(app, tg, GROUP, STAFF, "/task 9.99")
    assert tg.replies(GROUP["id"]) == ["没有编号为 9.99 的任务"]
    await send(app, tg, GROUP, STAFF, "/task 三点四")
    reply = tg.replies(GROUP["id"])[-1]
    assert "三点四" in reply and "\n" not in reply and reply != texts.APOLOGY
    await send(app, tg, GROUP, STAFF, "/task")
    assert tg.replies(GROUP["id"])[-1] == texts.USAGE["task"]


async def test_group_mention_and_reply_are_questions_chatter_is_not(app, tg, lib):
    await send(app, tg, GROUP, STAFF, "@ducha_test_bot 今年的主要目标是什么")
    assert lib.questions == ["今年的主要目标是什么"]
    bot_msg = tg.bot_message(GROUP["id"])
    await send(app, tg, GROUP, STAFF, "那就业目标呢？", reply_to=bot_msg)
    assert lib.questions[-1] == "那就业目标呢？"
    before = len(tg.calls)
    await send(app, tg, GROUP, STAFF, "大家下午三点开会")
    await send(app, tg, GROUP, STAFF, "@someone_else 你看一下 3.4")
    assert len(tg.calls) == before, "unaddressed group chatter gets no reply and no call at all"
    assert len(lib.questions) == 2


async def test_unknown_chat_is_refused_once_with_its_id_and_no_data(app, tg, lib):
    await send(app, tg, UNKNOWN_GROUP, STRANGER, "/task 3.4")
    await send(app, tg, UNKNOWN_GROUP, STRANGER, "/ask 今年目标")
    await send(app, tg, chat_private(STRANGER), STRANGER, "你好")
    group_replies = tg.replies(UNKNOWN_GROUP["id"])
    assert group_replies == [f"本助手仅在授权的会话中使用。本会话 ID：{UNKNOWN_GROUP['id']}，请联系管理员开通。"]
    assert str(UNKNOWN_GROUP["id"]) in group_replies[0]
    assert len(tg.replies(STRANGER["id"])) == 1
    assert lib.questions == [], "nothing was looked up for a stranger"
    from store.audit import refused_chats

    seen = {r["chat_id"]: r["attempts"] for r in refused_chats(app.bot_data.ducha.db)}
    assert seen == {UNKNOWN_GROUP["id"]: 2, STRANGER["id"]: 1}


async def test_access_check_fails_closed(app, tg, lib, monkeypatch):
    import handlers.access

    def broken(ctx, chat_id):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(handlers.access, "chat_allowed", broken)
    await send(app, tg, GROUP, STAFF, "@ducha_test_bot 今年目标")
    await send(app, tg, chat_private(STAFF), STAFF, "/task 3.4")
    assert lib.questions == [] and not [c for c in tg.sent() if c.method.startswith("send")], "when in doubt, say nothing"


async def test_paging_by_callback_edits_the_message(app, tg, lib):
    await send(app, tg, GROUP, STAFF, "/unit 发改委")
    (first,) = tg.sent("sendMessage", GROUP["id"])
    assert "省发展改革委" in first.text and "1.1" in first.text and "1.25" not in first.text
    buttons = first.params["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == ["1/3", texts.PAGE_NEXT]
    message = tg.bot_message(GROUP["id"])
    await app.process_update(Update.de_json(tg.callback(GROUP, STAFF, message, buttons[-1]["callback_data"], push=False), app.bot))
    (edit,) = tg.sent("editMessageText", GROUP["id"])
    assert edit.params["message_id"] == message["message_id"]
    assert "1.11" in edit.text and "1.1 " not in edit.text
    assert [b["text"] for b in edit.params["reply_markup"]["inline_keyboard"][0]] == [texts.PAGE_PREV, "2/3", texts.PAGE_NEXT]
    assert tg.sent("answerCallbackQuery")
    # The same button pressed in another chat shows nothing from this list.
    other = {**message, "chat": chat_private(STAFF)}
    await app.process_update(Update.de_json(tg.callback(chat_private(STAFF), STAFF, other, buttons[-1]["callback_data"], push=False), app.bot))
    assert not tg.sent("editMessageText", STAFF["id"])
    assert tg.sent("answerCallbackQuery")[-1].params.get("text") == texts.PAGE_GONE


async def test_progress_and_done_need_a_lead_unit_chat_or_an_admin(app, tg, lib):
    await send(app, tg, GROUP, STAFF, "/progress 3.4 已完成调研")
    assert "只有绑定为任务 3.4 牵头单位（省科技厅）" in tg.replies(GROUP["id"])[-1]
    assert lib.progress == []
    await send(app, tg, UNIT_GROUP, STAFF, "/progress@ducha_test_bot 3.4 已完成调研，形成初稿")
    # a unit's /done is a completion claim that needs its 说明 (the review itself: tests/handlers/test_office.py)
    await send(app, tg, UNIT_GROUP, STAFF, "/done 3.4")
    await send(app, tg, chat_private(ADMIN), ADMIN, "/done 3.4 督查室核实已完成")
    assert [(p["unit"], p["done"], p["text"]) for p in lib.progress] == [
        ("省科技厅", False, "已完成调研，形成初稿"),
        (None, True, "督查室核实已完成"),
    ]
    assert tg.replies(UNIT_GROUP["id"]) == [texts.PROGRESS_OK.format(code="3.4"), office_texts.REVIEW_USAGE]
    await send(app, tg, UNIT_GROUP, STAFF, "/task 3.4")
    card = tg.replies(UNIT_GROUP["id"])[-1]
    assert "省科技厅：已完成调研，形成初稿" in card and "✅ 督查室核实已完成" in card
    from store.audit import list_audit

    trail = list_audit(app.bot_data.ducha.db)
    assert [(a.action, a.target, a.user_id, a.chat_id) for a in reversed(trail)] == [
        ("progress", "3.4", STAFF["id"], UNIT_GROUP["id"]),
        ("done", "3.4", ADMIN["id"], ADMIN["id"]),
    ]


async def test_admin_only_commands(app, tg, lib):
    await send(app, tg, GROUP, STAFF, "/bind 发改委")
    await send(app, tg, GROUP, STAFF, "/remind_now")
    await send(app, tg, GROUP, STAFF, "/due 3.4 2026-06-30")
    assert tg.replies(GROUP["id"]) == [texts.REFUSE_ADMIN] * 3
    assert lib.bound == []
    # An admin binds a group nobody allowed yet: binding is what allows it.
    await send(app, tg, UNKNOWN_GROUP, ADMIN, "/bind@ducha_test_bot 发改委")
    assert lib.bound == [("省发展改革委", UNKNOWN_GROUP["id"])]
    assert "省发展改革委" in tg.replies(UNKNOWN_GROUP["id"])[0]


async def test_html_looking_input_is_escaped(app, tg, lib):
    nasty = "echo <b>粗体</b> & <script>alert(1)</script> &amp;"
    await send(app, tg, chat_private(STAFF), STAFF, nasty)
    (call,) = tg.sent("sendMessage", STAFF["id"])
    assert "&lt;script&gt;" in call.params["text"] and "<script>" not in call.params["text"]
    # What the user sees is exactly what they typed (the stand-in parses HTML like Telegram).
    assert call.text == f"你问的是：{nasty}"
    await send(app, tg, GROUP, STAFF, "/unit <i>不存在</i>&")
    assert "<i>不存在</i>&" in tg.replies(GROUP["id"])[-1]


async def test_answer_longer_than_4096_is_split_at_lines(app, tg, lib):
    lines = [f"{i:03d}. 推进<重点>工作 & 项目建设，" + "落实" * 40 for i in range(150)]
    lib.answer_text = "\n".join(lines)
    assert len(lib.answer_text) > 3 * 4096
    await send(app, tg, chat_private(STAFF), STAFF, "给我全部任务")
    calls = tg.sent("sendMessage", STAFF["id"])
    assert len(calls) >= 3
    assert all(len(c.params["text"]) <= 4096 for c in calls)
    assert "\n".join(c.text for c in calls) == lib.answer_text, "nothing lost, cut only at line ends"


async def test_retry_after_429_is_honoured(app, tg, lib):
    tg.fail("sendMessage", 429, retry_after=1, chat_id=STAFF["id"])
    start = time.monotonic()
    await send(app, tg, chat_private(STAFF), STAFF, "/help")
    assert time.monotonic() - start >= 1.0
    attempts = tg.sent("sendMessage", STAFF["id"], ok_only=False)
    assert [c.status for c in attempts] == [429, 200]
    assert "督查助手 使用说明" in attempts[-1].text


async def test_403_from_a_chat_that_kicked_the_bot(app, tg, lib, caplog):
    tg.forbid(UNIT_GROUP["id"])
    with caplog.at_level(logging.WARNING, logger="ducha.bot"):
        await send(app, tg, UNIT_GROUP, STAFF, "/help")
    assert lib.deactivated == [UNIT_GROUP["id"]], "the binding of a chat that kicked the bot is switched off"
    assert not tg.sent(chat_id=UNIT_GROUP["id"]), "no apology into a chat that refuses us"
    assert "refused the bot" in caplog.text


async def test_unexpected_error_gets_an_apology(app, tg, lib, caplog):
    with caplog.at_level(logging.ERROR, logger="ducha.bot"):
        await send(app, tg, chat_private(STAFF), STAFF, "boom")
    assert tg.replies(STAFF["id"]) == [texts.APOLOGY]
    assert "index exploded" in caplog.text


async def test_flood_is_throttled(tg, make_ctx, lib):
    ctx = make_ctx(DUCHA_ALLOWED_CHAT_IDS=str(STAFF["id"]))
    application = build_application(ctx, token=TOKEN, base_url=tg.base_url, scheduler=False, flood=FloodGuard(limit=3, window=60))
    async with application:
        for i in range(6):
            await send(application, tg, chat_private(STAFF), STAFF, f"问题{i}")
    assert lib.questions == ["问题0", "问题1", "问题2"]
    assert tg.replies(STAFF["id"]).count(texts.FLOOD) == 1


async def test_conflict_stops_the_bot(app):
    app.bot_data.conflict = False
    await app.process_error(None, Conflict("Conflict: terminated by other getUpdates request"))
    assert app.bot_data.conflict is True


async def test_commands_are_registered_on_startup(app, tg):
    await on_startup(app)
    names = [c["command"] for c in tg.commands]
    for name in ["start", "help", "ask", "task", "unit", "leader", "overdue", "due", "progress", "done", "bind", "board", "remind_now"]:
        assert name in names
    assert all(c["description"] for c in tg.commands)


async def test_updates_concurrent_across_chats_sequential_within_one():
    processor = PerChatUpdateProcessor(8)
    log: list[str] = []

    def upd(chat_id: int) -> Update:
        return Update.de_json({"update_id": chat_id, "message": {"message_id": 1, "date": 0, "chat": {"id": chat_id, "type": "private"}, "text": "x"}}, None)

    async def work(name: str, delay: float) -> None:
        log.append(f"{name}+")
        await asyncio.sleep(delay)
        log.append(f"{name}-")

    await asyncio.gather(
        processor.process_update(upd(1), work("a1", 0.2)),
        processor.process_update(upd(1), work("a2", 0.0)),
        processor.process_update(upd(2), work("b", 0.05)),
    )
    assert log.index("a1-") < log.index("a2+"), "same chat waits its turn"
    assert log.index("b-") < log.index("a1-"), "another chat is not held up by a slow one"


def test_token_never_reaches_the_log(tg, make_ctx, caplog):
    """httpx logs every request URL, which holds the token; the shared filter masks it."""
    from bot.logs import SecretFilter

    handler_records: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            handler_records.append(self.format(record))

    capture = Capture()
    capture.addFilter(SecretFilter([TOKEN]))
    httpx_log = logging.getLogger("httpx")
    old = httpx_log.level
    httpx_log.setLevel(logging.INFO)
    httpx_log.addHandler(capture)
    try:
        httpx.post(f"{tg.base_url}{TOKEN}/getMe")
    finally:
        httpx_log.removeHandler(capture)
        httpx_log.setLevel(old)
    assert handler_records and "getMe" in handler_records[0]
    assert TOKEN not in "\n".join(handler_records)
    assert TOKEN.split(":")[1] not in "\n".join(handler_records)


def test_token_in_a_traceback_is_masked():
    """PTB's InvalidToken message quotes the token; the traceback must not."""
    from bot.logs import SecretFilter

    lines: list[str] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    capture = Capture()
    capture.setFormatter(logging.Formatter("%(message)s"))
    capture.addFilter(SecretFilter([]))
    logger = logging.getLogger("test.secret")
    logger.addHandler(capture)
    try:
        try:
            raise RuntimeError(f"The token `{TOKEN}` was rejected; url https://api.telegram.org/bot{TOKEN}/getMe")
        except RuntimeError:
            logger.exception("startup failed")
    finally:
        logger.removeHandler(capture)
    assert "RuntimeError" in lines[0] and "bot<TOKEN>" in lines[0]
    assert TOKEN.split(":")[1] not in lines[0]
