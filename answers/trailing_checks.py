"""A question that names its subject once and then adds short checks with no subject of their
own, run together by voice input: "中医院创三甲咋样了 创成没", "市二院新院区开了没 加了多少床位".
Read whole, the checks' words ("咋样 创成没", "开 没 加") become part of the subject and nothing
is found. When the whole finds nothing, the first part, which names the subject, is asked alone:
its answer is the sentence about the subject, which is what the checks ask about. Round 25c.
"""
from __future__ import annotations

from core import lazy_re as re

_PIECES = re.compile(r"[，,？?！!。；;]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# the ask words a check is made of; what is left is the check's own subject, if any
_CHECK_WORDS = re.compile(r"(?:了没有|了没|没有|了吗|吗|没|呢|咋样了?|怎么样了?|如何|多少|几|了|的|啊|呀|到底|现在|目前|还|又|是不是)")
_ASKS = re.compile(r"(没有?|吗|咋样|怎么样|如何|多少|几|进展|情况)")
_OWN_SUBJECT_CHARS = 4  # "创成" / "开" / "加床位": a verb and a measure, no subject named


def first_ask(question: str) -> str | None:
    """The first part when every later part is a short check naming no subject, else None."""
    pieces = [p.strip() for p in _PIECES.split((question or "").strip()) if p and p.strip()]
    if len(pieces) < 2 or not _ASKS.search(pieces[0]) or len(re.findall(r"[\u4e00-\u9fff]", pieces[0])) < 5:
        return None
    for p in pieces[1:]:
        if not _ASKS.search(p) or len(re.findall(r"[\u4e00-\u9fff]", _CHECK_WORDS.sub("", p))) > _OWN_SUBJECT_CHARS:
            return None
    return pieces[0]
