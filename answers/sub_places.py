"""A place inside the region, asked by its bare name, is not answered by the whole region's figure.

"栖凤今年GDP目标定了多少": the documents print 栖凤街道 (a street office of the district) and
the answer gave the district's GDP target from its plan (round 35d r35d-064), an answer
with a figure where the right reply is "not found". A word of the question that the documents
print with a sub-place suffix (X街道 / X镇 / X乡 / X园区: `_SUFFIXES`), typed without that
suffix, names such a place; when the answer (its text, its tasks, its sentences) never mentions
X, it speaks of the whole, so the reply says nothing is written for X and shows the whole's
answer labelled as the whole's (intent "none"). Only the words where a question's subject
stands are read (the subject typed before the year, or the question's first word): a word
inside the ask ("新型城镇化") is never taken for a place.
"""
from __future__ import annotations

import unicodedata
from typing import Any, Callable

from answers.compose import Answer, fit
from answers.question import Question
from core import lazy_re as re
from prompts import answers as P

# what the documents print after a place inside a county or district
_SUFFIXES = ("街道", "镇", "乡", "园区")
# the last character of a county's or district's name, inside a city's report
_COUNTY_KINDS = "县区旗"
# words ending in 区 that name a kind of area, not a district ("城区空气质量", "景区门票")
# (and a park or zone by its kind: 经开区, 高新区, 综保区, 自贸区, 示范区 are parts read by their own rules)
_AREA_NOUNS = ("市区", "城区", "辖区", "社区", "景区", "小区", "山区", "库区", "矿区", "街区", "片区", "园区", "新区", "郊区", "湾区", "林区",
               "牧区", "垦区", "灾区", "老区", "苏区", "政区", "区县", "开区", "税区", "保区", "贸区", "范区", "验区", "作区", "业区", "能区")
_OPENING = re.compile(r"^(?:请问|问一下|问下|想问|请|帮我查|帮我|查一下|麻烦|你好|那个|这个|我们|咱们|咱|俺们)*"
                      # "去年兰台改了几个老旧小区" (round 53b): the year said first, then the place
                      r"(?:(?:19|20)?\d{2}\s*年|去年|今年|前年|上半年)?(?:的)?")
_FIRST_WORD = re.compile(r"^[\u4e00-\u9fff]{2,3}")
# words that make a kind of town, not a town's name ("中心镇", "特色小镇", "重点镇", "美丽乡村")
_KIND_WORDS = ("中心", "特色", "重点", "美丽", "文明", "小城", "新增", "全国", "示范", "城乡", "农村", "乡村", "建制", "各")
_OURS = re.compile(r"(?:我们|咱们|咱|俺们)([\u4e00-\u9fff]{2,4}?(?:街道|镇|乡))")
# the whole, by the last character of its name
_WHOLE = {"区": "全区", "市": "全市", "县": "全县", "州": "全州", "省": "全省", "旗": "全旗"}


def _names_typed(question: str, lead_word: str | None) -> list[str]:
    """The words where the question's subject stands: the subject before its year, the first word."""
    text = _OPENING.sub("", unicodedata.normalize("NFKC", question or "").strip())
    out = [lead_word] if lead_word else []
    if m := _FIRST_WORD.match(text):
        out += [m.group(0), m.group(0)[:2]]
    # "全省24年…" / "我市…" / "本区…": the whole itself, never a place inside it
    return [w for w in dict.fromkeys(out) if w and 2 <= len(w) <= 4 and w[0] not in "全我本该各"]


def sub_place_asked(question: str, lead_word: str | None, holds: Callable[[str], bool],
                    is_region: Callable[[str], bool] = lambda name: False) -> tuple[str, str] | None:
    """(the bare name typed, the place as the documents print it), or None. `is_region`: whether
    a name is a document's own region, never a place inside one (asked only of a county's name)."""
    text = unicodedata.normalize("NFKC", question or "")
    for m in _OURS.finditer(text):
        # "…整理下我们石泉镇今年的主要指标" (round 49c): the asker's own town, said anywhere
        if holds(m.group(1)):
            return m.group(1), m.group(1)
    for name in _names_typed(question, lead_word):
        at = text.find(name)
        if at < 0:
            continue
        if text[at + len(name):].startswith(_SUFFIXES):
            # "我们河口镇今年gdp目标" (round 45d): the place typed whole, as the documents print it
            typed = name + next(x for x in _SUFFIXES if text[at + len(name):].startswith(x))
            if holds(typed):
                return typed, typed
            continue
        if (name[-1] in _COUNTY_KINDS and name[-2:] not in _AREA_NOUNS and "年" not in name
                and holds(name) and not is_region(name)):
            # "云栈县今年gdp目标" (round 50c): a county of the city's report, typed whole; the
            # city's figures, or another county's, are no answer for it
            return name, name
        for suffix in _SUFFIXES:
            if not name.startswith(_KIND_WORDS) and holds(name + suffix):
                return name, name + suffix
    return None


def _said(ans: Answer) -> str:
    """Everything the answer states: its text, its tasks with their units, its sentences."""
    parts = [ans.answer]
    for task in ans.tasks:
        parts += [str(task.get("text") or ""), *(task.get("lead_units") or []), *(task.get("co_units") or [])]
    parts += [ev.sentence or ev.clause for ev in ans.evidence]
    return "\n".join(parts)


def _whole(ans: Answer) -> str:
    region = next((t.get("region") for t in ans.tasks if t.get("region")), None) or next(
        (ev.region for ev in ans.evidence if ev.region), None) or next(
        (s.get("region") for s in ans.sources if s.get("region")), None) or ""
    return (region + "（" + _WHOLE[region[-1]] + "）") if region and region[-1] in _WHOLE else (region or "整体")


def sub_place_checked(ctx: Any, question: str, q: Question, ans: Answer,
                      sub: Callable[[str], Answer] | None = None) -> Answer:
    """`ans`, or "not found" for a sub-place the answer never mentions (module doc); first the
    question asked again with the place as the documents print it ("兰台" → 兰台街道), when that
    answer speaks of it."""
    if ans.intent not in ("fact", "target"):
        return ans
    from answers import backends as B

    asked = sub_place_asked(question, q.lead_word, lambda w: B.text_holds(ctx, w) or B.tasks_hold(ctx, w)
                            or w in B.units_in_text(ctx, w), lambda w: any(d.region == w for d in B.documents(ctx)))
    if asked is None or asked[0] in _said(ans):
        return ans
    if sub is not None and asked[0] != asked[1] and asked[1] not in question:
        again = sub(question.replace(asked[0], asked[1], 1))
        if again.intent in ("fact", "target") and asked[1] in _said(again).split("来源")[0]:
            return again
    text = P.NONE_SUB_PLACE.format(place=asked[1], whole=_whole(ans), answer=ans.answer)
    return Answer(fit(text), "none", ans.sources, ans.tasks)
