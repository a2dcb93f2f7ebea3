"""Short forms of a unit's name derived from its parts, for any county or city.

Staff at county level say a bureau by the first character of each two-character word of
its name (教育体育局 → 教体局, 城市管理局 → 城管局, 卫生健康局 → 卫健局), or by its one
specific word once the generic ones are gone (行政审批服务局 → 审批局, 机关事务管理局 →
机关局) or the initials of its two (港口航运管理局 → 港航局, 投资促进服务中心 → 投促中心), a township government by the township (大岭乡人民政府 → 大岭乡, 柳湾街道办事处 → 柳湾街道), and a
city bureau's district branch by its bureau's words (市生态环境局砚溪分局 → 生态环境分局). The curated
table (`core.unit_aliases_data.SHORT_FORMS`) holds the irregular forms (人社局, 住建局); these
rules cover the regular ones of names nobody listed. Pure text; `core.unit_names.rule_aliases`
adds them to a unit's aliases at ingest.
"""
from __future__ import annotations

from core import lazy_re as re

_ENDINGS = "局委厅办"
# words every bureau name may carry, saying nothing of which bureau it is
_GENERIC = re.compile(r"行政|服务|管理|事务|综合|监督")
# a township or a subdistrict government, normalised (人民政府 → 政府); a subdistrict's office
# ("柳湾街道办事处", round 31c: "柳湾街道牵头的任务有哪些" found no unit)
_TOWNSHIP = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,6}?(?:乡|镇|街道))(?:(?:党委)?政府|办事处|办)$")
# a city bureau's branch in a district: "市生态环境局砚溪分局", "公安砚溪分局" (round 31c: staff say
# "生态环境分局"); the bureau's words, its 局 if printed, the district's name, 分局
_BRANCH = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,8}?)局?(?P<place>[^局分]{2,4}?)分局$")


def initial_forms(body: str) -> set[str]:
    """"教育体育局" → {"教体局"}; "行政审批服务局" → {"审批局"}: `body` is a normalised unit
    name without its region prefix."""
    if len(body) < 5 or not re.fullmatch(r"[\u4e00-\u9fff]+", body):
        return set()
    end = "中心" if body.endswith("中心") else body[-1]
    if end not in _ENDINGS and end != "中心":
        return set()
    stem = body[:-len(end)]
    out: set[str] = set()
    if len(stem) == 4:
        # ("投资促进中心" → 投促中心, round 47d: a centre is said by its two words' initials too)
        out.add(stem[0] + stem[2] + end)
    if len(stem) >= 6:
        rest = _GENERIC.sub("", stem)
        if len(rest) == 2:
            out.add(rest + end)
        elif len(rest) == 4:
            # "港口航运管理局" → 港航局 / 港口航运局; "投资促进服务中心" → 投促中心 / 投资促进中心
            out |= {rest[0] + rest[2] + end, rest + end}
    return out - {body}


def township_forms(key: str) -> set[str]:
    """"大岭乡政府" → {"大岭乡"}, "柳湾街道办事处" → {"柳湾街道"}: a township government or a
    subdistrict office said by the township or subdistrict."""
    m = _TOWNSHIP.match(key)
    return {m.group("place")} if m and len(m.group("place")) >= 3 else set()


def branch_forms(body: str) -> set[str]:
    """"生态环境局砚溪分局" → {"生态环境分局", "砚溪生态环境分局"}: a bureau's district branch
    said by the bureau's words and 分局, with or without the district's name. `body` is a
    normalised name without its region prefix."""
    m = _BRANCH.match(body)
    if not m:
        return set()
    what, place = m.group("what"), m.group("place")
    return {what + "分局", place + what + "分局"} - {body}
