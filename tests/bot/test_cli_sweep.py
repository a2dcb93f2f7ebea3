"""Every CLI path keeps the contract: bad input → one line on stderr, exit 2, no traceback;
our own bug → one line with the log's path, exit 1, a traceback only with -v.

The sweep walks every subcommand the parser knows (so a new command is swept too) with an
unknown option and with its required arguments missing, then runs a table of bad values:
huge integers, "-0" chat ids, dates out of range, empty paths and questions, a missing data
folder, bad settings, a failing embedding endpoint.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from tests.support.paths import EXAMPLES, PROJECT

HUGE = "9" * 40


def leaves(parser=None, prefix=()):
    """(argv prefix, parser) for every runnable subcommand, nested ones included."""
    parser = parser or cli.build_parser()
    subs = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    if not subs:
        yield prefix, parser
        return
    for name, child in subs[0].choices.items():
        yield from leaves(child, prefix + (name,))


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sweep")
    docs = root / "docs"
    shutil.copytree(EXAMPLES, docs)
    env = {"DUCHA_DATA_DIR": str(root / "var"), "DUCHA_EMBEDDING": "none", "PYTHONPATH": str(PROJECT)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(docs)], env={**_base_env(), **env},
                          cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return root / "var"


def _base_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("DUCHA_", "TELEGRAM_"))}


@pytest.fixture
def run(data_dir: Path, monkeypatch, capsys):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(data_dir))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")

    def _run(*argv: str) -> tuple[int, str, str]:
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def assert_one_line(code: int, err: str, argv, expected: int = 2) -> None:
    lines = [l for l in err.splitlines() if l.strip()]
    assert code == expected, (argv, code, err)
    assert len(lines) == 1, (argv, err)
    assert "Traceback" not in err, (argv, err)


def test_every_subcommand_refuses_an_unknown_option_in_one_line(run) -> None:
    seen = []
    for prefix, _ in leaves():
        argv = (*prefix, "--no-such-option")
        code, _, err = run(*argv)
        assert_one_line(code, err, argv)
        assert "参数错误" in err and " ".join(prefix) in err
        seen.append(prefix)
    assert ("ingest",) in seen and ("doctor",) in seen and ("unit", "alias") in seen


def test_every_subcommand_missing_its_arguments_says_so_in_one_line(run) -> None:
    for prefix, parser in leaves():
        required = [a for a in parser._actions if a.required or (not a.option_strings and a.nargs not in ("?", "*"))]
        required = [a for a in required if a.dest not in ("help",)]
        if not required:
            continue
        code, _, err = run(*prefix)
        assert_one_line(code, err, prefix)


BAD = [
    ("ingest", ""),
    ("search", "GDP", "--k", HUGE),
    ("search", "GDP", "--year", "-0"),
    ("ask", ""),
    ("ask", "今年的目标", "--date", "9999-12-31"),
    ("ask", "今年的目标", "--date", "2025-02-30"),
    ("eval", "--set", "/nonexistent/set.json"),
    ("tasks", "--plan", HUGE),
    ("tasks", "--plan", "-0"),
    ("tasks", "--due-before", "9999-12-31"),
    ("tasks", "--date", ""),
    ("tasks", "--overdue", "--date", "0001-01-01"),
    ("task", f"{HUGE}.1"),
    ("task", "1.1", "--plan", HUGE),
    ("task", "1.1", "--date", "10000-01-01"),
    ("due", "1.1", "9999-12-31"),
    ("due", "1.1", "2025-02-30"),
    ("due", "1.1", ""),
    ("due", f"1.{HUGE}", "2025-06-30"),
    ("progress", "1.1", ""),
    ("progress", f"{HUGE}.1", "进展"),
    ("bind", "发改委", "-0"),
    ("bind", "发改委", "0"),
    ("bind", "发改委", HUGE),
    ("bind", "发改委", "12ab"),
    ("bind", "没有这个单位", "-100123"),
    ("unit", "alias", "", ""),
    ("unit", "show", ""),
    ("remind", "--date", "9999-12-31"),
    ("remind", "--date", ""),
    ("remind", "--date", "2025-13-01"),
    ("calendar", "add", "9999-12-31", "holiday"),
    ("calendar", "add", "2027-01-01", "bogus"),
    ("calendar", "show", HUGE),
    ("run",),  # no token
    ("unit", "show", "局" * 100_000),
    ("ask", "目标" * 50_000),
    ("progress", "1.1", "进展" * 50_000),
]


@pytest.mark.parametrize("argv", BAD, ids=[" ".join(a)[:40] or "empty" for a in BAD])
def test_bad_values_are_one_line_exit_2(run, argv) -> None:
    code, out, err = run(*argv)
    assert_one_line(code, err, argv)
    assert out == "", (argv, out)


def test_out_of_range_dates_and_minus_zero_say_what_is_wrong(run) -> None:
    assert "超出范围" in run("remind", "--date", "9999-12-31")[2]
    assert "非零整数" in run("bind", "发改委", "-0")[2]
    assert "路径为空" in run("ingest", "")[2]


def test_bad_settings_are_one_line(run, monkeypatch) -> None:
    for name, value in [("TELEGRAM_API_BASE_URL", "api.example.org/bot"), ("DUCHA_MAX_FILE_MB", "lots"),
                        ("DUCHA_SUPERVISION_CHAT_ID", HUGE + "x"), ("DUCHA_ENV_FILE", "/nonexistent/.env")]:
        monkeypatch.setenv(name, value)
        code, _, err = run("tasks")
        assert_one_line(code, err, name)
        assert name in err or "DUCHA_ENV_FILE" in err
        monkeypatch.delenv(name)


def test_data_folder_missing_or_a_file(run, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "nowhere"))
    code, _, err = run("tasks")
    assert_one_line(code, err, "missing")
    assert "不存在" in err and not (tmp_path / "nowhere").exists(), "a read command never creates an empty data folder"
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "file"))
    assert_one_line(*run("tasks")[::2], "file")


def test_failing_embedding_endpoint_is_one_line(run, monkeypatch) -> None:
    monkeypatch.setenv("DUCHA_EMBEDDING", "openai:m@http://127.0.0.1:9/v1")
    code, _, err = run("search", "地区生产总值")
    assert_one_line(code, err, "search")
    assert "向量服务" in err


def test_locked_database_and_read_only_disk_are_exit_2() -> None:
    import sqlite3

    from core.settings import load_settings

    settings = load_settings()
    for exc in (sqlite3.OperationalError("attempt to write a readonly database"), PermissionError(13, "Permission denied", "/data/ducha.db"),
                OSError(28, "No space left on device", "/data/ducha.db")):
        line, code = cli.explain(exc, settings)
        assert code == 2 and line and "\n" not in line


def test_internal_error_is_one_line_with_the_log_path_and_traceback_only_with_v(run, monkeypatch, data_dir: Path) -> None:
    from bot import cli_registry

    def boom(ctx, args):
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr(cli_registry, "cmd_tasks", boom)
    code, out, err = run("tasks")
    assert_one_line(code, err, "internal", expected=1)
    assert "内部错误" in err and str(data_dir / "logs" / "ducha.log") in err
    assert "a bug of ours" in (data_dir / "logs" / "ducha.log").read_text(encoding="utf-8")
    code, out, err = run("-v", "tasks")
    assert code == 1 and "Traceback" in err


def test_in_a_real_process_no_traceback(data_dir: Path, tmp_path: Path) -> None:
    env = {**_base_env(), "DUCHA_DATA_DIR": str(data_dir), "DUCHA_EMBEDDING": "none", "PYTHONPATH": str(PROJECT)}
    for argv, extra in [(("bind", "发改委", "-0"), {}), (("remind", "--date", "9999-12-31"), {}),
                        (("run",), {"TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35, "TELEGRAM_API_BASE_URL": "api.example.org/bot"}),
                        (("tasks", "--plan", HUGE), {})]:
        # (`run` against an unreachable Bot API does not exit: it retries with back-off until the
        # API answers, one Chinese line per attempt; tests/bot/test_run_network.py covers that.)
        done = subprocess.run([sys.executable, "-m", "bot.cli", *argv], env={**env, **extra}, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert_one_line(done.returncode, done.stderr, argv)


def test_unwritable_data_folder_is_one_line(run, monkeypatch, tmp_path: Path) -> None:
    """A data folder we may not create or write: /sys refuses even root; others get a 0500 folder."""
    import os

    if os.geteuid() == 0:
        if not Path("/sys").is_dir():
            pytest.skip("no read-only place to point the data folder at")
        target = Path("/sys/ducha-sweep/var")
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        os.chmod(locked, 0o500)
        target = locked / "var"
    monkeypatch.setenv("DUCHA_DATA_DIR", str(target))
    for argv in (("ingest", str(EXAMPLES)), ("calendar", "add", "2027-01-01", "holiday")):
        code, out, err = run(*argv)
        assert_one_line(code, err, argv)
        assert str(target.parent) in err or str(target) in err


def test_each_command_builds_its_own_module_parsers_as_listed() -> None:
    """`ducha ask …` builds the ask module's parsers only: the table that says which module
    adds which command must match what the modules add, or a command would go missing."""
    def commands(parser) -> set[str]:
        subs = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
        return set(subs[0].choices)

    listed = {c for names in cli.COMMAND_MODULES.values() for c in names}
    assert commands(cli.build_parser()) == listed
    for names in cli.COMMAND_MODULES.values():
        for name in names:
            assert commands(cli.build_parser(["-v", name, "x"])) == set(names)
    assert commands(cli.build_parser(["nosuchcommand"])) == listed
