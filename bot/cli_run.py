"""`ducha run`: start the Telegram bot (long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set)."""
from __future__ import annotations

import argparse
import sys

from core.context import Context
from prompts import bot as texts


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="启动 Telegram 机器人（默认长轮询；设置 TELEGRAM_WEBHOOK_URL 时用 webhook）")
    parser.set_defaults(func=cmd_run)


def cmd_run(ctx: Context, args: argparse.Namespace) -> int:
    from bot.app import run

    code = run(ctx)
    if code:
        print(texts.CONFLICT, file=sys.stderr)
    return code
