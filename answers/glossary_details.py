"""A detail of a 名词解释 entry asked ("岚新欧班列从哪发车？走哪个口岸出境", "X是哪年开始搞的"
where the entry says so): the entry, when nothing else answered and it holds the words asked.

A glossary entry is the report's own account of a name: where a line starts, what a slogan's
parts are, who runs a platform. Staff ask one fact of it rather than "X是什么", so the question
reads as a fact question and the review's sentences, which only use the name, hold nothing.
"""
from __future__ import annotations

from typing import Any

from answers import backends as B
from core import lazy_re as re
from answers.compose import Answer, fact_answer, source_dict
from answers.covering_sentence import content_runs
from answers.evidence import glossary_entries
from answers.years import parse_years
from core.bigrams import bigrams
from prompts import answers as P

# a detail asked by question words, and the words an entry states it with
_DETAIL_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"从哪|起点|起于|哪里出发", ("起点", "起于", "始于", "从")),
    (r"到哪|终点|止于", ("终点", "止于", "至", "到")),
    (r"多长|多远|多少公里|长度", ("全长", "长约", "总长", "公里", "千米")),
    (r"多大|面积", ("面积", "平方公里", "亩")),
    (r"哪年|什么时候|啥时候|何时", ("年",)),
)
# "亩均效益评价是把企业分成几类来着" (round 61d): the classes an entry sorts things into; stated,
# it is the detail asked, and the asker's other words ("把企业分成") weigh half
_CLASSES_ASKED = re.compile(r"几[类种档级等]")
_CLASSES_SAID = re.compile(r"[一二三四五六七八九十两\d]+[类种档级等]")
MIN_TERM = 3  # a term of two characters is too often a word of another ask
MIN_DETAIL = 0.4  # the share of the other words asked the entry must hold
_WHAT_ASKED = re.compile(r"是啥|是什么|指啥|指什么|啥意思|什么意思|都有啥|有哪些|哪几|哪[一二两三四五六七八九十]{1,2}[个项样条类种化融]")
_QUOTED = re.compile(r"[“\"‘']([^”\"’']{2,12})[”\"’']")
# what a glossary's name adds to the short name staff quote: 双免 → 双免政策
_KIND_TAIL = re.compile(r"政策|工程|行动|计划|制度|机制|模式|改革|品牌|体系|平台")


# "双免政策是免什么" / "X包括啥" (round 54a): what a name stands for, asked through its verb
_WHAT_VERB = re.compile(r"(?:是|指)[\u4e00-\u9fff]?(?:什么|啥)(?!时候|时间|级别)|包括(?:什么|啥|哪些)|都?有哪些")


def _what_of_a_name(question: str, ans: Answer) -> bool:
    """A found answer that a glossary entry may still replace: a sentence of fact answering what
    a name means (no figure asked), not the entry itself. The entry must be named in the
    question and hold the words asked (below), as for a not-found answer."""
    return (ans.intent == "fact" and bool(_WHAT_VERB.search(question)) and not re.search(r"多少|几|哪年|哪天", question)
            and "指：" not in ans.answer.split("\n", 1)[0])


def glossary_detail_checked(ctx: Any, question: str, region: str | None, ans: Answer, read: str = "") -> Answer:
    """`ans` when it answers; else the glossary entry named in the question whose text holds
    most of the question's other words. `read`: the question as understood, its place names
    repaired ("枫园科创走廊" typed for 枫原科创走廊)."""
    if not question or (ans.intent != "none" and not _what_of_a_name(question, ans)):
        return ans
    plain = "".join(question.split())
    hits = None
    if read and (plain_read := "".join(read.split())) != plain:
        read_hits = B.search(ctx, plain_read, k=12, region=region, kind="report", dense=False)
        if any(term in plain_read and term not in plain for term, _b, _h in glossary_entries(read_hits)):
            plain, hits = plain_read, read_hits  # (searched once: the entries are read from these hits)
    if hits is None:
        hits = B.search(ctx, plain, k=12, region=region, kind="report", dense=False)
    best = None
    quoted = {q for q in _QUOTED.findall(plain) if len(q) >= 2}
    for term, body, hit in glossary_entries(hits):
        # a name quoted in the question is asked as a name, however short ("那个“双免”，免的是啥"
        # for the entry 双免政策, round 47b)
        bare = re.sub(r"[“”\"‘’']", "", term)  # "“双免”政策" is typed 双免政策
        # "四融一共 哪四个融" for the entry "“四融一共”和美乡村" (round 56b): the name's head, typed alone
        head = next((bare[:n] for n in range(len(bare) - 1, 3, -1) if bare[:n] in plain), None)
        said = bare if len(bare) >= MIN_TERM and bare in plain else head if head and _WHAT_ASKED.search(plain) else next(
            (q for q in quoted if term == q or (term.startswith(q) and _KIND_TAIL.fullmatch(term[len(q):]))), None)
        if said is None:
            continue
        rest = plain.replace(said, " ")
        words = {g for r in content_runs(rest, region, parse_years(rest)) for g in bigrams(r) if len(g) == 2}
        # "从哪到哪 多长": a detail asked by question words alone, held by the entry's own words for it
        details = [cues for pattern, cues in _DETAIL_CUES if re.search(pattern, rest)]
        what = (said != term or ans.intent != "none") and (_WHAT_ASKED.search(rest) or _WHAT_VERB.search(rest))
        if not words and not details and not what and not _CLASSES_ASKED.search(rest):
            continue
        held_words = sum(w in body for w in words)
        held_details = sum(any(c in body for c in cues) for cues in details)
        share = (held_words + held_details) / max(1, len(words) + len(details))
        if _CLASSES_ASKED.search(rest) and _CLASSES_SAID.search(body):
            share = max(share, 0.5 + 0.5 * held_words / max(1, len(words)))
        if what:
            share = max(share, MIN_DETAIL)  # "“双免”，免的是啥": what a quoted name stands for is its entry
        if share >= MIN_DETAIL and (best is None or (share, len(term)) > best[:2]):
            best = (share, len(term), term, body, hit)
    if best is None:
        return ans
    _, _, term, body, hit = best
    head = P.GLOSSARY.format(term=f"“{term}”", definition=body.removeprefix("指").rstrip("。") + "。")
    return Answer(fact_answer(head, None, hit), "fact", [source_dict(hit)])
