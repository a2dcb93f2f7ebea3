"""A figure offered for checking that names only a measure, after a part that was answered:
"二四年全省省大中型项目安排了多少个 投资是不是一万亿 帮我核一下". The check ("投资是不是1万亿")
is of the sentence that answered the part before ("今年实施省大中型项目3670个，力争完成投资1万亿
元"): its measure is that item's. Asked on its own it finds another sentence with 投资 in it
("实施1000个投资10亿元以上重大项目") and says "不是" of a figure nobody asked about (round 26a).

Read by the check's shape: a figure offered (`answers.wording.offered_figure`), and besides it no
more than a measure's words (≤ 4 characters once the ask, the request to check and fillers are
gone). The sentence that answered the part before must hold, within two clauses of the one that
answered, exactly one other clause with those words and a figure of the offered figure's measure;
(the one that writes the words as said, when several hold their characters); the verdict
(是的 / 不是) is said of that clause, with the item's clause before it. Otherwise
None: the check is asked as before.
"""
from __future__ import annotations

import unicodedata

from answers.compose import Answer, Evidence, source_line
from answers.ellipsis import bare_words
from answers.evidence import NUMBER, clauses_of, same_measure, unit_of
from answers.stated_figures import agrees
from answers.wording import offered_figure
from core import lazy_re as re
from core.spoken import spoken_numbers
from prompts import answers as P

# the ask of a check and the request to check it: no words of a subject
_CHECK_WORDS = re.compile(r"是不是|是否|对不对|对吗|是吗|对吧|没错吧|有没有|有无|[吗吧嘛么]|"
                          r"(?:你|您)?(?:帮我|帮忙|给我|请)?(?:再)?(?:核对|核实|核查|核|查对|确认|对|查|看)(?:一下|下|一核|一对|对)?|"
                          r"我(?:印象|记得)(?:中|里)?|[是有为的了呢啊呀哈]")
_OWN_WORDS = 4  # "投资" / "总投资" / "年度投资额": a measure of the item, not an item of its own


def checked_in_sentence(part: str, before: Answer) -> Answer | None:
    """The verdict on a figure offered in `part` against the sentence that answered `before`,
    when the part names only a measure (module doc); None otherwise."""
    if before.intent == "none" or not before.evidence or not before.evidence[0].sentence:
        return None
    # "一万亿" said as a voice input writes it is read in digits, as the figures of the sentence
    rest, offered = offered_figure(spoken_numbers(unicodedata.normalize("NFKC", part or "")))
    if not offered:
        return None
    words = bare_words(_CHECK_WORDS.sub(" ", rest))
    chars = set(re.findall(r"[\u4e00-\u9fff]", words))
    if not chars or len(re.findall(r"[\u4e00-\u9fffA-Za-z]", words)) > _OWN_WORDS:
        return None
    ev = before.evidence[0]
    clauses = clauses_of(ev.sentence)
    at = next((i for i, c in enumerate(clauses) if ev.clause and (ev.clause in c or c in ev.clause)), None)
    if at is None:
        return None
    unit = unit_of(offered)
    fits = [i for i, c in enumerate(clauses) if i != at and abs(i - at) <= 2 and chars <= set(c)
            and any(not unit or not unit_of(m.group(0)) or same_measure(unit, unit_of(m.group(0)))
                    or unit_of(m.group(0)).startswith(unit) for m in NUMBER.finditer(c))]
    if len(fits) > 1:
        # "总投资": the clause that writes the words as said ("总投资超1000亿元"), not the one with
        # their characters in another word ("协议投资总额…")
        fits = [i for i in fits if words in clauses[i]]
    if len(fits) != 1:
        return None
    i = fits[0]
    verdict = P.PREMISE_RIGHT if agrees(offered, [clauses[i]]) else P.PREMISE_WRONG
    clause = "，".join(c.rstrip("。；;，,") for c in clauses[min(i, at): max(i, at) + 1])
    tmpl = P.FACT_TARGET if before.intent == "target" else P.FACT_RESULT
    text = verdict + tmpl.format(region=ev.region or "", year=ev.year or "", clause=clause) + "\n" + source_line(
        ev.title, ev.section)
    evidence = [Evidence(clause, ev.region, ev.year, ev.sentence, ev.title, ev.section, (), ev.doc_year)]
    return Answer(text, before.intent, before.sources[:1], evidence=evidence)
