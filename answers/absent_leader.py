"""A person asked about who leads no task in the tables: "叶建春省长在分工方案里牵头的有哪几条".

A report is delivered by the governor; the responsibility table assigns tasks to the vice
governors. Asked what a person leads, the answer must be about that person: when the tables
name them as no task's leader, say so (and who the tables' leaders are), never answer with
something else the question's other words fit (the table's task count, a report's sentence).

A person is read in two ways, both from the question and the documents, never from a list:
a name said with an office ("叶建春省长", "那个叶省长", "王副市长"), or a name the reports
themselves sign with ("省长 叶建春" under a report). A name of the registry's leaders, one
character off one of them, a surname only one of them carries, or a name that sounds as one
of them is theirs: the question goes on as typed (`answers.leader_titles`,
`answers.owner_asks.near_leader`, `answers.leader_sounds`).
"""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer
from answers.leader_titles import surname
from core import lazy_re as re
from prompts import owners as PO

# the question asks what a person leads: a verb of owning and a list or count asked
_LEADS = re.compile(r"牵头|分管|主抓|挂帅|领衔|负责")
_ASKED = re.compile(r"哪|几|多少|什么|啥|有没有|清单|列出|任务|工作|事")
_OFFICE = r"(?:常务)?副?(?:省长|市长|县长|区长|州长|主席|书记)"
# a name said with its office, after the start, a pause or a pointing word ("那个叶建春省长")
_NAME_WITH_OFFICE = re.compile(r"(?:^|(?<=[\s，,。？?、：:])|(?<=那个|这个|那位|这位|请问|问下|问问|看看|查查|查下))"
                               r"(?:那个|这个|那位|这位)?(?P<name>[\u4e00-\u9fff]{1,3}?)(?P<office>" + _OFFICE + ")")
_NOT_A_NAME = re.compile(r"[省市县区州的个位了是在和与及跟各每哪几该本全]|^(?:常务|代理|执行|分管|主管|常|副)")
# the owner of a task asked ("王市长提的那件事谁牵头"): the person only names the task
_OWNER_ASKED = re.compile(r"谁|哪个(?:单位|部门|厅|局|委|办)|哪家|哪位|什么(?:单位|部门)|哪些(?:单位|部门)")
# the office said first ("省长叶建春牵头哪些", "副市长王某在方案里…")
_OFFICE_THEN_NAME = re.compile(r"(?:^|(?<=[\s，,。？?、：:]))(?:那个|这个|那位|这位)?(?P<office>" + _OFFICE + r")"
                               r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?=在|于|牵头|分管|主抓|挂帅|领衔|负责|的)")
# a bare name opening the question, then where the tasks are listed and the verb of owning
# ("叶建春在分工方案里亲自牵头的有哪几条"): a person, as "X牵头哪些" at the start is
_NAME_IN_TABLE = re.compile(r"^(?:那个|这个|那位|这位)?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?:在|于)"
                            r"[^，,。？?]{0,16}?(?:分工方案|方案|台账)(?:里面|里|中|上)?(?:亲自|直接|一共|总共|共)?"
                            r"(?:牵头|分管|主抓|挂帅|领衔)")
# a report's signature: "省长 叶建春", "南昌市人民政府市长万广明"
_SIGNED = re.compile(r"(?:代理)?(?:省长|市长|县长|区长|州长)[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*(?=\n|各位代表|$)")


def _is_leaders(name: str, leaders: list[str]) -> bool:
    """Whether `name` is, or may be, one of the registry's leaders: the name, a surname one of
    them carries, or three characters one off a leader's."""
    if name in leaders or any(name in n for n in leaders):
        return True
    if len(name) <= 2 and any(surname(n) == name for n in leaders):
        return True
    if len(name) == 1:
        from core.synonyms import same_sound_as  # "蓝县长" typed for 兰海平 (answers.leader_titles)

        if same_sound_as(name, [surname(n) for n in leaders]):
            return True
    if any(len(n) == len(name) == 3 and sum(a == b for a, b in zip(n, name)) == 2 for n in leaders):
        return True
    from answers.leader_sounds import leader_heard  # "秦毅" for 秦义: the question repair reads it so

    return leader_heard(name, leaders) is not None


def _is_word(text: str) -> bool:
    """A field or function word ("教育", "财政") or a place ("江西省长": 江西's governor), never a
    person's name."""
    from core.places import full_name
    from core.synonyms_data import FIELD_WORDS, UNIT_FUNCTIONS

    if full_name(text) or any(full_name(text[i:]) for i in range(1, len(text) - 1)):
        return True

    words = {w for w, *_ in UNIT_FUNCTIONS} | {f for f, *_ in FIELD_WORDS}
    return any(w in text for w in words if len(w) >= 2)


# a name that may stand as the one who leads: two or three characters opening a clause, before
# a verb of owning or where the tasks are listed ("万广明牵头的", "万广明在分工方案里…")
# (or after where the tasks are listed: "分工方案里叶建春牵头哪几项")
_SUBJECT = re.compile(r"(?:^|(?<=[\s，,。？?、：:])|(?<=方案里|方案中|方案上|台账里|台账中)|(?<=分工表里|分工表中))"
                      r"(?:那个|这个|那位|这位)?([\u4e00-\u9fff]{2,3}?)(?:同志)?"
                      r"(?=在|于|牵头|分管|主抓|挂帅|领衔|负责)")


def _signed(ctx: Any, name: str) -> str | None:
    """The office a report's signature gives `name` ("省长 叶建春" under a report), if any."""
    for h in B.search(ctx, name, k=5, kind="report", dense=False):
        for m in _SIGNED.finditer(B.field(h, "text") or ""):
            if m.group(1) == name:
                return re.sub(r"^代理", "", m.group(0)[: m.start(1) - m.start(0)].strip())
    return None


def person_asked(ctx: Any, question: str, leaders: list[str]) -> str | None:
    """The person (as typed, with the office) the question asks about, when the registry's
    leaders hold no such person."""
    said = [(m, True) for m in _OFFICE_THEN_NAME.finditer(question)]
    for m, office_first in said + [(m, False) for m in _NAME_WITH_OFFICE.finditer(question)]:
        name = m.group("name")
        if _NOT_A_NAME.search(name) or _is_word(name):
            continue
        if _is_leaders(name, leaders):
            return None
        return m.group("office") + name if office_first else name + m.group("office")
    if any(n in question for n in leaders):
        return None
    bare = _NAME_IN_TABLE.search(question)
    if bare and not _NOT_A_NAME.search(bare.group("name")) and not _is_leaders(bare.group("name"), leaders) \
            and not _is_word(bare.group("name")):
        return bare.group("name")
    for m in _SUBJECT.finditer(question):
        name = m.group(1)
        if _NOT_A_NAME.search(name) or _is_word(name) or _is_leaders(name, leaders):
            continue
        if _signed(ctx, name):  # a name the reports sign with: a person
            return name
        if len(name) == 3 and not _UNIT_END.search(name) and not B.documents_print(ctx, name):
            # three characters no document prints, where a leader's name stands ("分工方案里
            # 叶建春牵头哪几项"): a person the tables do not name, never a word of theirs
            return name
    return None


# a unit's or a place's kind ends its name ("水力厅" typed by sound for 水利厅, "西坪镇"): never a person's
_UNIT_END = re.compile(r"[厅局委办院所部处会社站队校司行室镇乡村场园]$")


def _candidates(question: str) -> bool:
    """Whether any words of `question` may name a person (no registry read otherwise)."""
    return bool(_OFFICE_THEN_NAME.search(question) or _NAME_WITH_OFFICE.search(question) or _NAME_IN_TABLE.search(question) or _SUBJECT.search(question))


def absent_leader_answer(ctx: Any, question: str) -> Answer | None:
    """"X在分工方案里牵头的有哪几条" where X leads no task of the tables: said so, with the
    tables' leaders; None when the question asks no such thing or X is a leader of them."""
    from core.synonyms import fix_homophones  # "签头" typed for 牵头: the verb must be seen

    question = fix_homophones(question or "")
    if not question or not (_LEADS.search(question) and _ASKED.search(question)) or _OWNER_ASKED.search(question):
        return None
    if not _candidates(question):
        return None
    leaders = B.leader_names(ctx)
    if not leaders:
        return None  # no table loaded: the registry's own "no table" answer says so
    if B.units_in_text(ctx, question) or B.leaders_in_text(ctx, question):
        return None
    from answers.leader_titles import leaders_by_office, leaders_by_title  # "省长亲自领衔的": an office a plan prints

    if leaders_by_office(question, B.leader_offices(ctx)) != question or leaders_by_title(question, leaders) != question:
        return None  # (or "黄常务负责的": the one leader of that surname, round 67c)
    person = person_asked(ctx, question, leaders)
    if person is None:
        return None
    plans = "、".join(dict.fromkeys(d.title or d.file for d in B.documents(ctx) if d.kind == "plan")) or "分工方案"
    text = PO.NONE_LEADS_NO_TASK.format(name=person, plans=plans)
    text += "\n" + PO.PLAN_LEADERS.format(leaders="、".join(dict.fromkeys(leaders)))
    return Answer(text, "none")
