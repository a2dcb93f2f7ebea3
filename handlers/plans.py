"""/plans, /plan (a chat's default plan) and the admins' /plan_close and /plan_open: each
reads its argument, calls the store function `ducha plan …` calls, and renders the result.
A close or reopen is audited in the same transaction as the change."""
from __future__ import annotations

from telegram import Update

from core.errors import UserError
from handlers.access import require_admin
from handlers.render import esc
from handlers.context import BotContext
from handlers.replies import actor, command_text, reply_html, user_errors
from prompts import bot as texts
from usecases import acts


@user_errors
async def cmd_plans(update: Update, context: BotContext) -> None:
    from store.plans import chat_plan, list_plans

    ctx = context.ducha
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
        lines += [texts.PLAN_WARNING_LINE.format(warning=esc(w)) for w in p["warnings"]]
    await reply_html(update, context, "\n".join(lines))


@user_errors
async def cmd_plan(update: Update, context: BotContext) -> None:
    """`/plan 2024`: what task codes mean in this chat (any member may choose)."""
    from store.plans import set_chat_plan

    ref = command_text(update)
    if not ref:
        raise UserError(texts.USAGE["plan"])
    ctx = context.ducha
    plan = set_chat_plan(ctx.db, update.effective_chat.id, ref, by=actor(update).signature, now=ctx.now())
    await reply_html(update, context, texts.PLAN_CHOSEN.format(title=esc(plan["title"])))


async def _set_status(update: Update, context: BotContext, status: str) -> None:
    require_admin(update, context)
    name = "plan_close" if status == "closed" else "plan_open"
    ref = command_text(update)
    if not ref:
        raise UserError(texts.USAGE[name])
    plan = acts.set_plan_status(context.ducha, actor(update), ref, status)
    if not plan["changed"]:
        text = texts.PLAN_ALREADY[status].format(title=esc(plan["title"]))
    elif status == "closed":
        text = texts.PLAN_CLOSED.format(title=esc(plan["title"]), id=plan["id"])
    else:
        text = texts.PLAN_OPENED.format(title=esc(plan["title"]))
    await reply_html(update, context, text)


@user_errors
async def cmd_plan_close(update: Update, context: BotContext) -> None:
    await _set_status(update, context, "closed")


@user_errors
async def cmd_plan_open(update: Update, context: BotContext) -> None:
    await _set_status(update, context, "active")
