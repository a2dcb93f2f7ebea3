"""Run a question set through `ask` and score it as ../shared/eval/README.md says.

Scoring, per item: the answer text with all whitespace removed must contain one string of
`must_contain_any` and every string of `must_contain_all`; "none" items must come back
with intent "none", every other item must not.

With `llm=True` (`ducha eval --llm`) every answer goes through the configured model and
the report adds how often the model's text was sent, how often the extractive answer was
kept and why, and the extractive answer's own score from the same run, so the two paths
are compared on the same questions.
"""
from __future__ import annotations

import json
import logging
from core import lazy_re as re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from answers.compose import Answer
from core.errors import UserError
from prompts import answers as P

NONE_INTENT = "none"


def load_set(path: str | Path) -> list[dict]:
    p = Path(path)
    if not p.is_file():
        raise UserError(f"找不到问题集文件：{p}")
    try:
        items = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"问题集不是合法的 JSON：{p}（{exc.__class__.__name__}）") from None
    if not isinstance(items, list) or not all(isinstance(i, dict) and i.get("question") for i in items):
        raise UserError(f"问题集格式不对：应为 [{{\"id\", \"kind\", \"question\", \"must_contain_any\"…}}]：{p}")
    return items


def score(item: dict, answer: str, intent: str) -> bool:
    flat = re.sub(r"\s+", "", answer or "")
    any_of = [re.sub(r"\s+", "", s) for s in item.get("must_contain_any") or []]
    all_of = [re.sub(r"\s+", "", s) for s in item.get("must_contain_all") or []]
    ok = (not any_of or any(s in flat for s in any_of)) and all(s in flat for s in all_of)
    if item.get("kind") == NONE_INTENT:
        return ok and intent == NONE_INTENT
    return ok and intent != NONE_INTENT


log = logging.getLogger("ducha")
ERROR_INTENT = "error"  # an item whose ask raised: scored wrong, counted in metrics["errors"]


def run_eval(ctx: Any, path: str | Path, *, llm: bool = False) -> dict:
    """{"items": [{id, question, answer, intent, ok, kind, ms}], "metrics": {overall, by_kind}};
    with `llm`, items also carry `phrasing` and `extractive_ok`, metrics an "llm" part."""
    from answers.ask import ask

    if llm and not ctx.settings.llm_enabled:
        raise UserError("没有配置大模型：请设置 DUCHA_LLM_BASE_URL 和 DUCHA_LLM_MODEL（见 docs/bot.md）")
    items = load_set(path)
    out = []
    by_kind: dict[str, list[bool]] = defaultdict(list)
    errors = 0
    for i, item in enumerate(items):
        t0 = time.perf_counter()
        try:
            ans = ask(ctx, item["question"])
        except Exception as exc:  # noqa: BLE001 - one question's fault never loses the rest of the set
            # (a set is run to measure: the item is wrong and said so, its traceback is in the log)
            log.exception("eval item %s failed", item.get("id", i + 1))
            errors += 1
            ans = Answer(P.EVAL_ITEM_ERROR.format(kind=type(exc).__name__), ERROR_INTENT)
        ms = (time.perf_counter() - t0) * 1000
        ok = score(item, ans.answer, ans.intent)
        kind = item.get("kind", "?")
        by_kind[kind].append(ok)
        row = {"id": item.get("id", str(i + 1)), "question": item["question"], "answer": ans.answer,
               "intent": ans.intent, "ok": ok, "kind": kind, "ms": round(ms, 1)}
        if llm:
            row["phrasing"] = ans.phrasing
            row["extractive_ok"] = score(item, ans.extractive, ans.intent) if ans.extractive is not None else ok
        out.append(row)
    n = len(out)
    ok_n = sum(1 for o in out if o["ok"])
    metrics = {
        "n": n,
        "ok": ok_n,
        "accuracy": round(ok_n / n, 4) if n else 0.0,
        "by_kind": {k: {"n": len(v), "ok": sum(v), "accuracy": round(sum(v) / len(v), 4)} for k, v in sorted(by_kind.items())},
        "errors": errors,
    }
    if llm:
        metrics["llm"] = llm_metrics(out)
    return {"items": out, "metrics": metrics}


def llm_metrics(rows: list[dict]) -> dict:
    """How the LLM path went: sent, kept extractive (by reason), not tried (lists, "none",
    answers with no evidence to bind a wording to)."""
    used = sum(1 for r in rows if r["phrasing"] == "llm")
    reasons: dict[str, int] = defaultdict(int)
    for r in rows:
        if r["phrasing"].startswith("fallback:"):
            reasons[r["phrasing"].split(":", 1)[1]] += 1
    fallback = sum(reasons.values())
    ext_ok = sum(1 for r in rows if r["extractive_ok"])
    n = len(rows)
    return {
        "tried": used + fallback,
        "used": used,
        "fallback": fallback,
        "fallback_by_reason": dict(sorted(reasons.items(), key=lambda x: -x[1])),
        "not_tried": n - used - fallback,
        "extractive_ok": ext_ok,
        "extractive_accuracy": round(ext_ok / n, 4) if n else 0.0,
    }
