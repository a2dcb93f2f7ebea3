"""Every text a user reads from the commitment check (兑现核查): `ducha review`, `/review`
and the "2021年的X兑现了吗" answer. Bot templates are HTML; the caller escapes values."""
from __future__ import annotations

# --- errors (one line each; CLI exit 2, bot reply) ---------------------------------------
PLAN_EMPTY = "请指定分工方案：方案编号或年份，例如 --plan 2021（ducha plan list 可查看已导入的方案）"
NO_PLANS = "还没有导入任何分工方案，请先运行 ducha ingest 导入分工方案"
PLAN_ITEM = "{id}号 {year}年 {title}"
PLAN_AMBIGUOUS = "{year}年有多个分工方案，请用方案编号指定：{plans}"
PLAN_UNKNOWN = "没有找到分工方案“{plan}”，已导入的方案：{plans}"
NO_REPORT = "没有找到{region}{year}年的政府工作报告（其中回顾{plan_year}年工作），请先导入该报告，或用 --against 指定报告文件"
NO_REPORT_NO_REGION = "方案“{plan}”没有注明地区，无法自动找到对照的{year}年报告：请用 --against 指定报告文件"
TASK_NOT_IN_ANY = "已导入的分工方案中都没有任务 {code}"
AGAINST_UNKNOWN = "报告文件 {file} 既没有导入过，也不存在，请检查路径"
AGAINST_NOT_REPORT = "{file} 是分工方案，不是政府工作报告；--against 需要报告文件"
AGAINST_FAILED = "报告文件 {file} 导入失败：{reason}"
NO_REVIEW_PART = "{title}中没有找到回顾{year}年工作的部分（如“一、{year}年工作回顾”“过去一年”），无法核查"
TASK_NOT_IN_PLAN = "方案“{plan}”中没有任务 {code}"

UNTITLED_REVIEW = "报告开头的{year}年工作回顾"

# --- labels -----------------------------------------------------------------------------
LABELS = {"done": "已兑现", "progress": "有进展", "not_mentioned": "未提及"}
MENTIONED_OF = "{n}项中提到{m}项"
RELATED = "报告换了说法提到（“{term}”），按有进展计"
RELATED_DONE = "报告换了说法提到（“{term}”），并说已取得结果"
RELATED_FIGURE = "报告换了说法提到（“{term}”）；{figure}"
PARAPHRASED = "报告换了说法提到（“{term}”）"
FIGURE_MET = "目标{target}，报告{reported}"
FIGURE_BELOW = "目标{target}，报告{reported}，未达到"
FIGURE_RATE = "报告完成年计划{rate}"

# --- plain text (CLI) ------------------------------------------------------------------------
CLI_HEAD = "兑现核查：{plan}（{year}年，{n}项）\n对照：{report}（{file}）中{year}年工作回顾部分"
CLI_COUNTS = "已兑现 {done} 项，有进展 {progress} 项，未提及 {not_mentioned} 项"
CLI_ITEM = "{code} [{label}] {text}"
CLI_NOTE = "    说明：{note}"
CLI_EVIDENCE = "    原文：{evidence}（{section}）"

# --- bot (HTML) --------------------------------------------------------------------------
USAGE = "用法：/review 2021（该年分工方案的兑现核查）或 /review 3.2（一项任务的核查结果），也可 /review 2021 3.2"
NO_REVIEWABLE = "还没有可以核查的方案：需要某年的分工方案和同一地区下一年的政府工作报告都已导入。" + "\n" + USAGE
BOT_HEAD = "<b>兑现核查</b>　{plan}（{n}项）\n对照 {report} 的{year}年工作回顾"
BOT_COUNTS = "✅ 已兑现 {done} 项　🔶 有进展 {progress} 项　⬜ 未提及 {not_mentioned} 项"
BOT_NOT_MENTIONED = "<b>报告未提及的任务</b>（按牵头单位）："
BOT_ALL_MENTIONED = "每项任务报告都有提及。"
BOT_UNIT = "<b>{unit}</b>（{n}项）"
BOT_UNIT_NONE = "（未列牵头单位）"
BOT_TASK_LINE = "  {code} {text}"
BOT_HINT = "查看单项：/review {code}"
BOT_VERDICT = "<b>任务 {code}</b>　{mark} {label}"
BOT_NOTE = "说明：{note}"
BOT_EVIDENCE = "报告原文：{evidence}"
BOT_SOURCE = "出处：{report} · {section}"
BOT_NO_EVIDENCE = "{report}的{year}年工作回顾中没有提到这项任务的具体事项。"
MARKS = {"done": "✅", "progress": "🔶", "not_mentioned": "⬜"}

# --- ask ("2021年的X兑现了吗") -------------------------------------------------------------
ASK_HEAD = "{year}年任务 {code}（{text}）：{label}。"
ASK_NOTE = "（{note}）"
ASK_EVIDENCE = "{report}回顾{year}年工作时写道：“{evidence}”"
# one part of a task asked ("…317万亩高标准农田，完成没有"), the review speaking of another part
ASK_PART_HEAD = "{year}年任务 {code}（{text}）：问的“{part}”，报告回顾没有写到结果。"
ASK_PART_OTHER = "{report}回顾{year}年工作时写到这项任务的其他内容：“{evidence}”"
ASK_NOT_MENTIONED = "{report}回顾{year}年工作时没有提到这项任务的具体事项。"
ASK_REGION = "【{region}】"
ASK_NO_PLAN = "没有找到{year}年的分工方案，无法核查兑现情况。"
ASK_NO_TASK = "在{plan}中没有找到与“{what}”对应的任务。"
ASK_NO_REPORT = "{plan}的兑现核查需要{region}{next}年的政府工作报告，还没有导入。"

# --- opt-in reading by a chat model (ducha review --llm) ---------------------------------------
LLM_RELATED = "模型判断报告提到了此事（原文“{phrase}”），按有进展计"
LLM_NOT_CONFIGURED = "--llm 需要先配置大模型：DUCHA_LLM_BASE_URL 和 DUCHA_LLM_MODEL（见 .env.example）"
LLM_SYSTEM = (
    "你是政府督查室的核查员。给你分工方案中的一项任务，和下一年政府工作报告回顾部分的几句原文。"
    "判断其中是否有一句报告了这项任务的同一具体事项（项目、地点、专项行动、指标，可以换了说法）。"
    "只是同一领域的泛泛表述（推进、加快、建设、改革）不算。"
    "如果有，只回答：句子编号|该句中能说明是同一事项的原文短语（逐字摘抄，4到30个字）；如果没有，只回答：无"
)
LLM_USER = "任务：{task}\n\n报告回顾原文：\n{sentences}"
LLM_SENTENCE = "{n}. {text}"
