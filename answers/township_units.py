"""A township named in a question about the table stands for its government.

"我们大岭乡有哪些任务要配合" asks about 大岭乡人民政府, a co-unit of the plan, though the
question never says 政府; "大岭乡23年修了多少路" names a place. A township's (乡/镇/街道)
government counts as the unit asked when the question speaks of tasks or of a role in them.
"""
from __future__ import annotations

from core import lazy_re as re

_TOWNSHIP_GOV = re.compile(r"(?:乡|镇|街道)(?:人民)?政府$")
_TABLE_WORDS = re.compile(r"(牵头|负责|配合|参与|协助|协办|承担|责任单位|任务|分工|方案|逾期|超期)")


def township_asked(name: str, question: str) -> bool:
    """`name` is a township government the question asks about as a unit of the table."""
    return bool(_TOWNSHIP_GOV.search(name)) and bool(_TABLE_WORDS.search(question))
