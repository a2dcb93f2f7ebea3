"""/plans, /plan (a chat's default plan) and the admins' /plan_close and /plan_open: each
reads its argument, calls the store function `ducha plan …` calls, and renders the result.
A close or reopen is audited in the same transaction as the change."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from core.errors import UserError
from handlers.access import require_admin
from handlers.render import esc
from handlers.replies import actor, command_text, ctx_of, reply_html, reporter, user_errors
from prompts import bot as texts
from store.db import transaction


@user_errors
async def cmd_plans(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    from store.plans import chat_plan, list_plans

    ctx = ctx_of(context)
    plans = list_plans(ctx.db)
    if not plans:
        await reply_html(update, context, texts.NO_PLANS)
        return
    chosen = chat_plan(ctx.db, update.effective_chat.id)
    lines = [texts.PLANS_HEAD.format(n=len(plans))]
    for p in plans:
        lines.append(texts.PLAN_LINE.format(id=p["id"], title=esc(p["title"]), year=p["year"], tasks=p["tasks"],
                                            status=texts.PLAN_STATUS[p["status"]],
                                            default=texts.PLAN_DEFAULT_MARK if p["id"] == chosen else ""))
    await reply_html(update, context, "\n".join(lines))


@user_errors
async def cmd_plan(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/plan 2024`: what task codes mean in this chat (any member may choose)."""
    from store.plans import set_chat_plan

    ref = command_text(update)
    if not ref:
        raise UserError(texts.USAGE["plan"])
    ctx = ctx_of(context)
    plan = set_chat_plan(ctx.db, update.effective_chat.id, ref, by=reporter(update), now=ctx.now())
    await reply_html(update, context, texts.PLAN_CHOSEN.format(title=esc(plan["title"])))


async def _set_status(update: Update, context: ContextTypes.DEFAULT_TYPE, status: str) -> None:
    require_admin(update, context)
    from store.audit import record
    from store.plans import set_plan_status

    name = "plan_close" if status == "closed" else "plan_open"
    ref = command_text(update)
    if not ref:
        raise UserError(texts.USAGE[name])
    ctx = ctx_of(context)
    uid, who = actor(update)
    with transaction(ctx.db):
        plan = set_plan_status(ctx.db, ref, status, by=reporter(update), now=ctx.now())
        if plan["changed"]:
            record(ctx.db, name, now=ctx.now(), user_id=uid, user_name=who, chat_id=update.effective_chat.id,
                   target=str(plan["id"]), detail=plan["title"])
    if not plan["changed"]:
        text = texts.PLAN_ALREADY[status].format(title=esc(plan["title"]))
    elif status == "closed":
        text = texts.PLAN_CLOSED.format(title=esc(plan["title"]), id=plan["id"])
    else:
        text = texts.PLAN_OPENED.format(title=esc(plan["title"]))
    await reply_html(update, context, text)


@user_errors
async def cmd_plan_close(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _set_status(update, context, "closed")


@user_errors
async def cmd_plan_open(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _set_status(update, context, "active")
