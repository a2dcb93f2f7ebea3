"""Same head noun, other qualifier: "常住人口多少" is not answered by "新增受益人口16.2万人",
"水果播种面积" not by "蔬菜播种面积66万亩", "旅游门票收入" not by "旅游综合收入1977.79亿元".

`answers.contrasts` knows listed pairs (常住/户籍); this reader works by structure. For a
head noun whose qualifier names the statistic (`core.contrasts_data.QUALIFIED_HEADS`: 人口, 面积,
收入, 投资…), the question's qualifier is the run of Chinese characters right before the head
(years, places and framing words such as 实现/全年/预计 set aside). The clause's figure stands
after the same head; its qualifier is read the same way (a list "城镇、农村居民" counts whole).
The clause does not answer when both hold:
- a run of at least two characters of the question's qualifier is missing from the clause's
  ("水果" is not in "蔬菜播种"); a lone character is more often another way to say it (种植 /
  播种), and a modifier the question omits decides nothing ("常住人口" vs "全市常住人口",
  "城镇居民收入" vs "城镇居民人均可支配收入": every character asked is there);
- the clause's qualifier holds a character the question does not (the clause names another
  statistic, not a broader form of the asked one).
The question is read in the documents' words (abbreviations expanded per `core.synonyms_data`:
"财政收入" is "一般公共预算收入", "规上" is "规模以上"), and as the caller's expanded form; the
clause is vetoed only when each reading vetoes.
"""
from __future__ import annotations

from functools import lru_cache

from core import lazy_re as re
from core.contrasts_data import QUALIFIED_HEADS, QUALIFIER_FRAMING
from core.places import place_alternation
from core.synonyms import table

_CJK = r"\u4e00-\u9fff"
# longest qualifier read before a head: enough for "城镇居民人均可支配"
_SPAN = 16
# what asks or frames in a question, never part of a qualifier
_ASK_CUT = re.compile(r"多少|几|什么|哪些|哪个|是否|有没有|请问|关于|里的|中的|报告|文件|分工方案|责任分工|分工表|分解表|方案|台账|通报")
_YEARS = re.compile(r"(?:19|20)\d{2}\s*年?|(?<![\d.])\d{2}\s*年|今年|去年|前年|明年|上一?年|当年")
_NUMBER = re.compile(r"\d")
# the magnitude and counter of a figure right before a qualifier ("1.4万余家企业")
_COUNTER = re.compile(r"^(?:万亿|亿|万|千|百)?[余多]?(?:家|个|项|人|名|户|所|座|条|台|张|元|吨|亩|次|批|辆|套|间|处)?")
# what may stand between a head and its figure: the verbs and adverbs of a stated figure
_PREDICATE = re.compile(r"预计|有望|分别|同比|比上年|年均|全年|累计|总数|总量|共计|合计|达到|达|为|是|增长|下降|提高|提升|净增|新增|"
                        r"减少|增加|突破|超过|超|完成|实现|约|近|在|到|至|了|[\s“”：:]")


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(h for h, _why in QUALIFIED_HEADS)


@lru_cache(maxsize=1)
def _framing() -> re.Pattern:
    words = sorted(QUALIFIER_FRAMING, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) + "|" + place_alternation())


def _qualifier(before: str) -> str:
    """The run of Chinese characters (a list joined by 、 kept whole) that ends `before`, at
    most `_SPAN` characters, without framing words and the particle 的."""
    m = re.search(rf"[{_CJK}、“”]+$", before)
    if not m:
        return ""
    run = m.group(0)
    if m.start() and before[m.start() - 1].isdigit():
        # "1681家、省级…", "1.4万余家企业…": the figure's own counter before is no qualifier
        run = run.split("、", 1)[1] if "、" in run else _COUNTER.sub("", run)
    run = _framing().sub(" ", run.replace("的", ""))
    run = run.split(" ")[-1] if run.strip() else ""
    return run[-_SPAN:].strip("、“”")


@lru_cache(maxsize=256)
def asked_qualifiers(question: str) -> tuple[tuple[str, str], ...]:
    """(head, qualifier) for each head noun of the question that a qualifier stands before.
    Read once per question: `other_qualifier` is asked of every candidate clause."""
    text = _ASK_CUT.sub(" ", _YEARS.sub(" ", question or ""))
    out = []
    for head in _heads():
        if head not in text:
            continue
        for start in _starts(text, head):
            q = _qualifier(text[:start])
            if len(q) >= 2:
                out.append((head, q))
    return tuple(out)


def _starts(text: str, word: str) -> list[int]:
    """Where `word` starts in `text`, left to right, not overlapping (as `re.finditer` of the
    escaped word reads it)."""
    out, i = [], text.find(word)
    while i != -1:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


def _missing_run(asked: str, held: str) -> str:
    """The first run of two or more characters of `asked` that `held` does not contain."""
    run = ""
    for ch in asked + " ":
        if ch not in held and ch != " " and ch != "、":
            run += ch
            continue
        if len(run) >= 2:
            return run
        run = ""
    return ""


def _clause_heads(clause: str, head: str) -> list[str]:
    """The qualifiers of `head` in the clause where its figure follows it: nothing but
    predicate words between ("人口达到656万人", "投资增长10.8%"); "脱贫人口人均纯收入增长13.6%"
    is a figure of 收入, not of 人口."""
    out = []
    for start in _starts(clause, head):
        end = start + len(head)
        n = _NUMBER.search(clause, end)
        if n and not _PREDICATE.sub("", clause[end:n.start()]).strip():
            out.append(_qualifier(clause[:start]))
    return out


@lru_cache(maxsize=256)
def _expanded(text: str) -> str:
    """`text` with each abbreviation of the synonym table written out ("财政收入" →
    "一般公共预算收入"): the documents' name of the asked statistic (read once per question)."""
    for short, full in table("query").items():
        # an elaboration ("专精特新" → "专精特新中小企业") is no abbreviation: the typed word stays
        if short in text and full not in text and short not in full:
            text = text.replace(short, full)
    return text


def _shortened_out(text: str) -> str:
    """`text` with each shortened form written out ("规上" → "规模以上": its characters stand in
    the full name, in order); a synonym of other words ("上市企业" / "上市公司") stays as printed."""
    for short, full in table("query").items():
        if (short in text and len(full) > len(short) and short not in full
                and re.search(".*?".join(map(re.escape, short)), full)):
            text = text.replace(short, full)
    return text


@lru_cache(maxsize=256)
def _asked_by_head(question: str, also: str) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """(head, its (qualifier, reading) pairs) of the question read in full and as `also`, in the
    order first met: the question's side of `other_qualifier`, read once per question."""
    # an abbreviation is read in full ("规上" is "规模以上": its characters say nothing alone)
    forms = [t for t in dict.fromkeys((_expanded(question), also)) if t]
    asked: dict[str, list[tuple[str, str]]] = {}
    for text in forms:
        for head, qualifier in asked_qualifiers(text):
            asked.setdefault(head, []).append((qualifier, text))
    return tuple((head, tuple(readings)) for head, readings in asked.items())


def other_qualifier(question: str, clause: str, *, also: str = "", sentence: str = "") -> str:
    """The measure the clause states in place of the asked one ("蔬菜播种面积" for "水果播种面积"),
    or "" when the clause may answer (module doc). `also`: the question with abbreviations
    expanded; the question is read with the synonym table's full names and as `also`, and a
    head is vetoed only when every reading's qualifier differs. `sentence`: the clause's
    sentence; a clause that names no head ("总量全省第二") is read by the clause before it that
    does, and a part of the asked qualifier said elsewhere in the sentence ("“惠企通”平台…，
    累计…无感兑现资金") is no difference."""
    if not question or not clause:
        return ""
    asked = _asked_by_head(question, also)
    if not asked:
        return ""
    # the clause read with the same full names ("高新区规上工业总产值": its 规上 is the 规模以上 asked)
    said = _shortened_out(re.sub(r"[“”\"\s]", "", sentence or clause))
    for head, readings in asked:
        found = _clause_heads(_shortened_out(_subject_clause(clause, sentence, head)), head)
        if not found:
            continue
        vetoing = [q for q in found if all(_differs(a, q, text, said) for a, text in readings)]
        if len(vetoing) == len(found):
            return re.sub(r"[“”\"]", "", vetoing[0]) + head
    return ""


def _subject_clause(clause: str, sentence: str, head: str) -> str:
    """The clause itself when it states a figure of `head`, else the last clause before it in
    its sentence that does (the subject a bare "增长41.3%" speaks of); "" when none does."""
    if _clause_heads(clause, head) or not sentence or clause not in sentence:
        return clause
    parts = re.split(r"[，,；;：:]", sentence[: sentence.index(clause)])
    return next((p for p in reversed(parts) if _clause_heads(p, head)), "")


# "超长期国债、专项债这些上级资金": members, a closing word, then the category they belong to
_LIST_CLOSURE = re.compile(r"(?:这些|那些|这类|那类|这几类|这几项|之类|一类|等等|等)(?=[\u4e00-\u9fff]*$)")


def listed_qualifier(asked: str) -> tuple[str, str] | None:
    """(members, category) when the asked qualifier names a category by some of its members
    ("超长期国债专项债这些上级" → ("超长期国债专项债", "上级")); None for a plain qualifier."""
    m = None
    for m in _LIST_CLOSURE.finditer(asked):
        pass
    if m is None or m.start() < 2:
        return None
    return asked[: m.start()], asked[m.end():]


# the year's flow said before a head whose stock the same sentence gives ("新认定…企业19家、总数达到86家")
_FLOW = re.compile(r"新认定|新增|新培育|新引进|新获批|净增|新评定|新入选")
_STOCK = re.compile(r"总数|总量|累计|共有|总计")


def _in_order(short: str, text: str, gap: int = 4) -> bool:
    """Every character of `short` in `text` in order, at most `gap` characters apart: members
    recalled by their short names ("超长期国债专项债" of "超长期特别国债、…专项债券")."""
    for start in (i for i, ch in enumerate(text) if ch == short[0]):
        at = start
        for ch in short[1:]:
            nxt = text.find(ch, at + 1, at + 2 + gap)
            if nxt < 0:
                break
            at = nxt
        else:
            return True
    return False


def _one_of_joined(asked: str, written: str) -> bool:
    """"城镇和农村居民" written, "城镇居民" or "农村居民" asked (round 62c): members joined before
    their shared noun, the figures after 分别 each one's; the asked one is among them."""
    parts = [p for p in re.split(r"[和与及、]", written) if p]
    if len(parts) < 2:
        return False
    last = parts[-1]
    # (what the asker says before, "我区…", is no part of the members)
    return asked.endswith(last) or any(m in asked and (rest := asked[asked.index(m) + len(m):]) and last.endswith(rest)
                                       for m in parts[:-1])


def _differs(asked: str, written: str, question: str, said: str) -> bool:
    """The clause's qualifier misses two adjacent characters of the asked one and names a
    character the question does not. When the sentence says the missing part elsewhere ("“惠企
    通”平台…，累计…无感兑现资金"), the clause's own qualifier must name two such characters.
    A category asked by some of its members ("X、Y这些上级资金") is the printed list of that
    category ("争取X、Z、Y等上级资金") when the sentence holds every member asked and the clause
    the category: a list printed may name more members than the question recalls."""
    if _one_of_joined(asked, written):
        return False
    listed = listed_qualifier(asked)
    if listed is not None:
        members, category = listed
        if _in_order(members, said):
            return False  # the members recalled stand in the sentence: its figure is theirs, category said or not
        return bool(_missing_run(members, said)) or bool(_missing_run(category, written))
    extra = _missing_run(written, asked + "、")
    if not extra and not any(ch not in question and ch != "、" for ch in written):
        return False
    flow = _FLOW.match(written)
    if extra and flow and extra in flow.group(0) and _STOCK.search(question) and _STOCK.search(said):
        # "高企总数多少" of "新认定国家高新技术企业19家、总数达到86家" (round 59g): the year's new ones
        # and the total of the same head stand together; the total asked is printed beside
        return False
    held, run = written, _missing_run(asked, written)
    while run and run in said:
        held += run
        run = _missing_run(asked, held)
    if run:
        return True
    return bool(_missing_run(asked, written)) and bool(extra)
