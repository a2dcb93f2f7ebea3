"""Figures as values: "5%左右", "1.2万亿元", "3000公里", "八年" read into (value, unit, qualifier).

The grounding check compares what a model wrote with what the evidence says. Comparing
strings is too loose ("7.5%" stands somewhere in any long context) and too strict ("5.0%左右"
is "5%左右", "1.2万亿元" is "12000亿元"), so both sides are read into values first: the
number times its multiplier, the unit in one spelling, and the qualifier in one of five kinds
(approximately / at least / at most / more than / exact). Years ("2024年") are not figures:
they are checked on their own.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass

from core.measures import READ_AS, alternation
from core.numerals import cn_number

_MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 1e2}
# units a figure can carry, longest first where one is the start of another
_UNIT_WORDS = alternation() + "|" + (  # core.measures first: 千瓦时 before 千瓦, 吨标准煤 before 吨
    "个百分点|百分点|%|％|‰|微克/立方米|平方公里|平方米|公里|千米|米|公顷|亩|吨|斤|"
    "美元|元|人次|人|户|家|个工作日|个月|个|套|项|所|座|条|台|场|件|名|次|倍|千瓦时|千瓦|辆|盏|株|只|头|批|处|类|部|届|"
    "枚|床|张|艘|架|位|间|标准箱|版|小时|分钟|天|年|岁|成"
)
_PREFIX_QUAL = r"(?:(?P<pre>大约|约|近|超过|超|逾|不低于|不少于|不超过|不高于|低于|高于)\s*)?"
_SUFFIX_QUAL = r"(?P<post>左右|上下|以上|以内|以下|多|余)?"
_MULT = r"(?P<mult>万亿|千亿|亿|千万|百万|万|千|百)?"
_MORE = r"(?P<more>多|余)?"

FIGURE = re.compile(
    _PREFIX_QUAL
    + r"(?<![A-Za-z\d.])(?P<num>\d+(?:\.\d+)?)(?:\s*[-～~至到]\s*(?P<num2>\d+(?:\.\d+)?))?\s*"
    + _MULT + _MORE + r"(?P<unit>" + _UNIT_WORDS + r")?\s*" + _SUFFIX_QUAL
)
# a figure in words: "八年", "十九个", "三项" (a lone 一 is an article far more often than a count)
CN_FIGURE = re.compile(
    _PREFIX_QUAL + r"(?P<num>[一二两三四五六七八九十百]{1,4})" + _MULT + _MORE
    + r"(?P<unit>个|项|家|条|座|所|批|次|年|倍|届|成)" + _SUFFIX_QUAL
)
_FOUR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")
_CN_YEAR = re.compile(r"([一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年")
_CN_YEAR_DIGITS = "〇一二三四五六七八九"
_RANGE = r"\s*[-—－~～至到]\s*"
_BARE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")

_UNIT_SYNONYMS = {"％": "%", "百分点": "个百分点", "千米": "公里", **READ_AS}
_QUALIFIERS = {
    "左右": "approx", "上下": "approx", "约": "approx", "大约": "approx", "近": "approx",
    "以上": "min", "不低于": "min", "不少于": "min", "超过": "min", "超": "min", "逾": "min", "高于": "min",
    "以内": "max", "以下": "max", "不超过": "max", "不高于": "max", "低于": "max",
    "多": "more", "余": "more",
}


@dataclass(frozen=True)
class Figure:
    """One figure: `value` in the base unit (亿元 → 元), `unit` in one spelling, `qualifier`
    one of "" / approx / min / max / more; `text` as written, `start` where it stands."""

    value: float
    value2: float | None
    unit: str
    qualifier: str
    text: str
    start: int
    end: int

    def same_number(self, other: "Figure") -> bool:
        return _close(self.value, other.value) and _close(self.value2, other.value2)

    def same_raw_number(self, other: "Figure") -> bool:
        """The digits are the same although the value is not ("19.1亿元" against "19.1万元")."""
        return _digits(self.text) == _digits(other.text)

    def equals(self, other: "Figure") -> bool:
        return self.same_number(other) and self.unit == other.unit and self.qualifier == other.qualifier


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _digits(text: str) -> str:
    m = re.search(r"\d+(?:\.\d+)?", text)
    if m:
        return str(float(m.group(0)))
    m = re.search(r"[一二两三四五六七八九十百]+", text)
    return str(float(cn_number(m.group(0)) or 0)) if m else text


def figures(text: str) -> list[Figure]:
    """Every figure of `text` with a unit or a qualifier, in order; years and ordinals are not."""
    out: list[Figure] = []
    years = {pos for _, pos in years_in(text)}
    for m in FIGURE.finditer(text):
        if m.start("num") in years or text[max(0, m.start("num") - 1):m.start("num")] == "第":
            continue  # a year, or an ordinal ("第1.14项", "第5位"): checked as a bare number
        if not (m.group("unit") or m.group("mult") or m.group("pre") or m.group("post") or m.group("more")):
            continue  # a bare number: checked as a number, not as a figure
        out.append(_figure(m, float(m.group("num")), float(m.group("num2")) if m.group("num2") else None))
    for m in CN_FIGURE.finditer(text):
        value = cn_number(m.group("num"))
        if value is None or m.group("num") == "一" or text[max(0, m.start("num") - 1):m.start("num")] == "第":
            continue
        out.append(_figure(m, float(value), None))
    out.sort(key=lambda f: f.start)
    return out


def _figure(m: re.Match, value: float, value2: float | None) -> Figure:
    mult = _MULTIPLIERS.get(m.group("mult") or "", 1.0)
    unit = _UNIT_SYNONYMS.get(m.group("unit") or "", m.group("unit") or "")
    qual_words = [w for w in (m.group("pre"), m.group("more"), m.group("post")) if w]
    kinds = sorted({_QUALIFIERS[w] for w in qual_words})
    return Figure(value * mult, value2 * mult if value2 is not None else None, unit, "+".join(kinds),
                  m.group(0), m.start(), m.end())


def years_in(text: str) -> list[tuple[int, int]]:
    """(year, position) of every year written in digits: "2024年", both ends of "2021-2025";
    "2000公里" is a figure."""
    out = []
    for m in _FOUR.finditer(text):
        after, before = text[m.end():m.end() + 8], text[max(0, m.start() - 8):m.start()]
        if (re.match(r"\s*年", after) or re.match(_RANGE + r"(?:19|20)\d{2}(?!\d)", after)
                or re.search(r"(?:19|20)\d{2}" + _RANGE + r"$", before)):
            out.append((int(m.group(1)), m.start(1)))
    for m in _CN_YEAR.finditer(text):  # "二〇二四年"
        out.append((int("".join(str(_CN_YEAR_DIGITS.index(c) if c in _CN_YEAR_DIGITS else 0) for c in m.group(1))),
                    m.start(1)))
    return sorted(out, key=lambda y: y[1])


def bare_numbers(text: str) -> list[tuple[str, int]]:
    """Numbers that are neither part of a figure nor a year: codes (1.14), dates (12月31日)."""
    taken: list[tuple[int, int]] = [(f.start, f.end) for f in figures(text)]
    taken += [(pos, pos + 4) for _, pos in years_in(text)]
    out = []
    for m in _BARE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        out.append((str(float(m.group(0))), m.start()))
    return out
