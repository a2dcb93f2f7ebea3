"""The parts of a numbered name asked: "1269行动计划 12 6 9分别指什么" / "全球一二三快货物流圈
一二三分别指的什么" / "十百千万工程 十 百 千 万各是啥".

A name made of numbers ("1269", "8810", "1+5+N", "一枢纽四中心") is explained part by part in the
entry that defines it (a 名词解释 entry or the body sentence). Asked "分别指什么", staff often say
the parts again after the name; read as a figure question, those digits are a year ("12" →
2012) or the ask finds the body sentence that only mentions the name. The parts are the name's
own numbers, never a year: the question is the name's definition. A name said with Chinese
digits ("一二三") the documents may print with Arabic ones ("123"): that reading is asked too
when the name as typed is not found. Round 26a r26a-008, 26d r26d-050.
"""
from __future__ import annotations

from typing import Callable

from answers.compose import Answer
from core import lazy_re as re
from core.places import place_pattern

_CN_DIGITS = "〇一二三四五六七八九"
_NUMERAL = r"[0-9０-９〇一二两三四五六七八九十百千万亿+＋NnXx]"
# the ask of the parts: "分别指什么" / "各是啥" / "分别代表的是什么" / "各指的啥"
_PARTS_ASK = (r"(?:分别|各自|各)(?:都)?(?:是|指|代表|表示)?(?:的)?(?:是|指)?(?:的)?"
              r"(?:什么|啥|哪些|什么意思|啥意思)")
_ASK = re.compile(
    r"^(?:请问|问一下|问下|那个|这个|就是)*\s*(?P<term>[^，,。？?；;\s]{2,30}?)"
    r"(?P<parts>(?:[\s、，,和与及]*" + _NUMERAL + r"{1,4})*)[\s、，,]*" + _PARTS_ASK +
    r"(?:[呀啊呢吗]|[\s，,。？?！!]|(?:你|您)?(?:帮我|给我)?(?:解释|说明|讲)(?:一下|下)?)*$")
# a year or a date said before the ask is no name: "2024年两项任务分别是啥"
_YEAR = re.compile(r"\d{2,4}年|[〇零一二三四五六七八九]{2,4}年|\d{1,2}月")


def _numbers(text: str) -> str:
    """The numbers of a text, run together ("12 6 9" → "1269", "十 百 千 万" → "十百千万")."""
    return "".join(re.findall(_NUMERAL, text)).replace("+", "").replace("＋", "")


# one part of the name asked: "1+5+N融资担保体系里的5 指哪5个" / "4+2+2里的第一个2是啥"
_ONE_PART = re.compile(
    r"^(?:请问|问一下|问下|那个|这个|就是)*\s*(?P<term>[^，,。？?；;\s]{2,30}?)\s*(?:里|中|当中)?的?"
    # "南昌那个8810 最后那个10啥意思" (round 47a): the part said by its place in the name
    r"(?:(?:第[一二三1-3]|最后|末尾|头|开头|中间)(?:那|的)?个|最后那|最后)?"
    r"(?<!第)(?P<parts>" + _NUMERAL + r"{1,3})\s*(?:家|个|项|类)?\s*(?:(?:是|指|代表)(?:的)?(?:是)?(?:哪|什么|啥)|(?:是)?(?:啥|什么)意思)")


# a name of numbers joined by + ("4+2+2", "1+5+N"), maybe with what it names ("…医疗卫生服务体系")
_PLUS_NAME = re.compile(r"[“\"]?(?P<name>\d+(?:\s*[+＋]\s*[\dA-Za-z]+)+)[”\"]?(?P<kind>[\u4e00-\u9fff]{0,12}?"
                        r"(?:体系|工程|行动|计划|战略|格局|模式|机制|布局|体制|路径|平台))?")
_NAMES_ASKED = re.compile(r"哪|什么|啥|指|意思|含义")
_FIGURE_ASKED = re.compile(r"多少|几(?!家|个|类)")


def plus_name_asked(question: str) -> str | None:
    """"4+2+2" alone, or "南昌4+2+2医疗卫生服务体系 中间那2家专科医院是哪两家" / "…4家、2家、2家分别
    指哪些医院": a +-joined name said with a question of what it names (no figure asked) is its
    definition asked; the name as printed, with the kind of thing it names when said."""
    text = (question or "").strip()
    m = _PLUS_NAME.search(text)
    if not m:
        return None
    if re.fullmatch(r"(?:是什么意思|是啥|是什么|啥意思)[？?]?", text[m.end():].strip()):
        return None  # the definition asked in so many words: answered as a definition already
    alone = not re.sub(r"[\s“”\"？?。！!]", "", text[: m.start()] + text[m.end():])
    if not alone and (not _NAMES_ASKED.search(text) or _FIGURE_ASKED.search(text)):
        return None
    # "碳达峰1+N 1指啥": the words before the name say whose "1+N" it is (耕地保护 has one too)
    # (a place or the report pointed at is where to look, not whose: "南昌报告里那个4+2+2…")
    owner = re.search(r"([\u4e00-\u9fff]{2,8})\s*[“\"]?$", _WHERE.sub(" ", place_pattern().sub(" ", text[: m.start()])))
    return (owner.group(1) if owner else "") + re.sub(r"\s+", "", m.group("name")) + (m.group("kind") or "")


_WHERE = re.compile(r"(?:政府工作)?报告|文件|名词解释|里面|里头|里|中的|那个|这个|的")


# "一枢纽四中心 四个中心分别是哪几个" (round 49a): one part of the name said with its counter
_COUNTED_PART = re.compile(
    r"^(?:请问|问一下|问下|那个|这个|就是)*\s*(?P<term>[^，,。？?；;\s]{2,30}?)[\s，,]+(?:里|中)?(?:的)?(?:那)?"
    r"(?P<num>[一二两三四五六七八九十\d]{1,2})个?(?P<noun>[\u4e00-\u9fff]{1,3}?)\s*"
    r"(?:分别|各自|都|具体)?(?:是|指)(?:的)?(?:哪几个|哪几家|哪些|哪几|什么|啥)")


def parts_asked(question: str) -> str | None:
    """The numbered name whose parts are asked, or None when the question asks no such thing.
    The parts said after the name must be the name's own numbers, in order."""
    counted = _COUNTED_PART.match((question or "").strip())
    if counted and counted.group("num") + counted.group("noun") in counted.group("term"):
        term = re.sub(r"那个|这个", "", counted.group("term")).strip("“”\"「」")
        return term if len(_numbers(term)) >= 2 else None
    m = _ASK.match((question or "").strip()) or _ONE_PART.match((question or "").strip())
    if not m:
        return plus_name_asked(question)
    term = re.sub(r"那个|这个", "", m.group("term")).strip("“”\"「」")  # "南昌那个8810" names 南昌's 8810
    if len(_numbers(term)) < 2 or _YEAR.search(term):
        return None  # "两山银行分别指什么" / "两项工作分别是啥" / "2024年…": no numbered name
    said = _numbers(m.group("parts"))
    if said and said not in _numbers(term):
        return None  # numbers said that are not the name's: another ask
    return term


def arabic_reading(term: str) -> str | None:
    """"全球一二三快货物流圈" → "全球123快货物流圈": a run of two or more single Chinese digits
    read as Arabic ones (never 十/百, whose reading is no digit string), or None."""
    out = re.sub(r"[〇一二三四五六七八九]{2,}",
                 lambda m: "".join(str(_CN_DIGITS.index(c)) for c in m.group(0)), term)
    return out if out != term else None


def name_parts_answer(question: str, sub: Callable[[str], Answer]) -> Answer | None:
    """The definition of the numbered name whose parts are asked, or None (read on as before)."""
    term = parts_asked(question)
    if term is None:
        return None
    # the name with whose it is first, then the name alone ("碳达峰1+N", then "1+N")
    bare = _PLUS_NAME.search(term)
    alone = re.sub(r"\s+", "", bare.group("name")) + (bare.group("kind") or "") if bare else None
    for name in dict.fromkeys(n for n in (term, arabic_reading(term), alone) if n):
        if not name:
            continue
        defined = sub(name + "是什么意思")
        if defined.intent != "none":
            return defined
    return None
