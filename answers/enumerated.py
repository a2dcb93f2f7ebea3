"""A list after a colon: several indicators, or several scopes of one indicator, asked at once.

"2022年江西几个主要预期指标：GDP、一般公共预算收入、社零，分别多少" names the year, region and
kind (target) once, before the colon, and one indicator per item. "老旧小区改造：赣州22年完成
多少个、23年计划多少个；南昌23年完成多少" names the indicator once and a region, year and kind
per item. Read by structure:

- the items are what stands after the colon, separated by 、，；; a last item that only asks
  ("分别多少万亩", "这三个数", "各多少个") is the ask every item shares;
- when every item names an indicator of its own, the head's words other than its year, region,
  kind (目标/实际) and measure (营收/增速…) are a topic ("养老几个指标", "金融三个数"): not
  searched for;
- when an item names no indicator (only a region, year or kind), the head is the indicator and
  goes into every item; a region named by an item holds for the items after it.

Each item becomes a whole question (year, region, kind, indicator, ask) answered on its own,
and the answers are joined, one figure and source per item.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.compose import Answer
from answers.ellipsis import head_is_item
from answers.evidence import coverage, grams
from answers.multipart import asks_no_subject, joined, named_in_full
from answers.question import TARGET_CUES, Question
from answers.regions_fanout import across_regions
from answers.understanding import understand
from core.synonyms import table
from prompts import answers as P

_COLON = re.compile(r"[：:]")
_SEPARATOR = re.compile(r"[、；;，,？?]")
# "几个目标" / "三个数" in a head counts the items; it asks nothing of its own
_COUNTED = re.compile(r"[几两二三四五六七八九十\d]+(?:个|项)(?:主要)?(?:预期)?(?:指标|目标|数据|数字|数|方面)")
# the ask closing the last item: "…固投目标多少" / "…的目标是多少个"
_LAST_ASK = re.compile(r"的?(?:主要)?(?:预期)?(?:目标|计划)?(?:是|为|有|定的|要)?(?:多少|几)[\u4e00-\u9fff%]{0,4}$")
_ASK_SEPARATOR = re.compile(r"[；;，,？?]")
_OPENING = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9.])\s*[，,]\s*")
_DOCUMENT = re.compile(r"报告|分工方案|方案")
_DOCUMENT_NAME = re.compile(r"(?:省|市|县|区)?(?:人民)?(?:政府)?(?:工作)?(?:报告|(?:重点工作)?(?:责任)?分工方案|方案)(?:里|中|上)?")
_YEAR = re.compile(r"(?:(?:19|20)?\d{2}\s*年|今年|去年|前年|明年)")
_ASK = re.compile(r"(?:是)?(?:多少|几)")
# an item that only asks: "分别多少万亩" / "这三个数" / "各多少个" / "分别是多少" / "都是多少"
_ASK_ONLY = re.compile(
    r"^(?:(?:这|那)?(?:[几两二三四五六七八九十\d]+)?(?:个|项)?(?:数|数字|指标|数据)(?:分别|各)?(?:是)?(?:多少)?"
    r"|(?:分别|各自|各|都)(?:是|为|有|定的|定了)?(?:多少|几)[\u4e00-\u9fff%]{0,4})"
    r"(?:呀|啊|呢|吗)?$")
# the ask a last item ends with, shared by all: "…学位分别多少" / "…示范点各多少个"
_SHARED_TAIL = re.compile(r"(?:分别|各自|各|都)(?:是|为|有|定的|定了)?(?:多少|几)(?P<unit>[\u4e00-\u9fff%]{0,4})$")
# a remark in brackets that asks nothing: "（万个也行）"
_REMARK = re.compile(r"[（(][^（）()]*(?:也行|也可以|都行|即可|就行|均可|都可以)[^（）()]*[)）]")
# "粮食播面（万亩）": the unit asked, in brackets after the indicator
_BRACKET_UNIT = re.compile(r"[（(]\s*(?P<unit>(?:万亿|亿|万|千|百)?[\u4e00-\u9fff%]{1,3}|%|km/h|公里/小时)\s*[)）]")
# the kind of figure the head asks: a target, or what was done
_RESULT_HEAD = re.compile(r"实绩|实际(?!利用|使用|到位|投资)|完成情况|成绩|成效|回顾")
# the measure the head gives every item ("六个产业集群的营收目标"): never a topic noun
_OWN_KIND = re.compile(r"目标|计划|任务|预期|实际(?!利用|使用|到位|投资)|完成")
_MEASURE = re.compile(r"营收|营业收入|增速|增幅|增长率|占比|比重|总量|规模|产值")
# words of an item that say only where, when, what kind or from what source: no indicator
_SCOPE_WORDS = re.compile(
    r"(?:全省|全市|全县|省里|市里|我省|我市|中心城区|分工方案|责任分工|方案|报告|回顾|里|中|上|的|"
    r"目标|计划|任务|预期|实际|实绩|完成了?|定的|定了|要|是|呢|(?:多少|几)(?:万亿|亿|万|千|百)?"
    r"(?:元|公里|千米|米|吨|斤|亩|公顷|人次|人|户|家|个|套|项|所|座|条|台|场|件|名|次|辆|床|头|微克)?)")
# words of the head that list rather than name: "列一下", "几个主要预期指标", "三个数"
_LIST_WORDS = re.compile(
    r"列(?:一下|下|个表|出来|一列)?|说一下|看一下|查一下|汇总|"
    r"(?:这|那)?[几两二三四五六七八九十\d]+(?:个|项|类|大)(?:主要)?(?:预期)?(?:指标|数据|数字|数|项|方面)?|"
    r"主要|预期|指标|数据|数字|类|方面|的")


# how much of an item's bigrams its answer's first line must hold to name it
_NAMED = 0.5


class Listed(list):
    """The items as whole questions; `names`, when each item names an indicator of its own,
    is each item as typed less its ask ("现代家居", "GDP"), to head an answer that does not
    name it."""

    names: list[str] = []


# the ask an item ends with: "…养老院几家" / "…比例多少" / "…是多少个"
_ITEM_ASK = re.compile(r"(?:的)?(?:是)?(?:多少|几)[\u4e00-\u9fff%]{0,3}$")


def listed_parts(ctx: Any, q: Question, *, region: str | None = None) -> list[str]:
    """The items of a list after a colon as whole questions, or [] when the question is no
    such list (fewer than two items, or a colon that opens no list)."""
    text = q.text
    if q.term or q.office or q.meta:
        return []
    colon = _COLON.search(text)
    # "农村改厕所，省里22年定的多少？赣州23年呢": a first clause that asks nothing, then asks
    # that each name only a scope, is the same list said with a comma
    opening = None if colon else _OPENING.search(text)
    if not (colon or opening):
        return []
    cut = colon or opening
    head, body = text[: cut.start()].strip(), text[cut.end():].strip(" ？?。！!")
    request = None if colon else _LIST_REQUEST.match(body)
    if request and len(body) > request.end():
        # "赣州23年产业集群营收目标，列一下现代家居和纺织服装的": the request opens the list
        # as a colon would
        items = _LIST_REQUEST_END.sub("", body[request.end():])
        return listed_parts(ctx, replace(q, text=f"{head}：{items}"), region=region)
    body = _REMARK.sub("", body)
    if _COLON.search(body) or (opening and _ASK.search(_COUNTED.sub("", head))):
        return []
    items = [i.strip() for i in (_SEPARATOR if colon else _ASK_SEPARATOR).split(body) if i.strip()]
    if colon and len(items) == 1:
        # "…：新增信贷投放 企业直接融资" / "GDP/社零/固投": spaces or slashes between the items
        pieces = [i.strip() for i in re.split(r"\s+|[/／|]", body) if i.strip()]
        items = pieces if all(named_in_full(i) for i in pieces) else items
    # "江西2024年几个目标，A、B、C": after a comma, indicators joined by 、 are a list too
    # (the ask said once, at the end: "新增多少家、总数达到多少" is two asks, not a list)
    listed = bool(opening) and len(items) == 1 and "、" in body and not _ASK.search(body.rsplit("、", 1)[0])
    if listed:
        items = [i.strip() for i in _SEPARATOR.split(body) if i.strip()]
    items = [piece for i in items for piece in _joined(i)]
    shared = ""
    while items and _ASK_ONLY.match(items[-1]):
        shared = items.pop()
    if items and not shared:
        tail = _SHARED_TAIL.search(items[-1])
        if tail and tail.start() > 0:
            shared, items[-1] = tail.group(0), items[-1][: tail.start()]
    if len(items) < 2 or any(len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", i)) < 2 for i in items):
        return []
    if not shared and not any(_ASK.search(i) for i in items[:-1]):
        # "GDP、固投目标多少": the ask (and kind) said once, on the last item, is every item's
        last_ask = _LAST_ASK.search(items[-1])
        if last_ask and last_ask.start() >= 2:
            shared, items[-1] = last_ask.group(0), items[-1][: last_ask.start()]
    lead_year = _YEAR.match(items[0])
    if lead_year and not _YEAR.search(head) and not any(_YEAR.search(i) for i in items[1:]):
        # "南昌，2024年GDP、固投目标": a year before the first item is the whole list's
        head, items[0] = head + lead_year.group(0), items[0][lead_year.end():]
    unit = re.search(r"(?:多少|几)([\u4e00-\u9fff%]{0,4})$", shared)
    ask = "多少" + (unit.group(1) if unit else "")
    head_q, _ = understand(ctx, head, region=region) if head else (None, [])
    if head_q and head_q.also_regions:
        return []  # "南昌和赣州：…": several regions before the list, answered region by region
    head_region = head_q.region.mentioned if head_q and head_q.region.mentioned else ""
    head_year = " ".join(m.group(0) for m in _YEAR.finditer(head))
    bare = None if head_year else re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", head)
    if bare and _DOCUMENT.search(head):
        head_year = bare.group(1) + "年"  # "省政府工作报告2022：" (年 left out)
    if re.fullmatch(r"(?:19|20)\d{2}\s*年", head_year) and _DOCUMENT.search(head):
        # "…报告2022年：今年重点推进…": the items' 今年 is the document's year
        items = [i.replace("今年", "", 1) for i in items]
    kind = "目标" if TARGET_CUES.search(head) else "实际" if _RESULT_HEAD.search(head) else ""
    measure = "".join(dict.fromkeys(_MEASURE.findall(head)))
    # the shared measure said once, on the last item: "一般公共预算收入、…、社零的增速"
    last_measure = re.search(r"的(" + _MEASURE.pattern + r")$", items[-1])
    if last_measure and not measure:
        measure, items[-1] = last_measure.group(1), items[-1][: last_measure.start()]
    # "GDP、固投目标分别多少": the kind said once, on the last item, when no other item says one
    last_kind = re.search(r"的?(?:主要)?(?:预期)?(?:目标|计划)$", items[-1]) if shared else None
    if shared and not kind and re.match(r"的?(?:主要)?(?:预期)?(?:目标|计划)", shared):
        kind = "目标"
    if (last_kind and not kind and len(items[-1]) - len(last_kind.group(0)) >= 2
            and not any(_OWN_KIND.search(i) for i in items[:-1])):
        kind, items[-1] = "目标", items[-1][: last_kind.start()]
    if (_DOCUMENT.search(head) and not _indicator_of(head, head_region)
            and any(asks_no_subject(i.replace(head_region or "\0", "")) for i in items[1:])):
        # "南昌市2024年政府工作报告：2023年A实际多少，2024年要求稳定在多少以上": the head names a
        # document, not an indicator, and a later item none: it asks of the item before's subject,
        # which the several-asks reading carries (answers.multipart.per_ask)
        return []
    parsed = [(i, understand(ctx, i, region=region)[0]) for i in items]
    scopes_only = any(not _names_indicator(i, sub) for i, sub in parsed) or (
        colon is not None and not _COUNTED.search(head)  # "老旧小区改造：南昌…计划改造多少个？…"
        and head_is_item(_indicator_of(head, head_region), [(i, sub.region.mentioned) for i, sub in parsed], table("query")))
    if listed and not all(named_in_full(i) for i in items):
        return []
    if len(items) == 2 and not scopes_only and not all(named_in_full(_YEAR.sub("", i)) for i in items):
        return []  # "城镇、农村居民收入增速": a short first item shares the second's words
    if opening and not listed and not (all(not _names_indicator(i, sub) for i, sub in parsed)
                                       and all(_ASK.search(i) for i in items)):
        return []  # said with a comma: only a list of scopes, each asking, is read as a list
    indicator = _indicator_of(head, head_region) if scopes_only else ""
    if scopes_only and not indicator:
        return []
    parts, carried = Listed(), ""
    if not scopes_only:  # the items as typed name what each answer is of
        parts.names = [_ITEM_ASK.sub("", _BRACKET_UNIT.sub("", i)).strip() for i, _ in parsed]
    for item, sub in parsed:
        own_region = sub.region.mentioned or ""
        if own_region and own_region not in (head_region, ""):
            carried = own_region
        where = "" if own_region else (carried or head_region)
        when = "" if _YEAR.search(item) else head_year
        item = _BRACKET_UNIT.sub(lambda m: "多少" + m.group("unit"), item)
        own_ask = _ASK.search(item)
        if scopes_only:
            lead = re.match(r"^\s*(?:" + re.escape(own_region or "\0") + r")?\s*(?:" + _YEAR.pattern + r")?", item)
            body_ = item[lead.end():] if lead else item
            text_ = f"{where}{item[: lead.end()] if lead else ''}{indicator}{body_}"
        else:
            text_ = f"{where}{when}{item}"
            if measure and not _MEASURE.search(item) and not own_ask:
                text_ += measure
        if scopes_only and when:
            text_ = when + text_
        if own_ask:
            if kind and not _OWN_KIND.search(item):
                text_ = text_.replace(own_ask.group(0), kind + own_ask.group(0), 1)
        else:
            if kind and not _OWN_KIND.search(text_):
                text_ += kind
            text_ += ask
        parts.append(text_)
    return parts


# "列一下" / "分别说说" / "帮我列出": a request that what follows be listed
_LIST_REQUEST = re.compile(r"^(?:请|麻烦)?(?:帮我|给我)?(?:分别)?(?:列一下|列下|列出来?|列举一下|列个表|说一下|说说|讲一下|报一下|给一下)\s*(?:一下)?")
# what closes the listed items and names nothing: "…的", "…这两个", "…的数"
_LIST_REQUEST_END = re.compile(r"(?:的|这|那)?(?:[两二三四几]个|俩)?(?:的)?(?:数|数字|目标|情况)?$")


def _joined(item: str) -> list[str]:
    """"新增园位和新增学位" → two items; "城镇和农村居民收入增速" stays one (a side too short
    to name an indicator in full)."""
    sides = [x for x in re.split(r"以及|[和及与]", item) if x]
    if len(sides) < 2 or not all(named_in_full(x) for x in sides):
        return [item]
    return sides


def _names_indicator(item: str, sub: Question) -> bool:
    """Whether an item names an indicator: words of its own once its region, year, kind,
    source and ask words are gone (a short form of the synonym table counts: "社零", "固投")."""
    rest = _YEAR.sub("", item.replace(sub.region.mentioned or "\0", ""))
    rest = _SCOPE_WORDS.sub("", _BRACKET_UNIT.sub("", rest))
    if any(short in item for short in table("query")):
        return True
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2 or bool(re.search(r"[A-Za-z]{2,}", rest))


def _indicator_of(head: str, head_region: str) -> str:
    """The indicator a head names when its items are scopes: "老旧小区改造", "PM2.5"."""
    rest = _YEAR.sub("", head.replace(head_region or "\0", ""))
    rest = _LIST_WORDS.sub("", rest)
    # "南昌市2024年政府工作报告：A多少，2024年要求多少": a document named is no indicator; the
    # items then ask of their own subjects, the later of the earlier's (answers.multipart)
    rest = _DOCUMENT_NAME.sub("", rest)
    return re.sub(r"\s+", "", rest)


def answer_listed(ctx: Any, q: Question, parts: list[str], docs: list[B.Doc], today: dt.date,
                  region: str | None) -> Answer:
    """One answer per item, each with its own year, region and kind, joined in the list's order."""
    answers = []
    for part in parts:
        sub, _ = understand(ctx, part, region=region)
        if sub.intent not in ("target", "fact"):
            sub = replace(sub, intent="fact")
        if sub.years.empty:
            sub = replace(sub, years=q.years)
        if not sub.region.mentioned and q.region.name and not q.also_regions:
            sub = replace(sub, region=q.region)
        sub = replace(sub, also_regions=[])
        answers.append(across_regions(ctx, sub, docs, today))
    return joined(_labelled(getattr(parts, "names", []), answers))


def _labelled(names: list[str], answers: list[Answer]) -> list[Answer]:
    """Each answer headed by its item ("【现代家居】") when its first line does not name the
    item: "力争产业集群营收达2800亿元" alone does not say which cluster."""
    if len(names) != len(answers):
        return answers
    out = []
    for name, ans in zip(names, answers):
        first = ans.answer.splitlines()[0] if ans.answer else ""
        # a short form the synonym table spells out ("固投" → 固定资产投资) is named by either
        forms = [name, *(doc for short, doc in table("query").items() if short in name)]
        named = any(coverage(grams(f), first) >= _NAMED for f in forms if grams(f))
        if ans.intent != "none" and grams(name) and not named:
            ans = replace(ans, answer=P.LIST_ITEM_LABEL.format(item=name) + ans.answer)
        out.append(ans)
    return out
