"""The office files over a synthetic registry (the one benchmarks/bench_reminders.py builds:
deadlines over four months, 1-3 lead units per task, 15 % done, progress on a third).

    python benchmarks/bench_exports.py [--tasks 1000 10000] [--json]

Times, per registry size: the figures alone (reminders.exports_data.build_ledger: one task
query, latest progress, working days), the 台账 (.xlsx) and the 督查通报 (.docx) each built
end to end, and reports the files' sizes and the process's max RSS."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import resource
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reminders import DAY, build  # noqa: E402
from bot.wiring import new_context  # noqa: E402
from core.settings import load_settings  # noqa: E402
from reminders.exports import build_export  # noqa: E402
from reminders.exports_data import build_ledger  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def run(n_tasks: int, n_units: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        ctx = new_context(load_settings(DUCHA_DATA_DIR=tmp))
        try:
            build(ctx, n_tasks, n_units)
            ledger, t_ledger = timed(lambda: build_ledger(ctx.db, DAY))
            (xlsx, _), t_xlsx = timed(lambda: build_export(ctx.db, ".xlsx", DAY))
            (docx_bytes, _), t_docx = timed(lambda: build_export(ctx.db, ".docx", DAY))
        finally:
            ctx.close()
    return {
        "tasks": n_tasks, "units": n_units, "overdue": ledger.overdue, "groups": len(ledger.overdue_groups),
        "ledger_s": round(t_ledger, 3), "xlsx_s": round(t_xlsx, 3), "xlsx_kb": len(xlsx) // 1024,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "docx_s": round(t_docx, 3), "docx_kb": len(docx_bytes) // 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = [run(n, args.units) for n in args.tasks]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        for r in results:
            print(f"{r['tasks']:>6} tasks ({r['overdue']} overdue in {r['groups']} unit groups): figures {r['ledger_s']} s, "
                  f"台账 .xlsx {r['xlsx_s']} s ({r['xlsx_kb']} KB, process max RSS {r['max_rss_mb']} MB so far), 通报 .docx {r['docx_s']} s ({r['docx_kb']} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
