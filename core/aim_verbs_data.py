"""Colloquial verbs of reaching a figure, said between a measure and its question word
("产业引导基金今年做到多大规模", "产值今年干到多少"): no part of what the measure is.

Provenance: round 31c (r31c-015 "做到多大规模"); the others are the same verb family staff type
for a figure to be reached (搞到, 弄到, 冲到 as in answers/question.py TARGET_CUES "冲到多少").
"""
from __future__ import annotations

# dropped from a question's topic before "多少/多大/几" (answers/question.py `_FILLER`)
REACH_VERBS: tuple[str, ...] = ("做大到", "做到", "干到", "搞到", "弄到")
AIM_VERBS: tuple[str, ...] = (*REACH_VERBS, "冲到", "做成", "搞成")
