"""Every word printed in the supervision office's paperwork: the 台账 (.xlsx) and the
督查通报 (.docx), plus the CLI and bot lines about them. Font names are the ones official
documents use (GB/T 9704: 方正小标宋/黑体 for headings, 仿宋_GB2312 for the body); WPS and
Word fall back to an installed font of the same family when one is missing."""
from __future__ import annotations

# --- the 台账 ------------------------------------------------------------------------------
LEDGER_TITLE = "{plan}督查台账"
LEDGER_TITLE_ALL = "重点工作任务督查台账"
LEDGER_SUBTITLE = "统计日期：{date}　　图例：红色 逾期；黄色 临期（{days}个工作日内到期）；绿色 已完成；蓝色 待审核"
LEDGER_SHEET = "督查台账"
LEDGER_HEADERS = ("编号", "工作任务", "牵头领导", "牵头单位", "责任单位", "完成时限", "状态", "最新进展", "更新时间", "佐证材料")
# Column widths in Excel character units (one Chinese character ≈ 2 units).
LEDGER_WIDTHS = (8, 60, 12, 22, 28, 12, 10, 44, 18, 10)
LEDGER_SHEET_HEADER = "&\"黑体\"&12{title}"
LEDGER_SHEET_FOOTER = "第 &P 页，共 &N 页"
LEDGER_PLAN_SHEET = "方案{id}"

# --- the 督查通报 ----------------------------------------------------------------------------
REPORT_ISSUER = "督查通报"
REPORT_TITLE = "关于{plan}落实情况的通报"
REPORT_TITLE_ALL = "关于重点工作任务推进情况的通报"
REPORT_DATE = "（截至{date}）"
REPORT_H_TOTALS = "一、总体情况"
REPORT_TOTALS = "截至{date}，纳入督查的重点工作任务共{total}项，其中：{parts}。"
REPORT_TOTAL_PART = "{status}{n}项"
REPORT_H_OVERDUE = "二、逾期未完成任务"
REPORT_OVERDUE_NONE = "截至统计日，无逾期未完成任务。"
REPORT_OVERDUE_INTRO = "共{n}项任务逾期未完成，按牵头单位列示如下（逾期天数按工作日计算）："
REPORT_GROUP = "（{i}）{unit}（{n}项）"
REPORT_OVERDUE_HEADERS = ("编号", "工作任务", "完成时限", "逾期工作日", "最新进展")
REPORT_H_UPCOMING = "三、近期到期任务"
REPORT_UPCOMING_NONE = "未来{days}个工作日内没有到期的任务。"
REPORT_UPCOMING_INTRO = "以下{n}项任务将在未来{days}个工作日内（{until}前）到期，请牵头单位抓紧推进："
REPORT_UPCOMING_HEADERS = ("编号", "工作任务", "牵头单位", "完成时限", "剩余工作日")
REPORT_H_PROGRESS = "四、近期进展"
REPORT_PROGRESS_NONE = "近{days}日没有报送进展。"
REPORT_PROGRESS_INTRO = "近{days}日（{since}以来）各单位报送进展{n}条："
REPORT_PROGRESS_MORE = "（另有{n}条，见督查台账“最新进展”列。）"
REPORT_PROGRESS_HEADERS = ("编号", "报送单位", "报送时间", "进展情况")
REPORT_H_NEXT = "五、工作要求"
REPORT_NEXT = ("请逾期任务的牵头单位于3个工作日内书面说明原因并提出整改措施；"
               "请临期任务的牵头单位倒排工期，确保按时完成。")
REPORT_UNIT_NONE = "（未明确牵头单位）"
# The commitment check (兑现核查) as an attachment of the 通报 and a sheet of the 台账
# (`ducha export … --review`, `/report 兑现核查`).
REVIEW_TOTALS = ("对照{report}中{year}年工作回顾，{plan}共{n}项任务：已兑现{done}项，有进展{progress}项，"
                 "报告未提及{not_mentioned}项（详见附件）。")
REVIEW_ANNEX = "附件"
REVIEW_ANNEX_TITLE = "{year}年重点工作任务兑现核查情况"
REVIEW_ANNEX_SOURCE = "核查方案：{plan}；对照报告：{report}（{file}）的{year}年工作回顾部分。"
REVIEW_H_TOTALS = "一、总体情况"
REVIEW_H_MISSING = "二、报告未提及的任务（按牵头单位）"
REVIEW_MISSING_NONE = "每项任务在报告的工作回顾中都有提及。"
REVIEW_MISSING_INTRO = "以下{n}项任务在报告的工作回顾中未见具体事项，请牵头单位说明落实情况："
REVIEW_MISSING_HEADERS = ("编号", "工作任务")
REVIEW_H_ITEMS = "三、逐项核查结果"
REVIEW_ITEMS_HEADERS = ("编号", "工作任务", "牵头单位", "核查结果", "报告原文及说明")
REVIEW_LABELS = {"done": "已兑现", "progress": "有进展", "not_mentioned": "未提及"}
REVIEW_NOTE = "（{note}）"
REVIEW_SOURCE = "〔{section}〕"
REVIEW_SHEET = "兑现核查"
REVIEW_SHEET_TITLE = "{year}年重点工作任务兑现核查"
REVIEW_SHEET_SUBTITLE = "对照：{report}（{file}）的{year}年工作回顾　已兑现{done}项　有进展{progress}项　未提及{not_mentioned}项"
REVIEW_SHEET_HEADERS = ("编号", "工作任务", "牵头单位", "核查结果", "报告原文", "出处", "说明")
REVIEW_SHEET_WIDTHS = (8, 60, 22, 10, 70, 24, 28)
REVIEW_WORDS = ("兑现核查", "兑现", "核查", "review")
REVIEW_CAPTION = "；附兑现核查：已兑现{done}项，有进展{progress}项，未提及{not_mentioned}项"
NONE_MARK = "—"

# Fonts as in official documents; the East Asian name is what WPS/Word use for Chinese.
FONT_TITLE = "方正小标宋简体"
FONT_HEADING = "黑体"
FONT_BODY = "仿宋_GB2312"
FONT_TABLE = "仿宋_GB2312"

# --- CLI and bot -------------------------------------------------------------------------
EXPORT_BAD_SUFFIX = "导出文件名应以 .xlsx（台账）或 .docx（通报）结尾，收到：{name}"
EXPORT_DONE = "已导出{kind}：{path}（任务{total}项，逾期{overdue}项）"
KIND_LEDGER = "督查台账"
KIND_REPORT = "督查通报"
EXPORT_FILENAME_LEDGER = "督查台账_{date}.xlsx"
EXPORT_FILENAME_REPORT = "督查通报_{date}.docx"
EXPORT_CAPTION = "{kind}（截至{date}）：任务{total}项，逾期{overdue}项"
EXPORT_WRITE_FAILED = "无法写入 {path}：{reason}（请换一个有写权限的位置）"
EXPORT_EMPTY = "任务库里还没有任务：请先导入分工方案（ducha ingest）"
EXPORT_NO_PLAN = "没有编号为 {plan} 的方案：用 ducha plan list 查看方案编号"
LEDGER_FONT = "宋体"
LEDGER_FONT_HEAD = "黑体"
LEDGER_PLAN_HEADER = "所属方案"
FONT_SUBHEADING = "楷体_GB2312"
EXPORT_USAGE = ("用法：/{command} [统计日期 YYYY-MM-DD] [兑现核查 [方案年份]]，例如 /{command} 2026-07-01，"
                "或 /{command} 兑现核查 2021（附上2021年方案的兑现核查）")
EXPORT_REFUSED = "只有管理员或督查室群可以导出台账和通报"
OFFICE_COMMANDS: list[tuple[str, str]] = [
    ("export", "导出督查台账（Excel，管理员）"),
    ("report", "生成督查通报（Word）"),
]

# --- completion review (销号) --------------------------------------------------------------
REVIEW_ALREADY_DONE = "任务 {code} 已经完成销号，无需再申请"
REVIEW_ALREADY_PENDING = "任务 {code} 已提交完成申请，正在等待督查室审核"
REVIEW_NOT_PENDING = "这条完成申请已经处理过了"
REVIEW_UNKNOWN = "没有找到这条完成申请"
REVIEW_CLAIM_PROGRESS = "申请销号：{text}"
REVIEW_APPROVED_PROGRESS = "督查室审核通过，予以销号"
REVIEW_REASON_EMPTY = "请写明退回理由"
REVIEW_USAGE = "用法：/done 任务编号 完成情况说明，例如 /done 3.2 已印发实施方案"
REVIEW_SUBMITTED = "已提交任务 {code} 的完成申请，等待督查室审核；审核期间暂停提醒。"
REVIEW_NO_OFFICE = "（督查室群未设置：请管理员设置 DUCHA_SUPERVISION_CHAT_ID 后审核）"
REVIEW_CARD = ("<b>完成申请（销号）</b>\n任务 {code}：{task}\n申请单位：{unit}\n完成情况：{text}\n"
               "申请人：{who}　{at}")
REVIEW_APPROVE_BUTTON = "✅ 通过"
REVIEW_RETURN_BUTTON = "↩️ 退回"
REVIEW_CARD_APPROVED = "\n\n<b>已通过</b>（{who}，{at}）"
REVIEW_CARD_RETURNED = "\n\n<b>已退回</b>（{who}，{at}）：{reason}"
REVIEW_CARD_RETURNING = "\n\n退回中：等待 {who} 回复退回理由"
REVIEW_PROMPT_MARK = "【退回理由】"
REVIEW_PROMPT = REVIEW_PROMPT_MARK + "任务 {code}（{unit}）：请回复本条消息，写明退回理由。"
REVIEW_APPROVED_UNIT = "任务 {code} 的完成申请已审核通过，已销号。"
REVIEW_RETURNED_UNIT = "任务 {code} 的完成申请被督查室退回：{reason}\n请继续推进，完成后重新用 /done 申请。"
REVIEW_APPROVED_ACK = "已通过，任务 {code} 销号"
REVIEW_RETURNED_ACK = "已退回任务 {code}，理由已发给 {unit}。"
REVIEW_RETURN_ASKED = "请回复提示消息写明理由"
REVIEW_UNIT_NONE = "（未绑定单位）"

# --- evidence (佐证材料) -----------------------------------------------------------------
EVIDENCE_TOO_BIG = "文件太大（{size}），佐证材料每个不超过 {limit}；请压缩或拆分后再发，本次未保存"
EVIDENCE_BAD_TYPE = "不接受这种文件（{name}）：佐证材料只收 PDF、Word、Excel、PPT、WPS、OFD 和 JPG/PNG 图片，且内容须与扩展名相符；本次未保存"
EVIDENCE_NO_TASK = "请回复某项任务的提醒或任务卡片发送佐证材料，或在文件说明里写明任务编号（如 3.2）"
EVIDENCE_SAVED = "已将佐证材料“{name}”（{size}）归入任务 {code}，该任务现有佐证材料 {n} 份。"
EVIDENCE_DUPLICATE = "这份文件已是任务 {code} 的佐证材料，无需重复上传"
EVIDENCE_HEADER = "佐证材料："
EVIDENCE_LINE = "• {name}（{size}，{unit}{at}）"
