"""A word staff shorten, read as the documents print it in full: "婚检" (婚前医学检查), "电诈"
(电信网络诈骗), "两癌筛查" ("两癌"免费筛查), "俩癌" (两癌).

Staff shorten a term by keeping some of its characters in order, and the documents print only
the full term, so the word matches nothing and the answer is "not found" (rounds 33b, 33d, 35a–c).
No list of shortenings can keep up with new ones; the documents themselves say what a shortened
word stands for. Only on the not-found path (a check of `answers.pipeline`), and strictly:
- a word of the question (jieba's, or two adjacent ones: "两癌"+"筛查") of two to four Chinese
  characters that no indexed report and no task prints; no part of a unit's, leader's or
  region's name, no joining or time word;
- a colloquial character the documents write otherwise ("俩" → 两, `core.colloquial_chars_data`)
  is put in their form first: that form printed is the reading;
- else the printed spans that hold the word's characters in order, the first starting the span,
  at most three characters between two of them (only Chinese characters and quotation marks:
  no figure, no stop, no 和/与/及/或 joining two things); each run of the word's characters must
  start a word of the printed clause (jieba's: 婚|前 医学 检|查, never 机|制 市|场 for 机场), a
  run of two or more never end on the head of a word that goes on (外资 is never 市外|资金:
  another subject), and the span ends
  with the word holding the last character ("婚前医学检查");
- one term across all documents is the reading: one distinct span, or spans that each hold the
  shortest one's characters in order (the shortest is read); two terms make no reading.
The question so read is asked again once; the answer is taken only when it prints every span
read (the figure it gives is of the thing read, not of a neighbour), with a note of each reading.
"""
from __future__ import annotations

import contextvars
from dataclasses import replace
from typing import Any, Callable, Iterable

from answers import backends as B
from answers.compose import Answer
from core import lazy_re as re
from core.colloquial_chars_data import colloquial_map
from prompts import answers as P

_CJK = re.compile(r"[\u4e00-\u9fff]+")
MIN_WORD, MAX_WORD = 2, 4
MAX_GAP = 3  # characters between two kept characters of the full term (婚[前医学]检)
MAX_EXTRA = 6  # characters of the span beyond the word's own
MAX_ROUNDS = 3  # a reading may open the next one (俩癌 → 两癌, then 两癌筛查 → "两癌"筛查)
# between two kept characters: Chinese characters and quotation marks, never a word joining two
# things (a span over "A和B" mixes two subjects)
_GAP = r"(?:(?![和与及或])[\u4e00-\u9fff“”‘’《》])"
# jieba's tags of words that name no thing: time, pronoun, numeral, particle, preposition,
# conjunction, locative, adverb, modal, interjection, onomatopoeia, punctuation
_NO_THING_TAGS = ("t", "r", "m", "u", "p", "c", "f", "d", "y", "e", "o", "x", "q")
# characters that join words or ask ("里" of "报告里"): never part of a shortened word
_GLUE = frozenset("里中的了是在和与及或要把让对为有个年月日多少几那这哪啥吗呢吧啊呀嘛哦着过来说讲写提到从向给就都也还又谁")
_CLAUSE_STOPS = re.compile(r"[，。；：！？、\n]")
_reading = contextvars.ContextVar("abbreviated_words_reading", default=False)


def question_words(question: str) -> list[tuple[int, str, bool]]:
    """(start, text, names a thing) for the question's words: jieba's words, with runs of single
    characters that name a thing ("两"+"癌") joined into one."""
    from answers.review_words import tagged

    out: list[tuple[int, str, bool]] = []
    singles = False  # the last unit is a run of single characters
    at = 0
    for word, tag in tagged(question):
        start = question.find(word, at)
        if start < 0:
            return out
        at = start + len(word)
        single = len(word) == 1 and _CJK.fullmatch(word) is not None and word not in _GLUE
        if single and singles and out[-1][0] + len(out[-1][1]) == start:
            prev = out.pop()
            out.append((prev[0], prev[1] + word, True))
            continue
        thing = _CJK.fullmatch(word) is not None and not set(word) & _GLUE and \
            (single or not tag.startswith(_NO_THING_TAGS))
        out.append((start, word, thing))
        singles = single
    return out


def candidates(question: str, printed: Callable[[str], bool], *, joined: bool = False
               ) -> list[tuple[int, str, tuple[str, ...]]]:
    """(start, word) for each word of the question no document prints (module doc): a word of
    two to four characters, or, with `joined`, two adjacent printed words whose join is printed
    nowhere. Each with the words it is made of."""
    units = question_words(_masked(question))
    out: list[tuple[int, str, tuple[str, ...]]] = []
    for k, (start, text, thing) in enumerate(units):
        if not thing:
            continue
        if MIN_WORD <= len(text) <= MAX_WORD and not printed(text):
            after = units[k + 1] if k + 1 < len(units) else None
            if after and after[2] and len(after[1]) == 1 and after[0] == start + len(text) \
                    and len(text) + 1 <= MAX_WORD:
                # a character the segmenter left alone after an unknown word ("普惠托"+"位") is its end
                out.append((start, text + after[1], (text, after[1])))
            else:
                out.append((start, text, (text,)))
            continue
        if joined and k + 1 < len(units):
            n_start, n_text, n_thing = units[k + 1]
            joined = text + n_text
            if n_thing and n_start == start + len(text) and MIN_WORD + 1 <= len(joined) <= MAX_WORD \
                    and printed(text) and printed(n_text) and not printed(joined) \
                    and not printed(text[-1] + n_text[0]):
                out.append((start, joined, (text, n_text)))
    return out


def _masked(question: str) -> str:
    """The question with its question words, fillers and the registry's words (多少, 那条, 牵头)
    blanked, places kept: what is asked about is all a shortened word can be."""
    from core.ask_words_data import FILLERS, OWNER_WORDS, QUESTION_WORDS, REQUEST_FRAMING, words_pattern

    pattern = words_pattern((*REQUEST_FRAMING, *OWNER_WORDS, *QUESTION_WORDS, *FILLERS))
    return pattern.sub(lambda m: " " * len(m.group(0)), question)


def span_pattern(word: str, *, lazy: bool = True) -> str:
    """The word's characters in order, each a group, at most `MAX_GAP` characters between two;
    `lazy`: each character at its first place, else at its last (托 of "托育托位" for "托位")."""
    gap = f"{_GAP}{{0,{MAX_GAP}}}" + ("?" if lazy else "")
    return "".join(f"({re.escape(c)})" if i == 0 else f"{gap}({re.escape(c)})" for i, c in enumerate(word))


def printed_span(word: str, clause: str, start: int, segment: Callable[[str], list[str]]) -> str | None:
    """The span of `clause` from `start` that `word` shortens, or None when the word's characters
    do not each start a word of the clause there (module doc)."""
    bounds: list[tuple[int, int]] = []
    at = 0
    for w in segment(clause):
        bounds.append((at, at + len(w)))
        at += len(w)
    starts, ends = {s for s, _ in bounds}, {e for _, e in bounds}
    places = next((p for p in (_places(word, clause, start, lazy) for lazy in (True, False))
                   if p and _words_kept(p, starts, ends)), None)
    if places is None:
        return None
    end = next((e for s, e in bounds if s <= places[-1] < e), places[-1] + 1)
    span = clause[places[0]:end]
    if len(span) > len(word) + MAX_EXTRA or not _CJK.match(span[-1]):
        return None
    if "”" in span and "“" not in span and places[0] > 0 and clause[places[0] - 1] == "“":
        span = "“" + span  # a quoted term keeps its opening mark ("两癌"筛查)
    return span


def _words_kept(places: list[int], starts: set[int], ends: set[int]) -> bool:
    """Each run of kept characters starts a word of the clause, and a run of two or more (a word
    typed whole: "外资") never ends on the head of a word that goes on: "外资增长" is never
    "市外|资金增长" (funds from outside); a word that only grows a suffix stays ("普惠" of 普惠性)."""
    runs: list[list[int]] = []
    for q in places:
        if runs and runs[-1][-1] == q - 1:
            runs[-1].append(q)
        else:
            runs.append([q])
    return all(run[0] in starts and (len(run) == 1 or run[-1] not in starts or run[-1] + 1 in ends)
               for run in runs)


def _places(word: str, clause: str, start: int, lazy: bool) -> list[int]:
    m = re.compile(span_pattern(word, lazy=lazy)).match(clause, start)
    return [m.start(g) for g in range(1, len(word) + 1)] if m else []


def _clauses(texts: Iterable[str], pattern: str) -> list[tuple[str, int]]:
    """(clause, match start) of each match of `pattern` in the texts, cut at clause stops."""
    out: list[tuple[str, int]] = []
    for text in texts:
        for clause in _CLAUSE_STOPS.split(text):
            out += [(clause, m.start()) for m in re.finditer(pattern, clause)]
    return out


def read_shortened(question: str, *, printed: Callable[[str], bool],
                   clauses: Callable[[str, str], list[tuple[str, int]]], names: str,
                   segment: Callable[[str], list[str]], joined: bool = False) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The question with each shortened word put in the one form the documents print, and
    (typed, read) for each (module doc). `clauses(word, pattern)` gives the printed clauses
    where `pattern` matches and the match's start; `names` every unit, leader and region name;
    `joined`: two adjacent words are read too ("两癌"+"筛查")."""
    colloquial = colloquial_map()
    text = question or ""
    read: list[tuple[str, str]] = []
    for _ in range(MAX_ROUNDS):
        found = None
        for start, word, parts in candidates(text, printed, joined=joined):
            if any(len(part) >= MIN_WORD and part in names for part in parts):
                continue  # a name typed otherwise is the names' repair (answers.local_names, core.synonyms)
            form = _reading_of(word, colloquial, printed, clauses, segment)
            if form is not None and form not in names:
                found = (start, word, form)
                break
        if found is None:
            break
        start, word, form = found
        text = text[:start] + form + text[start + len(word):]
        read = _chained(read, word, form)
    return text, tuple(read)


def _reading_of(word: str, colloquial: dict[str, str], printed: Callable[[str], bool],
                clauses: Callable[[str, str], list[tuple[str, int]]],
                segment: Callable[[str], list[str]]) -> str | None:
    spoken = "".join(colloquial.get(c, c) for c in word)
    if spoken != word and printed(spoken):
        return spoken
    pattern = span_pattern(spoken)
    spans = {s for clause, at in clauses(spoken, pattern)
             for s in [printed_span(spoken, clause, at, segment)] if s}
    return _one_term(spans)


def _one_term(spans: set[str]) -> str | None:
    """The shortest span when every other holds its characters in order ("“两癌”筛查" in a
    report, "“两癌”免费筛查" in the table: one term, written out more or less); None when two
    spans are two terms (医疗保障, 医疗保险)."""
    if not spans:
        return None
    shortest = min(spans, key=lambda s: (len(s), s))
    if any(not _in_order(shortest, s) for s in spans):
        return None
    return shortest


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _chained(read: list[tuple[str, str]], word: str, form: str) -> list[tuple[str, str]]:
    """A reading of a word that holds an earlier reading is said from what was typed
    (俩癌 → 两癌, then 两癌筛查 → "两癌"筛查: 俩癌筛查 → "两癌"筛查)."""
    out: list[tuple[str, str]] = []
    typed = word
    for before, after in read:
        if after in typed:
            typed = typed.replace(after, before, 1)
        else:
            out.append((before, after))
    return [*out, (typed, form)]


def _segment(clause: str) -> list[str]:
    """jieba's words of the clause, a long word made of two-character dictionary words cut into
    them (食品安全 → 食品|安全: "食安" keeps the first character of each)."""
    from answers.review_words import in_dictionary, tagged

    out: list[str] = []
    for word, _ in tagged(clause):
        halves = [word[i:i + 2] for i in range(0, len(word), 2)]
        if len(word) >= 4 and len(word) % 2 == 0 and all(in_dictionary(h) for h in halves):
            out += halves
        else:
            out.append(word)
    return out


def _names(ctx: Any) -> str:
    from answers.heard_words import names_text

    return names_text(ctx)


def _printed_clauses(ctx: Any, word: str, pattern: str) -> list[tuple[str, int]]:
    reports = [(clause, start) for clause, start, _ in B.clauses_matching(ctx, pattern)]
    return reports + _clauses(B.task_texts_with(ctx, word), pattern)


def _answer_prints(ans: Answer, span: str) -> bool:
    """The answer (its text or a task it lists) prints the term read: the span's characters in
    order, as `span_pattern` reads a shortened word ("“两癌”免费筛查" for "“两癌”筛查")."""
    pattern = re.compile(span_pattern(span.strip("“”")))
    texts = [ans.answer, *(str(t.get("text") or "") for t in ans.tasks)]
    return any(pattern.search("".join(t.split())) for t in texts)


def shortened_checked(ctx: Any, question: str, ans: Answer, sub: Callable[[str], Answer]) -> Answer:
    """A not-found answer asked again with each shortened word read as the documents print it
    in full; the new answer, with a note of each reading, when it prints what was read."""
    if ans.intent != "none" or _reading.get() or not _CJK.search(question or ""):
        return ans
    from answers.review_words import available

    if not available():
        return ans
    names = _names(ctx)
    tried = question
    # words first; two adjacent words joined ("两癌"+"筛查") only when the words alone find nothing
    for joined in (False, True):
        text, read = read_shortened(
            question, printed=lambda w: B.text_holds(ctx, w) or B.tasks_hold(ctx, w),
            clauses=lambda word, pattern: _printed_clauses(ctx, word, pattern), names=names, segment=_segment,
            joined=joined)
        if not read or text == tried:
            continue
        tried = text
        token = _reading.set(True)
        try:
            again = sub(text)
        finally:
            _reading.reset(token)
        if again.intent != "none" and all(_answer_prints(again, form) for _, form in read):
            notes = "".join(P.WORD_SHORTENED_AS.format(typed=typed, read=form) for typed, form in read)
            return replace(again, answer=notes + "\n" + again.answer)
    return ans
