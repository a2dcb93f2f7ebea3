"""An opening clause that points at its subject is the subject, not talk about the asker.

"我们柳溪茶叶基地扩面这个事，谁牵头" / "我们石桥到大岭那条路，改多少公里" / "咱们城关棚改那个项目，
…": first person, then a thing, then a pointer to it (这个事 / 那条路 / 那项), or the thing's
own name ("我们石桥至大岭公路，…"). The 我们 says
whose thing it is; the thing is what is asked about, so the padding rules
(`answers.padding`) keep the clause.
"""
from __future__ import annotations

from core import lazy_re as re

# a demonstrative and a classifier closing the clause, with at most the noun it counts
# ("这块/这边" is a line of work, the asker's own: "我们通信这块的，…", read by `answers.asker`)
_POINTER_END = re.compile(r"(?:这|那)(?:一)?(?:个|件|条|项|所|座|片|家|段)(?!的)[\u4e00-\u9fff]{0,3}\s*[，,。；;]?\s*$")
# or a built thing by its name ("我们石桥至大岭公路，…"): what a unit builds, not the unit
_THING_END = re.compile(r"(?:公路|高速|铁路|大桥|污水处理厂|水厂|电厂|小学|中学|幼儿园|学校|医院|园区|产业园|基地|工程|项目|水库|"
                        r"小区|街区|景区|片区|棚改)\s*[，,。；;]?\s*$")
_SELF = re.compile(r"^(?:我们|咱们|俺们|我|咱)(?:的)?")


def names_subject(head: str) -> bool:
    """The opening clause `head` names the question's subject and points at it."""
    m = _POINTER_END.search(head)
    if not m:
        # "我们X公路，…": first person and a built thing's name, nothing else
        named = _THING_END.search(head) and _SELF.match(head.strip())
        return bool(named) and len(re.findall(r"[\u4e00-\u9fff]", _SELF.sub("", head.strip()))) >= 4
    before = _SELF.sub("", head[: m.start()].strip())
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", before)) >= 2
