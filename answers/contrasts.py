"""A look-alike measure is no answer: "常住人口城镇化率" is not answered by "户籍人口城镇化率
达46%左右", "新增国家级专精特新企业" not by "省级专精特新企业310家".

The rules weigh the words a sentence shares with the question; a sentence that shares all but
one qualifier covers the question almost fully and wins, though it states another indicator.
Read by slot, not by phrase: a qualifier of the question (`core.contrasts_data`) whose
competing qualifier stands in the clause in the same place, next to the same neighbouring
word ("户籍" before "人口城镇化率" where the question has "常住"), while the question's own
qualifier is nowhere in the clause (so "城镇、农村居民人均可支配收入分别增长5%、7%" still
answers either), vetoes the clause. A question that asks both ("常住人口和户籍人口城镇化率")
vetoes nothing; one that sets the other aside ("常住的，不是户籍的") still vetoes. The answer is then "not found", and may say what the documents give, labelled as a
different measure (`prompts.answers.CONTRAST_OTHER_MEASURE`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from core import lazy_re as re
from core.contrasts_data import CONTAINED_PAIRS, CONTRAST_PAIRS
from prompts import answers as P

# a neighbour is two Chinese characters; these words frame the question, they name no slot
_FRAMING = re.compile(r"^(?:全省|全市|全县|全区|我省|我市|本省|本市|今年|去年|前年|明年|当年|目标|计划|实际|多少|要到|达到)$")
_CJK = r"\u4e00-\u9fff"
# what may stand between a qualifier and its neighbour: a particle, a quote mark, a space
_GLUE = r"[的“”\"「」\s]?"


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for a, b, _why in CONTRAST_PAIRS:
        out += [(a, b), (b, a)]
    # the longer qualifier first: "调查失业率" is read before a shorter word inside it
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def _neighbours(text: str, word: str) -> list[tuple[str, str]]:
    """("after", "人口") / ("before", "预算"): the two Chinese characters on each side of
    every occurrence of `word` in `text` that are no framing word."""
    out: list[tuple[str, str]] = []
    for m in re.finditer(re.escape(word), text):
        after = re.match(_GLUE + rf"([{_CJK}]{{2}})", text[m.end():])
        if after and not _FRAMING.match(after.group(1)):
            out.append(("after", after.group(1)))
        before = re.search(rf"([{_CJK}]{{2}})" + _GLUE + "$", text[: m.start()])
        if before and not _FRAMING.match(before.group(1)):
            out.append(("before", before.group(1)))
    return out


def contrasted(question: str, clause: str, *, also: str = "") -> str:
    """The competing qualifier the clause states in the slot of one the question asks
    (module doc), or "" when the clause may answer. `also`: the question with abbreviations
    expanded ("GDP" → "地区生产总值"), read for neighbours too."""
    if not question or not clause:
        return ""
    for whole, part, _why in CONTAINED_PAIRS:
        if (whole in question or whole in also) and whole not in clause and part in clause:
            return part
    for a, b, slots in _asked_pairs(question, also):
        if a in clause or b not in clause:
            continue
        if any(slot.search(clause) for slot in slots):
            return b
    return ""


@lru_cache(maxsize=256)
def _asked_pairs(question: str, also: str) -> tuple[tuple[str, str, tuple[re.Pattern, ...]], ...]:
    """(asked qualifier, its competitor, the competitor in each slot the asked one fills) for
    each pair the question asks one side of: the question's side of `contrasted`, read once per
    question (it is asked of every candidate clause)."""
    texts = [t for t in (question, also) if t]
    out = []
    for a, b in _pairs():
        if a not in question and a not in also:
            continue
        if b in question or b in also:
            continue
        slots = tuple(re.compile((re.escape(b) + _GLUE + re.escape(word)) if side == "after" else (re.escape(word) + _GLUE + re.escape(b)))
                      for text in texts for side, word in _neighbours(text, a))
        out.append((a, b, slots))
    return tuple(out)


_BOTH_SIDES = re.compile(r"(?:城镇|城市)(?:和|与|及|、|跟)农村")


def clause_contrasted(question: str, clause: str, sentence: str, *, also: str = "") -> str:
    """`contrasted` on the clause a figure stands in, then on its whole sentence (a subject
    said in the clause before the figure's); then the same head noun with another qualifier
    ("常住人口" asked, "受益人口" written: `answers.qualified_heads`), by structure; a share
    asked and a rise written, or the reverse (`answers.percent_roles`); another facility of the
    same place ("青屿数据中心" for "青屿体育中心": `answers.named_facilities`)."""
    from answers.named_facilities import other_facility
    from answers.percent_roles import percent_role_contrasted
    from answers.qualified_heads import other_qualifier

    if "城乡" in (sentence or clause):
        # "城镇和农村居民人均可支配收入各是多少" (round 65h) asks both members: 城乡…分别 states them
        question = _BOTH_SIDES.sub("城乡", question)
    if _BOTH_SIDES.search(question) and _BOTH_SIDES.search(sentence or clause):
        # "…收入增长目标 城镇和农村各是多少" (round 70f): both members asked, both stated
        # ("城镇、农村居民人均可支配收入分别增长5%、7%左右"): no other measure
        return ""
    return (contrasted(question, clause, also=also) or contrasted(question, sentence, also=also)
            or other_qualifier(question, clause, also=also, sentence=sentence)
            or percent_role_contrasted(question, clause) or other_facility(question, sentence or clause))


def set_aside_contrasted(question: str, cands: list[Any], aside: list[tuple[Any, str]], *, also: str = "") -> list[Any]:
    """The candidates that state no look-alike measure; the others go to `aside` with the
    competing qualifier (to be named when nothing answers). A candidate without a threshold
    the question's subject holds (`answers.thresholds`) is dropped."""
    from answers.thresholds import threshold_missing  # "投资2000万以上的项目" is not "投资超5000万元…项目"

    from answers.named_facilities import other_facility  # another facility is no look-alike measure

    kept = []
    for c in cands:
        if threshold_missing(question, c.sentence) or other_facility(question, c.sentence or c.clause):
            continue
        other = clause_contrasted(question, c.clause, c.sentence, also=also)
        if other:
            aside.append((c, other))
        else:
            kept.append(c)
    return kept


def other_measure_note(aside: list[tuple[Any, str]], years: list[int] = ()) -> str:
    """"；文件中有另一口径的指标（户籍人口…）：…" for the best look-alike of the asked year
    that holds a figure; "" when there is none."""
    for c, other in sorted(aside, key=lambda p: -p[0].score):
        if not c.numbers or (years and c.period.year not in years):
            continue
        # the clause that states the other measure: the sentence's, when the candidate's own
        # clause only carries its figure ("…引进投资…，其中百亿元项目10个")
        clause = c.clause if other in c.clause else next(
            (part for part in re.split(r"[，,；;]", c.sentence) if other in part), c.clause)
        named = re.search(re.escape(other) + rf"[{_CJK}“”]{{0,12}}?(?=(?:分别|同比|年均|均)?(?:达|为|是|增长|下降|提高|降低|控制|保持|突破|超过|\d|$))", clause)
        return P.CONTRAST_OTHER_MEASURE.format(other=named.group(0) if named else other, clause=clause.strip("，,；; "))
    return ""
