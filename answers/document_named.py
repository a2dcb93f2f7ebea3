"""A document named by when it was delivered, said the way staff say it, put in the words the
rules read: "省政府2022年1月作的那个报告" is the 2022 report, "今年（2024年）" is 2024,
"十四五开局那年" is 2021.

A relative year counts from the document named, or from today when none is; a relative year
with its own year in brackets ("去年（2021年）") is that year. The rewrite keeps every other
word as typed, so the question's subject is read as before.
"""
from __future__ import annotations

from functools import lru_cache

from core import lazy_re as re
from core.abbreviations import RELATIVE_YEARS
from core.named_years import NAMED_YEARS
from core.places import CITIES, PROVINCES

_REL = "|".join(sorted(RELATIVE_YEARS, key=len, reverse=True))
_YEAR = r"((?:19|20)\d{2}|[1-4]\d)"  # 2024 or 24

# "十四五开局那年" / "建党百年之年" / "十四五开局的那一年": an event's year
_NAMED = re.compile(
    "(" + "|".join(sorted((re.escape(w) for w, _y, _p in NAMED_YEARS), key=len, reverse=True)) + ")"
    r"(?:的)?(?:那一年|那年|之年|那会儿?|年)")
_NAMED_YEAR = {w: y for w, y, _p in NAMED_YEARS}

# "今年（2024年）" / "去年(2021)": the relative year glossed by its own number
_GLOSSED = re.compile(r"(?:" + _REL + r")\s*[（(]\s*" + _YEAR + r"\s*年?\s*[）)]")
# "2024年（今年）": the same, written the other way round
_GLOSSED_AFTER = re.compile(_YEAR + r"\s*年\s*[（(]\s*(?:" + _REL + r")\s*[）)]")

# "2022年1月作的" / "2024年1月15日在大会上作的" / "2022年初": when a report was delivered,
# said before the report it names
_DELIVERED = re.compile(
    r"(?<!\d)" + _YEAR + r"\s*年\s*(?:\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?(?:初|中|底|上旬|中旬|下旬)?|年?初|开年|开春)"
    r"(?:(?:在[^，,。？?；;]{0,12}?)?(?:作|做|发布|宣读|通过|提交|发)(?=的))?"
    r"(?=[^，,。？?；;]{0,8}?报告)")
# "省政府今年的报告" / "赣州市政府…报告": the issuer said as 政府 before a report; the place
# word alone names the region ("省" = the province), 政府工作报告 stays whole
_ISSUER = re.compile(r"(省|市|县|区)(?:人民)?政府(?!工作报告|工作|办公厅|办公室|常务|门户|网站|令|文件|牵头|负责)(?=[^，,。？?；;]{0,16}?报告)")


# the place word alone, as the rules read it: "省里" is the home province, "市里" the chat's city
_SELF = {"省": "省里", "市": "市里", "县": "县里"}


def _issuer(m: re.Match) -> str:
    """"赣州市政府" → "赣州市" (a place said before it); a bare "省政府" → "省里"."""
    before = m.string[: m.start()]
    if any(before.endswith(name) for name in _place_names()):
        return m.group(1)
    return _SELF.get(m.group(1), m.group(1))


@lru_cache(maxsize=1)
def _place_names() -> tuple[str, ...]:
    return tuple(set(CITIES) | set(PROVINCES))


def _full(year: str) -> str:
    return year if len(year) == 4 else f"20{year}"


def document_named(question: str) -> str:
    """The question with its document and years said plainly (see the module's docstring)."""
    text = question or ""
    if not text:
        return text
    text = _NAMED.sub(lambda m: f"{_NAMED_YEAR[m.group(1)]}年", text)
    text = _GLOSSED.sub(lambda m: f"{_full(m.group(1))}年", text)
    text = _GLOSSED_AFTER.sub(lambda m: f"{_full(m.group(1))}年", text)
    if "报告" in text:
        text = _DELIVERED.sub(lambda m: f"{_full(m.group(1))}年", text)
        text = _ISSUER.sub(_issuer, text)
    return text
