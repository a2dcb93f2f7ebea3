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
import traceback
from typing import Any, Callable, NoReturn


from core import regex_cache
from core.errors import UserError
from prompts import cli as texts

# Module -> the subcommands its `register` adds (tests/bot/test_cli_sweep.py checks the two agree):
# a command line naming one of them builds that module's parsers only (issue 15: building all
# 27 parsers was a tenth of a one-shot `ducha ask`); help and unknown words build them all.
COMMAND_MODULES = {
    "bot.cli_ingest": ("ingest", "embed", "search"),
    "bot.cli_registry": ("tasks", "task", "due", "progress", "bind", "unit"),
    "bot.cli_plans": ("plan",),  # plan list, plan close, plan open
    "bot.cli_remind": ("remind", "calendar"),
    "bot.cli_ask": ("ask", "eval"),
    "bot.cli_review": ("review",),
    "bot.cli_run": ("run",),
    "bot.cli_export": ("export",),  # 台账 .xlsx, 督查通报 .docx
    "bot.cli_doctor": ("doctor",),
}

log = logging.getLogger("ducha")


def print_json(data: Any) -> None:
    """JSON for machines: UTF-8, Chinese unescaped, one document per call."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr (usage stays behind -h), exit 2."""

    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        command = self.prog.removeprefix("ducha").strip() or ""
        line = texts.ARG_ERROR.format(message=message.splitlines()[0] if message else "", command=command).replace("  ", " ")
        sys.stderr.write(line + "\n")
        raise SystemExit(2)


def int_arg(what: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse `type` for a bounded integer: huge numbers never reach SQLite."""

    def parse(value: str) -> int:
        text = value.strip()
        if not text.lstrip("+-").isdigit() or len(text) > 20 or not low <= int(text) <= high:
            raise argparse.ArgumentTypeError(texts.INT_ARG.format(what=what, low=low, high=high, value=text[:30]))
        return int(text)

    parse.__name__ = what  # argparse names the type in its message
    return parse


MAX_ARG_CHARS = 4096

# Commands that may run before the data folder exists (ingest, run and calendar create it, doctor
# reports it); every other one refuses a missing folder instead of silently creating an empty
# ./var and answering that nothing was ingested.
CREATES_DATA = {"ingest", "run", "calendar", "doctor"}
# Commands that run without opening the data folder at all.
NO_CONTEXT = {"doctor"}


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: only the named command's module when `argv` names one, else all."""
    parser = ArgumentParser(prog="ducha", description="督查助手：政府工作报告问答、任务督办与提醒")
    parser.add_argument("-v", "--verbose", action="store_true", help="在终端显示详细日志和完整的错误信息")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=ArgumentParser)
    named = next((a for a in argv or [] if a not in ("-v", "--verbose")), None)
    chosen = [m for m, commands in COMMAND_MODULES.items() if named in commands]
    for name in chosen or COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse, load settings, run one command. Exit 0 on success; 2 with one line on stderr for
    anything the user can fix (arguments, settings, data folder, an endpoint that does not
    answer); 1 with one line and the log's path for our own bug; a traceback only with -v."""
    # Files this process creates (SQLite -wal/-shm, Chroma segments, rotated logs) are ours alone.
    umask = os.umask(0o077)
    os.umask(umask | 0o077)
    try:
        return _main(argv)
    finally:
        os.umask(umask)  # for callers in the same process (tests)


def _main(argv: list[str] | None) -> int:
    from bot.logs import describe_command, log_path, setup_logging
    from bot.wiring import new_context
    from core.settings import load_settings

    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args, extra = parser.parse_known_args(argv)
    if extra:  # name the subcommand whose usage to read, not the top level
        _leaf(parser, args).error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    for name, value in vars(args).items():  # a Telegram message is at most 4096 characters; so is any text we take
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and len(v) > MAX_ARG_CHARS for v in values):
            _leaf(parser, args).error(texts.ARG_TOO_LONG.format(name=name, limit=MAX_ARG_CHARS))
    verbose = bool(args.verbose)
    try:
        settings = load_settings()
    except UserError as exc:
        print(texts.ERROR.format(message=exc), file=sys.stderr)
        return exc.exit_code
    data_dir = settings.data_dir
    if data_dir.exists() and not data_dir.is_dir():
        print(texts.DATA_DIR_NOT_DIR.format(path=data_dir), file=sys.stderr)
        return 2
    if not data_dir.exists() and args.command not in CREATES_DATA:
        print(texts.DATA_DIR_MISSING.format(path=data_dir), file=sys.stderr)
        return 2
    logged = False
    if args.command not in NO_CONTEXT:
        try:
            setup_logging(settings, verbose=verbose)
            logged = log_path(settings).exists()
        except OSError:
            pass
        log.info("command: %s", describe_command(args))
    if args.command not in NO_CONTEXT:
        # compiled patterns of earlier commands (core/regex_cache.py): ~0.1 s of a one-shot `ask`
        regex_cache.use(data_dir)
    ctx = new_context(settings)
    try:
        return int(args.func(ctx, args) or 0)
    except UserError as exc:
        print(texts.ERROR.format(message=str(exc).splitlines()[0] if str(exc) else ""), file=sys.stderr)
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
    except Exception as exc:  # noqa: BLE001 - the edge: every failure becomes one line
        line, code = explain(exc, settings)
        if code == 1:
            line = (texts.INTERNAL if logged else texts.INTERNAL_NO_LOG).format(kind=_kind(exc), log=log_path(settings))
            log.error("internal error in %s: %s", describe_command(args), line, exc_info=exc, extra={"file_only": True})
        else:  # the same one line in ducha.log, the traceback there at debug level
            log.error("%s: %s", describe_command(args), line, extra={"file_only": True})
            log.debug("traceback of the refusal", exc_info=exc, extra={"file_only": True})
        if verbose:
            traceback.print_exception(exc, file=sys.stderr)
        print(line, file=sys.stderr)
        return code
    finally:
        try:
            ctx.close()
        except Exception:  # noqa: BLE001 - closing a store that failed to open
            pass
        regex_cache.save()


def _leaf(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The innermost subparser the arguments chose."""
    while True:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        chosen = getattr(args, subs[0].dest, None) if subs else None
        if not chosen or chosen not in subs[0].choices:
            return parser
        parser = subs[0].choices[chosen]


def explain(exc: BaseException, settings: Any) -> tuple[str, int]:
    """One line for an exception reaching the edge, and the exit code: 2 when the user can fix
    it (permissions, a read-only or full disk, an endpoint that does not answer), 1 otherwise."""
    import sqlite3

    if isinstance(exc, PermissionError):
        return texts.PERMISSION.format(path=exc.filename or settings.data_dir), 2
    if isinstance(exc, sqlite3.OperationalError):
        reason = str(exc).splitlines()[0]
        if any(w in reason for w in ("readonly", "unable to open", "disk", "locked", "I/O", "full")):
            return texts.DATABASE.format(path=settings.db_path, reason=reason), 2
    if isinstance(exc, OSError) and exc.filename:
        return texts.OS_ERROR.format(path=exc.filename, reason=exc.strerror or exc), 2
    endpoint = _endpoint_failure(exc)
    if endpoint:
        return endpoint, 2
    return "", 1


def _endpoint_failure(exc: BaseException) -> str | None:
    """A network call to a configured service (embedding endpoint, Chroma server, Bot API) failed."""
    names = {c.__module__.split(".")[0] + "." + c.__name__ for c in type(exc).__mro__}
    network = {"httpx.HTTPError", "httpx.InvalidURL", "httpcore.ConnectError", "telegram.NetworkError",
               "requests.ConnectionError", "builtins.ConnectionError", "builtins.TimeoutError"}
    if names & network or "chromadb" in type(exc).__module__:
        what = "Telegram Bot API" if "telegram" in type(exc).__module__ else "外部服务"
        reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:200]
        return texts.ENDPOINT.format(what=what, reason=reason)
    return None


def _kind(exc: BaseException) -> str:
    return type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
