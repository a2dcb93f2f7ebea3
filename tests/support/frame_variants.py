"""Metamorphic variants for what staff say around the ask (answers/framing.py): the same
question relayed ("经信委的同事问：…"), given a purpose ("给领导准备个材料，…"), followed by a
request ("…，帮我摘一下"), a city said as "我们南昌", a scope not wanted ("…？别给我全省的数").
Each must get the same answer as the question alone. Kept apart from tests/support/variants.py
so the long-standing consistency figure there is comparable across sessions."""
from __future__ import annotations

import re

_CITY = re.compile(r"(?<![我们])(南昌市|南昌|赣州市|赣州)")


def relay(q: str) -> str | None:
    return f"经信委的同事问：{q}"


def purpose(q: str) -> str | None:
    return f"给领导准备个材料，{q}"


def request(q: str) -> str | None:
    return f"{q.rstrip('？?。 ')}，帮我摘一下"


def we_city(q: str) -> str | None:
    m = _CITY.search(q)
    return q[: m.start()] + "我们" + q[m.start():] if m else None


def not_province(q: str) -> str | None:
    """Only for a question about one city and no other region."""
    if not _CITY.search(q) or re.search(r"江西|全省|省里|和|与|跟|分别|各", q):
        return None
    return f"{q.rstrip('？?。 ')}？别给我全省的数"


GENERATORS = (("relay", relay), ("purpose", purpose), ("request", request), ("we_city", we_city),
              ("not_province", not_province))


def frame_consistency(ctx, items: list[dict]) -> dict:
    """Every variant of every item the original answers right, scored as the original is."""
    from answers.ask import ask
    from answers.evaluate import score

    per: dict[str, list[bool]] = {}
    misses: list[str] = []
    for item in items:
        original = ask(ctx, item["question"])
        if not score(item, original.answer, original.intent):
            continue
        for name, make in GENERATORS:
            q = make(item["question"])
            if not q or q == item["question"]:
                continue
            ans = ask(ctx, q)
            ok = score(item, ans.answer, ans.intent)
            per.setdefault(name, []).append(ok)
            if not ok:
                misses.append(f"{item.get('id')} [{name}] {q} -> {ans.intent}: {ans.answer[:80]}")
    total = [ok for oks in per.values() for ok in oks]
    return {"variants": len(total), "consistent": sum(total),
            "rate": round(sum(total) / len(total), 4) if total else 1.0,
            "by_kind": {k: {"n": len(v), "rate": round(sum(v) / len(v), 4)} for k, v in sorted(per.items())},
            "misses": misses}
