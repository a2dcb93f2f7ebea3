"""When a plan task is due, asked in words the deadline rule did not read (round 33d r33d-014/017):

- a unit inside the task's own name: "中医院新院区分工表里要求啥时候投用" names 市中医院, a unit of
  the registry, yet asks nothing of that unit; the question is the task's deadline (完成时限);
- the deadline noun said with a verb of setting: "食品安全示范城市创建 时限咋定的" — "定的" sets the
  时限 asked, not a target.

Plain functions over the prepared question; `answers.question._when` routes with them.
"""
from __future__ import annotations

from core import lazy_re as re

# words that ask about a unit rather than name a task that holds one
_UNIT_ASKED = re.compile(r"(牵头|负责|参与|配合|承担|协助|分管|主抓|哪些|哪几|几项|多少项|任务|工作|的事)")
# a deadline named as a noun: the time set for the task, whatever verb sets it
# ("时间要求": the column a plan prints it under, "老旧小区改造那项时间要求是啥时候", round 67d)
_DEADLINE_NOUN = re.compile(r"(完成时限|时限|完成时间|截止时间|截止日期|最后期限|期限|时间要求|时间节点|节点|最晚|最迟)")
# verbs of setting, read as a target's cue elsewhere ("定的多少"), said of the deadline noun
_SETTING = re.compile(r"(定的|定了|定为|定在|要求|安排|规定)")
_REQUIRED_WHEN = re.compile(r"(?:要求|规定|安排)(?:在)?\s*(?:(?:几|哪个?)月(?:份)?(?:底)?|什么时候|啥时候|何时|哪天)")
# "最晚啥时候要通车" / "最迟几月底": the latest time allowed is the deadline set for the task
_LATEST_WHEN = re.compile(r"(?:最晚|最迟|最后期限)\s*(?:要|得|应|需|必须)?\s*(?:在)?\s*(?:(?:几|哪个?)月(?:份)?(?:底)?|什么时候|啥时候|何时|哪天|哪年)")


def unit_only_names_the_task(raw: str, units: list[str]) -> bool:
    """Whether the units found in the question only name the task ("市中医院新院区…投用"): no
    word asks about a unit's work or role."""
    return bool(units) and not _UNIT_ASKED.search(raw)


def deadline_noun_set(raw: str) -> bool:
    """"时限咋定的" / "完成时限怎么要求的": the deadline noun asked with a verb of setting;
    "要求几月底前开工": the time asked is what is required."""
    m = _DEADLINE_NOUN.search(raw)
    return bool((m and (_SETTING.search(raw[m.end():]) or _NOUN_ASKED.match(raw[m.end():])))
                or _REQUIRED_WHEN.search(raw) or _LATEST_WHEN.search(raw) or _TIME_SET.search(raw))


# "造林一万亩那个任务清单里时间是咋要求的" (round 63g): plain 时间 with a verb of setting asked
_TIME_SET = re.compile(r"时间(?:上)?(?:是)?(?:咋|怎么|如何|怎样)(?:要求|规定|定|写|安排)的?")


# "清单上节点是哪天" / "时间节点卡的哪天" / "节点啥时候" (round 61b): the deadline noun, then its ask
_NOUN_ASKED = re.compile(r"\s*(?:是|卡的|卡在|卡到|定在|在|写的|写了|写着)?\s*(?:哪天|哪一天|啥时候|什么时候|何时|几月|哪个月|啥|什么|多少)")


_SETTING_ASKED = re.compile(r"(?:是|咋|怎么|如何|怎样)?(?:定的|定了|定为|定在|规定的?|要求的)(?:是)?(?:啥|什么|多少)?")


def without_setting(topic: str) -> str:
    """The task's words without the deadline noun and the verb that asked how it was set
    ("时间节点 怎么定的")."""
    rest = _DEADLINE_NOUN.sub(" ", _SETTING_ASKED.sub(" ", topic))
    rest = re.sub(r"(?:^|(?<=\s))(?:咋|怎么|如何|怎样)(?=\s|$)", " ", rest)  # "方案里咋定的": the 咋 left alone
    return re.sub(r"\s+", " ", rest).strip()


# the milestone a deadline ask ends with ("…几月底前完工"): the table's task need not print it
_MILESTONE_END = re.compile(r"\s*(?:(?:开工|完工|建成|投用|投运|投产|竣工|通车|开通|上线|启用|开业|交付|建好|弄好|弄完|搞完|干完|"
                            r"试运营|运营|试运行|招生|开学|开园|开馆|开放)\s*)+$")


def without_milestone(topic: str) -> str:
    """The task's words without the milestone verb asked at the end, when four characters or
    more of the task's own words are left ("供热管网改造 完工" → "供热管网改造")."""
    rest = _MILESTONE_END.sub("", topic).strip()
    return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 4 else topic
