"""What a question says around the ask before and after it: who relays it, what it is for,
what someone else said, what is not wanted.

Staff type the occasion with the question: "给领导准备个材料，…" (what the answer is for),
"我们市发改问：…" / "经信委老同志问：…" (who relays it), "群里转发说X要200个以上，我看着
不太对，报告里写的到底是多少" / "领导强调X要加强，…这个是哪个单位牵头的" (what someone said,
then the ask), "…是多少？别给我全省的数" (a scope the asker does not want). None of these
words is a subject to look for; left in, they are searched for and the question is refused.

Read by the clause's role, not by phrase:
- an opening clause that asks nothing and ends in a verb of relaying (问/想问/让我查) is the
  relay: dropped (a place it names is kept when the rest names none);
- an opening clause that asks nothing and says what the answer is for (给/为/帮 X 准备/写 材料/
  汇报/稿子) is the purpose: dropped; so is a request that names nothing ("帮我摘一下", "给我两个数");
- an opening clause that asks nothing, in which a speaker (群里/领导/市里开会/省长报告里…)
  says something (说/讲/强调/转发说) is hearsay: the speaker and the verb go; the figure said
  is a claim to check, not a word to search (`Frame.claimed`); its measure says what the ask
  counts in ("四十多亿斤 … 各是多少" asks 亿斤); an exhortation at its end ("要加强") goes;
  what is left names the subject and stays;
- a clause of doubt after it ("我看着不太对") asks nothing: dropped;
- a clause that excludes a scope ("别给我全省的数", "不要分工方案里那个目标数"): dropped;
  so is one that keeps another figure apart ("注意与2022年报告所列数字区分", "以免口径混用",
  "不是2021年的"): the other document is named to be set aside, not asked;
  excluding a plan's or a target's figure asks the result;
- "我们/咱们" before a place is no word of the subject ("我们赣州" is 赣州, "我们市" is 我市).
The answer then says when the document's figure is not the one claimed (`with_verdict`),
read with the same figures as a pasted claim (`answers.claims`).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from answers.compose import Answer
from core import lazy_re as re
from core.places import place_alternation
from core.spoken import spoken_numbers
from prompts import answers as P

_PLACES = place_alternation()
# what asks: a clause holding one is the question or part of it
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|吗|么|呢|是不是|是否|有没有|有无|对不对|怎么|如何|[？?]")
# what asks for something rather than a yes or no: after a heard claim, "…对吗" confirms the
# claim as said (the premise check answers it), "…是多少" asks the document's own figure
_ASKS_WHAT = re.compile(r"多少|几|什么|啥|哪|谁|怎么|如何|原文|原话|具体")
_STOP = re.compile(r"[，,：:；;。！!]")
# "经信委老同志问" / "我们市发改问" / "领导让我查": a relay, the verb ends the clause
_RELAY = re.compile(r"^[^，,：:；;。]{1,14}?(?:问|想问|问问|问一下|问下|让问|让我问|托我问|让我查|要我查|让查|打听一下?|咨询|想知道|想了解)$")
# "给领导准备个材料" / "帮处长写汇报" / "为开会准备": what the answer is for
_PURPOSE = re.compile(
    r"^(?:我)?(?:在)?(?:给|为|帮|替)[^，,：:；;。]{0,6}?(?:准备|整理|写|弄|凑|做|起草|赶|备)(?:一下|下)?"
    r"(?:个|一份|一个|份|点|些)?(?:汇报)?(?:材料|稿子|稿|汇报|讲话稿?|发言稿?|简报|PPT|ppt|提纲|数据)(?:用)?$")
# "帮我摘一下" / "给我两个数" / "麻烦查下": a request that names nothing
_REQUEST = re.compile(
    r"^(?:请|麻烦|劳驾)?(?:你)?(?:帮我|给我|帮忙|帮)?(?:摘|查|找|看|列|整理|汇总|发|报|说|告诉我)?(?:一下|下|出来)?"
    r"(?:给我)?(?:[两二三四几各]个|这两个|每个)?(?:数|数字|数据|结果)?(?:吧|啊|哈|就行|即可|就好)?$")
_REQUEST_LEAD = re.compile(r"^(?:请|麻烦|劳驾)?(?:你)?(?:帮我|帮忙|给我)(?:摘|查|找|看|列|整理|汇总)(?:一下|下)?\s*(?![一下])(?=[\u4e00-\u9fff\d])")
# who said it, then the verb of saying: "群里转发说" / "市里开会说" / "省长报告里讲" / "领导强调"
_SPEAKER = (r"群里?|微信群|工作群|网上|朋友圈|有人|别人|人家|大家|同事|领导|老领导|省长|市长|县长|书记|主任|局长|处长|"
            r"市里|省里|县里|区里|上面|上级|会上|开会|新闻|媒体")
_HEARSAY = re.compile(
    rf"^(?P<who>[^，,：:；;。说讲]{{0,8}}?(?:{_SPEAKER})[^，,：:；;。说讲]{{0,4}}?)"
    r"(?:转发|转|传|一直|都|也|还)?(?:说|讲(?!话|稿)|强调|提到|提出|称|讲到|要求|传)(?:的是|过|了)?(?P<said>[^，,：:；;。]{2,})$")
# "21年省里说要X": a year with the speaker names that year's document, whose words are the subject
_DOCUMENT_SPEAKS = re.compile(r"(?:19|20)?\d{2}\s*年|今年|去年|前年")
# "…，最后实际新增了几家": what became of what was said is asked; the figure said is the
# commitment checked against, not a claim about the document (answers.review_ask)
_OUTCOME_ASKED = re.compile(r"后来|最后|最终|到头来|结果|兑现|落实了|完成了|实际(?:新增|完成|建成|实现)")
# "听说X" / "据说X": heard, the speaker unsaid or said after ("听说市里要求X")
_HEARD_FIRST = re.compile(r"^(?:我)?(?:听说|据说|听人说|听别人说|听人讲|听群里说|有传言说?|传言说?)(?P<said>[^，,：:；;。]{2,})$")
_SAID_ONLY = re.compile(r"^(?P<said>[^，,：:；;。]{2,})$")
# "还提到X" / "也说X": the same speaker goes on, in a clause of its own
_SAID_MORE = re.compile(r"^(?:还|也|又|另外|并且?)(?:提到|提了|说|讲|强调|要求)(?:了|过)?(?P<said>[^，,：:；;。]{2,})$")
# a figure said (digits or words) with its measure: "200个以上", "30微克以内", "四十多亿斤", "十来家"
_CN = "零一二两三四五六七八九十百千万亿"
_MEASURE = (r"%|个百分点|微克(?:/立方米|每立方米)?|万亿元|亿元|万元|元|万亿|亿斤|万吨|亿|万|平方公里|公里|千米|米|吨|斤|亩|公顷|"
            r"人次|人|户|家|个|套|项|所|座|条|台|场|件|名|次|辆|床|张|间")
_SAID_FIGURE = re.compile(
    rf"(?:[要都就定压降到达干是为在超过有能得了将把控制]{{0,4}})"
    rf"(?P<fig>(?:\d+(?:\.\d+)?|[{_CN}]*[十百千万亿][{_CN}]*)(?P<about>多|来|余|几)?(?:万亿|亿|万|千|百)?(?P<about2>多|来|余)?"
    rf"(?:{_MEASURE})(?:左右|以上|以内|以下|多)?)"
    # the measure ends the figure: "5020项目" is a name, not 5020项
    r"(?=$|[^\u4e00-\u9fff]|[的了吧啊呢和、是还都也就])")
# "要加强" / "要铆足劲干": the speaker's exhortation, no subject
_EXHORT = re.compile(
    r"(?:要|得|必须|一定要|务必|还要)(?:再|更|进一步)?(?:加强|加大力度|抓紧|抓好|抓实|铆足劲干?|铆足干劲干?|下功夫|下大力气|"
    r"重视起来|高度重视|狠抓|发力|使劲干?|用力|干好|做好|搞好|推进|落实好|盯紧|加把劲)(?:起来|一点|些|了)?$")
# "要多建托位" / "要加快新基建": the same exhortation said before its object, which stays
_EXHORT_LEAD = re.compile(r"^(?:要|得|必须|一定要|务必|还要)(?:多|加快|大力|抓紧|加紧|尽快|积极|着力|进一步)(?:建|搞|抓|推进|推动|发展|办|做|上)?")
# what the speaker's words say of the figure: a target ("今年要压到", "力争", "定")
_TARGET_SAID = re.compile(r"要|力争|定|目标|计划|争取")
# "我看着不太对" / "感觉不准" / "有点拿不准": doubt, said between the hearsay and the ask
_DOUBT = re.compile(r"^(?:我|咱)?(?:看着|看|觉得|感觉|怀疑|总觉得|估计)?(?:好像|似乎|有点|可能)?(?:不太|不大|不)(?:对|准|靠谱|确定)(?:劲)?(?:吧|啊|呀)?$"
                    r"|^(?:我|咱)?(?:有点|有些)?(?:拿不准|吃不准|记不清|存疑|有疑问)(?:了)?$")
# "别给我全省的数" / "不要分工方案里那个目标数" / "不用南昌的": a scope not wanted
_EXCLUDE = re.compile(
    rf"^(?:别|不要|不用|甭|无需|不需要)(?:给我|给|拿|用|看|找|报|说)?(?:那个)?(?P<what>{_PLACES}|全省|省里|全市|市里|全国|"
    r"分工方案|方案|台账|计划|目标|预期)(?:里|中|上)?(?:的|那个|那)*(?:目标|计划|预期)?(?:数|数字|值|那个数)?(?:啊|哈|哦)?$")
# "注意与2022年报告所列数字区分" / "别跟省里的搞混" / "以免口径混用" / "不是2021年的": another
# document's or year's figure named only to be kept apart from the one asked
_KEEP_APART = re.compile(
    r"^(?:请|要)?(?:注意|留意|务必)?(?:与|和|跟|同)[^，,；;？?]{2,24}?(?:区分|区别|分开|分清|混淆|搞混|弄混|混用)(?:开|开来)?$|"
    r"^(?:以免|避免|防止|免得|别|不要)[^，,；;？?]{0,16}?(?:混用|混淆|搞混|弄混|混了|串了|弄错|搞错)$|"
    r"^(?:而)?(?:不是|并非|非)(?:(?:19|20)?\d{2}\s*年|去年|前年|今年)[^，,；;？?]{0,10}?的(?:数|数字|那个)?$")
_PLAN_OR_TARGET = re.compile(r"分工方案|方案|台账|计划|目标|预期")
_ACTUAL = re.compile(r"实际|完成|实现")
# "我们赣州" / "咱们南昌": the first person before a place is no word of the subject
_WE_PLACE = re.compile(rf"(?:我们|咱们|俺们)(?=(?:{_PLACES}))")
# ("我们市场监管局" is a unit, not 我市: the level word must end the word)
_WE_LEVEL = re.compile(r"(?:我们|咱们|俺们)(?=[省市县区](?:\d|[里的，,\s（(]|今年|去年|前年|明年|$)|"
                       # "咱们县国家高新技术企业总数" (round 59g): the level word before the subject;
                       # never a word it starts (市场, 县城, 区域, 省级, 市直, 县委…)
                       r"[省市县区](?![场城域级直委政属长份内外界])[\u4e00-\u9fff])")
# "想跟省里对一下": the asker's own use of the answer, said after the question
_CHECK_AGAINST = re.compile(r"^(?:我)?(?:想|要|好|方便)(?:跟|和|同|与)[^，,；;？?]{1,8}?(?:对一下|对对|对个数|对照一下|核对一下|比对一下|对标一下)$")
# the ask with no measure of its own: the measure of the figure claimed is put after it
_BARE_ASK = re.compile(r"(多少|几)(?![\u4e00-\u9fff%]{0,1}(?:个|家|项|亿|万|公里|斤|人|元|%|微克|吨|亩))")


_MULTIPLIERS = ("万亿", "亿", "万", "千", "百")  # "150亿": a size, no measure the ask counts in
_UNIT_OF = re.compile(rf"^(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)(?:多|来|余|几)?(?P<mult>万亿|亿|万|千|百)?(?:多|来|余)?(?P<measure>{_MEASURE})")


@dataclass(frozen=True)
class Frame:
    """The question without its framing words, and the figures it says someone else claimed."""
    question: str
    claimed: tuple[str, ...] = ()
    approximate: bool = False  # "十来家", "四十多亿斤": a claim too rough to be checked


def _clauses(text: str) -> list[str]:
    """The text cut after each stop, stops kept with the clause before them."""
    return [c for c in re.split(r"(?<=[，,：:；;。！!？?])", text) if c]


def _bare(clause: str) -> str:
    return _STOP.sub("", clause).strip(" ？?")


def read_frame(question: str) -> Frame:
    """`question` without relay, purpose, hearsay, doubt and exclusion words (module doc); the
    hearsay's figures in `claimed`. Unchanged when what would be left asks nothing."""
    text = (question or "").strip()
    if not text:
        return Frame(text)
    clauses = _clauses(_REQUEST_LEAD.sub("", text, count=1))
    claimed: list[str] = []
    approximate = False
    target_said = False
    kept_lead: list[str] = []
    place_dropped = ""
    heard = False
    relayed = False  # a relay or a purpose went: what is left is the question, asked or named
    # opening clauses that ask nothing
    while len(clauses) > 1:
        head = _bare(clauses[0])
        if not head or _ASKS.search(head):
            break
        if _RELAY.match(head) or _PURPOSE.match(head) or _REQUEST.match(head):
            relayed = True
            place_dropped = place_dropped or "".join(re.findall(_PLACES, head)[:1])
            clauses.pop(0)
            continue
        first = _HEARD_FIRST.match(head)
        if first:  # "听说市里要求X": the hearing said first, then maybe who said it
            head = first.group("said")
        m = _HEARSAY.match(head)
        if m is None and (first or heard):
            m = _SAID_MORE.match(head)
        if m is None and first:
            m = _SAID_ONLY.match(head)
        if (m and _ASKS_WHAT.search("".join(clauses[1:])) and not m.group("said").startswith("的")
                and not _DOCUMENT_SPEAKS.search(m.groupdict().get("who") or "")
                and not _OUTCOME_ASKED.search("".join(clauses[1:]))):
            heard = True
            if "who" in m.groupdict():
                place_dropped = place_dropped or "".join(re.findall(_PLACES, m.group("who"))[:1])
            said = m.group("said")
            for f in _SAID_FIGURE.finditer(spoken_numbers(said)):
                claimed.append(f.group("fig"))
                # "1亿多人次" (said "一亿多人次"): rough whether 多 stands before or after the 亿
                approximate = (approximate or bool(f.group("about") or f.group("about2"))
                               or not re.match(r"\d", f.group("fig")))
            said_plain = spoken_numbers(said)
            # "今年要压到30微克以内" / "要力争引进…200个": a figure said as a target
            target_said = target_said or bool(claimed and _TARGET_SAID.search(said_plain))
            said_plain = _EXHORT_LEAD.sub("", _EXHORT.sub("", _SAID_FIGURE.sub("", said_plain)).strip())
            clauses.pop(0)
            if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", said_plain)) >= 2:
                kept_lead.append(said_plain + "，")
            continue
        break
    # clauses after the opening: doubt, exclusion and the asker's own use say nothing to look for
    rest: list[str] = []
    actual = False
    apart = False  # a figure kept apart: what is left is the question, an ask word or not
    for c in clauses:
        bare = _bare(c)
        ex = _EXCLUDE.match(bare) if len(clauses) > 1 else None
        if ex:  # "别给我全省的数": a scope not wanted, wherever it is said
            actual = actual or bool(_PLAN_OR_TARGET.search(bare))
            continue
        if rest and _KEEP_APART.match(bare) and not _ASKS.search(bare):
            apart = True
            continue  # "…亩数，注意与2022年报告所列数字区分": not a second ask
        if rest or kept_lead:
            if (heard and _DOUBT.match(bare)) or _CHECK_AGAINST.match(bare) or (bare and _REQUEST.match(bare)):
                continue
        rest.append(c)
    if not rest:
        return Frame(text)
    body = "".join(rest)
    head = "".join(kept_lead)
    if claimed:
        unit = _unit_of(claimed[0])
        if unit and unit not in _MULTIPLIERS and not re.search(re.escape(unit), body):
            # "…四十多亿斤，23年各是多少": the ask counts in the claimed figure's measure
            asks = list(_BARE_ASK.finditer(body))
            if asks:
                at = asks[-1].end()
                body = body[:at] + unit + body[at:]
    if target_said and not re.search(r"目标|计划|预期|实际|完成", head + body):
        head = head.rstrip("，") + "目标，" if head else head
    out = (head + body).strip()
    if actual and not _ACTUAL.search(out):
        out = re.sub(r"([，,；;？?。！!\s]*)$", r" 实际\1", out, count=1)
    out = _WE_LEVEL.sub("我", _WE_PLACE.sub("", out))
    if place_dropped and not re.search(_PLACES + r"|全省|省里|我省|全市|市里|我市", out):
        out = place_dropped + out
    if len(out) < 4 or not (_ASKS.search(out) or relayed or apart):
        return Frame(text)
    return Frame(out, tuple(claimed), approximate)


def _unit_of(figure: str) -> str:
    """"四十多亿斤" → "亿斤", "200个以上" → "个": the measure a claimed figure counts in."""
    m = _UNIT_OF.match(figure)
    return (m.group("mult") or "") + m.group("measure") if m else ""


def with_verdict(frame: Frame, ans: Answer) -> Answer:
    """`ans`, said first not to hold the figure someone claimed when the figure it quotes is
    another ("群里说200个以上" and the report says 170个以上). A rough claim ("十来家") is not
    judged; an answer that holds the claimed figure, or none, is left as it is."""
    if not frame.claimed or frame.approximate or ans.intent in ("none", "clarify"):
        return ans
    from answers.claims import Claim, figures, holds, quoted_text  # the same figures as a pasted claim

    found = tuple(f for c in frame.claimed for f in figures(unicodedata.normalize("NFKC", c)))
    if not found:
        return ans
    said = quoted_text(ans)
    # "150亿" said with no measure is the same as the document's "150亿元"
    values = {round(f.value, 6) for f in figures(said)}
    if holds(said, Claim("", found)) or all(not f.unit and round(f.value, 6) in values for f in found):
        return ans
    note = P.HEARSAY_NOT_SAID.format(figure="、".join(frame.claimed))
    return replace(ans, answer=note + "\n" + ans.answer)
