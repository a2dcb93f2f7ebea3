"""The order in which a question is read, as one list: `STEPS`, then the answer by intent, then
`CHECKS`.

Each step handles one class of question, named with an example of it. A step either rewrites
the question for the steps after it (returns a `str`: "市一院" as the documents print it), or
answers it outright (returns an `Answer`: "去年哪几项指标没完成" is a list of targets against the
review), or passes (returns None). When no step answers, the question as rewritten is understood
(`answers.understanding.understand`) and answered by its intent (`answers.by_intent`); the
checks then read that answer against the question ("七百多公里？" gets its verdict, "二期" is never
answered by "一期"). The order matters: a rewrite serves every step below it, and an earlier
answer wins. A new class is one line in the list, at the place its example says it belongs.

`answers.ask.ask` reads what is said around the question (side requests, background, a 公文
request) and calls `answer` through `answers.ask._ask`; a step that asks a part of the question
again uses `Turn.sub` (these steps, same region and day) or `Turn.again` (from the top).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, Callable

from answers import backends as B
from core import lazy_re as re
from answers.absent_leader import absent_leader_answer
from answers.absent_unit import absent_unit_answer
from answers.abbreviated_words import shortened_checked
from answers.back_reference import back_reference_answer
from answers.bare_task_names import bare_task_checked
from answers.by_intent import answer_by_intent
from answers.compose import Answer
from answers.region_tasks import other_region_checked
from answers.covering_sentence import covering_checked
from answers.definition_parts import definition_parts, with_figure
from answers.described_units import with_unit_named
from answers.document_named import document_named
from answers.figure_followups import figure_followup_answer
from answers.figure_choice import figure_offered, rough_figures
from answers.figure_subjects import figure_subject_checked
from answers.glossary_details import glossary_detail_checked
from answers.glossary_parts import annex_entry_answer, glossary_part_answer
from answers.guessed_owner import guessed_owner, provincial_asked
from answers.heading_words import heading_checked
from answers.higher_level import higher_level_checked, province_asked_checked
from answers.heard_words import heard_checked
from answers.launch_year import launch_year_answer
from answers.leader_sounds import with_sound_note
from answers.local_names import local_names
from answers.milestone_asks import latest_progress_added, milestone_checked
from answers.name_parts import name_parts_answer
from answers.not_a_figure import not_a_figure_answer
from answers.noted_terms import noted_term_answer
from answers.offered_elsewhere import offered_found_checked
from answers.notice_asks import notice_answer
from answers.ordinals import ordinal_checked
from answers.own_shortcomings import shortcomings_answer
from answers.part_headings import part_headings_answer
from answers.place_asks import place_asks_answer
from answers.owner_parts import each_answered, owner_parts
from answers.plan_named import plan_named
from answers.plan_part_tasks import part_tasks_answer
from answers.plan_position import plan_position_answer
from answers.progress_asks import progress_split, with_progress_note
from answers.promises import promise_words_dropped
from answers.question import Question
from answers.quoted import quoted_answer
from answers.rank_asks import rank_checked
from answers.reasons import reason_answer
from answers.remarks import without_remarks
from answers.review_ask import review_answer
from answers.stated_figures import with_rough_verdict
from answers.stock_asks import stock_answer
from answers.sub_places import sub_place_checked
from answers.target_actual import anchored, verdict_answer
from answers.term_asks import term_after_phrase
from answers.title_asks import title_asked
from answers.understanding import understand
from answers.unit_as_subject import without_unit
from answers.unmentioned import unmentioned_checked
from answers.contacts import contact_answer
from answers.lagging_tasks import lagging_answer
from answers.unit_ledger import unit_ledger_answer
from answers.due_lists import due_list_answer
from answers.unmet_targets import unmet_answer
from prompts import answers as P

# A question longer than this is a pasted page, not a question: refused before any search.
MAX_QUESTION_CHARS = 200


@dataclass(frozen=True)
class Turn:
    """One question on its way through the steps, with what a step may read or ask again."""

    ctx: Any
    typed: str  # as it reached the steps: the rough figures it offers are read from this
    question: str  # as the steps before have rewritten it
    region: str | None  # the chat's default region (what "我市" means)
    today: dt.date
    sub: Callable[[str], Answer]  # a part asked through these steps, same region and day
    again: Callable[[str], Answer]  # a follow-up asked from the top (`answers.ask.ask`)


@dataclass(frozen=True)
class Step:
    """A class of question and what it does: a rewrite (`str`), an answer, or None to pass."""

    handles: str
    example: str
    run: Callable[[Turn], str | Answer | None]


@dataclass(frozen=True)
class Check:
    """A check of the answer by intent against the question; returns the answer, amended or not."""

    handles: str
    example: str
    run: Callable[[Turn, Question, Answer], Answer]


def _too_long(t: Turn) -> Answer | None:
    if len((t.question or "").strip()) > MAX_QUESTION_CHARS:
        return Answer(P.NONE_TOO_LONG.format(limit=MAX_QUESTION_CHARS), "none")
    return None


def _unit_named(t: Turn) -> str | Answer:
    question, asked_back = with_unit_named(t.ctx, t.question)
    return asked_back if asked_back is not None else question


def _figure_then_progress(t: Turn) -> Answer | None:
    """The figure asked alone, with a note that no step is written; else the whole, read on."""
    if (figure_asked := progress_split(t.question)) is None:
        return None
    alone = t.sub(figure_asked)
    return with_progress_note(alone) if alone.intent != "none" else None


def _definition_then_figure(t: Turn) -> Answer | None:
    """The definition, with the figure asked of the term when the definition does not state it."""
    if (parts := definition_parts(t.question)) is None:
        return None
    defined = t.sub(parts.definition)
    if defined.intent == "none":
        return None
    return with_figure(defined, t.sub(parts.figure) if parts.figure else None)


def _owner_parts(t: Turn) -> Answer | None:
    two = owner_parts(t.question)
    return each_answered(two.asks, t.sub) if two is not None else None


def _read_shortened(t: Turn, q: Question, ans: Answer) -> Answer:
    read = shortened_checked(t.ctx, t.question, ans, t.sub)
    return read if read is ans else unmentioned_checked(t.ctx, t.question, q, read)


def _phrased(t: Turn, q: Question, ans: Answer) -> Answer:
    """The optional model phrases only what can be checked: figures against the evidence clause,
    owners against the registry (answers/grounding.py); anything else stays extractive."""
    if ans.intent in ("fact", "target", "owner", "task") and t.ctx.settings.llm_enabled:
        from answers.llm import rephrase  # httpx and the model client: only when a model is configured

        return rephrase(t.ctx, q.text, ans)
    return ans


STEPS: tuple[Step, ...] = (
    Step("a pasted page", "a 200-character paste is refused before any search", _too_long),
    Step("remarks said in the ask", "…多少个 麻烦看下谢谢 / …多少 好像十几个亿 / …项目 就是票决那个几件",
         lambda t: without_remarks(t.question)),
    Step("a title's name asked", "拿了个啥国字号的牌子", lambda t: title_asked(t.question)),
    Step("a word of a phrase asked what it means", "南昌报告里的四首经济 四首是指啥 = 南昌报告里的 四首是指啥",
         lambda t: term_after_phrase(t.question)),
    Step("local names, as the documents print them", "三实小 / 市二院 / 石桥到大岭那条路",
         lambda t: local_names(t.question, held=lambda phrase: B.documents_print(t.ctx, phrase))),
    Step("the plan in staff words", "分工表 / 任务分解表", lambda t: plan_named(t.question)),
    Step("a plan's covering notice", "分工方案前面那个通知里对督查室有啥要求 / 通知里那个工作模式是哪几个化",
         lambda t: notice_answer(t.ctx, t.question, t.region, pointed_only=True)),
    Step("a numbered name's parts", "1269行动计划 12 6 9分别指什么", lambda t: name_parts_answer(t.question, t.sub)),
    Step("a report by when it was delivered", "省政府2022年1月作的那个报告 = 2022's", lambda t: document_named(t.question)),
    Step("two figures offered", "十一块金牌还是十二块 asks the count", lambda t: figure_offered(t.question)),
    Step("a unit guessed for a task", "X是环保厅管吗 / X那个 经信委牵头的？ / X归社保局还是医保局",
         lambda t: guessed_owner(t.question, lambda n: B.units_named(t.ctx, n), t.sub, provincial_asked(t.region))),
    Step("a unit described", "管交通的那个厅", _unit_named),
    Step("a unit as the doer of a counted fact", "去年市信访局化解了多少件信访积案",
         lambda t: without_unit(t.question, lambda text: B.units_in_text(t.ctx, text))),
    Step("years anchored to a report", "去年…今年…（按24年报告） / 两年的目标", lambda t: anchored(t.ctx, t.question, t.region)),
    Step("unmet targets", "去年哪几项指标没完成",
         lambda t: unmet_answer(t.ctx, t.question, region=t.region, today=t.today)),
    Step("a contact asked", "督查室通报的联系人是谁 电话多少 = the notice's 联系人 line",
         lambda t: contact_answer(t.ctx, t.question, region=t.region)),
    Step("a unit's rows of a ledger grouped by unit", "住建有没有滞后的 / 发改那几项现在咋样了 = the rows under 区住建局（共5项）",
         lambda t: unit_ledger_answer(t.ctx, t.question, region=t.region)),
    Step("lagging tasks", "上半年哪些任务滞后了 = the progress notice's rows marked 是否滞后：是",
         lambda t: lagging_answer(t.ctx, t.question, region=t.region)),
    Step("the report's own difficulties", "24年省报告里讲存在哪些困难和问题",
         lambda t: shortcomings_answer(t.ctx, t.question, region=t.region, today=t.today)),
    Step("what a report asks of a place", "24年省政府报告对赣州提的啥要求",
         lambda t: place_asks_answer(t.ctx, t.question, t.region)),
    Step("the headings under a part", "赣州23年报告重点抓的八个方面分别是啥 / 自身建设那部分的五个小标题",
         lambda t: part_headings_answer(t.ctx, t.question, region=t.region, today=t.today)),
    Step("a reason asked", "为啥X没能按期完成",
         lambda t: reason_answer(t.ctx, t.question, t.sub, region=t.region, today=t.today)),
    Step("a target against its actual", "23年X目标完成了没",
         lambda t: verdict_answer(t.ctx, t.question, t.sub, region=t.region, today=t.today)),
    Step("a commitment checked", "2021年的X兑现了吗",
         lambda t: review_answer(t.ctx, t.question, region=t.region, today=t.today)),
    Step("a pasted sentence", "…X,Y 这条具体指标多少 / X 这句话出自哪个文件",
         lambda t: quoted_answer(t.ctx, t.question, t.today, t.again)),
    Step("a back reference", "那份报告是哪年的？按它说的…", lambda t: back_reference_answer(t.ctx, t.question, t.again)),
    Step("a leader who leads none", "叶建春省长牵头哪几条", lambda t: absent_leader_answer(t.ctx, t.question)),
    Step("a unit that leads none", "省审计厅在分工方案里牵头哪几项", lambda t: absent_unit_answer(t.ctx, t.question, t.today)),
    Step("tasks by their deadline", "10月底前要完成的有哪些 / 时限写第三季度的是啥任务 / 民生那张表过了时限的有哪几项",
         lambda t: due_list_answer(t.ctx, t.question, t.today)),
    Step("a task by its place in the table", "第61项是什么任务 谁牵头", lambda t: plan_position_answer(t.ctx, t.question, t.today)),
    Step("the tasks of a part of the table", "第七部分“两山”转化通道那一节列了哪几条", lambda t: part_tasks_answer(t.ctx, t.question, t.today)),
    Step("a figure and its progress", "X是多少吨弄到哪一步了", _figure_then_progress),
    Step("a glossary entry by where it is listed", "24年省报告附件里列的那10件民生实事具体是哪些",
         lambda t: annex_entry_answer(t.ctx, t.question, t.sub)),
    Step("one part of a glossary entry", "红黄绿调度里黄色是啥标准",
         lambda t: glossary_part_answer(t.ctx, t.question)),
    Step("a noted term's measure", "一网通办率95.84% 这个率是什么口径算的",
         lambda t: noted_term_answer(t.ctx, t.question, region=t.region)),
    Step("a definition and more", "X是个啥 三年要引多少人", _definition_then_figure),
    Step("a stock asked", "规上工业企业现在总共多少家 = the review's 总数, never a target's count",
         lambda t: stock_answer(t.ctx, t.question, region=t.region, today=t.today)),
    Step("an answer that is not a single figure", "10件民生实事第9件是啥 / X今年要干到啥程度",
         lambda t: not_a_figure_answer(t.ctx, t.question)),
    Step("a launch year", "X是哪年推出来的", lambda t: launch_year_answer(t.ctx, t.question)),
    Step("a figure and an owner", "今年X目标多少？Y那条谁牵头", _owner_parts),
    Step("a figure, then its owner or deadline", "X新增多少个，哪个部门牵头 / X多长 要求几月底前开工",
         lambda t: figure_followup_answer(t.question, lambda n: B.units_named(t.ctx, n), t.sub)),
)

CHECKS: tuple[Check, ...] = (
    Check("a not-found ask one sentence covers", "那句“为政之要”原话是啥 / 洪漂引才去年吸引了多少人才",
          lambda t, q, ans: covering_checked(t.ctx, t.question, q, ans, t.today.year)),
    Check("a reporting rule only the notice states", "两个牵头单位的由谁汇总报送 / 季度进展几号前报",
          lambda t, q, ans: ans if ans.intent != "none" else (
              notice_answer(t.ctx, t.question, q.region.name or t.region, pointed_only=False)
              # (the question as read: "每个季度" is the notice's 每季度)
              or (notice_answer(t.ctx, q.text, q.region.name or t.region, pointed_only=False) if q.text != t.question else None)
              or ans)),
    Check("a detail of a glossary entry", "岚新欧班列从哪发车？走哪个口岸出境 = the 名词解释 entry of 岚新欧",
          lambda t, q, ans: glossary_detail_checked(t.ctx, t.question, q.region.name or t.region, ans, q.text)),
    Check("a word typed by its sound", "5G鸡站 = 5G基站, 全球一二三快货物流圈 = 123, asked again when not found",
          lambda t, q, ans: heard_checked(t.ctx, t.question, ans, t.sub)),
    Check("a task of another region's plan", "云岫区X谁牵头 is never answered by 澜州市's task",
          lambda t, q, ans: other_region_checked(q, ans)),
    Check("a thing no document mentions", "机场改扩建谁分管 is never answered by 中小学改扩建",
          lambda t, q, ans: unmentioned_checked(t.ctx, t.question, q, ans)),
    Check("a figure not of the thing or measure asked", "鹭白高速总投资 is never 峦南高铁's 投资30亿元, nor 装机120万千瓦",
          lambda t, q, ans: figure_subject_checked(t.question, ans)),
    Check("a place inside the region asked bare", "栖凤今年GDP目标 (栖凤街道) is never the district's own target",
          lambda t, q, ans: sub_place_checked(t.ctx, t.question, q, ans, t.sub)),
    # (its reading checked again for a thing no document mentions: "县体育中心…啥时候完工" read as
    # 完成主体工程 found a river's task; the 体育中心 it asks of is in no document, round 70d)
    Check("a word shortened", "婚检 = 婚前医学检查, 电诈 = 电信网络诈骗, asked again when not found",
          lambda t, q, ans: _read_shortened(t, q, ans)),
    Check("a heading's words asked with its item", "民生实事里头充电桩新增多少 = 八是新增公共充电桩2万个, asked again when not found",
          lambda t, q, ans: heading_checked(t.ctx, t.question, ans, t.sub)),
    Check("a city's figure its province sets", "我们南昌这边24年对X有要求没: 江西省's, labelled as the province's",
          lambda t, q, ans: higher_level_checked(t.ctx, t.question, q, ans, t.sub, t.typed)),
    Check("a province asked with no province's document", "全省今年GDP目标 is never a city's target",
          lambda t, q, ans: province_asked_checked(t.ctx, t.question, q, ans)),
    Check("a milestone the answer does not state", "X什么时候通航 is never answered by 推进X前期工作",
          lambda t, q, ans: milestone_checked(t.question, ans, t.sub)),
    Check("a milestone's latest progress", "凤栖小学啥时候能投用: the quarter's report says 预计2027年春季学期投用",
          lambda t, q, ans: latest_progress_added(t.ctx, t.question, ans)),
    Check("a bare name a task prints", "晶科能源 / 宜春二手车: the owner of the task printing it, when nothing else answers",
          lambda t, q, ans: bare_task_checked(t.question, ans, t.sub)),
    Check("a rank the answer does not state", "去年社零增速在全省排第几 is never answered by 增长5.3% alone",
          lambda t, q, ans: rank_checked(t.question, ans)),
    Check("a rough figure offered", "七百多公里？", lambda t, q, ans: with_rough_verdict(rough_figures(t.typed), ans)),
    Check("an offered figure printed for another year", "22年粮食总产438.5亿斤 对吗 = 2021's, in the 2022 report's review",
          lambda t, q, ans: offered_found_checked(t.ctx, t.question, q, ans)),
    Check("another ordinal", "算力中心二期 is never answered by 算力中心一期",
          lambda t, q, ans: ordinal_checked(t.question, ans, q.region.mentioned)),
    Check("the model's phrasing (optional)", "checked figures and owners only", _phrased),
    Check("a leader's name typed by its sound", "秦毅同志牵头哪几项 = 秦义's, with a note of the reading",
          lambda t, q, ans: with_sound_note(q, ans)),
    Check("each sentence asked alone", "分解方案的文号是多少？嵘政办发几号来着: one thing asked twice, read whole it is lost",
          lambda t, q, ans: each_sentence_checked(t.question, ans, t.sub)),
)


# a question mark or a full stop between two asks of one message
_SENTENCES = re.compile(r"(?<=[？?。！!])")
# the not-found that only echoes the words searched for: nothing was understood
_NOTHING_FOUND = re.compile(r"关于“[^”]*”的(?:内容|目标)|与“[^”]*”对应的分工任务")


def each_sentence_checked(question: str, ans: Answer, sub: Callable[[str], Answer]) -> Answer:
    """A message of several sentences that nothing answered read whole: each sentence that asks
    is asked alone, and the ones answered are given (the same answer once)."""
    if ans.intent != "none" or not _NOTHING_FOUND.search(ans.answer.split("\n")[0]):
        return ans  # a not-found that says what is missing ("报告里没有写明作报告人") is an answer
    pieces = [p.strip() for p in _SENTENCES.split(question or "") if p.strip()]
    parts = [p for p in pieces if len(re.findall(r"[\u4e00-\u9fff]", p)) >= 6]
    if not 2 <= len(parts) <= 3 or len(parts) != len(pieces):
        return ans  # a sentence too short to name its own subject ("报告人是谁") is no ask alone
    from answers.multipart import joined

    found = [a for a in (sub(p) for p in parts) if a.intent != "none"]
    return joined(found) if found else ans


def answer(turn: Turn) -> Answer:
    """The first answer a step gives; else the answer by intent of the question as rewritten
    ("报告里有没有承诺X？多少家？" read without its promise words), through the checks."""
    for step in STEPS:
        out = step.run(turn)
        if isinstance(out, Answer):
            return out
        if out is not None:
            turn = replace(turn, question=out)
    q, docs = understand(turn.ctx, promise_words_dropped(turn.question), region=turn.region)
    if not q.text:
        return Answer(P.NONE_EMPTY_QUESTION, "none")
    ans = answer_by_intent(turn.ctx, q, docs, turn.today, turn.region)
    for check in CHECKS:
        if ans.settled:
            break
        ans = check.run(turn, q, ans)
    return ans
