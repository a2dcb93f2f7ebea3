"""The supervision office's own loop in Telegram.

/export sends the 台账 (.xlsx), /report the 督查通报 (.docx), both built by
reminders.exports exactly as `ducha export` builds them; "/report 兑现核查 [2021]" adds the
commitment check (usecases.exporting, as `ducha export … --review`). The files cover every unit's
tasks, so only admins (anywhere allowed) and the supervision chat may ask for them.
Building runs in a worker thread: a big registry never stalls the bot's other chats.

Completion review (销号): a unit's /done is a claim (store/claims.py) posted to the
supervision chat with 通过/退回 buttons that only admins may press; 退回 asks for the
reason as a reply, which is sent back to the unit's chat.

Evidence (佐证材料): a document or photo replying to a reminder or a task card is stored
for that task (store/evidence.py); an unknown extension or a too-big file is refused
before anything is downloaded. Every act is in the audit trail.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from pathlib import Path

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from core.dates import parse_date
from core.errors import UserError
from handlers.access import is_admin, reporting_unit
from handlers.render import esc
from handlers.context import BotContext
from handlers.replies import actor, command_text, reply_html, typing, user_errors
from prompts import bot as bot_texts
from prompts import exports as texts
from store.db import transaction

log = logging.getLogger(__name__)


def _may_export(update: Update, context: BotContext) -> None:
    ctx = context.ducha
    user = update.effective_user
    if is_admin(ctx, user.id if user else None):
        return
    if update.effective_chat and update.effective_chat.id == ctx.settings.supervision_chat_id and ctx.settings.supervision_chat_id:
        return
    raise UserError(texts.EXPORT_REFUSED)


def _export_args(update: Update, command: str, today: dt.date) -> tuple[dt.date, bool, str | None]:
    """`/report [YYYY-MM-DD] [兑现核查 [PLAN]]`: the date, whether to include the commitment
    check, and the plan it checks (None: the newest checkable one)."""
    words = command_text(update).split()
    day, review, plan = today, False, None
    try:
        for word in words:
            if word.lower() in texts.REVIEW_WORDS:
                review = True
            elif review and plan is None and re.fullmatch(r"\d{1,4}年?", word):
                plan = word.rstrip("年")
            elif word == words[0]:
                day = parse_date(word)
            else:
                raise UserError(texts.EXPORT_USAGE.format(command=command))
    except UserError:
        raise UserError(texts.EXPORT_USAGE.format(command=command)) from None
    return day, review, plan


async def _send_export(update: Update, context: BotContext, suffix: str, command: str) -> None:
    from reminders.exports import KINDS
    from store.audit import record
    from usecases.exporting import office_file

    _may_export(update, context)
    ctx = context.ducha
    day, with_review, plan = _export_args(update, command, ctx.today())
    chat_id = update.effective_chat.id
    async with typing(context, chat_id):
        data, ledger, review = await asyncio.to_thread(office_file, ctx, suffix, day, review=with_review, review_plan=plan)
    name = (texts.EXPORT_FILENAME_LEDGER if suffix == ".xlsx" else texts.EXPORT_FILENAME_REPORT).format(date=day.isoformat())
    caption = texts.EXPORT_CAPTION.format(kind=KINDS[suffix], date=day.isoformat(), total=ledger.total, overdue=ledger.overdue)
    if review is not None:
        caption += texts.REVIEW_CAPTION.format(**review.counts)
    await context.bot.send_document(chat_id, data, filename=name, caption=caption)
    uid, uname = actor(update).user_id, actor(update).name
    record(ctx.db, command, now=ctx.now(), user_id=uid, user_name=uname, chat_id=chat_id, target=day.isoformat(), detail=name)


@user_errors
async def cmd_export(update: Update, context: BotContext) -> None:
    await _send_export(update, context, ".xlsx", "export")


@user_errors
async def cmd_report(update: Update, context: BotContext) -> None:
    await _send_export(update, context, ".docx", "report")


def add_handlers(app: Application) -> None:
    """Called by bot.app.add_handlers before the free-text handlers."""
    only_new = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("export", cmd_export, filters=only_new))
    app.add_handler(CommandHandler("report", cmd_report, filters=only_new))
    app.add_handler(CallbackQueryHandler(on_review, pattern=f"^{REVIEW_PREFIX}"))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & only_new & _ReasonReply(), on_reason))
    app.add_handler(MessageHandler((filters.Document.ALL | filters.PHOTO) & only_new, on_upload))


# --- completion review (销号) --------------------------------------------------------------

REVIEW_PREFIX = "rv:"


def review_keyboard(claim_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(texts.REVIEW_APPROVE_BUTTON, callback_data=f"{REVIEW_PREFIX}ok:{claim_id}"),
        InlineKeyboardButton(texts.REVIEW_RETURN_BUTTON, callback_data=f"{REVIEW_PREFIX}no:{claim_id}"),
    ]])


def _card(claim) -> str:
    return texts.REVIEW_CARD.format(
        code=esc(claim.code), task=esc(claim.task_text), unit=esc(claim.unit or texts.REVIEW_UNIT_NONE),
        text=esc(claim.text), who=esc(claim.claimed_by.split(" ", 1)[-1]), at=esc(claim.claimed_at.replace("T", " ")[:16]),
    )


def _audit(ctx, update: Update, action: str, target: str, detail: str | None) -> None:
    from store.audit import record

    uid, name = actor(update).user_id, actor(update).name
    chat = update.effective_chat
    record(ctx.db, action, now=ctx.now(), user_id=uid, user_name=name, chat_id=chat.id if chat else None, target=target, detail=detail)


@user_errors
async def cmd_done(update: Update, context: BotContext) -> None:
    """`/done 3.2 说明`. In a chat bound to one of the task's lead units, a non-admin's /done
    is a completion claim sent to the supervision chat for review; an admin's /done closes
    the task at once, as `ducha progress --done` does (handlers.commands.cmd_done)."""
    from handlers import commands
    from store.claims import set_review_message, submit_claim
    from store.tasks import get_task, normalize_code

    ctx = context.ducha
    user = update.effective_user
    if is_admin(ctx, user.id if user else None):
        await commands.cmd_done(update, context)
        return
    raw = command_text(update)
    parts = raw.split(maxsplit=1)
    if not parts:
        raise UserError(texts.REVIEW_USAGE)
    code = normalize_code(parts[0].rstrip("。,，"))
    text = parts[1].strip() if len(parts) > 1 else ""
    chat_id = update.effective_chat.id
    task = get_task(ctx.db, code, today=ctx.today())
    unit = reporting_unit(ctx, chat_id, user.id if user else None, task)  # refuses other chats first
    if not text:
        raise UserError(texts.REVIEW_USAGE)
    with transaction(ctx.db):
        claim = submit_claim(ctx.db, task.code, text, unit=unit, by=actor(update).signature, now=ctx.now(), chat_id=chat_id)
        _audit(ctx, update, "claim", claim.code, text)
    office = ctx.settings.supervision_chat_id
    reply = texts.REVIEW_SUBMITTED.format(code=esc(claim.code))
    if office:
        sent = await context.bot.send_message(office, _card(claim), parse_mode=ParseMode.HTML, reply_markup=review_keyboard(claim.id))
        set_review_message(ctx.db, claim.id, office, sent.message_id)
    else:
        log.warning("completion claim %s: DUCHA_SUPERVISION_CHAT_ID not set, nobody is asked to review", claim.id)
        reply += "\n" + texts.REVIEW_NO_OFFICE
    await reply_html(update, context, reply)


@user_errors
async def on_review(update: Update, context: BotContext) -> None:
    """通过 closes the task and tells the unit; 退回 asks the admin for the reason (a reply)."""
    from store.claims import approve, get_claim, set_prompt

    query = update.callback_query
    ctx = context.ducha
    if not is_admin(ctx, query.from_user.id if query.from_user else None):
        _audit(ctx, update, "review_refused", query.data or "", None)
        await query.answer(bot_texts.REFUSE_ADMIN, show_alert=True)
        return
    _, verb, raw_id = (query.data or "").split(":", 2)
    claim_id = int(raw_id)
    who = actor(update).signature
    if verb == "ok":
        with transaction(ctx.db):
            claim = approve(ctx.db, claim_id, by=who, now=ctx.now())
            _audit(ctx, update, "approve", claim.code, claim.text)
        await query.answer(texts.REVIEW_APPROVED_ACK.format(code=claim.code))
        await query.edit_message_text(
            _card(claim) + texts.REVIEW_CARD_APPROVED.format(who=esc(actor(update).name), at=esc(claim.decided_at.replace("T", " ")[:16])),
            parse_mode=ParseMode.HTML,
        )
        if claim.claim_chat_id:
            await context.bot.send_message(claim.claim_chat_id, texts.REVIEW_APPROVED_UNIT.format(code=claim.code))
        return
    claim = get_claim(ctx.db, claim_id)
    if claim.state != "pending":
        raise UserError(texts.REVIEW_NOT_PENDING)
    await query.answer(texts.REVIEW_RETURN_ASKED)
    prompt = await context.bot.send_message(
        query.message.chat.id,
        texts.REVIEW_PROMPT.format(code=claim.code, unit=claim.unit or texts.REVIEW_UNIT_NONE),
        reply_markup=ForceReply(),  # not selective: the card it replies to is the bot's own; only an admin's reply counts
        reply_to_message_id=query.message.message_id,
    )
    set_prompt(ctx.db, claim.id, prompt.message_id)


class _ReasonReply(filters.MessageFilter):
    """A text reply to the bot's 【退回理由】 prompt."""

    def filter(self, message) -> bool:
        parent = message.reply_to_message
        return bool(parent and parent.text and parent.text.startswith(texts.REVIEW_PROMPT_MARK))


@user_errors
async def on_reason(update: Update, context: BotContext) -> None:
    from store.claims import claim_for_prompt, return_claim

    ctx = context.ducha
    user = update.effective_user
    if not is_admin(ctx, user.id if user else None):
        raise UserError(bot_texts.REFUSE_ADMIN)
    message = update.effective_message
    claim = claim_for_prompt(ctx.db, message.chat.id, message.reply_to_message.message_id)
    if claim is None:
        raise UserError(texts.REVIEW_UNKNOWN)
    with transaction(ctx.db):
        claim = return_claim(ctx.db, claim.id, message.text, by=actor(update).signature, now=ctx.now())
        _audit(ctx, update, "return", claim.code, claim.reason)
    if claim.review_chat_id and claim.review_message_id:
        try:
            await context.bot.edit_message_text(
                _card(claim) + texts.REVIEW_CARD_RETURNED.format(who=esc(actor(update).name), at=esc(claim.decided_at.replace("T", " ")[:16]), reason=esc(claim.reason)),
                chat_id=claim.review_chat_id, message_id=claim.review_message_id, parse_mode=ParseMode.HTML,
            )
        except TelegramError as exc:  # the card may be too old to edit; the decision stands
            log.warning("could not update review card of claim %s: %s", claim.id, exc)
    if claim.claim_chat_id:
        await context.bot.send_message(claim.claim_chat_id, texts.REVIEW_RETURNED_UNIT.format(code=claim.code, reason=claim.reason))
    await reply_html(update, context, texts.REVIEW_RETURNED_ACK.format(code=esc(claim.code), unit=esc(claim.unit or texts.REVIEW_UNIT_NONE)))


# --- evidence (佐证材料) -----------------------------------------------------------------

_CODE_IN_TEXT = re.compile(r"(?<![\d.])(\d{1,3}[.．]\d{1,3})(?![\d.])")


def _codes(text: str | None) -> list[str]:
    found: list[str] = []
    for raw in _CODE_IN_TEXT.findall(text or ""):
        code = raw.replace("．", ".")
        if code not in found:
            found.append(code)
    return found


def _target_code(message, bot_id: int) -> str | None:
    """The task a file is for: a code in its caption, else the one code in the bot's message
    it replies to (a reminder or a task card). None when neither says which."""
    caption = _codes(message.caption)
    if len(caption) == 1:
        return caption[0]
    parent = message.reply_to_message
    if parent is not None and parent.from_user and parent.from_user.id == bot_id:
        in_parent = _codes(parent.text or parent.caption)
        if len(in_parent) == 1:
            return in_parent[0]
    return None


def _is_for_the_bot(message, bot_id: int) -> bool:
    parent = message.reply_to_message
    return bool((parent and parent.from_user and parent.from_user.id == bot_id) or _codes(message.caption))


@user_errors
async def on_upload(update: Update, context: BotContext) -> None:
    """A document or photo replying to a reminder or a task card (or captioned with a code):
    checked for size before download and for type after, then stored as the task's evidence."""
    from store.evidence import TYPES, add_evidence, check_size, human_size, list_evidence
    from store.tasks import get_task

    message = update.effective_message
    if not _is_for_the_bot(message, context.bot.id):
        return  # files shared among colleagues are none of the bot's business
    code = _target_code(message, context.bot.id)
    if code is None:
        raise UserError(texts.EVIDENCE_NO_TASK)
    ctx = context.ducha
    user = update.effective_user
    task = get_task(ctx.db, code, today=ctx.today())
    unit = reporting_unit(ctx, message.chat.id, user.id if user else None, task)
    if message.document is not None:
        item, name = message.document, message.document.file_name or "file"
    else:
        item = message.photo[-1]  # the largest size Telegram made
        name = f"photo_{item.file_unique_id}.jpg"
    check_size(item.file_size)
    if Path(name).suffix.lower() not in TYPES:  # refused by its name: no need to download it
        raise UserError(texts.EVIDENCE_BAD_TYPE.format(name=name))
    telegram_file = await context.bot.get_file(item.file_id)
    data = bytes(await telegram_file.download_as_bytearray())
    with transaction(ctx.db):
        evidence, new = add_evidence(ctx.db, ctx.settings.data_dir, task.id, name, data, unit=unit, by=actor(update).signature,
                                     now=ctx.now(), chat_id=message.chat.id)
        if new:
            _audit(ctx, update, "upload", task.code, f"{name} {evidence.sha256[:12]} {len(data)}")
    if not new:
        await reply_html(update, context, esc(texts.EVIDENCE_DUPLICATE.format(code=task.code)))
        return
    count = len(list_evidence(ctx.db, task.id))
    await reply_html(update, context, esc(texts.EVIDENCE_SAVED.format(name=name, size=human_size(len(data)), code=task.code, n=count)))
