"""A glossary entry asked by where it is listed ("24年省报告附件里列的那10件民生实事具体是哪些",
round 43a): the entry whose name the question holds answers, not the report's sentence that
mentions the name (`annex_entry_answer`).

One part of a glossary entry asked: "红黄绿调度里黄色是啥标准", "X计划里的博士补贴是什么
意思" (round 24b: the report's sentence naming the term answered, which says nothing of the
part). The 名词解释 entry of the term is found as for a definition (`answers.evidence.
glossary_entry`), and only its clauses that name the part answer ("滞后序时进度10个百分点以内的
标为黄色；黄色项目由牵头部门每月调度一次"); an entry that does not name the part answers
nothing here (the question is then read as before).
"""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, evidence_of, fact_answer, source_dict
from answers.evidence import clean, glossary_entry, in_glossary
from core import lazy_re as re
from prompts import answers as P

# "X里Y是啥标准" / "X中的Y指什么" / "X里面Y是什么意思": the term, then the part of it asked
_ASK = re.compile(
    r"^(?P<term>[^，,。？?\s]{2,20}?)(?:里面|当中|里|中)(?:的)?(?P<part>[^，,。？?\s]{2,8}?)"
    r"(?:是|指|代表|算|的)?(?:啥|什么|哪些|怎么)(?:样的|样)?(?:标准|意思|条件|情况|含义|要求|概念)?"
    r"(?:呀|啊|呢|吗)?[？?。\s]*$")
_CLAUSE = re.compile(r"[^，,；;。]+")
# the most clauses of the entry shown
MAX_CLAUSES = 3


def asked_part(question: str) -> tuple[str, str] | None:
    """(term, part) when the question asks one part of a term, else None."""
    m = _ASK.match((question or "").strip())
    if not m:
        return None
    return m.group("term"), m.group("part")


def glossary_part_answer(ctx: Any, question: str) -> Answer | None:
    """The clauses of the term's glossary entry that name the part asked, or None."""
    asked = asked_part(question)
    if asked is None:
        return None
    term, part = asked
    hits = list(B.search(ctx, term, k=8, dense=False))
    found = glossary_entry(hits, term)
    if found is None:
        return None
    body, hit = found
    clauses = [c.strip() for c in _CLAUSE.findall(clean(body)) if part in c]
    if not clauses:
        return None
    text = "；".join(clauses[:MAX_CLAUSES])
    head = P.GLOSSARY_PART.format(term=f"“{term}”", part=part, clauses=text)
    return Answer(fact_answer(head, None, hit), "fact", [source_dict(hit)],
                  evidence=[evidence_of(hit, text, None, body)])


# where a report lists its notes: "附件里列的…", "注释里", "名词解释中"
_ANNEX = re.compile(r"附件|附录|注释|注解|名词解释")
_MARKS = re.compile(r"[“”\"「」‘’'\s]")


def annex_entry_answer(ctx: Any, question: str, sub: Any) -> Answer | None:
    """The definition of the glossary entry whose name the question holds, when the question
    points at the report's notes; None otherwise (the question is read as before)."""
    if not _ANNEX.search(question or ""):
        return None
    flat = _MARKS.sub("", question)
    for hit in B.search(ctx, question, k=10, dense=False):
        section = str(B.field(hit, "section", "") or "")
        if not in_glossary(section):
            continue
        name = _MARKS.sub("", section.split("›")[-1])
        if len(name) >= 3 and name in flat:
            ans = sub(name + "是什么意思")
            if ans.intent != "none":
                return ans
    return None
