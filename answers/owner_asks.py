"""How staff ask the registry in their own words, read by rule: owner asks said colloquially
("这项谁盯", "配合的是哪几家", "哪些设区市配合", "牵头领导有几位，分别是谁"), a unit's tasks
asked in both roles ("牵头的和参与的分开说", "应该只是配合单位，没牵头什么吧"), a unit said by
the stem of its name ("人社那边", "发改牵头的") or with a same-sound last character
("自然资源听"), and a leader's name one character off ("殷美银" for 殷美根).

Plain functions over the prepared question text and the registry's names (passed in), so
`answers.question` can route with them and tests can pin them without a database.
"""
from __future__ import annotations

from core import lazy_re as re
from typing import Callable, Iterable

# ask words the owner patterns of `answers.question` do not hold: who keeps an eye on a task
# ("谁盯"), which ones help ("哪几家", "哪些设区市配合"), how many leaders and who they are
OWNER_ASK = re.compile(
    r"(谁(?:在|来)?(?:盯|跟进|跟踪|跟(?!着)|督办|挂帅|挑头|对接|落实|推进)|谁在(?:管|抓|负责|办)|"
    r"(?:挑头|主办|协办)(?:的)?(?:单位|部门|领导)?(?:是|有|为)?(?:谁|哪(?:个|些|家|位|几)?)|"
    r"(?:配合|参与|协助|牵头|负责|责任)(?:的)?(?:单位|部门|领导)?(?:是|有|为)?(?:哪几|哪些)(?:家|个|位)?|"
    r"哪几(?:家|个|位)(?:单位|部门|厅局|设区市|领导)|哪几(?:家|个|位)(?:来|在|要)?(?:配合|参与|协助|负责|牵头)|"
    r"哪些(?:设区市|地市|市县|市|县区|县|厅局|地方)(?:来|在|要)?(?:配合|参与|协助|负责|牵头)|"
    r"(?:牵头|配合|责任|参与|分管)(?:的)?(?:领导|单位|部门)(?:有|共|一共)?(?:几位|几个|几家|多少(?:位|个|家)?)|"
    # the leader of a task asked by the label the tables print ("X那条 责任领导是哪位", "X那条的
    # 责任领导", "哪位区领导管"): any level's leader, the bare label at the end asks it (round 24b, 25b)
    r"(?:责任|分管|主管|包抓|挂点|联系)(?:的)?(?:省|市|县|区)?领导(?:是|为)?(?:谁|哪(?:一)?位)?|"
    r"哪(?:一)?位(?:省|市|县|区)(?:领导|负责同志)(?:来)?(?:管|抓|负责|分管|牵头|挂帅|主抓)?|"
    r"(?:省|市|县|区)?领导(?:是|为)(?:谁|哪(?:一)?位)|"
    # "X挂在哪个单位下面" / "X归哪个部门" / "X哪家单位在管": whose task it is, in staff words
    r"(?:挂在|挂到|挂|归|属于)(?:哪个|哪家|哪)(?:单位|部门|局|厅|委)(?:下面|名下|底下|下)?(?:管)?|"
    r"哪(?:个|家)(?:单位|部门)(?:在|来)?管|"
    # "eod项目牵头单位和县领导" (round 61b): a second owner label joined to the first, said last
    r"(?<=单位|部门|领导)(?:和|及|与|、|还有|以及)(?:责任|分管|牵头|配合)?(?:省|市|县|区)?(?:领导|单位|部门)(?:是谁|分别是谁|是哪个|都是谁)?(?=\s*[？?，,。]?\s*$))"
)
# "分别是谁" / "都有谁": an owner ask only where the question speaks of owning
_WHO_ALL = re.compile(r"(分别是(?:谁|哪(?:些|几(?:位|个|家)))|都有谁|都是谁)")
_OWNING_WORD = re.compile(r"(牵头|配合|参与|协助|负责|责任单位|分管|领导)")
# what else a clause of an owner ask says once its ask is gone ("配合的是", "这项", "那一大条")
_ASK_REST = re.compile(
    r"(?:那|这|该)(?:一)?(?:大)?(?:条|项|块|件|部分)|牵头|配合|参与|协助|负责|责任|领导|单位|部门|设区市|"
    r"分别|都|有|是|的|了|来|谁|哪|几|位|家|个|呢|吗|吧|啊|[？?，,。；;！!\s]"
)
_CLAUSE = re.compile(r"[，,？?。；;！!]")
# "那一大条" / "这一项": pointing words a task's paraphrase ends with
_POINTER = re.compile(r"(?:那|这|该)(?:一)?(?:大)?(?:条|项|件)")


def asks_owner(raw: str) -> bool:
    """Whether the question asks who owns or helps with a task in one of these words."""
    return bool(OWNER_ASK.search(raw) or (_WHO_ALL.search(raw) and _OWNING_WORD.search(raw)))


def strip_owner_asks(raw: str) -> str:
    """The question with its owner asks taken out: a clause that is nothing but an ask
    ("配合的是哪几家", "分别是谁") goes whole, elsewhere only the ask words, so the task's own
    words are left to find it by."""
    kept = []
    for clause in _CLAUSE.split(raw):
        words = _WHO_ALL.sub(" ", OWNER_ASK.sub(" ", clause))
        if (OWNER_ASK.search(clause) or _WHO_ALL.search(clause)) and len(re.findall(r"[\u4e00-\u9fff]", _ASK_REST.sub("", words))) < 2:
            continue
        kept.append(_POINTER.sub(" ", words))
    return "，".join(k for k in kept if k.strip())


# "牵头的和参与的分开说" / "牵头几项、配合几项" / "牵头的、配合的分别有哪些" / "只是配合单位，没牵头什么吧"
_BOTH_ROLES = re.compile(
    r"牵头[^，,。？?]{0,6}?(?:和|与|及|跟|、|，|,|以及)\s*(?:参与|配合|协助|责任单位)|"
    r"(?:参与|配合|协助)[^，,。？?]{0,6}?(?:和|与|及|跟|、|，|,|以及)\s*牵头|"
    r"(?:只|仅|仅仅)(?:是)?(?:个)?(?:配合|参与|协助|责任)(?:单位|部门)?|"
    r"(?:没|没有|不|并未|未)(?:牵头|负责牵头)"
)


def both_roles_asked(raw: str) -> bool:
    """Whether a unit's tasks are asked as lead and as co-unit apart (both lists wanted)."""
    return bool(_BOTH_ROLES.search(raw))


_PERSON_AFTER = r"(?=\s*(?:同志|常务副|副?省长|副?市长|副?县长|领导)?\s*(?:牵头|分管|负责|主抓|抓的|管的|的工作|的任务))"


def near_leader(raw: str, names: Iterable[str]) -> tuple[str, str] | None:
    """(typed, name): a three-character name in `raw`, said as a person who leads or is in
    charge, that is one character off exactly one of the registry's leaders ("殷美银牵头的" →
    殷美根). None when no leader, or more than one, is that close."""
    leaders = [n for n in names if len(n) == 3 and not re.search(r"[厅局委办]$", n)]
    found: dict[str, str] = {}
    for m in re.finditer(r"(?=([\u4e00-\u9fff]{3})" + _PERSON_AFTER + ")", raw):
        typed = m.group(1)
        if typed in leaders:
            return None  # a leader named right: nothing to repair
        close = [n for n in leaders if sum(a == b for a, b in zip(typed, n)) == 2]
        if len(close) == 1:
            found[typed] = close[0]
    return next(iter(found.items())) if len(found) == 1 else None


# a unit said by its stem, then maybe "那边" and a verb of owning somewhere after it
# "人社那边" names an office; "科技那块" / "教育方面" name a field, never a unit
_STEM_FILLER = re.compile(r"(?:那边|这边)")
_OWNING_LATER = re.compile(r"(牵头|主抓|配合|参与|承担|分管)")
_OWNING_NEXT = re.compile(r"(牵头|负责|主抓|配合|参与|承担|分管|有几项|的任务|的重点工作)")

Lookup = Callable[[str], list[str]]


def _stem_stands(after: str) -> bool:
    """Whether a stem stands as a unit's name: a verb of owning follows it ("发改负责哪些"), or
    "那边" or no more characters of a word ("人社21年…") and a verb of owning later; never
    "住建领域" / "发改系统" / "科技那块"."""
    if _OWNING_NEXT.match(after.lstrip()):
        return True
    filler = _STEM_FILLER.match(after)
    rest = after[filler.end():] if filler else after
    return bool((filler or not re.match(r"[\u4e00-\u9fff]", rest)) and _OWNING_LATER.search(rest))


# a quoted name ("“体育+”行动") or a name joined by a sign ("体育+", "文化+旅游"): a stem there
# is a word of the name, never the unit that owns it
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘「『《\"", "”’」』》\""
_JOINED = re.compile(r"\s*[+＋&·]")


def _in_a_name(raw: str, start: int, end: int) -> bool:
    """Whether raw[start:end] stands inside quotes or is joined to another word by a sign."""
    before = raw[:start]
    opened = sum(before.count(c) for c in _OPEN_QUOTES if c != '"') + before.count('"') % 2
    closed = sum(before.count(c) for c in _CLOSE_QUOTES if c != '"')
    return opened > closed or bool(_JOINED.match(raw, end)) or raw[:start].rstrip().endswith(("+", "＋"))


def read_stems(raw: str, known_names: Iterable[str], units_in_text: Lookup | None) -> tuple[str, list[str]]:
    """A unit said by the two characters of its short name ("发改牵头的", "人社那边…牵头了哪些"):
    read as that unit when every short name of that stem is one unit (发改委 and 发改局 both
    name 省发展改革委); when they name several units, the text is left and those units are
    returned, for the answer to choose between by the plan or to ask which one is meant."""
    if units_in_text is None or not _OWNING_NEXT.search(raw):
        return raw, []
    stems: dict[str, list[str]] = {}
    for name in known_names:
        if len(name) == 3 and name[2] in "厅局委办" and name[0] not in "省团":
            stems.setdefault(name[:2], []).append(name)
    for stem, aliases in sorted(stems.items()):
        m = next((m for m in re.finditer(rf"(?:(?<![\u4e00-\u9fff])|(?<=[省市县区]))({stem})", raw)
                  if _stem_stands(raw[m.end():]) and not _in_a_name(raw, m.start(1), m.end(1))), None)
        if not m:
            continue
        units = list(dict.fromkeys(u for a in sorted(aliases) for u in units_in_text(a)))
        if len(units) == 1:
            return raw[: m.start(1)] + sorted(aliases)[0] + raw[m.end(1):], []
        if len(units) > 1:
            return raw, units
    return raw, []


# a unit's last character typed by its sound ("自然资源听" for 厅, "林业居" for 局)
_SAME_SOUND_LAST = {"厅": "听汀亭庭停婷", "局": "居菊句剧举桔", "委": "未位卫维伟尾", "办": "半版伴扮拌"}


def fix_unit_ending(raw: str, units_in_text: Lookup | None) -> str:
    """"省自然资源听" → "省自然资源厅": a unit name whose last character (厅/局/委/办) is typed
    as another of the same sound, read as the unit when the repaired text names a unit the
    typed one does not."""
    if units_in_text is None:
        return raw
    before = None
    for right, wrongs in _SAME_SOUND_LAST.items():
        for i, ch in enumerate(raw):
            if ch not in wrongs or i < 2:
                continue
            fixed = raw[:i] + right + raw[i + 1:]
            if before is None:
                before = set(units_in_text(raw))
            if set(units_in_text(fixed)) - before:
                return fix_unit_ending(fixed, units_in_text)
    return raw


# words around a topic that narrow nothing ("…牵头的里头，涉及就业的", "民生那块")
# and the document or the thing pointed at, said around the leader ("分工方案里他牵头的是哪件事")
_NARROW_FILLER = re.compile(r"(里头|里面|当中|之中|其中|涉及到?|关于|有关|相关|那块|这块|那一块|这一块|方面的?|"
                            r"(?:责任)?分工方案|(?:一)?件事(?:情)?|事情|(?:还|也|另外)(?=牵头|分管|负责|主抓|管|抓|有)|"
                            # the whole list asked, and the role it is asked in, narrow nothing:
                            # "作为省政府牵头领导的全部任务", "所有的", "同志"
                            r"全部|所有|全体|一切|统统|全都|通通|作为|身为|同志|(?:省|市|县)?政府|(?:省|市|县)?领导|"
                            r"(?:请|烦请|麻烦)?(?:梳理|列出|汇总|罗列|整理|提供|明确|核实)(?:一下)?|请|烦请|麻烦)")
# "为安排领导调度，…" / "为准备汇报，…": what the list is for, said before it
_PURPOSE_CLAUSE = re.compile(r"^\s*(?:为了|为|因|因为)[^，,。；;]{1,14}[，,]")


def narrowing_words(topic: str) -> str:
    """A leader's topic without the words that only point at a part ("涉及就业的" → "就业")."""
    words = _NARROW_FILLER.sub(" ", _PURPOSE_CLAUSE.sub(" ", topic)).split()
    # a character left alone by the words cut around it ("里头" less 里) narrows nothing
    return " ".join(w for w in words if not re.fullmatch(r"[\u4e00-\u9fff]", w))


# what a request says around a task's description, never the task's own words: the request verb
# ("请明确", "烦请核实"), the table it is read from ("分工方案中"), and the pointer at the task
# ("爱国卫生运动一项", "…那项", "那条")
_REQUEST_WORDS = re.compile(
    r"(?:请|烦请|麻烦|帮忙|帮我)?(?:明确|核实|确认|梳理|提供|说明|查一下|查查|看一下|看看|问一下)(?:一下)?|"
    r"(?:请|烦请|麻烦)|(?:在|从)?(?:省政府)?(?:责任)?分工方案(?:中|里|里面|当中|上)?|"
    r"(?:那|这|该|一)(?:一)?(?:大)?(?:项|条|件)(?:工作|任务)?"
)
# a number said bare ("12345", "110"): a hotline or a name, a strong key to the one task holding it
_BARE_NUMBER = re.compile(r"(?<![\d.])\d{3,}(?![\d.%年月日万亿千百个家项座公里米元吨])")


def task_words(topic: str) -> str:
    """The words of a task's description once the request around it is gone
    ("请明确分工方案中X一项" → "X"): the order of the words is kept, the request dropped."""
    return re.sub(r"\s+", " ", _REQUEST_WORDS.sub(" ", topic)).strip(" ，,。")


def bare_numbers(topic: str) -> list[str]:
    """Numbers said without a unit or a year mark ("整合进12345"): keys a task is named by."""
    return [m.group(0) for m in _BARE_NUMBER.finditer(topic) if not re.fullmatch(r"(?:19|20)\d{2}", m.group(0))]
