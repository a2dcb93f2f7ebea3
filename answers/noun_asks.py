"""Figures asked by their nouns, with no question word: "帮我摘一下X的个数和Y的投资额".

Staff often name what they want instead of asking it: "…项目的个数和力争完成的投资额",
"A的数量、B的比重". With no 多少/几 the rules see no ask and search every word, the nouns
of measure included, and refuse. Read by shape: a text that asks nothing, made of two or more
parts joined by 和/及/、, each ending in a noun of measure (个数, 投资额, 比重…), is one ask
per part: "X的个数" is "X多少个", "Y的投资额" is "Y的投资额是多少".
"""
from __future__ import annotations

from core import lazy_re as re

_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|吗|么|呢|是不是|是否|有没有|有无|对不对|怎么|如何")
# a count asked by its noun: the count word becomes 多少个
_COUNT = re.compile(r"的?(?:个数|数量|数目)$")
# a figure asked by its noun: the noun stays, 是多少 is added
_MEASURE_NOUN = re.compile(r"(?:投资额|投资|金额|总额|总量|规模|面积|产量|比例|比重|占比|增速|增幅|完成率|目标|指标)$")
_JOIN = re.compile(r"以及|和|及|、")


def asked_by_nouns(text: str) -> str:
    """`text` with each part that names a figure by its noun asked ("X多少个，Y的投资额是多少");
    unchanged unless it asks nothing and every part ends in such a noun."""
    body = re.sub(r"[？?。！!\s]+$", "", text or "")
    if not body or _ASKS.search(body) or re.search(r"[，,；;]", body):
        return text
    parts = _JOIN.split(body)
    if len(parts) < 2 or not all(len(p) >= 3 and (_COUNT.search(p) or _MEASURE_NOUN.search(p)) for p in parts):
        return text
    if not any(_COUNT.search(p) or p[-len(_MEASURE_NOUN.search(p).group(0)) - 1:].startswith("的") for p in parts):
        return text  # "A和B目标": one subject's name ("城镇和农村居民收入"), not nouns of measure
    asked = [(_COUNT.sub("", p) + "多少个") if _COUNT.search(p) else p + "是多少" for p in parts]
    return "，".join(asked) + "？"
