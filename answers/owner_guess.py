"""An owner guessed in a clipped form after the ask: "龙舟赛谁牵头啊 文广旅？", "污水管网谁负责，住建？".

Staff type a unit by a few of its characters ("文广旅" for 文化广电旅游局, "教体" for 教育体育局),
forms the alias table need not hold. The guess is checked against the task's own units: a unit
whose name holds the guess's characters in order (its level and kind words set aside, at least
two left) is the unit guessed. The question rule (`answers.question`) reads the guess as an
owner offered; the owner answer then confirms or corrects it (round 31c r31c-037).
"""
from __future__ import annotations

from core import lazy_re as re

# what every unit name may carry, saying nothing of which unit: its level and its kind
_LEVEL = re.compile(r"^(?:省|市|区|县|镇|乡)")
_KIND = re.compile(r"(?:局|厅|委|办|中心|集团|公司)$")


def _holds_in_order(name: str, chars: str) -> bool:
    it = iter(name)
    return all(ch in it for ch in chars)


def guessed_units(guess: str, names: list[str]) -> list[str]:
    """The names among `names` a clipped guess stands for ("文广旅" → "…文化广电旅游局"); [] when
    the guess says too little (fewer than two characters once level and kind are set aside)."""
    core = _KIND.sub("", _LEVEL.sub("", (guess or "").strip()))
    if len(core) < 2:
        return []
    return [n for n in names if _holds_in_order(n, core)]
