"""The parts of a responsibility table, named by staff in their own words.

A 分工方案 is cut into parts, each headed by a long sentence ("健全生态环境治理体系,促进经济
社会全面绿色发展。"); staff name a part by a word or two of its heading ("生态环境那部分",
"在生态环境和民生两部分"). A name fits a heading when most of its bigrams stand in it
(`answers.evidence.coverage`), the same loose match the table's count per part uses
(`answers.registry_answers.plan_count_answer`). A list of a leader's or a unit's tasks is then
kept to the parts named; a name that fits no heading leaves the list to the other readings.
"""
from __future__ import annotations

from core import lazy_re as re

from answers.evidence import coverage, grams

# how much of a name's bigrams must stand in a heading for the name to mean that part
FIT = 0.5

# "在生态环境和民生两部分" / "民生那块" / "生态环境这个板块": names before a word for a part
_PARTS = re.compile(
    r"(?:^|[在对从于里中，,：:])(?P<names>[^在对从于里中，,。？?：:]{2,30}?)(?:这|那)?(?:[一两二三四几]|\d)?(?:个)?"
    r"(?:部分|板块|大块|大项|方面的部分)")
_JOIN = re.compile(r"以及|[和与及、跟]")
# words around a name that are no part of it
_AROUND = re.compile(r"^(?:同志|的|是|分工方案|分工表|方案|表里|表上|里|中)+|(?:的|这|那)+$")


def section_fits(name: str, heading: str) -> bool:
    """Whether a typed part name ("民生") fits a part's heading."""
    return coverage(grams(name), heading) >= FIT


def parts_named(text: str, headings: list[str], drop: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """The names the question gives to parts of the table and the headings they fit, in the
    table's order; ([], []) unless every name fits at least one heading. `drop`: words that
    may stand before the names and are no part of them (the leader's or unit's name)."""
    m = _PARTS.search(text or "")
    if not m:
        return [], []
    names_text = m.group("names")
    for word in drop:
        names_text = names_text.replace(word, "")
    names = [_AROUND.sub("", n.strip()) for n in _JOIN.split(names_text)]
    names = [n for n in names if len(re.findall(r"[\u4e00-\u9fff]", n)) >= 2]
    if not names:
        return [], []
    fitting: list[str] = []
    for name in names:
        fits = [h for h in headings if section_fits(name, h)]
        if not fits:
            return [], []
        fitting.extend(h for h in fits if h not in fitting)
    return names, [h for h in headings if h in fitting]


# "跟氢能有关的任务" / "涉及航空的有几项" / "提到5G的工作": tasks asked by a term their text holds
_MENTION = re.compile(
    r"(?:跟|和|与|同|关于|涉及到?|提到|提及|包含|含有|含)(?P<term>[^，,。？?：:的跟和与]{1,12}?)(?:有关|相关|方面)?的"
    r"(?=(?:重点)?(?:任务|工作|事项|条目|项|条|有|是|都|一共|共))|"
    r"(?P<term2>[^，,。？?：:的里中]{2,12}?)(?:有关|相关)的(?=(?:重点)?(?:任务|工作|事项|条目|项|条|有))")


def term_asked(text: str) -> str:
    """The term a count or list of a table's tasks is narrowed by ("氢能"), or ""."""
    m = _MENTION.search(text or "")
    if not m:
        return ""
    term = (m.group("term") or m.group("term2") or "").strip()
    term = re.sub(r"^(?:分工方案|方案|里|中|跟|和|与)+", "", term)
    return term if re.search(r"[\u4e00-\u9fffA-Za-z\d]{2,}", term) else ""


def holds_term(task_text: str, forms: list[str]) -> bool:
    """Whether a task's words hold the term in one of its forms (spaces ignored: "R&D 经费")."""
    flat = re.sub(r"\s+", "", task_text or "").lower()
    return any(f.lower() in flat for f in forms)
