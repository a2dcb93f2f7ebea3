"""/plans, /plan, /plan_close and /plan_open over the real registry: real `Update`s through
`Application.process_update`, replies over HTTP to the Bot API stand-in."""
from __future__ import annotations

import importlib.util
import sys
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from handlers.access import FloodGuard
from retrieval.loaders import load_file
from retrieval.plans import parse_plan
from store.plans import load_plan
from store.tasks import list_tasks
from tests.support.paths import DATA
from tests.support.telegram_standin import TOKEN, TelegramStandIn, chat_group, user

ADMIN = user(1001, "李主任", "admin_li")
STAFF = user(1002, "王科员", "wang")
GROUP = chat_group(-100500, "督查室工作群")
OTHER_GROUP = chat_group(-100600, "发改委督办群")


def _qingfeng():
    spec = importlib.util.spec_from_file_location("qingfeng_plan", DATA / "plans" / "qingfeng_plan.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["qingfeng_plan"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture
def tg():
    with TelegramStandIn() as standin:
        yield standin


@pytest.fixture
async def app(tg: TelegramStandIn, make_ctx, tmp_path):
    ctx = make_ctx("2025-03-04 10:00", DUCHA_ADMIN_IDS=str(ADMIN["id"]),
                   DUCHA_ALLOWED_CHAT_IDS=f"{GROUP['id']},{OTHER_GROUP['id']}")
    qingfeng = _qingfeng().write_labelled(tmp_path / "qingfeng.txt")
    load_plan(ctx.db, parse_plan(load_file(qingfeng)), None, "qingfeng.txt", "h1")  # plan 1: 青枫市 2024
    yunling = DATA / "plans" / "yunling" / "shape3_brackets.txt"
    load_plan(ctx.db, parse_plan(load_file(yunling)), None, "yunling.txt", "h2")  # plan 2: 云岭省 2025
    application = build_application(ctx, token=TOKEN, base_url=tg.base_url, scheduler=False, flood=FloodGuard(limit=50))
    async with application:
        yield application


async def send(app, tg: TelegramStandIn, chat: dict, who: dict, text: str, **kw: Any) -> str:
    await app.process_update(Update.de_json(tg.message(chat, who, text, push=False, **kw), app.bot))
    return tg.replies(chat["id"])[-1]


async def test_plans_lists_both_plans(app, tg):
    reply = await send(app, tg, GROUP, STAFF, "/plans")
    assert "青枫市2024年政府工作报告重点任务分解方案" in reply and "云岭省2025年" in reply and reply.count("督办中") == 2


async def test_admin_closes_and_reopens_a_plan_staff_cannot(app, tg):
    ctx = app.bot_data.ducha
    refused = await send(app, tg, GROUP, STAFF, "/plan_close 2024")
    assert "管理员" in refused
    assert len(list_tasks(ctx.db, status="逾期", today=ctx.today(), plan_id=1)) == 12
    closed = await send(app, tg, GROUP, ADMIN, "/plan_close 2024")
    assert "已关闭方案" in closed and "/plan_open 1" in closed
    assert list_tasks(ctx.db, status="逾期", today=ctx.today(), plan_id=1) == []
    assert "已关闭" in await send(app, tg, GROUP, STAFF, "/plans")
    card = await send(app, tg, GROUP, STAFF, "/plan 2024")
    card = await send(app, tg, GROUP, STAFF, "/task 1.1")
    assert "已关闭方案" in card and "推动电子信息" in card
    opened = await send(app, tg, GROUP, ADMIN, "/plan_open 1")
    assert "重新打开" in opened
    assert len(list_tasks(ctx.db, status="逾期", today=ctx.today(), plan_id=1)) == 12
    actions = [r[0] for r in ctx.db.execute("SELECT action FROM bot_audit ORDER BY rowid")]
    assert actions == ["plan_close", "plan_open"]


async def test_a_chats_default_plan_decides_what_a_code_means(app, tg):
    newest = await send(app, tg, GROUP, STAFF, "/task 1.1")
    assert "实施基础研究提升行动" in newest and "另有方案也有任务 1.1" in newest
    chosen = await send(app, tg, GROUP, STAFF, "/plan 2024")
    assert "青枫市2024年" in chosen
    card = await send(app, tg, GROUP, STAFF, "/task 1.1")
    assert "推动电子信息" in card
    # A progress report in this chat goes to the chosen plan's 1.1.
    await send(app, tg, GROUP, ADMIN, "/progress 1.1 已完成园区扩能方案编制")
    ctx = app.bot_data.ducha
    plans_of_reports = [r[0] for r in ctx.db.execute("SELECT t.plan_id FROM progress p JOIN tasks t ON t.id = p.task_id")]
    assert plans_of_reports == [1]
    # Another chat keeps the newest plan.
    assert "实施基础研究提升行动" in await send(app, tg, OTHER_GROUP, STAFF, "/task 1.1")
    assert "没有这个方案" in await send(app, tg, GROUP, STAFF, "/plan 1999")


async def test_plans_shows_a_plan_read_short_of_its_notice(app, tg):
    """A plan whose notice says "共明确9项" but holds 8 tasks: /plans says so under its line."""
    ctx = app.bot_data.ducha
    text = (DATA / "plans" / "qingshi" / "town_fields.txt").read_text(encoding="utf-8").replace("共明确8项", "共明确9项")
    load_plan(ctx.db, parse_plan(SimpleNamespace(text=text, tables=[])), None, "qingshi.txt", "h3")
    reply = await send(app, tg, GROUP, STAFF, "/plans")
    lines = reply.splitlines()
    town = next(i for i, line in enumerate(lines) if "青石镇2024年" in line)
    assert "8 项" in lines[town] and lines[town + 1] == "　　⚠ 核对：方案写明共9项，实际读到8项，请对照原文检查"
    assert sum("核对" in line for line in lines) == 1  # the other plans' counts agree
