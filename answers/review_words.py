"""Words (not bigrams) for the commitment check's last way to a related mention: one
distinctive noun the task and a review clause both use as a word.

A review often reports a task by the one noun that names its subject, in new company:
"生猪产能全面恢复" for "推动生猪产业稳定健康发展", "7个临时空域…获批划设" for "深化低空空域管理改革试点",
"隐性债务存量有序化解" for "化解各种存量风险". Bigrams cannot see such a word: "空域" and a
fragment across two words ("家自" of 国家自主, "值占" of 增加值占) look alike to them. A word
segmenter (jieba, its own dictionary and tags, offline) tells them apart, and its dictionary's
frequencies say which nouns are everyday Chinese (环境, 历史, 工匠, 平台) rather than the name of
a subject. What counts as distinctive here:
- a two-character word the segmenter reads as a noun (n, nz, j, vn) in the task and in the
  clause — quotation marks are word boundaries ("赣菜品牌" in quotes), places (ns) and verbs
  never count (整改, 清零 are what is done, not what it is done to); or a Latin term whole
  ("5G网络覆盖" and "开通5G基站");
- not a generic or policy-area word (review_text), and at most `COMMON_FREQ` in the
  segmenter's dictionary.
The segmenter guesses at words its dictionary lacks, and two texts can be cut differently
around the same word: "普惠性托位" → 普惠/性托位, "托位数" → 托/位数. So a two-character piece
also counts as a word where the cut disagrees only by a glued affix: a word the dictionary
does not know holding the piece after a modifier's suffix (性, 型, 式, 化, 级, 类), or a word
ending the piece with a measure's suffix (数, 量, 率, 额, 总额, 数量, 总量, 规模: 托位数 is the
count of 托位). A real word straddling it ("委托/位置") still says it is no word there.
Without jieba installed this reading is skipped with one log line; nothing else changes.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from answers.review_text import AREA_WORDS, GENERIC_BIGRAMS, GENERIC_WORDS

log = logging.getLogger(__name__)

NOUN_TAGS = frozenset({"n", "nz", "j", "vn"})
COMMON_FREQ = 1000  # a dictionary frequency above this is an everyday word (工匠 1860, 环境 16811)
_BOUNDARY = re.compile(r"[“”‘’\"'《》〈〉「」『』]")
_HAN2 = re.compile(r"[\u4e00-\u9fff]{2}")
_HAN1 = re.compile(r"[\u4e00-\u9fff]")
# a Latin term with at least one letter, whole: "5G", "VR", "PM2.5" (jieba cuts "5G" as 5/G)
_LATIN = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z0-9.+]*[A-Za-z][A-Za-z0-9.+]*(?![A-Za-z0-9])")
_state: dict[str, object] = {}
_STOP = frozenset({*GENERIC_WORDS, *AREA_WORDS, *GENERIC_BIGRAMS})


def _tagger():
    """jieba's part-of-speech cutter and its dictionary, loaded once (≈ 1 s), or None."""
    if "cut" not in _state:
        try:
            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _state["cut"], _state["freq"] = jieba.posseg.lcut, jieba.dt.FREQ
        except Exception as exc:  # optional reading: the other ways to a mention stand without it
            log.warning("review: word reading skipped (%s)", type(exc).__name__)
            _state["cut"], _state["freq"] = None, {}
    return _state["cut"]


def available() -> bool:
    return _tagger() is not None


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary holds `word` (False without jieba)."""
    _tagger()
    return bool((_state.get("freq") or {}).get(word))


@lru_cache(maxsize=4096)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of `text`, quotation marks read as word boundaries."""
    cut = _tagger()
    if cut is None:
        return ()
    return tuple(_join_unknown([(w.word, w.flag) for w in cut(_BOUNDARY.sub("，", text))]))


_SINGLE_NOUN = frozenset({"n", "ng", "nr", "j"})


_PLACE_SUFFIXES = frozenset("省市县区州镇乡村")


def word_joints(text: str, common: frozenset[str] | set[str] = frozenset()) -> dict[str, tuple[str, str]]:
    """The bigrams of `text` that straddle two of its words ("三公|经费" → "公经", "远驰|重卡|一期"
    → "驰重", "卡一") and stand inside none: staff type words side by side that a report
    separates ("“三公”经费支出连续10年压减", "远驰重卡整车基地一期"), so a joint says little.
    Each joint maps to its two words. A joint beside a `common` word (新增, 建设…) is kept whole: "城镇新增就业" is one indicator,
    and without its joints any sentence naming 城镇 and 就业 would pass for it."""
    pairs = list(tagged(text))
    words = [w for w, _tag in pairs]
    inside = {w[i:i + 2] for w in words for i in range(len(w) - 1)}
    # nor beside a place (青溪|县|城镇: the place is the scope, it must be printed as typed)
    kept = {w for w, tag in pairs if tag == "ns" or w in _PLACE_SUFFIXES or w in common}
    joints = {a[-1] + b[0]: (a.lower(), b.lower()) for a, b in zip(words, words[1:])
              if a and b and _HAN1.fullmatch(a[-1]) and _HAN1.fullmatch(b[0]) and a not in kept and b not in kept}
    return {g: pair for g, pair in joints.items() if g not in inside}


def _join_unknown(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Two single-character nouns standing alone between longer words are one word the
    dictionary does not know: "赣/菜" of “赣菜品牌” and "赣菜“十大名菜”" is 赣菜 (Jiangxi cuisine).
    A run of three or more single characters is left as cut."""
    def single(k: int) -> bool:
        return 0 <= k < len(pairs) and len(pairs[k][0]) == 1 and _HAN1.fullmatch(pairs[k][0]) is not None

    out: list[tuple[str, str]] = []
    i = 0
    while i < len(pairs):
        if (single(i) and single(i + 1) and not single(i - 1) and not single(i + 2)
                and pairs[i][1] in _SINGLE_NOUN and pairs[i + 1][1] in ("n", "ng")):
            out.append((pairs[i][0] + pairs[i + 1][0], "n"))
            i += 2
        else:
            out.append(pairs[i])
            i += 1
    return out


# what a modifier ends with when the segmenter glues it to the next word ("普惠性|托位")
LEFT_GLUE = frozenset("性型式化级类")
# what turns a thing into its measure ("托位" → "托位数", "货运" → "货运量")
MEASURE_SUFFIXES = frozenset({"数", "量", "率", "额", "总额", "数量", "总量", "规模"})


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, tag) of the cut of `text` (quotation marks are cut as one character
    each, so offsets are those of `text`)."""
    out, at = [], 0
    for word, tag in tagged(text):
        out.append((at, at + len(word), word, tag))
        at += len(word)
    return out


def _glued(text: str) -> dict[str, str]:
    """Two-character pieces that are words but for a glued affix (module docstring), with the
    tag of the word that holds them: "性托位" → 托位 (n), "托/位数" → 托位."""
    freq = _state.get("freq") or {}
    spans = _spans(text)
    out: dict[str, str] = {}
    for k, (a_start, a_end, a_word, a_tag) in enumerate(spans):
        for i in range(a_start, a_end):
            piece = text[i : i + 2]
            if not _HAN2.fullmatch(piece) or (i == a_start and a_end == i + 2):
                continue  # not Han, or a whole word already
            left = text[a_start:i]
            if left and not (left in LEFT_GLUE and freq.get(a_word, 0) == 0):
                continue
            if i + 2 <= a_end:  # inside one word
                right, tag = text[i + 2 : a_end], a_tag
            elif k + 1 < len(spans) and spans[k + 1][0] == i + 1:  # across two words
                b_start, b_end, _, b_tag = spans[k + 1]
                right, tag = text[i + 2 : b_end], (b_tag if b_tag in NOUN_TAGS else a_tag)
            else:
                continue
            if right and right not in MEASURE_SUFFIXES:
                continue
            if left or right:
                out.setdefault(piece, tag)
    return out


def pieces(text: str) -> set[str]:
    """Every two-character Han piece of `text` not generic, and its Latin terms: what
    `distinctive_nouns` can return, found without the segmenter."""
    han = {text[i : i + 2] for i in range(len(text) - 1) if _HAN2.fullmatch(text[i : i + 2])}
    return {p for p in han if p not in _STOP} | _latin(text)


def words(text: str) -> set[str]:
    """Every word of `text` as the segmenter cuts it, and its Latin terms whole."""
    return {w for w, _ in tagged(text)} | set(_glued(text)) | _latin(text)


def _latin(text: str) -> set[str]:
    return {m.group() for m in _LATIN.finditer(text) if len(m.group()) >= 2}


def distinctive_nouns(text: str) -> set[str]:
    """The two-character nouns of `text` that name a subject rather than an area or an
    everyday thing: "生猪", "空域", "技改", "存量" — not "产业", "环境", "工匠", "宜春" — and its
    Latin terms ("5G", "VR"; one the plan repeats, like GDP, the caller's counts rule out)."""
    if _tagger() is None:
        return set()
    pairs = tagged(text)  # after the dictionary is loaded
    freq = _state.get("freq") or {}
    out = set()
    for w, tag in [*pairs, *_glued(text).items()]:
        if tag in NOUN_TAGS and _HAN2.fullmatch(w) and w not in _STOP and freq.get(w, 0) <= COMMON_FREQ:
            out.add(w)
    return out | _latin(text)
