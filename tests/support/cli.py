"""Running `ducha` in-process as a user would, for the CLI tests: one call, its exit code and
both streams; and data dirs set up the way the CLI finds them (through DUCHA_DATA_DIR)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.cli import main
from bot.wiring import new_context
from core.settings import load_settings
from retrieval.plans import parse_plan
from store.plans import load_plan


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    """`ducha ARGV…` in this process: (exit code, stdout, stderr)."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def empty_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data dir the CLI will use, lexical search only (no model cache needed)."""
    data = tmp_path / "var"
    monkeypatch.setenv("DUCHA_DATA_DIR", str(data))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    return data


def data_dir_with_plan(tmp_path: Path, plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data dir holding one plan read from a table file, loaded without going through ingest."""
    data = tmp_path / "var"
    monkeypatch.setenv("DUCHA_DATA_DIR", str(data))
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(data)))
    load_plan(ctx.db, parse_plan(SimpleNamespace(text=plan_file.read_text(encoding="utf-8"), tables=[])), None, "t.txt", "h")
    ctx.close()
    return data
