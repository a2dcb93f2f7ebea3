"""One function answers every question: `ask(ctx, question, *, region=None, today=None)`.

`ask` reads what is said around the question: side requests about the source or 口径
(`answers.side_requests`), a frame ("群里说X…，报告里写的是多少", `answers.framing`), a 公文
request with its background (`answers.clause_roles`), checks trailing an ask
(`answers.trailing_checks`). The question itself goes through `answers.pipeline`: its steps in
order (rewrites, then classes answered outright), then the answer by intent (`answers.by_intent`:
the task registry, the reports, the documents' own facts), then the checks. The answer is
extractive; when the documents do not hold the answer, the intent is "none" and the text says
so, with what the documents do hold when that helps; a figure is never made up.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from answers.bracketed import place_in_brackets, source_in_brackets
from answers.claims import checked
from answers.clause_roles import framed, request_asked, request_of
from answers.corrections import tail_corrected
from answers.compose import Answer, source_line
from answers.framing import read_frame, with_verdict
from answers.noun_asks import asked_by_nouns
from answers.pipeline import MAX_QUESTION_CHARS, Turn, answer
from answers.side_requests import read_side_requests
from answers.trailing_checks import trailing_parts
from answers.understanding import understand
from core.spoken import standard_asks


def ask(ctx: Any, question: str, *, region: str | None = None, today: dt.date | None = None) -> Answer:
    """Answer `question`; `region` is the chat's default region (what "我市" means). A figure
    the question pastes to be traced is one the answer's sentence holds, or "not found"
    (`answers.claims`)."""
    question = standard_asks(question or "")  # "要涨好多" / "是哪个作的": regional question words
    # "X去年是多少 不对 要今年1到9月的": the correction said last, before any clause is read as a side note
    question = tail_corrected(question)
    side = read_side_requests(question)  # "…？请注明出自哪份报告" / "不是全省的是南昌的"
    # (read again, the question read is itself: asking it cannot come back here with another)
    if side.question != (question or "").strip() and read_side_requests(side.question).question == side.question:
        # the item asked without the clauses about its source, 口径 or scope; the question as
        # typed only when that finds nothing and no clause chose the scope
        first = ask(ctx, side.question, region=region, today=today)
        if first.intent != "none" or side.scoped:
            return first

    # "群里说X…，报告里写的是多少"; "我市（南昌）" is 南昌; "X的个数和Y的投资额"
    frame = read_frame(source_in_brackets(place_in_brackets(question)))
    frame = replace(frame, question=asked_by_nouns(frame.question))
    # "为做好X督查，烦请提供Y": Y is asked. The request with its items each asked as a plain question asks them, then the request as
    # it is written (a definition or a list asked is no figure to split into items)
    requests = [r for r in dict.fromkeys((request_asked(frame.question), request_of(frame.question))) if r is not None]
    if requests and framed(frame.question):
        # a background or a purpose around the request: the request is the question, the
        # question as written only when the request alone finds nothing
        for request in requests:
            first = _ask(ctx, asked_by_nouns(request), region=region, today=today)
            if first.intent != "none":
                return with_verdict(frame, checked(request, first))
    ans = _ask(ctx, frame.question, region=region, today=today)
    # a part of the message asked alone when the whole finds nothing (`answers.trailing_checks`):
    # "X咋样了 创成没" its subject's part; "…那个普惠金改那块的" without the locator, which the passage
    # quoted must hold; "南昌报告里说发展四首经济 四首是哪四个" the ask after a statement
    for part, held in trailing_parts(frame.question):
        if ans.intent != "none" or ans.settled:
            break
        alone = _ask(ctx, part, region=region, today=today)
        if alone.intent != "none" and (not held or _quotes(alone, held)):
            ans = alone
    if ans.intent == "none" and not ans.settled and requests and not framed(frame.question):
        for request in requests:
            again = _ask(ctx, asked_by_nouns(request), region=region, today=today)
            if again.intent != "none":
                frame, ans = replace(frame, question=request), again
                break
    return with_verdict(frame, checked(frame.question, ans))


def _quotes(ans: Answer, words: str) -> bool:
    """Whether the answer (its text or a source it quotes) holds `words`, or a two-character part of them."""
    held = ans.answer + "".join(str(s.get("text", "")) for s in (ans.sources or []) if isinstance(s, dict))
    held = "".join(held.split())
    return words in held or any(words[i:i + 2] in held for i in range(len(words) - 1))


def _ask(ctx: Any, question: str, *, region: str | None = None, today: dt.date | None = None) -> Answer:
    """The question through the steps of `answers.pipeline`, in their order."""
    today = today or ctx.today()
    return answer(Turn(ctx, question, question, region, today,
                       sub=lambda sub: _ask(ctx, sub, region=region, today=today),
                       again=lambda follow: ask(ctx, follow, region=region, today=today)))


__all__ = ["MAX_QUESTION_CHARS", "Answer", "ask", "understand", "source_line"]
