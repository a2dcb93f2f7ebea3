"""A subject typed first, read in a sentence that puts a modifier inside it: "低保标准去年提到
多少" is answered by "城乡低保平均标准分别提高到…", "粮食产量…" by "粮食总产量…". Staff drop
the modifier a report writes between the two words of an indicator (平均, 总, 综合); the
subject-first rule of `answers.report_facts` (the subject typed first must stand in the
evidence, so a place's figure never answers another's) reads a four-character subject as its
two words, the second at most two characters after the first. A place ("瑞金") or a shorter
word is never split: they stand as typed. Round 31b (r31b-031).
"""
from __future__ import annotations

from core import lazy_re as re

# the most characters a report writes between the two words of an indicator
MAX_INSERTED = 2


def stands_split(word: str, sentence: str) -> bool:
    """Whether a four-character subject ("低保标准") stands in `sentence` as its two words
    with at most `MAX_INSERTED` Chinese characters between them ("低保平均标准")."""
    if len(word) != 4 or not re.fullmatch(r"[\u4e00-\u9fff]{4}", word):
        return False
    head, tail = word[:2], word[2:]
    return re.search(re.escape(head) + r"[\u4e00-\u9fff]{1,%d}" % MAX_INSERTED + re.escape(tail), sentence or "") is not None
