"""Answers from the task registry: who owns a task, what a unit or a leader carries, what is
overdue or due soon, and a task's progress. A task named by its words is found by full-text
candidates re-ranked on how much of the question's wording they hold."""
from __future__ import annotations

import datetime as dt
import logging
from core import lazy_re as re
import sqlite3
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer, task_block, task_index, task_list
from answers.evidence import NUMBER, coverage, grams, topic_joints
from answers.owner_asks import bare_numbers, task_words
from answers.phases import class_read, same_numbered_projects
from answers.plain_words import document_forms
from answers.plan_parts import due_answer, in_parts_answer, mentioning_answer, section_fits, term_asked
from answers.question import Question
from answers.regions import place_things, same_region, stands_with
from answers.table_named import tasks_of_plan_named
from answers.understanding import short
from core.errors import UserError
from core.places import is_province
from core.synonyms import fields_of, lay_reading
from prompts import answers as P
from prompts import owners as PO

log = logging.getLogger(__name__)

MIN_COVERAGE = 0.5
TASK_MIN_COVERAGE = 0.45
# a description found once the request around it is gone must hold more of the task's words
BARE_MIN_COVERAGE = 0.6
# "X什么时候完成" goes to the registry only when a task clearly names X; else to the reports
DUE_MIN_COVERAGE = 0.7


def plan_year(task: dict) -> int | None:
    m = re.search(r"((?:19|20)\d{2})", task.get("plan_title") or "")
    return int(m.group(1)) if m else None



def task_dict(t: Any) -> dict:
    d = t.to_dict() if hasattr(t, "to_dict") else dict(t)
    for extra in ("plan_title", "role", "year", "region"):
        if extra not in d and B.field(t, extra) is not None:
            d[extra] = B.field(t, extra)
    return d


def search_tasks(ctx: Any, text: str, today: dt.date, limit: int = 15) -> list[dict]:
    reg = B.registry_module()
    if reg is None or not text.strip():
        return []
    try:
        found = reg.search_tasks(ctx.db, text, limit=limit, today=today)
    except sqlite3.Error:  # an FTS query the registry refused: nothing found
        log.exception("search_tasks failed")
        return []
    return [task_dict(t) for t in found]


# a verb of work typed after its object ("茶园新增那条", "老旧小区改造的"): tasks print it first
_LAST_VERB = re.compile(r"^(?P<thing>.{2,}?)\s*(?P<verb>新改建|新增|新建|改建|扩建|改造|建成|建设|实施|推进|开展|提升|打造|创建|培育|引进|整治)\s*$")


def province_short(topic: str) -> str:
    """"留在江西" → "留赣", "来江西" → "来赣" (round 70f): a province after a verb of staying or
    coming, as a plan writes it by its one-character name (留赣来赣, 入黔, 来琼)."""
    pattern, abbr = _province_names()
    return pattern.sub(lambda m: m.group(1).replace("在", "") + abbr[m.group(2)], topic)


@lru_cache(maxsize=1)
def _province_names() -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of a province said in full after such a verb, and each name's one character."""
    from retrieval.plans.meta import PROVINCE_ABBR

    abbr = {re.sub(r"(?:壮族|回族|维吾尔)?自治区$|省$|市$", "", name): a for a, name in PROVINCE_ABBR.items()}
    names = "|".join(sorted(abbr, key=len, reverse=True))
    return re.compile(rf"(留在|留|来|到|回|入|进)({names})(?:省)?"), abbr


def verb_first(topic: str) -> str:
    """"茶园新增" → "新增茶园" (round 69d): the task's own order, read as well as the typed one."""
    m = _LAST_VERB.match(topic or "")
    return f"{m.group('verb')}{m.group('thing')}" if m else topic


def best_tasks(ctx: Any, topic: str, today: dt.date, region: str | None = None) -> list[tuple[float, dict]]:
    """Registry tasks matching a paraphrase, best first: FTS candidates re-ranked by how much
    of the question's wording (or its expanded abbreviations: 新基建 → 新型基础设施) they hold.

    Figures the question quotes ("农村公路3000公里") and the region it names pick between
    tasks of several plans that share the same words."""
    # the request around a description ("请明确分工方案中X一项") is no word of the task
    bare = task_words(topic)
    # "植树造林" ~ "造林绿化", "志愿服务立法" ~ "志愿服务条例": the documents' other words too
    # ("城乡居民增收" ~ "居民人均可支配收入": a lay word read as the indicator, core.synonyms.lay_reading)
    # ("港口三期" of "岚江港三期工程": a facility's class said for its name, answers.phases.class_read)
    normal = B.normalize(topic)
    # ("清欠" → "拖欠 (清欠)": the documents' word alone too, the typed one in brackets is no word a task prints)
    plain = list(dict.fromkeys([topic, normal, re.sub(r"\s*\([^()]*\)", "", normal).strip() or normal,
                                *document_forms(topic), lay_reading(topic), class_read(topic), verb_first(topic)]))
    plain += [f for f in dict.fromkeys(province_short(v) for v in plain) if f not in plain]
    bare_forms = [v for v in dict.fromkeys([bare, B.normalize(bare)]) if v.strip() and v not in plain]
    variants = plain + bare_forms
    found: dict[tuple, dict] = {}
    for v in variants:
        for t in search_tasks(ctx, v, today):
            found.setdefault((t["code"], t.get("plan_title")), t)
    figures = [re.sub(r"\s+", "", m.group(0)) for m in NUMBER.finditer(topic)]
    # a bare number ("12345") held by one task only names it, with any other word of it
    keys = bare_numbers(topic)
    holders = {k: [t for t in found.values() if k in t.get("text", "")] for k in keys}
    joints = {v: topic_joints(v) for v in plain}  # (jieba's cut: once per wording, not per task)
    scored = []
    for t in found.values():
        text = re.sub(r"\s+", "", t.get("text", ""))
        # (a bigram across two words the task prints apart is mostly forgiven: "两癌筛查" ~
        # "“两癌”免费筛查", `answers.evidence.topic_joints`)
        cov = max(coverage(grams(v), text, joints=_joints_if_all_words(v, joints[v], text)) for v in plain)
        # the description alone names a task only when the task holds most of it: "鄱阳湖水利
        # 枢纽工程" is not a task's "花桥水利枢纽" though half its words are there
        # and its leading word, the name it starts with ("峡江水利枢纽" is no "花桥水利枢纽")
        cov = max([cov, *(c for v in bare_forms for c in [coverage(grams(v), text)]
                          if c >= BARE_MIN_COVERAGE and _leads_with(v, text))])
        if figures:
            cov += 0.15 * sum(1 for f in figures if f in text) / len(figures)
        if any(len(h) == 1 and h[0] is t for h in holders.values()) and cov > 0:
            cov += 0.3
        if region and t.get("region"):
            cov += 0.1 if same_region(t["region"], region) else 0.0
        scored.append((cov, t))
    # "南昌地铁6号线" is not the task of "南昌地铁1号线2号线延长线", and "产业园三期" is not a
    # task's "实验室三期": a numbered line or phase must stand in the task after its project name.
    scored = [(c, t) for c, t in scored if same_numbered_projects(topic, t.get("text", ""))]
    # "萍乡机场" is not a task's "萍莲高速…共青城通用机场": a thing a place qualifies stands with
    # that place in one list item of the task, unless the task is that place's own
    qualified = place_things(topic)
    scored = [(c, t) for c, t in scored if all(
        same_region(t.get("region"), place) or stands_with(place, thing, t.get("text", "")) for place, thing in qualified)]
    scored.sort(key=lambda x: -x[0])
    return [s for s in scored if s[0] >= TASK_MIN_COVERAGE]


def _leads_with(description: str, text: str) -> bool:
    """Whether the task holds the description's first two characters, the name or the head
    word it starts with."""
    first = re.search(r"[\u4e00-\u9fff]{2}|[A-Za-z0-9]{2,}", description)
    return first is None or first.group(0).lower() in text.lower()


def owner_answer(ctx: Any, q: Question, today: dt.date, docs: list[B.Doc] = ()) -> Answer:
    reg = B.registry_module()
    if reg is None:
        return Answer(P.NONE_NO_REGISTRY, "none")
    missing = plan_year_missing(q, docs)
    if missing:
        return missing
    if q.code:
        same = _tasks_by_code(ctx, q.code, today, q.region.name)
        if not same:
            try:
                same = [task_dict(reg.get_task(ctx.db, q.code, today=today))]
            except UserError:  # an unknown code
                return Answer(P.NONE_NO_TASK.format(what=short(q.code or "")), "none")
        text = "\n".join(task_block(t, plan_title=t.get("plan_title")) for t in same[:3])
        return Answer(text, "task" if q.intent == "task" else "owner", [], same[:3])
    scored = best_tasks(ctx, q.topic or q.text, today, q.region.name)
    heard = None
    if not scored:  # "兰汽二期" for the table's "澜汽集团二期": a piece typed by its sound
        heard, scored = _heard_tasks(ctx, q.topic or q.text, today, q.region.name)
    if not scored:
        from answers.report_owners import report_owner_answer  # a past year's item: its report's line

        return (report_owner_answer(ctx, q.topic or q.text, q.region.name)
                or Answer(P.NONE_NO_TASK.format(what=short(q.topic or q.text)), "none"))
    top_cov, task = scored[0]
    lines = [PO.TASK_WORD_READ_AS.format(typed=heard.typed, read=heard.read)] if heard else []
    if q.premise_unit and q.premise_unit in q.leaders and task.get("leaders"):
        # "X那项是<leader>牵头吧": a person offered, not a unit
        right = q.premise_unit in task["leaders"]
        lines.append((P.OWNER_PREMISE_LEADER_ONLY_RIGHT if right else P.OWNER_PREMISE_LEADER_ONLY_WRONG).format(
            leader=q.premise_unit, leaders="、".join(task["leaders"])))
    elif q.premise_unit:
        lines.append(_premise_owner(ctx, q.premise_unit, task) + _premise_leader(q.leaders, task))
    if _LEADER_ASKED.search(q.text) and not task.get("leaders"):
        # the same work in a list with no leader column (a 实事 list) and in the 分解表 that names
        # its leader (round 69d): the leader asked is the table's
        led = next((ct for ct in scored[1:6] if ct[0] >= top_cov - 0.15 and ct[1].get("leaders")), None)
        if led is not None:
            top_cov, task = led
            scored = [led] + [ct for ct in scored if ct is not led]
    if _LEADER_ASKED.search(q.text) and not _UNIT_ASKED.search(q.text) and not task.get("leaders") and not q.premise_unit:
        # "低空经济那条 分工方案里是哪位副省长负责的" (round 68h): the plan names no leader for it
        lines.append(P.OWNER_NO_LEADER.format(plan=task.get("plan_title") or "分工方案"))
        lines.append(task_block(task, plan_title=task.get("plan_title")))
        return Answer("\n".join(lines), "none", [], [task])
    lines.append(task_block(task, plan_title=task.get("plan_title")))
    twin = _twin(scored)
    if twin is not None:
        lines.append(task_block(twin, plan_title=twin.get("plan_title")))
    others = [t for c, t in scored[1:4] if c >= top_cov - 0.1 and t is not twin and t["code"] != task["code"]]
    if others:
        lines.append(P.OWNER_OTHERS.format(codes="、".join(t["code"] for t in others)))
    return Answer("\n".join(lines), "owner", [], [task] + ([twin] if twin is not None else []) + others)


# a leader asked of a task ("哪位副省长负责的", "牵头领导是谁"), not its unit
_LEADER_ASKED = re.compile(r"哪(?:位|个|一位)(?:常务)?副?(?:省长|市长|县长|区长|州长|领导)|(?:牵头|责任|分管|联系)(?:省|市|县|区)?领导(?:是谁|是哪位|是哪个)|"
                           r"谁(?:来)?分管|哪位(?:省|市|县|区)?领导")
_UNIT_ASKED = re.compile(r"哪(?:个|家|些)(?:单位|部门|厅|局|委)|牵头单位|责任单位")


def _heard_tasks(ctx: Any, topic: str, today: dt.date, region: str | None) -> tuple[Any, list[tuple[float, dict]]]:
    """The tasks a description finds once one piece typed by its sound is read as the tables
    write it (`answers.task_sounds`), with the reading used; (None, []) when none finds one."""
    from answers.task_sounds import heard_topics

    texts = [t.get("text", "") for t in list_registry_tasks(ctx, today)]
    for heard in heard_topics(topic, texts):
        scored = best_tasks(ctx, heard.topic, today, region)
        if scored:
            return heard, scored
    return None, []


def plan_year_missing(q: Question, docs: list[B.Doc]) -> Answer | None:
    """"24年分工方案里X谁牵头" with only the 2021 table loaded: that year's table is not there,
    and another year's owner is no answer."""
    plan_years = sorted({d.year for d in docs if d.kind == "plan" and d.year})
    asked = [y for y in q.years.explicit if y not in plan_years]
    if not plan_years or not asked or len(asked) < len(q.years.explicit):
        return None
    # "恢复到2019年水平" names a year inside the task; only a table asked for, or a year newer
    # than every table, asks for a table of that year
    if not re.search(r"(分工方案|方案|分工|台账|分解|任务表|任务清单|责任清单)", q.text) and min(asked) <= max(plan_years):
        return None
    there = "、".join(f"{y}年" for y in plan_years)
    return Answer(P.NONE_NO_PLAN_YEAR.format(year=asked[0], available=there), "none", settled=True)


def _twin(scored: list[tuple[float, dict]]) -> dict | None:
    """The same words in another plan (a province's and a county's table): that task too."""
    top_cov, task = scored[0]
    return next((t for c, t in scored[1:4] if c >= top_cov - 0.05 and t.get("plan_title") != task.get("plan_title")), None)


def _tasks_by_code(ctx: Any, code: str, today: dt.date, region: str | None) -> list[dict]:
    """Every plan's task numbered `code` ("1.2" exists in a province's and a county's table),
    only the named region's when the question names one; newest plan first."""
    tasks = [t for t in list_registry_tasks(ctx, today) if t.get("code") == code]
    if region:
        tasks = [t for t in tasks if same_region(t.get("region"), region)] or tasks
    return sorted(tasks, key=lambda t: -(plan_year(t) or 0))


def _premise_owner(ctx: Any, premise: str, task: dict) -> str:
    from answers.owner_guess import guessed_units  # "文广旅": a unit typed by a few of its characters

    leads = task.get("lead_units") or []
    cos = task.get("co_units") or []
    names = B.units_in_text(ctx, premise) or guessed_units(premise, leads + cos) or [premise]
    lead_text = "、".join(leads)

    def held(name: str, units: list[str]) -> bool:
        # "岚泽县农业农村局（县乡村振兴局）": a unit printed with its other nameplate in brackets is
        # the unit guessed by either name (round 65b)
        return any(u == name or u.startswith(name + "（") or u.startswith(name + "(") for u in units)

    for name in names:
        if held(name, leads) and len(leads) > 1 and not held(name, leads[:1]):
            # "老街立面改造是综合执法队牵头吧" where the row lists "规划建设办、综合执法队" (round
            # 69d): one of the units listed, not the one listed first; never a bare "是的"
            return P.OWNER_PREMISE_ONE_OF.format(unit=name, first=leads[0], leads=lead_text)
        if held(name, leads):
            return P.OWNER_PREMISE_RIGHT.format(unit=name)
    for name in names:
        if held(name, cos):
            return P.OWNER_PREMISE_CO.format(unit=name, leads=lead_text)
    return P.OWNER_PREMISE_WRONG.format(leads=lead_text)


def _premise_leader(offered: list[str], task: dict) -> str:
    """"…是团省委牵头、X挂帅吧": the leader offered beside the unit, confirmed or corrected."""
    leaders = task.get("leaders") or []
    if not offered or not leaders:
        return ""
    if all(name in leaders for name in offered):
        return P.OWNER_PREMISE_LEADER_RIGHT.format(leader="、".join(offered))
    return P.OWNER_PREMISE_LEADER_WRONG.format(leader="、".join(n for n in offered if n not in leaders),
                                               leaders="、".join(leaders))


def list_registry_tasks(ctx: Any, today: dt.date, **filters: Any) -> list[dict]:
    reg = B.registry_module()
    if reg is None:
        return []
    try:
        return [task_dict(t) for t in reg.list_tasks(ctx.db, today=today, **filters)]
    except UserError as exc:  # an unknown or ambiguous unit
        log.info("list_tasks %s: %s", filters, exc)
        return []


def _plan_title(tasks: list[dict]) -> str | None:
    titles = {t.get("plan_title") for t in tasks if t.get("plan_title")}
    return titles.pop() if len(titles) == 1 else None


def _same_level(q: Question, regions: list[str | None]) -> Callable[[str], bool] | None:
    """Whether a unit name belongs to the city the question names (None: no city named, every
    unit is the question's own): its short name first, or no other loaded region's, and not 省…."""
    region = q.region.name
    if not region or is_province(region) or not q.region.mentioned:
        return None
    short = re.sub(r"(市|县|区)$", "", region)
    others = {re.sub(r"(省|市|县|区)$", "", r) for r in regions if r and not same_region(r, region)}

    def belongs(unit: str) -> bool:
        if unit.startswith(short):
            return True
        return not unit.startswith("省") and not any(o and unit.startswith(o) for o in others)

    return belongs


def _own_level_units(q: Question, regions: list[str | None]) -> list[str]:
    """The units of the question that belong to its named city (all of them when none is named)."""
    belongs = _same_level(q, regions)
    if belongs is None:
        return q.units
    return [u for u in q.units if belongs(u)] or q.units


def other_level_unit(q: Question, regions: list[str | None]) -> Answer | None:
    """"南昌市发改委牵头哪些" with only the province's and a county's tables loaded: the registry
    matches 发改委 to 省发展改革委 / 青溪县发改委, which are not 南昌市's. Say it is not there."""
    belongs = _same_level(q, regions)
    if belongs is None or any(belongs(u) for u in q.units):
        return None
    region = q.region.name
    m = re.search(re.escape(q.region.mentioned) + r"市?([\u4e00-\u9fff]{1,10}?(?:厅|委|局|办|中心|公司|集团))", q.text)
    unit = region + m.group(1) if m else region
    role_word = {"lead": P.LIST_ROLE_LEAD, "co": P.LIST_ROLE_CO}.get(q.role or "", P.LIST_ROLE_ANY)
    return Answer(P.NONE_NO_UNIT_TASKS.format(unit=unit, role_word=role_word), "none")


def unit_tasks_answer(ctx: Any, q: Question, today: dt.date, regions: list[str | None] = ()) -> Answer:
    """A unit's tasks; a unit of another level than the named city is said not to be there."""
    other = other_level_unit(q, list(regions))
    if other is not None:
        return other
    unit = _own_level_units(q, list(regions))[0]
    tasks = list_registry_tasks(ctx, today, unit=unit)
    tasks = tasks_of_plan_named(q.text, tasks)[0] or tasks  # "民生实事里民政局牵头的" (round 66h)
    if q.role:
        tasks = [t for t in tasks if t.get("role", q.role) == q.role]
    role_word = {"lead": P.LIST_ROLE_LEAD, "co": P.LIST_ROLE_CO}.get(q.role or "", P.LIST_ROLE_ANY)
    if not tasks:
        return Answer(P.NONE_NO_UNIT_TASKS.format(unit=unit, role_word=role_word), "none")
    if q.status_what == "overdue":
        # "发改委有几项逾期": the unit's overdue tasks; none overdue is an answer, not "no tasks"
        overdue = [t for t in tasks if t.get("status") == "逾期"]
        if not overdue:
            return Answer(P.UNIT_NONE_OVERDUE.format(unit=unit, role_word=role_word, total=len(tasks)), "unit_tasks", [], [])
        head = P.LIST_HEAD_UNIT_OVERDUE.format(unit=unit, role_word=role_word, count=len(overdue), total=len(tasks))
        if _WHOLE_LIST.search(q.text) or _listed_apart(q.text):
            # "牵头的几项给我列下 哪个已经过了时限": every task, each overdue one marked (round 66d)
            return Answer(task_index(head, tasks, show_role=q.role is None, plan_title=_plan_title(tasks), show_due=True),
                          "unit_tasks", [], tasks)
        return Answer(task_index(head, overdue, show_role=q.role is None, plan_title=_plan_title(overdue)), "unit_tasks", [], overdue)
    in_parts = _in_parts(ctx, q, today, tasks, unit, unit + role_word, intent="unit_tasks")
    if in_parts is not None:
        return in_parts
    head = P.LIST_HEAD_UNIT.format(unit=unit, role_word=role_word, count=len(tasks))
    leads = sum(1 for t in tasks if t.get("role") == "lead")
    if q.role is None and 0 < leads < len(tasks):
        # "商务厅负责几项" reads as 牵头 to most staff: give both counts, not only the sum
        head = head.rstrip("：") + P.LIST_ROLE_SPLIT.format(lead=leads, co=len(tasks) - leads) + "："
    return Answer(task_index(head, tasks, show_role=q.role is None, plan_title=_plan_title(tasks),
                             show_due=bool(DUE_ASKED.search(q.text))), "unit_tasks", [], tasks)


# the whole list asked beside its overdue ones ("几项给我列下 哪个已经过了时限", "都有哪些 哪几项逾期了")
_WHOLE_LIST = re.compile(r"列(?:一)?下|列出来|都列|全部|所有|都有哪些|分别是")


def _listed_apart(text: str) -> bool:
    """"住建厅牵头的是哪几项 有已经过了时限的没" (round 68h): the list asked in a clause of its
    own, the overdue ones in another."""
    from answers.question import OVERDUE_WORDS

    clauses = [c for c in re.split(r"[\s，,。？?；;]+", text or "") if c]
    late = [bool(re.search(OVERDUE_WORDS, c)) for c in clauses]
    return any(late) and any(re.search(r"哪几|哪些|几项|多少项", c) and not bad for c, bad in zip(clauses, late))
# a deadline asked beside a list ("…那几项各啥时候到期", "…哪些 时限都是啥时候")
DUE_ASKED = re.compile(r"到期|时限|截止|期限|时间节点|啥时候|什么时候|几月|完成时间|办结时间|哪天|何时")


# words of a leader question that say "which tasks", not which ones
_LIST_WORDS = re.compile(r"(同志|省长|副省长|市长|副市长|县长|副县长|牵头|负责|分管|主抓|重点工作|重点任务|哪些条|哪几条|哪一条|哪条|哪些|哪几项|哪项|几项|多少项|什么|任务|工作|"
                         r"的|了|是|有|几|共|都|指标|具体|要|完成|多少|那条|那项|这项|这条|方面|领域|有关|相关|\s)")
NARROW_COVERAGE = 0.5
NARROW_PARTIAL = 0.3


def leader_tasks_answer(ctx: Any, q: Question, today: dt.date) -> Answer:
    """A leader's tasks; words beyond the leader ("民政方面的", "粮食生产那条") narrow them to the
    tasks whose text, section or units hold those words, shown in full."""
    leader = q.leaders[0]
    tasks = list_registry_tasks(ctx, today, leader=leader)
    named, table = tasks_of_plan_named(q.text, tasks)  # "民生实事里陈副区长牵头的" (round 66h)
    tasks = named or tasks
    if q.status_what == "overdue":
        tasks = [t for t in tasks if t.get("status") == "逾期"]
    if not tasks:
        return Answer(P.NONE_NO_LEADER_TASKS.format(leader=leader), "none")
    total = len(tasks)
    if q.unit_not:  # "不归科技厅管的有哪几项": the tasks that unit leads (alone or with others) left out
        kept = [t for t in tasks if q.unit_not not in (t.get("lead_units") or [])]
        if not kept:
            return Answer(P.NONE_LEADER_NOT_UNIT.format(leader=leader, total=total, unit=q.unit_not), "none")
        head = P.LIST_HEAD_LEADER_NOT_UNIT.format(leader=leader, total=total, unit=q.unit_not, count=len(kept))
        if len(kept) <= 3:
            return Answer(head + "\n" + "\n".join(task_block(t, plan_title=t.get("plan_title")) for t in kept),
                          "leader_tasks", [], kept)
        return Answer(task_index(head, kept, plan_title=_plan_title(kept)), "leader_tasks", [], kept)
    from answers.question import FIELD_GUESSED  # "…主要是科技那块吧": a guess, every task is asked

    in_parts = None if FIELD_GUESSED.search(q.text) else _in_parts(ctx, q, today, tasks, leader, leader + P.LIST_ROLE_LEAD)
    if in_parts is not None:
        return in_parts
    if (units := _units_of_tasks(leader, tasks, q.text)) is not None:
        return units
    if q.topic_not:  # "除了科技创新那些，还牵头啥": the tasks of the part set aside are left out
        tasks = [t for t in tasks if coverage(grams(q.topic_not), _field_words(t)) < NARROW_COVERAGE] or tasks
    narrow = _LIST_WORDS.sub(" ", q.topic or "").strip()
    if table and named:  # the table's own name is no word of its tasks
        narrow = " ".join(w for w in narrow.split() if w not in table)
    if re.search(r"[\u4e00-\u9fff]{2}", narrow):
        words = grams(narrow)
        scored = sorted(((coverage(words, _field_words(t)), t) for t in tasks), key=lambda x: -x[0])
        top = scored[0][0]
        # the best-matching tasks, when any names part of the words ("粮食生产" ~ "粮食总产量")
        hits = [t for c, t in scored if c >= NARROW_COVERAGE or (c >= top - 0.05 and c >= NARROW_PARTIAL)]
        if hits:
            head = P.LIST_HEAD_LEADER_ABOUT.format(leader=leader, what=narrow, count=len(hits), total=total)
            if len(hits) <= 3:  # few enough to show in full, with their figures
                body = "\n".join(task_block(t, plan_title=t.get("plan_title")) for t in hits)
                return Answer(head + "\n" + body, "leader_tasks", [], hits)
            return Answer(task_index(head, hits, plan_title=_plan_title(hits)), "leader_tasks", [], hits)
    head = P.LIST_HEAD_LEADER.format(leader=leader, count=len(tasks))
    if q.status_what == "overdue":
        head = P.LIST_HEAD_LEADER_OVERDUE.format(leader=leader, count=len(tasks))
    if len(tasks) < total:
        head = P.LIST_HEAD_LEADER_EXCEPT.format(leader=leader, what=q.topic_not, count=len(tasks), total=total)
    return Answer(task_index(head, tasks, plan_title=_plan_title(tasks), show_due=bool(DUE_ASKED.search(q.text))),
                  "leader_tasks", [], tasks)


# "X牵头的任务 牵头单位主要是哪几个厅局" / "X那些任务都是哪些部门在牵头": the units asked, not the tasks
_UNITS_ASKED = re.compile(r"(?:(?:牵头|责任|配合|协办)?(?:单位|部门))[^，,？?。]{0,5}?(?:哪(?:几|些)|有哪|是谁)|"
                          r"哪(?:几|些)个?(?:厅局|委办局|部门|单位|厅|局)")
_CO_ASKED = re.compile(r"责任单位|配合单位|协办单位|配合|协办")


def _units_of_tasks(leader: str, tasks: list[dict], text: str) -> Answer | None:
    """The lead (or co-) units of a leader's tasks, each with the tasks it holds, when the
    question asks which units, not which tasks."""
    if not _UNITS_ASKED.search(text or ""):
        return None
    key, role = ("co_units", "责任单位") if _CO_ASKED.search(text) else ("lead_units", "牵头单位")
    held: dict[str, list[str]] = {}
    for t in tasks:
        for unit in t.get(key) or []:
            held.setdefault(unit, []).append(str(t.get("code")))
    if not held:
        return None
    ranked = sorted(held.items(), key=lambda kv: -len(kv[1]))
    lines = [P.LEADER_UNITS_HEAD.format(leader=leader, total=len(tasks), role=role, count=len(ranked))]
    several = [(u, codes) for u, codes in ranked if len(codes) > 1]
    singles = [(u, codes) for u, codes in ranked if len(codes) == 1]
    if len(singles) <= 3:  # few: each on its line; many: one line, so the answer fits a phone
        several, singles = ranked, []
    lines += [P.LEADER_UNITS_LINE.format(unit=u, n=len(codes), codes="、".join(codes)) for u, codes in several]
    if singles:
        lines.append(P.LEADER_UNITS_SINGLES.format(count=len(singles), units="、".join(f"{u}（{c[0]}）" for u, c in singles)))
    return Answer("\n".join(lines), "leader_tasks", [], tasks)


def _in_parts(ctx: Any, q: Question, today: dt.date, tasks: list[dict], name: str, who: str, *,
              intent: str = "leader_tasks") -> Answer | None:
    """"罗小云在生态环境和民生两部分牵头几项": the tasks of the parts named (`answers.plan_parts`),
    read against every part of the loaded tables, so a part where this one holds no task still counts."""
    headings = list(dict.fromkeys(t.get("section") or "" for t in list_registry_tasks(ctx, today)))
    return in_parts_answer(q.text, tasks, headings, (name, *q.leaders, *q.units), who, intent)


def plan_count_answer(ctx: Any, q: Question, today: dt.date) -> Answer:
    """How many tasks each loaded table lists, and how many in the parts the question names
    ("民生那块" → the part whose heading speaks of 民生)."""
    tasks = list_registry_tasks(ctx, today)
    if not tasks:
        return Answer(P.NONE_NO_REGISTRY, "none")
    term = term_asked(q.text)
    headings = {t.get("section") or "" for t in tasks}
    if term and not any(section_fits(term, h) for h in headings):
        if q.years.explicit:  # "21年分工方案里…": that year's table
            tasks = [t for t in tasks if plan_year(t) in q.years.explicit] or tasks
        return mentioning_answer(term, tasks)
    from answers.year_counts import counted_by_year  # "24年那份报告分了多少项" with no 2024 table

    by_year = counted_by_year(ctx, q, {y for t in tasks if (y := plan_year(t))}, lambda sub: plan_count_answer(ctx, sub, today))
    if by_year is not None:
        return by_year
    plans: dict[str, list[dict]] = {}
    for t in tasks:
        plans.setdefault(t.get("plan_title") or "", []).append(t)
    words = [w for w in re.findall(r"[\u4e00-\u9fff]{2,}", q.topic or "")]
    lines = []
    for title, items in plans.items():
        sections: dict[str, int] = {}
        for t in items:
            sections[t.get("section") or ""] = sections.get(t.get("section") or "", 0) + 1
        lines.append(P.PLAN_COUNT.format(plan=title, count=len(items), parts=len(sections)))
        for word in words:
            if word in title or word in ("文号", "日期", "时间"):
                continue  # "省政府…方案…文号是啥": the table's own name and facts, no part of it
            for name, n in sections.items():
                if section_fits(word, name):
                    lines.append(P.PLAN_SECTION_COUNT.format(section=name.rstrip("。，, "), count=n))
    return Answer("\n".join(lines), "plan_count", [], [])


def _field_words(t: dict) -> str:
    """A task's words and the fields of work they show (`core.synonyms.fields_of`), so a list
    narrowed by a field's name ("教育方面", "水利那块") keeps "深化高考综合改革"."""
    words = _task_words(t)
    return words + " " + " ".join(fields_of(t.get("text", "")))


def _task_words(t: dict) -> str:
    units = [*(t.get("lead_units") or []), *(t.get("co_units") or [])]
    # (the deadline as printed: "黄常务负责的那些里 哪些是长期坚持的", round 67c)
    return " ".join([t.get("text", ""), t.get("section") or "", t.get("subsection") or "", *units, t.get("due_printed") or ""])


def _joints_if_all_words(topic: str, joints: dict, text: str) -> dict | None:
    """The topic's joints (`topic_joints`) when the task prints every word of them: a word
    missing ("锦西" typed for 锦溪) forgives nothing, so the same-sound reading is tried and said."""
    if not joints:
        return None
    if any(w.lower() not in text.lower() for w in re.findall(r"[A-Za-z0-9]+", topic)):
        return None  # "凤鸣山创5A": a grade or a number the task does not print is a word missing
    missing = [g for g in grams(topic) if len(g) == 2 and g not in text]  # (a lone character weighs little)
    return joints if all(g in joints and all(w in text for w in joints[g]) for g in missing) else None


# a unit's short name opening the words of a task ("住建局老旧小区改造", "交通局 鹭洲大桥")
_UNIT_OPENING = re.compile(r"^\s*([\u4e00-\u9fff]{1,10}?(?:局|委|厅|办|中心|集团|公司|管委会))\s*(?:的|那个|那项|这项)?\s*")


def _led_by_unit_said(ctx: Any, topic: str, today: dt.date, region: str | None) -> list:
    """The tasks the rest of the words name, among those the unit said first leads or shares:
    the table prints the task without its unit, so the unit's name is no word of the task."""
    m = _UNIT_OPENING.match(topic or "")
    units = set(B.units_in_text(ctx, m.group(1))) if m else set()
    rest = topic[m.end():] if m else ""
    if not units or len(re.findall(r"[\u4e00-\u9fff]", rest)) < 2:
        return []
    return [(c, t) for c, t in best_tasks(ctx, rest, today, region)
            if units & (set(t.get("lead_units") or []) | set(t.get("co_units") or [])) and c >= DUE_MIN_COVERAGE]


def status_answer(ctx: Any, q: Question, today: dt.date) -> Answer:
    if q.status_what in ("progress", "due") and not q.code:
        scored = best_tasks(ctx, q.topic or q.text, today, q.region.name)
        heard = None
        if not scored or (q.status_what == "due" and scored[0][0] < DUE_MIN_COVERAGE):
            # "鹊湖围堤" for the table's "鹊湖圩堤": a word typed by its sound (round 53b)
            heard, better = _heard_tasks(ctx, q.topic or q.text, today, q.region.name)
            if better and better[0][0] > (scored[0][0] if scored else 0.0):
                scored = better
            else:
                heard = None
        if not scored or scored[0][0] < DUE_MIN_COVERAGE:
            # "住建局老旧小区改造那项 完成时限哪个月": the lead unit said before its task (round 59h)
            scored = _led_by_unit_said(ctx, q.topic or q.text, today, q.region.name) or scored
        if not scored:
            return Answer(P.NONE_NO_TASK.format(what=short(q.topic or q.text)), "none")
        if heard:
            ans = status_answer(ctx, replace(q, topic=heard.topic, text=q.text.replace(heard.typed, heard.read)), today)
            if ans.intent != "none":
                note = PO.TASK_WORD_READ_AS.format(typed=heard.typed, read=heard.read)
                return replace(ans, answer=note + "\n" + ans.answer)
        if q.status_what == "due":  # the task block carries its deadline and status
            if scored[0][0] < DUE_MIN_COVERAGE:
                return Answer(P.NONE_NO_TASK.format(what=short(q.topic or q.text)), "none")
            twin = _twin(scored)
            tasks = [scored[0][1]] + ([twin] if twin is not None else [])
            return _due(ctx, q, today, tasks)
        return _progress(ctx, scored[0][1]["code"], today)
    if q.code and q.status_what == "due":
        same = _tasks_by_code(ctx, q.code, today, q.region.name)
        return _due(ctx, q, today, same[:3]) if same else _progress(ctx, q.code, today)
    if q.code:
        return _progress(ctx, q.code, today)
    if q.status_what == "overdue":
        tasks = list_registry_tasks(ctx, today, status="逾期")
        what = P.STATUS_OVERDUE
    else:
        start = today
        if q.status_what in ("month", "next_month"):
            nxt = (today.replace(day=28) + dt.timedelta(days=4))
            end = nxt - dt.timedelta(days=nxt.day)  # the month's last day
            what = P.STATUS_DUE_MONTH
            if q.status_what == "next_month":
                start = end + dt.timedelta(days=1)
                after = start.replace(day=28) + dt.timedelta(days=4)
                end = after - dt.timedelta(days=after.day)
                what = P.STATUS_DUE_NEXT_MONTH
        else:
            end = today + dt.timedelta(days=6 - today.weekday())  # this week's Sunday
            what = P.STATUS_DUE_WEEK
            if q.status_what == "next_week":
                start, end = end + dt.timedelta(days=1), end + dt.timedelta(days=7)
                what = P.STATUS_DUE_NEXT_WEEK
        tasks = [t for t in list_registry_tasks(ctx, today, due_before=end + dt.timedelta(days=1))
                 if t.get("due") and str(t["due"]) >= start.isoformat() and t.get("status") != "已完成"]
    if not tasks:
        return Answer(P.NONE_NO_STATUS_TASKS.format(what=what), "status")
    head = P.LIST_HEAD_STATUS.format(what=what, count=len(tasks))
    return Answer(task_list(head, tasks, plan_title=_plan_title(tasks)), "status", [], tasks)


def _due(ctx: Any, q: Question, today: dt.date, tasks: list[dict]) -> Answer:
    """A task's deadline, read with every task of its table (`answers.plan_parts.due_answer`)."""
    title = tasks[0].get("plan_title")
    same_plan = [t for t in list_registry_tasks(ctx, today) if t.get("plan_title") == title]
    return due_answer(q.text, tasks, same_plan)


def _progress(ctx: Any, code: str, today: dt.date) -> Answer:
    reg = B.registry_module()
    if reg is None:
        return Answer(P.NONE_NO_REGISTRY, "none")
    try:
        detail = reg.task_detail(ctx.db, code, today=today)
    except UserError:  # an unknown code
        return Answer(P.NONE_NO_TASK.format(what=short(code)), "none")
    task = task_dict(detail.task)
    lines = [task_block(task, plan_title=task.get("plan_title"))]
    if detail.progress:
        lines.append(P.PROGRESS_HEAD)
        for p in detail.progress[-5:]:
            lines.append(P.PROGRESS_LINE.format(when=p.reported_at[:10], unit=(p.unit + "：") if p.unit else "", text=p.text))
    else:
        lines.append(P.PROGRESS_NONE)
    return Answer("\n".join(lines), "status", [], [task])

