"""Figures with units, read from a task and from the review, and compared.

"新增上市公司10家左右" is a target of at least ten (a little less would do); "13家" in the
review meets it. "城镇调查失业率控制在5.5%以内" is a ceiling. "1.2万户" and "12000户" are the
same number; "家" and "个" are both counts, "万人" is people, "%" and "个百分点" differ.
"完成年计划121.5%" reports the share of the plan done, whatever the target's unit.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass

from core.measures import KIND, READ_AS, read_as, unit_pattern

_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2, "": 1.0}
# unit → family; numbers compare only within a family
_FAMILY = {
    "%": "pct", "‰": "permille", "个百分点": "pp", "倍": "times",
    "元": "money", "美元": "usd",
    "人": "people", "人次": "visits", "名": "people",
    "公里": "km", "千米": "km", "米": "m", "平方公里": "km2", "平方米": "m2", "公顷": "ha", "亩": "mu",
    "吨": "t", "斤": "jin", "千瓦": "kw", "千瓦时": "kwh", "吉瓦时": "gwh", "标准箱": "teu", "吨标准煤": "tce",
    "微克/立方米": "ugm3",
    **KIND,  # 毫克, 立方米, 兆瓦, 架次… (core.measures: the units every figure reader shares)
}
_COUNT_UNITS = "个 家 项 所 座 条 户 张 辆 套 台 部 件 处 场 只 头 间 栋 宗 批 支 块 株 床 艘 架 位 枚 次".split()
_UNITS = sorted({*_FAMILY, *READ_AS, *_COUNT_UNITS}, key=len, reverse=True)
NUMBER = re.compile(
    r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?)(万亿|亿|万|千|百)?(" + "|".join(unit_pattern(u) for u in _UNITS) + r")(左右|以上|以内|以下|多|余)?"
)
_AT_MOST = re.compile(r"以内|以下|不超过|不高于|控制在|低于|之内")
_ABOUT = re.compile(r"左右|约")
# "完成年计划121.5%", "为年度目标的104.1%", "占年计划的96%": the share of the plan done
_RATE_BEFORE = re.compile(r"(?:完成|为|占|达|达到|相当于)(?:了)?(?:全?年度?|全年)?(?:计划|任务|目标)(?:的)?$")
# a rate clause with nothing else in it speaks of the figure just before it
_RATE_ONLY = re.compile(r"^(?:分别)?(?:完成|为|占|达|达到|相当于)(?:了)?(?:全?年度?|全年)?(?:计划|任务|目标)(?:的)?$")
_TARGET_MET = re.compile(r"(?:完成|实现|达到|超额完成)(?:了)?(?:全?年度?|全年|预期)?(?:目标|计划|任务)|目标之内|预期目标|控制目标以内")
# the verb between a metric and its number says how it stands, not what it counts:
# "PM2.5平均浓度控制在32微克/立方米以内" and "PM2.5平均浓度29微克/立方米" count the same thing
_VERB_TAIL = re.compile(r"(?:控制在|保持在|稳定在|提高到|提高至|提升到|提升至|增加到|增至|降至|下降到|降到|达到|(?<=[率量数额值])达)$")
_CHANGE_TAIL = re.compile(r"(?:同比|比上年|较上年)?(?:增长|下降|提高|降低|上升|减少)$")
_RESPECTIVELY = re.compile(r"^(.*?)分别(.*?)$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")
# a size class inside a metric, with no number of its own: "亿元以上项目", "千万元级"
_AMOUNT_WORD = re.compile(r"(?<![\d.])(?:千万|百万|万亿|亿|万)元(?:以上|以下|级)?")


@dataclass
class Figure:
    """A number with its unit and what it counts (the metric, in normal form)."""

    metric: str
    value: float  # in base units (1.2万户 → 12000)
    family: str
    text: str  # as written: "10家左右"
    at_most: bool = False  # a ceiling: 控制在…以内
    about: bool = False  # 左右/约: a little below still meets it
    rate: bool = False  # "完成年计划121.5%": share of the plan done
    start: int = 0
    end: int = 0
    unit: str = ""


def metric_of(words: str) -> str:
    """The words before a number without the verb that joins them to it."""
    return _VERB_TAIL.sub("", words)


def without_amounts(metric: str) -> str:
    """A metric without its size class ("新开工亿元以上项目" → "新开工项目"): what is
    counted, not how big each one is."""
    return _AMOUNT_WORD.sub("", metric)


def rate_subject(metric: str) -> str:
    """"农村公路建设完成年度计划的" → "农村公路建设": what a share of the plan is a share
    of; "规上工业增加值同比增长" → "规上工业增加值": what grew."""
    return _CHANGE_TAIL.sub("", _RATE_BEFORE.sub("", metric))


def same_kind(a: Figure, b: Figure) -> bool:
    """Comparable units: the same family, and for counts the same word (家 ≠ 户) unless
    one of them is the catch-all 个."""
    if a.family != b.family:
        return False
    return a.family != "count" or a.unit == b.unit or "个" in (a.unit, b.unit)


def family(unit: str) -> str:
    return _FAMILY.get(unit, "count")


def numbers(text: str) -> list[Figure]:
    """Every number with a unit in `text` (normal form), metric left empty. Years, "4号线",
    "5G", and numbers inside quotes (“03专项”, “10条”) are names, not figures; "第4家" a rank."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    out = []
    for m in NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        if text[max(0, m.start() - 1):m.start()] == "第":
            continue  # an ordinal ("第4家境内上市公司", "居全国第3位") is a rank, not an amount
        value = float(m.group(1)) * _MULT[m.group(2) or ""]
        unit = read_as(m.group(3))  # "8万标箱" is 80000 标准箱
        out.append(Figure("", value, family(unit), m.group(0), start=m.start(), end=m.end(),
                          about=m.group(4) == "左右", unit=unit))
    return out


def review_figures(clause: str) -> list[Figure]:
    """Figures of one review clause (between commas), each with the words it counts: from
    the previous figure (or the clause start) up to it. "A、B、C分别完成年计划x%、y%、z%"
    gives A x%, B y%, C z%."""
    found = numbers(clause)
    if not found:
        return []
    resp = _RESPECTIVELY.match(clause[: found[0].start])
    if resp and len(found) > 1:
        subjects = _distribute([s for s in re.split(r"[、和及与]", resp.group(1)) if s])
        verb = resp.group(2)
        for i, fig in enumerate(found):
            subject = subjects[i] if len(subjects) == len(found) else resp.group(1)
            fig.metric = subject + verb
            fig.rate = bool(_RATE_BEFORE.search(verb))
        return found
    prev = 0
    for fig in found:
        fig.metric = clause[prev : fig.start]
        fig.rate = fig.family == "pct" and bool(_RATE_BEFORE.search(fig.metric))
        if not fig.rate:
            fig.metric = metric_of(fig.metric)
        prev = fig.end
    return found


def carry_rate_subject(figures_by_clause: list[list[Figure]]) -> None:
    """"全市重大项目完成投资612亿元，为年度目标的94.2%": the second clause's rate has no
    subject of its own; it is the share of the plan for the first clause's figure, so it
    takes that figure's metric."""
    last: Figure | None = None
    for figures in figures_by_clause:
        for fig in figures:
            if fig.rate and last is not None and _RATE_ONLY.match(fig.metric):
                fig.metric = last.metric
            last = fig


def _distribute(subjects: list[str]) -> list[str]:
    """"城镇、农村居民人均可支配收入" → 城镇居民人均可支配收入, 农村居民人均可支配收入: short
    modifiers before a last subject share its head."""
    if len(subjects) < 2:
        return subjects
    last = subjects[-1]
    first = subjects[0]
    if all(len(s) <= 4 for s in subjects[:-1]) and len(last) > len(first) + 1:
        head = last[len(first) :]
        return [s + head for s in subjects[:-1]] + [last]
    return subjects


def target_met_words(clause: str) -> bool:
    """"控制在预期目标之内", "完成年度目标任务": the target met, without a number."""
    return bool(_TARGET_MET.search(clause))


def at_most(context: str) -> bool:
    return bool(_AT_MOST.search(context))


def meets(target: Figure, reported: Figure) -> bool | None:
    """Whether the reported figure meets the target; None when they cannot be compared."""
    if reported.rate:
        return reported.value >= 100.0
    if not same_kind(reported, target):
        return None
    tolerance = 0.05 if target.about else 0.0
    if target.at_most:
        return reported.value <= target.value * (1 + tolerance) + 1e-9
    return reported.value >= target.value * (1 - tolerance) - 1e-9


def show(fig: Figure) -> str:
    return fig.text
