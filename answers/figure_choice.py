"""Figures a question offers rather than asks for: "拿了十一块金牌还是十二块" (a choice of two
figures) and "新增上市公司十来家，具体是几家" (a rough figure heard). Neither is a word of the
subject; the question asks the figure itself, so the offer is put as the ask ("拿了几块金牌")
or dropped, and the answer states the figure the text holds.
"""
from __future__ import annotations

from core import lazy_re as re
from core.numerals import CN_DIGITS
from core.spoken import spoken_numbers

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二三四五六七八九十两百千万]+(?:点[零一二三四五六七八九]+)?)"
# the measures a counted thing is said in (块 金牌, 家 企业, 个 项目…), then larger units
_MEASURE = r"(?:个百分点|百分点|万亿元|亿元|万元|(?:万|亿)(?:人次|人|斤|吨|亩|千瓦时|立方米|美元)|万亿|亿|万|块|枚|个|家|项|所|座|条|台|场|件|名|位|次|辆|户|人次|人|套|床|公里|亩|吨|斤|%)"
# "十一块金牌还是十二块" / "5%还是6%" / "12家还是14家": two figures, one to be named
# (a measure said on one side at least, so "十四五还是十三五" or "23年还是24年" is no figure)
_CHOICE = re.compile(
    r"(?<![第\d.])(?P<a>" + _NUM + r")\s*(?P<m>" + _MEASURE + r")?(?P<noun>(?![年月日号])[\u4e00-\u9fff]{0,4}?)\s*还是\s*"
    r"(?P<b>" + _NUM + r")\s*(?P<m2>" + _MEASURE + r")?(?P<noun2>(?![年月日号])[\u4e00-\u9fff]{0,4}?)"
    r"(?=[？?。，,！!]|呢|啊|呀|$)")
# "十来家" / "四十多亿斤" / "三百余个" / "四百三十九亿多斤" / "1.2万多个": a rough figure, heard, not read
_ROUGH_TEXT = (r"(?<![\d.])(?P<n>[一二三四五六七八九十两百千]+|\d+(?:\.\d+)?)(?P<mult>万亿|亿|万|千)?(?P<about>来|多|余)"
               r"(?P<m>" + _MEASURE + r")")
_ROUGH = re.compile(_ROUGH_TEXT)
# "总投资是不是3000多亿": the rough figure offered to be confirmed, with the verb that offers it
_CONFIRMED_ROUGH = re.compile(r"(?P<verb>(?:是不是|是否|有没有)\s*)?" + _ROUGH_TEXT)
# "十几个亿" / "二十几家": some tens and a few, said as voice input says "十多亿" (round 29c)
_TENS_AND_SOME = re.compile(r"(?<![\d.零〇一二三四五六七八九十两百千万])([一二三四五六七八九]?十)几个?(?=(?:万亿|亿|万|千)?" + _MEASURE + r")")
# ("那几场经贸活动" points at things, it asks no count)
_ASKED = re.compile(r"多少|(?<![哪那这])几(?!乎)|具体|准确|确切|精确|准数|实数|原数|原文")
# the rough figure is the whole ask: "…七百多公里？" / "…四百三十九亿多斤吗"
_ROUGH_ASKED = re.compile(r"\s*(?:(?:吗|吧|么|呢|是吧|对吧|对吗)\s*[？?]?|[？?])")


def _own_clause_asks_nothing(text: str) -> bool:
    """"…签了多少个亿元以上项目 协议投资是不是500多亿" (round 25b): the rough figure stands in a
    clause of its own with its own subject and no ask word; that clause asks it, the other asks
    something else."""
    m = _CONFIRMED_ROUGH.search(text)
    if not m:
        return False
    start = max(text.rfind(sep, 0, m.start()) for sep in (" ", "，", ",", "；", ";", "？", "?"))
    if start < 0:
        return False
    own = text[start + 1:m.start()]
    return len(re.findall(r"[\u4e00-\u9fff]", own)) >= 2 and not _ASKED.search(own) and bool(_ASKED.search(text[:start]))


def figure_offered(question: str) -> str:
    """The question with a choice of figures put as the ask and a rough figure left out
    when the question asks the figure anyway."""
    text = question or ""

    def ask(m: re.Match) -> str:
        measure = m.group("m") or m.group("m2") or ""
        if not measure:
            return m.group(0)
        noun = m.group("noun") or m.group("noun2") or ""
        counted = measure and re.fullmatch(r"[块枚个家项所座条台场件名位次辆户套床]|人次|人", measure)
        return ("几" if counted else "多少") + measure + noun

    from answers.thresholds import threshold_plain  # "投资两千万以上的项目": the bound is checked by value

    text = threshold_plain(text)
    if not _choice_in(text) and _choice_in(spoken := spoken_numbers(text)):
        text = spoken  # "百分之六点五还是百分之七": the figures said in words, read as typed
    text = _CHOICE.sub(ask, text)
    text = tens_as_rough(text)
    if _ROUGH.search(text):
        dropped = _CONFIRMED_ROUGH.sub("", text)
        if _ASKED.search(dropped) and not _own_clause_asks_nothing(text):
            text = dropped
        else:
            # "新改建农村公路七百多公里？" / "签约总投资是不是3000多亿": the rough figure is what is
            # asked, put as the ask
            text = _CONFIRMED_ROUGH.sub(lambda m: ("是" if m.group("verb") else "") + _as_ask(m)
                                        if m.group("verb") or _ROUGH_ASKED.match(text, m.end()) else m.group(0), text)
    return text


def _choice_in(text: str) -> bool:
    """A choice of two figures, a measure said on one side at least."""
    return any(m.group("m") or m.group("m2") for m in _CHOICE.finditer(text))


def _as_ask(m: re.Match) -> str:
    measure = m.group("m")
    if measure in ("亿", "万亿"):
        measure += "元"  # "3000多亿" of an amount is yuan, as staff say it (answers.stated_figures)
    return "多少" + (m.group("mult") or "") + measure


def tens_as_rough(text: str) -> str:
    """"十几个亿" → "10多亿", "二十几家" → "20多家": some tens and a few is the rough figure
    "N多" (at least N, below N plus ten), written as `rough_figures` reads it."""
    def tens(m: re.Match) -> str:
        said = m.group(1)
        return f"{(CN_DIGITS[said[0]] if len(said) == 2 else 1) * 10}多"

    return _TENS_AND_SOME.sub(tens, text)


def rough_figures(question: str) -> list[str]:
    """The rough figures a question offers ("四百三十九亿多斤", "七百多公里", "十几个亿"), in digits."""
    return [m.group(0) for m in _ROUGH.finditer(spoken_numbers(tens_as_rough(question or ""))) if m.group("about") != "来"]
