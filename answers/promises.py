"""Questions about a promise, in the words staff use for it.

"报告里有没有承诺X？多少家？" / "提没提X？多少万亩？" ask the figure X was promised at: the
asking words are dropped and the rest is an ordinary target question. "21年分工方案提的X，
后来上线了没有" / "…后来报告说完成了没" / "分工方案说X，2022年报告回顾里实际新增了几家"
ask whether a plan's task was delivered: they are put as the commitment check's own question
("2021年的X兑现了吗", answers/review_ask.py), which answers the plan's figure against the
review's.
"""
from __future__ import annotations

from core import lazy_re as re

# "有没有承诺" / "提没提" / "说没说到": asking whether a report promised something
_PROMISE_ASK = re.compile(
    r"(?:有没有|有无|是否|有没)(?:承诺|提出)(?:过|了)?|(?:提|说|写|讲)没(?:提|说|写|讲)(?:到|及|过)?|"
    r"(?:提|说|写|讲)(?:到|及)?了?没有?(?=[？?，,。\s]|$)|承诺了?没有?(?=[？?，,。\s]|$)")

# the plan named: "21年分工方案" / "前年（2021年）分工方案里" / "去年的方案" (a 台账 is as often the
# progress ledger, "台账上X1-11月完成几个" asks it, round 60h: it names no plan here)
_PLAN = re.compile(r"(分工方案|责任分工|方案)")
_PLAN_YEAR = re.compile(r"(?<!\d)((?:19|20)?\d{2})\s*年")
# what was done later: "后来上线了没有" / "后来报告说完成了没" / "…报告回顾里实际新增了几家"
_LATER = re.compile(
    r"(后来|后面|最后|最终|结果|(?:\d{2,4}\s*年)?(?:的)?(?:政府工作)?报告(?:回顾)?(?:里|中)?(?:说|写)?|回顾(?:里|中)|实际)")
# ("2021年X，实际完成了吗" / "…到底建成没有": whether it was done in the end, as 后来 asks; not
# "实际增长了多少", a figure asked of the reports)
_SINCE = re.compile(r"(后来|最后|最终|(?:实际|到底|究竟)上?(?:完成|建成|实现|达到|落实|兑现)了?(?:吗|么|没有?))")
_OUTCOME = re.compile(
    r"((?:上线|完成|建成|实现|落实|落地|开通|投用|投产|通车|达到|做到|兑现|办成|做成|搞成)了?(?:没有?|吗|么|没|了吗)|"
    r"实际[\u4e00-\u9fff]{0,4}?了?(?:几|多少)|(?:完成|新增|达到|增长|做到)了?(?:几|多少)|怎么样了?|如何)")
# the words around the task in such a question, not the task's own
_AROUND = re.compile(
    r"^(?:前年|去年|上年|上一年)?\s*[（(]?\s*(?:(?:19|20)?\d{2}\s*年)?\s*[）)]?\s*(?:的)?\s*"
    r"(?:省|市|县)?(?:分工方案|责任分工|方案|台账)?(?:里面|里|中|上)?\s*"
    r"(?:提的|提到的|提出的|说的|说|提|定的|要求|写的|列的|的)?\s*")
# a target's verb straight before the outcome asked: "力争达到多少" asks the figure set
_SET_BEFORE = re.compile(r"(?:力争|确保|争取|计划|目标|要求|预期)(?:要)?$")
# a document's whole name ("江西省政府工作报告重点工作责任分工方案里")
_DOCUMENT_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:省|市|县)?(?:人民)?(?:政府)?(?:工作)?(?:报告)?(?:重点工作)?(?:责任)?"
                            r"(?:分工方案|分工|方案|台账)(?:里面|里|中|上)?")
_FIGURE_ASK = re.compile(r"多少|几(?:个|项|家|所|座|条|户|人|万|亿|成)")
_OFFERED = re.compile(r"(?:目标|任务)?(?:是|为)\s*\d+(?:\.\d+)?\s*[万亿千百]?[\u4e00-\u9fff%]{0,2}\s*(?:吧|吗|对吧|对吗)?$")


def promise_words_dropped(question: str) -> str:
    """"报告里有没有承诺X？多少家？" → "报告里X？多少家？": the ask is the figure of X."""
    return _PROMISE_ASK.sub("", question or "")


def delivery_question(question: str) -> str | None:
    """"21年分工方案提的X，后来上线了没有" → "2021年的X兑现了吗", when the question names a
    plan and asks what became of one of its tasks later; else None."""
    q = (question or "").strip()
    # a plan named, or a year's work asked what became of it later ("2021年的X，后来建成了吗")
    outcome = _OUTCOME.search(q)
    if not (_PLAN.search(q) or (_PLAN_YEAR.search(q) and _SINCE.search(q))) or not outcome:
        return None
    if _SET_BEFORE.search(q[: outcome.start()]):
        return None  # "…比重力争达到多少": what was set is asked, not what became of it
    parts = [p for p in re.split(r"[，,？?。；;！!]", q) if p.strip()]
    if len(parts) < 2:
        later = _LATER.search(q)
        if not later or later.start() == 0:
            return None
        parts = [q[: later.start()], q[later.start():]]
    # the task: the parts before the one asking what became of it
    asking = next((i for i, p in enumerate(parts) if i > 0 and _OUTCOME.search(p) and (_LATER.search(p) or i == len(parts) - 1)), None)
    if asking is None:
        return None
    task = "，".join(parts[:asking]).strip()
    if _FIGURE_ASK.search(task):
        return None  # "分工方案里X定的多少，实际完成多少": two figures, each part answered (multipart)
    years = _PLAN_YEAR.findall(task)
    if not _PLAN.search(task) and not (years and _SINCE.search(parts[asking])):
        return None
    year = ""
    if years:
        y = years[0]
        year = y if len(y) == 4 else "20" + y
    else:
        rel = re.search(r"(前年|去年|上年|上一年)", task)
        year = rel.group(1) if rel else ""
    what = _AROUND.sub("", task, count=1)
    offered = _OFFERED.search(what)
    if offered and re.search(r"[吧吗]$", offered.group(0)):
        return None  # "目标是35万人吧？最后实际完成了多少": the guess is checked first (wording.offered_figure)
    what = _OFFERED.sub("", what).strip("，, ")
    if len(re.findall(r"[\u4e00-\u9fff\w]", _DOCUMENT_NAME.sub("", what))) < 2:
        # "2021年江西省政府工作报告重点工作责任分工方案里，X…": the document's name is no task
        return None
    return f"{year}{'年' if year.isdigit() else ''}的{what}兑现了吗"
