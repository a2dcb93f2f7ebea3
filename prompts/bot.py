"""Every text the Telegram bot shows: help, refusals, apologies, command descriptions, labels.

Templates are HTML (the bot always sends parse_mode=HTML); placeholders are filled with
values that the caller has already escaped with `handlers.render.esc`.
"""
from __future__ import annotations

# (command, description for setMyCommands, shown in the "/" menu; ≤ 256 chars each)
COMMANDS: list[tuple[str, str]] = [
    ("help", "使用说明"),
    ("ask", "提问：/ask 今年的主要预期目标是什么"),
    ("task", "查看任务：/task 3.4"),
    ("unit", "单位牵头和参与的任务：/unit 发改委"),
    ("leader", "领导分管的任务：/leader 张三"),
    ("overdue", "逾期未完成的任务"),
    ("due", "N 天内到期的任务：/due 7"),
    ("progress", "报送进展：/progress 3.4 进展情况"),
    ("done", "标记完成：/done 3.4"),
    ("board", "任务进度图"),
    ("plans", "已导入的分工方案"),
    ("plan", "本群默认方案：/plan 2024（/task 1.2 指该方案的任务）"),
    ("review", "兑现核查：/review 2021 或 /review 3.2"),
    ("bind", "（管理员）把本群绑定到单位：/bind 发改委"),
    ("plan_close", "（管理员）关闭方案，不再提醒：/plan_close 2024"),
    ("plan_open", "（管理员）重新打开方案：/plan_open 2024"),
    ("remind_now", "（管理员）立即运行今天的提醒"),
    ("start", "开始"),
]

START = (
    "您好，我是<b>督查助手</b>。\n"
    "可以直接问我政府工作报告和重点工作分工的问题，例如：\n"
    "“今年经济增长的预期目标是多少？”\n"
    "“3.4 项任务的牵头单位是谁？”\n\n"
    "发送 /help 查看全部命令。"
)

HELP = (
    "<b>督查助手 使用说明</b>\n"
    "私聊：直接发送问题即可。\n"
    "群聊：使用命令，或 @{username} 提问，或回复我的消息。\n\n"
    "<b>查询</b>\n"
    "/ask 问题 — 回答政府工作报告和任务分工的问题\n"
    "/task 3.4 — 某项任务的详情、进展和提醒记录\n"
    "/unit 单位 — 该单位牵头和参与的任务（可用简称，如 发改委）\n"
    "/leader 姓名 — 该领导分管的任务\n"
    "/overdue — 逾期未完成的任务\n"
    "/due 7 — 7 天内到期的任务\n"
    "/board — 任务进度图\n"
    "/plans — 已导入的分工方案\n"
    "/plan 2024 — 本群默认方案（多个方案有同一编号时，/task 1.2 指该方案）\n"
    "/review 2021 — 兑现核查：该年任务在次年报告回顾中的兑现情况（/review 3.2 看单项）\n\n"
    "<b>报送</b>（本群已绑定为牵头单位，或管理员）\n"
    "/progress 3.4 进展情况 — 报送进展\n"
    "/done 3.4 说明 — 标记完成，不再提醒\n\n"
    "<b>管理员</b>\n"
    "/bind 单位 — 把本群绑定到单位，接收该单位的提醒\n"
    "/due 3.4 2026-06-30 — 设置任务完成时限\n"
    "/remind_now — 立即运行今天的提醒\n"
    "/plan_close 2024 — 关闭方案：不再提醒、不计逾期，任务仍可查询\n"
    "/plan_open 2024 — 重新打开方案"
)

REFUSE_CHAT = "本助手仅在授权的会话中使用。本会话 ID：<code>{chat_id}</code>，请联系管理员开通。"
REFUSE_ADMIN = "该命令仅限管理员使用。"
REFUSE_REPORT = "只有绑定为任务 {code} 牵头单位（{units}）的群成员或管理员可以报送。"
APOLOGY = "抱歉，处理这条消息时出错了，请稍后再试。"
FLOOD = "消息太频繁了，请稍等片刻再发。"
THINKING_EMPTY = "请在命令后写上问题，例如：/ask 今年的主要预期目标是什么"

USAGE = {
    "ask": "用法：/ask 问题",
    "task": "用法：/task 任务编号，例如 /task 3.4",
    "unit": "用法：/unit 单位名称，例如 /unit 发改委",
    "leader": "用法：/leader 领导姓名",
    "due": "用法：/due 天数（列出将到期任务），或 /due 3.4 2026-06-30（管理员设置时限）",
    "progress": "用法：/progress 3.4 进展情况",
    "done": "用法：/done 3.4 [说明]",
    "bind": "用法：在单位的群里发送 /bind 单位名称",
    "plan": "用法：/plan 方案编号或年份，例如 /plan 2024；/plans 查看全部方案",
    "plan_close": "用法：/plan_close 方案编号或年份，例如 /plan_close 2024",
    "plan_open": "用法：/plan_open 方案编号或年份，例如 /plan_open 2024",
}

# Plans (/plans, /plan, /plan_close, /plan_open)
PLANS_HEAD = "<b>分工方案</b>（{n} 个）"
PLAN_LINE = "{id}. {title}｜{year}年｜{tasks} 项｜{status}{default}"
PLAN_STATUS = {"active": "督办中", "closed": "已关闭"}
PLAN_DEFAULT_MARK = "｜本群默认"
# Under a plan read with another number of tasks than it states ("共明确45项", 44 read).
PLAN_WARNING_LINE = "　　⚠ 核对：{warning}，请对照原文检查"
NO_PLANS = "还没有导入任何分工方案。"
PLAN_CHOSEN = "本群默认方案已设为：{title}。/task 1.2 等编号均指该方案的任务。"
PLAN_CLOSED = "已关闭方案：{title}。不再提醒，不计逾期；任务仍可查询。重新打开：/plan_open {id}"
PLAN_OPENED = "已重新打开方案：{title}，恢复提醒和逾期统计。"
PLAN_ALREADY = {"closed": "方案“{title}”本来就是关闭的。", "active": "方案“{title}”本来就在督办中。"}
CLOSED_PLAN_MARK = "（已关闭方案）"
OTHER_PLANS = "另有方案也有任务 {code}：{plans}。可用 /plan 方案编号 切换本群默认方案。"

NO_TASKS = "没有符合条件的任务。"
LIST_UNIT = "<b>{unit}</b> 的任务（牵头 {lead} 项，参与 {co} 项）"
LIST_LEADER = "<b>{leader}</b> 分管的任务（{n} 项）"
LIST_OVERDUE = "<b>逾期未完成的任务</b>（{n} 项，截至 {today}）"
LIST_DUE = "<b>{days} 天内到期的任务</b>（{n} 项，{today} 至 {until}）"
ROLE = {"lead": "牵头", "co": "参与"}

PAGE_PREV = "◀ 上一页"
PAGE_NEXT = "下一页 ▶"
PAGE_OF = "{page}/{pages}"
PAGE_GONE = "这个列表已过期，请重新查询。"

TASK_TITLE = "<b>任务 {code}</b>　{status}"
TASK_FIELDS = {
    "section": "所属部分",
    "subsection": "分项",
    "leaders": "牵头领导",
    "lead_units": "牵头单位",
    "co_units": "责任单位",
    "due": "完成时限",
    "plan_title": "来源",
}
TASK_PROGRESS = "<b>进展</b>"
TASK_REMINDERS = "<b>已发提醒</b>"
NO_DUE = "未设定"

PROGRESS_OK = "已记录任务 {code} 的进展。"
DONE_OK = "已将任务 {code} 标记为完成，不再提醒。"
DUE_OK = "已将任务 {code} 的完成时限设为 {due}。"
BIND_OK = "本群已绑定到 <b>{unit}</b>，该单位的提醒将发到这里。"
DONE_DEFAULT_TEXT = "已完成"

REMIND_DONE = "今天（{day}）的提醒已运行：新生成 {planned} 条，发出 {sent} 条。"
REMIND_UNSENT_HINT = "未发出的多是单位还没有绑定群：请管理员在该单位的群里发 /bind 单位名称。"
REMIND_DIGEST_SENT = "督查室汇总已发到工作群。"
REMIND_NOT_WORKDAY = "今天（{day}）不是工作日，不生成新提醒；补发了之前未送达的 {sent} 条。"

SOURCES = "<b>来源</b>"
BAD_DAYS = "天数应为 1 到 366 之间的整数。"

CONFLICT = (
    "另一个实例正在用同一个 TELEGRAM_BOT_TOKEN 接收消息（Telegram 返回 409 Conflict）。"
    "同一个机器人只能运行一个 ducha run，本实例已停止。"
)
BAD_TOKEN = "TELEGRAM_BOT_TOKEN 被 Bot API 服务器拒绝：请核对令牌（可在 @BotFather 用 /token 查看），以及 TELEGRAM_API_BASE_URL。"
STARTED = "督查助手 @{username} 已启动（{mode}），按 Ctrl-C 停止。"
MODE_POLLING = "长轮询 {host}"
MODE_WEBHOOK = "webhook，端口 {port}"
NO_TOKEN = "未设置 TELEGRAM_BOT_TOKEN：请在 .env 中填写从 @BotFather 获得的令牌。"

# Reaching the Bot API (logged one line per attempt; stderr and ducha.log)
API_UNREACHABLE = "连不上 Telegram Bot API（{host}，{via}）：{error}。请检查网络、DUCHA_PROXY_URL（代理）和 TELEGRAM_API_BASE_URL。"
API_RETRY = "第 {attempt} 次尝试失败，{wait} 秒后重试。"
API_BACK = "已连上 Telegram Bot API（{host}），此前失败 {attempts} 次。"
VIA_PROXY = "经代理 DUCHA_PROXY_URL"
NO_PROXY = "直连，未设置 DUCHA_PROXY_URL"
POLLING_FAILED = "接收消息失败，稍后自动重试："
OPTIONAL_FAILED = "可选调用 {method} 未成功（{error}），已跳过，不影响使用。"
WEBHOOK_NO_SECRET = (
    "webhook 模式必须设置 TELEGRAM_WEBHOOK_SECRET（任意 1–256 位字母数字串）：没有它，任何知道地址的人都能伪造消息。"
    "确实无法设置时，可设 DUCHA_WEBHOOK_INSECURE_NO_SECRET=1（不安全）。"
)
WEBHOOK_INSECURE = "警告：webhook 未设置 TELEGRAM_WEBHOOK_SECRET（DUCHA_WEBHOOK_INSECURE_NO_SECRET=1），任何人都能伪造更新，请尽快设置。"
FATAL = "ducha 出错退出：{error}（详细信息见 {log}，加 -v 可在终端查看）"
