"""The fictional plan/report pairs of the commitment-check tests, with their hand labels.

`qinglan/` is a blind pair written by someone who did not write the matcher (青澜市, a
headed review "一、2025年工作回顾"; the plan is kept as given, `plan_2025.txt`, and as a
table, `plan_2025.csv`, the shape the registry reads today). `fengxi/` is ours: a county
(枫溪县) whose review has no heading ("2024年，…一年来，我们主要做了以下工作：一是…").
`lanchuan/` is a third shape (岚川市): a plan whose table numbers its tasks "1.1", a review
under "一、过去一年工作回顾" in （一） parts whose heading stands on its own line, figures as
"完成X，为年度目标的Y%", projects 主体完工/试运行/一期投入运营, a task of four projects of which
one is reported, and the problems paragraph and the new year's plans naming projects that
must not count. Its labels were written before the matcher was first run on it; that first
run and what changed after it are in docs/benchmarks/review.md.
`yunxiu/` (云岫县) was written and labelled after those changes, as a second first run: a
review in "——" paragraphs, short forms (规上) and a renamed term (市场主体/经营主体), a delayed
start (推迟开工), half of a school list started. It is held to the issue's bars only
(`BAR_PAIRS`): one label of it (2.4, an object made of area words) is a known difference.
`yuanting/` (沅汀市) is a review that names tasks in other words: 减税减费 for 减税降费, a
货运航空公司 for 航空货运, 孤弃儿童 for 困境儿童 (answers.review_terms); its other tasks are
only generic words the review repeats (推进, 发展), a group it does not name (留守儿童), and
projects named only among the new year's plans.
`tangfu/` (棠阜市) is a report as PDF extraction leaves it: unnumbered chapter headings
("过去一年工作回顾", "2024年工作安排"), lines cut every 42 characters with blank lines between,
spaces inside numbers, page marks; its plan in labelled-field blocks (`plan_2023.txt`). The
report is built by `build.py` from `paragraphs_2024.txt`, the same text a paragraph a line.
Labels written before the first run; held to the bars (two done/progress readings differ).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.support.paths import DATA

REVIEW_DATA = DATA / "review"


@dataclass
class Pair:
    name: str
    plan: Path
    report: Path
    labels: list[dict]
    plan_year: int


def pair(name: str) -> Pair:
    folder = REVIEW_DATA / name
    plan = next(folder.glob("plan_*.csv"), None) or next(folder.glob("plan_*.txt"))
    report = next(folder.glob("report_*.txt"))
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return Pair(name, plan, report, labels, int(plan.stem.split("_")[1]))


PAIRS = ["qinglan", "fengxi", "lanchuan", "yuanting"]
BAR_PAIRS = [*PAIRS, "yunxiu", "tangfu"]
