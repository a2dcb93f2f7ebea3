"""The office commands against the Bot API stand-in, with the real registry underneath:
/export and /report send the same files `ducha export` writes; who may ask for them."""
from __future__ import annotations

import io
from collections import Counter
from typing import Any

import docx
import openpyxl
import pytest
from telegram import Update

from bot.app import build_application
from handlers.access import FloodGuard
from prompts import exports as texts
from store.bindings import bind
from store.tasks import list_tasks
from tests.support import reminders_fixtures as fx
from tests.support.telegram_standin import TOKEN, TelegramStandIn, chat_group, chat_private, user

ADMIN = user(1001, "李主任", "admin_li")
STAFF = user(1002, "王科员", "wang")
SUPERVISION = chat_group(-100500, "督查室工作群")
UNIT_GROUP = chat_group(-100600, "发改委督办群")
NOW = "2024-07-12T10:00:00"  # a Friday


@pytest.fixture
def tg():
    with TelegramStandIn() as standin:
        yield standin


@pytest.fixture
def ctx(make_ctx):
    ctx = make_ctx(NOW, DUCHA_ADMIN_IDS=str(ADMIN["id"]), DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION["id"]),
                   DUCHA_ALLOWED_CHAT_IDS=str(STAFF["id"]))
    db = ctx.db
    fx.task(db, "1.1", due="2024-06-28", lead=["市发展改革委"], leaders=["张三"])
    fx.task(db, "1.2", due="2024-07-05", lead=["市发展改革委", "市财政局"], co=["市统计局"])
    fx.task(db, "1.3", due="2024-07-16", lead=["市财政局"])
    fx.task(db, "2.1", due="2024-12-31", lead=["市发展改革委"])
    fx.task(db, "2.2", due="2024-05-31", lead=["市财政局"], done_at="2024-05-30T09:00:00")
    bind(db, "市发展改革委", UNIT_GROUP["id"], by="test", now=ctx.now())
    return ctx


@pytest.fixture
async def app(tg: TelegramStandIn, ctx):
    application = build_application(ctx, token=TOKEN, base_url=tg.base_url, scheduler=False, flood=FloodGuard(limit=100))
    async with application:
        yield application


async def send(app, tg: TelegramStandIn, chat: dict, who: dict, text: str, **kw: Any) -> dict:
    update = tg.message(chat, who, text, push=False, **kw)
    await app.process_update(Update.de_json(update, app.bot))
    return update["message"]


async def test_export_sends_the_ledger_to_an_admin(app, tg, ctx):
    await send(app, tg, chat_private(ADMIN), ADMIN, "/export")
    [(name, data, caption)] = tg.documents(ADMIN["id"])
    assert name == "督查台账_2024-07-12.xlsx"
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = {ws.cell(r, 1).value: ws.cell(r, 7).value for r in range(4, ws.max_row + 1)}
    registry = list_tasks(ctx.db, today=ctx.today())
    assert rows == {t.code: t.status for t in registry}
    overdue = [t.code for t in registry if t.status == "逾期"]
    assert sorted(overdue) == ["1.1", "1.2"]
    assert f"逾期{len(overdue)}项" in caption and f"任务{len(registry)}项" in caption


async def test_report_in_the_supervision_chat_groups_overdue_by_lead_unit(app, tg):
    await send(app, tg, SUPERVISION, STAFF, "/report 2024-07-12")
    [(name, data, _)] = tg.documents(SUPERVISION["id"])
    assert name.endswith(".docx")
    doc = docx.Document(io.BytesIO(data))
    groups = [p.text for p in doc.paragraphs if p.text.startswith("（") and p.text.endswith("项）")]
    # 1.2 has two lead units: it is listed under both; 发改委 has 1.1 and 1.2
    assert groups[:2] == ["（一）市发展改革委（2项）", "（二）市财政局（1项）"]
    tables = [t for t in doc.tables if t.rows[0].cells[3].text == "逾期工作日"]
    assert [[r.cells[0].text for r in t.rows[1:]] for t in tables] == [["1.1", "1.2"], ["1.2"]]
    # 6月28日 (Fri) → 7月12日 (Fri): ten working days; 7月5日 → 7月12日: five
    assert [r.cells[3].text for r in tables[0].rows[1:]] == ["10", "5"]


async def test_others_are_refused_and_get_no_file(app, tg):
    await send(app, tg, UNIT_GROUP, STAFF, "/export")
    await send(app, tg, chat_private(STAFF), STAFF, "/report")
    assert tg.sent("sendDocument") == []
    assert tg.replies(UNIT_GROUP["id"]) == [texts.EXPORT_REFUSED]
    assert tg.replies(STAFF["id"]) == [texts.EXPORT_REFUSED]


async def test_bad_date_is_a_usage_line(app, tg):
    await send(app, tg, chat_private(ADMIN), ADMIN, "/export 7月1日")
    assert tg.replies(ADMIN["id"]) == [texts.EXPORT_USAGE.format(command="export")]


# --- completion review (销号) --------------------------------------------------------------

def _status(ctx, code: str) -> str:
    from store.tasks import get_task

    return get_task(ctx.db, code, today=ctx.today()).status


def _reminded(ctx) -> set[str]:
    from reminders.ladder import compute

    return {r.task for r in compute(ctx, ctx.today()).reminders}


def _actions(ctx) -> list[tuple[str, str, int]]:
    from store.audit import list_audit

    return [(a.action, a.target, a.user_id) for a in reversed(list_audit(ctx.db))]


async def test_claim_is_reviewed_and_approved_by_an_admin_only(app, tg, ctx):
    assert "1.1" in _reminded(ctx)
    await send(app, tg, UNIT_GROUP, STAFF, "/done 1.1 已印发实施方案并上线运行")
    assert tg.replies(UNIT_GROUP["id"]) == [texts.REVIEW_SUBMITTED.format(code="1.1")]
    assert _status(ctx, "1.1") == "待审核" and "1.1" not in _reminded(ctx)
    card = tg.bot_message(SUPERVISION["id"])
    assert "已印发实施方案并上线运行" in card["text"] and "市发展改革委" in card["text"]
    buttons = [b["text"] for b in card["reply_markup"]["inline_keyboard"][0]]
    assert buttons == [texts.REVIEW_APPROVE_BUTTON, texts.REVIEW_RETURN_BUTTON]
    approve = card["reply_markup"]["inline_keyboard"][0][0]["callback_data"]

    # a non-admin in the supervision chat presses 通过: refused, nothing changes
    update = tg.callback(SUPERVISION, STAFF, card, approve, push=False)
    await app.process_update(Update.de_json(update, app.bot))
    answered = tg.sent("answerCallbackQuery")[-1].params
    assert answered.get("show_alert") and "管理员" in answered.get("text", "")
    assert _status(ctx, "1.1") == "待审核"

    update = tg.callback(SUPERVISION, ADMIN, card, approve, push=False)
    await app.process_update(Update.de_json(update, app.bot))
    assert _status(ctx, "1.1") == "已完成" and "1.1" not in _reminded(ctx)
    edited = tg.bot_message(SUPERVISION["id"])
    assert "已通过" in edited["text"] and "reply_markup" not in edited
    assert tg.replies(UNIT_GROUP["id"])[-1] == texts.REVIEW_APPROVED_UNIT.format(code="1.1")
    # pressing again (a second admin, a stale card) changes nothing
    await app.process_update(Update.de_json(tg.callback(SUPERVISION, ADMIN, card, approve, push=False), app.bot))
    assert tg.sent("answerCallbackQuery")[-1].params.get("text") == texts.REVIEW_NOT_PENDING
    assert _actions(ctx) == [("claim", "1.1", STAFF["id"]), ("review_refused", approve, STAFF["id"]), ("approve", "1.1", ADMIN["id"])]


async def test_claim_returned_with_a_reason_reopens_the_task(app, tg, ctx):
    await send(app, tg, UNIT_GROUP, STAFF, "/done 1.2 已完成")
    card = tg.bot_message(SUPERVISION["id"])
    back = card["reply_markup"]["inline_keyboard"][0][1]["callback_data"]
    await app.process_update(Update.de_json(tg.callback(SUPERVISION, ADMIN, card, back, push=False), app.bot))
    prompt = tg.bot_message(SUPERVISION["id"])
    assert prompt["text"].startswith(texts.REVIEW_PROMPT_MARK)
    assert tg.sent("sendMessage", SUPERVISION["id"])[-1].params["reply_markup"]["force_reply"]
    assert _status(ctx, "1.2") == "待审核"
    # only an admin's reply counts as the reason
    await send(app, tg, SUPERVISION, STAFF, "我觉得可以", reply_to=prompt)
    assert _status(ctx, "1.2") == "待审核"
    await send(app, tg, SUPERVISION, ADMIN, "缺少验收材料，请补充", reply_to=prompt)
    assert _status(ctx, "1.2") == "逾期" and "1.2" in _reminded(ctx)
    assert tg.replies(UNIT_GROUP["id"])[-1] == texts.REVIEW_RETURNED_UNIT.format(code="1.2", reason="缺少验收材料，请补充")
    card_now = next(m for m in [tg.messages[(SUPERVISION["id"], card["message_id"])]])
    assert "已退回" in card_now["text"] and "缺少验收材料" in card_now["text"] and "reply_markup" not in card_now
    assert [a for a in _actions(ctx) if a[0] in ("claim", "return")] == [("claim", "1.2", STAFF["id"]), ("return", "1.2", ADMIN["id"])]
    # the unit may claim again
    await send(app, tg, UNIT_GROUP, STAFF, "/done 1.2 已补充验收材料")
    assert _status(ctx, "1.2") == "待审核"


async def test_who_may_claim_and_admin_direct_close(app, tg, ctx):
    # 1.3 is led by 市财政局, not by the unit bound to this chat
    await send(app, tg, UNIT_GROUP, STAFF, "/done 1.3 已完成")
    assert "1.3" in tg.replies(UNIT_GROUP["id"])[-1] and _status(ctx, "1.3") != "待审核"
    await send(app, tg, UNIT_GROUP, STAFF, "/done 2.1")
    assert tg.replies(UNIT_GROUP["id"])[-1] == texts.REVIEW_USAGE
    await send(app, tg, UNIT_GROUP, STAFF, "/done 2.1 完成")
    await send(app, tg, UNIT_GROUP, STAFF, "/done 2.1 又完成了")
    assert tg.replies(UNIT_GROUP["id"])[-1] == texts.REVIEW_ALREADY_PENDING.format(code="2.1")
    # an admin's /done closes at once, as `ducha progress --done` does
    await send(app, tg, chat_private(ADMIN), ADMIN, "/done 1.3 督查室核实已完成")
    assert _status(ctx, "1.3") == "已完成"
    await send(app, tg, UNIT_GROUP, STAFF, "/done 1.1 完成")  # not blocked by other tasks' claims
    assert _status(ctx, "1.1") == "待审核"


# --- evidence (佐证材料) -----------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64


def _stored(ctx) -> tuple[int, list]:
    root = ctx.settings.data_dir / "evidence"
    files = [p for p in root.rglob("*") if p.is_file()] if root.exists() else []
    return ctx.db.execute("SELECT count(*) FROM evidence").fetchone()[0], files


async def _upload(app, tg, chat, who, data, **kw):
    update = tg.upload(chat, who, data, push=False, **kw)
    await app.process_update(Update.de_json(update, app.bot))


async def test_evidence_reply_to_a_task_card_is_stored_listed_and_counted(app, tg, ctx):
    await send(app, tg, UNIT_GROUP, STAFF, "/task 1.1")
    card = tg.bot_message(UNIT_GROUP["id"])
    await _upload(app, tg, UNIT_GROUP, STAFF, PDF, file_name="验收报告.pdf", mime="application/pdf", reply_to=card)
    assert tg.replies(UNIT_GROUP["id"])[-1] == texts.EVIDENCE_SAVED.format(name="验收报告.pdf", size=f"{len(PDF)} B", code="1.1", n=1)
    rows, files = _stored(ctx)
    assert rows == 1 and len(files) == 1 and files[0].read_bytes() == PDF
    # the same file again is not stored twice; a photo is evidence too
    await _upload(app, tg, UNIT_GROUP, STAFF, PDF, file_name="验收报告(1).pdf", mime="application/pdf", reply_to=card)
    assert tg.replies(UNIT_GROUP["id"])[-1] == texts.EVIDENCE_DUPLICATE.format(code="1.1")
    await _upload(app, tg, UNIT_GROUP, STAFF, JPEG, photo=True, reply_to=card)
    assert "现有佐证材料 2 份" in tg.replies(UNIT_GROUP["id"])[-1]
    assert _stored(ctx)[0] == 2
    # /task lists the files; the 台账 counts them
    await send(app, tg, UNIT_GROUP, STAFF, "/task 1.1")
    assert texts.EVIDENCE_HEADER in tg.replies(UNIT_GROUP["id"])[-1] and "验收报告.pdf" in tg.replies(UNIT_GROUP["id"])[-1]
    await send(app, tg, chat_private(ADMIN), ADMIN, "/export")
    ws = openpyxl.load_workbook(io.BytesIO(tg.documents(ADMIN["id"])[-1][1])).active
    col = [c.value for c in ws[3]].index("佐证材料") + 1
    counts = {ws.cell(r, 1).value: ws.cell(r, col).value for r in range(4, ws.max_row + 1)}
    assert counts["1.1"] == 2 and counts["2.1"] == 0
    assert [a for a in _actions(ctx) if a[0] == "upload"] == [("upload", "1.1", STAFF["id"])] * 2


async def test_evidence_too_big_or_of_a_refused_type_stores_nothing(app, tg, ctx):
    await send(app, tg, UNIT_GROUP, STAFF, "/task 1.1")
    card = tg.bot_message(UNIT_GROUP["id"])
    from store.evidence import MAX_BYTES

    await _upload(app, tg, UNIT_GROUP, STAFF, PDF, file_name="扫描件.pdf", reply_to=card, declared_size=MAX_BYTES + 1)
    assert tg.replies(UNIT_GROUP["id"])[-1].startswith("文件太大")
    await _upload(app, tg, UNIT_GROUP, STAFF, b"MZ\x90\x00", file_name="setup.exe", reply_to=card)
    assert tg.replies(UNIT_GROUP["id"])[-1].startswith("不接受这种文件（setup.exe）")
    assert tg.sent("getFile") == []  # both refused before anything was downloaded
    await _upload(app, tg, UNIT_GROUP, STAFF, b"MZ\x90\x00renamed", file_name="报告.pdf", reply_to=card)
    assert tg.replies(UNIT_GROUP["id"])[-1].startswith("不接受这种文件（报告.pdf）")
    assert _stored(ctx) == (0, [])
    assert not [a for a in _actions(ctx) if a[0] == "upload"]


async def test_evidence_needs_a_task_and_a_lead_unit_chat(app, tg, ctx):
    # a file shared in the group, not for the bot: ignored
    await _upload(app, tg, UNIT_GROUP, STAFF, PDF, file_name="会议纪要.pdf")
    assert tg.replies(UNIT_GROUP["id"]) == []
    # captioned with a task this chat does not lead: refused
    await _upload(app, tg, UNIT_GROUP, STAFF, PDF, file_name="a.pdf", caption="1.3 的材料")
    assert "1.3" in tg.replies(UNIT_GROUP["id"])[-1] and _stored(ctx)[0] == 0
    await _upload(app, tg, UNIT_GROUP, STAFF, PDF, file_name="a.pdf", caption="2.1 的材料")
    assert "任务 2.1" in tg.replies(UNIT_GROUP["id"])[-1] and _stored(ctx)[0] == 1
