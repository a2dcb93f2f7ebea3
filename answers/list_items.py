"""One item of a printed list, asked by its place: "24年省里10件民生实事 第9件是啥",
"五个一批第3个是什么". Reports print such lists in a 名词解释 entry ("2024年10件民生实事为A，
B，…") or in the body ("今年重点办好8件民生实事：一是…；二是…"). Read as a figure, the question
finds the list's name and answers with it, never the item (round 27b r27b-010).

The list is the text after the name and its introducing word (为 / ： / 指 / 包括) up to the
sentence's end. It is cut into items at 一是/二是… when printed, else at the one separator
(；，、) that gives exactly the count the name states ("10件", "五个"). A list whose items
cannot be counted against a stated number, or an ordinal past its end, answers nothing here
(the question is then read as before): an item is never guessed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from answers import backends as B
from answers.compose import Answer, evidence_of, fit, source_dict, source_line
from core import lazy_re as re
from core.numerals import cn_number
from prompts import answers as P

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})"
_ASK = re.compile(
    r"^(?P<name>[^，,。？?；;]{2,30}?)\s*(?:的|里的?|中的?|里面的?|当中的?)?\s*第\s*(?P<n>" + _NUM + r")\s*"
    r"(?P<cls>件|项|个|条|类|种|方面|场|大)?\s*(?:是|指|为)?\s*"
    r"(?:啥|什么|哪个|哪件|哪项|哪条|哪一个|哪一件|哪一项|哪一条|什么事|啥事|什么内容|啥内容)\s*(?:呀|啊|呢)?[？?。\s]*$")
# words before the list's name that say where or when, not which list
_PLACE = re.compile(r"^(?:请问|问下|问一下)?\s*(?:省里|市里|县里|区里|全省|全市|全县|全区|我省|我市|我县|我区|省|市|县|区)?(?:的)?")
_YEAR = re.compile(r"(?:(?:19|20)?\d{2}|今|去|明)年(?:的)?|(?:19|20)\d{2}")
# the count a name states: "10件民生实事", "五个一批", "三大攻坚"
_COUNT = re.compile(r"^(" + _NUM + r")\s*(?:件|项|个|条|类|种|大|场|方面)")
# what opens the list after its name
_OPENER = re.compile(r"^[”\"」』]?\s*(?:行动|工程|计划|项目)?[”\"」』]?\s*(?:主要|具体)?(?:为|是|指|包括|：|:)\s*(?:指)?\s*")
_MARKED = re.compile(r"(?:^|[；;，,。])\s*(?:[一二三四五六七八九十]{1,3})是")
_QUOTES = re.compile(r"[“”\"「」『』]")


@dataclass(frozen=True)
class ItemAsked:
    name: str  # the list's name, without year or place ("10件民生实事")
    place: int  # the ordinal asked, from 1
    cls: str  # its measure word as asked ("件"), or ""
    year: int | None  # the year the name is asked for (short years read as 20xx)


def item_asked(question: str) -> ItemAsked | None:
    """The list and the place asked, or None when the question asks no item by its place."""
    m = _ASK.match((question or "").strip())
    if not m:
        return None
    place = cn_number(m.group("n"))
    raw = m.group("name").strip()
    year_m = _YEAR.search(raw)
    year = None
    if year_m and year_m.group(0)[:2].isdigit():
        digits = re.match(r"\d+", year_m.group(0)).group(0)
        year = int(digits) + (2000 if len(digits) == 2 else 0)
    name = _QUOTES.sub("", _YEAR.sub("", raw))
    name = _PLACE.sub("", name.strip()).strip()
    if not place or len(name) < 2:
        return None
    return ItemAsked(name, place, m.group("cls") or "", year)


def _squash(text: str) -> str:
    """PDF text keeps spaces between digits and words ("10 件民生实事"): none of them count."""
    return re.sub(r"\s+", "", text or "")


def items_of(listed: str, count: int | None) -> list[str] | None:
    """The items of the list text `listed`, or None when they cannot be told apart for sure."""
    listed = listed.rstrip("。；;，, ")
    if _MARKED.search(listed):
        parts = [p for p in re.split(r"(?:^|[；;，,。])\s*[一二三四五六七八九十]{1,3}是", listed)]
        items = [p.strip("；;，, ") for p in parts[1:]]
        return items if items and (count is None or len(items) == count) else None
    if count is None:
        return None
    for sep in ("；", "，", "、"):
        items = [p.strip() for p in re.split(r"[" + sep + ("," if sep == "，" else ";" if sep == "；" else "") + "]", listed)]
        if len(items) == count and all(items):
            return items
    return None


def _lists(text: str, asked: ItemAsked) -> list[tuple[str, str]]:
    """(list text, the printed name and list) for each place `text` names the list and opens it;
    the ones of the year asked first when the name is printed with years. The name is matched
    with or without quotes ("五个一批" / “五个一批”), the text is given as printed."""
    flat = _squash(text)
    name = re.compile(r"[“”\"「」『』]?".join(re.escape(c) for c in asked.name))
    found: list[tuple[int, str, str]] = []
    for sentence in re.split(r"(?<=。)", flat):
        for m in name.finditer(sentence):
            opened = _OPENER.match(sentence[m.end():])
            if not opened:
                continue
            listed = re.split(r"[；;](?=(?:19|20)\d{2}年)", sentence[m.end() + opened.end():])[0]
            lead = sentence[max(0, m.start() - 6):m.start()]
            printed_year = re.search(r"((?:19|20)\d{2})年", lead)
            if asked.year and printed_year and int(printed_year.group(1)) != asked.year:
                continue
            rank = 0 if (asked.year and printed_year) else 1
            shown = (printed_year.group(0) if printed_year else "") + sentence[m.start():m.end() + opened.end()] + listed
            found.append((rank, listed, shown.rstrip("；;") + ("" if shown.endswith("。") else "。")))
    return [(listed, shown) for _rank, listed, shown in sorted(found, key=lambda f: f[0])]


def list_item_answer(ctx: Any, question: str) -> Answer | None:
    """The item at the place asked of a printed list, or None (module doc)."""
    asked = item_asked(question)
    if asked is None:
        return None
    stated = _COUNT.match(asked.name)
    count = cn_number(stated.group(1)) if stated else None
    past = None  # a list counted whole that ends before the place asked
    for hit in B.search(ctx, asked.name, k=8):
        doc_year = B.field(hit, "year")
        if asked.year and doc_year and int(doc_year) not in (asked.year, asked.year + 1):
            continue
        for listed, sentence in _lists(B.field(hit, "text") or "", asked):
            items = items_of(listed, count)
            if items and asked.place > len(items):
                past = past or (len(items), hit)
            if not items or asked.place > len(items):
                continue
            item = items[asked.place - 1]
            title = B.field(hit, "title") or ""
            body = P.LIST_ITEM.format(name=asked.name, place=asked.place, cls=asked.cls or "项", item=item,
                                      total=len(items))
            body += "\n" + P.FACT_CONTEXT.format(sentence=sentence)
            return Answer(fit(body, 450) + "\n" + source_line(title, B.field(hit, "section")), "fact",
                          [source_dict(hit, sentence)],
                          evidence=[evidence_of(hit, item, asked.year, sentence)])
    if past is not None:
        total, hit = past
        text = P.NONE_LIST_ITEM_PAST.format(name=asked.name, total=total, cls=asked.cls or "项", place=asked.place)
        return Answer(text, "none", [source_dict(hit)])
    return None
