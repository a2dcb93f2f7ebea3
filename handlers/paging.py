"""Long lists as pages with 上一页/下一页 buttons; a button press edits the same message.

The ready pages are stored (`store.audit.save_pages`) so the buttons keep working after a
restart, and a page is only ever shown in the chat it was made for.
"""
from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from handlers.context import BotContext
from handlers.render import SAFE_LIMIT, tg_len
from handlers.replies import reply_html, user_errors
from prompts import bot as texts
from store import audit

PER_PAGE = 10
CALLBACK_PREFIX = "pg:"


def paginate(header: str, lines: list[str], *, per_page: int = PER_PAGE, limit: int = SAFE_LIMIT - 200) -> list[str]:
    """Group lines into pages of at most `per_page` lines and `limit` characters, each under the header."""
    pages: list[list[str]] = [[]]
    size = tg_len(header)
    for line in lines:
        if pages[-1] and (len(pages[-1]) >= per_page or size + tg_len(line) + 1 > limit):
            pages.append([])
            size = tg_len(header)
        pages[-1].append(line)
        size += tg_len(line) + 1
    return [header + "\n" + "\n".join(p) if p else header for p in pages]


def keyboard(page_id: int, page: int, pages: int) -> InlineKeyboardMarkup:
    row = []
    if page > 0:
        row.append(InlineKeyboardButton(texts.PAGE_PREV, callback_data=f"{CALLBACK_PREFIX}{page_id}:{page - 1}"))
    row.append(InlineKeyboardButton(texts.PAGE_OF.format(page=page + 1, pages=pages), callback_data=f"{CALLBACK_PREFIX}{page_id}:{page}"))
    if page < pages - 1:
        row.append(InlineKeyboardButton(texts.PAGE_NEXT, callback_data=f"{CALLBACK_PREFIX}{page_id}:{page + 1}"))
    return InlineKeyboardMarkup([row])


async def send_paged(update: Update, context: BotContext, header: str, lines: list[str]) -> None:
    """One message when it fits one page; otherwise page 1 with buttons."""
    pages = paginate(header, lines)
    if len(pages) == 1:
        await reply_html(update, context, pages[0])
        return
    ctx = context.ducha
    page_id = audit.save_pages(ctx.db, update.effective_chat.id, pages, now=ctx.now())
    await reply_html(update, context, pages[0], reply_markup=keyboard(page_id, 0, len(pages)))


@user_errors
async def on_page(update: Update, context: BotContext) -> None:
    """A 上一页/下一页 press: edit the message to show the asked page."""
    query = update.callback_query
    try:
        page_id_s, page_s = query.data[len(CALLBACK_PREFIX):].split(":")
        page_id, page = int(page_id_s), int(page_s)
    except ValueError:
        await query.answer()
        return
    pages = audit.load_pages(context.ducha.db, page_id, update.effective_chat.id)
    if not pages or not 0 <= page < len(pages):
        await query.answer(texts.PAGE_GONE, show_alert=True)
        return
    await query.answer()
    try:
        await query.edit_message_text(pages[page], parse_mode=ParseMode.HTML, reply_markup=keyboard(page_id, page, len(pages)))
    except BadRequest as exc:  # the counter button: same page, "message is not modified"
        if "not modified" not in str(exc).lower():
            raise
