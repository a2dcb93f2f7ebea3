"""Outsider rounds: question sets written by people who never saw the code, scored the way
../shared/eval/README.md says, with false "not found" (fnf) and answered-where-none (awn).

    python benchmarks/bench_outsider_rounds.py [--corpus ../shared/corpus] [--rounds 24a 25b ...] [--json]

Each round under benchmarks/data/outsider_rounds/ holds questions.json and NOTES.md (the
writer's persona); a round with its own corpus/ (invented documents) is asked over those,
the others over the sample corpus. Every corpus is ingested fresh into a temporary data dir
by the code being measured, through the CLI, as staff would. Rounds 24a–d were held out in
session 11 and reported there (docs/benchmarks.md); 26a–d were held out in session 12, then
read and tuned on; they are regression sets now, not blind. Rounds 28a–d were held out in
session 12 and run on the final code only (aggregate figures in docs/benchmarks.md); their
failures were not read by anyone: use them as a "before" figure, then they are read too.
Rounds 29a–d and 31a–d were held out in session 13 (aggregate figures only); 30a–c are
session 13's read plan-shape rounds (45 questions each: one units column with the lead rule
stated in a note, labelled parts in a cell, a starred lead).
Rounds 47b and 47d were held out in session 20 (run on the start commit and on the final code,
failures read only after); 47a, 47c, 48a, 48c, 49a, 49c, 50a and 50c were first run on the code
of their day and then read (docs/benchmarks.md, "Session 20").
Rounds 51b and 51d were held out in session 21 (run on the start commit and on the final code, failures
read only after), 53a and 53b were written during the session and run once, on the final code only;
51a, 51c, 52a and 52b were first run on the code of their day and then read (docs/benchmarks.md,
"Session 21").
Rounds 54b and 54d were held out in session 22 (run on the start commit and on the final code, failures
read only after), 55a and 55b were run once, on the final code only; 54a, 54c, 56a and 56b were first run
on the code of their day and then read (docs/benchmarks.md, "Session 22").
Rounds 57b and 57d were held out in session 23 (run on the start commit and on the final code, failures
read only after), 57e and 57f were run once, on the final code only; 57a, 57c, 57g, 57h, 58a, 58b and 58c
were first run on the code of their day and then read (docs/benchmarks.md, "Session 23").
Rounds 59b and 59e were held out in session 24 (run on the start commit and on the final code, failures
read only after), 59d and 59h were run once, on the final code only; 59a, 59c, 59f and 59g were first run
on the start commit and then read (docs/benchmarks.md, "Session 24").
Rounds 60a and 60c were held out in session 25 (run on the start commit and on the final code, failures
read only after), 60e and 60f were run once, on the final code only; 60b, 60d, 60g and 60h were first run
on the start commit and then read (docs/benchmarks.md, "Session 25").
Rounds 61a and 61c were held out in session 26 (run on the start commit and on the final code, failures
read only after), 61e and 61f were run once, on the final code only; 61b, 61d, 61g and 61h were first run
on the start commit and then read, 62a–62d first run mid-session and then read (docs/benchmarks.md, "Session 26").
Rounds 63a and 63c were held out in session 27 (run on the start commit and on the final code, failures
read only after), 63e and 63f were run once, on the final code only; 63b, 63d, 63g and 63h were first run
on the start commit and then read (docs/benchmarks.md, "Session 27").
Rounds 64a and 64c were held out in session 28 (run on the start commit and on the final code, failures
read only after), 64e and 64f were run once, on the final code only; 64b, 64d, 64g and 64h were first run
on the start commit and then read (docs/benchmarks.md, "Session 28"). A second batch the same session:
65a and 65c held out (start 3cd723c, final 953d4f2), 65e and 65f run once on 953d4f2; 65b, 65d, 65g, 65h read.
Rounds 66a and 66c were held out in session 29 (run on the start commit ceb34e2 and on the final code d1fc009,
failures read only after), 66e and 66f were run once, on d1fc009 only; 66b, 66d, 66g and 66h (the held-out sets'
shapes and askers) were first run on ceb34e2 and then read (docs/benchmarks.md, "Session 29").
Rounds 70a, 70c, 70e and 70g were held out in session 32 (run on the start commit a3197a7 and on the final
code, failures read only after); 70b, 70d, 70f and 70h (the same four briefs, other writers) were first run on
a3197a7 and then read; 71a–71d were written mid-session and run once, on the final code only (docs/benchmarks.md,
"Session 32").
A new figure for issue 10 needs a new round written by an outsider.
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
ROUNDS = ROOT / "benchmarks" / "data" / "outsider_rounds"


def _cli(args: list[str], data_dir: Path, *, partial_ok: bool = False) -> str:
    env = {**os.environ, "DUCHA_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, capture_output=True, text=True)
    if partial_ok and done.returncode == 2:
        # a round whose documents include one ducha refuses (a plan shape it cannot read yet):
        # the others are scored, the refusal is said, and its questions count as failed
        print(f"{data_dir.name}: ingest refused a file:\n" + "\n".join(
            ln for ln in (done.stdout + done.stderr).splitlines() if ln.startswith("失败")), file=sys.stderr)
        return done.stdout
    if done.returncode != 0:
        # say what the CLI said, not only its exit status: a crash mid-bench is otherwise a guess
        raise SystemExit(f"bot.cli {' '.join(args[:1])} failed ({done.returncode}) on {data_dir}:\n{done.stderr[-2000:]}")
    return done.stdout


def score_round(folder: Path, corpus: Path, work: Path) -> dict:
    """Ingest the round's documents (or the sample corpus) and score its questions."""
    docs = folder / "corpus" if (folder / "corpus").is_dir() else corpus
    data = work / ("d-" + folder.name if docs != corpus else "sample")
    if not data.exists():
        data.mkdir(parents=True)
        _cli(["ingest", str(docs)], data, partial_ok=True)
    items = {i["id"]: i for i in json.loads(_cli(["eval", "--set", str(folder / "questions.json"), "--json"], data))["items"]}
    questions = json.loads((folder / "questions.json").read_text(encoding="utf-8"))
    out = {"round": folder.name, "n": 0, "ok": 0, "fnf": 0, "answerable": 0, "awn": 0, "none": 0, "failed": []}
    for q in questions:
        it = items[q["id"]]
        out["n"] += 1
        out["ok"] += bool(it["ok"])
        if q["kind"] == "none":
            out["none"] += 1
            out["awn"] += it["intent"] != "none"
        else:
            out["answerable"] += 1
            out["fnf"] += it["intent"] == "none"
        if not it["ok"]:
            out["failed"].append(q["id"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--rounds", nargs="*")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    folders = sorted(p for p in ROUNDS.iterdir() if p.is_dir() and (not a.rounds or p.name.removeprefix("round") in a.rounds))
    with tempfile.TemporaryDirectory() as tmp:
        results = [score_round(f, Path(a.corpus), Path(tmp)) for f in folders]
    if a.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    for r in results:
        print(f"{r['round']}: {r['ok']}/{r['n']} ({100 * r['ok'] / r['n']:.1f} %) fnf {r['fnf']}/{r['answerable']} "
              f"awn {r['awn']}/{r['none']}  failed: {' '.join(r['failed'])}")


if __name__ == "__main__":
    main()
