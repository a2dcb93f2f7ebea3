"""Data at rest for our eyes only: a fresh data folder is 0700 and every file in it 0600, under
the usual umask 022, for the real `ducha ingest` (SQLite, Chroma, logs) and for the library
openers tests use."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from core.private import loose_modes, private_dir, private_file, tighten_tree
from tests.support.paths import EXAMPLES, PROJECT


def _modes(root: Path) -> dict[str, int]:
    out = {".": stat.S_IMODE(root.stat().st_mode)}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            out[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return out


def test_fresh_data_folder_is_0700_0600_under_umask_022(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES, docs)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUCHA_", "TELEGRAM_"))}
    env.update(DUCHA_DATA_DIR=str(tmp_path / "var"), PYTHONPATH=str(PROJECT))  # the shipped dense default: Chroma too
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(docs)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=600, preexec_fn=lambda: os.umask(0o022))
    assert done.returncode == 0, done.stdout + done.stderr
    modes = _modes(tmp_path / "var")
    assert {"ducha.db", "logs/ducha.log", "chroma"} <= set(modes), modes
    assert any(name.startswith("chroma/") and name.endswith(".sqlite3") for name in modes), modes
    for name, mode in modes.items():
        path = tmp_path / "var" / name
        assert mode == (0o700 if path.is_dir() else 0o600), (name, oct(mode))
    # What the user ingested keeps its own permissions: only our data folder is narrowed.
    assert stat.S_IMODE((docs).stat().st_mode) & 0o055


def test_openers_in_this_process_create_private_files_under_umask_022(make_ctx, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        ctx = make_ctx(DUCHA_DATA_DIR=str(tmp_path / "lib"), DUCHA_EMBEDDING="none")
        ctx.db.execute("SELECT 1")
    finally:
        os.umask(old)
    assert loose_modes(tmp_path / "lib") == []


def test_existing_loose_folder_is_tightened_and_reported(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir(mode=0o755)
    os.chmod(root, 0o755)
    (root / "old.log").write_text("x")
    os.chmod(root / "old.log", 0o644)
    assert {p.name for p, _ in loose_modes(root)} == {"data", "old.log"}
    tighten_tree(root)
    assert loose_modes(root) == []
    private_dir(root / "sub")
    private_file(root / "sub" / "f.db")
    assert loose_modes(root) == []
