"""Every word printed in the supervision office's paperwork: the 台账 (.xlsx) and the
督查通报 (.docx), plus the CLI and bot lines about them. Font names are the ones official
documents use (GB/T 9704: 方正小标宋/黑体 for headings, 仿宋_GB2312 for the body); WPS and
Word fall back to an installed font of the same family when one is missing."""
from __future__ import annotations

# --- the 台账 ------------------------------------------------------------------------------
LEDGER_TITLE = "{plan}督查台账"
LEDGER_TITLE_ALL = "重点工作任务督查台账"
LEDGER_SUBTITLE = "统计日期：{date}　　图例：红色 逾期；黄色 临期（{days}个工作日内到期）；绿色 已完成"
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
REPORT_PROGRESS_HEADERS = ("编号", "报送单位", "报送时间", "进展情况")
REPORT_H_NEXT = "五、工作要求"
REPORT_NEXT = ("请逾期任务的牵头单位于3个工作日内书面说明原因并提出整改措施；"
               "请临期任务的牵头单位倒排工期，确保按时完成。")
REPORT_UNIT_NONE = "（未明确牵头单位）"
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
EXPORT_EMPTY = "任务库里还没有任务：请先导入分工方案（ducha ingest）"
EXPORT_NO_PLAN = "没有编号为 {plan} 的方案：用 ducha plan list 查看方案编号"
LEDGER_FONT = "宋体"
LEDGER_FONT_HEAD = "黑体"
LEDGER_PLAN_HEADER = "所属方案"
FONT_SUBHEADING = "楷体_GB2312"
EXPORT_USAGE = "用法：/{command} [统计日期 YYYY-MM-DD]，例如 /{command} 2026-07-01"
EXPORT_REFUSED = "只有管理员或督查室群可以导出台账和通报"
OFFICE_COMMANDS: list[tuple[str, str]] = [
    ("export", "导出督查台账（Excel，管理员）"),
    ("report", "生成督查通报（Word）"),
]
