"""A target stated in words ("城乡居民人均可支配收入增长与经济增长同步"), asked as a figure
("城乡居民收入今年目标增长多少"). The report sets no number, and its relation is the target:
quoting it answers, where "文件中没有找到具体数字" would deny what is printed (round 24b
r24b-015). The phrases are the reports' own formulas (core/worded_targets_data.py); a clause
holding a figure is never read here (its figure answers)."""
from __future__ import annotations

from core import lazy_re as re
from core.worded_targets_data import WORDED_TARGETS

# the phrase closes the clause: "与经济增长同步；" states a target, "同步推进路网" is a verb
_PHRASES = re.compile("(?:" + "|".join(re.escape(p) for p, _why in sorted(WORDED_TARGETS, key=lambda r: -len(r[0])))
                      + r")(?=[\s。；;，,！!”\"]*$)")
_DIGIT = re.compile(r"\d")


def worded_target(clause: str, topic: str) -> str | None:
    """The relation phrase that states the target of `topic` in `clause`, or None. The phrase
    closes the clause, after the clause's first word of the topic when one is printed (it says
    how that indicator moves), and the clause prints no digit."""
    if not clause or _DIGIT.search(clause):
        return None
    words = [w for w in re.split(r"\s+", topic or "") if len(w) >= 2]
    starts = [clause.find(w) for w in words if w in clause]
    m = _PHRASES.search(clause, min(starts) if starts else 0)
    return m.group(0) if m else None
