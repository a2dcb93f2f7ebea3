"""`/review`: the commitment check (兑现核查) in a chat.

`/review 2021` gives the counts and the tasks the review does not mention, grouped by lead
unit and paged like every long list; `/review 3.2` gives one task's verdict with the
report's own sentence; `/review 2021 3.2` names both; `/review` alone checks the newest
plan whose following year's report is in. The check itself is `answers.review_run`.
"""
from __future__ import annotations

import asyncio
import re

from telegram import Update

from core.errors import UserError
from handlers.paging import send_paged
from handlers.render import esc, shorten
from handlers.context import BotContext
from handlers.replies import command_text, reply_html, typing, user_errors
from prompts import review as P

_CODE = re.compile(r"^\d{1,3}[.．]\d{1,3}$")


@user_errors
async def cmd_review(update: Update, context: BotContext) -> None:
    from answers.review_run import newest_reviewable_plan, review_task, run_review

    args = command_text(update).replace("年", " ").split()
    ctx = context.ducha
    codes = [a for a in args if _CODE.match(a)]
    plans = [a for a in args if not _CODE.match(a)]
    if len(codes) > 1 or len(plans) > 1:
        raise UserError(P.USAGE)
    plan = plans[0] if plans else None
    async with typing(context, update.effective_chat.id):
        if codes:
            review = await asyncio.to_thread(review_task, ctx, codes[0], plan=plan)
            await reply_html(update, context, verdict_html(review))
            return
        if plan is None:
            newest = newest_reviewable_plan(ctx)
            if newest is None:
                raise UserError(P.NO_REVIEWABLE)
            plan = newest.id
        review = await asyncio.to_thread(run_review, ctx, plan)
    header, lines = summary_html(review)
    await send_paged(update, context, header, lines)


def summary_html(review) -> tuple[str, list[str]]:
    """Counts, then the not-mentioned tasks under their lead unit (a task led by two units
    is listed under the first)."""
    header = "\n".join([
        P.BOT_HEAD.format(plan=esc(review.plan.title), n=len(review.items), report=esc(review.report.title),
                          year=review.plan.year),
        P.BOT_COUNTS.format(**review.counts),
    ])
    missing = [i for i in review.items if i.label == "not_mentioned"]
    if not missing:
        return header, [P.BOT_ALL_MENTIONED]
    groups: dict[str, list] = {}
    for item in missing:
        groups.setdefault(item.lead_units[0] if item.lead_units else P.BOT_UNIT_NONE, []).append(item)
    lines = [P.BOT_NOT_MENTIONED]
    for unit, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(P.BOT_UNIT.format(unit=esc(unit), n=len(items)))
        lines.extend(P.BOT_TASK_LINE.format(code=esc(i.code), text=esc(shorten(i.text, 40))) for i in items)
    lines.append(P.BOT_HINT.format(code=esc(missing[0].code)))
    return header, lines


def verdict_html(review) -> str:
    item = review.items[0]
    lines = [P.BOT_VERDICT.format(code=esc(item.code), mark=P.MARKS[item.label], label=P.LABELS[item.label]),
             esc(item.text)]
    if item.note:
        lines.append(P.BOT_NOTE.format(note=esc(item.note)))
    if item.evidence:
        lines.append(P.BOT_EVIDENCE.format(evidence=esc(item.evidence)))
        lines.append(P.BOT_SOURCE.format(report=esc(review.report.title), section=esc(item.section)))
    else:
        lines.append(P.BOT_NO_EVIDENCE.format(report=esc(review.report.title), year=review.plan.year))
    return "\n".join(lines)
