"""The stage a project is to reach, asked: "二中迁建今年要干到啥程度", "X年内要推进到哪一步".
Read as a target, the question finds the project's line in a list of key projects ("市第二中学
迁建项目，年度计划投资3.5亿元") and answers with the bare name (round 25c r25c-007). The report
says the stage elsewhere, in a clause naming the project with a milestone word ("加快市第二中学
迁建项目建设，年内完成主体工程"; core/stage_words_data.py): that clause answers.

Only a question with a word of intent (要/将/计划/年内…) asks the stage planned; "X干到哪一步了"
asks progress, which the task registry answers. A clause must hold most of the project's name
before its milestone word; none such, and the question is read as before.
"""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, evidence_of, fit, source_dict, source_line
from answers.evidence import section_period
from core import lazy_re as re
from core.bigrams import bigrams
from core.stage_words_data import STAGE_WORDS
from prompts import answers as P

_ASK = re.compile(
    r"^(?P<thing>[^，,。？?；;]{2,30}?)\s*(?P<when>(?:(?:19|20)?\d{2}年|今年|明年|年内|年底前?|上半年|下半年)?)\s*"
    r"(?P<intent>要|将|计划|打算|准备|争取|力争|预计|目标是?)\s*"
    r"(?:干|做|建|修|推进|进行|搞|弄|建设|实施|完成|达|施工)?\s*(?:到|至)\s*(?:个)?\s*"
    r"(?:啥|什么|哪个|哪一个?|哪)\s*(?:程度|地步|阶段|步|节点|进度|样子|份上)\s*(?:呀|啊|呢)?[？?。\s]*$")
_STAGE = re.compile("|".join(re.escape(w) for w, _why in sorted(STAGE_WORDS, key=lambda r: -len(r[0]))))
_THING_TAIL = re.compile(r"(?:项目|工程|建设|这个|那个|这项|那项)+$")
# how much of the project's name (its character pairs) the clause must print before the milestone
MIN_SHARE = 0.6


def asked_thing(question: str) -> tuple[str, int | None] | None:
    """(the project asked, the year asked or None), or None when no planned stage is asked."""
    m = _ASK.match((question or "").strip())
    if not m:
        return None
    thing = re.sub(r"^(?:请问|问下|问一下)?\s*(?:(?:19|20)?\d{2}年|今年|明年)?\s*", "", m.group("thing")).strip()
    thing = _THING_TAIL.sub("", thing) or thing
    when = re.match(r"((?:19|20)?\d{2})年", m.group("when") or "")
    year = None
    if when:
        year = int(when.group(1)) + (2000 if len(when.group(1)) == 2 else 0)
    return (thing, year) if len(thing) >= 2 else None


def _stage_clause(text: str, thing: str) -> tuple[float, str, str] | None:
    """(share of the name held, the clause, its sentence) of the best clause of `text` that
    names `thing` before a milestone word."""
    wanted = set(bigrams(thing))
    if not wanted:
        return None
    best = None
    for sentence in re.split(r"(?<=[。])", text or ""):
        for clause in re.split(r"[；;。]", sentence):
            # every milestone of the clause: "A一期建成开放，B完成主体工程" states B's at its second
            share = max((len(wanted & set(bigrams(clause[:stage.start()]))) / len(wanted)
                         for stage in _STAGE.finditer(clause)), default=0.0)
            if share >= MIN_SHARE and (best is None or share > best[0]):
                best = (share, clause.strip(), sentence.strip())
    return best


def stage_answer(ctx: Any, question: str) -> Answer | None:
    """The clause stating the stage the project is to reach, from the newest report that has
    one (the year asked when one is), or None (module doc)."""
    asked = asked_thing(question)
    if asked is None:
        return None
    thing, year = asked
    found, reviewed = [], []
    for hit in B.search(ctx, thing, k=10, kind="report"):
        doc_year = B.field(hit, "year")
        if year and doc_year and int(doc_year) != year:
            continue
        best = _stage_clause(B.field(hit, "text") or "", thing)
        if best:
            # a stage the review reports was reached last year, not the one planned (round 29c
            # r29c-059): kept aside, said as such when no plan states one
            period = section_period(B.field(hit, "section") or "", int(doc_year) if doc_year else None,
                                    B.field(hit, "span_year"))
            (reviewed if period.mode == "result" else found).append((int(doc_year or 0), best[0], best, hit))
    if not found and reviewed:
        return _only_reviewed(thing, max(reviewed, key=lambda f: (f[0], f[1])))
    if not found:
        return None
    doc_year, _share, (_, clause, sentence), hit = max(found, key=lambda f: (f[0], f[1]))
    title = B.field(hit, "title") or "报告"
    body = P.STAGE_ASKED.format(title=title, thing=thing, clause=clause) + "\n" + P.FACT_CONTEXT.format(sentence=sentence)
    return Answer(fit(body, 450) + "\n" + source_line(title, B.field(hit, "section")), "target",
                  [source_dict(hit, clause)], evidence=[evidence_of(hit, clause, doc_year or None, sentence)])


def _only_reviewed(thing: str, found: tuple) -> Answer:
    """"Not stated" for the year planned, with the review's clause labelled as last year's."""
    doc_year, _share, (_, clause, _sentence), hit = found
    title = B.field(hit, "title") or "报告"
    body = P.STAGE_NOT_PLANNED.format(thing=thing, year=doc_year or "", title=title, clause=clause)
    return Answer(fit(body, 450) + "\n" + source_line(title, B.field(hit, "section")), "none",
                  [source_dict(hit, clause)])
