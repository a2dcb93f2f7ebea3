"""What a city's report does not say, its province's report of the year may: "我们南昌这边24年对
乡镇商贸中心覆盖率有要求没" (round 33b, a district official reading the higher levels) is set in
江西省's 2024 report, not 南昌市's. What is required of a city ("有要求没", "上面…要求") and not found
in its report is asked again of the home province, and the answer says plainly that it is the
province's, not the city's. The city's own target asked ("南昌24年新增就业目标定了多少") stays not
found: the province's figure is no answer to it."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from answers import backends as B
from core import lazy_re as re
from answers.compose import Answer
from answers.regions import home_province, without_comparison
from core.places import is_province
from prompts import answers as P

_FIGURE_INTENTS = ("target", "fact")
# what the higher level requires of the city is asked ("对X有要求没", "上面…有啥要求"), not the
# city's own target: "南昌24年新增就业目标定了多少" is not found when 南昌's report sets none
# (outsider rounds 33a/33b wrote both kinds: the province's figure is no answer to the second)
_REQUIREMENT_ASKED = re.compile(r"要求|上面|上级|上头|省里")


def higher_level_checked(ctx: Any, question: str, q: Any, ans: Answer, sub: Callable[[str], Answer],
                         typed: str = "") -> Answer:
    """`ans` unchanged unless it is "not found" for a city the question names and asks what is
    required of it (`typed`: the question as sent, before its frame words were dropped); then the
    home province's answer to the same question, labelled as the province's, when it has one."""
    region = getattr(q, "region", None)
    if ans.intent != "none" or region is None or not region.name or not region.mentioned or is_province(region.name):
        return ans
    if region.mentioned not in question or not _REQUIREMENT_ASKED.search(without_comparison(typed or question)):
        return ans
    docs = B.documents(ctx)
    home = home_province(d.region for d in docs)
    if not home or not any(d.region == home and d.kind == "report" for d in docs):
        return ans
    again = sub(question.replace(region.mentioned, home, 1))
    if again.intent not in _FIGURE_INTENTS or not again.evidence:
        return ans
    if any(ev.region not in (home, None) for ev in again.evidence):
        return ans
    return replace(again, answer=P.HIGHER_LEVEL_ONLY.format(city=region.name, province=home) + "\n" + again.answer)


# the province as the question's subject ("全省今年gdp增长目标是多少"), never a rank or a level said
# inside the ask ("在全省排第几", "省级以上研发平台")
_PROVINCE_SUBJECT = re.compile(r"^\s*(?:(?:19|20)?\d{2}\s*年|今年|去年|前年|明年)?\s*(?:的)?\s*(?:全省|省里|我省|本省|咱省|省上|省政府)"
                               r"(?![排第前内级外])")


def province_asked_checked(ctx: Any, question: str, q: Any, ans: Answer) -> Answer:
    """`ans`, or "not found" when the question asks the province's figure and no province's
    document is loaded: a city's figure is no answer to it (round 52b, a city's documents only)."""
    if ans.intent not in _FIGURE_INTENTS or not _PROVINCE_SUBJECT.search(question or ""):
        return ans
    region = getattr(q, "region", None)
    if region is not None and region.mentioned and region.mentioned not in question[:12] and not _provincial(region.name or ""):
        return ans
    if any(_provincial(d.region or "") for d in B.documents(ctx)):
        return ans
    regions = {ev.region for ev in ans.evidence if ev.region} or {t.get("region") for t in ans.tasks if t.get("region")}
    if not regions or any(_provincial(r) for r in regions):
        return ans
    text = P.NONE_PROVINCE_UNLOADED.format(region="、".join(sorted(regions)), answer=ans.answer)
    return Answer(text, "none", ans.sources, ans.tasks)


def _provincial(name: str) -> bool:
    """A province by the list of provinces, or by its name's level word (an invented 澜江省 too)."""
    return is_province(name) or name.endswith(("省", "自治区"))
