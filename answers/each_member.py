"""A follow-up that asks each member of the subject just answered: "低保标准去年提到多少了
城市农村各多少", "居民收入增长多少 城镇和农村分别多少". Reports state such pairs in one clause
with 分别 ("城乡低保平均标准分别提高到每人每月812元、676元", "城镇、农村居民人均可支配收入
分别增长5%、7%"): the part names no subject of its own, only the members, so it is asked of
the clause that answered the part before. Each member asked is found in the words before 分别
(as typed or as a report's short form, `core.contrasts_data.MEMBER_FORMS`: 乡 for 农村), and
the figures after 分别 are given to them in that order. Only when every member is found, in
distinct places, and there are as many figures as members: otherwise the part is asked as any
other (a member the clause does not state is never given a figure). Round 31b (r31b-031).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from core import lazy_re as re
from answers.compose import Answer, fit
from answers.evidence import NUMBER
from core.contrasts_data import MEMBER_FORMS
from prompts import answers as P

# the members, then 各/分别 and the ask: "城市农村各多少", "城镇和农村分别是多少"
_EACH = re.compile(r"^\s*(?:那|那么)?\s*(?P<members>[\u4e00-\u9fff、和与及跟]{2,9}?)\s*(?:的)?(?:各|分别|各自)(?:是|为|有|提到|提高到|达到)?"
                   r"(?:多少|几)[\u4e00-\u9fff%]{0,3}\s*[？?。!！]*\s*$")
_JOINER = re.compile(r"[、和与及跟]")


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, ...]]:
    return {member: forms for member, forms, _why in MEMBER_FORMS}


def members_asked(part: str) -> list[str]:
    """The members a part asks each of ("城市农村各多少" → 城市, 农村); [] when it names
    anything else (a subject, a region) or fewer than two."""
    m = _EACH.match(part or "")
    if not m:
        return []
    words = [w for w in _JOINER.split(m.group("members")) if w]
    if len(words) == 1 and len(words[0]) == 4:
        words = [words[0][:2], words[0][2:]]  # "城市农村": two members typed with no joiner
    return words if len(words) >= 2 and all(w in _forms() for w in words) else []


def each_member(part: str, before: Answer) -> Answer | None:
    """`before` with one line giving each member asked its figure, read from the 分别 clause
    that answered it; None when the part asks no members or the clause does not state them."""
    members = members_asked(part)
    if not members or before.intent == "none" or not before.evidence:
        return None
    clause = before.evidence[0].clause
    cut = clause.find("分别")
    if cut < 0:
        return None
    lead, rest = clause[:cut], clause[cut + 2:]
    figures = [re.sub(r"\s+", "", f.group(0)) for f in NUMBER.finditer(rest)]
    if len(figures) != len(members):
        return None
    places = []
    for member in members:
        at = [lead.find(form) for form in _forms()[member] if form in lead]
        if not at:
            return None
        places.append(min(at))
    if len(set(places)) != len(places):
        return None
    order = sorted(range(len(members)), key=lambda i: places[i])
    pairs = "，".join(f"{members[i]}{figures[rank]}" for rank, i in enumerate(order))
    return replace(before, answer=fit(before.answer + "\n" + P.EACH_MEMBER.format(pairs=pairs), limit=900))
