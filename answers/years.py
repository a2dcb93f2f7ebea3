"""Years in a question, in every form staff type: 2024年, 24年, 二〇二四年, 今年, 去年, 明年.

Relative years are kept relative until we know what they are relative to: "今年" about a
report means the report's year (the newest report of that region), not necessarily the
calendar year, because staff ask about "this year's report" long after January.
"""
from __future__ import annotations

import re
from typing import Any, Iterable
from dataclasses import dataclass, field

from core.abbreviations import RELATIVE_YEARS
from core.ledger_words import MONTH
from core.numerals import CN_DIGITS
from core.short_years import short_years


_FULL = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年(?!代)")
_CN_FULL = re.compile(r"([二][〇零○一二三四五六七八九]{3})\s*年")
# "24年" but not "连续11年", "近5年", "10年以上": only two digits, a plausible range, no counting words
_REL = re.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
# "上半年", "年底" etc. are not years


@dataclass
class YearRef:
    """Years as the question states them: explicit values and relative offsets."""

    explicit: list[int] = field(default_factory=list)
    relative: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.explicit and not self.relative


# "到9月底" / "截至9月" / "截至目前": how far this year has got
_SO_FAR = re.compile(r"(?:到|截至|截止到?)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:底|末|份)?(?:\d{1,2}\s*[日号])?")
# "9月份电梯装了多少部" / "10月进展写的啥": a month's state of this year's work, asked of a ledger
_MONTH_SO_FAR = re.compile(rf"(?<![\d月年至到—\-~]){MONTH}\s*月份?(?![底前中初末\d日号至到—\-~])"
                           r"(?=.*(?:了(?:多少|几)|(?:多少|几)\S{0,2}了|进展|累计|完成情况))")
# before a relative year, the mark of a comparison's base ("比上年", "较去年")
_BASE_MARKS = "比较"


# between a relative year and the year it is said to be, an equating word must stand ("今年也就是26年")
_EQUATING = r"(?:也就是说|也就是|就是|即|亦即|也即)"
_SAID_AS = re.compile(r"\s*(?:[（(，,]\s*)?" + _EQUATING + r"\s*")


def parse_years(text: str) -> YearRef:
    ref = YearRef()
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _FULL.finditer(text):
        ref.explicit.append(int(m.group(1)))
        taken.append(m.span())
    for m in _CN_FULL.finditer(text):
        if free(*m.span()):
            ref.explicit.append(int("".join(str(CN_DIGITS[c]) for c in m.group(1))))
            taken.append(m.span())
    for span, year in short_years(text):
        if free(*span):
            ref.explicit.append(year)
            taken.append(span)
    bases: list[int] = []
    for m in _REL.finditer(text):
        if free(*m.span()):
            if m.start() > 0 and text[m.start() - 1] in _BASE_MARKS:
                # "去年游客比上年涨了多少": 比上年 is the base of the rise, not a year asked;
                # the whole "比上年" leaves the topic (strip_years)
                bases.append(RELATIVE_YEARS[m.group(0)])
                taken.append((m.start() - 1, m.end()))
                continue
            ref.relative.append(RELATIVE_YEARS[m.group(0)])
            taken.append(m.span())
    if bases and not ref.explicit and not ref.relative:
        ref.relative = bases  # "游客比上年涨了多少": no other year, the base's year is the one reviewed
    if not ref.explicit and not ref.relative and (m := _SO_FAR.search(text) or _MONTH_SO_FAR.search(text)):
        # "户厕改造到9月底完成多少户了" (round 56a): a month of no year said is this year so far
        ref.relative.append(0)
        taken.append(m.span())
    ref.spans = sorted(taken)
    # "今年也就是二六年…" (round 68e): the relative year said to be a given year is that year, asked
    # as said (no report of it loaded is then no answer, never the newest report's year)
    for (a, b), (c, d) in zip(ref.spans, ref.spans[1:]):
        word = text[a:b]
        if word in RELATIVE_YEARS and text[c:d] not in RELATIVE_YEARS and _SAID_AS.fullmatch(text[b:c]) \
                and RELATIVE_YEARS[word] in ref.relative and ref.explicit:
            ref.relative.remove(RELATIVE_YEARS[word])
    # keep order of first appearance, no duplicates
    ref.explicit = list(dict.fromkeys(ref.explicit))
    ref.relative = list(dict.fromkeys(ref.relative))
    return ref


def resolve_years(ref: YearRef, *, today_year: int, doc_years: list[int] | None = None) -> tuple[list[int], bool]:
    """Concrete years for a question, and whether a relative year was re-based on a report.

    Relative years count from the calendar year when a report of that year exists; otherwise
    from the newest report's year (so "今年的目标" after the report year still finds it, and
    "去年" means the year that report reviews).
    """
    years = list(ref.explicit)
    rebased = False
    if ref.relative:
        base = today_year
        known = sorted(set(doc_years or []))
        if known and today_year not in known:
            older = [y for y in known if y <= today_year]
            base = (older or known)[-1]
            rebased = base != today_year
        years.extend(base + off for off in ref.relative)
    return list(dict.fromkeys(years)), rebased


# "2025年上半年…进展情况通报": a part of the year, read within that year
_PART_OF_YEAR = re.compile(r"上半年|下半年|季度|前\S{0,2}个?月|\d{1,2}\s*[-—至]\s*\d{1,2}\s*月|进展")


def anchor_years(docs: Iterable[Any]) -> list[int]:
    """The years relative years may count from: each document's year, and for a report of what
    was done in a year ("关于2024年…完成情况的报告", read early the next year) the year after, so
    with only that report loaded "去年" is the year it reports on."""
    from retrieval.meta import DONE_TITLE

    out: list[int] = []
    for d in docs:
        year = getattr(d, "year", None)
        if year:
            out.append(year)
            title = getattr(d, "title", None) or ""
            if ((getattr(d, "kind", None) or "report") == "report" and DONE_TITLE.search(title)
                    and not _PART_OF_YEAR.search(title)):
                out.append(year + 1)
    return out


# "截至2023年底": words that only place a year are the year's, not the subject's
_YEAR_LEAD = re.compile(r"(?:截至|截止到?)\s*$")
_YEAR_TAIL = re.compile(r"^\s*(?:底|末)(?!线)")


def strip_years(text: str, ref: YearRef) -> str:
    """The text without its year expressions (for finding the indicator the question names)."""
    out, last = [], 0
    for a, b in ref.spans:
        lead = _YEAR_LEAD.search(text[last:a])
        tail = _YEAR_TAIL.match(text[b:])
        out.append(text[last:a - (len(lead.group(0)) if lead else 0)])
        last = b + (tail.end() if tail else 0)
    out.append(text[last:])
    return "".join(out)


# "22年省报告里…" / "2024年南昌的政府工作报告中…": a year that names a document
_DOC_AFTER = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4}?)(?:的)?(?:政府)?(?:工作)?报告")
# "省政府工作报告2022年：今年…": the year written after the document's name
_DOC_BEFORE = re.compile(r"(?:报告|方案)\s*[（(]?\s*$")


_JOINED_AFTER_DOC = re.compile(r"报告\s*(?:和|与|跟|及|、|同|比|对比|相比)\s*$")
_JOINED = re.compile(r"^\s*(?:和|与|及|跟|、|，|,)\s*$")


def _asked_beside_report(text: str, ref: YearRef) -> YearRef:
    """"2024年省报告里讲的2023年新增多少": the year that names the report is where to read,
    the other year is what is asked. Years joined to a report's year ("2022年和2024年的报告")
    name reports too, and then every one is asked."""
    spans = [(a, b, y) for (a, b) in ref.spans if (y := _span_year(text, a, b)) is not None]
    if len(spans) < 2 or len(spans) != len(ref.spans):
        return ref
    # "2024年报告和2023年的相比": a year joined after a report's name names a report as well
    names = [bool(_DOC_AFTER.match(text[b:]) or _DOC_BEFORE.search(text[:a]) or _JOINED_AFTER_DOC.search(text[:a]))
             for a, b, _y in spans]
    for i in range(len(spans) - 2, -1, -1):
        if names[i + 1] and _JOINED.match(text[spans[i][1]:spans[i + 1][0]]):
            names[i] = True
    if not any(names) or all(names):
        return ref
    asked = [y for (_a, _b, y), n in zip(spans, names) if not n]
    return YearRef(explicit=list(dict.fromkeys(asked)), relative=[], spans=ref.spans)


def _relative_names_report(text: str, ref: YearRef) -> YearRef | None:
    """"今年省里的报告里去年GDP增长多少": 今年 names the report, 去年 counts from it (-1);
    "今年的报告里2023年…": the year said in full is the one asked."""
    named, other_rel, other_abs = [], [], []
    for a, b in ref.spans:
        word = text[a:b]
        if word not in RELATIVE_YEARS:
            year = _span_year(text, a, b)
            if year is None:
                return None
            other_abs.append(year)
            continue
        if _DOC_AFTER.match(text[b:]) or _DOC_BEFORE.search(text[:a]):
            named.append(RELATIVE_YEARS[word])
        else:
            other_rel.append(RELATIVE_YEARS[word])
    if len(named) != 1 or not (other_rel or other_abs) or (other_rel and other_abs):
        return None
    if other_abs:
        return YearRef(explicit=list(dict.fromkeys(other_abs)), relative=[], spans=ref.spans)
    return YearRef(explicit=[], relative=list(dict.fromkeys(named[0] + off for off in other_rel)), spans=ref.spans)


def _span_year(text: str, a: int, b: int) -> int | None:
    m = _FULL.match(text, a)
    if m and m.end() <= b:
        return int(m.group(1))
    short = re.match(r"(\d{2})\s*年", text[a:b])
    return 2000 + int(short.group(1)) if short else None


# between a relative year and the year it is said to be: "去年就是二三年" / "去年（2023年）"
_SAME_AS = re.compile(r"\s*(?:[（(，,]\s*)?" + _EQUATING + r"?\s*")


def anchor_year(text: str) -> int | None:
    """The year "今年" stands for in a question that fixes it: the year of a report named by it
    ("24年省报告…去年…今年" → 2024), or one past a relative year said to be a given year ("去年就是
    二三年…今年" → 2024); None when the question fixes none (then 今年 is the newest report's)."""
    ref = parse_years(text)
    for a, b in ref.spans:
        if text[a:b] not in RELATIVE_YEARS and (_DOC_AFTER.match(text[b:]) or _DOC_BEFORE.search(text[:a])):
            year = _span_year(text, a, b)
            if year is not None:
                return year
    for (a, b), (c, d) in zip(ref.spans, ref.spans[1:]):
        word = text[a:b]
        if word in RELATIVE_YEARS and text[c:d] not in RELATIVE_YEARS and _SAME_AS.fullmatch(text[b:c]):
            year = _span_year(text, c, d)
            if year is not None:
                return year - RELATIVE_YEARS[word]
    return None


def relative_to_named_report(text: str, ref: YearRef) -> YearRef:
    """"22年省报告里今年的目标" means 2022, "…里去年" 2021: 今年/去年 said beside a report
    named by its year count from that report's year, not from the newest one."""
    if not ref.relative and len(ref.explicit) >= 2:
        return _asked_beside_report(text, ref)
    if ref.relative and len(ref.spans) >= 2:
        named = _relative_names_report(text, ref)
        if named is not None:
            return named
    if not ref.relative or not ref.explicit:
        return ref
    for a, b in ref.spans:
        m = _FULL.match(text, a) or _CN_FULL.match(text, a)
        if not m and re.match(r"\d{2}\s*年", text[a:b]):
            year = 2000 + int(re.match(r"\d{2}", text[a:b]).group(0))
        elif m:
            year = int(m.group(1)) if m.re is _FULL else None
        else:
            continue
        if year is None or not (_DOC_AFTER.match(text[b:]) or _DOC_BEFORE.search(text[:a])):
            continue
        others = [y for y in ref.explicit if y != year]
        if any(_said_again(text, a2, b2, year) for a2, b2 in ref.spans if (a2, b2) != (a, b)):
            # "2023年报告称上一年…，那2023年的目标": the year said again, not as a report's, is asked too
            others = [year] + others
        return YearRef(explicit=list(dict.fromkeys(others + [year + r for r in ref.relative])),
                       relative=[], spans=ref.spans)
    return ref


def _said_again(text: str, a: int, b: int, year: int) -> bool:
    """Whether the span a..b says `year` in full, not as the year of a report."""
    m = _FULL.match(text, a)
    return bool(m and m.end() <= b and int(m.group(1)) == year
                and not (_DOC_AFTER.match(text[b:]) or _DOC_BEFORE.search(text[:a])))


def named_report_year(text: str, ref: YearRef) -> int | None:
    """2024 for "24年省报告里提的…拿了几块": the one year of the question, when it is said as the
    year of a report (the report delivered that year) and no other year or 今年/去年 is said."""
    if len(ref.explicit) != 1 or ref.relative or len(ref.spans) != 1:
        return None
    a, b = ref.spans[0]
    if _DOC_AFTER.match(text[b:]) or _DOC_BEFORE.search(text[:a]):
        return ref.explicit[0]
    return None


def names_report(text: str, ref: YearRef) -> bool:
    """Whether the first year of `text` names a report ("23年报告里…", "今年的政府工作报告"), not
    the year a report speaks of ("23年主要指标…" is read in the next year's review)."""
    if not ref.spans:
        return False
    a, b = ref.spans[0]
    return bool(_DOC_AFTER.match(text[b:]) or _DOC_BEFORE.search(text[:a]))
