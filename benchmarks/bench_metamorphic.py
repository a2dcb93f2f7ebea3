"""Metamorphic consistency over every own question set: the share of generated variants
(reordered, fillers, abbreviations swapped, full-width, year or region left out where
unambiguous) that get the same answer as the original (tests/support/variants.py).

    python benchmarks/bench_metamorphic.py [--corpus DIR] [--sets questions.json ...]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.answer_sets import ingested_context, load_items  # noqa: E402
from tests.support.variants import consistency  # noqa: E402

OWN_SETS = ["questions.json", "questions_blind2.json", "questions_blind3.json", "questions_blind4.json"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--sets", nargs="*", default=OWN_SETS)
    args = ap.parse_args()
    ctx, _ = ingested_context(Path(tempfile.mkdtemp()), [Path(args.corpus)])
    items = [i for name in args.sets for i in load_items(ROOT / "tests" / "data" / name)]
    result = consistency(ctx, items)
    print(json.dumps({k: v for k, v in result.items() if k != "misses"}, ensure_ascii=False, indent=1))
    for line in result["misses"]:
        print("  miss:", line)


if __name__ == "__main__":
    main()
