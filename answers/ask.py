"""One function answers every question: `ask(ctx, question, *, region=None, today=None)`.

Routing is by rules (`answers.question`): owner / unit / leader / task / status questions go
to the task registry (`answers.registry_answers`), target and fact questions to the reports
(`answers.report_facts`; several asks at once in `answers.multipart`; several regions in
`answers.regions_fanout`), facts about a document to `answers.document_facts`. The answer is
extractive; when the documents do not hold the answer, the intent is "none" and the text says
so, with what the documents do hold when that helps; a figure is never made up.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.compose import Answer, source_line
from answers.document_facts import document_facts_answer, with_document_facts
from answers.multipart import per_ask, per_region, separate_asks, separate_subjects
from answers.regions_fanout import across_regions
from answers.registry_answers import (
    owner_answer,
    plan_count_answer,
    status_answer,
)
from answers.question import as_figure
from answers.unit_roles import leader_tasks_read, unit_tasks_read
from answers.understanding import understand
from prompts import answers as P

# A question longer than this is a pasted page, not a question: refused before any search.
MAX_QUESTION_CHARS = 200


def ask(ctx: Any, question: str, *, region: str | None = None, today: dt.date | None = None) -> Answer:
    """Answer `question`; `region` is the chat's default region (what "我市" means). A figure
    the question pastes to be traced is one the answer's sentence holds, or "not found"
    (`answers.claims`)."""
    from answers.claims import checked
    from answers.framing import read_frame, with_verdict  # "群里说X…，报告里写的是多少"
    from answers.side_requests import read_side_requests  # "…？请注明出自哪份报告" / "不是全省的是南昌的"

    side = read_side_requests(question)
    # (read again, the question read is itself: asking it cannot come back here with another)
    if side.question != (question or "").strip() and read_side_requests(side.question).question == side.question:
        # the item asked without the clauses about its source, 口径 or scope; the question as
        # typed only when that finds nothing and no clause chose the scope
        first = ask(ctx, side.question, region=region, today=today)
        if first.intent != "none" or side.scoped:
            return first

    from answers.noun_asks import asked_by_nouns  # "X的个数和Y的投资额"

    from answers.bracketed import place_in_brackets  # "我市（南昌）" is 南昌

    frame = read_frame(place_in_brackets(question))
    frame = replace(frame, question=asked_by_nouns(frame.question))
    from answers.clause_roles import framed, request_asked, request_of  # "为做好X督查，烦请提供Y": Y is asked

    # the request with its items each asked as a plain question asks them, then the request as
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
    from answers.trailing_checks import first_ask  # "X咋样了 创成没": the checks name no subject

    if ans.intent == "none" and (first := first_ask(frame.question)) is not None:
        alone = _ask(ctx, first, region=region, today=today)
        ans = alone if alone.intent != "none" else ans
    if ans.intent == "none" and requests and not framed(frame.question):
        for request in requests:
            again = _ask(ctx, asked_by_nouns(request), region=region, today=today)
            if again.intent != "none":
                frame, ans = replace(frame, question=request), again
                break
    return with_verdict(frame, checked(frame.question, ans))


def _ask(ctx: Any, question: str, *, region: str | None = None, today: dt.date | None = None) -> Answer:
    today = today or ctx.today()
    if len((question or "").strip()) > MAX_QUESTION_CHARS:
        return Answer(P.NONE_TOO_LONG.format(limit=MAX_QUESTION_CHARS), "none")
    from answers.document_named import document_named  # "省政府2022年1月作的那个报告" = 2022's

    from answers.figure_choice import figure_offered, rough_figures  # "十一块金牌还是十二块" asks the count

    from answers.local_names import local_names  # "三实小" / "市二院" / "石桥到大岭那条路": the documents' names
    from answers.plan_named import plan_named  # "分工表", "任务分解表": the responsibility plan

    offered = rough_figures(question)  # "七百多公里？": checked against the answer (answers.stated_figures)
    from answers.title_asks import title_asked  # "拿了个啥国字号的牌子": a title's name asked

    named = local_names(title_asked(question), held=lambda phrase: B.text_holds(ctx, phrase))  # "市一院": as printed
    question = figure_offered(document_named(plan_named(named)))
    from answers.described_units import with_unit_named  # "管交通的那个厅": the unit it names

    question, asked_back = with_unit_named(ctx, question)
    if asked_back is not None:
        return asked_back
    from answers.target_actual import anchored, verdict_answer  # "23年X目标完成了没": target, actual, verdict

    question = anchored(ctx, question, region)  # "去年…今年…（按24年报告）", "两年的目标"
    from answers.unmet_targets import unmet_answer  # "去年哪几项指标没完成": targets against the review

    if (misses := unmet_answer(ctx, question, region=region, today=today)) is not None:
        return misses
    from answers.reasons import reason_answer  # "为啥X没能按期完成": a reason given, or none written

    if (why := reason_answer(ctx, question, lambda sub: _ask(ctx, sub, region=region, today=today),
                             region=region, today=today)) is not None:
        return why
    if (verdict := verdict_answer(ctx, question, lambda sub: _ask(ctx, sub, region=region, today=today),
                                  region=region, today=today)) is not None:
        return verdict
    from answers.review_ask import review_answer  # "2021年的X兑现了吗": the commitment check

    if (checked := review_answer(ctx, question, region=region, today=today)) is not None:
        return checked
    from answers.quoted import quoted_answer  # "…X,Y 这条具体指标多少" / "X 这句话出自哪个文件"

    again = lambda follow: ask(ctx, follow, region=region, today=today)  # noqa: E731
    if (pasted := quoted_answer(ctx, question, today, again)) is not None:
        return pasted
    from answers.back_reference import back_reference_answer  # "那份报告是哪年的？按它说的…"

    if (both := back_reference_answer(ctx, question, again)) is not None:
        return both
    from answers.absent_leader import absent_leader_answer  # "叶建春省长牵头哪几条": leads none

    if (absent := absent_leader_answer(ctx, question)) is not None:
        return absent
    from answers.progress_asks import progress_split, with_progress_note  # "X是多少吨弄到哪一步了"

    if (figure_asked := progress_split(question)) is not None:
        alone = _ask(ctx, figure_asked, region=region, today=today)
        if alone.intent != "none":
            return with_progress_note(alone)
    from answers.definition_parts import definition_parts  # "X是个啥 三年要引多少人"

    if (parts := definition_parts(question)) is not None:
        defined = _ask(ctx, parts.definition, region=region, today=today)
        if defined.intent != "none":
            return _with_figure(defined, _ask(ctx, parts.figure, region=region, today=today) if parts.figure else None)
    # --- s12f: answer kinds that are not a single figure (an item by its place, a stage) ---
    from answers.not_a_figure import not_a_figure_answer  # "10件民生实事第9件是啥" / "X今年要干到啥程度"

    if (read := not_a_figure_answer(ctx, question)) is not None:
        return read
    # --- end s12f ---
    from answers.launch_year import launch_year_answer  # "X是哪年推出来的": the year before its verb

    if (launched := launch_year_answer(ctx, question)) is not None:
        return launched
    from answers.owner_parts import owner_parts  # "今年X目标多少？Y那条谁牵头": each part asked

    if (two := owner_parts(question)) is not None:
        return _each_answered(ctx, two.asks, region=region, today=today)
    from answers.promises import promise_words_dropped  # "报告里有没有承诺X？多少家？"

    q, docs = understand(ctx, promise_words_dropped(question), region=region)
    if not q.text:
        return Answer(P.NONE_EMPTY_QUESTION, "none")
    if q.intent in ("owner", "task"):
        ans = owner_answer(ctx, q, today, docs)
    elif q.intent == "unit_tasks":
        ans = unit_tasks_read(ctx, q, today, docs)
    elif q.intent == "plan_count":
        ans = with_document_facts(ctx, q, plan_count_answer(ctx, q, today))
    elif q.intent == "leader_tasks":
        ans = leader_tasks_read(ctx, q, today)
    elif q.intent == "status" and _reports_not_registry(q, docs):
        ans = with_document_facts(ctx, q, _from_reports(ctx, as_figure(q), docs, today, region))
    elif q.intent == "status":
        ans = status_answer(ctx, q, today)
        if ans.intent == "none" and q.status_what == "due" and not ans.tasks:
            # no task of that name: the reports may still say when ("昌景黄高铁什么时候通车")
            ans = _from_reports(ctx, replace(q, intent="fact"), docs, today, region)
        if q.status_what == "due":
            from answers.moved_deadline import with_moved_note  # "X延期到哪年": no moved time is written

            ans = with_moved_note(q.text, ans)
    elif q.meta:
        ans = document_facts_answer(ctx, q)
    elif re.search(r"(牵头|分管|配合单位|责任单位)", q.text) and B.registry_empty(ctx, today):
        ans = Answer(P.NONE_NO_REGISTRY, "none")
    else:
        ans = with_document_facts(ctx, q, _from_reports(ctx, q, docs, today, region))
    from answers.stated_figures import with_rough_verdict

    ans = with_rough_verdict(offered, ans)
    from answers.ordinals import ordinal_checked  # "算力中心二期" is never answered by "算力中心一期"

    ans = ordinal_checked(question, ans)
    # The optional model phrases only what can be checked: figures against the evidence
    # clause, owners against the registry (answers/grounding.py); anything else stays extractive.
    if ans.intent in ("fact", "target", "owner", "task") and ctx.settings.llm_enabled:
        from answers.llm import rephrase

        ans = rephrase(ctx, q.text, ans)
    return ans


def _each_answered(ctx: Any, asks: tuple[str, ...], *, region: str | None, today: dt.date) -> Answer:
    """Asks of different kinds, each answered as its own question, in the order asked; a part
    not found says so in its place (never dropped, never filled from another part)."""
    answers = [_ask(ctx, a, region=region, today=today) for a in asks]
    found = [a for a in answers if a.intent != "none"]
    if not found:
        return answers[0]
    return Answer(P.PARTS_SEP.join(a.answer for a in answers), found[0].intent,
                  [s for a in found for s in a.sources], tasks=[t for a in found for t in (a.tasks or [])],
                  evidence=[e for a in found for e in a.evidence])


_TASK_UNITS = ("项", "条", "件")
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,2})")


def _with_figure(defined: Answer, figure: Answer | None) -> Answer:
    """A definition, with the answer of a figure asked of the same term beside it when that
    states a figure the definition does not."""
    if figure is None or figure.intent == "none":
        return defined
    if all(f in defined.answer for f in _FIGURE.findall(figure.answer.partition("\n")[0])):
        return defined
    return replace(defined, answer=defined.answer + "\n" + figure.answer,
                   sources=[*defined.sources, *figure.sources], evidence=[*defined.evidence, *figure.evidence])


def _reports_not_registry(q: Any, docs: list[B.Doc]) -> bool:
    """"南昌市2023年老旧小区改造的完成情况，共改造了多少个": a task's progress is asked only
    when a loaded plan can hold it. A region or year named that no plan covers, or a figure
    asked of the work ("多少个"), is a result the reports' review gives, not a task status."""
    if q.status_what != "progress" or q.code:
        return False
    plans = [d for d in docs if d.kind == "plan"]
    if q.years.explicit and not any(d.year in q.years.explicit for d in plans):
        return True
    if q.region.mentioned and not q.region.default_used and not any(d.region == q.region.name for d in plans):
        return True
    return bool(q.unit_asked and q.unit_asked not in _TASK_UNITS and re.search(r"(多少|几)", q.text))


def _from_reports(ctx: Any, q: Any, docs: list[B.Doc], today: dt.date, region: str | None) -> Answer:
    """Named regions one by one; several asks one by one; else every region the question fits."""
    from answers.enumerated import answer_listed, listed_parts  # "X：A、B、C，分别多少"

    from answers.comparison import answer_compared, compared  # "…多少？比21年实际的多了还是少了"

    if (cmp := compared(q.text)) is not None:
        ans = answer_compared(ctx, q, cmp, docs, today, region)
        if ans is not None:
            return ans
    if listed := listed_parts(ctx, q, region=region):
        ans = answer_listed(ctx, q, listed, docs, today, region)
        if ans.intent != "none":
            return ans
    if q.also_regions:
        return per_region(ctx, q, docs, today)
    from answers.ellipsis import numbers_requested  # "…多少个？另请报出22年完成的数"

    parts = separate_asks(numbers_requested(q.text)) or separate_subjects(q.text)  # "X多少，Y多少" / "X和Y分别"
    if parts:
        ans = per_ask(ctx, q, parts, docs, today, region)
        if ans.intent != "none":
            return ans
    return across_regions(ctx, q, docs, today)


__all__ = ["Answer", "ask", "understand", "source_line"]
