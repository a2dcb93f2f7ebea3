"""A place in brackets after "我市/咱们省/本县" says which place that is: "我市（南昌）" is 南昌,
"咱们省（江西）" is 江西. Left in, the rules read "我市" with no city configured and answer for
every city, or for the wrong one ("我市（赣州）…" answered with 南昌's figure), and the bracket's
place is searched as a word. Only a known place in the bracket counts; "我市（含县区）" stays.
"""
from __future__ import annotations

from core import lazy_re as re
from core.places import place_alternation

_SELF_PLACE = re.compile(
    r"(?:我们|咱们|咱|我|本|俺们?)(?P<level>省|市|县|区)\s*[（(]\s*(?P<place>" + place_alternation() + r")\s*[）)]")


def place_in_brackets(question: str) -> str:
    """`question` with "我市（南昌）" read as "南昌市" (module doc)."""
    def named(m: re.Match) -> str:
        place = m.group("place")
        return place if place.endswith(("省", "市", "县", "区")) else place + m.group("level")

    return _SELF_PLACE.sub(named, question or "")
