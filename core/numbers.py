"""Integers typed by people: plan ids, counts, Telegram chat ids.

Python reads "99999999999999999999" happily and SQLite then fails with OverflowError deep in a
query; "-0" is a valid int that binds chat 0. Every CLI argument and bot command that takes a
number comes through here, so a bad one is one Chinese line, never a traceback.
"""
from __future__ import annotations

from core.errors import UserError
from prompts import kernel as msg

SQLITE_MAX = 2**63 - 1
# Telegram: "at most 52 significant bits"; supergroups are -100… (13 digits).
CHAT_ID_MAX = 2**52 * 1000


def parse_int(value: str | int, *, what: str = "数字", low: int = -SQLITE_MAX, high: int = SQLITE_MAX) -> int:
    """An integer in [low, high]; raises UserError naming `what` otherwise."""
    if isinstance(value, bool):
        raise UserError(msg.INT_BAD.format(what=what, value=value))
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not text or len(text) > 25 or not text.lstrip("+-").isdigit():
            raise UserError(msg.INT_BAD.format(what=what, value=_shown(text)))
        number = int(text)
    if not low <= number <= high:
        raise UserError(msg.INT_OUT_OF_RANGE.format(what=what, value=_shown(str(value)), low=low, high=high))
    return number


def parse_chat_id(value: str | int) -> int:
    """A Telegram chat id: a non-zero integer ("-0" and "0" are refused), within Telegram's range."""
    text = str(value).strip()
    body = text.lstrip("+-")
    if not body.isdigit() or len(body) > 16 or int(body) == 0 or text.count("-") + text.count("+") > 1:
        raise UserError(msg.CHAT_ID_BAD.format(value=_shown(text)))
    number = int(text)
    if abs(number) > CHAT_ID_MAX:
        raise UserError(msg.CHAT_ID_BAD.format(value=_shown(text)))
    return number


def _shown(text: str) -> str:
    return text if len(text) <= 30 else text[:30] + "…"


# A figure as an asker sets it in quote marks, its unit or bound said ("「7%左右」", "“80亿”"): a
# figure offered to be checked, never a quoted phrase; a bare number in marks is a name's ("“1269”").
FIGURE_IN_MARKS = r"\d[\d.,]*\s*(?:(?:%|万|亿|个|家|公里|亩|人)\s*(?:左右|以上|以内|以下)?|左右|以上|以内|以下)"
