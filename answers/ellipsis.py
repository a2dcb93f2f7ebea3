"""What a later part of one message leaves out, taken from the part before it.

Staff ask two things in one message and name the item once: "省大中型项目22年计划多少个
24年多少个", "全省2021年粮食总产多少，2023年又是多少", "24年翻新多少老小区，涉及多少户人家",
"城镇新增就业多少万人，完成年计划百分之多少". Read by structure, never by phrasing:

- a part that, less its year, region, kind (目标/实际), ask and the words that ask without
  naming (`core.synonyms_data.ELLIPSIS_WORDS`: 又, 分别, 填, 其中…), names nothing asks the
  part before's item again, for its own year or region (`names_nothing`);
- a part that names only a measure of its own ("涉及多少户", "一共投多少钱", "其中新增多少家")
  asks of the item the part before was answered about: the report states that measure in the
  same sentence, near the clause that answered (`measure_of_before`), or not at all;
- a sub-area of one region ("中心城区") is not passed to a part that names another region;
- "另请报出2022年实际完成的数": a request for a number asks it as "多少" does.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import replace
from typing import Any

from answers.compose import Answer, Evidence, source_line
from answers.evidence import NUMBER, clauses_of, same_measure, unit_of
from answers.question import TARGET_CUES
from answers.years import parse_years
from core.synonyms_data import ELLIPSIS_WORDS, REGION_SUBAREAS
from prompts import answers as P

_FILLERS = re.compile("|".join(re.escape(w) for w, _ in sorted(ELLIPSIS_WORDS, key=lambda r: -len(r[0]))))
_SUBAREAS = re.compile("|".join(re.escape(w) for w, _ in sorted(REGION_SUBAREAS, key=lambda r: -len(r[0]))))
_YEARS = re.compile(r"(?:截至|截止到?|在)?(?:(?:19|20)?\d{2}\s*年|[二〇零○一三四五六七八九]{2,4}\s*年|今年|去年|前年|明年|"
                    r"上一?年|当年)(?:底|末|度)?")
# the scope words every region is asked with ("全省", "省里", "我市"): no item
_REGION_WORDS = re.compile(r"(?:全|我|本|咱)(?:省|市|县|区)|(?:省|市|县|区)(?:里|内)|全国")
# the ask and the measure it names: "多少个", "百分之几", "多少钱", "多少户人家"
_ASK = re.compile(r"百分之(?:多少|几)|(?:多少|几)(?:个百分点|个点)?(?:万亿|亿|万|千|百)?"
                  r"(?:钱|户人家|人家|平方公里|公里|人次|微克|[个家户元人项座所条台套名次辆批床吨亩斤位%])?")
# what kind of figure is asked, and the bounds said with it: no item either
_KIND = re.compile(r"(?:计划|目标|预期|预计|任务|要求|力争|确保|争取|打算|控制在|稳定在|保持在|定在|定为|定的|定了|定(?=多少|几|\s|$)|"
                   r"实际|实现了?|完成了?|达到了?|到了|以上|以下|以内|左右|要|为|到)")
# a result asked: "实际完成多少", "完成了多少"
_RESULT_WORDS = re.compile(r"实际|完成了?|实现了?|干了|做了|建了|修了")
_PUNCT = re.compile(r"[\s，,。？?！!；;：:、“”\"'（）()]")


def bare_words(part: str, region_said: str | None = None) -> str:
    """The words of `part` that could name an item: its year, region, ask, kind of figure and
    the words that ask without naming are gone."""
    text = part.replace(region_said, " ") if region_said else part
    text = _YEARS.sub(" ", text)
    text = _REGION_WORDS.sub(" ", text)
    text = _ASK.sub(" ", text)
    text = _FILLERS.sub(" ", text)
    text = _KIND.sub(" ", text)
    return _PUNCT.sub("", text)


def names_nothing(part: str, region_said: str | None = None) -> bool:
    """"2024年分别填多少" / "2023年又是多少" / "省里呢": the part names no item of its own."""
    return bool(re.search(r"多少|几|呢", part)) and not bare_words(part, region_said)


# a request for a number, said without 多少: "另请一并报出2022年实际完成的数"
_REQUEST = re.compile(r"(?:另外|另)?(?:请|麻烦)?(?:一并|同时|顺便)?(?:报出|给出|列出|提供|说出|报一下|给一下)"
                      r"(?P<what>[^，,。？?；;！!]{2,24}?)的?(?:数字|数据|数值|数)(?=$|[，,。？?；;！!])")


# a remark on how to answer, closing the message: "注意区分计划与完成"
_REMARK = re.compile(r"[，,。；;]\s*(?:请)?(?:注意|务必|需)(?:区分|区别|分清|分开|标明|注明)[^，,。？?；;！!多几]*[。！!]?\s*$")


def numbers_requested(text: str) -> str:
    """"…多少个？另请一并报出2022年实际完成的数，注意区分计划与完成" → "…多少个？2022年实际
    完成多少": the request asks the number as "多少" does, so the message is read as two asks;
    a closing remark on how to answer asks nothing."""
    asked = _REQUEST.sub(lambda m: m.group("what") + "多少", text)
    return _REMARK.sub("", asked) if asked != text else text


def without_subarea(topic: str) -> str:
    """The part before's subject less a sub-area of its region ("中心城区PM2.5" → "PM2.5"),
    for a part that names another region."""
    return re.sub(r"\s+", " ", _SUBAREAS.sub(" ", topic)).strip()


def measure_of_before(part: str, unit: str | None, before: Answer, *, region_said: str | None = None,
                      region_name: str | None = None) -> Answer | None:
    """"…多少个省大中型项目，一共投多少钱": a part naming only a measure of its own asks it of
    the item the part before was answered about. The sentence that answered holds it in a
    clause near the one that answered (two clauses either side), with a figure in the unit
    asked and the part's own words (投, 新增, 完成年计划); only one such clause, or None."""
    if before.intent == "none" or not before.evidence or not before.evidence[0].sentence:
        return None
    ev = before.evidence[0]
    if region_name and ev.region and region_name != ev.region:
        return None  # another region named: its own figure, not this sentence's
    words = bare_words(part, region_said)
    own = set(re.findall(r"[\u4e00-\u9fff]", _FILLERS.sub("", _ASK.sub("", _YEARS.sub("", part)))))
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", words)) > 4 or not (unit or words):
        return None
    clauses = clauses_of(ev.sentence)
    at = next((i for i, c in enumerate(clauses) if ev.clause and (ev.clause in c or c in ev.clause)), None)
    if at is None:
        return None
    said = set(re.findall(r"[\u4e00-\u9fff]", words))
    scored = []
    for i, c in enumerate(clauses):
        if abs(i - at) > 2:
            continue
        figures = [m.group(0) for m in NUMBER.finditer(c)]
        fit = [f for f in figures if unit and same_measure(unit, unit_of(f))]
        if unit and not fit:
            continue
        if i == at and len(figures) < 2:
            continue  # the figure already answered is not asked again
        score = len(own & set(c) - set(re.findall(r"[\u4e00-\u9fff]", ev.clause if i != at else "")))
        if not unit and score < 2:
            continue
        # the part's own words are the clause's, or they are a verb of two characters at most
        # said of the clause that answered or of the one next to it ("涉及多少户"); "新增学位"
        # is never "新增园位"
        if not (said <= set(c) or (len(said) <= 2 and (i == at or score >= 1 or abs(i - at) == 1))):
            continue
        scored.append((score, i, c))
    if not scored:
        return None
    best = max(s for s, _, _ in scored)
    top = [(i, c) for s, i, c in scored if s == best]
    if len(top) != 1:
        return None
    i, clause = top[0]
    if i == at:
        return before  # the clause that answered holds this figure too ("1008个、39.09万户")
    # said with the item it is of: from the clause that answered to this one ("城镇新增就业48万人，
    # …，分别完成年计划126.4%、116.1%")
    clause = "，".join(c.rstrip("。；;，,") for c in clauses[min(i, at): max(i, at) + 1])
    tmpl = P.FACT_TARGET if before.intent == "target" else P.FACT_RESULT
    text = tmpl.format(region=ev.region or "", year=ev.year or "", clause=clause) + "\n" + source_line(ev.title, ev.section)
    evidence = [Evidence(clause, ev.region, ev.year, ev.sentence, ev.title, ev.section, (), ev.doc_year)]
    return Answer(text, before.intent, before.sources[:1], evidence=evidence)


def own_kind(sub: Any, part: str) -> Any:
    """A part that asks the item before again keeps its own kind of figure when it says one:
    "22年计划多少个，2021年实际完成多少" asks a result, "…23年完成多少，24年计划多少" a target."""
    if _RESULT_WORDS.search(part) and not TARGET_CUES.search(part):
        return replace(sub, mode="result", intent="fact")
    if TARGET_CUES.search(part) and sub.intent in ("target", "fact"):
        return replace(sub, mode="target", intent="target")
    return sub


def handed_subject(subject: str, sub: Any, source: Any) -> str:
    """The subject a part names, handed to a part that names none (`sub`): less a sub-area of
    the naming part's region when `sub` names another region."""
    if subject and source is not None and sub.region.mentioned and sub.region.name != source.region.name:
        return without_subarea(subject)
    return subject


def head_is_item(indicator: str, items: list[tuple[str, str | None]], short_forms: dict[str, str]) -> bool:
    """"老旧小区改造：南昌2024年计划改造多少个？江西省2022年计划开工改造多少个？": a head that
    names an item in full (four characters or more, or a Latin name) before items that each
    ask and say only how (a verb or measure of four characters at most, no name of an
    indicator: no Latin term, no short form of the synonym table) is every item's item.
    `items`: each item with the region it names as typed."""
    if not (len(re.findall(r"[\u4e00-\u9fff]", indicator)) >= 4 or re.search(r"[A-Za-z]{2,}", indicator)):
        return False
    for item, region_said in items:
        if indicator in item or not re.search(r"多少|几", item):
            return False  # an item with no ask of its own is a name in a list ("有色金属和电子信息的")
        words = bare_words(item, region_said)
        if (not words or len(words) > 4 or re.search(r"[A-Za-z]", words)
                or any(short in item for short in short_forms)):
            return False
    return True


def only_a_measure(part: str, unit: str | None, region_said: str | None = None) -> bool:
    """"一共投多少钱" / "涉及多少户": a unit asked with at most two characters of words of its
    own (a verb) names no item: the item before is searched with it, never another sentence's
    figure of that unit ("实施1000个投资10亿元以上重大项目" is no answer about 老旧小区)."""
    words = bare_words(part, region_said)
    return bool(unit) and 0 < len(words) <= 2 and not re.search(r"[A-Za-z]", words)


def before_a_target(part: str, parts: list[str]) -> bool:
    """"南昌2023年城镇新增就业多少万人，2024年计划多少": a part with no kind word of its own,
    of a year before the one a later part asks a target of, asks what was done."""
    if TARGET_CUES.search(part) or _RESULT_WORDS.search(part):
        return False
    own = parse_years(part).explicit
    later = [y for p in parts if p != part and TARGET_CUES.search(p) for y in parse_years(p).explicit]
    if not own and not later:
        # "PM2.5去年多少 今年要控制在多少以内": years said relative to now, compared as such
        own = parse_years(part).relative
        later = [y for p in parts if p != part and TARGET_CUES.search(p) for y in parse_years(p).relative]
    return bool(own and later and max(own) < min(later))


def regions_only(part: str, regions: list[Any]) -> bool:
    """"南昌和赣州呢": a part that, less the regions it names and what joins them, names nothing."""
    text = part
    for ref in regions:
        if ref.mentioned:
            text = text.replace(ref.mentioned, " ")
    return names_nothing(re.sub(r"以及|[和与跟及、]", " ", text))
