"""Query normalisation shared by every search: years, abbreviations, unit short forms.

Staff write "24年社零增长目标" and mean "2024年社会消费品零售总额增长目标"; the
documents never say "社零". The tables live in core/abbreviations.py and, for
unit short forms (发改委 → 省发展改革委), in the registry's alias table.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
import sqlite3
import unicodedata
from functools import lru_cache
from typing import Any

from core.abbreviations import ABBREVIATIONS, QUESTION_WORDS, RELATIVE_YEARS
from store.units import units_in_text
from core.short_years import expand_short_years

_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def normalize_query(
    text: str,
    *,
    today: dt.date | None = None,
    doc_year: int | None = None,
    db: Any = None,
) -> str:
    """Expand a user's question into the words the documents use.

    `doc_year` (the year the user is talking about, when known) wins over `today`
    for 今年/去年; with neither, relative years are left as written.
    """
    text, typed = _read(text, today, doc_year)
    shorts = list(typed)
    for name in _unit_names(db, text):
        if name not in text:
            shorts.append(name)
    if shorts:  # kept for documents that use the short forms; "(…)" keeps this idempotent
        text = f"{text} ({'、'.join(shorts)})"
    return text


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[tuple[str, str, re.Pattern, bool], ...]:
    """(short, full, its pattern, whether a character test may stand before the search),
    longest short form first. Built once: `normalize_query` runs several times per question.
    A short form that starts with a character without case is not in a text that lacks that
    character, so the test is exact; a Latin one ("gdp") is left to the case-blind pattern."""
    rows = sorted(ABBREVIATIONS, key=len, reverse=True)
    return tuple((short, ABBREVIATIONS[short], re.compile(re.escape(short), re.I),
                  short[0].lower() == short[0].upper()) for short in rows)


@lru_cache(maxsize=512)
def _read(text: str, today: dt.date | None, doc_year: int | None) -> tuple[str, tuple[str, ...]]:
    """The text with years and abbreviations expanded, and the short forms typed: what
    `normalize_query` adds before the registry's unit names. A function of its arguments and
    the constant tables only, so read once per question text."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = _CJK_SPACE.sub("", text)
    text = expand_short_years(text)
    base = doc_year if doc_year is not None else (today.year if today else None)
    if base is not None:
        for word in sorted(RELATIVE_YEARS, key=len, reverse=True):
            text = text.replace(word, f"{base + RELATIVE_YEARS[word]}年")
        text = re.sub(r"(\d{4})年年", r"\1年", text)
    shorts: list[str] = []
    inserted: list[str] = []
    for short, full, pattern, plain in _abbreviations():
        if (plain and short[0] not in text) or full in text or not pattern.search(text):
            continue
        # a short form inside an expansion just made is the documents' own wording
        # ("研发投入强度" → "R&D经费支出占GDP比重": its GDP stays GDP)
        typed = text
        for done in inserted:
            typed = typed.replace(done, " ")
        if not pattern.search(typed):
            continue
        text = _replace_keeping_tail(text, pattern, full)
        shorts.append(short)
        inserted.append(full)
    return text, tuple(shorts)


def _unit_names(db: Any, text: str) -> list[str]:
    """Canonical names of the units a question names by a short form ("发改委" →
    "省发展改革委"), from the registry's aliases. A place name matches a government
    ("南昌" → "南昌市政府"); regions are handled by search filters, so those are skipped."""
    if db is None:
        return []
    try:
        units = units_in_text(db, text)
    except sqlite3.OperationalError:  # a database without the registry tables
        return []
    return [u.name for u in units if not u.name.endswith("政府")]


def _replace_keeping_tail(text: str, pattern: re.Pattern, full: str) -> str:
    """Replace a short form, without doubling what the user already wrote after it
    ("社零总额" → "社会消费品零售总额", not "…总额总额")."""
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(text[pos : m.start()])
        out.append(full)
        pos = m.end()
        for size in range(min(len(full), len(text) - pos), 0, -1):
            if text[pos : pos + size] == full[-size:]:
                pos += size
                break
    out.append(text[pos:])
    return "".join(out)



def strip_question_words(text: str) -> str:
    """The lexical query: the question without its question words."""
    for word in QUESTION_WORDS:
        text = text.replace(word, " ")
    return re.sub(r"[？?！!。，,、：:]+", " ", text).strip()
