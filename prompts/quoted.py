"""Texts of the answers about a line pasted from a document (answers/quoted.py): its figure,
the document it comes from, the year it speaks of."""
from __future__ import annotations

KIND_TARGET = "目标"
KIND_FACT = "实绩"
FIGURE_HEAD = "{region}{year}年{kind}：{clause}。"
TASK_FIGURE = "分工方案任务{code}：{clause}。"
ORIGINAL = "原文：{sentence}"
FROM_DOC = "这句话出自《{title}》（{region}{year}年）"
FROM_SECTION = "，{section}"
FROM_TASK = "，任务{code}"
YEAR_OF = "这是{region}{year}年的{kind}（出自《{title}》）。"
TASK_FIGURE_OF = "{title}（任务{code}）：{clause}。"
