"""The office's files with the commitment check in them: `ducha export FILE --review` and
`/report 兑现核查`. The 台账 and 通报 are built in reminders.exports, below the layer where
the check lives (answers.review_run), so the check is run here and handed down as plain
rows; both the CLI and the bot call this one function, so the file is the same either way.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from core.errors import UserError
from prompts import review as review_texts
from reminders.exports import build_export
from reminders.exports_data import Ledger, ReviewRow, ReviewSheet


def review_sheet(ctx: Any, plan: str | int | None, against: str | None = None) -> ReviewSheet:
    """The commitment check of `plan` (id or year; None: the newest plan whose following
    year's report is in) as the rows the export writes."""
    from answers.review_run import newest_reviewable_plan, run_review

    if plan is None or str(plan).strip() == "":
        newest = newest_reviewable_plan(ctx)
        if newest is None:
            raise UserError(review_texts.NO_REVIEWABLE)
        plan = newest.id
    review = run_review(ctx, plan, against)
    rows = [ReviewRow(i.code, i.text, list(i.lead_units), i.label, i.evidence, i.section, i.note) for i in review.items]
    return ReviewSheet(review.plan.title, review.plan.year, review.report.title, review.report.file, rows)


def office_file(ctx: Any, suffix: str, day: dt.date, *, plan_id: int | None = None, review: bool = False,
                review_plan: str | int | None = None, against: str | None = None) -> tuple[bytes, Ledger, ReviewSheet | None]:
    """The 台账/通报 bytes, its figures, and the check it includes (None without `review`).
    The check is of `review_plan` when named (never another); else of the exported plan when
    its following year's report is in (or `against` names one); else of the newest checkable
    plan: in spring the office files this year's plan with last year's check attached. The
    attachment names the plan it checked."""
    sheet = None
    if review:
        if review_plan not in (None, ""):
            target: str | int | None = review_plan
        elif plan_id is not None and (against or _checkable(ctx, plan_id)):
            target = plan_id
        else:
            target = None
        sheet = review_sheet(ctx, target, against)
    data, ledger = build_export(ctx.db, suffix, day, plan_id=plan_id, review=sheet)
    return data, ledger, sheet


def _checkable(ctx: Any, plan_id: int) -> bool:
    from store.review import find_plan, report_for

    ref = find_plan(ctx.db, plan_id)
    return report_for(ctx.db, ref.region, ref.year + 1) is not None
