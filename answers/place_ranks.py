"""A rank asked within a named scope: "县域经济我们在岚川排第几", "我区GDP增速在全市排第几"
(rounds 25c, 27a: both "not found"). The report prints the rank in a clause that names the same
scope, often after the clause naming the indicator: "全年实现地区生产总值812.6亿元，增长6.1%，
增速居全市各县（市、区）第二位"; "县域经济综合实力在全省排名第21位…，连续三年位居岚川市所辖县
（市、区）第一". The clause that holds a rank and the scope asked, in a sentence that names the
indicator, answers; a rank within another scope ("在全省排名第21位" asked "在岚川") does not, nor
a rank clause naming another indicator of its own ("财政收入增速居全市第五位" asked GDP).
"""
from __future__ import annotations

from dataclasses import dataclass

from core import lazy_re as re
from answers.evidence import Candidate, clauses_of, coverage, grams

# "在岚川排第几" / "在全市排名第几" / "在全省的位次": the scope named after 在, before the rank asked
_SCOPE_ASKED = re.compile(
    r"在\s*(?P<scope>[\u4e00-\u9fff]{2,6}?)\s*(?:里|内|中|当中)?\s*(?:的)?\s*"
    r"(?:排名|排位|排在|排|位居|位列|名列|居)?\s*(?:第几|多少名|几名|名次|位次)")
# a rank printed: "第二位", "第21位", "第一", "首位"
_RANK = re.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:位|名)?|首位|榜首")
# the verb before a rank: what stands before it is the clause's own subject
_RANK_VERB = re.compile(r"(?:排名|排位|排在|位居|位列|名列|居于|居|排)")
# words before a rank verb that name no indicator: a span of years, the scope, a particle
_NO_SUBJECT = re.compile(r"连续[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十\d]+年来|均|继续|稳|在|首次|再次|保持|"
                         r"全国|全省|全市|全区|全县")
# the share of the indicator's words the sentence must hold
MIN_SENTENCE_COVER = 0.5
# an own subject of this many characters, sharing little with the indicator, is another indicator
OWN_SUBJECT_CHARS = 3


@dataclass(frozen=True)
class ScopedRank:
    scope: str  # "岚川", "全市"
    indicator: str  # the question without the scope's phrase


def scoped_rank(topic: str, question: str) -> ScopedRank | None:
    """The scope a rank is asked within, and the indicator asked: None when no rank within a
    named scope is asked."""
    m = _SCOPE_ASKED.search(question or "")
    if not m:
        return None
    scope = re.sub(r"(?:省|市|县|区)$", "", m.group("scope")) if len(m.group("scope")) > 2 else m.group("scope")
    indicator = re.sub(r"\s+", " ", re.sub(r"在\s*" + re.escape(m.group("scope")), " ", topic or "")).strip()
    indicator = re.sub(r"在(?=\s|$)", " ", indicator).strip()  # the scope already dropped from the topic
    return ScopedRank(scope, indicator) if indicator else None


def _own_subject(clause: str, scope: str) -> str:
    m = _RANK_VERB.search(clause)
    head = clause[:m.start()] if m else ""
    head = _NO_SUBJECT.sub("", head.replace(scope, ""))
    return "".join(re.findall(r"[\u4e00-\u9fffA-Za-z]", head))


def rank_clause(asked: ScopedRank, cands: list[Candidate], years: list[int],
                forms: list[str] = ()) -> Candidate | None:
    """The candidate whose clause states a rank within the asked scope, in a sentence naming
    the indicator (of an asked year, when one is asked); None when there is none or two such
    clauses of one sentence could each be the one. `forms`: the indicator's other wordings
    ("GDP" as 地区生产总值), the one the sentence holds best counting."""
    variants = [grams(f) for f in dict.fromkeys([asked.indicator, *forms]) if f]
    for c in cands:
        want = max(variants, key=lambda v: coverage(v, c.sentence))
        if years and c.period.year not in years:
            continue
        if asked.scope not in c.clause or not _RANK.search(c.clause):
            continue
        if coverage(want, c.sentence) < MIN_SENTENCE_COVER:
            continue
        own = _own_subject(c.clause, asked.scope)
        if len(own) >= OWN_SUBJECT_CHARS and coverage(want, own) < 0.3:
            continue  # "财政收入增速居全市第五位": another indicator's rank
        rivals = [p for p in clauses_of(c.sentence) if p != c.clause and asked.scope in p and _RANK.search(p)]
        if rivals and coverage(want, c.clause) <= max(coverage(want, p) for p in rivals):
            continue  # two ranks in the scope, and this clause not the one naming the indicator
        return c
    return None
