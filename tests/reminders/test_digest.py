"""The supervision digest and the status chart: what a 督查室 member reads each morning."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from reminders.calendar import add_day
from reminders.chart import cjk_font, render_board
from reminders.digest import build_digest, send_digest
from reminders.daily_pass import run_pass
from tests.support import reminders_fixtures as fx

FakeBot = fx.FakeBot

SUPERVISION = -100900


@pytest.fixture
def ctx(make_ctx):
    ctx = make_ctx(now="2024-07-02T09:00", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION))
    fx.bind(ctx.db, "市发展改革委", 1001)
    fx.task(ctx.db, "1.1", due="2024-07-04", lead=["市发展改革委"], text="加快推进重大项目建设，确保年内开工。")
    fx.task(ctx.db, "1.2", due="2024-06-21", lead=["市统计局"], text="完善统计监测体系。")
    t = fx.task(ctx.db, "1.3", due="2024-07-31", lead=["市财政局"], text="盘活存量资产。")
    fx.progress(ctx.db, t, "2024-07-01T15:00:00+08:00", unit_name="市财政局", done=True)
    t = fx.task(ctx.db, "1.4", due="2024-08-30", lead=["市财政局"], text="推进预算绩效管理改革。")
    fx.progress(ctx.db, t, "2024-06-20T15:00:00+08:00", unit_name="市财政局")
    fx.task(ctx.db, "1.5", due=None, lead=["各县（区）人民政府"], text="落实属地责任。")
    return ctx


def test_digest_counts_week_overdue_done_and_unbound(ctx):
    text = build_digest(ctx, dt.date(2024, 7, 2))
    assert "督查日报 2024-07-02（星期二）" in text
    assert "任务 5 项：未开始 2，推进中 1，已完成 1，逾期 1" in text
    week = text.split("本周到期（1）：")[1].split("逾期（")[0]
    assert "1.1 加快推进重大项目建设" in week and "2024-07-04" in week and "市发展改革委" in week
    late = text.split("逾期（1）：")[1].split("上一工作日")[0]
    assert "1.2 完善统计监测体系" in late and "逾期 7 个工作日" in late
    done = text.split("上一工作日以来报告完成（1）：")[1]
    assert "1.3 盘活存量资产" in done
    unbound = [line for line in text.splitlines() if line.startswith("未绑定")][0]
    assert "市统计局" in unbound and "各县（区）人民政府" in unbound and "市财政局" in unbound
    assert "市发展改革委" not in unbound
    assert "周一至周五" not in text  # 2024 is a known year


def test_fallback_year_is_said_once(make_ctx):
    ctx = make_ctx(now="2026-12-28T09:00", DUCHA_SUPERVISION_CHAT_ID=str(SUPERVISION))
    bot = FakeBot()
    import asyncio

    assert asyncio.run(send_digest(ctx, bot, dt.date(2026, 12, 28)))
    assert "2027 年的法定节假日安排尚未录入" in bot.sent[-1][1]
    assert asyncio.run(send_digest(ctx, bot, dt.date(2026, 12, 29)))
    assert "2027" not in bot.sent[-1][1]
    assert len(bot.sent) == 2


def test_fallback_note_in_the_plan_until_the_year_is_entered(make_ctx):
    ctx = make_ctx(now="2027-01-04T09:00")
    assert any("2027" in n for n in run_pass(ctx, dt.date(2027, 1, 4), dry_run=True).notes)
    add_day(ctx.db, dt.date(2027, 1, 1), "holiday", now=ctx.now())
    assert run_pass(ctx, dt.date(2027, 1, 4), dry_run=True).notes == []


async def test_digest_and_chart_sent_once_a_day(ctx):
    bot = FakeBot()
    day = dt.date(2024, 7, 2)
    assert await send_digest(ctx, bot, day) is True
    assert await send_digest(ctx, bot, day) is False
    assert [c for c, _ in bot.sent] == [SUPERVISION]
    assert len(bot.photos) == 1 and bot.photos[0][1].startswith(b"\x89PNG")
    assert "各牵头单位任务状态" in bot.photos[0][2]


async def test_digest_retried_next_run_when_telegram_fails(ctx):
    from telegram.error import BadRequest

    day = dt.date(2024, 7, 2)
    with pytest.raises(Exception):
        await send_digest(ctx, FakeBot(fail={1: BadRequest("Bad Request: message is too long")}), day)
    bot = FakeBot()
    assert await send_digest(ctx, bot, day) is True and len(bot.sent) == 1


def test_chart_is_a_png_with_chinese_glyphs(ctx):
    png = render_board(ctx, dt.date(2024, 7, 2))
    assert png.startswith(b"\x89PNG")
    from matplotlib import image

    img = image.imread(io.BytesIO(png))
    assert img.shape[0] > 200 and img.shape[1] > 500
    font = cjk_font()
    assert font, "no CJK font: install paperang-p2-fonts-cjk (a project dependency)"
    from matplotlib.ft2font import FT2Font

    face = FT2Font(font)
    assert all(face.get_char_index(ord(ch)) for ch in "市发展改革委逾期已完成")


def test_empty_registry_still_gives_a_digest_and_a_chart(make_ctx):
    ctx = make_ctx(now="2024-07-02T09:00")
    text = build_digest(ctx, dt.date(2024, 7, 2))
    assert "任务 0 项" in text and "逾期（0）" in text
    assert render_board(ctx, dt.date(2024, 7, 2)).startswith(b"\x89PNG")


async def test_digest_reports_what_the_day_sent(ctx):
    day = dt.date(2024, 7, 3)
    from reminders.sender import deliver_pending

    run_pass(ctx, day, dry_run=False)  # 1.1 upcoming, 1 working day left (bound); 1.2 overdue (unbound)
    await deliver_pending(ctx, FakeBot())
    assert "今日提醒 2 条：已发送 1，待发送 0，未绑定 1，发送失败 0。" in build_digest(ctx, day)


def test_a_claim_under_review_is_neither_late_nor_done_in_the_digest_and_chart(ctx):
    """A unit's 销号 claim on an overdue task: the digest counts it as 待审核, not 逾期."""
    from reminders.chart import unit_counts
    from store import reminder_queries as q
    from store.claims import submit_claim

    submit_claim(ctx.db, "1.2", "已完成监测体系建设", unit="市统计局", by="telegram:7 @tj", now=ctx.now(), chat_id=None)
    text = build_digest(ctx, dt.date(2024, 7, 2))
    assert "逾期 0" in text and "另有 1 项单位已申请销号" in text
    assert "1.2 完善统计监测体系" not in text.split("任务 5 项")[1]
    assert [r.status for r in q.board(ctx.db, dt.date(2024, 7, 2)) if r.code == "1.2"] == ["待审核"]
    assert dict(unit_counts(ctx, dt.date(2024, 7, 2)))["市统计局"]["待审核"] == 1
    png = render_board(ctx, dt.date(2024, 7, 2))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
