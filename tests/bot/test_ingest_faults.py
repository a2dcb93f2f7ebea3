"""`ducha ingest` under faults: killed with SIGKILL at several points mid-run and run again,
the registry and the index end exactly as after one clean run (no half-ingested document);
two at once on one data dir, the second says so and waits for the first."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.support.paths import PROJECT

KILL_AT = (0.1, 0.25, 0.4, 0.6, 0.8)  # fractions of a clean run, counted from when it took the lock


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUCHA_", "TELEGRAM_"))}
    env.update(DUCHA_DATA_DIR=str(data_dir), DUCHA_EMBEDDING="none", PYTHONPATH=str(PROJECT))
    return env


def _ingest(data_dir: Path, docs: Path, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "ingest", str(docs), "--json"], env=_env(data_dir), cwd=data_dir.parent,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _state(data_dir: Path) -> dict:
    """What a user can notice: each document with its chunk and task counts, the chunks
    really stored, and the registry's plans and tasks."""
    with sqlite3.connect(data_dir / "ducha.db") as conn:
        docs = sorted(conn.execute(
            "SELECT d.file, d.kind, d.title, d.chunks, d.tasks, (SELECT COUNT(*) FROM chunks c WHERE c.doc_id = d.id) FROM documents d"))
        plans = sorted(conn.execute("SELECT p.title, (SELECT COUNT(*) FROM tasks t WHERE t.plan_id = p.id AND t.removed = 0) FROM plans p"))
    return {"documents": docs, "plans": plans}


def _wait_for_lock(data_dir: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    lock = data_dir / "ingest.lock"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip() == str(proc.pid):
            return
        if proc.poll() is not None:
            return
        time.sleep(0.02)
    raise AssertionError("ingest never took the lock")


def test_kill_9_mid_ingest_then_rerun_leaves_no_half_ingested_document(corpus_dir, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(corpus_dir, docs, ignore=shutil.ignore_patterns("README*"))
    clean = tmp_path / "clean" / "var"
    clean.parent.mkdir()
    proc = _ingest(clean, docs)
    _wait_for_lock(clean, proc)
    started = time.monotonic()
    out, err = proc.communicate(timeout=300)
    duration = time.monotonic() - started  # ingest got faster; kill within what it takes here
    expected = _state(clean)
    assert expected["documents"] and all(d[3] == d[5] for d in expected["documents"]), err

    data = tmp_path / "killed" / "var"
    data.parent.mkdir()
    kills = 0
    for fraction in KILL_AT:
        # On a loaded machine a run can end before its kill: it ended whole (checked), so start
        # over on an empty folder and kill sooner, until the kill lands mid-run.
        for attempt in range(4):
            proc = _ingest(data, docs)
            _wait_for_lock(data, proc)
            time.sleep(fraction * duration / 2**attempt)
            landed = proc.poll() is None
            if landed:
                proc.kill()
                kills += 1
            proc.communicate(timeout=60)
            if (data / "ducha.db").exists():  # whatever was committed is whole
                assert all(d[3] == d[5] for d in _state(data)["documents"])
            if landed:
                break
            shutil.rmtree(data)  # it finished whole; start over so the next kill meets work to do
            data.mkdir()
    assert kills >= 3, "the kills landed mid-run"
    done = _ingest(data, docs)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    assert _state(data) == expected


def test_two_ingests_on_one_data_dir_the_second_waits_and_says_so(corpus_dir, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(corpus_dir, docs, ignore=shutil.ignore_patterns("README*"))
    data = tmp_path / "var"
    procs = [_ingest(data, docs) for _ in range(2)]  # started together: one takes the lock
    (out1, err1), (out2, err2) = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), (err1, err2)
    waited = [i for i, err in enumerate((err1, err2)) if "正在导入同一个数据目录" in err]
    assert len(waited) == 1, (err1, err2)
    other = procs[1 - waited[0]].pid
    assert f"另一个 ducha ingest（进程 {other}）正在导入同一个数据目录" in (err1, err2)[waited[0]]
    late = (out1, out2)[waited[0]]
    assert '"status": "unchanged"' in late and '"status": "ingested"' not in late, "the second found the first's work done"
    assert "database is locked" not in err1 + err2
