"""Words of a heading asked with an item that stands under it: "民生实事里头充电桩今年新增多少个"
(the report: "集中财力办好十件民生实事：……八是新增公共充电桩2万个；……"), "两癌筛查今年民生
实事里是多少人" (round 33c, 35c).

A report names a list once, in its heading or lead-in ("办好十件民生实事。", "…民生实事："),
and its items never repeat it; staff say where the item stands ("民生实事里") and the words of
the heading count against every item, so the item's sentence seems to lack half the question.
Only on the not-found path (a check of `answers.pipeline`), and strictly:
- a run of the question's words (`answers.abbreviated_words.question_words`) that a heading of
  the reports prints: a section title, a paragraph's short opening sentence, a list's lead-in
  before its colon (`retrieval.search.heading_holds`); two to eight characters when a word of
  place follows ("民生实事里", "…里头", "…中"), else four or more; those with a word of place
  first, then the longest;
- the question is asked again without that run (and its word of place), once or twice; what
  remains must still name a thing;
- the answer is taken only when the clause it quotes stands under a heading printing the run
  (in its paragraph, before it, or in its section's title), or the task it gives stands in a
  section so titled: the item is the heading's, not another of the same name elsewhere.
"""
from __future__ import annotations

import contextvars
from typing import Any, Callable

from answers.abbreviated_words import question_words
from answers.compose import Answer
from answers import backends as B
from core import lazy_re as re
from core.loose_phrases import printed_loosely

MIN_RUN, MAX_RUN = 2, 8
MIN_BARE_RUN = 4  # a run no word of place follows is a heading's only when this long ("民生实事")
MAX_TRIES = 2
# words of place after a heading's words: "民生实事里", "…里头", "…当中"
_PLACE = re.compile(r"^(?:里头|里面|里边|当中|之中|方面|这块|部分|里|中)")
_reading = contextvars.ContextVar("heading_words_reading", default=False)


def heading_runs(question: str, in_heading: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of the question's words a heading prints, in the order to try
    them: a run a word of place follows first, then the longer; runs inside a longer one left out."""
    words = question_words(question)
    found: list[tuple[int, int]] = []
    for i, (start, text, thing) in enumerate(words):
        if not thing:
            continue
        end = start + len(text)
        for j in range(i, len(words)):
            s_j, t_j, thing_j = words[j]
            if j > i and (not thing_j or s_j != end):
                break
            end = s_j + len(t_j)
            placed = _PLACE.match(question[end:]) is not None
            if (MIN_RUN if placed else MIN_BARE_RUN) <= end - start <= MAX_RUN and in_heading(question[start:end]):
                found.append((start, end))
    kept = [(s, e) for s, e in found if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in found)]
    return sorted(kept, key=lambda r: (not _PLACE.match(question[r[1]:]), -(r[1] - r[0]), r[0]))[:MAX_TRIES]


def without_run(question: str, start: int, end: int) -> str:
    """The question without the run and the word of place after it."""
    rest = question[end:]
    m = _PLACE.match(rest)
    # the list's count said before its name ("十件实事里"): a word of the heading too
    before = _COUNT_BEFORE.sub("", question[:start])
    return (before + (rest[m.end():] if m else rest)).strip()


_COUNT_BEFORE = re.compile(r"[一二三四五六七八九十百两\d]{1,3}(?:件|项|个|条|大|类)$")


def _names_thing(text: str) -> bool:
    return any(thing and len(word) >= 2 for _, word, thing in question_words(text))


def stands_under(run: str, chunk: str, clause: str, section: str) -> bool:
    """Whether `clause` of the chunk stands under a heading printing `run`: its section's title,
    or a heading of its paragraph before it (`retrieval.search.headings`)."""
    from retrieval.search import headings  # BM25's module: only once an answer is checked

    if printed_loosely(run, re.sub(r"\s+", "", section or "")):
        return True
    key = re.sub(r"\s+", "", clause or "")
    paragraphs = (chunk or "").split("\n")
    for i, paragraph in enumerate(paragraphs):
        flat = re.sub(r"\s+", "", paragraph)
        at = flat.find(key) if key else -1
        if at < 0:
            continue
        if any(printed_loosely(run, h) and 0 <= flat.find(h) < at for h in headings(paragraph)):
            return True
        if _lead_in_before(run, paragraphs[:i + 1]):
            return True
    return False


_LIST_ITEM = re.compile(r"^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}是)")


def _lead_in_before(run: str, paragraphs: list[str]) -> bool:
    """"今年，市政府将继续办好十件民生实事：" above "（1）…（3）…" one a line (round 54c): the item's
    paragraph and those before it are numbered items of one list, and the line opening the list
    ends with a colon and prints the run."""
    i = len(paragraphs) - 1
    while i >= 0 and _LIST_ITEM.match(paragraphs[i]):
        i -= 1
    if i < 0 or i == len(paragraphs) - 1:
        return False
    lead = re.sub(r"\s+", "", paragraphs[i])
    return lead.endswith(("：", ":")) and printed_loosely(run, lead)


_GENERIC_RUNS = frozenset({"重点工作", "重点任务", "主要任务", "政府工作", "工作报告", "重点工作任务"})


def _under_heading(ans: Answer, run: str) -> bool:
    """The answer's quoted clause (or the task it gives) stands under a heading printing `run`."""
    if ans.tasks:
        return all(printed_loosely(run, str(t.get("section") or "")) or printed_loosely(run, str(t.get("plan_title") or ""))
                   for t in ans.tasks)
    if run not in _GENERIC_RUNS and ans.sources and all(printed_loosely(run, str(s.get("title") or "")) for s in ans.sources):
        # the whole document is of that heading ("…民生实事项目清单", round 64g); "重点工作" names
        # every plan and notice, no heading of one
        return True
    if not ans.evidence:
        return False
    chunks = [(str(s.get("text") or ""), str(s.get("section") or "")) for s in ans.sources]
    return all(any(stands_under(run, text, e.clause, e.section or section) for text, section in chunks)
               for e in ans.evidence)


def _heading_quoted(ans: Answer, run: str, rest: str) -> bool:
    """Whether the answer quotes the heading's own sentence for the item ("民生实事里停车位…" answered
    by "集中财力办好10件民生实事", round 52b): a clause holding the run and no other word asked."""
    words = {w for _, w, thing in question_words(rest) if thing and len(w) >= 2}
    # a clause stating a figure in the very unit asked ("…进展情况：已完成建设16.2万亩" for "建成多少
    # 万亩") is the item's own, not its heading's ("办好10件民生实事" for "停车位新增多少个")
    unit = _UNIT_ASKED.search(rest)
    own = re.compile(r"\d\s*" + re.escape(unit.group(1))) if unit else None
    return any(printed_loosely(run, ev.clause) and not any(w in ev.clause for w in words)
               and not (own and own.search(ev.clause)) for ev in ans.evidence)


_UNIT_ASKED = re.compile(r"(?:多少|几)\s*((?:万|亿|千)?[\u4e00-\u9fff]{1,2}?)(?:了|呢|啊|吗|？|\?|$|\s)")


def heading_checked(ctx: Any, question: str, ans: Answer, sub: Callable[[str], Answer]) -> Answer:
    """A not-found answer (or one quoting the heading's own sentence) asked again without the words
    naming the heading its item stands under; the new answer when its clause stands under that
    heading (module doc)."""
    if _reading.get() or not question or (ans.intent != "none" and not ans.evidence):
        return ans
    from answers.review_words import available

    if not available():
        return ans
    for start, end in heading_runs(question, lambda w: B.heading_holds(ctx, w)):
        text = without_run(question, start, end)
        if not _names_thing(text):
            continue
        if ans.intent != "none" and not _heading_quoted(ans, question[start:end], text):
            continue  # an answer of the item itself, not of the heading's own sentence
        token = _reading.set(True)
        try:
            again = sub(text)
        finally:
            _reading.reset(token)
        if again.intent != "none" and _under_heading(again, question[start:end]):
            return again
    return ans
