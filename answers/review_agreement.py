"""Agreement of the commitment check with a hand-labelled set, as issue 13 measures it.

A labels file is a JSON list of {"code", "label", "phrase"} (extra keys such as
"task_gist" and "sentence" are kept for the reader and ignored here; a {"items": [...]}
or {"labels": [...]} wrapper is accepted). `label` is done / progress / not_mentioned
(Chinese 已兑现 / 有进展 / 未提及 and "mentioned" spellings are read too); `phrase` is the
report's words the labeller relied on, empty when not mentioned. Three figures:
- mentioned vs not mentioned agree (done and progress both count as mentioned);
- the evidence shown contains the labeller's phrase (spaces ignored), over the tasks the
  labeller found mentioned;
- the full three-way label agrees.
Shared by benchmarks/bench_review.py and the tests of the fictional pairs.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_LABEL_WORDS = {
    "done": "done", "已兑现": "done", "兑现": "done",
    "progress": "progress", "有进展": "progress", "进展": "progress", "partial": "progress",
    "not_mentioned": "not_mentioned", "not mentioned": "not_mentioned", "未提及": "not_mentioned",
    "none": "not_mentioned", "notmentioned": "not_mentioned", "not-mentioned": "not_mentioned",
}


def flat(text: str | None) -> str:
    return "".join((text or "").split())


def load_labels(path: str | Path) -> list[dict[str, Any]]:
    """The labels of a file, codes as the registry writes them ("3.02" → "3.2")."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("items") or data.get("labels") or []
    out = []
    for x in data:
        label = _LABEL_WORDS.get(str(x.get("label", "")).strip().lower(), str(x.get("label", "")).strip())
        out.append({**x, "code": _code(str(x["code"])), "label": label, "phrase": x.get("phrase") or ""})
    return out


def _code(code: str) -> str:
    parts = code.strip().replace("．", ".").split(".")
    return ".".join(str(int(p)) if p.isdigit() else p for p in parts)


def phrase_shown(label: dict[str, Any], item: dict[str, Any] | None) -> bool:
    return bool(item) and bool(flat(label.get("phrase"))) and flat(label["phrase"]) in flat(item.get("evidence"))


def agreement(items: list[dict[str, Any]], labels: list[dict[str, Any]]) -> dict[str, Any]:
    """The three figures (0..1) with their counts, and the confusion hand → ours."""
    got = {i["code"]: i for i in items}
    rows = [(x, got.get(x["code"])) for x in labels]
    mentioned = [(x, g) for x, g in rows if x["label"] != "not_mentioned"]
    agree_mention = sum(1 for x, g in rows if g and (x["label"] == "not_mentioned") == (g["label"] == "not_mentioned"))
    phrase_ok = sum(1 for x, g in mentioned if phrase_shown(x, g))
    agree_full = sum(1 for x, g in rows if g and x["label"] == g["label"])
    confusion: dict[str, int] = {}
    for x, g in rows:
        key = f"{x['label']}->{g['label'] if g else 'missing'}"
        confusion[key] = confusion.get(key, 0) + 1
    n = max(len(rows), 1)
    return {
        "n": len(rows),
        "mentioned_vs_not": agree_mention / n,
        "mentioned_vs_not_count": agree_mention,
        "evidence_has_phrase": phrase_ok / len(mentioned) if mentioned else 1.0,
        "evidence_has_phrase_count": phrase_ok,
        "three_way": agree_full / n,
        "three_way_count": agree_full,
        "n_mentioned": len(mentioned),
        "missing_codes": [x["code"] for x, g in rows if g is None],
        "confusion": dict(sorted(confusion.items())),
    }


def disagreements(items: list[dict[str, Any]], labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every labelled task where the label differs or the phrase is not in the evidence."""
    got = {i["code"]: i for i in items}
    out = []
    for x in labels:
        g = got.get(x["code"])
        bad_label = g is None or g["label"] != x["label"]
        bad_phrase = x["label"] != "not_mentioned" and not phrase_shown(x, g)
        if bad_label or bad_phrase:
            out.append({
                "code": x["code"], "gist": x.get("task_gist", ""), "hand": x["label"], "ours": g["label"] if g else "missing",
                "phrase": x.get("phrase", ""), "phrase_shown": not bad_phrase, "evidence": (g or {}).get("evidence", ""),
            })
    return out
