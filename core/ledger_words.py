"""The words a progress ledger prints, read by every answerer of its rows.

A ledger (督查台账 / 推进台账 / 月调度台账) is read row by row into sentences "任务+列名：内容"
(retrieval/report_tables.py): its month columns ("10月进展"), its status column ("完成情况：滞后",
"进度评价：正常推进") and its progress column ("截至10月底进展情况：…"). The lagging list
(answers/lagging_tasks.py), a unit's rows (answers/unit_ledger.py), a month's figure
(answers/report_facts.py) and the sheet's own month (retrieval/report_tables.py) read the same
words; they live here once.
"""
from __future__ import annotations

from core import lazy_re as re

# a month's number as printed ("9月", "10月"), never 0 or 13
MONTH = r"(?:1[0-2]|[1-9])"
# a status column's label ("完成情况：已完成", "进度评价：进度滞后", "状态：滞后")
# ("是否按时序推进：否" of a 督查系统 export, round 70b: a yes/no column, 否 is lagging)
STATUS_LABEL = r"(?:完成情况|进度评价|推进状态|进展状态|状态|是否按(?:时序|序时|期|计划)推进|是否按时序进度推进)"
_YES_NO_LABEL = re.compile(r"是否按")
# a progress column's label ("进展情况：…", "截至10月底进展情况：…", "10月进展：…")
PROGRESS_LABEL = r"(?:进展情况|工作进展|推进情况|进展)"

_STATUS_ROW = re.compile(rf"(?:^|(?<=[。\n]))(?P<task>[^。\n：:]{{2,90}}?)(?P<month>{MONTH}月)?{STATUS_LABEL}[：:]\s*"
                         rf"(?P<value>[^。\n（(]{{1,12}})(?=[。\n（(]|$)")  # ("滞后（牵头单位：…）": the unit said after it)


def status_rows(text: str) -> list[tuple[str, str | None, str]]:
    """(task, month or None, status) of every status sentence in `text`, in order; a yes/no
    column's answer ("是否按时序推进：否") read as the status it says (否 → 滞后, 是 → 序时推进)."""
    return [(m.group("task").strip(), m.group("month"), _yes_no(m.group(0), m.group("value").strip()))
            for m in _STATUS_ROW.finditer(text or "")]


def _yes_no(row: str, value: str) -> str:
    if not _YES_NO_LABEL.search(row):
        return value
    return {"否": "滞后", "是": "序时推进"}.get(value, value)


# the label of a ledger's group row naming its unit ("牵头单位：县交通运输局")
GROUP_LABEL = r"(?:牵头|责任|主责)(?:单位|部门)\s*[：:]"


def done(status: str) -> bool:
    """Whether a status cell says the task is finished ("已完成", "完成", "已办结")."""
    return status in ("已完成", "完成", "已办结", "办结")


def on_schedule(status: str) -> bool:
    """Whether a status cell says the task keeps its pace ("正常推进", "序时推进")."""
    return "正常" in status or "序时" in status


def lags(status: str) -> bool:
    """Whether a status cell says the task lags ("滞后", "进度滞后")."""
    return status.removeprefix("进度").startswith("滞后")
