"""The roles of the clauses of a formal request: background, then the request itself.

Staff write to the office the way a 公文 is written: first why they ask ("为做好X督查，",
"鉴于近期开展X，", "因X需要，", "经查，X报告称…，", "近期有企业反映…，为核实情况，"), then
the request, marked by its verb ("烦请提供…", "请核实…", "请明确…"), sometimes followed by
what the answer is for ("，以便与台账比对", "，以免口径混用") or a caution ("注意与2022年报告
所列数字区分"). Only the request names the asked item; every content word of the background,
left in, is searched for and the question is refused ("关于“为做好海绵城市建设督查 烦 提供…”").

Read by structure, not by phrase:
- a clause holding a request verb (请/烦请/恳请/麻烦 + 提供/核实/明确/说明/告知/确认/列出…) is
  the request; the clauses before it are background, those after it that begin with a word of
  purpose or caution (以便/以免/便于/注意/谢谢…) are dropped;
- the background gives context, never required words: a place or a year it names, when the
  request names none, is put before the request ("经查，赣州市报告称2022年…，烦请提供…");
- "该项支出" / "该项工作" / "上述X" in the request points back into the background: the noun
  is read with the background's own words for it ("民生支出"), or, for a noun the background
  does not use ("工作"), the background's subject (its words before the predicate:
  "宜春二手车出口业务推进较慢" → "宜春二手车出口业务").
`request_of(question)` is None when the question has no request verb; `answers.ask` asks the
request only when the question as written found nothing, so a plain question never changes.
"""
from __future__ import annotations

from core import lazy_re as re
from core.places import place_alternation

_PLACES = place_alternation()
# the request verb: "烦请提供" / "请核实" / "请明确" / "麻烦告知" (the politeness word may stand alone
# before a verb the clause starts with: "提供一下…")
_REQUEST = re.compile(
    r"(?:烦请|恳请|敬请|劳烦|麻烦|请|望)(?:您|你们?|贵单位|帮忙|协助)?(?:帮忙|协助)?(?P<each>分别|逐项|一并)?"
    r"(?:提供|核实|明确|说明|告知|确认|列出|列明|给出|反馈|报送|梳理|核对|查询|查找|查明|补充|摘录|指出|核查)(?:一下|下)?")
# a clause of purpose or caution after the request: no part of what is asked
_AFTER = re.compile(r"^(?:以便|以免|便于|用于|方便|注意|请注意|并注意|谢谢|多谢|感谢|辛苦|口径以|数据以|以.{2,16}为准)"
                    r"|^(?:我|本)(?:室|处|科|局|办|厅|委|们|单位|司|组)?(?:需|要|将|拟|会)?(?:据此|用于|以此|依此)"
                    r"|^(?:我|本)(?:室|处|科|局|办|厅|委|单位|司|组)(?:需|要|将|拟)")
# the year and the place a background names (context for a request that names none)
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|(?<!\d)\d{2}\s*年(?!代)|今年|去年|前年|上一?年")
_PLACE = re.compile(_PLACES + r"|全省|全市|我省|我市|本省|本市")
# "该项支出" / "该项工作" / "上述任务" / "此项工作": a noun pointing back to the background
_POINTER = re.compile(r"(?:该项|该类|该|上述|前述|此项|这项|这一)(?P<noun>[\u4e00-\u9fff]{2,4}?)(?=的|占|在|中|由|是|[，,。？?]|$)")
# where a background's subject ends: its predicate ("推进较慢", "占比较高", "反映", "称")
_PREDICATE = re.compile(r"(?:推进|进展|进度|完成|落实|工作|情况|占比|比重|水平)?(?:较|偏|仍|不够|严重|明显|有所|相对|比较|不|未|滞后|缓慢)")
# "…报告称X" / "有企业反映X": what is said comes after the verb of saying
_SAYING = re.compile(r"^.*(?:称|表示|显示|反映|提到|指出)")
# what asks, in a clause
_ASKS = re.compile(r"多少|几[个项家条年月]?|什么|啥|哪|谁|吗|是否|有没有|如何|怎么|[？?]")
# words that open a background clause and name nothing of the subject
_OPENING = re.compile(r"^(?:经查|经核|据查|据了解|近期|近日|目前|日前|据悉|另外|同时|鉴于|由于|因为?|为了?|根据|按照|结合|针对|有(?:企业|群众|市民|代表|委员|人))[，,：:]?")


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"(?<=[，,；;。：:！!？?])", text) if c.strip()]


def _bare(clause: str) -> str:
    return re.sub(r"[，,；;。：:！!？?\s]+$", "", clause).strip()


def request_of(question: str) -> str | None:
    """The request of a formal question, with the background's place and year put before it
    and its pointers read back (module doc); None when the question has no request."""
    read = read_request(question)
    return read[0] if read else None


def framed(question: str) -> bool:
    """Whether the question says more than its request: a background before it, a purpose
    after it. Such a question is asked by its request first (`answers.ask`): the framing's
    words can mislead the rules ("为做好专项督查工作" reads as a question about a plan)."""
    read = read_request(question)
    return bool(read and read[1])


def read_request(question: str) -> tuple[str, bool] | None:
    """(the request, whether clauses around it were dropped), or None."""
    read = _read(question)
    return (read[0] + read[1], read[3]) if read else None


def request_asked(question: str) -> str | None:
    """The request as a plain question would ask it: each item it joins ("A的增长目标，并说明
    B占比要求", "A数量及B新增数量的目标表述", "新增数量及累计总数") ends in its own "多少",
    so the several-asks reader (`answers.multipart`) answers each item, with the background's
    place and year on every one; an item naming only a measure ("具体数量", "累计总数") is
    read of the background's subject ("…中有X新增指标，请核实具体数量" asks X新增)."""
    read = _read(question)
    if not read:
        return None
    lead, body, background, _, each = read
    return lead + as_asks(body, background, each=each)


def _read(question: str) -> tuple[str, str, list[str], bool, bool] | None:
    """(lead, body, background, whether clauses were dropped, whether the verb said 分别)."""
    text = (question or "").strip()
    clauses = _clauses(text)
    each = False
    at = next((i for i, c in enumerate(clauses) if _REQUEST.search(c)), None)
    if at is None:
        # no request verb: background clauses ("为做好专项督查工作，") before a clause that asks
        at = next((i for i, c in enumerate(clauses) if _ASKS.search(c)), None)
        if not at or not all(_OPENING.match(_bare(c)) and not _ASKS.search(c) for c in clauses[:at]):
            return None
        before, asked = "", clauses[at]
    else:
        m = _REQUEST.search(clauses[at])
        before, asked = clauses[at][:m.start()], clauses[at][m.end():]
        each = bool(m.group("each"))
    background = [_bare(c) for c in clauses[:at]]
    if before.strip("，, "):
        background.append(_bare(before))  # "近期有企业反映检查过多为核实情况请提供…": one clause
    after = [c for c in clauses[at + 1:]]
    kept_after = []
    for c in after:
        if _AFTER.match(_bare(c)):
            break
        kept_after.append(c)
    body = _bare(asked + "".join(kept_after))
    background = [b for b in background if b]
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", body) and background:
        # "X和Y的数量安排，请一并告知": the request verb closes; what it asks stands before it
        body, background = "，".join(background), []
    body = _pointers_read(body, background)
    context = " ".join(background)
    lead = []
    if not _YEAR.search(body):
        lead += _YEAR.findall(context)[:1]
    if not _PLACE.search(body):
        lead += [p for p in _PLACE.findall(context)[:1]]
    out = ("".join(lead) + body).strip()
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", out)) < 3 or out == text:
        return None
    return "".join(lead), body, background, bool(background or len(kept_after) < len(after)), each


def _pointers_read(body: str, background: list[str]) -> str:
    """"该项支出" → "民生支出" (the background's word for that noun), "该项工作" → the
    background's subject; left as it is when the background offers neither."""
    def read(m: re.Match) -> str:
        noun = m.group("noun")
        for b in background:
            b = _SAYING.sub("", _OPENING.sub("", b))
            # "该项就业人数" and "城镇新增就业…": the noun's head word as the background says it
            head = next((noun[:k] for k in range(len(noun), 1, -1) if noun[:k] in b), "")
            if head and head != noun:
                named = re.search(r"[\u4e00-\u9fff]{0,4}" + re.escape(head), b)
                return _without_year(named.group(0)) + noun[len(head):]
            named = re.search(r"([\u4e00-\u9fff]{1,4})" + re.escape(noun), b)
            if named:
                # "…报告称2022年民生支出" → "民生支出": what stands before the noun, after the
                # year or the verb of saying
                words = re.sub(r"^.*?(?:年|称|显示|反映|的)(?=[\u4e00-\u9fff]{1,4}$)", "", named.group(1))
                if words and not re.match(r"^(?:该|此|上述|这)", words):
                    return words + noun
        subject = _subject(background)
        return subject or m.group(0)

    return _POINTER.sub(read, body, count=1)


def _subject(background: list[str]) -> str:
    """The words a background clause starts with before its predicate: what it is about."""
    for b in reversed(background):
        b = _SAYING.sub("", _OPENING.sub("", b))
        m = _PREDICATE.search(b)
        words = b[:m.start()] if m else ""
        if len(re.findall(r"[\u4e00-\u9fff]", words)) >= 3:
            return _without_year(words)
    return ""


def _without_year(words: str) -> str:
    return _YEAR.sub("", words).strip()


# the report a request names as its source: the subject's words start after it
_SOURCE = re.compile(r"(?:(?:省|市|全省|全市)?(?:政府)?工作报告|(?<![\u4e00-\u9fff])报告)(?:中|里|上|对|关于|提出的|所列)?|^关于")
# the words that join two asked items: a verb of asking again, or a joiner of nouns
_ITEM_JOIN = re.compile(r"[，,；;]?(?:并说明|并核实|并提供|并明确|并告知|同时说明|以及|及)|[，,；;]")
# what the request calls the answer, not part of the item: "的目标表述", "分别提出了什么目标"
_ANSWER_WORDS = re.compile(r"(?:的)?(?:具体)?(?:表述|情况|内容|数据|口径|是什么|是多少|为多少|有多少|多少)$")
_WHAT_TARGET = re.compile(r"(?:分别|各自|各)?(?:提出了?|定了?|设定了?|明确了?|安排了?)?(?:什么|哪些|怎样的)(?P<what>目标|任务|要求|指标)$")
# an item that names only a measure: what it measures is the background's subject
_MEASURE_ONLY = re.compile(r"^(?:具体|当年|全年|年度|其|该|的)*(?:新增|累计|实际)?(?:数量|数值|数字|个数|总数|总量|比例|比重|占比|增速|增幅|规模|金额|指标|面积|里程|长度|人数|户数|产量)(?:目标)?$")
# what a background's subject ends in that is no part of it: "…企业数量增长较快" is of 企业
_SUBJECT_TAIL = re.compile(r"(?:的)?(?:数量|数目|规模|总量|指标|任务|目标|情况|工作|数据)?(?:增长|增加|提升|下降|减少)?(?:的)?$")
_NOT_A_FIGURE = re.compile(r"分工方案|牵头|责任单位|配合单位|领导|同志|字号|文号|日期|时间|名称|单位是|哪些(?:任务|工作|事项|事)|哪几项")
_ASKS_ALREADY = re.compile(r"多少|几|什么|哪|谁|吗|是否")


def as_asks(body: str, background: list[str], *, each: bool = False) -> str:
    """"2022年报告对A和B分别提出了什么目标" → "2022年A和B的目标分别是多少"; "A的增长目标，
    并说明B占比要求" → "A的增长目标多少，B占比要求多少"; "具体数量" with a background
    "…中有X新增指标" → "X新增多少". A body that already asks stays as it is."""
    if _NOT_A_FIGURE.search(body):
        return body  # a task's owner, a document's number or date: not figures to split
    year = re.match(r"^(?:(?:19|20)\d{2}\s*年|截至(?:19|20)\d{2}\s*年底?)?", body).group(0)
    rest = _SOURCE.sub("", body[len(year):])
    target = _WHAT_TARGET.search(rest)
    if target:
        rest = rest[: target.start()] + "的" + target.group("what")
        each = each or bool(re.search(r"[和与及、]", rest))
    elif _ASKS_ALREADY.search(rest):
        return body
    items = [i for i in _ITEM_JOIN.split(rest) if i.strip()]
    subject = _background_noun(background)
    out = []
    for n, item in enumerate(items):
        item = _ANSWER_WORDS.sub("", item.strip())
        if _MEASURE_ONLY.match(item) and subject:
            bare = re.sub(r"^(?:具体|其|该|的)+", "", item)
            # "具体数量" is asked as X多少, "具体面积" as X面积多少
            # ("面积" is the unit's to say: the report writes "290万亩", not "面积290万亩");
            # a share or a rate stays asked as one
            item = subject + re.sub(r"(?:数量|数值|数字|指标|面积|里程|长度|规模|金额|产量)$", "", bare) if n == 0 else bare
        if not item:
            continue
        out.append(item + ("分别是多少" if each and len(items) == 1 else "多少"))
    if not out:
        return body
    # "截至2023年底" is the year's review: asked of that year, the words of the span dropped
    year = re.sub(r"^截至|底$", "", year)
    return year + "，".join(out)


def _background_noun(background: list[str]) -> str:
    """What a background clause is about: "…任务中有X新增指标" → "X新增"; "X有所增加" → X."""
    for b in reversed(background):
        b = _SAYING.sub("", _OPENING.sub("", b))
        b = _YEAR.sub("", _PLACE.sub("", b))
        inner = re.split(r"(?:中|里)(?:有|的)?", b)[-1]
        m = _PREDICATE.search(inner)
        if m and m.start() >= 3:
            inner = inner[: m.start()]
        inner = _SUBJECT_TAIL.sub("", inner)
        if len(re.findall(r"[\u4e00-\u9fff]", inner)) >= 3:
            return inner
    return ""
