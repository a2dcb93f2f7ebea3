"""Every text a user reads from the task registry: table errors, unit/date errors and the
`ducha tasks/task/due/progress/bind/unit` output. Placeholders use str.format names."""
from __future__ import annotations

# --- table parsing (retrieval/plans/) ---------------------------------------------
TABLE_ERRORS = "分工方案有{n}处问题，未导入任何任务：{problems}"
NO_HEADER = "没有找到表头（需要“具体工作任务”“牵头单位”“责任单位”等列）"
NO_TASKS = "表头下没有编号的任务行（如“1. …”）"
MISSING_COLUMNS = "缺少列：{columns}"
COLUMN_NAMES = {"text": "工作任务", "lead": "牵头单位", "co": "责任单位", "leaders": "牵头领导", "code": "序号"}
ROW_HEADER_CHANGED = "第{row}行表头与前面的表头列不一致"
DUP_SECTION_KEPT = "部分“{number}、{title}”的编号与前面的部分重复，已按第{kept}部分导入"
ROW_NO_SECTION = "第{row}行：任务“{text}”之前没有“一、…”这样的部分标题"
ROW_GARBAGE = "第{row}行无法识别：{text}"
ROW_DUP_CODE = "第{row}行：任务编号 {code} 与第{first}行重复"
ROW_NO_TEXT = "第{row}行：任务 {code} 没有任务内容"
ROW_NO_LEAD = "第{row}行：任务 {code} 没有牵头单位"
# A plan loaded in part: each row left out, as the ingest summary and `ducha plans` print it.
ROW_LEFT_OUT = "{problem}（此行未导入）"
# column-aligned text read by position (retrieval/plans/aligned.py)
LAYOUT_CROSSING = "第{row}行：“{text}”跨过了“{left}”与“{right}”两栏的分界，读不出属于哪一栏"
LAYOUT_AMBIGUOUS = "第{first}–{last}行：任务文字没有以句号结束，序号又印在行中间，分不清序号{a}和序号{b}两项任务从哪一行分开"
LAYOUT_ORPHAN = "第{row}行：“{text}”不属于任何带序号的任务"
LAYOUT_INSIDE = "第{row}行：“{text}”跨栏写在表格中间（第{next}行还有任务），读不出它属于哪一项"
LAYOUT_STRAY = "第{row}行：“{text}”夹在两项任务之间，读不出属于哪一项"
COUNT_MISMATCH = "第{number}部分标明{declared}项，实际读到{found}项"
NO_TITLE = "没有读到分工方案的标题和年份"
IMPLICIT_SECTION = "全部任务"  # the section title of a table that has no "一、…" rows

# --- units -------------------------------------------------------------------------------
UNIT_EMPTY = "单位名称为空"
UNIT_UNKNOWN = "未知单位：{name}"
UNIT_UNKNOWN_SUGGEST = "未知单位：{name}；您是不是指：{candidates}"
UNIT_AMBIGUOUS = "单位“{name}”有歧义，可能是：{candidates}；请写全称"
ALIAS_EXISTS = "简称“{alias}”已指向{unit}"
ALIAS_ADDED = "已添加简称：{alias} → {unit}"
UNIT_KINDS = {"single": "单一单位", "collective": "集合单位"}
UNIT_SHOW = "{name}（{kind}）\n简称：{aliases}"
UNIT_MEMBERS = "成员：{members}"
UNIT_LIST_LINE = "{name}\t{kind}\t{aliases}"
ALIAS_BAD = "简称不能为空，且不能与全称相同"

# --- tasks, dates, progress ------------------------------------------------------------
TASK_UNKNOWN = "未知任务编号：{code}（编号形如 3.4，即第三部分第4项）"
TASK_BAD_CODE = "任务编号格式不对：{code}（应为“部分.序号”，如 3.4）"
DATE_BAD = "日期无效：{value}（应为真实存在的日期，格式 YYYY-MM-DD）"
DATE_BEFORE_PLAN = "日期 {value} 早于该任务所属方案的年份（{year}年）"
STATUS_BAD = "未知状态：{value}（可选：未开始、推进中、已完成、逾期、待审核）"
LEADER_UNKNOWN = "未知牵头领导：{name}"
PROGRESS_EMPTY = "进展内容为空"
CHAT_ID_BAD = "聊天 ID 应为整数：{value}"
NO_PLAN = "任务库为空，请先用 ducha ingest 导入分工方案"

DUE_SET = "已将任务 {code} 的完成时限设为 {due}（原为 {old}）"
PROGRESS_ADDED = "已记录任务 {code} 的进展{done}"
PROGRESS_DONE_MARK = "，并标记为已完成"
BOUND = "已绑定：{unit} → 聊天 {chat_id}"
NO_BINDINGS = "还没有任何单位绑定聊天"
BINDING_LINE = "{unit}\t{chat_id}\t{state}\t{bound_by}\t{bound_at}"
BINDING_ACTIVE = "有效"
BINDING_INACTIVE = "已停用（{reason}）"
NO_TASKS_FOUND = "没有符合条件的任务"

# --- how a task reads in the terminal --------------------------------------------------
ROLE_NAMES = {"lead": "牵头", "co": "责任"}
TASK_LINE = "{code}\t[{status}]\t截止 {due}\t{text}"
TASK_LINE_ROLE = "{code}\t[{status}]\t截止 {due}\t（{role}）{text}"
TASK_COUNT = "共 {n} 项"
TASK_PAGE = "第 {first}–{last} 项，共 {n} 项（翻页用 --offset）"
PAGE_BAD = "--limit 须为正整数，--offset 不能为负数"
TASK_DETAIL = (
    "任务 {code}（{plan_title}）\n"
    "部分：{section}\n"
    "{subsection_line}"
    "内容：{text}\n"
    "牵头领导：{leaders}\n"
    "牵头单位：{lead_units}\n"
    "责任单位：{co_units}\n"
    "完成时限：{due}{due_note}\n"
    "状态：{status}"
)
SUBSECTION_LINE = "小节：{subsection}\n"
DUE_NOTE_ADMIN = "（{set_by} 于 {set_at} 调整）"
DUE_NOTE_TEXT = "（按任务原文/方案年底）"
NONE_MARK = "无"
PROGRESS_HEADER = "进展记录："
PROGRESS_LINE = "  {reported_at} {unit}{text}{done}（{reporter}）"
PROGRESS_LINE_DONE = " [完成]"
REMINDERS_HEADER = "已发提醒："
REMINDER_LINE = "  {date} {kind} → {unit}（{status}）"
NO_PROGRESS = "进展记录：暂无"

# --- plan shapes (retrieval/plans/) -------------------------------------------------------
SHAPE_NAMES = {"table": "表格", "pipes": "竖线分隔的文本表格", "columns": "分栏文本表格", "paragraphs": "段落（任务后括号标注责任单位）",
               "fields": "分项列明（每项任务下另起一行写“牵头单位：”等）",
               "cells": "每格一行的文本表格（PDF 抽出，不带版面）"}
TOTAL_MISMATCH = "方案写明共{declared}项，实际读到{found}项"
SHAPE_PREFIX = "按{shape}格式读取："
CODED_SECTION = "第{number}部分"
PARA_NO_OWNERS = "第{row}行：任务“{text}”后面没有括号标注的牵头单位"

# --- plans as objects (ducha plan list|close|open, /plans) --------------------------------
PLAN_BAD_REF = "方案应写编号或年份：{ref}（用 ducha plan list 查看）"
PLAN_UNKNOWN = "没有这个方案：{ref}（用 ducha plan list 查看）"
PLAN_AMBIGUOUS = "{ref} 对应多个方案，请写方案编号：{candidates}"
PLAN_STATUS = {"active": "督办中", "closed": "已关闭"}
PLAN_LINE = "{id}\t{year}\t{status}\t{tasks}项\t{region}\t{title}"
PLAN_WARNING_LINE = "\t核对：{warning}（导入时读到的任务数与方案写明的不同，请对照原文检查）"
PLAN_CLOSED = "已关闭方案 {id}（{title}）：不再提醒，不计逾期；任务仍可查询。重新打开：ducha plan open {id}"
PLAN_OPENED = "已重新打开方案 {id}（{title}）：恢复提醒和逾期统计"
PLAN_ALREADY = {"closed": "方案 {id}（{title}）本来就是关闭的", "active": "方案 {id}（{title}）本来就在督办中"}
NO_PLANS = "还没有导入任何分工方案"
CLOSED_PLAN_MARK = "（已关闭方案）"
PLAN_OF_TASK = "（{title}）"
OTHER_PLANS = "另有方案也有任务 {code}：{plans}（用 --plan 方案编号 查看）"
PLAN_HEADER = "【{title}】"
