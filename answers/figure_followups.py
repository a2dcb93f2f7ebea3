"""A figure asked, then its owner or its deadline asked with no subject of its own:
"城东学校新增学位多少个，哪个部门牵头" (r33d-048), "养老床位今年新增多少张，民政局牵头吗" (r35c-050),
"鹭白高速多长 要求几月底前开工" (r35c-046).

Read whole, one ask wins and the other is dropped (the owner rule found no task named "城东学校新增
学位 个"; the figure was answered and "民政局牵头吗" left unanswered). The second part speaks of the
first part's subject, so it is asked with that subject written in ("城东学校新增学位 哪个部门牵头",
"鹭白高速 要求几月底前开工"), and both answers are given in the order asked
(`answers.owner_parts.each_answered`). A second part with a subject of its own is
`answers.owner_parts`' case ("今年X目标多少？Y那条谁牵头").
"""
from __future__ import annotations

from typing import Callable

from answers.compose import Answer
from answers.owner_asks import asks_owner
from answers.owner_parts import each_answered
from core import lazy_re as re

Lookup = Callable[[str], list[str]]

# a stop between asks; voice input leaves a space instead
_STOP = re.compile(r"[？?！!；;。，,]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# the figure asked, and what follows it to the end of the part ("多少个", "多少张来着", "多长")
_FIGURE_ASK = re.compile(r"(?:是|有|为)?(?:多少|几|多长|多大|多高|多宽|多远|多深|多重|多快)[\u4e00-\u9fff]{0,3}$")
_OWNING = re.compile(r"(牵头|负责|配合|分管|主抓|责任单位|领导|时候|时限|月底|几月|哪天|何时)")
# the second part's asks: of an owner, of an owner offered, of a deadline
_OWNER_BARE = re.compile(r"^(?:是|由|归)?(?:谁|哪个|哪家|哪些|啥|什么)(?:单位|部门|厅|局|委|办)?(?:来|在)?"
                         r"(?:牵头|负责|主抓|分管|管)(?:的)?(?:呢|啊|吗)?$")
# "责任单位是谁" / "牵头单位是哪个": the owner asked by its column's name
_OWNER_COLUMN = re.compile(r"^(?:责任|牵头|主责|负责|配合)(?:单位|部门|领导)(?:是|为)?(?:谁|哪个|哪家|哪些|啥|什么)(?:单位|部门)?(?:呢|啊|吗)?$")
_OFFER = re.compile(r"(?:是|由|归)?(?P<unit>[\u4e00-\u9fff]{2,16}?)(?:牵头|负责|主抓|管)(?:的)?(?:吗|吧|么|嘛|呢)?$")
_WHEN_BARE = re.compile(r"^(?:要求|规定|计划|安排|打算)?(?:在)?(?:什么时候|啥时候|何时|几时|哪天|(?:几|哪个?)月(?:份)?(?:底)?(?:前|之前)?)"
                        r"[\u4e00-\u9fff]{0,4}?(?:开工|完工|建成|投用|投运|投产|竣工|通车|完成|开通|上线|启用|开业|交付)?(?:吗|呢|啊)?$")
_YEARS = re.compile(r"(?:今年|去年|明年|本年度?|当年|(?:19|20)?\d{2}年)")
_FILLER = re.compile(r"(?:来着|呢|啊|呀|吗)$")


def _subject(figure_part: str) -> str:
    """The subject a figure part asks of ("养老床位今年新增多少张" → "养老床位新增")."""
    rest = _FIGURE_ASK.sub("", _FILLER.sub("", figure_part.strip()))
    rest = _DONE_VERB.sub("", rest)  # "农村公路干了多少公里": the doing is no word of the subject
    return _YEARS.sub("", rest).strip()


_DONE_VERB = re.compile(r"(?:干|做|弄|搞|整)了?$")


# the document's own acts: "…总共列了几项任务？什么时候印发的" asks the plan's date, no task's deadline
_DOCUMENT_ACT = re.compile(r"印发|发文|下发|发布|作的|作报告|召开")


def _bare_second(part: str, units_named: Lookup) -> bool:
    """Whether the part asks an owner, offers one, or asks a deadline, naming nothing else."""
    part = part.strip()
    if _DOCUMENT_ACT.search(part):
        return False
    if _OWNER_BARE.match(part) or _OWNER_COLUMN.match(part) or _WHEN_BARE.match(part):
        return True
    m = _OFFER.fullmatch(part)
    return bool(m and units_named(m.group("unit")))


def figure_followup(question: str, units_named: Lookup) -> tuple[str, str] | None:
    """(figure ask, second ask with the subject written in), or None when the message is not a
    figure followed by a subjectless owner or deadline ask."""
    pieces = [p.strip() for p in _STOP.split((question or "").strip()) if p and p.strip()]
    if len(pieces) < 2:
        return None
    # "通报里农村公路滞后 上半年干了多少公里 责任单位是谁": what comes before the figure's own
    # piece says of what (a voice message's pauses), so it goes with the figure
    first, second = "，".join(pieces[:-1]), pieces[-1]
    if not _FIGURE_ASK.search(_FILLER.sub("", first)) or _OWNING.search(first) or asks_owner(first):
        return None
    if not _bare_second(second, units_named):
        return None
    subject = _subject(first)
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", subject)) < 2:
        return None
    return first, f"{subject}{second}"


def figure_followup_answer(question: str, units_named: Lookup, ask_one: Callable[[str], Answer]) -> Answer | None:
    """Both parts answered in the order asked, or None when the message is not one of these."""
    parts = figure_followup(question, units_named)
    return each_answered(parts, ask_one) if parts is not None else None
