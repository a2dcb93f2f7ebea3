"""What a refused file costs: wall time and peak memory of `ducha ingest` on hostile inputs.

    /work/venv/bin/python benchmarks/bench_refusals.py [--bomb-mb 1024] [--text-mb 100]

Each input is built in a temporary folder (tests/support/hostile.py), then the real command
`python -m bot.cli ingest FILE --json` runs in its own process with DUCHA_EMBEDDING=none; the
peak resident memory is that process's own (os.wait4), the time is wall clock including
Python start-up. The accepted example report is the baseline: what any ingest costs.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import hostile  # noqa: E402


# The command itself, timed inside the child: Python start-up and imports are the same for
# every input (see the baseline) and vary with the machine's load.
_CHILD = (
    "import sys, time\n"
    "from bot.cli import main\n"
    "t = time.monotonic(); code = main(sys.argv[1:])\n"
    "sys.stderr.write(f'@@{time.monotonic() - t:.3f}\\n'); sys.exit(code)\n"
)


def run_ingest(target: Path, data: Path) -> tuple[float, float, float, int, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUCHA_", "TELEGRAM_"))}
    env.update(DUCHA_DATA_DIR=str(data), DUCHA_EMBEDDING="none", PYTHONPATH=str(ROOT))
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, "ingest", str(target), "--json"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=data.parent)
    out, err = proc.stdout.read(), proc.stderr.read()  # to EOF; the child is reaped below, with its own rusage
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - started
    peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
    code = proc.returncode
    marks = [line for line in err.decode(errors="replace").splitlines() if line.startswith("@@")]
    command = float(marks[-1][2:]) if marks else float("nan")
    try:
        files = json.loads(out)["files"]
        summary = "; ".join(f"{f['status']}: {(f['error'] or f['title'] or '')[:60]}" for f in files[:3])
        if len(files) > 3:
            summary += f"; … ({len(files)} entries)"
    except (ValueError, KeyError):
        summary = out.decode(errors="replace")[:80]
    return elapsed, command, peak_mb, code, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bomb-mb", type=int, default=1024, help="what the zip bombs inflate to")
    parser.add_argument("--text-mb", type=int, default=100, help="size of the large text file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cases: list[tuple[str, Path]] = []
        example = next(p for p in sorted((ROOT / "examples").glob("*.txt")) if "政府工作报告" in p.read_text(encoding="utf-8")[:200])
        cases.append(("baseline: the example report (accepted)", example))
        t0 = time.monotonic()
        cases.append((f".docx inflating to {args.bomb_mb} MB", hostile.zip_bomb(tmp / "bomb.docx", inflated_mb=args.bomb_mb)))
        cases.append((f".docx inflating to {args.bomb_mb} MB, sizes forged to 1 KB", hostile.zip_bomb(tmp / "liar.docx", inflated_mb=args.bomb_mb, lie=True)))
        cases.append((f".xlsx sheet inflating to {args.bomb_mb} MB", hostile.zip_bomb(tmp / "bomb.xlsx", inflated_mb=args.bomb_mb, suffix_member="xl/worksheets/sheet1.xml")))
        cases.append((".xlsx of 200 000 rows", hostile.xlsx_rows(tmp / "rows.xlsx", 200_000)))
        cases.append((f".txt of {args.text_mb} MB", hostile.large_text(tmp / "big.txt", mb=args.text_mb)))
        pdf = tmp / "english.pdf"
        pdf.write_bytes(hostile.english_pdf(20_000))
        cases.append(("English PDF of 20 000 pages", pdf))
        eng = tmp / "english.txt"
        eng.write_text(hostile.ENGLISH * 2000, encoding="utf-8")
        cases.append(("English .txt (700 KB)", eng))
        folder, _ = hostile.hostile_folder(tmp / "links")
        cases.append(("folder: links to .env/shadow, keys, FIFO, English", folder))
        build = time.monotonic() - t0
        print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
        print(f"inputs built in {build:.1f} s\n")
        print("| input | file size | exit | wall time | command time | peak RSS | outcome |")
        print("|---|---|---|---|---|---|---|")
        for i, (label, path) in enumerate(cases):
            size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) if path.is_dir() else path.stat().st_size
            elapsed, command, peak, code, summary = run_ingest(path, tmp / f"var{i}")
            print(f"| {label} | {size / 2**20:.1f} MB | {code} | {elapsed:.2f} s | {command:.2f} s | {peak:.0f} MB | {summary} |")


if __name__ == "__main__":
    main()
