"""What the question-set tests share: a context with documents ingested once (lexical only, so
it is fast), the expected-string check, and the accuracy bar every blind set must hold."""
from __future__ import annotations

import json
from pathlib import Path

from answers.evaluate import run_eval
from bot.wiring import new_context
from core.context import Context
from core.settings import load_settings


def ingested_context(tmp: Path, paths: list[Path]) -> tuple[Context, list]:
    """A Context on a fresh data dir with `paths` ingested; returns it with the ingest results."""
    from retrieval.ingest import ingest_paths

    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp / "var"), DUCHA_EMBEDDING="none"))
    return ctx, ingest_paths(ctx, paths)


def report_context(tmp: Path, text: str, name: str = "report.txt") -> Context:
    """A Context over one invented report written into `tmp`, which must ingest: the classes'
    tests that need a document of a shape the sample corpus lacks."""
    (tmp / name).write_text(text, encoding="utf-8")
    ctx, results = ingested_context(tmp, [tmp / name])
    assert [r.status for r in results] == ["ingested"], results
    return ctx


def report_and_plan_context(tmp: Path, report_name: str, report: str, title: str,
                            tasks: list[tuple[str, str, str, str]], leader: str) -> Context:
    """A Context over one invented report and its plan as a DOCX table (one part, each task
    (text, lead unit, co-units, 完成时限) under `leader`), both of which must ingest."""
    rows: list[list[str] | str] = ["一、重点任务"]
    rows.extend([str(k), text, leader, lead, co, due] for k, (text, lead, co, due) in enumerate(tasks, start=1))
    return table_plan_context(tmp, report, title, ["序号", "工作任务", "县领导", "牵头单位", "责任单位", "完成时限"], rows,
                              report_name=report_name)


def table_plan_context(tmp: Path, report: str, title: str, header: list[str], rows: list, *,
                       above: str = "", report_name: str = "报告.txt") -> Context:
    """A Context over one invented report and its plan as a DOCX table (`header`, then `rows`: a
    part heading as a string, a task as its cells; `above`: the covering notice before the
    table), both of which must ingest."""
    from tests.support.docx_plans import table_docx

    (tmp / report_name).write_text(report, encoding="utf-8")
    plan = table_docx(tmp / "分工方案.docx", title, header, rows, above=above)
    ctx, results = ingested_context(tmp / "data", [tmp / report_name, plan])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    return ctx


def plan_context(tmp: Path, title: str, header: list[str], rows: list, *, tasks: int) -> Context:
    """A Context over one invented plan alone, a DOCX table named by its title (`rows`: a part
    heading as a string, a task as its cells), which must ingest with `tasks` tasks."""
    from tests.support.docx_plans import table_docx

    plan = table_docx(tmp / f"{title}.docx", title, header, rows)
    ctx, results = ingested_context(tmp / "data", [plan])
    assert [(r.status, r.tasks) for r in results] == [("ingested", tasks)], results
    return ctx


def load_items(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def flat(text: str) -> str:
    """Text as the scoring sees it: no whitespace, no `<u>` markup."""
    return "".join(text.split()).replace("<u>", "").replace("</u>", "")


def assert_holds(answer: str, *words: str) -> None:
    """Every word must be in the answer as the scoring reads it; the failure shows which and the answer."""
    text = flat(answer)
    missing = [w for w in words if w not in text]
    assert not missing, (missing, answer)


def assert_accuracy(ctx: Context, path: Path, *, overall: float = 0.9, per_kind: float = 0.75) -> None:
    """Overall accuracy at least `overall`, and no kind below `per_kind` even when the total holds."""
    result = run_eval(ctx, path)
    misses = [f"{i['id']} {i['question']} -> {i['intent']}: {i['answer'][:80]}" for i in result["items"] if not i["ok"]]
    metrics = result["metrics"]
    assert metrics["accuracy"] >= overall, f"{path.name}: accuracy {metrics['accuracy']:.3f}; misses:\n" + "\n".join(misses)
    for kind, m in metrics["by_kind"].items():
        assert m["accuracy"] >= per_kind, (path.name, kind, misses)
