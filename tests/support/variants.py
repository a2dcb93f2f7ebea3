"""Metamorphic variants of a question: the same question typed another way must get the
same answer (issue 10). Each generator returns the variant or None when it does not apply.

- reorder: the year and the region swap places ("2024年江西…" ↔ "江西2024年…"), or a
  leading subject moves behind the measure ("X目标是多少" → "目标是多少，X" is not Chinese;
  so only the prefix swap, which staff do type both ways);
- filler: a polite opening and a trailing particle, plus "这块" after the subject;
- abbreviation: a full form swapped for its short form from the synonym table, or back;
  a four-digit year typed with two;
- width: digits and Latin letters typed full-width, the question mark half-width;
- missing year / region: dropped when the documents leave no doubt (the named region has
  one report; the year has one region's report);
- spoken / wrapper / voice / no_stop: how voice input and chat forward a question — the
  year said in words, "王主任让问下…，谢谢" around it, a region name written with a
  same-sound character, two asks without the comma between them;
- formal / background: the question as a 公文 request — a purpose before it and the request
  verb ("为做好专项督查工作，烦请核实…。"), or a background and a purpose around it
  ("近期有群众反映…，为核实情况，请提供…，以便比对。").
"""
from __future__ import annotations

import re
from typing import Callable

from core.synonyms import table

_YEAR = r"(?:20\d{2}|\d{2})年"
_REGION = r"(?:江西省|江西|全省|省里|南昌市|南昌|赣州市|赣州)"
_PREFIX = re.compile(rf"^(?P<a>{_YEAR})(?P<b>{_REGION})|^(?P<c>{_REGION})(?P<d>{_YEAR})")


def reorder(q: str) -> str | None:
    m = _PREFIX.match(q)
    if not m:
        return None
    if m.group("a"):
        return m.group("b") + m.group("a") + q[m.end():]
    return m.group("d") + m.group("c") + q[m.end():]


def filler(q: str) -> str | None:
    body = q.rstrip("？?。 ")
    particle = "" if re.search(r"[吗呢吧么啊呀]$", body) else "呀"
    return f"请问一下，{body}{particle}？"


_SHORTS = {full: short for short, full in table("query").items()
           if re.fullmatch(r"[\u4e00-\u9fff]{2,}", short) and len(full) > len(short)}


def abbreviate(q: str) -> str | None:
    for full, short in sorted(_SHORTS.items(), key=lambda kv: -len(kv[0])):
        if full in q:
            return q.replace(full, short, 1)
    m = re.search(r"20(\d{2})年", q)
    if m:
        return q[: m.start()] + m.group(1) + "年" + q[m.end():]
    return None


def width(q: str) -> str | None:
    out = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in q)
    out = out.replace("？", "?")
    return out if out != q else None


def drop_year(q: str, sole_year_of: dict[str, int]) -> str | None:
    """"南昌2024年GDP目标" → "南昌GDP目标" when 南昌 has one report, and it is of that year
    or its review speaks of that year."""
    years = re.findall(r"(?:20)?(\d{2})年", q)
    regions = [r for r in sole_year_of if r in q]
    if len(years) != 1 or len(regions) != 1:
        return None
    year = 2000 + int(years[0])
    if year not in (sole_year_of[regions[0]], sole_year_of[regions[0]] - 1):
        return None
    if year == sole_year_of[regions[0]] - 1 and not re.search(r"(去年|实际|完成了|增长了|达到)", q):
        return None  # a review year asked without a result word would turn into a target
    return re.sub(rf"(?:20)?{years[0]}年", "", q, count=1)


def drop_region(q: str, sole_region_of: dict[int, str]) -> str | None:
    """"2022年江西…目标" → "2022年…目标" when 2022 has one region's report."""
    years = re.findall(r"(20\d{2})年", q)
    if len(years) != 1 or int(years[0]) not in sole_region_of:
        return None
    region = sole_region_of[int(years[0])]
    names = [region, region[:-1]] + (["全省", "省里", "我省"] if region.endswith("省") else [])
    for name in names:
        if name in q and not re.search(r"(目标|多少|几)", name):
            out = q.replace(name, "", 1)
            return out if re.search(r"[\u4e00-\u9fff]{4}", out) else None
    return None


_CN = "零一二三四五六七八九"


def spoken(q: str) -> str | None:
    """Voice input: the year said in words ("2024年" → "二零二四年", "24年" → "二四年")."""
    m = re.search(r"(?<!\d)(20\d{2}|\d{2})年", q)
    if not m:
        return None
    said = "".join(_CN[int(c)] for c in m.group(1))
    return q[: m.start()] + said + "年" + q[m.end():]


def wrapper(q: str) -> str | None:
    """A secretary passing a question on: "王主任让问下…，谢谢"."""
    return f"王主任让问下{q.rstrip('？?。 ')}，谢谢"


# what a pinyin keyboard or voice input writes for the sample corpus's region names
_SAME_SOUND = {"南昌": "南常", "赣州": "干州", "江西": "江希"}


def voice(q: str) -> str | None:
    """A region name written with a same-sound character."""
    for name, slip in _SAME_SOUND.items():
        if name in q:
            return q.replace(name, slip, 1)
    return None


def no_stop(q: str) -> str | None:
    """Two asks typed without the comma between them."""
    m = re.search(r"(多少|几)[^，,]*?[，,](?=.*(?:多少|几|呢))", q)
    if not m:
        return None
    return q[: m.end() - 1] + q[m.end():]


def formal(q: str) -> str | None:
    """A purpose clause and a request verb before the question."""
    return f"为做好专项督查工作，烦请核实{q.rstrip('？?。 ')}。"


def background(q: str) -> str | None:
    """A background before the request, a purpose after it."""
    return f"近期有群众反映相关工作进展，为核实情况，请提供{q.rstrip('？?。 ')}，以便比对。"


Generator = Callable[[str], "str | None"]
KINDS_WITH_SCOPE = ("target", "fact", "scope")


def variants(item: dict, sole_year_of: dict[str, int], sole_region_of: dict[int, str]) -> list[tuple[str, str]]:
    """(name, question) for every generator that applies to the item."""
    q = item["question"]
    out: list[tuple[str, str | None]] = [("reorder", reorder(q)), ("filler", filler(q)),
                                         ("abbreviation", abbreviate(q)), ("width", width(q)),
                                         ("spoken", spoken(q)), ("wrapper", wrapper(q)), ("voice", voice(q)),
                                         ("no_stop", no_stop(q)), ("formal", formal(q)),
                                         ("background", background(q))]
    if item.get("kind") in KINDS_WITH_SCOPE:
        out.append(("missing_year", drop_year(q, sole_year_of)))
    if item.get("kind") == "target":  # a review year is spoken of by several regions' reports
        out.append(("missing_region", drop_region(q, sole_region_of)))
    return [(name, v) for name, v in out if v and v != q]


def sole_maps(docs: list) -> tuple[dict[str, int], dict[int, str]]:
    """Regions with a single report (→ its year) and years with a single region's report."""
    reports = [d for d in docs if d.kind == "report" and d.region and d.year]
    by_region: dict[str, set[int]] = {}
    by_year: dict[int, set[str]] = {}
    for d in reports:
        by_region.setdefault(d.region, set()).add(d.year)
        by_year.setdefault(d.year, set()).add(d.region)
    sole_year = {r[:-1]: next(iter(ys)) for r, ys in by_region.items() if len(ys) == 1 and len(r) > 2}
    sole_region = {y: next(iter(rs)) for y, rs in by_year.items() if len(rs) == 1}
    return sole_year, sole_region


def consistency(ctx, items: list[dict]) -> dict:
    """Ask every variant of every item the original answers right; a variant is consistent
    when it is scored right too (same figures, same none-ness). Rate per generator and overall."""
    from answers.ask import ask
    from answers.evaluate import score
    from retrieval.documents import list_documents

    sole_year, sole_region = sole_maps(list_documents(ctx.db))
    per: dict[str, list[bool]] = {}
    misses: list[str] = []
    for item in items:
        original = ask(ctx, item["question"])
        if not score(item, original.answer, original.intent):
            continue
        for name, q in variants(item, sole_year, sole_region):
            ans = ask(ctx, q)
            ok = score(item, ans.answer, ans.intent)
            per.setdefault(name, []).append(ok)
            if not ok:
                misses.append(f"{item.get('id')} [{name}] {q} -> {ans.intent}: {ans.answer[:80]}")
    total = [ok for oks in per.values() for ok in oks]
    return {
        "variants": len(total),
        "consistent": sum(total),
        "rate": round(sum(total) / len(total), 4) if total else 1.0,
        "by_kind": {k: {"n": len(v), "rate": round(sum(v) / len(v), 4)} for k, v in sorted(per.items())},
        "misses": misses,
    }
