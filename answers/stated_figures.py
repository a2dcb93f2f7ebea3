"""A rough figure the asker offers ("四百三十九亿多斤？要具体数", "七百多公里吗") is a premise
to check, not a word to search: the question asks the figure (`answers.figure_choice` puts it
as the ask), and the answer says so when the document's figure lies outside what the rough one
means.

"N多" / "N余" means at least N and less than N plus one step of N's last written digit:
"439亿多" is [439亿, 440亿), "四十多" [40, 50), "七百多" [700, 800), "1.2万多" [1.2万, 1.3万).
A figure of the same measure in the answer inside that range agrees; when the answer states
figures of that measure and none is inside, the answer opens with "文件里写的不是“N多…”：".
"十来家" (about ten, either side) is not judged.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace

from answers.compose import Answer
from core import lazy_re as re
from core.measures import read_as
from prompts import answers as P

_ROUGH = re.compile(r"^(?P<n>\d+(?:\.\d+)?)(?P<mult>万亿|亿|万|千)?(?:多|余)(?P<mult2>万亿|亿|万|千)?(?P<unit>.*)$")
_MULTIPLIER = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "": 1.0}


def rough_range(written: str) -> tuple[float, float, str] | None:
    """(low, high, measure) of a rough figure in digits ("439亿多斤" → 439e8, 440e8, "斤")."""
    m = _ROUGH.match(unicodedata.normalize("NFKC", written or "").strip())
    if m is None:
        return None
    n = m.group("n")
    if "." in n:
        step = 10.0 ** -len(n.split(".")[1])
    else:
        step = 10.0 ** (len(n) - len(n.rstrip("0"))) if n.rstrip("0") else 1.0
    mult = m.group("mult") or m.group("mult2") or ""
    times = _MULTIPLIER[mult]
    unit = m.group("unit").strip()
    if not unit and mult in ("亿", "万亿"):
        unit = "元"  # "十几个亿" / "3000多亿" said of an amount: yuan, as staff say it (round 29c, 31a)
    return float(n) * times, (float(n) + step) * times, read_as(unit)


def with_rough_verdict(offered: list[str], ans: Answer) -> Answer:
    """`ans`, said first not to hold a rough figure offered when every figure of its measure
    it quotes lies outside the rough figure's range (module doc)."""
    if not offered or ans.intent in ("none", "clarify"):
        return ans
    from answers.claims import figures, quoted_text  # the same figures as a pasted claim
    from answers.evidence import same_measure

    said = figures(quoted_text(ans))
    wrong = []
    for written in offered:
        rng = rough_range(written)
        if rng is None:
            continue
        low, high, unit = rng
        alike = [f for f in said if f.unit == unit or (f.unit and unit and same_measure(f.unit, unit))]
        if alike and not any(low - 1e-9 <= f.value < high for f in alike):
            wrong.append(written)
    if not wrong:
        return ans
    return replace(ans, answer=P.HEARSAY_NOT_SAID.format(figure="、".join(wrong)) + "\n" + ans.answer)


def agrees(stated: str, said: list[str]) -> bool:
    """Whether a figure offered ("1.1万亿", "5%") is one of the figures `said` by value in
    the same measure; a measure left unsaid on one side ("1.1万亿" for "1.1万亿元") agrees."""
    from answers.claims import figures
    from answers.evidence import same_measure

    # "500多亿": read as 500亿 at least (the 多 before the magnitude is no part of the number)
    stated = re.sub(r"(\d)\s*多\s*(万亿|亿|万|千|百)", r"\1\2多", unicodedata.normalize("NFKC", stated))
    offered = figures(stated)
    if not offered:
        return False
    found = [f for s in said for f in figures(s)]
    # "80%多" / "500多亿": at least the figure, below the next step of its last digit (82.6% fits)
    more = bool(re.search(r"\d\s*(?:%|％)?多|多\s*(?:万亿|亿|万|千|百)?(?:元|%|％)?\s*$", stated))
    return all(any(_fits(o.value, f.value, more)
                   and (not o.unit or not f.unit or o.unit == f.unit or same_measure(o.unit, f.unit)) for f in found)
               for o in offered)


def _fits(offered: float, written: float, more: bool) -> bool:
    if abs(offered - written) <= 1e-9 * max(1.0, abs(offered)):
        return True
    if not more or offered <= 0 or offered != int(offered):
        return False
    digits = str(int(offered))
    step = 10 ** (len(digits) - len(digits.rstrip("0")))  # 80多 → 80–90, 500多 → 500–600, 7多 → 7–8
    return offered <= written < offered + step
