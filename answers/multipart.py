"""Questions that ask several things at once: two figures ("新改建多少公里，危桥改造多少座"),
or one figure for several named regions ("南昌和全省…分别"). Each part is answered on its own,
taking the question's year and region when it names none, and the answers are joined."""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from core.ledger_words import MONTH
from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.period_docs import part_of_year, part_said
from answers.rank_asks import RANK_PRINTED
from answers.compose import Answer, Evidence, fit, source_line
from answers.each_member import each_member
from answers.ellipsis import (before_a_target, measure_of_before, names_nothing, only_a_measure, own_kind,
                              regions_only, without_subarea)
from answers.evidence import NUMBER, clauses_of, same_measure, unit_of
from answers.question import TARGET_CUES, Question
from answers.years import YearRef, anchor_year, parse_years
from answers.year_spans import span_said
from answers.regions_fanout import across_regions
from answers.report_facts import answer_from_reports
from answers.sentence_checks import checked_in_sentence
from answers.target_actual import kind_of_another_year, kind_unsaid
from answers.understanding import understand
from answers.wording import ACTUAL, offered_figure
from core.synonyms import table
from prompts import answers as P


_ASK = re.compile(r"(多少|几|哪[一二两三四五六七八九十几]{1,2}[个所家项条座件类样](?!.*(?:多少|几))|哪一?(?:版|年)|多大|多高|多快|多长|多远|是不是|对不对|对吗|是否|(?:增长|上升|上涨|提高|增加|涨)了?还是(?:下降|下滑|减少|降低|回落|跌)了?)")
# "固投是增长还是下降": the direction asked is answered by the figure with its own verb
# ("下降5.9%"), so it is asked as the change's figure
_DIRECTION = re.compile(r"(?:是)?(?:增长|上升|上涨|提高|增加|涨)了?还是(?:下降|下滑|减少|降低|回落|跌)了?")
# "…目标多少 B呢": a part that only names another subject asks the same as the part before
_FOLLOW_UP = re.compile(r"呢\s*[？?。]?\s*$")
_FOLLOW_LEAD = re.compile(r"^\s*(?:然后|接着|顺便)?\s*(?:那么|那|还有|另外|再问(?:一)?下?|再看(?:一)?下|再查(?:一)?下|再看看|再帮我看(?:一)?下|看(?:一)?下)\s*")
# "然后再看一下南昌市的": moving on to another subject, said with no question word at all
_MOVING_ON = re.compile(r"^\s*(?:然后|接着|顺便)?\s*(?:再问(?:一)?下?|再看(?:一)?下|再查(?:一)?下|再看看|再帮我看(?:一)?下)")


# "跟2023年比呢" / "和南昌相比呢" / "比起赣州呢": the same asked of what is compared with
_COMPARED_WITH = re.compile(r"^\s*(?:那|那么)?\s*(?:跟|和|与|同|比起|对比)\s*(?P<what>[^，,？?。]{1,12}?)\s*(?:相比|比较|对比|比)?(?:的话|来说)?\s*(?=呢\s*[？?。]?\s*$)")


def follow_up(part: str) -> bool:
    """"固投呢" / "那南昌呢" / "然后再看一下南昌的": no question word of its own, only a
    subject and 呢, or a subject after words of moving on."""
    return (bool(_FOLLOW_UP.search(part)) or bool(_MOVING_ON.match(part))) and not _ASK.search(part)


# an ask word, its measure, then a new year or a new opening with no stop between
# ("今年新改建多少公里去年修了多少", "目标几个点那固投呢"): two questions run together
_UNPUNCTUATED = re.compile(
    r"((?:多少|几)(?:个点|个百分点)?(?:万亿|亿|万|千|百)?(?:美元|元|公里|平方公里|千米|米|吨|斤|亩|公顷|人次|人|户|家|个|套|项|所|座|条|台|场|件|名|次|辆|批|床|%)?"
    r"(?:呀|啊|呢|吗)?)(?=\s*(?:(?:19|20)?\d{2}\s*年|今年|去年|前年|明年|那么|那|还有|另外|再问|顺便|然后|接着|再看|再查))")


_ASK_END = re.compile(_UNPUNCTUATED.pattern.split(")(?=\\s*")[0] + ")")


# a counter word ends the ask: the noun right after it is what is counted, not a new question
_COUNTER_END = re.compile(r"(?:个|家|项|座|所|条|台|名|辆|批|套|件|场|户|床)$")


def _run_together(text: str) -> str:
    """"24年江西GDP目标多少南昌多少": an ask word followed, with no stop, by words that ask
    again (another 多少/几, or 呢 at the end) ends a question; a stop is put there."""
    out, last = [], 0
    for m in _ASK_END.finditer(text):
        rest = text[m.end():]
        if rest.startswith("点"):
            continue  # "几点几版" / "多少点几": one number asked with its decimals
        if re.match(r"[A-Za-z]", rest):
            continue  # "创几A" / "多少GWh": a Latin unit after the ask word is the figure's (round 59b)
        if m.group(0).startswith("几") and re.search(r"(?:^|年|[\s，,：:])$", text[: m.start()]):
            continue  # "赣州22年几个博览会…签约项目多少个": "几个" with no verb before it says "the few"
        upto_stop = re.split(r"[\s，,。？?；;！!]", rest, maxsplit=1)[0]
        if ((_COUNTER_END.search(m.group(0)) or not re.search(r"呢$", upto_stop))
                and re.match(r"[\u4e00-\u9fff]", rest) and not re.search(r"多少|几", upto_stop)):
            # "新选多少个省级村点 改厕多少户": what is counted follows its counter, up to a stop;
            # "累计多少家占全省比重多少" asks again before any stop: two questions
            # "翻新多少老小区，涉及多少户": the counter left out, what is counted is still the noun
            continue
        if (re.match(r"[\u4e00-\u9fffA-Za-z]", rest) and len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2
                # asked again before the next stop: "打算改造多少老旧小区，涉及多少户" is one ask
                # up to its comma, the comma splits the rest
                and re.search(r"多少|几|呢\s*[？?。]?\s*$", re.split(r"[，,。；;？?！!]", rest, maxsplit=1)[0])):
            out.append(text[last:m.end()] + "，")
            last = m.end()
    out.append(text[last:])
    return "".join(out)


# "（1）…（2）…" / "1.…2.…" / "①…②…" / "一是…二是…": a list of questions, one per item
_ITEM = re.compile(r"[（(]\s*[1-9一二三四五六七八九]\s*[)）]|[①-⑨]|"
                   r"(?:^|(?<=[？?。；;，,！!\s]))\s*(?:[1-9]\s*[.、．](?!\d)|[一二三四五六七八九]是)")


def listed_items(text: str) -> list[str]:
    """The items of a numbered list of questions, when there are two or more."""
    marks = list(_ITEM.finditer(text))
    if len(marks) < 2 and not (marks and marks[0].start() > 0):
        return []
    bounds = [m.start() for m in marks] + [len(text)]
    head = text[: bounds[0]].strip(" ，,。；;")
    items = [text[m.end(): bounds[i + 1]].strip(" ，,。；;") for i, m in enumerate(marks)]
    if head:
        items.insert(0, head)
    items = [i for i in items if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", i)) >= 2]
    return items if len(items) >= 2 else []


_NAMED_ASK = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}(?:目标|指标|目标值|任务数)\s*$")
_CONFIRMING = re.compile(r"(?:吧|吗|么|呢|对不对|是不是|对吗|是吧)\s*$")
# ("24年目标社零涨6.5%左右，那23年实际涨了多少": a year of its own after 那 asks of that year)
_RESULT_OPENS = re.compile(r"\s*(?:那|但)?(?:最后|最终|后来|结果|实际上?)|\s*那(?:么)?\s*(?:(?:19|20)?\d{2}\s*年|去年|前年|上年|今年)")


# a part that says it asks what was done ("城镇化率去年完成多少", round 63c): another part's 目标 is not its
_ACTUAL_SAID = re.compile(r"实际|完成(?:了)?(?:多少|几)|(?:达到|实现)了")


def separate_asks(text: str) -> list[str]:
    """"农村公路新改建多少公里，危桥改造多少座": two figures asked in one message, one per part.
    Parts without a question word join the next part ("24年江西，GDP目标多少"). A numbered
    list ("（1）…（2）…") is one question per item."""
    items = listed_items(text)
    if items:
        return items
    if joined := _measures_joined(text):
        return joined
    if each := _each_typed_apart(text):
        return each
    if apart := _things_typed_apart(text):
        return apart
    text = _UNPUNCTUATED.sub(r"\1，", text)
    text = _run_together(text)
    # (each piece with whether "还有/另外/以及" opened it: "…减负多少 还有净增市场主体目标" asks
    # the second thing as the first, its question word left unsaid)
    pieces: list[tuple[str, bool]] = []
    for chunk in re.split(r"[，,；;？?！!]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", text):
        for k, p in enumerate(re.split(r"以及|另外|还有|顺便", chunk)):
            if p.strip():
                pieces.append((p, k > 0 or chunk.startswith(("以及", "另外", "还有", "顺便"))))
    parts: list[str] = []
    pending = ""
    opening = ""
    for i, (p, joined) in enumerate(pieces):
        # "22年GDP定的7%以上 最后实际完成多少": a figure said as known before what became of it is
        # the premise of the next piece, not a figure offered to be confirmed
        premise = (i + 1 < len(pieces) and _RESULT_OPENS.match(pieces[i + 1][0]) is not None
                   and not _CONFIRMING.search(p))
        if (also := _also_requested(p)) and (parts or _asks_alone(pending)):
            # "…多少？顺便把X也帮我找一下": a second thing asked as a request, no question word
            # of its own: it asks what the part before asked, of X
            if pending:
                parts.append(pending)
                pending = ""
            parts.append(f"{also}呢")
            continue
        if not parts and pending and follow_up(p) and len(re.findall(r"[\u4e00-\u9fff]", pending)) >= 4:
            # "23年全省gdp实际增速 南昌呢" (round 66g): a terse ask with no question word, then the
            # same asked of another subject
            parts.append(pending)
            pending = ""
        pending += ("，" if pending else "") + p  # "请问一下，24年…": the opening stays apart
        # "…是3000公里对吗": a figure offered to be confirmed is asked as much as "多少"
        # "帮我看下今年新增就业目标，还有失业率要控制在多少" (round 53b): a target named, then
        # "还有" opening the next ask: the named target is asked too
        named_then_more = i + 1 < len(pieces) and pieces[i + 1][1] and _NAMED_ASK.search(p) is not None
        if (_ASK.search(p) or named_then_more or (offered_figure(p)[1] and not premise) or (parts and follow_up(p))
                or (parts and joined and len(re.findall(r"[\u4e00-\u9fff]", p)) >= 4)):
            if not parts and pending != p:
                opening = pending[: -len(p)].rstrip("，")
            parts.append(pending)
            pending = ""
    if pending and parts:
        parts[-1] += "，" + pending
    if opening and len(opening) <= MAX_OPENING and not _YEARS_SAID.search(opening):
        # "赣服通这个平台，21年上线的是几点几版，23年上线的又是哪一版": the subject said first,
        # alone, is every part's, not the first one's only
        parts[1:] = [p if opening in p else f"{opening}，{p}" for p in parts[1:]]
    return parts if len(parts) >= 2 else []


_MEASURE = r"(?:总量|总额|规模|增速|增幅|增长|占比|比重|总数|数量|排名|位次)"
_MEASURES_JOINED = re.compile(r"^(?P<head>.*?[\u4e00-\u9fffA-Za-z])(?P<m1>" + _MEASURE + r")(?:和|及|跟|与|还有|以及|、)"
                              r"(?P<m2>" + _MEASURE + r")(?P<ask>(?:分别|各)?(?:是|为|有)?(?:多少|几|咋样|怎么样)?)\s*[？?。！!]*\s*$")


# a total asked after a count of the year's new ones: the verb of adding is not the total's
_STOCK_ASKED = re.compile(r"总数|总量|累计|总共|一共|共有")
_FLOW_VERB = re.compile(r"新(?:增|认定|建|引进|培育|开工|设立|登记|获批|入选|创建|组建|签约|落地|开通|改建)(?:的)?")


def _measures_joined(text: str) -> list[str]:
    """"去年gdp总量和增速" (round 54c): two measures of one thing joined, asked as two parts
    ("去年gdp总量多少", "去年gdp增速多少")."""
    m = _MEASURES_JOINED.match(text.strip())
    if not m or m.group("m1") == m.group("m2"):
        return []
    ask = m.group("ask") if re.search(r"多少|几|咋样|怎么样", m.group("ask")) else "多少"
    ask = re.sub(r"^(?:分别|各)", "", ask)
    return [f"{m.group('head')}{m.group('m1')}{ask}", f"{m.group('head')}{m.group('m2')}{ask}"]


# "顺便把X也帮我找一下" / "X也帮我看看" / "再帮我查下X": a request that names another thing; the
# request words (a signal of "too" or "also": 顺便/也/再/一起/同时) and the verb of looking are dropped
_ALSO_SIGNAL = re.compile(r"顺便|同时|此外|一起|一并|也|再")
_ALSO_REQUEST = re.compile(
    r"^\s*(?:顺便|同时|此外|另外|还有)?\s*(?:也|再)?\s*(?:帮我|帮忙|麻烦|给我|请)?\s*(?:也|再|一起|一并)?\s*"
    r"(?:(?:查|找|看|核|问|翻|报)(?:一下|下|一查|一找|一看|看|查|找)?(?:一下)?\s*)?(?:把|将)?"
    r"(?P<what>.+?)"
    r"\s*(?:也|再|一起|一并)?\s*(?:帮我|帮忙|麻烦|给我)?\s*(?:也|再|一起|一并)?\s*"
    r"(?:(?:查|找|看|核|问|翻|报)(?:一下|下|一查|一找|一看|看|查|找)?(?:出来|给我)?)?\s*(?:呗|吧|啊|呀|哈)?\s*$")
_LOOK_VERB = re.compile(r"(?:查|找|看|核|问|翻|报)(?:一下|下|一查|一找|一看|看|查|找)?")


def _also_requested(piece: str) -> str:
    """What a request for "also X" names ("顺便把固投也帮我找一下" → 固投), or ""."""
    if _ASK.search(piece) or not _ALSO_SIGNAL.search(piece) or not _LOOK_VERB.search(piece):
        return ""
    m = _ALSO_REQUEST.match(piece)
    if not m or m.group("what") == piece.strip():
        return ""
    what = m.group("what").strip()
    named = re.sub(r"帮我|帮忙|麻烦|给我|一起|一并|顺便|也|再|都", "", _LOOK_VERB.sub("", what))
    return what if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", named)) >= 2 else ""


def _asks_alone(pending: str) -> bool:
    """A part before a request that asks by a question word (the first ask, not an opening)."""
    return bool(pending) and bool(_ASK.search(pending))


MAX_OPENING = 20  # a longer opening is a statement of its own, not a subject
_EACH_ASKED = re.compile(r"\s+(?:各|分别|各自)(?:是|为|有|定的)?(?:多少|几)[？?]?\s*$")


def _followed_items(part: str) -> list[str]:
    """The items of a follow-up naming several things ("独角兽，瞪羚呢" → 独角兽, 瞪羚); [] for one."""
    bare = re.sub(r"(?:呢|的呢|呐)?\s*[？?。！!]*\s*$", "", part.strip())
    items = [i for i in re.split(r"[，,、\s]+|(?<=[\u4e00-\u9fff])[和及与](?=[\u4e00-\u9fff])", bare) if i]
    if not 2 <= len(items) <= 4 or any(len(i) > 8 or _ASK.search(i) or not re.search(r"[\u4e00-\u9fff]", i) for i in items):
        return []
    return items


def _each_typed_apart(text: str) -> list[str]:
    """"22年海绵城市达标比例 装配式建筑占比 各多少": items typed apart by spaces, then one ask
    for each; the first item's year goes with the others."""
    m = _EACH_ASKED.search(text)
    items = text[: m.start()].split() if m else []
    if len(items) < 2 or len(items) > 4:
        return []
    year = _YEARS_SAID.match(items[0])
    lead = year.group(0) if year else ""
    return [(lead if i and not _YEARS_SAID.search(p) else "") + p + ("" if _ASK.search(p) else "是多少")
            for i, p in enumerate(items)]


# "22年棚改 保租房开工多少": two things typed apart by a space, then one verb of making or
# adding and the ask for both (round 42a r42a-049); growth verbs are left out: "鹤屿 gdp增长多少"
# is a place and its indicator
_THINGS_APART = re.compile(
    r"^(?P<year>(?:(?:19|20)?\d{2}\s*年|今年|去年|前年|明年)?)\s*(?P<a>[\u4e00-\u9fff]{2,6})\s+"
    r"(?P<b>[\u4e00-\u9fff]{2,6}?)(?P<ask>(?:新)?(?:开工|新建|新增|筹集|改造|建设|建成|引进|培育|认定)(?:了)?"
    r"(?:多少|几)[\u4e00-\u9fff]{0,2}\s*[？?]?)\s*$")
_NOT_A_THING = re.compile(r"(?:省|市|县|区|州|镇|乡)$|^(?:全|我|本|咱)|今年|去年|明年|那个|这个|请问|帮我|麻烦|多少|几")


def _things_typed_apart(text: str) -> list[str]:
    """The two asks of "A B开工多少" (the year said first goes with both); [] when A may be a
    place or a filler."""
    m = _THINGS_APART.match(text.strip())
    if not m or _NOT_A_THING.search(m.group("a")) or _NOT_A_THING.search(m.group("b")):
        return []
    from core.places import CITIES, PROVINCES

    if m.group("a") in CITIES or m.group("a") in PROVINCES:
        return []
    return [f"{m.group('year')}{m.group('a')}{m.group('ask')}", f"{m.group('year')}{m.group('b')}{m.group('ask')}"]


# "X和Y的目标分别是": two subjects sharing one measure, asked together
# (the shared ending never starts inside a Latin name: "…和设区城市PM2.5浓度分别")
_BOTH = re.compile(r"^(?P<left>.+?)(?:和|与|及|、)(?P<right>[^和与及、]+?)(?P<tail>(?<![A-Za-z\d.])的?[^和与及、的]{0,6}?)(?:分别|各自|各)(?:是|为|有|定的|定了)?(?:多少|几)?")


# "A跟B的目标定的多少" / "A和B目标各多少": no 分别, so the shared ending is read by its
# grammar (的 + target word + measure + 各/分别 + verb + ask), and what stands before it is B
_JOIN = re.compile(r"以及|[和与跟及、]")
_SHARED_TAIL = re.compile(
    r"^(?P<right>.+?)(?P<tail>的?(?:主要)?(?:预期)?(?:目标|计划|任务|指标)?(?:值)?"
    r"(?:增长|增速|增幅|占比|比重|规模|总量|总额)?(?:分别|各自|各)?(?:是|为|有|定的|定了|定为|要)?)"
    r"(?:多少|几)(?P<unit>[\u4e00-\u9fff%]{0,4})[？?。!！]?$")


# a thing counted by its facility's noun, named in three characters (停车位, 充电桩, 幼儿园, 养老院)
_THING_OF_THREE = re.compile(r"[\u4e00-\u9fff]{2}[桩位站场馆园院校厂点桥房床楼室岗库塘井]")


def named_in_full(subject: str, *, short_form_anywhere: bool = False) -> bool:
    """Four characters or more, a Latin abbreviation ("GDP", "R&D") or a short form of the
    synonym table ("社零", "固投"): a whole indicator, not half of one ("城镇和农村居民…").
    A list item ends with its short form; a comparison's side may carry words after it
    (`short_form_anywhere`: "社零增速")."""
    if len(re.findall(r"[\u4e00-\u9fff]", subject)) >= 4 or re.search(r"[A-Za-z]{2,}", subject):
        return True
    if _THING_OF_THREE.fullmatch(subject):
        return True  # "停车位和充电桩各要新建多少" (round 52b): a facility named in three characters
    if short_form_anywhere:
        return any(short in subject for short in table("query"))
    return any(subject.endswith(short) for short in table("query"))


# "GDP、固投、社零目标分别是多少": three or more subjects in a list, one shared measure
_LISTED = re.compile(
    r"^(?P<items>[^、，,？?]+(?:、[^、，,？?]+)+?(?:(?:和|及|以及|、)[^、，,？?和及]+?))"
    r"(?P<tail>的?(?:主要)?(?:预期)?(?:目标|计划|指标)?(?:值)?(?:增长|增速|增幅|占比|比重|规模|总量|总额)?)"
    r"(?:分别|各自|各)(?:是|为|有|定的|定了)?(?:多少|几)(?P<unit>[\u4e00-\u9fff%]{0,4})[？?。!！]?$")


def _listed_subjects(text: str) -> list[str]:
    m = _LISTED.match(text)
    if not m:
        return []
    items = [i for i in re.split(r"以及|[、和及]", m.group("items")) if i.strip()]
    if len(items) < 3 or not all(named_in_full(re.sub(r"^(?:(?:19|20)?\d{2}\s*年|今年|去年|明年)", "", i)) for i in items):
        return []
    return [f"{i}{m.group('tail')}多少{m.group('unit')}" for i in items]


# a subject that ends in its own measure ("…浓度", "…比率", "…产量"): no shared ending is its
_ENDS_IN_MEASURE = re.compile(r"(?:浓度|比率|比例|比重|占比|面积|产量|总量|规模|增速|增幅|收入|总额|金额|投资额|人数|个数|数量)$")


_DEFINITION_ASKED = re.compile(r"指的?是|是指|指什么|指啥|什么意思|啥意思|哪几(?:个|项|类|种|方面)(?!.*多少)|哪些(?!.*多少)")


def separate_subjects(text: str) -> list[str]:
    """"22年城镇新增就业和创业担保贷款的目标分别是" → one ask per subject, the shared measure
    ("的目标") on each. Only when both subjects are named in full (four characters or more),
    so "城镇和农村居民收入分别增长" stays one ask: the report states them in one clause.
    Three or more in a list ("A、B、C的目标分别") the same way. A definition or a list asked
    ("四融一共和美乡村 那个四融一共指的是哪几个") is no pair of figures: 和 may stand inside a name."""
    if _DEFINITION_ASKED.search(text):
        return []
    listed = _listed_subjects(text)
    if listed:
        return listed
    m = _BOTH.match(text)
    if m:
        left, right, tail = m.group("left"), m.group("right"), m.group("tail")
        subject = re.sub(r"^(?:(?:19|20)?\d{2}\s*年|今年|去年|明年)", "", left)
        if named_in_full(subject) and named_in_full(right):
            if _ENDS_IN_MEASURE.search(left) and not tail.startswith("的"):
                # "PM2.5浓度和优良天数比率分别": the left names its own measure; what the
                # match took as a shared ending is the end of the right's name
                return [f"{left}多少", f"{right}{tail}多少"]
            return [f"{_ended(left, tail)}多少", f"{right}{tail}多少"]
    return _joined_subjects(text)


def _joined_subjects(text: str) -> list[str]:
    """"24年A跟B的目标定的多少": split at the first joiner; the shared ending goes to both."""
    j = _JOIN.search(text)
    if not j:
        return []
    left, rest = text[: j.start()], text[j.end():]
    m = _SHARED_TAIL.match(rest)
    if not m or _JOIN.search(m.group("right")):
        return []
    right, tail, unit = m.group("right"), m.group("tail"), m.group("unit")
    tail = re.sub(r"(?:分别|各自|各)", "", tail)
    subject = re.sub(r"^(?:(?:19|20)?\d{2}\s*年|今年|去年|明年)", "", left)
    if not (named_in_full(subject) and named_in_full(right)):
        return []
    return [f"{_ended(left, tail)}多少{unit}", f"{right}{tail}多少{unit}"]


def _ended(left: str, tail: str) -> str:
    """The left subject with the shared ending, unless it already ends so: "社零总额和外贸进出口
    总额分别" shares 总额, which 社零总额 has typed (not "社零总额总额")."""
    bare = tail.lstrip("的")
    return left if bare and left.endswith(bare) else f"{left}{tail}"


# a part that names only a measure ("增长多少", "占比多少") and no subject of its own
_MEASURE_ONLY = re.compile(r"(?:完成率|完成比例|完成进度|进度|占|增长|增速|增幅|下降|降低|提高|提升|减少|增加|占比|比重|总数|总量|总额|总值|规模|累计|同比|比上年|突破|达到|到了?)+")
# a part that names only what was done ("去年修了多少", "完成多少", "新建几个"): its subject
# is the part before's, and a done verb asks what was done, not the target
# (staff's one-character verbs: "改了多少个…今年计划改多少" for 改造, "增" for 新增, round 25b)
_DOING_ONLY = re.compile(r"(?:实际)?(?:又|再|一共|共|总共|累计)?(?:新改建|新建|改建|改造|改了?|修建|修了?|装了?|种了?|增了?|建成|建了?|完成了?|新增|实现了?|办了?|搞了?|做了?|干了?|开工|投产|上线|投用|启用|开通|通车|引进|落地|发放了?|发了?|放了?|投了?|花了?|用了?|招了?|引了?|"
                         # "21年实际减了多少" after "…减负目标多少": what was cut (round 35b r35b-050)
                         r"减了?|省了?|压了?|压减了?|降了?|砍了?|缩了?)(?:了)?")
# "减了多少" / "省了多少" of a 减负 asked before: the amount itself, the verb no word to find
# (the review prints "为市场主体减负超1700亿元"; a lone 减 in the words lost that sentence)
_CUT_ASKED = re.compile(r"(?:减|省)了?(?=\s*(?:多少|几))")
_DONE_VERB = re.compile(r"(?:完成|修了|建了|建成|实现了|办了|搞了|做了|干了|发了|发放了|放了|投了|花了|用了|招了|引了|减了|省了|压了|降了|实际)")
# the source a part names ("21年分工方案里", "22年报告里"): later parts that name none keep it
_SOURCE = re.compile(r"(?:分工方案|责任分工|台账|方案|报告)(?:里|中|上)")
_TABLE_SOURCE = "分工方案里"
# the source's own words in a topic ("分工方案 城镇新增就业"): no part of the subject passed on
_SOURCE_WORDS = re.compile(r"(?:(?:省)?政府工作报告|(?:重点工作)?(?:责任)?分工方案|台账|方案|报告)(?:里|中|上)?")
# words that leave a part without a subject of its own ("22年报告里又是多少")
# "油茶新造": a thing, then the work done on it
_HEAD_BEFORE_VERB = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:新造|新建|新增|改造|建设|完成|种植|新种|栽植|培育|提升|实施|推广)$")
# "一个补多少钱" / "每户奖多少": an amount per item of the subject before
_PER_ITEM = re.compile(r"(?:一个|每个|每人|每户|每家|每所|每台|每辆|一人|一户|一家)(?:补|奖|给|发|贴)(?:贴|助|补|励)?(?:元)?")
_NO_SUBJECT = re.compile(r"(?:又|还|再|那|也|呢|分别|各|后来|最后|最终|结果)")
# what a part says of a figure without naming what it is of ("2024年要求稳定在多少以上",
# "计划多少公里", "增长目标是多少"): the target's cue words, the bound, the measure asked
_CUES_ONLY = re.compile(r"(?:要求|稳定在|保持在|控制在|力争|确保|争取|计划|目标|预期|预计|以上|以下|以内|左右|达到|"
                        r"定在|定为|定的|定了|设定|安排|提出|要|是|的|为|在|到)+")
# a result or forecast word of the part before is no part of its subject ("…预计增长多少")
_NOT_SUBJECT = re.compile(r"预计|实际|预期|大概|大约")
_MEASURE_TAIL = re.compile(r"(?:\s+[^\s]{1,2})?\s*(?:增长|增速|增幅|下降|提高|减少|增加|占比|比重|总数|总量)*$")


_ONE_MONTH_SAID = re.compile(rf"(?<![\d—\-~至到]){MONTH}月(?:份)?(?![底末前\d])")
_ANY_MONTH = re.compile(r"\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月")
# "…多少人次 然后旅游综合收入是多少": a word that moves on opens a part; it names nothing
_CONNECTIVE = re.compile(r"^\s*(?:然后|接着|另外|再就是|以及|顺便)(?:呢)?\s*[，,]?\s*(?=[\u4e00-\u9fffA-Za-z\d])")


def per_ask(ctx: Any, q: Question, parts: list[str], docs: list[B.Doc], today: dt.date,
             region: str | None) -> Answer:
    """One answer per asked figure; a part without its own year or region takes the question's."""
    answers = []
    prev_topic = ""
    prev: Question | None = None
    prev_source = ""
    queue = list(parts)
    anchor = anchor_year(q.text)  # the year 今年 stands for, when the question fixes it
    span = span_said(parts[0]) if parts else ""  # "十五五末GDP要到多少亿 城镇化率到多少": both over the span
    # "上半年重点项目完成投资多少，占年度计划多少": both of the part of the year the first names
    period = part_said(parts[0]) if parts else ""
    # "十月份重点项目累计完成投资多少 占年度计划百分之几" (round 63g): both of that month's ledger row
    month = _ONE_MONTH_SAID.search(parts[0]) if parts and not period else None
    while queue:
        part = queue.pop(0)
        if span and not span_said(part) and parse_years(part).empty:
            part = span + part
        if period and not part_of_year(part) and parse_years(part).empty:
            part = period + part
        if month and not _ANY_MONTH.search(part) and parse_years(part).empty:
            part = month.group(0) + part
        if answers and (paired := each_member(part, answers[-1])) is not None:
            answers[-1] = paired  # "…低保标准提到多少 城市农村各多少": the 分别 clause's members
            continue
        if prev is not None and follow_up(part) and len(items := _followed_items(part)) >= 2:
            # "…高新技术企业新增目标多少家？独角兽 瞪羚呢": each item asked as the part before, one by one
            queue[:0] = [f"{item}呢" for item in items]
            continue
        again = prev is not None and follow_up(part)
        asked = _CONNECTIVE.sub("", _DIRECTION.sub("增长多少", part))
        if again:
            asked = _COMPARED_WITH.sub(lambda m: m.group("what"), _FOLLOW_LEAD.sub("", asked))
        sub, _ = understand(ctx, asked, region=region)
        if prev is not None and sub.also_regions and regions_only(part, [sub.region, *sub.also_regions]):
            # "…目标多少，南昌和赣州呢": the same asked of each region, one part each
            queue[:0] = [f"{r.mentioned}呢" for r in [sub.region, *sub.also_regions]]
            continue
        # "…22年计划多少个，24年多少个" / "2024年分别填多少" / "2023年的数字呢": only a year or region
        # said (what was done, "实际完成多少", is read below as the same subject's result)
        inherits = (prev is not None and names_nothing(part, sub.region.mentioned)
                    and not _DONE_VERB.search(part))
        if inherits and prev_topic and _BOUND.search(part):
            # "PM2.5去年多少 今年要控制在多少以内": the subject before, asked with this part's own
            # year and bound; the part before's words would lose the bound that finds the target
            sub, _ = understand(ctx, _with_subject(asked, prev_topic), region=region)
            inherits = False
        if inherits:
            again, sub = True, replace(sub, topic="")
        source = _SOURCE.search(part)
        if source is None and prev_source and not ACTUAL.search(part):
            # a result asked ("实际发了多少") is never the table's: a plan holds what was set
            # "21年分工方案里A多少，B多少": B is asked of the table named before it
            sub = replace(sub, text=f"{sub.text} {prev_source}")
        prev_source = source.group(0) if source else prev_source
        if not again and prev is not None and sub.region.mentioned and not _own_subject(sub):
            # "…目标是多少，南昌的是多少": only a region named, the rest asked as before
            again = True
        if again and prev is not None:
            sub = _as_before(ctx, sub, prev, region, anchor)
        if inherits:
            sub = own_kind(sub, part)
        bare = _NO_SUBJECT.sub("", sub.topic.replace(" ", ""))
        # no subject at all ("去年完成了多少": every word of it a filler) is the same case
        doing = bool(prev_topic) and (not bare or bool(_DOING_ONLY.fullmatch(bare)))
        if prev_topic and doing:
            # "今年新改建多少公里，去年修了多少": the same subject, the verb adds nothing to find
            # "…21年方案里是多少，22年报告里又是多少": another source named, nothing done
            # asked: the same kind of figure as before, from that source
            same_kind = source is not None and not _DONE_VERB.search(part) and prev is not None and prev.mode == "target"
            sub = replace(sub, topic=prev_topic, text=f"{prev_topic} {_CUT_ASKED.sub('', sub.text)}",
                          intent="target" if same_kind else "fact" if sub.intent == "target" else sub.intent,
                          mode="target" if same_kind else sub.mode)
        elif prev_topic and _PER_ITEM.fullmatch(bare):
            # "普惠托位今年新增多少个 一个补多少钱" (round 68h): the amount each item of the subject
            # before is granted, in the words the documents state it with ("按每个1万元给予…补助")
            sub = replace(sub, topic=f"{prev_topic} 每个 补助", text=f"{prev_topic} 每个补助多少元", intent="fact", mode=None)
        elif prev_topic and sub.region.mentioned and prev is not None and sub.region.name != prev.region.name and (
                _ENDS_IN_MEASURE.fullmatch(bare)):
            # "赣州中心城区PM2.5控制目标多少，全省实际浓度多少": the item before, in the other region
            sub = replace(sub, topic=f"{without_subarea(prev_topic)} {sub.topic}",
                          text=f"{without_subarea(prev_topic)} {sub.text}")
        elif prev_topic and (_MEASURE_ONLY.fullmatch(bare) or _LONE_MEASURE.fullmatch(bare) or _names_nothing(bare, sub.unit_asked)
                             or only_a_measure(part, sub.unit_asked, sub.region.mentioned)):
            # "冬播油菜多少亩，增长多少": the second figure is of the same subject, and is searched
            # with it: "占比多少" alone names nothing, so which passage it finds was a near-tie of
            # the dense ranking ("民生支出多少，占比多少" lost its sentence when that moved)
            # ("新认定的高企有多少家，总数到多少了", round 54c: a total is never the year's new ones)
            subject = _FLOW_VERB.sub("", prev_topic).strip() if _STOCK_ASKED.search(bare) else prev_topic
            sub = replace(sub, topic=f"{subject} {sub.topic}", text=f"{subject} {sub.text}")
        elif (prev_topic and len(bare) <= 2 and not re.search(r"比|较|同比|多增|少增|增加|减少", part)
              and (head := _HEAD_BEFORE_VERB.match(prev_topic.split()[0]))):
            # "油茶今年新造多少亩 低改又是多少" (round 56a): another work on the thing named before
            # (its head without that part's verb), one or two characters said of it
            sub = replace(sub, topic=f"{head.group(1)} {sub.topic}", text=f"{head.group(1)} {sub.text}")
        prev_topic = _NOT_SUBJECT.sub("", _SOURCE_WORDS.sub(" ", _MEASURE_TAIL.sub("", sub.topic))).strip() or prev_topic
        if sub.intent not in ("target", "fact"):
            return answer_from_reports(ctx, q, docs, today)
        # a part with a year of its own other than the part before's, or a done verb with no
        # target cue of its own ("目标多少，去年完成多少"), asks a result: never the question's target
        own_year = not sub.years.empty and prev is not None and (sub.years.explicit, sub.years.relative) != (
            prev.years.explicit, prev.years.relative)
        done = doing and bool(_DONE_VERB.search(part)) and not TARGET_CUES.search(part)
        if sub.years.empty:
            sub = replace(sub, years=q.years)
        elif sub.years.relative and not sub.years.explicit and prev is not None and prev.years.explicit and (
                anchor is not None or any(off != 0 for off in sub.years.relative)):
            # ("25年社零增长了多少 今年目标又是多少", round 70b: 今年 is this year, never the 25年 before it)
            # "22年GDP目标多少，去年实际多少": 去年 counts from the year the question is about; a
            # question that fixes 今年 ("24年省报告…去年…今年", "去年就是二三年…今年") counts from that
            sub = replace(sub, years=_from_year(sub.years, anchor if anchor is not None else prev.years.explicit[0]))
        if not sub.region.mentioned and q.region.name:
            sub = replace(sub, region=q.region)
        if done or (own_year and sub.mode != "target"):
            sub = replace(sub, mode="result" if done else sub.mode, intent="fact")
        elif sub.mode is None and _reviewed_year(q.text, sub.years.explicit):
            # "南昌市2024年政府工作报告：2023年社零预计增长多少，2024年目标多少": a year before
            # the report's own is the one it reviews; another part's target cue is not this one's
            sub = replace(sub, mode="result", intent="fact")
        elif sub.mode is None and q.mode == "target" and not kind_of_another_year(parts, part) \
                and not before_a_target(part, parts) and not _ACTUAL_SAID.search(part):
            sub = replace(sub, mode="target", intent="target")
        elif sub.mode is None and q.mode == "result" and not own_year and kind_unsaid(part):
            # "23年GDP实际多少，增速多少": the kind said once holds for the part of the same year
            sub = replace(sub, mode="result", intent="fact")
        if source is None and not prev_source and answers and answers[-1].tasks and sub.years == q.years:
            # the part before was answered from a table ("2021年重点实施多少个省大中型项目，
            # 年度投资多少"): this part is asked of that table first
            sub = replace(sub, text=f"{sub.text} {_TABLE_SOURCE}")
        prev = sub
        if answers and (counted := _count_in_sentence(part, answers[-1])) is not None:
            # "今年新增学位多少个 新建几所学校" (round 68c): the count stands in the sentence that
            # answered ("新建改扩建中小学、幼儿园6所，新增学位5400个"), not in a progress line elsewhere
            answers[-1] = counted
            continue
        checked = checked_in_sentence(part, answers[-1]) if answers else None
        if checked is not None:
            # "…安排了多少个 投资是不是1万亿": a figure checked of the item just answered, in its
            # sentence, said with the item's figure (answers.sentence_checks)
            answers[-1] = checked
            continue
        nxt = (_next_clause(part, answers[-1]) or _rank_next(part, answers[-1])) if (
            answers and answers[-1].intent != "none") else None
        # "…多少个省大中型项目，一共投多少钱": a measure of the item just answered, in its sentence
        own = measure_of_before(part, sub.unit_asked, answers[-1], region_said=sub.region.mentioned,
                                region_name=sub.region.name) if (
            answers and nxt is None and not again and (sub.unit_asked or _LONE_MEASURE.fullmatch(bare))) else None
        ans = nxt or own or across_regions(ctx, sub, docs, today)
        if ans.intent == "none" and answers and answers[-1].intent != "none" and answers[-1].evidence:
            # "…新选多少个省级村点，农村户厕改造多少户": asked of the sentence the part before was
            # answered from, in other words than the report's ("改造农村户用卫生厕所10万户")
            ans = _sibling_clause(sub, answers[-1]) or ans
            if ans.intent == "none" and not again and not sub.unit_asked:  # "…多少个，投资额多少": no unit
                own = measure_of_before(part, None, answers[-1], region_said=sub.region.mentioned,
                                        region_name=sub.region.name)
                ans = own or ans
        if own is not None and own is not answers[-1] and own.evidence and own.evidence[0].clause.startswith(
                answers[-1].evidence[0].clause.rstrip("。；;，,")):
            answers[-1] = own  # the item's figure and this measure, said once from one span
            continue
        if nxt is not None and answers[-1].evidence and nxt.evidence[0].clause.startswith(
                answers[-1].evidence[0].clause.rstrip("。；;，,")):
            answers[-1] = nxt  # "优良率92.3%，上升6.5个百分点": the figure and its change, said once
            continue
        if _LONE_MEASURE.fullmatch(bare) and prev_topic and ans.intent != "none":
            # "…接待多少人次 收入多少": the measure asked must be the one the clause states
            # ("吞吐量8600万吨" is no 收入), and one clause holding both is said once
            ans = _measure_held(ans, bare, prev_topic)
            if ans.intent != "none" and answers and answers[-1].evidence and ans.evidence and \
                    ans.evidence[0].clause.startswith(answers[-1].evidence[0].clause.rstrip("。；;，,")):
                answers[-1] = ans
                continue
        if answers and _extends(ans, answers[-1]):
            answers[-1] = ans  # "…总量多少亿 增长了多少": one clause holds both, said once
            continue
        if answers and (named := _names_in_sentence(part, answers[-1])) is not None:
            # "…学位多少个，建成的是哪两所学校": the names stand in the sentence that answered, right
            # after the figure; another sentence with the verb alone ("建成鹊岭科创中心") is not them
            answers[-1] = named
            continue
        answers.append(ans)
    return joined(answers)


# "建成的是哪两所学校" / "是哪几个项目": names asked, not a figure
_WHICH_NAMES = re.compile(r"哪[一二两三四五六七八九十几]{1,2}[个所家项条座件类样]|哪些")
# where asked with no verb of its own: "在哪几个村", "都在哪些乡镇", "分别是哪几个"
_WHERE_LEAD = re.compile(r"(?:那|那么)?(?:都|分别|主要|重点|具体)?(?:在|是|放在|落在)?")


# "新建几所学校" / "建多少个": a verb, then a count in its counter
_VERB_COUNT = re.compile(r"^\s*(?:那|那么|另外|还有)?\s*(?:今年|去年|全年)?\s*(?P<verb>[\u4e00-\u9fff]{2})\s*(?:了)?\s*(?:几|多少)\s*(?P<unit>[所个家座条项处])")


def _count_in_sentence(part: str, before: Answer) -> Answer | None:
    """The answer before with its whole sentence quoted, when a part asks a count by a verb the
    sentence prints with a figure in the counter asked ("新建改扩建中小学、幼儿园6所"); None
    otherwise."""
    m = _VERB_COUNT.match(part or "")
    if not m or not before.evidence or before.intent == "none":
        return None
    sentence = before.evidence[0].sentence or ""
    at = sentence.find(m.group("verb"))
    if at < 0 or not re.search(rf"\d+(?:\.\d+)?\s*{m.group('unit')}", sentence[at:at + 40]):
        return None
    if re.search(rf"\d+(?:\.\d+)?\s*{m.group('unit')}", before.evidence[0].clause or ""):
        return before  # the clause shown already holds it
    return _sentence_quoted(before, sentence)


def _names_in_sentence(part: str, before: Answer) -> Answer | None:
    """The answer before with its whole sentence quoted, when a part asking names ("建成的是哪两
    所学校", round 53b) is said of that sentence: its verb stands there before a list."""
    if not _WHICH_NAMES.search(part) or not before.evidence or before.intent == "none":
        return None
    sentence = before.evidence[0].sentence or ""
    which = _WHICH_NAMES.search(part)
    lead, after = part[:which.start()], part[which.end():]
    verb = re.match(r"^\s*(?:那|那么)?([\u4e00-\u9fff]{2})", lead)
    listed_after_verb = bool(verb) and verb.group(1) in sentence and "、" in sentence[sentence.find(verb.group(1)):]
    # "高标准农田今年建多少亩 在哪几个村" (round 69d): where, asked with no verb; the sentence
    # lists places of that kind ("重点在东坪、上塘、白沙3个村实施")
    noun = re.match(r"[\u4e00-\u9fff]", after)
    places_listed = bool(_WHERE_LEAD.fullmatch(lead.strip())) and bool(noun) and bool(
        re.search(rf"、[^，。；]{{0,12}}{noun.group(0)}", sentence))
    if not (listed_after_verb or places_listed):
        return None
    return _sentence_quoted(before, sentence)


def _sentence_quoted(before: Answer, sentence: str) -> Answer:
    """The answer before with its whole sentence quoted under its first line (once)."""
    if P.FACT_CONTEXT_MARK + sentence.strip() in before.answer:
        return before
    lines = before.answer.split("\n")
    lines.insert(1, P.FACT_CONTEXT_MARK + sentence.strip())
    return replace(before, answer="\n".join(lines))


def _extends(ans: Answer, before: Answer) -> bool:
    """Whether `ans` quotes only one clause that begins with the one clause `before` quoted, of
    the same kind: the later answer says all the earlier one did."""
    if ans.intent != before.intent or len(ans.evidence) != 1 or len(before.evidence) != 1:
        return False
    new, old = ans.evidence[0], before.evidence[0]
    head = old.clause.rstrip("。；;，,")
    return (bool(head) and new.clause != old.clause and new.clause.startswith(head)
            and (new.region, new.year) == (old.region, old.year))


def _measure_held(ans: Answer, measure: str, subject: str) -> Answer:
    """`ans` when its clause states the measure asked (as typed or as the documents write it,
    "营收" ~ "营业收入"); else a "not found" of that measure of the subject before."""
    forms = {measure, B.normalize(measure)}
    if any(f and f in ev.clause for ev in ans.evidence for f in forms):
        return ans
    if any(f and f in B.normalize(ans.answer) for f in forms):
        return ans  # a task of a plan answers with its own text, not a report clause
    what = f"{subject.split()[0]}{measure}" if subject.split() else measure
    return Answer(P.NONE_NO_INDICATOR.format(scope="报告中", what=what, kind=P.NONE_KIND_FACT), "none")


# a measure named with no subject of its own ("…接待多少人次 收入多少"): the part before's
# subject's measure, looked for first in the sentence that answered it (round 28b r28b-050)
_LONE_MEASURE = re.compile(r"(?:综合|总|营业|销售|实际)?(?:收入|营收|产值|投资|投资额|规模|总量|总额|金额|人数|面积|产量|"
                           r"销售额|利润|税收|交易额|成交额|吞吐量|人次|客流量?|营业额)")
# a bound said of a target ("控制在…以内", "稳定在…以上"): the words that find its clause
_BOUND = re.compile(r"控制在|稳定在|保持在|不低于|不高于|不超过|以内|以上|以下")
_YEARS_FIRST = re.compile(r"^\s*(?:(?:19|20)?\d{2}\s*年|今年|去年|明年|前年)?(?:的)?")


def _with_subject(part: str, subject: str) -> str:
    """"今年要控制在多少以内" with "PM2.5" → "今年PM2.5要控制在多少以内": the subject after the
    part's own year."""
    at = _YEARS_FIRST.match(part).end()
    return part[:at] + subject + part[at:]


def _names_nothing(bare: str, unit: str | None, *, measure: bool = False) -> bool:
    """A part whose words, less the target's cues and the measure it asks, name nothing: it asks
    of the same subject as the part before ("粮食总产量实际多少，2024年要求稳定在多少以上").
    A measure word left ("累计", "增长") counts as nothing only when `measure` says so: with
    the unit asked beside it ("累计多少家") it names a figure of its own in the sentence."""
    rest = _CUES_ONLY.sub("", bare.replace(unit, "") if unit else bare)
    return not rest or (measure and bool(_MEASURE_ONLY.fullmatch(rest)))


_ASKED_MEASURE = re.compile(r"(?:多少|几)(?:个百分点|个点)?(?:万亿|亿|万|千|百)?(?:[\u4e00-\u9fff]{0,2}?(?=[以左]|$)|%)?")
_YEARS_SAID = re.compile(r"(?:(?:19|20)?\d{2}\s*年|今年|去年|前年|明年|上一?年|当年)(?:度)?")


_REPORT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:的)?\s*(?:省|市|县|区)?(?:人民)?(?:政府)?(?:工作)?报告")


def _reviewed_year(text: str, years: list[int]) -> bool:
    """Whether a part asks only of years before the one report the question names ("2024年
    政府工作报告" reviews 2023)."""
    named = {int(m.group(1)) for m in _REPORT_YEAR.finditer(text)}
    if len(named) != 1:
        return False
    report = named.pop()
    own = [y for y in years if y != report]
    return bool(own) and max(own) < report


def asks_no_subject(part: str) -> bool:
    """"2024年要求稳定在多少以上" / "2023年计划多少公里" / "2024年的增长目标是多少": a part
    that, less its year, its ask and its target's cue words, names nothing of its own."""
    bare = _YEARS_SAID.sub("", _ASKED_MEASURE.sub("", re.sub(r"[\s，,。？?！!；;：:]", "", part)))
    return _names_nothing(bare, None, measure=True)


_CHANGE_WORD = re.compile(r"上升|下降|提高|降低|增长|减少|增加|回落|提升")


# a change asked with no direction and no subject of its own, against the year before
_NEUTRAL_CHANGE = re.compile(r"(?:跟|和|与)?(?:比上一?年|比去年|较上一?年|较去年|同比|上一?年|去年)(?:相比|比)?(?:有)?(?:的)?"
                             r"(?:变化|变动|升降|增减|涨跌|变化幅度|幅度)(?:了|是|有)?")


def _next_clause(part: str, before: Answer) -> Answer | None:
    """"…优良率是多少，上升了几个百分点": a part that asks only a change ("上升/下降/增长…")
    of no subject of its own asks of the figure just answered, which the report states in the
    clause right after it; that clause, when it holds the change word and a figure."""
    words = re.sub(r"[\s，,。？?！!]", "", _ASKED_MEASURE.sub("", re.sub(r"(?:个)?百分点|个点", "", part)))
    if _NEUTRAL_CHANGE.fullmatch(words):
        # "比上年变化多少" / "同比增减多少": no direction said, the change the report states
        return stated_change(before)
    change = _CHANGE_WORD.search(words)
    if change is None or _CUES_ONLY.sub("", _CHANGE_WORD.sub("", words)).strip("了"):
        return None
    return stated_change(before, change.group(0))


# a clause that states only a change, its subject the clause before's: "上升6.5个百分点",
# "比上年增长12%" (never "规上工业增加值增长6%", which names a subject of its own)
_CHANGE_ONLY = re.compile(r"^(?:比上年|比去年|较上年|较去年|同比|环比)?(?:上升|下降|提高|降低|增长|减少|增加|回落|提升)了?\s*\d")


_RANK_ONLY = re.compile(r"(?:在|的)?(?:全国|全省|全市|全州|全区|全县|省内|市内)?(?:排名?|排在|位居|位列|名列|居)?(?:第几(?:位|名)?|多少名|几名|多少位|名次|位次)"
                        r"(?:呢|啊|呀)?")


def _rank_next(part: str, before: Answer) -> Answer | None:
    """"桐坪县去年GDP增速多少，在全市排第几" (round 52b): a part that asks only a rank, of the
    figure just answered, which the report states in a clause right after it ("增速居全市第一")."""
    words = re.sub(r"[\s，,。？?！!]", "", part)
    if not words or not _RANK_ONLY.fullmatch(words):
        return None
    return stated_change(before, ranked=True)


def stated_change(before: Answer, change: str | None = None, *, ranked: bool = False) -> Answer | None:
    """The change the report states right after the figure `before` answered ("优良率92.3%，
    上升6.5个百分点"), said with that figure; with `change`, the clause must hold that word,
    else it must state only a change (`_CHANGE_ONLY`). None when the report states none."""
    if not before.evidence or not before.evidence[0].sentence:
        return None
    ev = before.evidence[0]
    clauses = clauses_of(ev.sentence)
    # (the last clause the answer quotes: "…达到372.8亿元，增长6.8%" is two clauses of the sentence)
    at = max((i for i, c in enumerate(clauses) if ev.clause and (ev.clause in c or c in ev.clause)), default=None)
    if at is None or at + 1 >= len(clauses):
        return None
    change_clause = clauses[at + 1].rstrip("。；;，,")
    if ranked:
        # the rank said after the figure: the clause must print one ("居全市第一", "全省首位")
        if not RANK_PRINTED.search(change_clause):
            return None
    elif not NUMBER.search(change_clause):
        return None
    elif change is not None and change not in change_clause:
        return None
    elif change is None and not _CHANGE_ONLY.match(change_clause):
        return None
    # said with the figure it changes ("冬播油菜42万亩，增长37%"), the sentence quoted as before
    clause = clauses[at].rstrip("。；;，,") + "，" + change_clause
    tmpl = P.FACT_TARGET if before.intent == "target" else P.FACT_RESULT
    quoted = [ln for ln in before.answer.splitlines() if ln.startswith(P.FACT_CONTEXT_MARK)]
    text = "\n".join([tmpl.format(region=ev.region or "", year=ev.year or "", clause=clause), *quoted[:1],
                      source_line(ev.title, ev.section)])
    evidence = [Evidence(clause, ev.region, ev.year, ev.sentence, ev.title, ev.section, (), ev.doc_year)]
    return Answer(text, before.intent, before.sources[:1], evidence=evidence)


def _sibling_clause(sub: Question, before: Answer) -> Answer | None:
    """Another clause of the sentence that answered the part before, holding a figure in the
    unit this part asks for and every character of its subject (words in another order or
    form); only one such clause, or nothing is taken."""
    ev = before.evidence[0]
    if not sub.unit_asked or not ev.sentence:
        return None
    chars = set(re.findall(r"[\u4e00-\u9fff]", re.sub(re.escape(sub.unit_asked) + r"$", "", sub.topic.replace(" ", ""))))
    if len(chars) < 2:
        return None
    fits = [c for c in clauses_of(ev.sentence) if c != ev.clause and chars <= set(c)
            and any(same_measure(sub.unit_asked, unit_of(m.group(0))) for m in NUMBER.finditer(c))]
    if len(fits) != 1:
        return None
    clause = fits[0].rstrip("。；;，,")
    tmpl = P.FACT_TARGET if before.intent == "target" else P.FACT_RESULT
    text = tmpl.format(region=ev.region or "", year=ev.year or "", clause=clause) + "\n" + source_line(ev.title, ev.section)
    evidence = [Evidence(clause, ev.region, ev.year, ev.sentence, ev.title, ev.section, (), ev.doc_year)]
    return Answer(text, before.intent, before.sources[:1], evidence=evidence)


def _own_subject(sub: Question) -> bool:
    """Whether a part names anything of its own beyond a region and question words."""
    rest = sub.topic.replace(sub.region.mentioned or "\0", "")
    return bool(re.search(r"[\u4e00-\u9fffA-Za-z]", re.sub(r"(?:的|是|了|呢|吗|多少|几)", "", rest)))


def _from_year(years: YearRef, base: int) -> YearRef:
    return YearRef(explicit=[base + r for r in years.relative], relative=[], spans=years.spans)


def _earlier_than(sub: Question, prev: Question) -> bool:
    """Whether a follow-up names only years before every year of the part before."""
    return bool(sub.years.explicit and prev.years.explicit and max(sub.years.explicit) < min(prev.years.explicit))


def _as_before(ctx: Any, sub: Question, prev: Question, region: str | None, anchor: int | None = None) -> Question:
    """"B呢" / "全省呢" asks what the part before asked (its kind of figure, year and region),
    of another subject or region: the part before, reworded with what the follow-up names.
    "去年呢" names only a year: the same again for that year (what was done, when earlier).
    A relative year counts from `anchor` when the question fixes 今年 (`anchor_year`), else
    from the part before's year."""
    # ("25年社零增长了多少 今年目标又是多少", round 70b: 今年 is this year, unless the question fixes it)
    this_year_only = anchor is None and set(sub.years.relative) == {0}
    if prev.years.explicit:
        anchor = anchor if anchor is not None else prev.years.explicit[0]
    if not sub.years.empty and not sub.topic and not sub.region.mentioned:
        years = _from_year(sub.years, anchor) if (
            sub.years.relative and not sub.years.explicit and prev.years.explicit and not this_year_only) else sub.years
        earlier = bool(prev.years.explicit and years.explicit and max(years.explicit) < min(prev.years.explicit))
        mode = None if earlier else (sub.mode or prev.mode)
        return replace(prev, years=years, mode=mode,
                       intent="fact" if earlier or mode == "result" else "target" if mode == "target" else prev.intent)
    text = prev.text
    if not sub.years.empty and sub.years.spans and prev.years.spans:
        # "赣州23年…目标多少，江西24年呢": the follow-up's own year replaces the part before's
        (a, b), (c, d) = prev.years.spans[0], sub.years.spans[0]
        if b <= len(text) and not parse_years(text[a:b]).empty:  # the span still holds the year
            text = text[:a] + sub.text[c:d] + text[b:]
    if sub.region.mentioned:
        # the part before's region as typed, or (when it took the question's) the follow-up's first
        text = text.replace(prev.region.mentioned, sub.region.mentioned, 1) if (
            prev.region.mentioned and prev.region.mentioned in text) else sub.region.mentioned + text
    if sub.topic and prev.topic and prev.topic in text:
        text = text.replace(prev.topic, sub.topic, 1)
    elif sub.topic:  # the subject is not found as typed: keep the follow-up's words, the kind before
        if _earlier_than(sub, prev) and prev.mode == "target" and sub.mode is None:
            # "24年GDP目标多少？和23年预计增速比呢": a year before a target's is what was done
            return replace(sub, intent="fact", mode=None, years=sub.years,
                           region=sub.region if sub.region.mentioned else prev.region)
        return replace(sub, intent=prev.intent, mode=prev.mode, numeric=prev.numeric, unit_asked=None, term=None,
                       office=None, meta=(), units=[], leaders=[], code=None,
                       years=sub.years if not sub.years.empty else prev.years,
                       region=sub.region if sub.region.mentioned else prev.region)
    again, _ = understand(ctx, text, region=region)
    # the years as already resolved: the follow-up's own ("南昌23年呢"), else the part before's
    # (a "去年" of the part before counted from the question's year, not read again)
    if not sub.years.empty:
        years = _from_year(sub.years, anchor) if (
            sub.years.relative and not sub.years.explicit and prev.years.explicit) else sub.years
        again = replace(again, years=years)
    elif prev.years.explicit and not prev.years.relative:
        again = replace(again, years=prev.years)
    if sub.mode is None and prev.mode and again.intent in ("target", "fact"):
        # "…去年完成多少，南昌呢": the same kind of figure as the part before (a result here)
        again = replace(again, mode=prev.mode, intent="target" if prev.mode == "target" else "fact")
    return again


def joined(answers: list[Answer]) -> Answer:
    """Several short answers in one message: each figure and source, no quoted sentence."""
    found = [a for a in answers if a.intent != "none"]
    if not found:
        return answers[0]
    answers = _once(answers)
    found = [a for a in answers if a.intent != "none"]
    if len(answers) == 1:
        return answers[0]  # with its quoted sentence, which may hold the other figure asked
    context = P.FACT_CONTEXT.format(sentence="")  # the quoted sentence: one per part is too long for a phone
    text = "\n".join("\n".join(ln for ln in a.answer.splitlines() if not ln.startswith(context)) for a in answers)
    # a line two parts both gave ("南昌市2024年目标：…" in the first part's regions and again for
    # "南昌呢") is said once
    seen: set[str] = set()
    text = "\n".join(ln for ln in text.splitlines()
                     if len(ln) < 12 or ln.startswith(P.SOURCE_MARK) or not (ln in seen or seen.add(ln)))
    quoted = {ln for a in found for ln in a.answer.splitlines() if ln.startswith(context)}
    if len(found) > 1 and len(quoted) == 1 and all(any(ln.startswith(context) for ln in a.answer.splitlines()) for a in found):
        # every part answered from one sentence: that sentence, once, holds all the figures asked
        text += "\n" + quoted.pop()
    sources = [src for a in found for src in a.sources]
    intent = "target" if all(a.intent == "target" for a in found) else "fact"
    evidence = [e for a in found for e in a.evidence] if len(found) == len(answers) else []
    return Answer(fit(text, limit=900), intent, sources, evidence=evidence)


def _once(answers: list[Answer]) -> list[Answer]:
    """Two parts answered by one clause: that answer once. "要求多少，有没有定到2%": the part
    that checks a figure says 是的/不是 before the same answer; that one stays, in the first's place."""
    verdict = re.compile("^(?:" + re.escape(P.PREMISE_RIGHT) + "|" + re.escape(P.PREMISE_WRONG) + ")")
    out: list[Answer] = []
    where: dict[str, int] = {}
    for a in answers:
        key = verdict.sub("", a.answer)
        if key not in where:
            where[key] = len(out)
            out.append(a)
        elif verdict.match(a.answer) and not verdict.match(out[where[key]].answer):
            out[where[key]] = a
    return out


def per_region(ctx: Any, q: Question, docs: list[B.Doc], today: dt.date) -> Answer:
    """"南昌和全省24年GDP目标分别是多少": one answer per named region, each with its source."""
    answers = []
    refs = [q.region, *q.also_regions]
    topic = q.topic or ""
    for ref in refs:  # every region named and what joins them leave the subject
        if ref.mentioned:
            topic = re.sub(r"(?:以及|[和与跟及、]|[vV][sS]\.?|对比)?\s*" + re.escape(ref.mentioned)
                           + r"\s*(?:以及|[和与跟及、]|[vV][sS]\.?)?", " ", topic)
    # a joiner or 比 left alone once the regions are gone ("…新改建跟 比")
    topic = re.sub(r"(?:以及|[和与跟及同、])(?=\s|$)|(?:^|(?<=\s))(?:相比|对比|比较|比)(?=\s|$)", " ", topic)
    # "分别/各自" refers to the regions, not to the report's "分别增长…" lists
    topic = re.sub(r"\s+", " ", re.sub(r"分别|各自|各是|(?<![\u4e00-\u9fff])各(?![\u4e00-\u9fff])|[vV][sS]\.?", " ", topic)).strip()
    for ref in refs:
        sub = replace(q, region=ref, also_regions=[], topic=topic or q.topic, years=_own_year(q, ref))
        answers.append(answer_from_reports(ctx, sub, docs, today))
    return joined(answers)


def _own_year(q: Question, ref: Any) -> YearRef:
    """"江西24年 vs 赣州23年": a year written right after (or right before) a region's name is
    that region's; otherwise the question's years hold for every region."""
    if len(q.years.explicit) < 2 or not ref.mentioned:
        return q.years
    name = re.escape(ref.mentioned)
    m = (re.search(name + r"\s*(?:的)?\s*((?:(?:19|20)?\d{2}|[二〇零一二三四五六七八九]{2,4})\s*年)", q.text)
         or re.search(r"((?:(?:19|20)?\d{2}|[二〇零一二三四五六七八九]{2,4})\s*年)\s*(?:的)?\s*" + name, q.text))
    if not m:
        return q.years
    own = parse_years(m.group(1))
    return own if own.explicit else q.years

