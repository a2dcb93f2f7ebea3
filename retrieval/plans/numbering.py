"""How a plan numbers its rows: sections "一、", subsections "（一）", tasks "1." / "（1）",
a 序号 cell on its own, an explicit code "3.4", a declared count "（17项）", page numbers.

The patterns are shared by every shape (table rows, column-aligned text, paragraphs), so a
plan numbered the same way reads the same whatever the file type.
"""
from __future__ import annotations

from core import lazy_re as re

CN_NUM = "[一二三四五六七八九十百零〇两]+"
# "一、…" or "第一部分 …" / "第一方面：…". Group 1 or 2 = number, 3 = title.
SECTION_RE = re.compile(rf"^\s*(?:第\s*({CN_NUM})\s*(?:部分|方面|篇)\s*[、.．:：]?|({CN_NUM})\s*[、.．])\s*(.+?)\s*$")
SUBSECTION_RE = re.compile(rf"^\s*[（(]\s*({CN_NUM})\s*[)）]\s*(.+?)\s*$")
# A task: "1." "1．" "1、" "1)" "(1)" "（1）" or "1 " before its text. Group 1 or 2 = number, 3 = text.
# "1.5万套" is a quantity, not task 1: a dot followed by a number with a measure word is a decimal.
_DECIMAL = r"(?!\d+\s*(?:万|亿|%|％|倍|公里|千米|米|吨|元|平方|亩))"
TASK_RE = re.compile(rf"^\s*(?:[（(]\s*(\d{{1,3}})\s*[)）]|(\d{{1,3}})\s*(?:[.．]{_DECIMAL}|[、)）]|\s))\s*(.+?)\s*$", re.S)
# What a 序号 cell may hold on its own: a section's 一, a subsection's (一), a task's 3.
MARK_SECTION_RE = re.compile(rf"^\s*({CN_NUM})\s*[、.．]?\s*$")
MARK_SUBSECTION_RE = re.compile(rf"^\s*[（(]\s*({CN_NUM})\s*[)）]\s*$")
MARK_TASK_RE = re.compile(r"^\s*[（(]?\s*(\d{1,3})\s*[)）]?\s*[.．、]?\s*$")
DECLARED_RE = re.compile(r"[（(]\s*(?:共\s*)?(\d+)\s*项\s*[)）]\s*$")
# A code column ("3.4", "3-4") when the table has one: section and number, both explicit.
# ("2026-01-03": a 督查系统 export's year, part and number, round 69c)
CODE_RE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*[-.．_]\s*)?(\d{1,3})\s*[.．\-]\s*(\d{1,3})\s*$")
# A ledger's own task code ("RW05", "ZB-01", "MS10"): letters naming the sheet's kind of item,
# then the item's number (round 41d's 督查台账: 主要指标 ZB, 重点任务 RW, 民生实事 MS).
# ("QY25-001", "RW2025-03": the ledger's letters and its year before the item's number, round 50c)
LETTER_CODE_RE = re.compile(r"^\s*([A-Za-z]{1,4})\s*(?:(?:20)?\d{2}\s*[-_]\s*)?[-_]?\s*(\d{1,4})\s*$")
PAGE_NUMBER_RE = re.compile(r"^\s*[-—–]*\s*\d{1,4}\s*[-—–]*\s*$")
# Every page number a printed plan carries on a line of its own: "— 5 —", "-5-", "5",
# "第5页", "第 5 页 共 12 页", "5/12".
PAGE_FOOTER_RE = re.compile(
    r"^\s*(?:[-—–－]*\s*\d{1,4}\s*[-—–－]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$")


def is_numbered(label: str) -> bool:
    """A row that starts with a section, subsection or task number is content, not a header."""
    return bool(TASK_RE.match(label) or SECTION_RE.match(label) or SUBSECTION_RE.match(label))


def mark_prefix(code: str) -> str | None:
    """A 序号 cell as the prefix a numbered row would carry: 一 → "一、", (一) → "（一）", 3 → "3. "."""
    if m := MARK_SECTION_RE.match(code):
        return f"{m.group(1)}、"
    if m := MARK_SUBSECTION_RE.match(code):
        return f"（{m.group(1)}）"
    if m := MARK_TASK_RE.match(code):
        return f"{m.group(1)}. "
    return None


def task_number(m: re.Match[str]) -> tuple[int, str]:
    """(number, text) of a TASK_RE match."""
    return int(m.group(1) or m.group(2)), m.group(3)
