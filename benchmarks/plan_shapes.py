"""Score plan files against a ground truth: how many tasks come out exactly right.

    /work/venv/bin/python benchmarks/plan_shapes.py DIR [--region R]

DIR holds plan files (one plan in several shapes) and `expected.json`: a list of
{"code", "text", "leaders", "lead_units", "co_units"}; an object may carry a per-shape
override under a key named like the file's stem prefix (e.g. "shape4" for
shape4_*.txt). Each file is ingested through `ducha ingest --json` into its own fresh
data dir and read back with `ducha tasks --json`. A task is exact when its text,
leaders, lead units and co-units all equal the truth (units compared in order; a truth
unit written as printed, 市教育局, also matches the name the registry gives it once the
plan's region is known, 澜溪市教育局).

Plans scored so far (docs/benchmarks/plans.md): /work/blind/plans (云岭省, five shapes: DOCX
table, CSV with codes, labelled bracket paragraphs, State Council paragraphs, column PDF text)
tests/data/plans/lanxi (澜溪市, labelled-field blocks in three variants) and tests/data/plans/tinglan
(汀澜市, tables pasted as text with bars in four variants).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.unit_names import qualify  # noqa: E402


def _run(args: list[str], data_dir: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DUCHA_DATA_DIR": data_dir, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, env=env, cwd=ROOT)


def _same_units(got: list[str], truth: list[str], region: str | None) -> bool:
    """In order, each unit as printed or as the registry names it in the plan's region."""
    return len(got) == len(truth) and all(g in (u, qualify(u, region)) for g, u in zip(got, truth))


def score_file(path: Path, expected: list[dict], extra: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        ing = _run(["ingest", str(path), "--json", *extra], tmp)
        try:
            files = json.loads(ing.stdout)["files"]
        except (ValueError, KeyError):
            return {"file": path.name, "exact": 0, "error": (ing.stderr or ing.stdout).strip()[:300]}
        tasks = json.loads(_run(["tasks", "--json"], tmp).stdout or "[]")
    shape = path.stem.split("_")[0]
    got = {t["code"]: t for t in tasks}
    region = files[0].get("region")
    exact, wrong = 0, []
    for item in expected:
        truth = {**item, **item.get(shape, {})}
        t = got.get(truth["code"])
        ok = (t is not None and all(t[k] == truth[k] for k in ("text", "leaders"))
              and all(_same_units(t[k], truth[k], region) for k in ("lead_units", "co_units")))
        exact += ok
        if not ok:
            wrong.append(truth["code"])
    f = files[0]
    return {"file": path.name, "kind": f.get("kind"), "region": f.get("region"), "tasks": len(tasks), "exact": exact,
            "of": len(expected), "wrong": wrong[:10], "error": f.get("error"), "warnings": f.get("warnings")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("--region")
    args = ap.parse_args()
    expected = json.loads((args.dir / "expected.json").read_text(encoding="utf-8"))
    extra = ["--region", args.region] if args.region else []
    for path in sorted(args.dir.iterdir()):
        if path.name in ("expected.json", "README.md"):
            continue
        print(json.dumps(score_file(path, expected, extra), ensure_ascii=False))


if __name__ == "__main__":
    main()
