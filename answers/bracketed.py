"""A place in brackets after "我市/咱们省/本县" says which place that is: "我市（南昌）" is 南昌,
"咱们省（江西）" is 江西; a bracket closing the question with a place's document, "…（鹭洲台账）",
says whose table is asked: the place stands for "我市" or opens the question. Left in, the rules read "我市" with no city configured and answer for
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


# "…配合单位都有哪些（鹭洲台账）": a place, then the document asked of, in a closing bracket
_SOURCE_BRACKET = re.compile(r"\s*[（(]\s*(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<level>省|市|县|区)?(?:的)?"
                             r"(?:台账|方案|清单|分工表|分解表|责任表|政府工作报告|报告)\s*[）)]\s*[？?。]?\s*$")
_SELF_LEVEL = re.compile(r"(?:我们|咱们|咱|我|本|俺们?)(?P<level>省|市|县|区)")


def source_in_brackets(question: str) -> str:
    """`question` with a closing "（鹭洲台账）" read as the place asked of (module doc)."""
    m = _SOURCE_BRACKET.search(question or "")
    if m is None:
        return question
    rest, place = question[:m.start()], m.group("place")
    self_level = _SELF_LEVEL.search(rest)
    if self_level:
        return rest[:self_level.start()] + place + (m.group("level") or self_level.group("level")) + rest[self_level.end():]
    return place + (m.group("level") or "") + rest
