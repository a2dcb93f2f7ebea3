"""Figures a question offers rather than asks for: "拿了十一块金牌还是十二块" (a choice of two
figures) and "新增上市公司十来家，具体是几家" (a rough figure heard). Neither is a word of the
subject; the question asks the figure itself, so the offer is put as the ask ("拿了几块金牌")
or dropped, and the answer states the figure the text holds.
"""
from __future__ import annotations

from core import lazy_re as re
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
_ROUGH = re.compile(r"(?<![\d.])(?P<n>[一二三四五六七八九十两百千]+|\d+(?:\.\d+)?)(?P<mult>万亿|亿|万|千)?(?P<about>来|多|余)"
                    r"(?P<m>" + _MEASURE + r")")
_ASKED = re.compile(r"多少|(?<!哪)几(?!乎)|具体|准确|确切|精确|准数|实数|原数|原文")
# the rough figure is the whole ask: "…七百多公里？" / "…四百三十九亿多斤吗"
_ROUGH_ASKED = re.compile(r"\s*(?:(?:吗|吧|么|呢|是吧|对吧|对吗)\s*[？?]?|[？?])")


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
    if _ROUGH.search(text):
        dropped = _ROUGH.sub("", text)
        if _ASKED.search(dropped):
            text = dropped
        else:
            # "新改建农村公路七百多公里？": the rough figure is what is asked, put as the ask
            text = _ROUGH.sub(lambda m: _as_ask(m) if _ROUGH_ASKED.match(text, m.end()) else m.group(0), text)
    return text


def _choice_in(text: str) -> bool:
    """A choice of two figures, a measure said on one side at least."""
    return any(m.group("m") or m.group("m2") for m in _CHOICE.finditer(text))


def _as_ask(m: re.Match) -> str:
    return "多少" + (m.group("mult") or "") + m.group("m")


def rough_figures(question: str) -> list[str]:
    """The rough figures a question offers ("四百三十九亿多斤", "七百多公里"), in digits."""
    return [m.group(0) for m in _ROUGH.finditer(spoken_numbers(question or "")) if m.group("about") != "来"]
