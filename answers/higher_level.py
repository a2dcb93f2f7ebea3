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
from core.unit_names import region_level
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


# a level as the question's subject ("全省今年gdp增长目标是多少", "县里今年gdp增长目标多少"), never a
# rank or a level said inside the ask ("在全省排第几", "省级以上研发平台", "市里下达的任务")
_LEVEL_SUBJECT = re.compile(r"^\s*(?:(?:19|20)?\d{2}\s*年|今年|去年|前年|明年)?\s*(?:的)?\s*"
                            # ("县里下达咱的财政收入任务", round 69d: what the county assigns the town is the town's)
                            r"(?:全|我|本|咱)?([省市县区镇乡])(?!(?:里|上|政府)?\s*(?:下达|下发|下派|分配|布置|交给|给咱|给我们|给镇|给乡|考核))"
                            r"(?:里|上|政府)?(?![排第前内级外直属委长场民域])")
_NAMED = re.compile(r"^\s*(?:(?:19|20)?\d{2}\s*年|今年|去年|前年|明年)?\s*(?:的)?\s*(?:全|我|本|咱)?[省市县区镇乡](?:里|上|政府)")


def province_asked_checked(ctx: Any, question: str, q: Any, ans: Answer) -> Answer:
    """`ans`, or "not found" when the question asks one level's figure ("全省…", "县里…") and no
    document of that level is loaded: a city's figure is no answer to the province's (round 52b),
    nor a town's to its county's (round 69d)."""
    if ans.intent not in _FIGURE_INTENTS:
        return ans
    m = _LEVEL_SUBJECT.search(question or "")
    if not m or not (_NAMED.search(question) or m.group(0).strip().startswith(("全", "我", "本", "咱"))):
        return ans
    level = m.group(1)
    region = getattr(q, "region", None)
    if region is not None and region.mentioned and region.mentioned not in question[:12] and _level(region.name or "") != level:
        return ans
    if any(_level(d.region or "") == level for d in B.documents(ctx)):
        return ans
    regions = {ev.region for ev in ans.evidence if ev.region} or {t.get("region") for t in ans.tasks if t.get("region")}
    if not regions or any(_level(r) == level for r in regions):
        return ans
    text = P.NONE_LEVEL_UNLOADED.format(level=level, region="、".join(sorted(regions)), answer=ans.answer)
    return Answer(text, "none", ans.sources, ans.tasks)


def _level(name: str) -> str | None:
    """A region's level word; a province by the list of provinces too (an invented 澜江省 by its word)."""
    if is_province(name) or name.endswith(("省", "自治区")):
        return "省"
    return region_level(name)
