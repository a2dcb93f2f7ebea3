"""What a plan says about its own size, checked against what was read: the one place count
warnings come from, whatever the shape (table, columns, paragraphs, fields).

A plan states its size twice: its cover or preamble ("方案共明确45项重点工作", "现将确定的
四十五项重点任务分解如下") and its section headings ("一、……（8项）"). When the tasks read
differ, the plan is still stored (a count is not a task), but the user is told, because a
supervision office must know when a plan was read short (a task swallowed by the one above
it, a page lost from a PDF) or long.

The total is looked for only in the text before the plan's body — before the first numbered
line or table row — so a task's own figures ("共建设12项重大工程") are never read as it.
"""
from __future__ import annotations

from core import lazy_re as re
from core.numerals import cn_number
from core.plan_records import PlanTable
from prompts import registry as msg
from retrieval.plans.numbering import CN_NUM, SECTION_RE, SUBSECTION_RE, TASK_RE

_ANNEX_RE = re.compile(r"^附\s*件\s*\d*\s*[:：]?\s*[^，。；]{0,60}$")
_N = rf"(\d{{1,4}}|{CN_NUM})"
# "共明确45项重点工作" / "共梳理出6项" / "方案共45项" / "明确了四十五项重点任务" / "确定的45项重点工作" /
# "共分解重点工作任务45项" / "梳理重点任务20项": a verb of listing (or 共) shortly before the number, or
# the number before "项重点工作/任务". Not "提出的3项工作要求": that counts requirements, not tasks.
_TOTAL_RES = (
    re.compile(rf"(?:(?<!公)共(?!同|享|建)|明确|确定|分解|梳理|涉及|列出|细化)[^，。；,;\d]{{0,6}}?{_N}\s*项"),
    re.compile(rf"{_N}\s*项\s*(?:重点|主要|具体)(?:工作|任务)"),
)


def cover_text(text: str) -> str:
    """The lines before the plan's body: its title, cover notice and preamble. The body starts
    at the first numbered line (section, subsection or task) or table row (a tab); when a
    附件 line comes before the first task, a notice's own numbered points before it
    ("一、提高思想认识") are cover too, and so are the plan's title and preamble after it."""
    lines = [line.strip() for line in text.splitlines()]
    end = next((i for i, line in enumerate(lines) if "\t" in line or TASK_RE.match(line)), len(lines))
    annex = next((i for i, line in enumerate(lines[:end]) if _ANNEX_RE.match(line)), -1)
    stop = next((i for i in range(annex + 1, end) if SECTION_RE.match(lines[i]) or SUBSECTION_RE.match(lines[i])), end)
    return "".join(lines[:stop])


def declared_total(cover: str) -> int | None:
    """The number of tasks the plan says it holds, from its cover; None when it says none."""
    for pattern in _TOTAL_RES:
        m = pattern.search(re.sub(r"\s+", "", cover))
        if m:
            value = m.group(1)
            number = int(value) if value.isdigit() else cn_number(value)
            if number:
                return number
    return None


def count_warnings(table: PlanTable, total: int | None) -> list[str]:
    """One line per disagreement: a section whose heading's "（8项）" differs from the tasks
    read under it, then the plan's stated total when it differs from all tasks read."""
    counts = table.count_by_section()
    out = [msg.COUNT_MISMATCH.format(number=sec.number, declared=sec.declared_count, found=counts.get(sec.number, 0))
           for sec in table.sections
           if sec.declared_count is not None and counts.get(sec.number, 0) != sec.declared_count]
    if total is not None and total != len(table.rows):
        out.append(msg.TOTAL_MISMATCH.format(declared=total, found=len(table.rows)))
    return out
