"""Every user-visible text of the reminders part: reminder messages, the supervision
digest, notices and CLI lines. Short, Chinese, each reminder with the task code, a short
title, the deadline, working days left or late, and the /progress command."""
from __future__ import annotations

import datetime as dt

WEEKDAYS = "一二三四五六日"

KIND_LABEL = {
    "upcoming": "即将到期",
    "due_today": "今日到期",
    "overdue": "已逾期",
    "escalation": "逾期督办",
}

UPCOMING = (
    "【督办提醒】{code} {title}\n"
    "截止：{due}（还有 {left} 个工作日）\n"
    "请抓紧推进，报送进展：/progress {code} 进展情况"
)
DUE_TODAY = (
    "【今日到期】{code} {title}\n"
    "截止：{due}{shifted}\n"
    "请今天报送办理情况：/progress {code} 进展情况"
)
DUE_TODAY_SHIFTED = "（节假日，提前至今日）"
OVERDUE = (
    "【逾期提醒】{code} {title}\n"
    "截止：{due}，已逾期 {late} 个工作日\n"
    "请尽快办结并报送：/progress {code} 进展情况"
)
ESCALATION = (
    "【逾期督办】{code} {title}\n"
    "截止：{due}，已逾期 {late} 个工作日\n"
    "牵头单位：{units}\n"
    "牵头领导：{leaders}\n"
    "请督查室跟进督办。"
)

BATCH_HEADER = "📌 督办提醒 {n} 项"
SUPERVISION_UNIT = "督查室"  # the `unit` of an escalation about a task without lead units
BINDING_LOST = "【绑定失效】群聊 {chat_id} 无法接收提醒（{reason}），已停用其绑定：{units}。请用 /bind 重新绑定。"
REASON_FORBIDDEN = "机器人被移出或被拉黑"
REASON_NOT_FOUND = "群聊不存在"
REASON_MIGRATED = "群已升级为超级群"
# Delivery problems told to the admins in private (and in `ducha remind` output).
ADMIN_UNDELIVERED = "【提醒未送达】{n} 条提醒没有送到：\n{lines}"
UNDELIVERED_UNBOUND = "· {unit}：{n} 条，该单位未绑定群聊（在其工作群发送 /bind {unit} 绑定后，下次提醒运行时补发）"
UNDELIVERED_FAILED = "· {unit}：{n} 条，群聊 {chat_id} 无法接收（{reason}）"
SUPERVISION_ESCALATIONS = "督查工作群（逾期督办）"
SUPERVISION_MIGRATED = "督查工作群已升级为超级群，新 ID 为 {new}。本次提醒已发往新 ID；请把 DUCHA_SUPERVISION_CHAT_ID 改为 {new}。"
DIGEST_UNDELIVERED = "自 {since} 以来未送达的提醒：发送失败 {failed}；未绑定暂存 {unbound}。"
CLI_UNDELIVERED = "未送达："
CLI_PAST_DATE = "{date} 已经过去：真正运行会把当天的提醒立即发到各单位的群。只想查看请加 --dry-run；确需补发请加 --force。"
CLI_PAST_HELD = "{date} 已经过去：提醒已记录但不会发送（机器人也不会补发）；确需发送请加 --force。"
CLI_PAST_HELD_NOTE = "过去日期的演算，未发送"

# Digest
DIGEST_TITLE = "📋 督查日报 {date}（星期{weekday}）"
DIGEST_COUNTS = "任务 {total} 项：未开始 {未开始}，推进中 {推进中}，已完成 {已完成}，逾期 {逾期}"
DIGEST_CLAIMED = "另有 {n} 项单位已申请销号，待督查室审核（不计逾期，提醒暂停）"
DIGEST_WEEK = "本周到期（{n}）："
DIGEST_OVERDUE = "逾期（{n}）："
DIGEST_DONE = "上一工作日以来报告完成（{n}）："
DIGEST_UNBOUND = "未绑定（{n}）：{units}。请用 /bind 单位 绑定其群聊，否则收不到提醒。"
DIGEST_SENT = "今日提醒 {n} 条：已发送 {sent}，待发送 {pending}，未绑定 {unbound}，发送失败 {failed}。"
DIGEST_ITEM_DUE = "· {code} {title}｜截止 {due}｜{units}"
DIGEST_ITEM_LATE = "· {code} {title}｜逾期 {late} 个工作日｜{units}"
DIGEST_ITEM_DONE = "· {code} {title}｜{units}"
DIGEST_MORE = "  …另有 {n} 项"
DIGEST_NONE = "  无"
DIGEST_NOT_WORKDAY = "今天不是工作日，不发提醒。"
CHART_CAPTION = "各牵头单位任务状态（{date}）"

FALLBACK_NOTE = "注意：{years} 年的法定节假日安排尚未录入，暂按周一至周五计算工作日。请管理员用 ducha calendar add 日期 holiday|workday 补录。"
NO_SUPERVISION_CHAT = "未设置 DUCHA_SUPERVISION_CHAT_ID，逾期督办与日报无处发送。"
NO_LEAD_UNIT = "任务 {code} 没有牵头单位，无人可提醒。"

# CLI
CLI_HEADER = "{date}（星期{weekday}）{workday}：新提醒 {n} 条"
CLI_WORKDAY = "工作日"
CLI_DAY_OFF = "非工作日，不发提醒"
CLI_LINE = "[{label}] {code} → {unit}（{chat}）"
CLI_UNBOUND = "未绑定"
CLI_DRY_RUN = "（演练：未记录、未发送）"
CLI_RECORDED = "已记录 {n} 条新提醒。"
CLI_SENT = "已发送 {n} 条。"
CLI_BAD_TOKEN = "TELEGRAM_BOT_TOKEN 无效（Telegram 拒绝了它）；提醒已记录，请改正令牌后重新运行或启动机器人发送。"
CLI_NETWORK = "{error}提醒已记录，机器人或下次运行时发送。"
CLI_UNBOUND_UNITS = "未绑定群聊的单位（提醒只记录不发送）：{units}"
CLI_DIGEST_SENT = "每日汇总已发到督查室工作群。"
CLI_NO_TOKEN = "未设置 TELEGRAM_BOT_TOKEN：提醒已记录，待机器人启动后发送。"
CAL_ADDED = "已记录 {date}（星期{weekday}）为{kind}{note}。"
CAL_KIND = {"holiday": "放假", "workday": "调休上班"}
CAL_SHOW_HEADER = "{year} 年工作日安排（{source}）："
CAL_SOURCE_PACKAGE = "chinesecalendar 官方数据"
CAL_SOURCE_ADMIN_DAYS = "管理员录入 {n} 天"
CAL_SOURCE_ADMIN = CAL_SOURCE_ADMIN_DAYS + "，其余按周一至周五"
CAL_SOURCE_FALLBACK = "无官方数据、也未录入：按周一至周五计算。请用 ducha calendar add 补录"
CAL_SHOW_LINE = "{date}（星期{weekday}）{kind}{note}"
CAL_SHOW_NONE = "（与周一至周五无差别）"


def weekday(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]


def short_title(text: str, limit: int = 24) -> str:
    """First clause of the task text, cut to `limit` characters: enough to recognise it."""
    head = text.strip()
    for sep in "。；;，,：:":
        i = head.find(sep)
        if 0 < i:
            head = head[:i]
    return head if len(head) <= limit else head[: limit - 1] + "…"


def reminder_text(kind: str, *, code: str, text: str, due: dt.date, left: int = 0, late: int = 0,
                  shifted: bool = False, units: list[str] | None = None, leaders: list[str] | None = None) -> str:
    title = short_title(text)
    if kind == "upcoming":
        return UPCOMING.format(code=code, title=title, due=due.isoformat(), left=left)
    if kind == "due_today":
        return DUE_TODAY.format(code=code, title=title, due=due.isoformat(), shifted=DUE_TODAY_SHIFTED if shifted else "")
    if kind == "overdue":
        return OVERDUE.format(code=code, title=title, due=due.isoformat(), late=late)
    return ESCALATION.format(
        code=code, title=title, due=due.isoformat(), late=late,
        units="、".join(units or []) or "（无）", leaders="、".join(leaders or []) or "（未列明）",
    )
