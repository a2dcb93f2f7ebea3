"""One reminder pass over a synthetic registry: 10 000 tasks, 500 units (target ≤ 2 s).

    python benchmarks/bench_reminders.py [--tasks 10000] [--units 500] [--json]

Builds the registry in a temporary data dir with set-wise inserts (deadlines spread over
four months around the pass day, 1-3 lead units per task, 25 collective units, 80 % of
units bound, 15 % of tasks done, progress on a third), then times:
- the ladder alone (dry run), the recording pass (one outbox transaction), a rerun;
- the digest text and the PNG chart;
and reports peak Python memory (tracemalloc) of the pass and the process's max RSS."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.wiring import new_context
from core.context import Context  # noqa: E402
from core.settings import load_settings  # noqa: E402

DAY = dt.date(2024, 6, 28)


def build(ctx: Context, n_tasks: int, n_units: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    db = ctx.db
    has_key = "key" in {c.name for c in db["units"].columns}
    with db.conn:
        db.execute("INSERT INTO plans (id, title, region, year) VALUES (1, '2024年重点工作责任分工方案', '某市', 2024)")
        n_coll = max(1, n_units // 20)
        units = []
        for i in range(1, n_units + 1):
            kind = "collective" if i <= n_coll else "single"
            name = f"各片区{i}成员单位" if kind == "collective" else f"市直部门{i:03d}"
            units.append((i, name, name, kind) if has_key else (i, name, kind))
        db.conn.executemany(
            "INSERT INTO units (id, name, key, kind) VALUES (?, ?, ?, ?)" if has_key else "INSERT INTO units (id, name, kind) VALUES (?, ?, ?)",
            units,
        )
        singles = list(range(n_coll + 1, n_units + 1))
        db.conn.executemany(
            "INSERT OR IGNORE INTO unit_members (collective_id, member_id) VALUES (?, ?)",
            [(c, m) for c in range(1, n_coll + 1) for m in rnd.sample(singles, 10)],
        )
        db.conn.executemany(
            "INSERT INTO bindings (unit_id, chat_id, active, bound_by, bound_at) VALUES (?, ?, 1, 'bench', '2024-01-01')",
            [(u, -1000000 - u) for u in singles if rnd.random() < 0.8],
        )
        db.conn.executemany("INSERT INTO leaders (id, name) VALUES (?, ?)", [(i, f"领导{i}") for i in range(1, 31)])
        tasks, tu, tl, prog = [], [], [], []
        for t in range(1, n_tasks + 1):
            due = DAY + dt.timedelta(days=rnd.randint(-60, 60))
            done = "2024-06-01T10:00:00+08:00" if rnd.random() < 0.15 else None
            s, n = divmod(t - 1, 100)
            tasks.append((t, f"{s + 1}.{n + 1}", s + 1, n + 1, f"推进第{t}项重点工作，确保按期高质量完成。", due.isoformat(), done))
            for o, u in enumerate(rnd.sample(range(1, n_units + 1), rnd.randint(1, 3))):
                tu.append((t, u, "lead", o))
            for o, u in enumerate(rnd.sample(range(1, n_units + 1), rnd.randint(0, 3))):
                tu.append((t, u, "co", o))
            for o, l in enumerate(rnd.sample(range(1, 31), rnd.randint(1, 2))):
                tl.append((t, l, o))
            if rnd.random() < 0.33:
                reported = DAY - dt.timedelta(days=rnd.randint(0, 30))
                prog.append((t, tu[-1][1], "已完成阶段任务", reported.isoformat() + "T10:00:00+08:00", "bench"))
        db.conn.executemany(
            "INSERT INTO tasks (id, plan_id, code, section_number, number, section, text, text_due, done_at) "
            "VALUES (?, 1, ?, ?, ?, '一、稳增长', ?, ?, ?)", tasks)
        db.conn.executemany("INSERT OR IGNORE INTO task_units (task_id, unit_id, role, ord) VALUES (?, ?, ?, ?)", tu)
        db.conn.executemany("INSERT INTO task_leaders (task_id, leader_id, ord) VALUES (?, ?, ?)", tl)
        db.conn.executemany("INSERT INTO progress (task_id, unit_id, text, reported_at, reporter) VALUES (?, ?, ?, ?, ?)", prog)
        # a tenth of the tasks got an admin deadline on top of the text one
        db.conn.executemany(
            "INSERT INTO deadlines (task_id, due, set_by, set_at) VALUES (?, ?, 'bench', '2024-05-01')",
            [(t, (DAY + dt.timedelta(days=rnd.randint(-30, 30))).isoformat()) for t in range(1, n_tasks + 1, 10)],
        )


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def run(n_tasks: int, n_units: int) -> dict:
    from reminders.chart import render_board
    from reminders.digest import build_digest
    from reminders.ladder import compute
    from reminders.daily_pass import run_pass

    with tempfile.TemporaryDirectory() as tmp:
        ctx = new_context(load_settings(DUCHA_DATA_DIR=tmp, DUCHA_SUPERVISION_CHAT_ID="-100900"),
                      frozen_now=dt.datetime(2024, 6, 28, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
        _, t_build = timed(lambda: build(ctx, n_tasks, n_units))
        plan, t_dry = timed(lambda: compute(ctx, DAY))
        recorded, t_pass = timed(lambda: run_pass(ctx, DAY, dry_run=False))
        again, t_rerun = timed(lambda: run_pass(ctx, DAY, dry_run=False))
        _, t_digest = timed(lambda: build_digest(ctx, DAY))
        png, t_chart = timed(lambda: render_board(ctx, DAY))
        tracemalloc.start()
        compute(ctx, DAY)
        peak_pass = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        kinds: dict[str, int] = {}
        for r in plan.reminders:
            kinds[r.kind] = kinds.get(r.kind, 0) + 1
        ctx.close()
    return {
        "tasks": n_tasks, "units": n_units,
        "reminders": len(plan.reminders), "by_kind": kinds, "unbound_units": len(plan.unbound),
        "build_s": round(t_build, 3), "ladder_dry_run_s": round(t_dry, 3), "pass_with_outbox_s": round(t_pass, 3),
        "rerun_s": round(t_rerun, 3), "rerun_new": len(again.reminders), "recorded": len(recorded.reminders),
        "digest_s": round(t_digest, 3), "chart_s": round(t_chart, 3), "chart_png_kb": round(len(png) / 1024, 1),
        "pass_peak_python_mb": round(peak_pass / 2**20, 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.tasks, args.units)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:22} {value}")
    ok = result["pass_with_outbox_s"] <= 2.0
    print("target ≤ 2 s:", "met" if ok else "MISSED", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
