"""A figure inside the subject is part of the subject: "投资两千万以上的项目多少个" asks of the
projects over 20 million, and "引进投资超5000万元农产品深加工项目15个以上" is another set of
projects; answered, it gives a wrong figure.

Read by shape: a number of the question that is not the figure asked (the question asks 多少/几
elsewhere, and offers no figure to confirm) and qualifies a noun — a threshold after 投资/超/
超过/规模/产值/营收/年产/达, or a figure with 以上/以下 before 的 or a noun — must stand in the
answer's sentence with the same value (2000万 = 2000万元 = 0.2亿), whatever is written around
it (超2000万元 / 2000万元以上). A number said in words is read in digits first.
"""
from __future__ import annotations

import unicodedata

from core import lazy_re as re
from core.spoken import spoken_numbers

_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "": 1.0}
_UNIT = r"(?:元|美元|亩|平方米|吨|千瓦|人|家|个|户)?"
_THRESHOLD = re.compile(
    r"(?:(?P<lead>投资|超过|超|规模|产值|营收|营业收入|年产|达到|达)\s*)?(?<![A-Za-z\d.第])(?P<n>\d+(?:\.\d+)?)\s*(?P<mult>万亿|亿|万|千)?"
    + _UNIT + r"\s*(?P<q>及以上|以上|以下|以内)?(?=\s*(?:的)?[\u4e00-\u9fff])")
_NUMBER = re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?")
_ASKS = re.compile(r"多少|几")


def thresholds(question: str) -> list[float]:
    """The values of the figures that qualify the subject of `question` (module doc)."""
    from answers.wording import offered_figure

    text = spoken_numbers(unicodedata.normalize("NFKC", question or ""))
    if not _ASKS.search(text) or offered_figure(text)[1]:
        return []
    out = []
    for m in _THRESHOLD.finditer(text):
        if not (m.group("lead") or m.group("q")):
            continue
        if re.match(r"\s*年", text[m.end("n"):]):
            continue  # "2024年以上" is no threshold
        out.append(float(m.group("n")) * _MULT[m.group("mult") or ""])
    return out


def threshold_missing(question: str, sentence: str) -> bool:
    """Whether a threshold of the question is not in the sentence (module doc)."""
    wanted = thresholds(question)
    if not wanted:
        return False
    held = {round(float(m.group(1)) * _MULT[m.group(2) or ""], 6)
            for m in _NUMBER.finditer(unicodedata.normalize("NFKC", sentence or ""))}
    return any(round(v, 6) not in held for v in wanted)


def threshold_plain(question: str) -> str:
    """"投资两千万以上的项目" → "投资2000万的项目": a threshold after its lead word is checked by
    value (`threshold_missing`), so how the bound is said (以上 / 及以上, which the report may
    write as 超) is no word to match."""
    text = spoken_numbers(question or "")
    if not _ASKS.search(text):
        return question
    found = [m for m in _THRESHOLD.finditer(text) if m.group("lead") and m.group("q")
             and not re.match(r"\s*年", text[m.end("n"):])]
    if not found:
        return question
    for m in reversed(found):
        text = text[: m.start("q")] + text[m.end("q"):]
    return text
