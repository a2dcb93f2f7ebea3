"""A figure of a part is no answer to the whole: "去年全市GDP总量多少" is the city's, not
"岚东区、临渡区地区生产总值分别达到520亿元、410亿元" (round 28c r28c-019).

A report states most indicators for the whole region and some again for its districts,
counties or parks. When the question names no such part, a clause whose subject is a named
part (a district, a county, a town, a development zone or park listed before the indicator)
answers only when no clause of the whole does; then the answer says it is a part's figure.
The urban core ("中心城区", "城区", "市区") is the scope many indicators are stated for
(PM2.5), not a part said instead of the whole.
"""
from __future__ import annotations

from typing import Any, Callable, TypeVar

from core import lazy_re as re
from core.synonyms import same_sound_as
from prompts import answers as P

C = TypeVar("C")

_KIND = r"(?:经济技术开发区|高新技术产业开发区|开发区|经开区|高新区|新区|园区|产业园|区|县|镇|乡)"
# a named part, or several joined, opening the clause (after a connective or a year)
# ("推动龙南经开区营收达580亿元": the verb the target opens with is no part of the name)
_PARTS = re.compile(r"^(?:其中|全年|同时|此外|预计|(?:19|20)\d{2}年)?[，,]?(?:推动|支持|推进|促进|力争|确保|争取|加快|引导|鼓励)?"
                    r"(?P<parts>(?P<first>[\u4e00-\u9fff]{2,6}?" + _KIND + r")(?:[、和及与][\u4e00-\u9fff]{2,6}?" + _KIND + r")*)")
_BARE_PART = re.compile(r"^(?:其中|全年|同时|此外)?[，,]?(?:推动|支持|推进|促进|力争|确保|争取)?"
                        r"(?P<parts>(?:工业|产业)?园区|开发区|高新区|经开区)(?=[\u4e00-\u9fff])")
# scopes that are not parts said instead of the whole: the urban core, the whole itself, every
# part at once; and things, not places, that end like a place ("棚户区", "示范区", "片区")
# ("枫城区" is a district's name: only the town area itself, "老城区", is no part said instead)
_NOT_A_PART = re.compile(r"^(?:[全各本我该其每]|(?:中心|主|老|旧|新老|核心)城区$)|(?:市区|辖区|地区|社区|景区|街区|片区|校区|库区|山区|林区|"
                         r"牧区|矿区|灾区|老区|小区|城镇|乡镇|村镇|集镇|棚户区|保护区|示范区|试验区|实验区|功能区|集聚区|聚集区|风景区|旅游区|服务区|"
                         r"先行区|合作区|特区|自贸区|综保区|保税区)$")
# the whole as the question says it ("全市"), for the note
_WHOLE_SAID = re.compile(r"全(?:省|市|县|区|州)")
# a verb in the name: "完成棚户区…", "开工改造城镇…" is work done, not a place
_VERB_FIRST = re.compile(r"^(?:共|已|对)|全[省市县区州]|开通|完成|建成|新建|改造|改建|开工|实施|推进|开展|建设|打造|创建|实现|新增|累计|提升|整治|安排|谋划|储备|滚动")


def part_named(clause: str, question: str) -> str | None:
    """The part(s) of the region the clause states its figure for ("岚东区、临渡区"), when the
    question does not name them itself; else None."""
    flat = re.sub(r"\s+", "", clause or "")
    m = _PARTS.match(flat)
    if not m:
        # "园区规模以上工业增加值增长12%以上": the region's parks together, named by their kind alone
        bare = _BARE_PART.match(flat)
        return bare.group("parts") if bare and bare.group("parts") not in question else None
    names = re.split(r"[、和及与]", m.group("parts"))
    if any(_NOT_A_PART.search(n) or _VERB_FIRST.search(n) for n in names):
        return None
    if any(_said_in(n, question) for n in names if len(n) > 2):
        return None  # the question asks of that part itself
    return m.group("parts")


_SENTENCE_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:县|区|镇|乡|街道))(?=[\u4e00-\u9fff])")
# (beside the verbs a part's name never holds, `_VERB_FIRST`: words no place's name opens with)
_NOT_A_NAME = re.compile(r"国家|全国|获批|成功|推动")


def subject_text(clause: str, sentence: str) -> str:
    """Where a candidate's subject is read: its clause, or its sentence when the clause opens
    with no subject of its own ("鹤岭县入选…十强县，地区生产总值达到412亿元": the county's)."""
    if not sentence or sentence.lstrip().startswith(clause.strip()[:4]) or _PARTS.match(re.sub(r"\s+", "", clause or "")):
        return clause
    # only a place's own name opens the sentence ("鹤岭县入选…"), never words that end like one
    # ("获批国家区块链…": 获批国家 + 区)
    m = _SENTENCE_PLACE.match(re.sub(r"\s+", "", sentence))
    return sentence if m and not (_VERB_FIRST.search(m.group(1)) or _NOT_A_NAME.search(m.group(1))) else clause


def _said_in(name: str, question: str) -> bool:
    """The question names this part, as printed, without its kind ("梧东" for "梧东新区") or
    typed by its sound ("吴东新区"): staff type place names by voice."""
    if name in question or name[:-1] in question:
        return True
    if len(name) >= 5 and name[2:] in question:
        return True  # "电商物流产业园一期…" of 棠川电商物流产业园: named without the place it opens with
    core = re.sub(_KIND + "$", "", name)
    if len(core) < 2:
        return False
    windows = {question[i:i + len(core)] for i in range(len(question) - len(core) + 1)}
    return any(core in same_sound_as(w, [core]) for w in windows)


def whole_first(question: str, cands: list[C], clause_of: Callable[[C], str],
                pick: Callable[[list[C]], tuple[Any, Any]],
                region_of: Callable[[C], str] | None = None) -> tuple[Any, Any]:
    """`pick` over the candidates that state the whole; over all of them only when none of
    the whole answers. `region_of`: the region of a candidate's document, whose own name
    ("枫岚区中医医院…" in 枫岚区's report) names the whole, not a part."""
    whole = [c for c in cands if (part := part_named(clause_of(c), question)) is None
             or (region_of is not None and _own_name(part, region_of(c) or ""))]
    if len(whole) < len(cands):
        best, near = pick(whole)
        if best is not None:
            return best, near
    return pick(cands)


def part_noted(question: str, clause: str, text: str, region: str = "") -> str:
    """The answer's text, with a first line saying it is a part's figure, when it is (never
    of the document's own `region` named by its short name)."""
    parts = part_named(clause, question)
    if not parts or _own_name(parts, region):
        return text
    said = _WHOLE_SAID.search(question)
    return P.NOTE_PART_NOT_WHOLE.format(whole=said.group(0) if said else "全域", parts=parts) + "\n" + text


def _own_name(part: str, region: str) -> bool:
    """The part named is the document's own region ("枫岚区" of 汀澜市枫岚区)."""
    return bool(region) and len(part) >= 2 and region.endswith(part)
