"""An answer about a thing the documents never mention is "not found".

The registry's answerers find a task by the words it shares with the question, so "机场改扩建
哪位领导分管" shares 改扩建 with "新建改扩建中小学、幼儿园25所" and was answered with that task's
leader (dev round 30b): the thing asked, 机场, stands in no task and no report. This check reads
an answer built from tasks against the subject the question names first (its first run of
content words, `answers.covering_sentence.content_runs`, owner words aside): a word of two or
more characters of that subject that the answered tasks do not hold, and that no task and no
indexed report prints at all, makes the answer "not found". A word the documents print
elsewhere is left alone: the task found may still be the one meant, written another way. An
owner answer is read against the tasks alone: a thing only a report prints has no owner.
Questions naming a unit or a leader are left alone too (a short name such as 发改委 is printed
by no document in that form).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.compose import Answer
from answers.covering_sentence import content_runs
from answers.phases import class_read
from answers.years import parse_years
from core import lazy_re as re
from core.places import autonomous_base, own_name
from core.abbreviations import ABBREVIATIONS
from prompts import answers as P

# who is asked of: the registry's words around the subject, not the subject
_OWNER_WORDS = re.compile(r"哪位|哪个|领导|分管|牵头|负责|主抓|责任|单位|部门|配合|完成时限|时限|截止|进度|安排|进展|任务|工作")
_ANSWERS_FROM_TASKS = ("owner", "task", "status", "target", "fact")
MIN_WORD = 2
_NOUN_TAGS = frozenset({"n", "nz", "j", "ns", "nt", "nl", "ng", "nr"})  # jieba reads 幼儿园 as nr


# a facility or project named by what it is: a centre, a hall, a road…
_FACILITY = re.compile(r"(?:中心|馆|场|院|站|园|桥|路|线|厂|港|机场|医院|学校|小学|中学|大学|公园|广场|水库|电站)$")


def _missing_words(subject: str, texts: list[str]) -> list[str]:
    """The runs of two or more characters of `subject` that sit in no bigram of any text, when
    one opens the subject (the thing named first: "机场" of "机场改扩建"); a word inside it
    ("学校" of "新建改扩建学校") qualifies a thing the task may write its own way."""
    flags = [False] * len(subject)
    for text in texts:
        flat = "".join(text.split())
        for i in range(len(subject) - 1):
            if subject[i:i + 2] in flat:
                flags[i] = flags[i + 1] = True
    for short, full in ABBREVIATIONS.items():  # "高企" is the task's 高新技术企业
        at = subject.find(short)
        if at >= 0 and any(full in "".join(t.split()) for t in texts):
            flags[at:at + len(short)] = [True] * len(short)
    opening = 0
    while opening < len(subject) and not flags[opening]:
        opening += 1
    if opening == len(subject) and _FACILITY.search(subject) and len(subject) >= 4:
        # "县体育中心那个项目啥时候完工" answered by a river's task through 完工 alone (round 70d): a
        # named facility none of whose words the task holds is the thing asked, and it is missing
        return [subject]
    if opening < MIN_WORD or opening == len(subject):
        return []  # nothing missing at the start, or nothing of the subject held at all
    nouns = [w for w in _nouns(subject) if len(w) >= MIN_WORD and 0 <= subject.find(w) and subject.find(w) + len(w) <= opening]
    if not nouns or [w for w in _nouns(subject[opening:]) if w not in _abbreviated(subject[opening:])]:
        # the task holds a thing of its own ("种树造林" answered by a task on 造林): the opening
        # qualifies it in other words; only a thing asked with what is done to it ("机场" +
        # "改扩建") is the thing the task lacks
        return []
    return [subject[:opening]]


def _abbreviated(text: str) -> set[str]:
    """Words the segmenter reads as abbreviations (j: 改扩建), which name no thing."""
    from answers.review_words import tagged

    return {w for w, tag in tagged(text) if tag == "j"}


def _nouns(text: str) -> list[str]:
    """The nouns the segmenter reads in `text` (a thing, not what is done to it: "防止" of
    "防止规模性返贫" is no thing the documents might lack); none without the segmenter."""
    from answers.review_words import tagged

    return [word for word, tag in tagged(text) if tag in _NOUN_TAGS]


def unmentioned_checked(ctx: Any, question: str, q: Any, ans: Answer) -> Answer:
    """`ans` unchanged unless it is built from tasks and the question's subject holds a word no
    document prints (see the module docstring); then a "not found" naming that word."""
    if ans.intent not in _ANSWERS_FROM_TASKS or not ans.tasks or getattr(q, "units", None) or getattr(q, "leaders", None):
        return ans
    region = getattr(getattr(q, "region", None), "name", None)
    typed = getattr(getattr(q, "region", None), "mentioned", None)  # "澜州" of 澜州市: no word of the subject
    text = (question or "").replace(typed, " ", 1) if typed else (question or "")
    for short, printed in _READ_AS.findall(ans.answer or ""):
        text = text.replace(short, printed)  # "燃管" answered as the documents' "燃气老旧管道": read so
    text = class_read(text)  # "港口三期" is the task's "岚江港三期": 港口 names its class
    runs = [r for r in content_runs(_OWNER_WORDS.sub(" ", text), region, parse_years(question or "")) if not r.isascii()]
    if not runs:
        return ans
    texts = [str(t.get("text") or "") for t in ans.tasks]
    for place in {_place_short(str(t.get("region") or "")) for t in ans.tasks}:
        # "澜州机场改扩建": the place opens a thing's proper name (the segmenter keeps 澜州机场 whole),
        # yet a task printing 澜州 (澜州职业技术学院) holds nothing of the thing asked
        if len(place) >= 2 and runs[0].startswith(place) and len(runs[0]) > len(place) + 1:
            runs[0] = runs[0][len(place):]
    for word in _missing_words(runs[0], texts):
        # who leads a thing is read from the tasks alone: a thing the reports print but no task
        # holds ("澜州机场改扩建" of a report's list, no row in the plan) has no owner to give
        printed = B.text_holds(ctx, word) and ans.intent != "owner"
        if not printed and not B.tasks_hold(ctx, word) and not _typed_by_sound(runs[0], texts) and not _typed_by_sound(word, texts):
            if B.units_in_text(ctx, question or ""):
                return ans  # "我们公安厅在禁捕退捕那条里算啥 牵头单位是谁": a unit named, its owners asked outright
            return replace(ans, answer=P.NONE_UNMENTIONED.format(what=word), intent="none", tasks=[], evidence=[], sources=[])
    return ans


# the note a shortened word's reading puts before its answer (`answers.abbreviated_words`)
_READ_AS = re.compile(r"文件中没有“([^”]{1,12})”，按文件里的“([^”]{1,24})”理解")


def _place_short(region: str) -> str:
    """The name staff type for a plan's region: "澜州市" → 澜州, "晏城市云岫区" → 云岫."""
    return re.sub(r"(?<=..)(?:省|市|县|区|州|自治区)$", "", autonomous_base(own_name(region)))


def _typed_by_sound(subject: str, texts: list[str]) -> bool:
    """"锦西灌区" for the task's 锦溪灌区: a name typed by its sound is the task's, not a thing
    the documents lack (`core.synonyms.same_sound_repairs`; pypinyin only here, once a word is missing)."""
    from core.synonyms import same_sound_repairs

    return bool(same_sound_repairs(subject, texts))
