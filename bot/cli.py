"""`ducha` command line: one subcommand per module, each a thin call into the library.

Every subcommand module exposes `register(subparsers)`; it adds its parser and
sets `func(ctx, args) -> int`. The modules are listed here so that a newcomer
can find where each command lives.
"""
from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from typing import Any

from pydantic import ValidationError

from core.errors import UserError

COMMAND_MODULES = [
    "bot.cli_ingest",  # ingest, search
    "bot.cli_registry",  # tasks, task, due, progress, bind, unit
    "bot.cli_plans",  # plan list, plan close, plan open
    "bot.cli_remind",  # remind, calendar
    "bot.cli_ask",  # ask, eval
    "bot.cli_review",  # review
    "bot.cli_run",  # run
    "bot.cli_export",  # export (台账 .xlsx, 督查通报 .docx)
]

log = logging.getLogger("ducha")


def print_json(data: Any) -> None:
    """JSON for machines: UTF-8, Chinese unescaped, one document per call."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ducha", description="督查助手：政府工作报告问答、任务督办与提醒")
    parser.add_argument("-v", "--verbose", action="store_true", help="在终端显示详细日志")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from bot.wiring import new_context
    from bot.logs import setup_logging
    from core.settings import load_settings

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        settings = load_settings()
    except ValidationError as exc:  # a bad value in the environment or .env
        errors = exc.errors()
        first = errors[0] if errors else None
        if first:
            message = str(first["msg"]).removeprefix("Value error, ")
            reason = message if first.get("loc") and str(first["loc"][0]) in message else f"{first['loc'][0] if first.get('loc') else ''}：{message}"
        else:
            reason = str(exc).splitlines()[0]
        print(f"配置错误：{reason}", file=sys.stderr)
        return 2
    setup_logging(settings, verbose=args.verbose)
    ctx = new_context(settings)
    try:
        return int(args.func(ctx, args) or 0)
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        log.warning("exit %d: %s", exc.exit_code, exc, extra={"file_only": True})  # the same line in ducha.log
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `ducha ask … | head`: the reader has gone; what it wanted was written. Point stdout at
        # /dev/null so the interpreter's final flush does not print a traceback either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - a fatal error: one readable line, the traceback at debug
        from prompts.bot import FATAL

        error = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        log.error(FATAL.format(error=error, log=settings.log_dir / "ducha.log"))
        log.debug("traceback of the fatal error", exc_info=True)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
