"""A project's phase or line number belongs to the project name it follows.

"岚川新能源电池产业园三期" asks about the 产业园's third phase; a task that builds "光电材料实验室
三期" and mentions "产业园二期" is not it, even though "三期" stands in its text. So each
numbered name ("三期", "6号线", "2号机组", "五桥") is read together with its owner: the words right
before it back to the previous break (，、和…). In an enumeration ("地铁1号线、2号线") a number
without words before it shares the owner of the one before. A question's numbered name
matches a task when the task holds the same number (digit or Chinese form) after an owner
that holds the question's last two characters (generic words such as 项目/工程 dropped): staff
shorten a project to its head name, "镜湖二期" of the table's "镜湖流域综合治理二期工程" (round
28d), so the task's owner may go on after them. A question that names no owner ("三期谁牵头")
only needs the number.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass

# (a city's bridges are numbered too: "溪江五桥" is not "溪江六桥", round 32c)
_IDENT = re.compile(r"([\d一二三四五六七八九十]{1,3})\s*(号线|号楼|号机组|期|桥)(?!间|限|末|中|初|梁)")
_CN_DIGITS = "零一二三四五六七八九十"
_BREAKS = "，,、；;。：:（）()“”\"和及与或\n"
# (an organisation's kind is dropped too: staff say "澜汽二期" of the table's "澜汽集团二期项目", round 24d)
_GENERIC_TAIL = re.compile(r"(?:项目|工程|建设|集团|股份|有限公司|公司|的)+$")
KEY_CHARS = 2


@dataclass(frozen=True)
class Numbered:
    forms: frozenset[str]  # "三期" and "3期"
    owner: str  # the words before it, generic tail dropped ("" when none)


def _forms(num: str, kind: str) -> frozenset[str]:
    forms = {num + kind}
    if num.isdigit() and int(num) <= 10:
        forms.add(_CN_DIGITS[int(num)] + kind)
    elif len(num) == 1 and num in _CN_DIGITS:
        forms.add(str(_CN_DIGITS.index(num)) + kind)
    return frozenset(forms)


# "23年的时候 4号线…": the time said before the line, no word of its name (round 59c)
_WHEN_SAID = re.compile(r"^(?:(?:19|20)?\d{2}年|今年|去年|前年|当年)?(?:的)?(?:时候|那会儿?|那时)")


# what opens a clause before a phase without naming a project: a time, then verbs of doing
_ONLY_WHEN_AND_VERB = re.compile(r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)?|年底|年内|年中|全年|上半年|下半年)?(?:前|之前|以前)?"
                                 r"(?:力争|确保|基本)?(?:建成投用|建成投运|建成投产|建成|投用|投运|投产|开工建设|开工|完成|启动|实施|推进|开通|竣工|交付|运营)*")


def numbered_names(text: str) -> list[Numbered]:
    """Every numbered name in `text` with the project name it follows."""
    flat = re.sub(r"\s+", "", text or "")
    out: list[Numbered] = []
    last_end, last_owner = -1, ""
    for m in _IDENT.finditer(flat):
        start = m.start()
        if start > 0 and flat[start - 1] in "（(" and flat[m.end():m.end() + 1] in ("）", ")"):
            start -= 1  # "综合治理工程（二期）": the phase in brackets after the name is that name's
        k = _before_alias(flat, start, last_end)
        while k > 0 and flat[k - 1] not in _BREAKS and k > last_end:
            k -= 1
        owner = _WHEN_SAID.sub("", _GENERIC_TAIL.sub("", re.sub(r"[（）()]", "", flat[k:start])))
        if _ONLY_WHEN_AND_VERB.fullmatch(owner) and k > 0 and flat[k - 1] in "，,；;" and k - 1 > last_end:
            # "推进X新校区建设，9月底前建成投用一期工程": a time and a verb name no project; the
            # clause before names it
            j = k - 1
            while j > 0 and j - 1 > last_end:
                if flat[j - 1] in "）)" and (open_at := max(flat.rfind("（", 0, j - 1), flat.rfind("(", 0, j - 1))) > last_end:
                    j = open_at  # "澄岭实验室（新材料方向）建设": an aside inside the name, read through
                    continue
                if flat[j - 1] in _BREAKS:
                    break
                j -= 1
            owner = _GENERIC_TAIL.sub("", re.sub(r"[（）()]", "", flat[j:k - 1])) or owner
        if not owner and last_end >= 0 and flat[last_end:start] in ("、", "和", "及", "与", ""):
            owner = last_owner  # "1号线、2号线": the same line's owner
        out.append(Numbered(_forms(m.group(1), m.group(2)), owner))
        last_end, last_owner = m.end(), owner
    return out


def _before_alias(flat: str, start: int, last_end: int) -> int:
    """Where the owner's search back starts: before a bracketed alias that ends right at the
    number ("服务平台（城市大脑）二期": the alias and the name before it are the owner, r29b-039),
    else at the number itself."""
    if start == 0 or flat[start - 1] not in "）)":
        return start
    open_at = max(flat.rfind("（", 0, start - 1), flat.rfind("(", 0, start - 1))
    if open_at <= last_end or open_at < 0 or re.search(r"[，,、；;。）)]", flat[open_at + 1:start - 1]):
        return start
    return open_at


def identifiers(text: str) -> list[frozenset[str]]:
    """The numbered names of `text`, each in its digit and Chinese forms ("6号线", "六号线")."""
    return [n.forms for n in numbered_names(text)]


def same_numbered_projects(question: str, task_text: str) -> bool:
    """True when every numbered name the question holds stands in the task after the same
    project name (see the module docstring); True when the question holds none."""
    wanted = numbered_names(question)
    if not wanted:
        return True
    found = numbered_names(task_text)
    for w in wanted:
        key = w.owner[-KEY_CHARS:] if len(w.owner) >= KEY_CHARS else ""
        if not any(w.forms & f.forms and (not key or key in f.owner or class_named(w.owner, f.owner)) for f in found):
            return False
    return True


# a class of facility said for the one the documents name ("港口三期" of "临澄港三期工程",
# "机场二期" of "鹤原机场二期"): the class noun and the name's last character(s)
_CLASS_ENDS = {"港口": ("港",), "港区": ("港", "港区"), "码头": ("港", "码头"), "机场": ("机场",), "园区": ("园", "园区"),
               "医院": ("医院",), "学校": ("学", "学校"), "大桥": ("桥",), "水库": ("水库",)}


def class_named(asked: str, given: str) -> bool:
    """"港口三期" of "沄川港三期": the asked name is a class of facility, the given one a facility
    of that class named by its place."""
    return given.endswith(_CLASS_ENDS.get(asked, ()))


def class_read(text: str) -> str:
    """The text with a class of facility before its phase said as the documents end a name of
    that class ("港口三期" → "港三期"), so the words of "沄川港三期工程" hold it; the text when
    it names none."""
    out = text
    for n in numbered_names(text):
        ends = _CLASS_ENDS.get(n.owner[-2:], ())
        if ends and ends[0] != n.owner[-2:]:
            out = re.sub(re.escape(n.owner[-2:]) + "(?=" + "|".join(map(re.escape, sorted(n.forms))) + ")", ends[0], out)
    return out
