"""A responsibility table's structure as staff name it: its parts, the terms its tasks
mention, the deadlines it writes (or does not).

A 分工方案 is cut into parts, each headed by a long sentence ("健全生态环境治理体系,促进经济
社会全面绿色发展。"); staff name a part by a word or two of its heading ("生态环境那部分",
"在生态环境和民生两部分"). A name fits a heading when most of its bigrams stand in it
(`answers.evidence.coverage`), the same loose match the table's count per part uses
(`answers.registry_answers.plan_count_answer`). A list of a leader's or a unit's tasks is then
kept to the parts named; a name that fits no heading leaves the list to the other readings.
"分工方案里跟X有关的任务" lists the tasks whose words hold X (none → "not found"); "方案要求几月
底前完成" is answered "the table writes none" when neither the task nor the table does. The
registry answers (`answers.registry_answers`) fetch the tasks and call these.
"""
from __future__ import annotations

from core import lazy_re as re

from answers.compose import Answer, task_block, task_index
from answers.evidence import coverage, grams
from core.deadline_words import due_from_text
from core.numerals import cn_number
from core.synonyms import fields_of, synonym_forms, table
from prompts import answers as P

# how much of a name's bigrams must stand in a heading for the name to mean that part
FIT = 0.5

# "在生态环境和民生两部分" / "民生那块" / "生态环境这个板块": names before a word for a part
_PARTS = re.compile(
    r"(?:^|[在对从于里中，,：:])(?P<names>[^在对从于里中，,。？?：:]{2,30}?)(?:这|那)?(?:[一两二三四几]|\d)?(?:个)?"
    # ("在项目建设那张表里": a workbook's sheet said for its part, round 65b)
    r"(?:部分|板块|大块|大项|方面的部分|张表|个表|张sheet)|(?:^|[在对从于里中，,：:])(?P<names2>[^在对从于里中，,。？?：:]{2,30}?)(?:这|那)(?:[一两二三四几])?(?:个)?块|"
    # "在科技创新方面管哪几条": a part said as the field a person works "in" (round 24b)
    r"在(?P<names3>[^在对从于里中，,。？?：:]{2,12}?)(?:这|那)?(?:个)?(?:方面|领域)(?!的部分)")
_JOIN = re.compile(r"以及|[和与及、跟]")
# "除了X那块" / "不算X那部分": a part set aside, read by the leader's list as such
_SET_ASIDE = re.compile(r"除了|除去|不算|不含|不包括")
# words around a name that are no part of it
_AROUND = re.compile(r"^(?:同志|的|是|分工方案|分工表|方案|表里|表上|里|中)+|(?:的|这|那)+$")


def section_fits(name: str, heading: str) -> bool:
    """Whether a typed part name ("民生") fits a part's heading."""
    return coverage(grams(name), heading) >= FIT


def field_fits(name: str, headings: list[str]) -> list[str]:
    """The one heading of the field a typed part name is of, when its words are not the
    heading's: "科技创新那部分" is the part headed "坚持创新驱动发展，增强发展新动能" (both of
    the field 科技 in `core.synonyms_data.FIELD_WORDS`). Nothing when the name is of no field,
    or several headings are of its field (no part is guessed between them)."""
    fields = set(fields_of(name))
    if not fields:
        return []
    held = [h for h in headings if fields & set(fields_of(h))]
    return held if len(held) == 1 else []


def parts_named(text: str, headings: list[str], drop: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """The names the question gives to parts of the table and the headings they fit, in the
    table's order; ([], []) unless every name fits at least one heading. `drop`: words that
    may stand before the names and are no part of them (the leader's or unit's name)."""
    m = _PARTS.search(text or "")
    if not m:
        return [], []
    names_text = m.group("names") or m.group("names2") or m.group("names3")
    for word in drop:
        names_text = names_text.replace(word, "")
    if _SET_ASIDE.search(names_text):
        return [], []  # "除了创新那块还管哪些": a part left out, not the part asked (`topic_not`)
    names = [_AROUND.sub("", n.strip()) for n in _JOIN.split(names_text)]
    names = [n for n in names if len(re.findall(r"[\u4e00-\u9fff]", n)) >= 2]
    if not names:
        return [], []
    fitting: list[str] = []
    shown: dict[str, str] = {}
    for name in names:
        fits = [h for h in headings if section_fits(name, h)]
        if not fits and (fits := field_fits(name, headings)):
            shown[name] = fits[0]  # read by its field: the heading read is what the answer names
        if not fits:
            return [], []
        fitting.extend(h for h in fits if h not in fitting)
    return [shown.get(n, n) for n in names], [h for h in headings if h in fitting]


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


def _one_title(tasks: list[dict]) -> str | None:
    titles = {t.get("plan_title") for t in tasks if t.get("plan_title")}
    return titles.pop() if len(titles) == 1 else None


def _listed(head: str, tasks: list[dict], intent: str) -> Answer:
    """Three tasks or fewer in full (their figures and owners), more as an index."""
    if len(tasks) <= 3:
        return Answer(head + "\n" + "\n".join(task_block(t, plan_title=t.get("plan_title")) for t in tasks), intent, [], tasks)
    return Answer(task_index(head, tasks, plan_title=_one_title(tasks)), intent, [], tasks)


# "第三部分" / "第7部分": a part by its number (a task's code is "part.item")
_NUMBERED_PART = re.compile(r"第([一二三四五六七八九十\d]{1,3})(?:个)?(?:部分|板块|大项)(?!第)")


def in_parts_answer(text: str, tasks: list[dict], headings: list[str], drop: tuple[str, ...], who: str,
                    intent: str) -> Answer | None:
    """`who`'s tasks in the parts the question names, counted and listed (none there is an
    answer too); None when the question names no part that fits a heading."""
    numbered = [n for n in (cn_number(m.group(1)) for m in _NUMBERED_PART.finditer(text or "")) if n]
    if numbered:  # "在第三部分和第七部分牵头几项": the parts by their numbers
        names = [f"第{m.group(1)}" for m in _NUMBERED_PART.finditer(text or "")]
        kept = [t for t in tasks if str(t.get("code", "")).split(".")[0] in {str(n) for n in numbered}]
    else:
        names, fitting = parts_named(text, headings, drop=drop)
        if not names:
            return None
        kept = [t for t in tasks if (t.get("section") or "") in fitting]
    parts = "、".join(P.PART_NAME.format(name=n) for n in names)
    if not kept:
        return Answer(P.LIST_IN_PARTS_NONE.format(who=who, total=len(tasks), parts=parts), intent, [], [])
    return _listed(P.LIST_HEAD_IN_PARTS.format(who=who, total=len(tasks), parts=parts, count=len(kept)), kept, intent)


def mentioning_answer(term: str, tasks: list[dict]) -> Answer:
    """"分工方案里跟氢能有关的任务有哪几项": the tasks whose words hold the term (or its other
    forms in the synonym table); none → "not found", never the table's count."""
    forms = [term, *synonym_forms(term)]
    if term in table("query"):
        forms.append(table("query")[term])
    hits = [t for t in tasks if holds_term(t.get("text", ""), forms)]
    title = _one_title(tasks) or P.PLAN_ANY
    if not hits:
        return Answer(P.NONE_NO_TASK_MENTIONS.format(plan=title, total=len(tasks), term=term), "none")
    return _listed(P.LIST_HEAD_MENTIONS.format(plan=title, term=term, count=len(hits)), hits, "task")


# "方案要求几月底前完成" / "表里规定哪个月": the deadline the table itself writes is asked
# ("21年方案 停车泊位那条 完成时限", round 66g: the table's own column named)
_STATED_DUE = re.compile(r"几月|哪个?月|完成时限|时间节点|(?:方案|分工方案|文件|表里|表上|通知)(?:里|中|上)?(?:要求|规定|写的?|明确|定的)")


def due_answer(text: str, tasks: list[dict], same_plan: list[dict]) -> Answer:
    """The task's block, with its deadline and status. When the question asks the deadline the
    table writes ("方案要求几月底前完成") and the table writes none for it (no time words in
    the task, and no 完成时限 column: every task of the table (`same_plan`) is due when its words
    or the year's end say), that is said: the registry's 31 December is the plan year's default."""
    body = "\n".join(task_block(t, plan_title=t.get("plan_title")) for t in tasks)
    task = tasks[0]
    year = _plan_year(task)
    if (_STATED_DUE.search(text) and year and _default_due(task, year)
            and all(_default_due(t, year) or _due_in_words(t, year) for t in same_plan)):
        note = P.NONE_DUE_NOT_STATED.format(code=task.get("code", ""), year=year)
        return Answer(note + "\n" + body, "none", [], tasks)
    return Answer(body, "status", [], tasks)


def _plan_year(task: dict) -> int | None:
    if task.get("year"):
        return int(task["year"])
    m = re.search(r"((?:19|20)\d{2})", task.get("plan_title") or "")
    return int(m.group(1)) if m else None


def _default_due(task: dict, year: int) -> bool:
    """Due on the plan year's last day, with no time words of its own."""
    return due_from_text(task.get("text", ""), year) is None and str(task.get("due") or "") in ("", f"{year}-12-31")


def _due_in_words(task: dict, year: int) -> bool:
    said = due_from_text(task.get("text", ""), year)
    return said is not None and str(task.get("due") or "") == said.isoformat()
