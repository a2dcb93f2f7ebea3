"""A figure offered to be checked that nothing answered for the year asked: "22年江西粮食总产
438.5亿斤 对吗" (round 69b) finds no 2022 grain output, yet the 2022 report prints 438.5亿斤 in its
review of 2021. A bare "not found" leaves the asker quoting a figure of another year; the answer
says where the documents print it (document, part, clause), so the asker sees whose figure it is."""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, source_dict
from answers.evidence import NUMBER, clauses_of, coverage, grams, split_sentences
from core import lazy_re as re
from prompts import answers as P

# the asker checks a figure: "…对吗", "…这个数对吧", "是不是438.5亿斤"
_CHECKED = re.compile(r"对吗|对吧|对不对|是不是|是吗|没错吧|没错吗|核实|核对|准不准|准确吗|(?:[吗吧])\s*[？?]?\s*$")
# how much of the asked subject the clause printing the figure must hold
_SUBJECT_HELD = 0.5


def offered_found_checked(ctx: Any, question: str, q: Any, ans: Answer) -> Answer:
    """`ans`, or, when it is "not found" and the question offers a figure to be checked, the
    place the documents print that figure for the same subject, followed by the not-found."""
    if ans.intent != "none" or not _CHECKED.search(question or ""):
        return ans
    offered = [re.sub(r"\s+", "", m.group(0)) for m in NUMBER.finditer(question) if not m.group(0).strip().isdigit()]
    topic = (getattr(q, "topic", "") or "").replace(" ", "")
    if not offered or len(topic) < 2:
        return ans
    for hit in B.search(ctx, topic, k=8):
        text = B.field(hit, "text") or ""
        for sentence in split_sentences(text):
            for clause in clauses_of(sentence):
                flat = re.sub(r"\s+", "", clause)
                figure = next((f for f in offered if f in flat), None)
                if figure and coverage(grams(topic), flat) >= _SUBJECT_HELD:
                    line = P.OFFERED_PRINTED.format(figure=figure, title=B.field(hit, "title") or "",
                                                    section=B.field(hit, "section") or "", clause=flat)
                    return Answer(line + "\n" + ans.answer, "fact", [source_dict(hit)])
    return ans
