"""What a task commits to, in parts a review can be held against.

A task sentence is cut into clauses (at commas and semicolons); each clause has a verb that
says what is asked (建成 → reach a state, 开工 → start, 实施 → carry out, 推进 → move along)
and objects: named things ("赣深客专、兴泉铁路…等项目", “映山红行动”) or figures with
units ("新增上市公司10家左右", "完成340所公办养老院改造提升"). A list of projects gives one
commitment per project, so the check can say "5项中提到1项". What names nothing — a
clause left with only generic words ("强化…保障") — gives no commitment at all.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, field

from answers.review_figures import Figure, at_most, metric_of, numbers, without_amounts
from answers.review_text import TASK_VERB_KIND, norm, residue, strip_generic, unquote
from core.places import CITIES, PROVINCES

_CLAUSES = re.compile(r"[,;。:!?]")
_ADVERBS = re.compile(
    r"^(?:深入|大力|积极|全面|持续|继续|着力|全力|强力|进一步|努力|扎实|坚决|切实|重点|加快|力争|确保|争取|稳妥|有序|"
    r"统筹|协同|主动|率先|尽快|免费|逐步|年底前|年内|上半年|下半年|\d{1,2}月底前|全年|今年|同步|基本"
    # what the task is about, not a thing of its own: "聚焦庆祝建党100周年" names the anniversary
    r"|聚焦|围绕|紧扣|紧盯|瞄准|庆祝|纪念|喜迎)+"
)
_END_VERBS = re.compile(r"(全部|全面)?(投入使用|完成|开工|建成|投运)$")
_MODIFIER = re.compile(r"^.*的")  # "国家下达的" before a figure
_QUOTED_NAME = re.compile(r"“([^”]{2,20})”")
_LIST_SPLIT = re.compile(r"、")
_FIGURE_TAIL = re.compile(r"^(?:左右|以上|以内|以下|的|任务|目标|规模|水平|等)*$")
_HEADING = re.compile(r"方面$")
# "A、B等项目": 等 closes a list; not inside 高等/平等/同等, not 等级/等待
_ETC = re.compile(r"(?<![高中初平同均对上特])等(?![级待候同])")
# "居民收入稳定增长": how the thing should move, not what it is ("居民收入增长8.1%" names it)
_GROWTH = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:稳定|持续|较快|平稳|合理)?增长$")
_SHORT = 3  # list elements this short are modifiers of a shared head ("婴幼儿、老年人…关爱服务")


@dataclass
class Commitment:
    """One thing a task promises: a named item, or a figure with its metric."""

    kind: str  # "item" | "figure"
    name: str  # normal form without quotes: what is looked for in the review
    verb: str  # "reach" | "start" | "do" | "move"
    group: int  # which clause of the task it came from
    figure: Figure | None = None
    aliases: list[str] = field(default_factory=list)  # quoted names inside ("赣服通")
    text: str = ""  # as shown to the user
    joined: bool = False  # one of two things named together ("A改建和B改扩建工程")


def verb_kind(clause: str) -> str:
    """What the clause asks: from its first verb after adverbs, else from a verb at its end
    ("已开工的16座…设施全部投入使用")."""
    rest = _ADVERBS.sub("", clause)
    for pattern, kind in TASK_VERB_KIND:
        if pattern.search(rest):
            return kind
    if re.search(r"申报|申请|争取.{0,12}列入", rest):
        return "apply"  # "支持上饶等地申报综合保税区"
    tail = _END_VERBS.search(clause)
    if tail:
        return "start" if tail.group(2) == "开工" else "reach"
    return "move"


def commitments(task_text: str) -> list[Commitment]:
    """The task's commitments, in the order it states them."""
    text = norm(task_text, keep_quotes=True)
    out: list[Commitment] = []
    for group, clause in enumerate(c for c in _CLAUSES.split(text) if c):
        if _HEADING.search(clause):
            continue  # "新型基础设施方面": a heading inside the task, not a thing
        kind = verb_kind(clause)
        figures = numbers(clause)
        if figures:
            out.extend(_figure_clause(clause, kind, group))
        else:
            out.extend(_item_clause(clause, kind, group))
    metrics = [residue(c.name) for c in out if c.kind == "figure"]
    # "新增上市公司10家左右，推动上市公司高质量发展": the second names only the first's subject
    return [c for c in out if c.kind == "figure" or not any(residue(c.name) in m for m in metrics)]


def _figure_clause(clause: str, kind: str, group: int) -> list[Commitment]:
    """Elements of a clause with figures: "新增独角兽企业10家、瞪羚企业80家" → two figures."""
    out: list[Commitment] = []
    pending_verb = ""
    for element in _split_outside_quotes(clause):
        found = numbers(element)
        if not found:
            if len(unquote(element)) <= _SHORT:
                pending_verb += element  # "新建、改扩建中小学…12所": a verb shared with the next
                continue
            out.extend(_item_clause(element, kind, group))
            continue
        fig = found[0]
        before, after = element[: fig.start], element[fig.end :]
        bare_before = strip_generic(_ADVERBS.sub("", _MODIFIER.sub("", unquote(before))), keep_last=False)
        bare_after = strip_generic(unquote(after))
        if not after or _FIGURE_TAIL.match(after):  # metric first: "新增上市公司10家左右"
            metric = unquote(before)
        elif not bare_before:  # number first: "完成340所公办养老院改造"
            metric = bare_after
        else:  # "德兴100吨黄金精炼": a number inside a name
            out.extend(_item_clause(element, kind, group))
            continue
        fig.metric = metric_of(unquote(metric))
        fig.at_most = at_most(element)
        if len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", strip_generic(without_amounts(fig.metric), keep_last=False))) < 2:
            continue  # nothing counted but generic words and a size class ("新开工亿元以上项目")
        out.append(Commitment("figure", fig.metric, kind, group, figure=fig, text=unquote(pending_verb + element)))
        pending_verb = ""
    return out


def _item_clause(clause: str, kind: str, group: int) -> list[Commitment]:
    """Named things of a clause: the objects after its verb, one per list element."""
    obj = strip_generic(_ADVERBS.sub("", clause))
    elements: list[str] = []
    head = ""
    for element in _split_outside_quotes(obj):
        pieces = _ETC.split(element)
        elements.append(pieces[0])
        if len(pieces) > 1:
            head = pieces[-1]
    pairs = [_split_and(e) for e in elements]
    joined = {part for p in pairs if len(p) == 2 for part in p}
    elements = [part for p in pairs for part in p]
    sizes = [len(unquote(e)) for e in elements if e]
    modifiers = len(elements) > 1 and sum(1 for s in sizes if s <= _SHORT) * 2 >= len(sizes)
    names = [e for e in elements if e and not (len(elements) > 1 and len(unquote(e)) <= _SHORT and "“" not in e)]
    if modifiers and head:
        names.extend(_split_and(head))  # "赣州、新余等A示范区和B公园" → A示范区, B公园
    out = []
    for raw in names:
        name = _GROWTH.sub("", strip_generic(unquote(raw)))
        aliases = [a for a in _QUOTED_NAME.findall(raw) if _named(a) and a != name]
        if not _named(name) and not aliases:
            continue
        out.append(Commitment("item", name, kind, group, aliases=aliases, text=name, joined=raw in joined))
    return out


_AND = re.compile(r"(?<=[\u4e00-\u9fff])[和及与](?=[\u4e00-\u9fff])")


def _split_and(element: str) -> list[str]:
    """"农业机械化和农机装备产业" → two things; "山水林田湖草" or "中国…云和大数据中心"
    where one side would name nothing stays whole."""
    parts = _AND.split(element)
    balanced = all(p.count("“") == p.count("”") for p in parts)
    if len(parts) == 2 and balanced and all(len(unquote(p)) >= 4 and len(residue(unquote(p))) >= 3 for p in parts):
        return parts
    return [element]


def _split_outside_quotes(text: str) -> list[str]:
    """Split at 、 except inside quotes (“赣品两上三进”、…)."""
    parts, depth, buf = [], 0, ""
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        if ch == "、" and depth == 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    return [p for p in parts if p]


def _named(name: str) -> bool:
    """Enough left to name a thing: three characters beyond generic words and policy
    areas, not a bare place name."""
    core = residue(name)
    if len(core) < 3:
        return False
    bare = re.sub(r"(省|市|县|区)$", "", core)
    return bare not in CITIES and bare not in PROVINCES
