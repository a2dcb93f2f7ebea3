"""What a question asks beside its item: where the figure stands, which 口径 it is of, which
scope is not meant, and what kind of figure (target or result) is wanted.

Staff add to the item clauses that name no content: "请注明在报告哪一部分", "出自哪份报告",
"请分别说明来源" (every answer carries its source and section anyway), "这个数是开工口径还是完工
口径", "注意区分计划与完成", "请分别给出"; a bracket that names the
口径 or the document ("（2024年省报告口径）", "（新增口径，不是累计）"); a correction of the
scope ("不是全省的是南昌的", "要市里的不要省里的", "别给我省里的", "（注意不是2021年分工方案那个）");
and a kind word glued to the item ("游客人次完成值", "引才目标值", "实际干了多少万人"). Left in,
their words are searched for and the question is refused, or the scope excluded is the one
answered.

Read by the clause's words, not by phrase: a clause (or bracket, or a tail after a space) made
only of words of asking about a source, a 口径, a caution or a scope is no content:
- a source or section asked: dropped;
- a 口径 named: its kind (计划/目标 → 目标, 完成/实际 → 实际) and its document (year, level:
  "2024年省报告" is the province's 2024 report: its targets are of 2024, its review of 2023)
  become the question's when it names none;
- the unit asked ("单位是亿元还是万元", "单位是什么"): dropped, every answer prints its unit
  (`answers.unit_asks`);
- a choice between kinds ("开工口径还是完工口径"), a caution ("注意区分…"), an ask for
  each ("请分别给出"): dropped ("对比一下" asks for both figures, "要具体数" for a figure:
  both kept);
- a scope excluded ("不是X", "别给我X", "不要X") is removed from the question and a scope named
  instead ("是Y的", "要Y的") put in; the province excluded with none named asks the cities
  ("市里"), a city excluded the province;
- a kind word on the item ("完成值", "实际数", "干了多少") is said as the rules read it ("实际"),
  a year written without 年 before a place or the item ("2021全省…", "南昌2023游客…") gets it.
`without_side_requests(question)` is the question so read, or the question itself.
"""
from __future__ import annotations

from dataclasses import dataclass

from answers.trailing_asides import trailing_aside
from answers.unit_asks import asks_only_the_unit
from core import lazy_re as re
from core.places import place_alternation

_PLACES = place_alternation()
_LEVEL_PLACE = r"全省|省里|我省|本省|全市|市里|我市|本市|全县|县里|全国"
# a place not in the list ("青溪县"): its name holds no 的/是 ("全省的是南昌市的" is two scopes)
_PLACE = rf"(?:{_PLACES}|{_LEVEL_PLACE}|(?:(?![的是])[\u4e00-\u9fff]){{2,4}}?(?:省|市|县|区)(?=的|那|报告|政府|口径))"
_YEAR = r"(?:(?:19|20)?\d{2}\s*年(?:度)?|今年|去年|前年|明年|当年|本年)"
_DOC = (r"(?:(?:省|市|县|区)?(?:级|里的?)?(?:两会|人代会)?(?:上的?)?(?:人民)?(?:政府)?(?:工作)?报告|"
        r"(?:省|市)?(?:重点工作)?(?:责任)?分工方案|方案|台账|文件|文档|材料|原文)")
_KIND = r"(?:新增|累计|计划|完成|实际|目标|预期|开工|完工|竣工|建成|年度|全年|当年)"

# words of politeness and asking that hold no content
_ASKING = (r"请|烦请|麻烦|劳驾|帮忙|帮我|顺便|同时|并且|并|另外|还|也|再|一并|分别|各自|逐一|逐项|"
           r"注明|标明|标注|标出|说明|说一下|讲一下|指出|列明|写明|告知|告诉我|给出|附上|附|带上|写上|报出|提供|"
           r"一下|下|在|是|的|了|呢|吗|啊|吧|哈|呀|哦|一|个|我|给|要|都|就|这|那|这个|那个|该|此")
# a source or a section asked: at least one of these, and nothing else but asking words
_SOURCE_CUE = (r"出处|来源|出自|来自|源自|摘自|引自|属于|位于|见于|依据|页码|第几页|哪页|哪一页|哪部分|哪一部分|"
               r"哪个部分|什么部分|第几部分|哪节|哪一节|哪章|哪一章|哪段|哪一段|哪篇|哪一篇|哪份|哪一份|哪个报告|"
               r"哪个文件|哪个文档|什么报告|什么文件|哪里|哪儿|在哪|什么位置|哪个位置|名称|标题|文件名")
_SOURCE_WORDS = (r"部分|章节|节|章|段|篇|页|位置|地方|处|名称|标题|全称|哪|哪个|哪一个|什么|第几|出|自|来|源|写|说|提|讲|标|注|于|"
                 r"数据|数字|数|"
                 r"里|中|上|和|及|与|以及|、")
# a choice between two kinds of figure ("这个数是开工口径还是完工口径"): the answer quotes its sentence
_CHOICE_WORDS = (r"还是|或是|或者|口径|数|数字|数据|值|指标|算|按|统计|标准|呢|吗|的|是|这个|那个|这|那|该|此|"
                 r"新增|累计|计划|完成|实际|目标|预期|开工|完工|竣工|建成|投产|年度|全年|当年|存量|增量|总数|总量")
# a caution or an ask for each: "注意区分计划与完成", "请分别给出"
# ("对比一下" is no side request: it asks for both figures side by side, answers.comparison)
# ("要具体数" / "准确数字" is kept: it says a figure is asked, and a sentence without one is
# answered as "no figure given", answers.answerability)
_CAUTION_CUE = r"区分|区别|分清|分开|搞混|混淆|弄混|混用"
# "请分别给出" asks each figure given (the question's joiners say so too); "分别是？" asks them
_EACH_GIVEN = re.compile(r"(?:分别|各自|逐一|逐项)(?:给出|列出|说明|报出|提供|写出|告知|列|给)")
_CAUTION_WORDS = (r"注意|务必|留意|不要|别|与|和|跟|及|同|列出|列|写出|数|数字|数据|值|口径|两个|几个|两|"
                  r"计划|完成|目标|实际|新增|累计|预期|开工|完工|情况|就行|即可|就好|一些|点|些")
# a 口径 named: "（2024年省报告口径）", "（新增口径，不是累计）", "按完成数算", "以省报告为准"
_KOUJING_CUE = r"口径|为准|为主|来算|算的|计算|统计"
_KOUJING_WORDS = r"按|按照|依据|根据|依照|以|用|采用|照|依|不是|非|而非|不要|别|注意|数|数据|值|算|的|里|中|上|所列|列的|给的"
# "按省政府工作报告" / "依据市级报告": a level's report the figure is to be read from is a 口径 too
_LEVEL_REPORT_NAMED = re.compile(r"(?:按照|按|依据|根据|依照)(?:省|市|县)(?:级|里的?)?(?:两会|人代会)?(?:上的?)?"
                                 r"(?:人民)?(?:政府)?(?:工作)?报告")
# "你别给我全省的" / "你就别给我省里的了" / "可不要累计的": the one asked, or an adverb, may open
# the exclusion (round 26a); only before 别/不要/甭, since "可不是" / "就不是" say something else
_NEGATION_LEAD = r"(?:你们|你|您)?(?:可千万|千万|可|就)?"
_NEGATION = (r"(?:注意)?(?:而|但)?(?:不是|不要|别给我?|别拿|别用|别要|不用|甭|并非|而非|非|"
             rf"{_NEGATION_LEAD}(?:不要|别给我?|别拿|别用|别要|别(?![的人处样])|甭))")

_ASK_CONTENT = re.compile(r"多少|几|什么|啥|哪|谁|吗|是否|有没有|如何|怎么|[？?]")
# what asks for an item in the words kept: a source asked beside it is a side request
_ASKS_ITEM = re.compile(r"多少|几|什么|啥|哪|谁|吗|是否|有没有|如何|怎么")


def _alternation(*groups: str) -> str:
    words = {w for g in groups for w in g.split("|") if w}
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_SOURCE_ONLY = re.compile(rf"(?:{_YEAR}|{_PLACE}|{_DOC}|{_alternation(_ASKING, _SOURCE_CUE, _SOURCE_WORDS)})+")
_SOURCE_HAS = re.compile(_SOURCE_CUE)
_CHOICE_ONLY = re.compile(rf"(?:{_alternation(_ASKING, _CHOICE_WORDS)})+")
_CAUTION_ONLY = re.compile(rf"(?:{_YEAR}|{_alternation(_ASKING, _CAUTION_CUE, _CAUTION_WORDS)})+")
_CAUTION_HAS = re.compile(_CAUTION_CUE)
_KOUJING_ONLY = re.compile(rf"(?:{_YEAR}|{_PLACE}|{_DOC}|{_KIND}|{_alternation(_ASKING, _KOUJING_CUE, _KOUJING_WORDS)}|[，,、])+")
_KOUJING_HAS = re.compile(_KOUJING_CUE)

# a scope: a year, a place, a document, a kind, with what stands after it ("的", "那个", "数")
_SCOPE = rf"(?:{_YEAR}|{_PLACE}|{_DOC}|目标|计划|预期|实际|完成)+"
_SCOPE_TAIL = r"(?:的|里|中|上|那个|那份|那|这个|数|数字|数据|值|目标|指标|口径|版本|版)*"
_EXCLUDED = re.compile(rf"^{_NEGATION}(?:给我|拿|用|要|看|找|报|说)?(?:那个)?(?P<x>{_SCOPE}){_SCOPE_TAIL}"
                       rf"(?:[，,\s]*(?:而|但)?(?:是|要|只要|就要|给我|用|换成)(?P<y>{_SCOPE}){_SCOPE_TAIL})?(?:了)?(?:啊|哈|哦|呀|吧)?$")
_WANTED_FIRST = re.compile(rf"^(?:我)?(?:是|要|只要|就要|给我|用)(?P<y>{_SCOPE}){_SCOPE_TAIL}"
                           rf"[，,\s]*{_NEGATION}(?:给我|拿|用|要)?(?P<x>{_SCOPE}){_SCOPE_TAIL}(?:啊|哈|哦|呀|吧)?$")
_WANTED_ONLY = re.compile(rf"^(?:而|但)?(?:是|要|只要|就要|只看|只给我?)(?P<y>{_SCOPE}){_SCOPE_TAIL}(?:就行|就好|即可)?(?:啊|哈|哦|呀|吧)?$")
# "只要南昌的" said alone: a scope named, no exclusion needed before it
_ONLY_WANTED = re.compile(r"^(?:只要|就要|只看|只给我?)")

# kind words glued to the item: a result asked, or a target asked
# ("计划数量" / "目标数字" keep their words: the measure word is no kind word; "要搞多少" is a target)
_RESULT_WORD = re.compile(r"(?:实际)?(?:完成值|完成数|实际数|实际值|实绩数?|实现值)(?![量据字额目])|(?:实际)?(?:干|做|搞|弄)了(?=多少|几)")
_TARGET_WORD = re.compile(r"(?:年度)?(?:目标值|目标数|计划数|计划值|预期值|预期数)(?![量据字额目])")
# a year written without 年, before a place or the item's words ("2021全省", "南昌2023游客")
# (at the start, after a place or a space: "恢复到2019水平" is a level, not the year asked)
_BARE_YEAR = re.compile(r"(?<![\d.A-Za-z])((?:19[5-9]|20[0-4])\d)(?![\d.%])(?=\s*[\u4e00-\u9fffA-Za-z])"
                        r"(?!\s*(?:年|月|日|号|万|亿|千|百|多|余|来|个|家|项|人|元|吨|斤|亩|米|公|平|户|套|座|所|条|台|场|件|名|"
                        r"次|辆|床|张|间|头|批|位|届|期|款|笔|种|类|倍|微|千|克|升|度|分|秒|小|天|周|版|号|点|成|只|枚|块|字))")
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|(?<!\d)\d{2}\s*年(?!代)|[二][〇零○一二三四五六七八九]{3}\s*年|今年|去年|前年|明年")
_TARGET_ASKED = re.compile(r"目标|预期|计划|力争|打算|要求|定的|定了|安排|争取|确保|要(?:达到|到|达|实现|新增|建|引)")
_RESULT_ASKED = re.compile(r"实际|完成了|实现了|[了]多少|了几")


@dataclass(frozen=True)
class _Scope:
    years: tuple[int, ...] = ()
    places: tuple[str, ...] = ()
    plan: bool = False
    target: bool = False
    result: bool = False


def without_side_requests(question: str) -> str:
    """The question without the clauses that ask about its source, 口径 or scope, with the
    口径 and scope they name applied (module doc); the question itself when none is found."""
    return read_side_requests(question).question


@dataclass(frozen=True)
class SideRead:
    """The question as read (`question`), and whether a clause of it chose the scope (a scope
    excluded or a 口径's document named): then the question as typed is no fallback, its
    words name the scope not meant."""
    question: str
    scoped: bool = False


def read_side_requests(question: str) -> SideRead:
    """`without_side_requests`, with whether a scope was chosen by a clause."""
    text = (question or "").strip()
    if not text:
        return SideRead(text)
    pieces = _pieces(text)
    kept: list[str] = []
    koujing: list[str] = []
    excluded: list[_Scope] = []
    wanted: list[_Scope] = []
    each = False
    last_kept = False
    aside_read = False
    for piece, stop, bracketed in pieces:
        bare = piece.strip()
        aside = trailing_aside(bare, stop, "".join(kept)) if kept and not bracketed and bare else None
        if aside is not None:
            # "…多少？22年是5%" / "…多少 不是实际产量" / "…省里430亿斤那个我知道": no ask
            # (answers.trailing_asides); a scope it sets aside is set aside as "不是X" is
            aside_read, last_kept = True, False
            scope = next((a for a in aside.set_aside if _EXCLUDED.match(a) or _WANTED_FIRST.match(a)), None)
            if scope is not None:
                x, y = _exclusion(scope)
                excluded.append(x)
                if y:
                    wanted.append(y)
            if stop in "？?。" and stop and not kept[-1].rstrip().endswith(("？", "?", "。")):
                kept[-1] = kept[-1].rstrip("，,；; ") + stop
            continue
        role = _role(bare, bool(kept), bool(excluded)) if bare else "empty"
        if role in ("source", "choice", "caution") and not _ASKS_ITEM.search("".join(kept)):
            # "90万亩冬种油菜，出自哪份报告": beside no other ask, the clause is the question
            role = "content"
        if role == "unit" and not re.search(r"多少|几", "".join(kept)):
            role = "content"  # "牵头单位是什么" and the like: a unit of a figure only beside a figure asked
        if role == "content":
            if kept and not bracketed:
                piece = _request_asked(piece)
            kept.append(stop if bracketed else piece + stop)  # a bracket kept as typed
            last_kept = True
            continue
        if role == "empty" and last_kept:
            kept.append(stop)  # the stop after a bracket kept
            continue
        last_kept = False
        if role == "koujing":
            koujing.append(bare)
        elif role == "exclusion":
            x, y = _exclusion(bare)
            excluded.append(x)
            if y:
                wanted.append(y)
        elif role == "caution" and re.search(r"分别|各自", bare):
            each = True
        elif role == "wanted":
            m = _WANTED_ONLY.match(bare)
            wanted.append(_scope_of(m.group("y")))
        if kept and not bracketed and stop in "？?。" and not kept[-1].rstrip().endswith(("？", "?", "。")):
            kept[-1] = kept[-1].rstrip("，,；; ") + stop
    body = "".join(kept).strip()
    if not re.search(r"[\u4e00-\u9fffA-Za-z]{2}", body):
        return SideRead(text)
    body = re.sub(r"[，,；;：:\s]+$", "", body)
    scoped = bool(excluded or wanted or aside_read)
    for k in koujing:
        read = _with_koujing(body, k)
        # a 口径's document that put a region or a year in chose the scope
        scoped = scoped or (read != body and bool(re.search(_DOC, k)))
        body = read
    for x in excluded:
        body = _without_scope(body, x)
    for y in wanted:
        body = _with_scope(body, y)
    if excluded and not wanted:
        body = _other_level(body, excluded)
    if each and "分别" not in body and re.search(r"[和与及、]|以及|\s", body):
        # "南昌和赣州的GDP目标，请分别给出": the several asked each, as "分别" says
        body = re.sub(r"([？?。]*)$", r"分别\1", body, count=1)
    body = _kind_words(body).strip()
    if not body:
        return SideRead(text)
    return SideRead(body, scoped)


def _pieces(text: str) -> list[tuple[str, str, bool]]:
    """(piece, the stop after it, whether it was in brackets): clauses cut at stops, brackets
    as pieces of their own, and a tail after a space when the tail is a side request."""
    out: list[tuple[str, str, bool]] = []
    for m in re.finditer(r"[（(](?P<b>[^（）()]*)[)）]|(?P<c>[^，,；;。？?！!（(]+)(?P<s>[，,；;。？?！!]*)|(?P<p>[，,；;。？?！!]+)", text):
        if m.group("b") is not None:
            inner = m.group("b")
            # "（新增口径，不是累计）": the bracket's clauses read as one side request
            out.append((inner, m.group(0), True))
        elif m.group("c") is not None:
            clause, stop = m.group("c"), m.group("s") or ""
            head, tail = _space_tail(clause)
            if tail:
                out.append((head, " ", False))
                out.append((tail, stop, False))
            else:
                out.append((clause, stop, False))
        else:
            if out:
                piece, stop, b = out[-1]
                out[-1] = (piece, stop + m.group("p"), b) if not b else (piece, stop, b)
                if b:
                    out.append(("", m.group("p"), False))
    return out


def _space_tail(clause: str) -> tuple[str, str]:
    """"…目标是几家 不是全省的是南昌的": the words after the last space, when they are a side
    request and the words before them are a question of their own."""
    parts = re.split(r"\s+", clause.strip())
    if len(parts) < 2:
        return clause, ""
    for k in range(1, len(parts)):
        tail = "".join(parts[k:])
        if _role(tail, True, False) != "content" or trailing_aside(tail, "", " ".join(parts[:k])) is not None:
            return " ".join(parts[:k]), tail
    return clause, ""


def _role(bare: str, after_content: bool, after_exclusion: bool) -> str:
    s = re.sub(r"[，,、；;。？?！!：:\s]+", "", bare)
    if not s:
        return "empty"
    if _EXCLUDED.match(s) or _WANTED_FIRST.match(s):
        return "exclusion"
    if (after_exclusion or (after_content and (_ONLY_WANTED.match(s) or re.search(r"(?:就行|就好|即可)$", s)))) and _WANTED_ONLY.match(s):
        return "wanted"
    if (_KOUJING_HAS.search(s) or _LEVEL_REPORT_NAMED.search(s)) and _KOUJING_ONLY.fullmatch(s) and not _ASK_CONTENT.search(re.sub(r"还是|哪", "", s)):
        return "koujing" if "还是" not in s else "choice"
    if not after_content:
        return "content"
    if asks_only_the_unit(s):
        return "unit"  # "…多少 单位是亿元还是万元": the answer prints the unit (answers.unit_asks)
    if _SOURCE_HAS.search(s) and _SOURCE_ONLY.fullmatch(s):
        return "source"
    if "还是" in s and _CHOICE_ONLY.fullmatch(s):
        return "choice"
    if (_CAUTION_HAS.search(s) or _EACH_GIVEN.search(s)) and _CAUTION_ONLY.fullmatch(s):
        return "caution"
    return "content"


# "另请一并报出2022年实际完成的数" / "同时请给出X": a request verb before an item said after the
# question; the item is asked as a plain question asks it ("2022年实际完成多少")
_REQUEST_LEAD = re.compile(r"^\s*(?:另外|另|同时|并且|并|还|再|顺便)(?:请|烦请|麻烦|劳驾)(?:您)?(?:一并|分别|顺便|同时|再|也)?"
                           r"(?:报出|给出|提供|列出|说明|告知|报一下|给一下|报|给)(?:一下)?")
_NUMBER_WORD = re.compile(r"(?:的)?(?:数|数字|数据|数值|值)$")


def _request_asked(piece: str) -> str:
    m = _REQUEST_LEAD.match(piece)
    if not m:
        return piece
    item = piece[m.end():].strip()
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", item)) < 2 or _ASK_CONTENT.search(item):
        return piece[: m.start()] + item if item else piece
    return _NUMBER_WORD.sub("", item) + "多少"


def _scope_of(words: str) -> _Scope:
    years = tuple(int(y) if len(y) == 4 else 2000 + int(y) for y in re.findall(r"((?:19|20)\d{2}|(?<!\d)\d{2})\s*年", words))
    # (the scope was cut before the "的" a place not in the list is known by)
    places = tuple(re.findall(_PLACE, re.sub(_DOC, " ", words) + "的"))
    if not places:
        lv = re.search(r"(省|市|县)(?=里|的|级|两会|人代会|报告|政府|方案|口径|$)", words)
        places = (lv.group(1),) if lv else ()
    return _Scope(years, places, bool(re.search(r"分工方案|方案|台账", words)),
                  bool(re.search(r"目标|计划|预期", words)), bool(re.search(r"实际|完成", words)))


def _exclusion(bare: str) -> tuple[_Scope, _Scope | None]:
    s = re.sub(r"[，,、；;。？?！!：:\s]+", "", bare)
    m = _EXCLUDED.match(s) or _WANTED_FIRST.match(s)
    y = m.group("y")
    return _scope_of(m.group("x")), (_scope_of(y) if y else None)


_PROVINCE_WORDS = ("全省", "省里", "我省", "本省", "省")
_CITY_WORDS = ("全市", "市里", "我市", "本市", "市")


def _is_province(place: str) -> bool:
    from core.places import PROVINCES
    return place in _PROVINCE_WORDS or place in PROVINCES or place in PROVINCES.values()


def _place_words(place: str) -> list[str]:
    """The words the question may use for `place`: a province by its level words too."""
    from core.places import CITIES, PROVINCES
    if _is_province(place):
        names = [n for short, full in PROVINCES.items() if place in (short, full) for n in (full, short)]
        return sorted({*names, "全省", "省里", "我省", "本省"}, key=len, reverse=True)
    if place in _CITY_WORDS:
        return ["全市", "市里", "我市", "本市"]
    short = place[:-1] if (place.endswith("市") and place[:-1] in CITIES) or (place.endswith(("市", "县", "区")) and len(place) >= 3) else place
    return sorted({place, short, short + "市"}, key=len, reverse=True)


def _without_scope(body: str, x: _Scope) -> str:
    if x.plan:
        # "不是2021年分工方案那个": the plan is set aside, its year is no year of the question
        return re.sub(r"(?:(?:19|20)\d{2}\s*年)?(?:省|市)?(?:重点工作)?(?:责任)?(?:分工方案|方案|台账)(?:里|中|上)?(?:的)?", "", body).strip()
    for p in x.places:
        for w in _place_words(p):
            if w in ("省", "市"):
                continue
            body = body.replace(w, "")
    for year in x.years:
        body = re.sub(rf"(?:{year}|(?<!\d){year % 100:02d})\s*年(?:度)?", "", body)
    if x.target and not x.result and not _RESULT_ASKED.search(body):
        body = _put_kind(body, "实际")
    if x.result and not x.target and not _TARGET_ASKED.search(body) and not _RESULT_ASKED.search(body):
        body = _put_kind(body, "目标")  # "…多少 不是实际的": the target
    return body.strip()


def _with_scope(body: str, y: _Scope) -> str:
    lead = ""
    for year in y.years:
        if not _ANY_YEAR.search(body):
            lead += f"{year}年"
    for p in y.places:
        if not any(w in body for w in _place_words(p) if w not in ("省", "市")):
            lead += {"省": "全省", "市": "市里"}.get(p, p)
    if y.result and not _RESULT_ASKED.search(body):
        body = _put_kind(body, "实际")
    if y.target and not _TARGET_ASKED.search(body):
        body = _put_kind(body, "目标")
    return _lead(body, lead)


def _lead(body: str, lead: str) -> str:
    """`lead` (a place, a year) put before the question, after any region it starts with."""
    if not lead:
        return body
    return lead + body


def _other_level(body: str, excluded: list[_Scope]) -> str:
    """Only a scope excluded: the province excluded asks the cities, a city the province."""
    if re.search(rf"{_PLACES}|{_LEVEL_PLACE}|[\u4e00-\u9fff]{{1,3}}(?:县|区)", body):
        return body  # a place is named ("青溪县…，不是全市的"): it is the scope
    places = [p for x in excluded for p in x.places]
    if not places:
        return body
    return ("市里" if all(_is_province(p) for p in places) else "全省") + body


def _with_koujing(body: str, koujing: str) -> str:
    """"（2024年省报告口径）": the document's region and year for a question naming none; its
    targets are of its year, its review of the year before. "（新增口径，不是累计）" names the
    kind only: kept when it is a target or a result, the rest is the answer's to quote."""
    s = re.sub(r"(?:不是|非|而非|不要|别)[^，,、]*", "", koujing)
    target = bool(re.search(r"计划|目标|预期", s))
    result = bool(re.search(r"完成|实际", s))
    if result and not _RESULT_ASKED.search(body):
        body = _put_kind(body, "实际")
    elif target and not _TARGET_ASKED.search(body):
        body = _put_kind(body, "目标")
    if not re.search(_DOC, s):
        return body
    scope = _scope_of(s)
    lead = ""
    if scope.places and not any(w in body for w in _place_words(scope.places[0]) if w not in ("省", "市")):
        # the document the 口径 names is the scope, over a place named inside the item
        # ("杭州亚运会…（2024年省报告口径）" is the province's figure)
        p = scope.places[0]
        lead += {"省": "全省", "市": "市里"}.get(p, p)
    if scope.years and not _ANY_YEAR.search(body):
        year = scope.years[0]
        if not (_TARGET_ASKED.search(body) or target):
            year -= 1  # a report's figures of results are of the year it reviews
            if not _RESULT_ASKED.search(body):
                body = _put_kind(body, "实际")
        lead = f"{year}年" + lead
    return _lead(body, lead)


def _put_kind(body: str, kind: str) -> str:
    """The kind word said before the ask ("…多少" → "…实际多少"), or at the end."""
    m = re.search(r"(?:是)?(?:多少|几)", body)
    if m:
        return body[: m.start()] + kind + body[m.start():]
    return re.sub(r"([？?。]*)$", kind + r"\1", body, count=1)


_YEAR_AFTER = re.compile(rf"(?:^|[\s，,：:；;（(]|{_PLACES}|[省市县区赣])$")


def _year_given(m: re.Match) -> str:
    """"2021" → "2021年" where a year stands: at the start, after a place, a space or a stop."""
    return m.group(1) + "年" if _YEAR_AFTER.search(m.string[: m.start()]) else m.group(0)


def _kind_words(body: str) -> str:
    """Kind words glued to the item said as the rules read them; a year without 年 given it."""
    body = _RESULT_WORD.sub("实际", body)
    body = _TARGET_WORD.sub("目标", body)
    if not _ANY_YEAR.search(body):
        body = _BARE_YEAR.sub(_year_given, body)
    return re.sub(r"实际(?:实际)+", "实际", body)
