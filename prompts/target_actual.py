"""Texts of answers that set a year's target beside what was actually done (answers/target_actual.py)."""
from __future__ import annotations

# a result line of a target/actual pair: "澜江省2023年实际：新建改建农村公路3260公里。"
PAIR_RESULT = "{region}{year}年实际："
# the plan's target of a pair: "目标（分工方案 3）：新建改建农村公路3000公里以上。"
PAIR_PLAN_TARGET = "{region}{year}年目标：{clause}。"
PAIR_PLAN_SOURCE = "来源：{plan}（第{code}项）"
# a verdict on a target: the figures it is drawn from are quoted just above it
VERDICT_MET = "结论：达到（目标{target}，实际{actual}）。"
VERDICT_NOT_MET = "结论：未达到（目标{target}，实际{actual}）。"
VERDICT_UNKNOWN = "结论：无法比较（目标和实际不是同一口径的数字）。"
VERDICT_NO_ACTUAL = "结论：无法判断，{year}年的实际完成情况文件中没有找到（需要{next}年的报告回顾）。"
VERDICT_NO_TARGET = "结论：无法判断，文件中没有找到{year}年的目标。"
