"""Remarks said inside a message, around its ask: "嗯 二二年…目标是多少个 麻烦看下谢谢",
"…突破一万美元了 领导让我确认一下", "…那句原话发我下 要引用", "…目标是多少 好像定得不高",
"…一共多少 好像十几个亿", "…候选项目 就是票决那个几件".

Voice input and chat put such remarks anywhere, not only where `core.spoken.unwrap` looks
(the opening and the closing of the message); left in, their words are read as words of the
subject and an answerable ask is refused. Read by construction, clause by clause (a clause is
what stands between spaces, commas and semicolons, brackets kept whole):
- a clause whose words are all request framing, remarks or pointing fillers
  (`core.ask_words_data`: REQUEST_FRAMING, REMARKS, FILLERS), with no content word, no year, no
  place and no figure left, is dropped; so is a remark that closes a clause after its content
  ("…那句原话发我下");
- a clause that only offers a rough figure ("好像十几个亿", "大概3000多亿吧") beside a clause that
  asks the figure is dropped: the figure is a premise the answer is checked against
  (`answers.stated_figures`, from the question as typed), not a word to search;
- a pointer at things said before ("赣州去年那几场经贸活动…是不是3000多亿"), a demonstrative and a
  count word before a noun, when the question asks elsewhere: it names nothing (voice input
  writes 那 for 哪 too, so "那几个项目开工了" alone keeps it: then it may be the ask);
- a clause that restates ("就是票决那个几件", "就是那个一二三"): "就是" and the like, then words the
  clauses before already hold, adds nothing and is dropped.
At least one clause with content stays; a question with no remark is returned unchanged (None).
"""
from __future__ import annotations

import unicodedata

from answers.figure_choice import rough_figures, tens_as_rough
from core import lazy_re as re
from core.ask_words_data import FILLERS, QUESTION_WORDS, REMARKS, REQUEST_FRAMING, words_pattern
from core.places import place_pattern
from core.spoken import spoken_numbers

# a framing that sets a scope aside ("不是全省的") is no remark: the scope reader needs it; nor
# is one that asks how a report explains a thing ("报告怎么解释的"): that asks a reason
_FRAMING = tuple(w for w in REQUEST_FRAMING if not w.startswith("不是") and "解释" not in w)
_BREAK = re.compile(r"[\s，,；;]+")
_TEXT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
# what keeps a clause whatever else it holds: a year, a place, a figure, a position in a text
_YEAR = re.compile(r"(?:19|20)?\d{2}\s*年|今年|去年|前年|明年|上年|本年|当年")
_POSITION = re.compile(r"(?<![稿料报])开头|最后|以后|之后|第")  # ("讲话稿开头要写": where the asker writes)
_LEVEL = re.compile(r"全省|省里|我省|本省|全市|市里|我市|本市|全县|县里|全区|全国")
# "就是…" / "也就是…" / "我说的是…": what opens a restatement of the ask
_RESTATE = re.compile(r"^(?:就是说|就是|也就是|即|我说的是|我问的是|说的是|指的是)(?:那个|这个|那|这)?")
# what stands around a rough figure offered: a hedge, the verb, a particle
_HEDGE = re.compile(r"^(?:好像|似乎|感觉|印象中|印象里|我记得|记得|估计|大概|大约|可能|听说|应该)*(?:是|有)?")
_PARTICLE = re.compile(r"(?:吧|吗|呢|啊|呀|的样子|左右)*[？?。！!]*$")
# "那几场经贸活动" / "这几个项目": a pointer before a noun
_POINTER = re.compile(r"(?:那|这)几(?:场|个|项|条|件|家|所|座|批|次|位|名|类|种|届)(?=[\u4e00-\u9fff])")
_ASKS_ELSEWHERE = re.compile(r"多少|(?<![那这])几|是不是|是否|有没有|吗|[？?]|什么|啥|哪")
# "那个" / "那几家" / "这些": what points at the thing, in a restatement
_POINTED = re.compile(r"[那这](?:几)?[个项件条家所座场批名位次些种类]")
# a question word left after a figure asked ("几件" of "就是票决那个几件")
_COUNT_ASKED = re.compile(r"(?<!哪)几[个项件条家所座场批名位次届期]?|多少")


_REMARK_WORDS = words_pattern(_FRAMING + REMARKS + FILLERS)
_REMARK_TAIL = re.compile("(?:" + "|".join(f"(?:{w})" for w in REMARKS) + ")+[。！!]*$")
# what is left of a restatement once its framing is gone
_ASK_WORDS = words_pattern(FILLERS + QUESTION_WORDS)


_DOCUMENT = re.compile(r"方案|台账|分工表|分解表|报告|文件")


def _plain(clause: str) -> str:
    return spoken_numbers(unicodedata.normalize("NFKC", clause)).strip()


def _scoped(s: str) -> bool:
    """A year, a place, a figure or a position: what no remark holds."""
    return bool(_YEAR.search(s) or _LEVEL.search(s) or place_pattern().search(s) or re.search(r"\d", s) or _POSITION.search(s))


def is_remark(clause: str) -> bool:
    """Whether `clause` is only request framing, remarks and pointing fillers (module doc)."""
    s = _plain(clause)
    if not _TEXT.search(s) or _scoped(s) or _DOCUMENT.search(s):
        # a stop alone ("？") stays with the ask before it; "分工方案 印发日期": a document named
        # is what the rest asks of
        return False
    return not _TEXT.search(_REMARK_WORDS.sub("", s))


def offers_rough_figure(clause: str) -> bool:
    """"好像十几个亿" / "大概3000多亿吧": a clause that only offers a rough figure."""
    s = spoken_numbers(tens_as_rough(unicodedata.normalize("NFKC", clause))).strip()
    figures = rough_figures(s)
    if len(figures) != 1:
        return False
    rest = _HEDGE.sub("", s, count=1)
    at = rest.find(figures[0])
    return at == 0 and not _TEXT.search(_PARTICLE.sub("", rest[len(figures[0]):]))


def restates(clause: str, before: str) -> bool:
    """"就是票决那个几件" after a clause holding 票决: a restatement that adds no word."""
    s = _plain(clause)
    m = _RESTATE.match(s)
    if m is None:
        return False
    rest = _ASK_WORDS.sub(" ", _COUNT_ASKED.sub(" ", _POINTED.sub(" ", s[m.end():])))
    runs = re.findall(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+", rest)
    plain_before = _plain(before)
    return bool(runs) and all(r in before or r in plain_before for r in runs)


# where a thing was read and the pointing at it: no words of the thing
_WHERE_READ = re.compile(r"(?:报告|文件|方案|通知|通报|材料)(?:里|中|上)?(?:说|提|讲|写)?(?:的|了)?|那个|这个|那|这|的")


def named_again(clause: str, rest: str) -> bool:
    """Whether `clause` only names a thing (and where it was read) that `rest` names and asks of."""
    thing = _WHERE_READ.sub("", _plain(clause))
    return (len(thing) >= 2 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", thing) is not None
            and thing in rest and _ASKS_ANY.search(rest) is not None and not _ASKS_ANY.search(clause))


def _clauses(text: str) -> list[tuple[str, str]]:
    """(clause, the break after it): cut at spaces, commas and semicolons outside brackets."""
    out: list[tuple[str, str]] = []
    depth, start = 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and (m := _BREAK.match(text, i)):
            out.append((text[start:i], m.group(0)))
            start = i = m.end()
            continue
        i += 1
    out.append((text[start:], ""))
    return [(c, b) for c, b in out if c or b]


def _asks_figure(text: str) -> bool:
    return bool(re.search(r"多少|(?<!哪)几|是不是|是否|有没有", text))


def without_remarks(question: str) -> str | None:
    """The question without its remark clauses, restatements, rough figures offered, pointers
    and the remarks closing a clause (module doc); None when it holds none."""
    asked = (question or "").strip()
    # what the answer is for, said last ("…多少 商务厅要填表"): gone before its words are read as remarks
    from answers.padding import drop_purpose_tail

    text = drop_purpose_tail(asked)
    parts = _clauses(text)
    if len(parts) < 2 and not _REMARK_TAIL.search(text) and not _POINTER.search(text):
        return text if text != asked else None
    kept: list[tuple[str, str]] = []
    named = ""  # "为了给秦义同志准备调度材料，…他牵头的…": the person a dropped remark names
    for at, (clause, gap) in enumerate(parts):
        content = [c for c, _ in kept]
        before = "".join(content)
        if kept and restates(clause, before):
            continue
        if not kept and at + 1 < len(parts) and named_again(clause, "".join(c for c, _ in parts[at + 1:])):
            continue  # "报告里那个标准地 啥叫标准地" (round 68d): the thing named, then asked of by name
        if not kept and at + 1 < len(parts) and _PROBLEM_SAID.search(clause) and _WHO_ASKS.match(parts[at + 1][0]) \
                and not _YEAR.search(clause):
            continue  # "城区停车难，领导问…": why it is asked, no word of what
        if is_remark(clause) or (offers_rough_figure(clause) and _asks_figure(text.replace(clause, ""))) or (
                not kept and _premise_of_another_year(clause, "".join(c + g for c, g in parts[at + 1:]))):
            named = named or next(iter(_COMRADE.findall(clause)), "")
            continue
        kept.append((_trimmed(clause), gap))
    if named:
        # "他/她" in what stays points back at the person the remark named
        kept = [(_HE.sub(named, c), g) for c, g in kept]
    if not kept or not any(_TEXT.search(c) for c, _ in kept):
        return None
    out = "".join(c + g for c, g in kept).strip()
    if _POINTER.search(out) and _ASKS_ELSEWHERE.search(_POINTER.sub("", out)):
        out = _POINTER.sub("", out)
    out = re.sub(r"[，,；;]+$", "", out).strip()
    if out and not _ASKS_ANY.search(out) and _ASKS_ANY.search(asked):
        out += "？"  # "…那句狠话，原话咋说的？": the clause dropped was how the ask came; it still asks
    return out if out and out != asked else None


# "那23年…" / "那么去年…": the next clause turns to a year of its own
_THEN_A_YEAR = re.compile(r"^\s*那(?:么)?\s*(?:(?:19|20)?\d{2}\s*年|去年|前年|上年|今年)")
_STATES_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|个百分点|[万亿千百]?[\u4e00-\u9fff])")


def _premise_of_another_year(clause: str, rest: str) -> bool:
    """"24年目标社零涨6.5%左右，那23年全省社零实际涨了多少" (round 54a): a figure stated first,
    asking nothing, then "那" and a year asked of: the statement is the asker's context, and its
    year and figure are not the ask's."""
    return (bool(_THEN_A_YEAR.match(rest)) and bool(_STATES_FIGURE.search(clause))
            and not _ASKS_ANY.search(clause) and bool(_ASKS_ANY.search(rest)))


# "秦义同志" / "王主任": a person named in a remark, and the pronoun that points back at one
_COMRADE = re.compile(r"(?:给|为|向|帮|替|跟|和|与)?([\u4e00-\u9fff]{2,3}?)同志")
_HE = re.compile(r"[他她](?=\s*(?:牵头|负责|分管|主抓|联系|的|那))")
_ASKS_ANY = re.compile(r"多少|(?<![那这])几|是不是|是否|有没有|吗|[？?]|什么|啥|哪|咋|怎么|如何|原话|原文")


# "领导问今年…" / "我们区有企业问芷惠贷" (round 54c): who asks, opening the clause that asks
_WHO_ASKS = re.compile(r"^(?:领导(?:问|让我?问|让我?查|想知道|关心)|"
                       # "有句话叫五年任务三年完成" (round 56b): the words quoted are what is asked of
                       r"(?:报告里|文件里)?有(?:句|个|一句|一个)(?:话|说法|提法|表述|口号)(?:叫|是|说|讲)?|(?:我们|咱们)?[\u4e00-\u9fff]{0,3}?有(?:企业|群众|人|市民|居民|老百姓|单位|代表|委员|记者)"
                       r"(?:来|在)?(?:问|咨询|打听|关心)(?:到|起)?)[：:，,]?\s*")
# "城区停车难，领导问…": a problem said first, the reason for asking
_PROBLEM_SAID = re.compile(r"(?:难|紧张|突出|反映强烈|投诉多|矛盾大)$")


def _trimmed(clause: str) -> str:
    """A clause without the remarks that close it, and without who asks opening it, when
    content stays beside them."""
    lead = _WHO_ASKS.match(clause)
    if lead and len(_TEXT.findall(clause[lead.end():])) >= 3:
        clause = clause[lead.end():]
    tail = _REMARK_TAIL.search(clause)
    if tail and tail.start() > 0 and _TEXT.search(clause[: tail.start()]) and not _only_particles(tail.group(0)):
        clause = clause[: tail.start()]
    return clause


def _only_particles(tail: str) -> bool:
    """"吧" / "呢" closing a clause belong to its ask ("…是不是3家吧"): kept."""
    return bool(re.fullmatch(r"[吧呢啊呀嘛啦哈哦嗯呃噢]+", tail))
