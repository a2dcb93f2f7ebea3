"""A named facility is not answered by another facility of the same place: "青屿体育中心啥时候
建成" is not answered by "青屿数据中心一期建成投用", "市图书馆" not by "市博物馆开馆".

The coverage rules weigh shared words: the place name and the head noun ("青屿", "中心") are
most of a short name, so a sentence naming another facility of the same place covers the
question well. Read by structure, not by phrase: for a head noun of a facility
(`core.contrasts_data.FACILITY_HEADS`), the asked name's distinguishing words are the run of
characters right before the head in the question. When the sentence holds the same head and
two or more adjacent characters of that run, the ones touching the head, stand nowhere in the
sentence, it speaks of another facility. A place said before the name ("青屿" of "青屿体育中心")
may be missing from a sentence of that place's own report ("加快建设体育中心"): only the run
touching the head decides. Characters are read one by one, as `answers.qualified_heads` reads
qualifiers ("科创中心" ~ "科技创新中心", "市一医院" ~ "市第一人民医院" are no difference).
"""
from __future__ import annotations

from functools import lru_cache

from core import lazy_re as re
from core.contrasts_data import FACILITY_HEADS, QUALIFIER_FRAMING
from core.places import place_alternation

# what asks or points in a question: never part of a name
_ASK_WORDS = re.compile(r"多少|几|什么|啥|哪些|哪个|哪|是否|有没有|请问|关于|那个|这个|那座|这座|那家|这家|那所|这所")
# how many characters before a head may name it
_SPAN = 6
# a head read as part of a longer word is no facility: "中心城区" is an area, "中心镇" a town
_NOT_HEAD = {"中心": r"(?!城|镇|村|区|任务|工作)"}


@lru_cache(maxsize=1)
def _framing() -> re.Pattern:
    """Framing words and places: what stands before a name without naming it ("全市", "南昌")."""
    words = sorted(QUALIFIER_FRAMING, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) + "|" + place_alternation())


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, re.Pattern], ...]:
    """Each head with its pattern, built once; longer heads first: "体育场" is read before a
    shorter head inside another name."""
    heads = sorted((h for h, _why in FACILITY_HEADS), key=len, reverse=True)
    return tuple((h, re.compile(re.escape(h) + _NOT_HEAD.get(h, ""))) for h in heads)


_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,%d}$" % _SPAN)


@lru_cache(maxsize=256)
def asked_names(question: str) -> tuple[tuple[str, str], ...]:
    """(head, the words right before it) for each facility head the question names with words
    of its own before it ("青屿体育中心" → ("中心", "青屿体育")). Read once per question: the
    coverage readers ask it of every candidate clause."""
    text = _ASK_WORDS.sub(" ", question or "")
    out = []
    for head, pattern in _heads():
        if head not in text:
            continue
        for m in pattern.finditer(text):
            before = _BEFORE.search(text[: m.start()])
            words = _framing().sub(" ", before.group(0)).split(" ")[-1] if before else ""
            if len(words) >= 2:
                out.append((head, words))
    return tuple(out)


def _touching_missing(words: str, said: str) -> str:
    """The run of characters at the end of `words` (touching the head) that `said` lacks."""
    run = ""
    for ch in reversed(words):
        if ch in said:
            break
        run = ch + run
    return run


def other_facility(question: str, sentence: str) -> str:
    """The head of a facility the sentence names in place of the asked one ("中心" when the
    question asks "青屿体育中心" and the sentence names only "青屿数据中心"), or "" when the
    sentence may speak of it (module doc)."""
    if not question or not sentence:
        return ""
    asked = asked_names(question)
    if not asked:
        return ""
    said = re.sub(r"[“”\"「」\s]", "", sentence)
    patterns = dict(_heads())
    for head, words in asked:
        if head not in said or not patterns[head].search(said):
            continue
        if len(_touching_missing(words, said)) >= 2:
            return head
    return ""
