"""Registry benchmarks: parse + load of the sample responsibility table, and `tasks --unit`
latency on a synthetic registry of 100 000 tasks.

    /work/venv/bin/python benchmarks/bench_registry.py [--tasks 100000] [--queries 200]

The synthetic registry is built through the real `store.plans.load_plan` (500 plans of 200
tasks, 2 000 units, 1–3 lead and 2–6 co-units per task, one collective on a third of the
tasks), in a temporary SQLite file with the project's WAL settings. Queries go through
`store.tasks.list_tasks`, the function `ducha tasks --unit` calls, with a warm connection.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.plans import PlanRow, PlanSection, PlanTable, parse_plan  # noqa: E402
from store.db import open_db  # noqa: E402
from store.plans import load_plan  # noqa: E402
from store.tasks import count_tasks, list_tasks  # noqa: E402

import datetime as dt  # noqa: E402

BODIES = ["发展改革委", "财政厅", "教育厅", "科技厅", "商务厅", "水利厅", "民政厅", "司法厅", "统计局", "林业局"]


def sample_text() -> tuple[str, str]:
    corpus = Path(os.environ.get("DUCHA_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        if "牵头单位" in text[:20000]:
            return "corpus responsibility table", text
    example = ROOT / "examples" / "示例市2025年重点工作责任分工方案.txt"
    return "shipped example", example.read_text(encoding="utf-8")


def bench_parse_load(repeats: int = 10) -> dict:
    name, text = sample_text()
    parse_ms, load_ms = [], []
    tasks = 0
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            db = open_db(Path(tmp) / "bench.db")
            t0 = time.perf_counter()
            table = parse_plan(SimpleNamespace(text=text, tables=[]))
            t1 = time.perf_counter()
            result = load_plan(db, table, None, "bench.txt", "h")
            t2 = time.perf_counter()
            db.conn.close()
        tasks = result.tasks
        parse_ms.append((t1 - t0) * 1000)
        load_ms.append((t2 - t1) * 1000)
    return {"source": name, "tasks": tasks, "parse_ms": statistics.median(parse_ms), "load_ms": statistics.median(load_ms)}


def synthetic_tables(n_tasks: int, per_plan: int, n_units: int, rng: random.Random):
    unit_names = [f"省第{i}{BODIES[i % len(BODIES)]}" for i in range(n_units)]
    collective = "各设区市政府"
    n_plans = max(1, n_tasks // per_plan)
    for p in range(n_plans):
        rows = []
        for k in range(per_plan):
            sec, num = k // 20 + 1, k % 20 + 1
            lead = rng.sample(unit_names, rng.randint(1, 3))
            co = [u for u in rng.sample(unit_names, rng.randint(2, 6)) if u not in lead]
            if rng.random() < 0.33:
                co.append(collective)
            rows.append(PlanRow(code=f"{sec}.{num}", section_number=sec, number=num, section=f"第{sec}部分", subsection=None,
                                text=f"合成任务{p}-{k}：推进重点项目建设，完成年度目标。", leaders=[f"领导{rng.randint(1, 40)}"],
                                lead_units=lead, co_units=co))
        sections = [PlanSection(number=s, title=f"第{s}部分", declared_count=20) for s in range(1, per_plan // 20 + 1)]
        yield PlanTable(title=f"合成分工方案{p}", region="江西省", year=2000 + p % 30, issued=None, sections=sections, rows=rows)


def bench_unit_query(n_tasks: int, queries: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        n_units = 2000
        for table in synthetic_tables(n_tasks, 200, n_units, rng):
            load_plan(db, table, None, table.title, None)
        build_s = time.perf_counter() - t0
        total = db.execute("SELECT count(*) FROM tasks").fetchone()[0]
        today = dt.date(2026, 6, 1)
        names = [f"第{i}{BODIES[i % len(BODIES)]}" for i in (rng.randrange(n_units) for _ in range(queries))]
        list_tasks(db, unit=names[0], today=today)  # warm
        times, cpu, sizes = [], [], []
        for name in names:
            t, c = time.perf_counter(), time.process_time()
            views = list_tasks(db, unit=name, today=today)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)  # this process's CPU: what other load cannot inflate
            sizes.append(len(views))
        times.sort()
        cpu.sort()
        heavy = []
        for _ in range(5):
            t = time.perf_counter()
            views = list_tasks(db, unit="南昌市政府", today=today)  # member of the collective on 1/3 of all tasks
            heavy.append((time.perf_counter() - t) * 1000)
        paged = []
        for _ in range(5):  # what `tasks --unit … --limit 20` and the bot's first page cost
            t = time.perf_counter()
            list_tasks(db, unit="南昌市政府", today=today, limit=20)
            count_tasks(db, unit="南昌市政府", today=today)
            paged.append((time.perf_counter() - t) * 1000)
        db.conn.close()
    return {
        "tasks": total, "build_s": build_s, "queries": queries, "median_ms": statistics.median(times),
        "p95_ms": times[int(0.95 * (len(times) - 1))], "max_ms": times[-1], "mean_results": statistics.mean(sizes),
        "cpu_median_ms": statistics.median(cpu), "cpu_p95_ms": cpu[int(0.95 * (len(cpu) - 1))], "load": os.getloadavg()[0],
        "heavy_unit_results": len(views), "heavy_unit_median_ms": statistics.median(heavy),
        "heavy_unit_page_median_ms": statistics.median(paged),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    pl = bench_parse_load()
    print(f"parse+load ({pl['source']}, {pl['tasks']} tasks): parse {pl['parse_ms']:.1f} ms, load {pl['load_ms']:.1f} ms (median of 10)")
    q = bench_unit_query(args.tasks, args.queries)
    print(f"synthetic registry: {q['tasks']} tasks built in {q['build_s']:.1f} s")
    print(f"tasks --unit (short form, {q['queries']} random units, {q['mean_results']:.0f} tasks each on average): "
          f"median {q['median_ms']:.1f} ms, p95 {q['p95_ms']:.1f} ms, max {q['max_ms']:.1f} ms; "
          f"CPU time median {q['cpu_median_ms']:.1f} ms, p95 {q['cpu_p95_ms']:.1f} ms (load average {q['load']:.1f})")
    print(f"heavy unit (member of a collective on 1/3 of tasks, {q['heavy_unit_results']} tasks): median {q['heavy_unit_median_ms']:.0f} ms"
          f" all, {q['heavy_unit_page_median_ms']:.0f} ms for a page of 20 with the total count")


if __name__ == "__main__":
    main()
