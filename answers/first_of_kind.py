"""A name asked of a first-of-its-kind fact: "首家AAA的市属国企是哪家", "全省第一个零碳园区是哪个",
"唯一一家国家级孵化器是哪家" (round 26b: "哪家" was read as "which unit leads", and a task's
owners answered instead of the report's sentence "…组建澄阳城市发展集团…成为全市首家AAA级国有企业").

"哪家/哪个" asks an owner only beside a verb of owning (牵头, 负责, 分管…); asked of a thing
qualified as the first, the only or the biggest of its kind, with no such verb, it asks the name
the report gives it: a report fact, answered from the reports with its sentence.
"""
from __future__ import annotations

from core import lazy_re as re

# the first, the only, the biggest of a kind: "首家", "首个", "全市第一个", "唯一一家", "最大的"
_FIRST = re.compile(r"首(?:家|个|座|所|批|条|只|位|台|例|单)|第一(?:家|个|座|所|批|条|位|台|例|单)|"
                    r"唯一(?:一)?(?:家|个|座|所|条|位|的)|最(?:大|早|高|长|先)的?(?:一)?(?:家|个|座|所|条)?")
# a name asked: which one is it
_WHICH = re.compile(r"(?:是|叫|为)?(?:哪|什么|啥)(?:一)?(?:家|个|座|所|条|位|批)?(?:企业|公司|单位|集团|名字)?")
# a verb of owning: then an owner is asked after all ("首家AAA国企的改革谁牵头")
_OWNING = re.compile(r"牵头|负责|主抓|分管|主管|配合|参与|协助|责任单位|挂帅|督办|谁管|谁抓|由谁|归谁")


def names_first_of_kind(raw: str) -> bool:
    """Whether `raw` asks the name of the first (only, biggest) of a kind, with no verb of owning."""
    text = raw or ""
    return bool(_FIRST.search(text) and _WHICH.search(text) and not _OWNING.search(text))
