"""A question that names its subject once and then adds short checks with no subject of their
own, run together by voice input: "中医院创三甲咋样了 创成没", "市二院新院区开了没 加了多少床位".
Read whole, the checks' words ("咋样 创成没", "开 没 加") become part of the subject and nothing
is found. When the whole finds nothing, the first part, which names the subject, is asked alone:
its answer is the sentence about the subject, which is what the checks ask about. Round 25c.

The mirror case: a statement first, then the ask about a word of it: "南昌报告里说发展四首经济
四首是哪四个" (round 38a). Read whole, the statement's words ("说发展…经济") are searched with the
ask and nothing is found; the last part asked alone, with the places and years the statement
named, finds the glossary entry (`last_ask`).

A locator said last: "…新增贷款要多少个亿以上 那个那个普惠金改那块的" (round 38b) points at where the
item stands ("the one in the 普惠金改 passage"), not at words of the item. When the whole finds
nothing, the question without it is asked; its answer stands only when the passage it quotes
holds the locator's words (`without_locator`).

A locator said inside the sentence: "22年省报告在回顾完成绩之后，专门讲了…困难和问题" / "…在向代表
说明去年增速不及预期时，原因那句话…" (round 42b). "在…时/之后" says where the passage stands; when
the whole finds nothing, the question is asked without it (the passage quoted must hold its
words), then with its words read plain (`without_in_locator`).
"""
from __future__ import annotations

from core import lazy_re as re
from core.places import place_pattern

_PIECES = re.compile(r"[，,？?！!。；;]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# the ask words a check is made of; what is left is the check's own subject, if any
_CHECK_WORDS = re.compile(r"(?:了没有|了没|没有|了吗|吗|没|呢|咋样了?|怎么样了?|如何|多少|几|了|的|啊|呀|到底|现在|目前|还|又|是不是)")
_ASKS = re.compile(r"(没有?|吗|咋样|怎么样|如何|多少|几|进展|情况)")
_OWN_SUBJECT_CHARS = 4  # "创成" / "开" / "加床位": a verb and a measure, no subject named


def _pieces(question: str) -> list[str]:
    """The message's parts, cut at its marks and at spaces between words."""
    return [p.strip() for p in _PIECES.split((question or "").strip()) if p and p.strip()]


def _scope(text: str) -> str:
    """The places and years `text` names, each once, in order: what a part asked alone keeps."""
    return "".join(dict.fromkeys(m.group(0) for m in [*place_pattern().finditer(text), *_YEAR.finditer(text)]))


def first_ask(question: str) -> str | None:
    """The first part when every later part is a short check naming no subject, else None."""
    pieces = _pieces(question)
    if len(pieces) < 2 or not _ASKS.search(pieces[0]) or len(re.findall(r"[\u4e00-\u9fff]", pieces[0])) < 5:
        return None
    for p in pieces[1:]:
        if not _ASKS.search(p) or len(re.findall(r"[\u4e00-\u9fff]", _CHECK_WORDS.sub("", p))) > _OWN_SUBJECT_CHARS:
            return None
    return pieces[0]


# what makes a part an ask (a statement has none of these)
_ASKED = re.compile(r"多少|(?<![那这])几|是不是|是否|有没有|吗|[？?]|什么|啥|哪|谁|咋|怎么|如何|指的|是指")
_YEAR = re.compile(r"(?:19|20)?\d{2}\s*年|今年|去年|前年|明年")


def last_ask(question: str) -> str | None:
    """The last part, with the places and years said before it, when every earlier part is a
    statement (no ask word) and the last part asks about a word (two characters or more) the
    statements hold; else None."""
    pieces = _pieces(question)
    if len(pieces) < 2 or not _ASKED.search(pieces[-1]) or any(_ASKED.search(p) for p in pieces[:-1]):
        return None
    before = "".join(pieces[:-1])
    words = re.findall(r"[\u4e00-\u9fffA-Za-z0-9]{2}", re.sub(_ASKED.pattern, " ", pieces[-1]))
    if not any(w in before for w in words):
        return None
    scope = _scope(before)
    return scope + pieces[-1]


# "那个那个普惠金改那块的" / "就是乡村振兴那部分的": a pointer, a few words, the part they stand in
_LOCATOR = re.compile(r"^(?:就是|也就是)?(?:那个|这个|那|这)*(?P<words>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)"
                      r"(?:那块|这块|那部分|这部分|那一块|方面|那边|那段|里面|里头|那里)(?:的|里的|里)?(?:吧|啊|呀)?$")


def without_locator(question: str) -> tuple[str, str] | None:
    """(the question without its closing locator, the locator's words), or None when it has none."""
    pieces = _pieces(question)
    if len(pieces) < 2 or not _ASKED.search("".join(pieces[:-1])):
        return None
    m = _LOCATOR.match(pieces[-1])
    if m is None:
        return None
    rest = (question or "").strip()
    rest = rest[: rest.rfind(pieces[-1])].rstrip(" ，,")
    return rest, m.group("words")


# "在回顾完成绩之后，" / "在讲城市建设时，" / "在向代表说明…时": where in the document the thing stands
_IN_LOCATOR = re.compile(r"在(?P<words>[^，,。？?；;：:]{2,20}?)(?:的时候|时候|时|之后|以后|之前|当中)(?=[，,\s]|[\u4e00-\u9fff])")


def without_in_locator(question: str) -> list[tuple[str, str]]:
    """The question without its "在…时/之后" locator (its answer must quote the locator's words),
    then with the locator read as plain words: the locator points at a passage, and all of it,
    or its markers, are no words of what is asked."""
    q = (question or "").strip()
    m = _IN_LOCATOR.search(q)
    if m is None or not _ASKED.search(q[m.end():]):
        return []
    words = m.group("words")
    before, after = q[: m.start()], q[m.end():].lstrip("，, ")
    return [((before.rstrip("，, ") + "，" + after).lstrip("，"), words), (before + words + "，" + after, "")]


# "我们街道也要建社区嵌入式服务综合体，这个区里是哪个单位牵头" (round 48c): the ask points back
# with 这个 at the thing the statement before it names; the asker's own words open the statement
_POINTER = re.compile(r"^(?:那|那么)?(?:这个|这件事|这事|这项|这条|这块|此事|此项|那个)")
_ASKER_OPENS = re.compile(r"^(?:我们|咱们?|我|俺们)[\u4e00-\u9fff]{0,4}?(?:也|都|还|正|今年|明年)?(?:要|想|准备|打算|计划|在|得)")


def pointed_back(question: str) -> str | None:
    """The statement's thing put where the ask's pointer stands, or None."""
    pieces = [p for p in re.split(r"[，,；;。]", (question or "").strip()) if p.strip()]
    if len(pieces) < 2:
        return None
    for i in range(1, len(pieces)):
        ask = pieces[i].strip()
        m = _POINTER.match(ask)
        if not m or not _ASKED.search(ask):
            continue
        said = _ASKER_OPENS.sub("", pieces[i - 1].strip())
        if len(re.findall(r"[\u4e00-\u9fff]", said)) < 4 or _ASKED.search(said):
            return None
        return said + ask[m.end():]
    return None


def trailing_parts(question: str) -> list[tuple[str, str]]:
    """(a part to ask alone, words the passage its answer quotes must hold, "" for none), in the
    order they are tried: the subject's part (`first_ask`), the question without its locator
    (`without_locator`), the ask after a statement (`last_ask`), the question without a "在…时"
    locator or with it read plain (`without_in_locator`)."""
    out: list[tuple[str, str]] = []
    if (first := first_ask(question)) is not None:
        out.append((first, ""))
    if (located := without_locator(question)) is not None:
        out.append(located)
    if (last := last_ask(question)) is not None:
        out.append((last, ""))
    out.extend(without_in_locator(question))
    if (back := pointed_back(question)) is not None:
        out.append((back, ""))
    if (owned := owner_piece(question)) is not None:
        out.append((owned, ""))
    if (opened := without_opening_area(question)) is not None:
        out.append((opened, ""))
    return out


# "环保那块 去年空气优良天数比率多少啊" (round 51c): the line of work said first, then the whole ask
_OPENING_AREA = re.compile(r"^\s*(?:就是|关于)?(?:那个|这个)?[\u4e00-\u9fffA-Za-z0-9]{2,8}?"
                           r"(?:那一?块|这一?块|那边|这边|方面)(?:的)?(?:[，,：:]\s*|\s+)(?P<rest>.+)$")


def without_opening_area(question: str) -> str | None:
    """The ask after an opening "X那块" that names only the line of work, when the ask names a
    thing of its own; else None."""
    m = _OPENING_AREA.match(question or "")
    if m is None or not _ASKED.search(m.group("rest")):
        return None
    rest = m.group("rest").strip()
    return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 6 else None


# who leads, asked in so many words
_OWNER_ASKED = re.compile(r"谁(?:来)?(?:牵头|负责|主抓|分管|管)|(?:哪个|哪家|哪些|什么)(?:单位|部门|局|委|厅|领导)(?:来)?(?:牵头|负责)|牵头(?:单位|领导|的)(?:是|有)?(?:谁|哪)")


_SOURCE_NAMED = re.compile(r"方案|报告|分工|台账|清单|通知|文件")


def owner_piece(question: str) -> str | None:
    """"环保这块镇里要配合，想确认下分工表里PM2.5那条到底谁牵头，是不是市里直接管" (round 49c): the one
    piece that asks who leads, with the places and years said elsewhere; the why before it and the
    guess after it name nothing of the task. None when no piece or more than one asks it."""
    pieces = _pieces(question)
    asking = [p for p in pieces if _OWNER_ASKED.search(p)]
    if len(pieces) < 2 or len(asking) != 1:
        return None
    others = "".join(p for p in pieces if p is not asking[0])
    if _SOURCE_NAMED.search(others):
        return None  # "南昌市的…分工方案里 地铁建设谁牵头": where to look, no why to drop
    named = _CHECK_WORDS.sub("", _OWNER_ASKED.sub("", asking[0]))
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", re.sub(r"那条|这条|那项|这项|那个|这个|是|呀|哦", "", named))) < 2:
        return None  # "第61项是什么任务 谁牵头": the piece names no task of its own
    scope = _scope(others)
    return scope + asking[0] if scope and scope not in asking[0] else asking[0]
