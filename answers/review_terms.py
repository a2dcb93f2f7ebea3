"""Names a review paraphrases: the same concrete thing of a task, in other words.

A report often names a plan's item otherwise: an abbreviation or variant wording
("减税减费" for 减税降费), an airport by its own name rather than its city's ("昌北机场" for
南昌空港), a kind of a group for the group ("孤弃儿童" for 困境儿童), or the same two nouns in
the other order ("货运航空公司" for 航空货运). The pairs are data with provenance in the
project's one synonym table (core.synonyms_data, rows "alias" and "narrower"); the swapped
order is read from the segmenter's nouns (answers.review_words). What is found here is the
item's own term in other words, never a generic or area word: the term a review must hold
is four characters or more and is built around the rewritten words.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from core import lazy_re as re

from answers import review_words
from answers.review_text import AREA_WORDS, GENERIC_BIGRAMS, GENERIC_WORDS, norm, residue
from core.places import CITIES, PROVINCES
from core.synonyms import pairs

MIN_TERM = 4  # a rewritten term shorter than this (机场 for 空港) names a kind, not a thing
MAX_STEPS = 2  # 南昌空港 → 南昌机场 → 昌北机场
_STOP = frozenset({*GENERIC_WORDS, *AREA_WORDS, *GENERIC_BIGRAMS})


@dataclass(frozen=True)
class Paraphrase:
    name: str  # the item's name in the other words
    term: str  # the rewritten term a review sentence must hold (four characters or more), or ""
    same: bool  # the same thing (alias), or a kind of it / the words swapped (a related naming)


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, str, bool], ...]:
    """(from, to, same) in normal form, longest first: aliases both ways, narrower one way."""
    out = []
    for a, b in pairs("alias"):
        out += [(norm(a), norm(b), True), (norm(b), norm(a), True)]
    out += [(norm(a), norm(b), False) for a, b in pairs("narrower")]
    return tuple(sorted(dict.fromkeys(out), key=lambda r: -len(r[0])))


@lru_cache(maxsize=4096)
def paraphrases(name: str) -> tuple[Paraphrase, ...]:
    """The ways the table rewrites `name`, and the name with a known place's level left off
    or put in. (Two nouns swapped are looked for by `paraphrase_in`, which asks the segmenter
    only when a review sentence holds the swapped characters.)"""
    out: list[Paraphrase] = []
    seen = {name}
    frontier = [(name, (0, 0), True, False)]
    for _ in range(MAX_STEPS):
        found = []
        for text, span, same, whole in frontier:
            for a, b, is_same in _rules():
                at = text.find(a)
                while at >= 0:
                    new = text[:at] + b + text[at + len(a):]
                    if new not in seen:
                        seen.add(new)
                        found.append((new, _merge(span, at, len(a), len(b)), same and is_same,
                                      whole or len(a) >= MIN_TERM))
                    at = text.find(a, at + 1)
        for new, span, same, whole in found:
            term = new[span[0]:span[1]] if whole else _term(new, span)
            if term:
                out.append(Paraphrase(new, term, same))
        frontier = found
    out.extend(_levels(name))
    return tuple(out)


# a known place with or without its level: "赣州市体育馆" is "赣州体育馆"
_LEVELS = [(p, "省") for p in PROVINCES if PROVINCES[p].endswith("省")] + [(c, "市") for c in CITIES]


def _levels(name: str) -> list[Paraphrase]:
    """The name with a known city's or province's level left off, or put in ("赣州市体育馆" ↔
    "赣州体育馆"): the same thing, named whole (a place alone names nothing, so no term)."""
    out = []
    for place, level in _LEVELS:
        at = name.find(place)
        if at < 0 or len(name) - len(place) < 3:
            continue
        end = at + len(place)
        if name.startswith(level, end):
            out.append(Paraphrase(name[:end] + name[end + 1:], "", True))
        else:
            out.append(Paraphrase(name[:end] + level + name[end:], "", True))
    return out


def _merge(span: tuple[int, int], at: int, old: int, new: int) -> tuple[int, int]:
    """The span of every rewrite so far, after replacing `old` characters at `at` by `new`."""
    start, end = span
    if start == end:
        return at, at + new
    shift = new - old

    def moved(x: int) -> int:
        return x if x <= at else (x + shift if x >= at + old else at + new)

    return min(moved(start), at), max(moved(end), at + new)


def _term(text: str, span: tuple[int, int]) -> str:
    """A short word rewritten (空港 → 机场) names a kind: with the modifier before it, to make
    `MIN_TERM` characters, it names the thing ("南昌机场" in "南昌空港陆港"); without one,
    nothing. (A rewrite of a whole term of four characters or more is its own term: 困境儿童
    → 孤儿.)"""
    start, end = span
    start = min(start, max(0, end - MIN_TERM))
    term = text[start:end]
    return term if len(term) >= MIN_TERM and len(residue(term)) >= MIN_TERM else ""  # not "建设机场"


@lru_cache(maxsize=4096)
def _swap_pattern(name: str):  # noqa: ANN202 - a compiled pattern or None
    """The name's four-character Han runs with their halves swapped, as one search."""
    runs = {name[i + 2:i + 4] + name[i:i + 2] for i in range(len(name) - 3)
            if all("\u4e00" <= ch <= "\u9fff" for ch in name[i:i + 4])}
    return re.compile("|".join(sorted(map(re.escape, runs)))) if runs else None


@lru_cache(maxsize=1024)
def _swapped(name: str) -> tuple[Paraphrase, ...]:
    """Two two-character nouns side by side, one of them distinctive (review_words), written
    the other way round: "货运航空" for "航空货运" (a related naming: which noun heads the
    compound differs). Two everyday nouns ("服务企业" / "企业服务") are not a name."""
    if not review_words.available():
        return ()
    rare = review_words.distinctive_nouns(name)
    pairs_ = [(w, t) for w, t in review_words.tagged(name)]
    out = []
    for (first, t1), (second, t2) in zip(pairs_, pairs_[1:]):
        nouns = t1 in review_words.NOUN_TAGS and t2 in review_words.NOUN_TAGS and len(first) == len(second) == 2
        if nouns and first != second and (first in rare or second in rare) and not ({first, second} & _STOP):
            at = name.find(first + second)
            out.append(Paraphrase(name[:at] + second + first + name[at + 4:], second + first, False))
    return tuple(out)


PARAPHRASE_SCORE = 0.9  # the item's whole name in an alias: as for a quoted alias
RELATED_TERM_SCORE = 0.7  # its term only, or a kind of it: a related naming (at most progress)


def paraphrase_in(name: str, plain: str) -> tuple[float, str]:
    """How well a review sentence (plain normal form) names `name` in other words, and the
    words it holds: the whole name as an alias (0.9), else a rewritten term (0.7); (0, "")."""
    best = (0.0, "")
    for p in paraphrases(name):
        if p.same and p.name in plain:
            return PARAPHRASE_SCORE, p.name
        if p.term and p.term in plain and best[0] < RELATED_TERM_SCORE:
            best = (RELATED_TERM_SCORE, p.term)
    swaps = _swap_pattern(name)
    if not best[0] and swaps is not None and swaps.search(plain):
        # the segmenter (≈ 1 s to load) is asked only when the swapped characters stand there
        best = next(((RELATED_TERM_SCORE, p.term) for p in _swapped(name) if p.term in plain), best)
    return best


ONE_APART_MIN = 5  # a metric this long that loses or gains one character is the same metric


def one_apart(term: str, text: str) -> bool:
    """`text` holds `term` with one inner character left out or one put in: "境内上市公司" for
    "境内外上市公司", and the other way. A character changed is not one apart ("高新技术产业" is
    not "高新技术企业"); a character off either end is only a shorter piece."""
    n = len(term)
    if n < ONE_APART_MIN:
        return False
    half = n // 2
    if term[:half] not in text and term[half:] not in text:
        return False  # one character apart leaves one half whole
    if any(term[:i] + term[i + 1:] in text for i in range(1, n - 1)):
        return True
    for i in range(2, n - 1):  # one put in after term[:i]
        at = text.find(term[:i])
        while at >= 0:
            if text.startswith(term[i:], at + i + 1) and "\u4e00" <= text[at + i] <= "\u9fff":
                return True
            at = text.find(term[:i], at + 1)
    return False


def measure_of(words: str) -> str:
    """The thing a measure's words count, when they end in a measure's suffix: "全市托位数" →
    "全市托位", "货运总量" → "货运"; "" otherwise (or when too little would be left)."""
    for suffix in sorted(review_words.MEASURE_SUFFIXES, key=len, reverse=True):
        if words.endswith(suffix) and len(residue(words[: -len(suffix)])) >= 2:
            return words[: -len(suffix)]
    return ""
