"""Run a question set through `ask` and score it as ../shared/eval/README.md says.

Scoring, per item: the answer text with all whitespace removed must contain one string of
`must_contain_any` and every string of `must_contain_all`; "none" items must come back
with intent "none", every other item must not.
"""
from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from core.errors import UserError

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


def run_eval(ctx: Any, path: str | Path) -> dict:
    """{"items": [{id, question, answer, intent, ok, kind, ms}], "metrics": {overall, by_kind}}."""
    from answers.ask import ask

    items = load_set(path)
    out = []
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for i, item in enumerate(items):
        t0 = time.perf_counter()
        ans = ask(ctx, item["question"])
        ms = (time.perf_counter() - t0) * 1000
        ok = score(item, ans.answer, ans.intent)
        kind = item.get("kind", "?")
        by_kind[kind].append(ok)
        out.append({"id": item.get("id", str(i + 1)), "question": item["question"], "answer": ans.answer,
                    "intent": ans.intent, "ok": ok, "kind": kind, "ms": round(ms, 1)})
    n = len(out)
    ok_n = sum(1 for o in out if o["ok"])
    metrics = {
        "n": n,
        "ok": ok_n,
        "accuracy": round(ok_n / n, 4) if n else 0.0,
        "by_kind": {k: {"n": len(v), "ok": sum(v), "accuracy": round(sum(v) / len(v), 4)} for k, v in sorted(by_kind.items())},
    }
    return {"items": out, "metrics": metrics}
