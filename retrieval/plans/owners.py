"""The owner bracket that ends a task in a paragraph plan, in its two published styles:

    labelled       （牵头领导：韦启明；牵头单位：省科技厅；责任单位：省财政厅、各设区市政府）
    State Council  （省科技厅牵头，省财政厅、省统计局配合，年内持续推进）
                   （省知识产权局负责）（省数据局、省工业和信息化厅按职责分工负责）
                   （省发展改革委牵头，各有关部门按职责分工负责）

Labels: 牵头领导 / 责任领导 / 分管领导 → leaders; 牵头单位 / 牵头部门 → lead; 责任单位 is the co
column when a 牵头 label is present, else the lead; 配合 / 参与 / 协办 / 协助单位 → co; 完成时限 /
时间节点 → the deadline words. Phrases: "A、B牵头" → lead; "C配合" / "C参与" → co; "A负责" and
"A按职责分工负责" → lead, unless another phrase names the lead ("…牵头，各有关部门按职责分工负责":
those are co-units). A trailing phrase with time words ("年内持续推进", "6月底前完成") is the
task's deadline. A bracket with any other phrase, or whose phrases name nothing that looks
like a unit (a name ending 厅/局/委/政府…, or a collective 各…), is not an owner bracket.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, field

from retrieval.plans.cells import dedupe, has_suffix, split_leaders, split_outside_brackets, split_units

# Leader labels name the level of government as the plan's issuer does: 牵头领导, 牵头市领导,
# 牵头县领导, 分管区领导, 责任省领导, 县领导 …
_LEADER_LABELS = r"(?:牵头|责任|分管)?(?:省|市|州|盟|县|区|旗|镇|乡)?领导|责任人"
# ("主办：县发改局；协办：县财政局" in one 责任单位 cell, round 69a: 主办 leads, 协办 helps)
_LABELS = (_LEADER_LABELS + r"|牵头单位|牵头部门|主办单位|主办部门|主责单位|主办|主责|责任单位|责任部门|配合单位|配合部门|"
           r"参与单位|参与部门|协办单位|协办部门|协助单位|协同单位|协同部门|协作单位|牵头|配合|协同|参与|协办|协助|"
           r"完成时限|完成时间|完成期限|时间节点|时限")
_LABEL_RE = re.compile(rf"^({_LABELS})\s*[:：]\s*(.*)$")
_LABEL_SAID = re.compile(rf"(?:{_LABELS})\s*[:：]")


def _leader_label(label: str) -> bool:
    return "领导" in label or label == "责任人"
# Labels may also be separated by commas: "牵头领导：X，牵头单位：A，责任单位：B、C".
_BEFORE_LABEL_RE = re.compile(rf"[，,\s]+(?=(?:{_LABELS})\s*[:：])")
_LEAD_RE = re.compile(r"^(.+?)(?:共同)?牵头(?:负责|落实|推进)?$")
_SHARED_RE = re.compile(r"^(.+?)(?:按职责分工负责|按职责负责|按职能分工负责|分工负责|共同负责|负责落实|负责)$")
_CO_RE = re.compile(r"^(.+?)(?:配合落实|配合|参与|协办|协助)$")
_TIME_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]+)月|年底|年内|年末|季度|半年|持续|长期|常态")


@dataclass
class Owners:
    leaders: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    co: list[str] = field(default_factory=list)
    due: str | None = None


def split_trailing_bracket(text: str) -> tuple[str, str] | None:
    """(body, inside) when `text` ends with a bracket, matched over nested brackets
    (各县（市、区）政府 inside the owner bracket)."""
    text = text.rstrip()
    if text.endswith("】") and "【" in text:
        # "【责任领导：X 牵头：A 配合：B】": a square bracket holds no nested one
        i = text.rindex("【")
        return text[:i].rstrip(), text[i + 1:-1].strip()
    if not text.endswith(("）", ")")):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            depth -= 1
            if depth == 0:
                return text[:i].rstrip(), text[i + 1:-1].strip()
    return None


# which sub-item a unit leads, said beside it: "市工信局（第1项）", "第（1）项市发展改革委（牵头）" — the
# task is one task of the table; the unit is its owner either way (round 59e)
_SUB_ITEM = re.compile(r"[（(]第?[\d一二三四五六七八九十]{1,2}项[)）]|第[（(]?[\d一二三四五六七八九十]{1,2}[)）]?项(?:由)?")


def read_owners(inside: str, known: set[str] | frozenset[str] = frozenset()) -> Owners | None:
    """The owners an owner bracket states; None when the bracket says something else."""
    inside = _SUB_ITEM.sub("", inside)
    parts = [p.strip() for p in split_outside_brackets(inside, "；;。") if p.strip()]
    if parts and _LABEL_RE.match(parts[0]):
        # "责任单位：第（1）项A（牵头）、B；第（2）项C（牵头）、D；责任市领导：X": a part with no label
        # goes on with the label before it
        joined: list[str] = []
        for p in parts:
            if _LABEL_RE.match(p) or not joined:
                joined.append(p)
            else:
                joined[-1] += "、" + p
        parts = joined
    if parts and all(_LABEL_RE.match(p) for p in parts):
        parts = [q.strip() for p in parts for q in _BEFORE_LABEL_RE.split(p) if q.strip()]
        return _labelled(parts, known)
    return _phrases([p.strip() for p in split_outside_brackets(inside, "，,；;") if p.strip()], known)


_LEAD_LABELS = ("牵头", "主办", "主责")


def _labelled(parts: list[str], known: set[str] | frozenset[str]) -> Owners | None:
    owners = Owners()
    labels = [_LABEL_RE.match(p).group(1) for p in parts]  # type: ignore[union-attr]
    has_lead_label = any(label.startswith(_LEAD_LABELS) and "领导" not in label for label in labels)
    for part in parts:
        label, value = _LABEL_RE.match(part).groups()  # type: ignore[union-attr]
        if _leader_label(label):
            owners.leaders += split_leaders(value)
        elif "时" in label:
            owners.due = value or None
        elif "领导" not in label and (flagged := _flagged_lead(value, known)) is not None:
            # "责任单位：市住房城乡建设局（牵头）、市自然资源和规划局": the unit marked leads
            owners.lead += flagged[0]
            owners.co += flagged[1]
        elif (marked := _marked_roles(value, known)) is not None:
            # "责任单位：县交通运输局牵头，县公路中心配合": the value says each unit's role itself
            owners.lead += marked.lead
            owners.co += marked.co
            owners.leaders += marked.leaders
        elif label.startswith(_LEAD_LABELS) or (label.startswith("责任") and not has_lead_label):
            owners.lead += split_units(value, known)
        else:
            owners.co += split_units(value, known)
    return _done(owners)


_LEAD_MARK = re.compile(r"\s*[（(]\s*牵头\s*[)）]\s*$")


def _flagged_lead(value: str, known: set[str] | frozenset[str]) -> tuple[list[str], list[str]] | None:
    """(lead, co) of a unit list where the lead units carry "（牵头）", or None when none does."""
    units = split_units(value, known)
    if not any(_LEAD_MARK.search(u) for u in units):
        return None
    return [_LEAD_MARK.sub("", u) for u in units if _LEAD_MARK.search(u)], [u for u in units if not _LEAD_MARK.search(u)]


def _marked_roles(value: str, known: set[str] | frozenset[str]) -> Owners | None:
    """The roles a label's value marks phrase by phrase ("A牵头，B、C配合"), or None when it
    marks none (a plain list of units)."""
    parts = [p.strip() for p in split_outside_brackets(value, "，,") if p.strip()]
    if len(parts) < 2 and not (parts and _LEAD_RE.match(parts[0])):
        return None
    if not any(_LEAD_RE.match(p) or _CO_RE.match(p) for p in parts):
        return None
    return _phrases(parts, known)


def _phrases(parts: list[str], known: set[str] | frozenset[str]) -> Owners | None:
    owners = Owners()
    has_lead = any(_LEAD_RE.match(p) for p in parts)
    times: list[str] = []
    for part in parts:
        part = _BY.sub("", part)  # "由市农业农村局牵头": the unit after 由
        if (labelled := _LABEL_RE.match(part)) and labelled.group(2).strip():
            # "由A牵头，B配合，责任区领导：刘某某，6月底前完成" (round 60f's brief): a label among phrases
            label, value = labelled.groups()
            if _leader_label(label):
                owners.leaders += split_leaders(value)
            elif "时" in label:
                times.append(value)
            elif (read := _labelled([part], known)) is not None:
                owners.lead += read.lead
                owners.co += read.co
            continue
        if (m := _LEADER_VERB.match(part)) and _persons([_untitled(m.group(1))], known):
            owners.leaders.append(_untitled(m.group(1)))  # "刘某某副区长负责" / "孟晓川副区长统筹"
            continue
        if m := _LEAD_RE.match(part):
            owners.lead += split_units(m.group(1), known)
        elif (m := _SHARED_RE.match(part)) and _persons(names := split_units(m.group(1), known), known):
            owners.leaders += names  # "以上3项由市农业农村局牵头，李振华负责": a person is the leader
        elif m := _SHARED_RE.match(part):
            (owners.co if has_lead else owners.lead).extend(split_units(m.group(1), known))
        elif m := _CO_RE.match(part):
            owners.co += split_units(m.group(1), known)
        elif (flagged := _flagged_lead(part, known)) is not None:
            owners.lead += flagged[0]  # "（市住建局（牵头）、市自然资源和规划局）"
            owners.co += flagged[1]
        elif _TIME_RE.search(part):
            times.append(part)
        elif (units := split_units(part, known)) and all(has_suffix(u) or u.startswith("各") or u in known for u in units):
            # a bare list of units ("（县发展和改革局、县统计局、县财政局）"): all lead unless the plan
            # states who does ("括号内所列单位，排在第一位的为牵头单位", `lead_rule.first_leads`)
            owners.lead += units
        else:
            return None
    owners.due = "，".join(times) or None
    if not any(has_suffix(u) or u.startswith("各") or u in known for u in owners.lead + owners.co):
        return None  # "（由市政府统一负责）" in a report: no unit is named
    return _done(owners)


_BY = re.compile(r"^(?:其中)?由?")
# a person, then the verb of a leader's part: "刘某某副区长负责", "孟晓川副区长统筹"
_LEADER_VERB = re.compile(r"^(.+?)(?:同志)?(?:负责|统筹|分管|主抓|抓总|牵头抓总|总负责)$")
_TITLE_AFTER = re.compile(r"(?:同志)?(?:常务)?(?:副)?(?:省长|市长|州长|县长|区长|旗长|书记|主任|秘书长)(?:同志)?$")


def _untitled(name: str) -> str:
    """"刘某某副区长" → "刘某某": the office said after a leader's name is no part of it."""
    return _TITLE_AFTER.sub("", name.strip())


_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:同志)?$")


def _persons(names: list[str], known: set[str] | frozenset[str]) -> bool:
    """Names of people, not units: two or three characters, no unit's ending, no collective."""
    return bool(names) and all(_PERSON.match(n) and not has_suffix(n) and not n.startswith("各") and n not in known
                               for n in names)


def leaders_only(inside: str) -> list[str]:
    """The leaders of a line that names nothing else ("以上第23—25项责任市领导：赵永刚。"), else []."""
    parts = [p.strip() for p in split_outside_brackets(inside.rstrip("。"), "；;。") if p.strip()]
    found = [_LABEL_RE.match(p) for p in parts]
    if not parts or not all(m and "领导" in m.group(1) for m in found):
        return []
    return dedupe([n for m in found for n in split_leaders(m.group(2))])  # type: ignore[union-attr]


def _done(owners: Owners) -> Owners | None:
    if not owners.lead and not owners.co:
        return None
    owners.lead = dedupe(owners.lead)
    owners.co = [u for u in dedupe(owners.co) if u not in owners.lead]
    owners.leaders = dedupe(owners.leaders)
    return owners


# a leader's label inside a unit's bracket: "牵头单位：市财政局（责任市领导：许文博）"
_INNER_LEADER = re.compile(rf"[（(]\s*({_LEADER_LABELS})\s*[:：]\s*([^（）()]+?)\s*[)）]")
# a role phrase, besides a label with its colon: what says a cell holds owners in several roles
_ROLE_WORD = re.compile(r"牵头|配合|参与|协办|负责")


def combined_owner_cell(cell: str) -> bool:
    """A unit cell that labels its owners' roles itself ("市领导：X\n牵头：A\n配合：B")."""
    return bool(_LABEL_SAID.search(cell or ""))


def read_owner_cell(cell: str, known: set[str] | frozenset[str] = frozenset()) -> Owners | None:
    """The owners one 责任分工 cell states, line by line, in any mix of the forms offices use
    (round 60b): labelled lines ("市领导：X" / "牵头：A" / "配合：B"), a leader's label in a
    unit's bracket ("牵头单位：A（责任市领导：X）"), role phrases ("A牵头，B配合；责任领导：X"), a
    flagged lead ("A（牵头）") with a bare list of the units taking part on the next line. None
    when the cell names no unit in a role."""
    if not cell or not (_LABEL_SAID.search(cell) or _ROLE_WORD.search(cell)):
        return None
    leaders: list[str] = []

    def inner(m: re.Match) -> str:
        leaders.extend(split_leaders(m.group(2)))
        return ""

    text = _INNER_LEADER.sub(inner, cell)
    owners = Owners()
    labelled: list[str] = []
    for line in split_outside_brackets(text, "\n；;"):
        line = line.strip().rstrip("。")
        if not line:
            continue
        pieces = [p.strip() for p in _BEFORE_LABEL_RE.split(line) if p.strip()]
        if all(_LABEL_RE.match(p) for p in pieces):
            labelled += pieces
            continue
        said = _phrases([p.strip() for p in split_outside_brackets(line, "，,") if p.strip()], known)
        if said is None:
            return None
        if not said.co and not (_LABEL_SAID.search(line) or _ROLE_WORD.search(line)) and (owners.lead or labelled):
            said.co, said.lead = said.lead, []  # a bare list after the lead's line: the units taking part
        owners.lead += said.lead
        owners.co += said.co
        owners.leaders += said.leaders
        owners.due = owners.due or said.due
    # a leader's line beside role phrases: read alone (the labels of units are read together,
    # so 责任单位 is the co column when a 牵头 label stands beside it)
    pairs = [_LABEL_RE.match(p).groups() for p in labelled]  # type: ignore[union-attr]
    owners.leaders += [n for label, value in pairs if _leader_label(label) for n in split_leaders(value)]
    labelled = [p for p, (label, _) in zip(labelled, pairs) if not _leader_label(label)]
    if labelled:
        read = _labelled(labelled, known)
        if read is None and not (owners.lead or owners.co):
            return None
        if read is not None:
            owners.lead += read.lead
            owners.co += read.co
            owners.leaders += read.leaders
            owners.due = owners.due or read.due
    owners.leaders = leaders + owners.leaders
    return _done(owners)
