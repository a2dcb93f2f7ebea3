"""Reading the synonym table (`core.synonyms_data`) and fixing same-sound typing slips.

Staff type on phones with a pinyin keyboard: the wrong character of the right sound is the
commonest slip (单为/单位, 牵投/牵头, 总产两/总产量). A slip of one of the few words the
question rules key on is repaired by sound, so no typo has to be listed; every other word is
matched as typed (the bigram coverage tolerates one wrong character anyway).
"""
from __future__ import annotations

import importlib.util
import os
import unicodedata
from core import lazy_re as re
from functools import lru_cache
from pathlib import Path
from typing import Callable


from core.synonyms_data import (COUNT_SHORT_UNITS, CUE_WORDS, FIELD_WORDS, LATIN_TERMS, SOUND_CHECKED_ABBREVIATIONS,
                                 SYNONYMS)


def table(how: str) -> dict[str, str]:
    """typed → documents' word, for rows used `how` ("query", "question", "synonym"). A copy
    of the table read once: the coverage readers ask for it per clause (benchmarks/bench_steps.py)."""
    return dict(_table(how))


@lru_cache(maxsize=None)
def _table(how: str) -> dict[str, str]:
    return {typed: doc for typed, doc, h, _why in SYNONYMS if h == how}


def pairs(how: str) -> list[tuple[str, str]]:
    """(one word, the other) of every row used `how`, in table order. Unlike `table`, a word
    may have several partners (北京机场: 首都机场, 大兴机场)."""
    return [(a, b) for a, b, h, _why in SYNONYMS if h == how]


def rewrite_question(text: str) -> str:
    """The question in the words the rules expect: colloquial forms and same-sound slips."""
    for typed, doc in sorted(table("question").items(), key=lambda kv: -len(kv[0])):
        if typed.endswith("个亿"):
            # "几个亿元以上项目" counts projects over a bound (round 59b); "几个亿" alone is an amount
            text = re.sub(re.escape(typed) + r"(?!元?(?:及)?以[上下](?:的)?(?:项目|企业|产业|工业|重大|招商|签约|[\u4e00-\u9fff]{0,2}项目))", doc, text)
        else:
            text = text.replace(typed, doc)
    return fix_homophones(text)


def lay_reading(text: str) -> str:
    """"看病报销的基本医保参保率" → "基本医保 参保率", "那种租赁房开工多少套" → "保障性租赁住房 开工多少套":
    lay words for an indicator (rows "lay") read as the indicator's head, so the words the
    documents print carry the subject; a lay word whose head is typed too is only noise. The
    indicator's head goes first too (the rules take a subject's first word as its head) and the
    pointing words of speech (那种, 这些) go, as they name nothing. Unchanged without a lay word."""
    heads: list[str] = []
    for first, pattern, doc in _lay_patterns():
        if first not in text or not pattern.search(text):
            continue
        if doc in text:
            text = pattern.sub(" ", text)
            heads.append("")
        else:
            text = pattern.sub(doc, text)
            heads.append(doc)
    if not heads:
        return text
    rest = _POINTING.sub(" ", text)
    if heads[0] and not rest.lstrip().startswith(heads[0]):
        rest = heads[0] + " " + rest  # the head first, the wording kept in place behind it
    return re.sub(r"\s+", " ", rest).strip()


@lru_cache(maxsize=1)
def _lay_patterns() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(first character, the lay word with 的 or spaces between its characters, the head),
    longest lay word first: built once, the first character a cheap test before the search."""
    rows = sorted(table("lay").items(), key=lambda kv: -len(kv[0]))
    return tuple((typed[0], re.compile(r"[\s的]*".join(re.escape(c) for c in typed)), doc) for typed, doc in rows)


# pointing words of speech around a lay subject ("那种租赁房", "这些好路"): they name nothing
_POINTING = re.compile(r"[那这哪](?:种|些|个|块|一块|类)的?")


def synonym_forms(text: str) -> list[str]:
    """`text` with each synonym swapped for its partner (首家 ↔ 第一家), when it holds one."""
    out = []
    for a, b in table("synonym").items():
        if a in text:
            out.append(text.replace(a, b))
        elif b in text:
            out.append(text.replace(b, a))
    return out


_CJK = re.compile(r"[\u4e00-\u9fff]")
# The words a same-sound slip is repaired into without asking the documents: cue words and
# the abbreviations whose sound neighbours are no real words.
_SOUND_CHECKED: tuple[str, ...] = tuple(sorted({*CUE_WORDS, *SOUND_CHECKED_ABBREVIATIONS}))
_LATIN = re.compile(r"(?<![A-Za-z&])(" + "|".join(re.escape(t) for t in sorted(LATIN_TERMS, key=len, reverse=True))
                    + r")(?![A-Za-z&])", re.IGNORECASE)
_LATIN_CASE = {t.lower(): t for t in LATIN_TERMS}


# "11金1银2铜": a short count unit right after its number, where the count ends
_SHORT_COUNT = re.compile(r"(?<=\d)\s*(" + "|".join(re.escape(short) for _t, short, _m, _w in COUNT_SHORT_UNITS)
                          + r")(?=\s*(?:\d|[，,。；;、）)\s]|$))")
_THING_OF = {short: thing for thing, short, _m, _w in COUNT_SHORT_UNITS}


def short_count_unit(thing: str) -> str | None:
    """"金牌" → "金": the unit the documents print after a count of `thing`, when they shorten it."""
    return next((short for t, short, _m, _w in COUNT_SHORT_UNITS if t == thing), None)


def count_measures(short: str) -> set[str]:
    """"金" → {"金", "枚", "块", "个"}: the units a count in that short unit may be asked or written in."""
    return next(({s, *m} for _t, s, m, _w in COUNT_SHORT_UNITS if s == short), {short})


def counted_things(text: str) -> str:
    """"收获11金1银2铜" → "收获11金牌1银牌2铜牌": each count in a short unit with the thing it
    counts, so the words of a question ("几块金牌") are found where the count stands. For
    matching only; what is shown is the document's own text."""
    if not any(short in text for short in _THING_OF):
        return text
    return _SHORT_COUNT.sub(lambda m: _THING_OF[m.group(1)], text)
def fields_of(text: str) -> list[str]:
    """The fields of work (教育, 水利 …) whose words `text` holds: "五河两岸一湖一江全流域治理"
    is of 水利. A list narrowed by a field's name keeps the tasks of that field."""
    return [field for field, words, _why in FIELD_WORDS if any(w in text for w in words)]


def latin_terms(text: str) -> str:
    """"gdp" / "Cpi" / "r&d" → "GDP" / "CPI" / "R&D": a Latin abbreviation in the table's case."""
    return _LATIN.sub(lambda m: _LATIN_CASE[m.group(1).lower()], text)


def fix_homophones(text: str) -> str:
    """"谁牵投" → "谁牵头": a cue word typed with one character of the same sound swapped."""
    if not _near_miss(text, _SOUND_CHECKED):
        return text
    return _repair_sounds(text, _cue_sounds())


def fix_sounds_of(text: str, words: tuple[str, ...]) -> str:
    """`text` with any of `words` (2 or 3 characters) typed with one same-sound character
    swapped put right ("干州" → "赣州" when 赣州 is a word given): voice input and pinyin
    keyboards write the right sound, not always the right character."""
    return sounds_read(text, words)[0]


def sounds_read(text: str, words: tuple[str, ...] | list[str],
                held: Callable[[str], bool] | None = None) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`fix_sounds_of`, and what it read: (typed, word) for each name put right ("秦毅" →
    "秦义"), so an answer can say how it read the question (`answers.leader_sounds`).
    `held` says whether the documents print a phrase: a word they print is a word, not a slip
    for a name that sounds like it ("省政府" stays 政府 beside a unit short-named 政服)."""
    words = tuple(sorted(set(words)))
    read: list[tuple[str, str]] = []
    text = _other_readings_at_heads(text, words, read)
    if _near_miss(text, words):  # else no window one character off a word: pypinyin is never loaded (CLI start-up)
        text = _repair_sounds(text, _sounds_of(words), read, held)
    return text, tuple(read)


# where a name stands as a clause's subject: the start, after a pause, a year or a joining word
_HEAD_BEFORE = re.compile(r"(?:^|[\s，,。；;：:？?！!、]|(?<=\d)年|[和与跟及])$")


def _other_readings_at_heads(text: str, words: tuple[str, ...], read: list[tuple[str, str]] | None = None) -> str:
    """"南长二〇二四年…" → "南昌二〇二四年…": a name typed with a character that has the
    name's sound as another of its readings (长 is read zhǎng first, cháng too), where the name
    stands as a clause's subject. Only there: inside a run of words ("赣南长征") the same two
    characters are part of other words. Read from pypinyin's table text; nothing is imported."""
    if not _CJK.search(text):
        return text
    keys = _masked_keys(words)
    for n in (3, 2):
        i = 0
        while i + n <= len(text):
            window = text[i:i + n]
            for j in range(n):
                hit = keys.get(window[:j] + "\0" + window[j + 1:])
                if hit is None or window in hit or not _HEAD_BEFORE.search(text[max(0, i - 2):i]):
                    continue
                fits = [w for w in hit if _readings(window[j]) & _readings(w[j])]
                if len(fits) == 1:
                    if read is not None:
                        read.append((window, fits[0]))
                    text = text[:i] + fits[0] + text[i + n:]
                    break
            i += 1
    return text


def _readings(ch: str) -> set[str]:
    """Every reading of a CJK character in pypinyin's table, tones and marks dropped."""
    if not "\u4e00" <= ch <= "\u9fff":
        return set()
    table = _reading_table()
    at = table.find(f'\n"{ord(ch)}": "')
    if at < 0:
        return set()
    start = table.index(': "', at) + 3
    return {plain_reading(r) for r in table[start:table.index('"', start)].split(",") if r}


def _near_miss(text: str, words: tuple[str, ...]) -> bool:
    """Whether some window of `text` matches a word but for one character that may sound like
    the word's: the only place a same-sound slip of that word can be. Plain string work and a
    look into pypinyin's character table, so a question with every name typed right, or one
    character off with another sound (总值 beside 总量), loads no pypinyin (issue 15)."""
    keys = _masked_keys(words)
    for n in (2, 3):
        for i in range(len(text) - n + 1):
            window = text[i:i + n]
            for j in range(n):
                hit = keys.get(window[:j] + "\0" + window[j + 1:])
                if hit is not None and window not in hit and any(_may_sound_alike(window[j], w[j]) for w in hit):
                    return True
    return False


def _may_sound_alike(a: str, b: str) -> bool:
    """False only when both characters' first readings are known and differ even with tones
    and marks dropped; `_sounds` (pypinyin, those first readings, tones dropped) then reads
    them apart as well (tests/core/test_synonyms.py checks it for every character)."""
    ra, rb = _first_reading(a), _first_reading(b)
    return ra is None or rb is None or ra == rb


@lru_cache(maxsize=8192)
def _first_reading(ch: str) -> str | None:
    """The first reading of a CJK character in pypinyin's own table, tones and marks dropped
    ("值" → "zhi", "绿" → "lv"); None when unknown. Found in the table's text (one line per
    character) instead of importing pypinyin, which parses all 42 000 entries (~50 ms)."""
    if not "\u4e00" <= ch <= "\u9fff":
        return None
    table = _reading_table()
    at = table.find(f'\n"{ord(ch)}": "')
    if at < 0:
        return None
    start = table.index(': "', at) + 3
    return plain_reading(table[start:table.index('"', start)].split(",")[0]) or None


def plain_reading(reading: str) -> str:
    """"zhí" → "zhi", "lǜ" → "lv": a reading without tone marks, ü written v as pypinyin does."""
    for marked in "üǖǘǚǜ":
        reading = reading.replace(marked, "v")
    return "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _reading_table() -> str:
    """pypinyin's `pinyin_dict.json` as text; empty (every character "may sound alike", so the
    full check runs) when it cannot be found."""
    try:
        spec = importlib.util.find_spec("pypinyin")
        folder = next(iter(spec.submodule_search_locations or ())) if spec else None
        return (Path(folder) / "pinyin_dict.json").read_text(encoding="utf-8") if folder else ""
    except (OSError, ValueError, ImportError, UnicodeDecodeError):
        return ""


@lru_cache(maxsize=1)
def _reading_index() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(character → its readings, reading → the characters read so), tones and marks dropped,
    for the common CJK block of pypinyin's table: read once, ~0.1 s (only when a word of a
    question is missing from the documents, answers/heard_words.py)."""
    readings: dict[str, frozenset[str]] = {}
    chars: dict[str, set[str]] = {}
    for code, said in re.findall(r'"(\d+)": "([^"]*)"', _reading_table()):
        ch = chr(int(code))
        if not "\u4e00" <= ch <= "\u9fff":
            continue
        plain = frozenset(plain_reading(r) for r in said.split(",") if r)
        readings[ch] = plain
        for r in plain:
            chars.setdefault(r, set()).add(ch)
    return readings, {r: frozenset(c) for r, c in chars.items()}


def same_sound_bigrams(pair: str, held: frozenset[str] | set[str]) -> list[str]:
    """The two-character strings of `held` other than `pair` whose characters each share a
    reading with `pair`'s, tones dropped ("鸡站" → ["基站", "击战", …] where the documents print
    them): voice input writes the right sound in the wrong characters."""
    if len(pair) != 2:
        return []
    readings, chars = _reading_index()
    firsts = {c for r in readings.get(pair[0], ()) for c in chars.get(r, ())}
    seconds = {c for r in readings.get(pair[1], ()) for c in chars.get(r, ())}
    return sorted(a + b for a in firsts for b in seconds if a + b != pair and a + b in held)


@lru_cache(maxsize=8)
def _masked_keys(words: tuple[str, ...]) -> dict[str, set[str]]:
    """Each word with one character masked ("赣州" → "\0州", "赣\0") → the words it stands for."""
    out: dict[str, set[str]] = {}
    for w in words:
        if 2 <= len(w) <= 3:
            for j in range(len(w)):
                out.setdefault(w[:j] + "\0" + w[j + 1:], set()).add(w)
    return out


@lru_cache(maxsize=8)
def _sounds_of(words: tuple[str, ...]) -> dict[tuple[str, ...], list[str]]:
    out: dict[tuple[str, ...], list[str]] = {}
    for w in words:
        if 2 <= len(w) <= 3 and _CJK.fullmatch(w[0]):
            out.setdefault(tuple(_sounds(w) or ()), []).append(w)
    return out


def _repair_sounds(text: str, by_sound: dict[tuple[str, ...], list[str]],
                   read: list[tuple[str, str]] | None = None, held: Callable[[str], bool] | None = None) -> str:
    if not by_sound or not _CJK.search(text):
        return text
    sounds = _sounds(text)
    if sounds is None:
        return text
    chars = list(text)
    for n in (3, 2):
        for i in range(len(chars) - n + 1):
            words = by_sound.get(tuple(sounds[i:i + n]), [])
            window = chars[i:i + n]
            if len(words) != 1 or "".join(window) in words:
                continue  # no cue word, or two that sound alike (逾期/预期): leave it as typed
            word = words[0]
            if sum(1 for a, b in zip(window, word) if a == b) == n - 1:
                if held is not None and held("".join(window)):
                    continue  # the documents print it: a word of theirs, not a slip
                if read is not None:
                    read.append(("".join(window), word))
                chars[i:i + n] = list(word)
    return "".join(chars)


@lru_cache(maxsize=1)
def _cue_sounds() -> dict[tuple[str, ...], list[str]]:
    out: dict[tuple[str, ...], list[str]] = {}
    for w in _SOUND_CHECKED:
        out.setdefault(tuple(_sounds(w) or ()), []).append(w)
    return out


def same_sound_as(typed: str, words: tuple[str, ...] | list[str]) -> list[str]:
    """The `words` other than `typed`, of its length, read with the same sounds (tones dropped):
    "秦毅" → ["秦义"]. A name said by voice comes back in characters of the right sound, any of
    them; pypinyin is loaded only when some word of that length shares a character's sound."""
    same_length = [w for w in dict.fromkeys(words) if w != typed and len(w) == len(typed)]
    if not same_length or not _CJK.search(typed):
        return []
    close = [w for w in same_length if all(_may_sound_alike(a, b) for a, b in zip(typed, w))]
    if not close:
        return []
    heard = _sounds(typed)
    return [w for w in close if heard is not None and _sounds(w) == heard]


def _sounds(text: str) -> list[str] | None:
    # Character readings only: the phrase dictionary costs 0.2 s and ~45 MB per process, and the
    # cue words and the typed text are read the same way, so their sounds still meet.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "true")
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: ["?"] * len(s))
    return out if len(out) == len(text) else None


def same_sound_repairs(word: str, texts: list[str]) -> list[str]:
    """"研发经废占比" → ["研发经费占比"]: `word` with one character swapped for another of the
    same sound, where the swapped character stands next to the same neighbours in `texts`
    (the documents) and the typed one does not. Commonest first; nothing when no such form
    occurs, so a word the documents simply lack is never "repaired" into another."""
    sounds = _sounds(word)
    if not sounds or not _CJK.search(word):
        return []
    counts: dict[str, int] = {}
    for i, ch in enumerate(word):
        if not _CJK.match(ch):
            continue
        left, right = word[max(0, i - 2):i], word[i + 1:i + 3]
        left = left[-1:] if left and not _CJK.match(left[0]) else left
        right = right[:1] if len(right) > 1 and not _CJK.match(right[1]) else right
        if not _CJK.fullmatch(left[-1:] or "x") and not _CJK.fullmatch(right[:1] or "x"):
            continue
        typed = [f for f in (left[-1:] + ch if left else "", ch + right[:1] if right else "") if f]
        if typed and all(any(f in t for t in texts) for f in typed):
            continue  # both bigrams of the typed character stand in the documents: no slip here
        for ctx_left, ctx_right in ((left, ""), ("", right)):
            if not (ctx_left or ctx_right):
                continue
            pattern = re.compile(re.escape(ctx_left) + r"([\u4e00-\u9fff])" + re.escape(ctx_right))
            for t in texts:
                for m in pattern.finditer(t):
                    x = m.group(1)
                    if x != ch and _sounds(x) == [sounds[i]]:
                        form = word[:i] + x + word[i + 1:]
                        counts[form] = counts.get(form, 0) + len(ctx_left) + len(ctx_right)
    return sorted(counts, key=lambda f: -counts[f])
