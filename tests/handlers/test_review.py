"""`/review` in a chat, with the real check behind it: counts and the not-mentioned tasks by
lead unit; one task's verdict with the report's sentence; usage on bad arguments; the long
list of the sample plan paged with buttons."""
from __future__ import annotations

from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from handlers.access import FloodGuard
from prompts import review as P
from retrieval.ingest import ingest_paths
from tests.support.review_pairs import pair
from tests.support.telegram_standin import TOKEN, TelegramStandIn, chat_group, user

STAFF = user(1002, "王科员", "wang")
GROUP = chat_group(-100500, "督查室工作群")


@pytest.fixture
def tg():
    with TelegramStandIn() as standin:
        yield standin


async def _app(tg: TelegramStandIn, make_ctx, paths: list) -> Any:
    ctx = make_ctx("2026-03-02T09:00:00", DUCHA_ALLOWED_CHAT_IDS=str(GROUP["id"]), DUCHA_EMBEDDING="none")
    results = ingest_paths(ctx, paths)
    assert all(r.status == "ingested" for r in results), [r.error for r in results]
    return build_application(ctx, token=TOKEN, base_url=tg.base_url, scheduler=False, flood=FloodGuard(limit=50))


async def send(app, tg: TelegramStandIn, text: str) -> str:
    before = len(tg.replies(GROUP["id"]))
    await app.process_update(Update.de_json(tg.message(GROUP, STAFF, text, push=False), app.bot))
    return "\n".join(tg.replies(GROUP["id"])[before:])


@pytest.fixture
async def app(tg, make_ctx):
    p, q = pair("qinglan"), pair("fengxi")
    application = await _app(tg, make_ctx, [p.plan, p.report, q.plan, q.report])
    async with application:
        yield application


async def test_review_a_year_lists_the_unmentioned_by_lead_unit(app, tg):
    reply = await send(app, tg, "/review 2025")
    assert "已兑现 4 项" in reply and "未提及 4 项" in reply
    lines = reply.splitlines()
    unit = lines.index(next(line for line in lines if "市城市管理局" in line))
    assert "2.4" in lines[unit + 1] and "污水处理厂" in lines[unit + 1]
    assert "报告未提及的任务" in reply and "云杉数据中心" not in reply  # 1.3 is done: not listed


async def test_review_one_task_shows_the_verdict_and_the_sentence(app, tg):
    reply = await send(app, tg, "/review 3.2")
    assert "任务 3.2" in reply and "有进展" in reply and "主体工程基本建成" in reply and "2026年青澜市政府工作报告" in reply
    reply = await send(app, tg, "/review 2024 3.2")
    assert "已兑现" in reply and "城镇登记失业率控制在3.2%" in reply
    reply = await send(app, tg, "/review 2025 3.3")
    assert "未提及" in reply and "没有提到" in reply


async def test_review_bad_arguments_get_the_usage(app, tg):
    assert await send(app, tg, "/review 1.1 2.2") == P.USAGE
    assert "没有找到分工方案" in await send(app, tg, "/review 2019")


async def test_the_sample_plan_pages_its_long_list(tg, make_ctx, corpus_dir):
    texts = {p: p.read_text(encoding="utf-8", errors="ignore")[:3000] for p in sorted(corpus_dir.glob("*.txt"))}
    plan = next(p for p, t in texts.items() if "分工方案" in t)
    report = next(p for p, t in texts.items() if "2021 年工作回顾" in t or "2021年工作回顾" in t)
    application = await _app(tg, make_ctx, [plan, report])
    async with application:
        reply = await send(application, tg, "/review 2021")
        assert "166项" in reply
        markup = tg.sent("sendMessage", GROUP["id"])[-1].params.get("reply_markup")
        assert markup and "下一页" in str(markup)


async def test_review_without_a_checkable_plan_says_what_is_missing(tg, make_ctx):
    application = await _app(tg, make_ctx, [pair("qinglan").plan])
    async with application:
        reply = await send(application, tg, "/review")
        assert "下一年的政府工作报告" in reply and "/review 2021" in reply


async def test_report_with_the_review_attaches_it(tg, make_ctx):
    """`/report 兑现核查 2024` in the supervision chat: the 通报 with the check attached, the
    same counts as `/review 2024`, the caption saying them."""
    import io

    import docx

    from prompts import exports as texts

    p = pair("fengxi")
    ctx = make_ctx("2025-03-02T09:00:00", DUCHA_ALLOWED_CHAT_IDS=str(GROUP["id"]), DUCHA_EMBEDDING="none",
                   DUCHA_SUPERVISION_CHAT_ID=str(GROUP["id"]))
    assert all(r.status == "ingested" for r in ingest_paths(ctx, [p.plan, p.report]))
    application = build_application(ctx, token=TOKEN, base_url=tg.base_url, scheduler=False, flood=FloodGuard(limit=50))
    async with application:
        summary = await send(application, tg, "/review 2024")
        await send(application, tg, "/report 兑现核查 2024")
        assert await send(application, tg, "/report 兑现核查 2024 多余") == texts.EXPORT_USAGE.format(command="report")
    [(name, data, caption)] = tg.documents(GROUP["id"])
    assert name.endswith(".docx")
    labels = {x["code"]: x["label"] for x in p.labels}
    n = {k: sum(1 for v in labels.values() if v == k) for k in ("done", "progress", "not_mentioned")}
    assert f"已兑现 {n['done']} 项" in summary
    assert f"已兑现{n['done']}项，有进展{n['progress']}项，未提及{n['not_mentioned']}项" in caption
    doc = docx.Document(io.BytesIO(data))
    assert texts.REVIEW_ANNEX in [x.text for x in doc.paragraphs]
    [items] = [t for t in doc.tables if [c.text for c in t.rows[0].cells] == list(texts.REVIEW_ITEMS_HEADERS)]
    assert {r.cells[0].text: r.cells[3].text for r in items.rows[1:]} == {c: texts.REVIEW_LABELS[v] for c, v in labels.items()}
