""""为啥X没能按期完成" / "X没完成是什么原因" / "为什么X超额完成": a reason asked of one item.

Reports rarely say why. When a report does ("主要经济指标增速不及预期，主要是因为…"), that
sentence is the answer: a sentence holding a reason word (因为, 由于, 原因, 受…影响, 导致) whose
words are mostly the item's, with the state the question says ("没达到预期") read as the
report's own ("不及预期"). Otherwise the answer is what the documents do say of the item (its
review, its result, its target), opened by the plain statement that no reason is written: the
item is in the text, so "not found" would be false.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer, evidence_of, source_dict, source_line
from core import lazy_re as re
from core.bigrams import bigrams
from core.synonyms import table as synonym_table
from prompts import answers as P

# the reason asked ("为什么叫X" asks a name, not a reason)
REASON_ASK = re.compile(
    r"为啥(?!(?:这么|要)?叫)|为什么(?!(?:这么|要)?叫)|为何|怎么会|咋会|何故|是因为什么|因为什么|怎么回事|咋回事|"
    r"(?:的)?(?:主要)?(?:是)?(?:什么|啥|哪些)(?:主要)?原因|"
    # "东环路咋滞后了" / "风电场…卡在哪" (round 66b): why it lags, where it is stuck
    r"(?:咋|怎么)(?=(?:又|还|就|会)?(?:滞后|落后|拖|慢|卡))|卡在(?:哪|啥|什么)(?:里|儿|地方|环节)?|卡(?:哪|啥)了?|(?:的)?(?:主要)?原因(?:是什么|是啥|何在|在哪里?|有哪些|是)?")
# the state the question says of the item: no part of its name
_STATE = re.compile(
    r"(?:还|仍|至今)?(?:没能|没有|未能|未|没|不能|不)(?:能)?(?:按期|按时|如期|按计划)?(?:完成|达到|达标|实现|建成|通车|开工|开通|落地|兑现|完工|竣工|封顶|投用|交付)"
    r"(?:预期|目标|任务|计划)?|(?:不及|低于|未达|没达到|未达到)预期|超额完成|超过预期|提前完成|"
    r"(?:推迟|延期|延后|滞后|拖延|放缓|下降|下滑|回落)(?:了)?|进度(?:这么|比较|有点|太)?慢|"
    r"(?:还是|这么|那么|这样|如此)(?:多|少|高|低|快|慢|大|小)|慢|"
    # "GDP增速为啥只有4%": the figure said of the state is the result, no target of the item
    r"(?:只有|仅有|只|仅|才)\s*\d+(?:\.\d+)?\s*(?:%|％|[万亿千百]?[\u4e00-\u9fff]?)|了|呢|[？?。！!，,\s]")
# "养老服务中心有3个拖了 啥原因 啥时候能弄完" (round 60h): how many lag, and when it will be done
# asked beside the reason, are no words of the item (the remedy sentence after the problem says when)
_ASIDE = re.compile(r"有\s*\d+\s*[个家所座项条处]|拖(?:了|着)?|(?:预计|估计)?(?:啥时候|什么时候|何时|几号|哪天)[^，,。？?\s]{0,6}|"
                    # "…是不是过期了 为啥拖了" (round 68d): its state asked beside the reason
                    r"(?:是不是|是否)?(?:过期|逾期|超期|延期)(?:了)?|"
                    # "高标准农田为啥滞后了 现在建了多少" (round 67a): where it stands, asked beside why
                    r"(?:现在|目前|眼下|当前|已经)[\u4e00-\u9fff]{0,4}?(?:多少|几)[\u4e00-\u9fff]{0,2}?(?:了)?(?=[\s，,？?。]|$)|"
                    # "通报里说的原因是啥" (round 67b): where the asker read it, no word of the item
                    r"(?:通报|报告|台账|文件|材料|方案)(?:上|里|中)?(?:面)?(?:是)?(?:咋|怎么)?(?:说|写|讲)(?:的|了)?")
# the report's own words for a result short of expectation
_SHORT_OF = re.compile(r"(?:没|未)达到预期|低于预期|(?:没|未)完成预期")
# "完不成全年计划" is said by a report as "低于全年计划" (赣州 2023 report, round 25a r25a-037)
_SHORT_OF_PLAN = re.compile(r"(?:完不成|达不到|没完成|未完成|没有完成|没达到|未达到)(?P<span>全年|年度|年初)?(?P<what>计划|目标)")
# how the question asks the document to explain ("报告怎么解释的"), and words that only join or
# point at the items ("GDP社零还有城乡居民收入这几项"): neither is a word of the item
_EXPLAIN_ASKED = re.compile(r"(?:报告|文件|政府|材料|问题清单|台账|通报)?(?:里|上|中)?(?:是)?(?:怎么|如何|咋)(?:解释|说明|交代|说|讲|写)(?:的|呢)?")
_JOINING = re.compile(r"还有|以及|这几项|这几个|这些|那几项|那些|几项")
# a sentence that gives a reason
# ("X存在问题：3个中心选址调整…": a ledger's problem column names the cause, round 60h)
# (a lagging row's 备注 cell, "县客运站迁建备注：征迁未完成", is where a ledger writes why)
# ("澜江实验室二期因大型科研设备进口报关延迟，…推后", round 68d: 因 before what went wrong)
# ("剩余6项因部门数据接口未打通尚未上线": 因 alone before its cause, round 70b; never 因此/因素)
_MARKER = re.compile(r"因为|由于|原因|(?<![原基诱起成近主])因(?![素此而地制])(?=[\u4e00-\u9fff]{2,24}?(?:未|不|没|延|滞|影响|困难|问题|缺|短缺|变更|调整))|受[^，。；]{1,40}影响|导致|所致|缘于|存在问题[:：]|主要问题[:：]|困难问题[:：]|备注[:：]|"
                     r"因[^，。；]{2,30}?(?:延迟|推迟|滞后|延误|延期|暂停|调整|不足|困难|问题|未到位|未完成|未批复|影响)")
_POINTING = re.compile(r"[这那](?:一)?[个项条块件边类]|[这那]几[样项个条]|"
                       # "风电场那个滞后了 哪个单位牵头的 卡在哪": the owner asked beside the reason
                       r"(?:是)?(?:哪个|哪家|什么|啥)?(?:单位|部门)?(?:牵头|负责)的?")
# how much of the item's words a reason sentence must hold
MIN_SHARE = 0.6
_YEAR_OR_PLACE = re.compile(r"(?:19|20)?\d{2}\s*年|今年|去年|前年|上年|上一年|全省|全市|我省|我市")


# a name asked of ("为什么叫两山银行", "这个名字怎么来的"): a definition, not a reason
_NAME_ASKED = re.compile(r"这么叫|叫这个|叫做|得名|名字|名称")


def query_forms() -> dict[str, str]:
    """Typed abbreviation → the documents' word (core/synonyms_data.py rows used "query")."""
    return synonym_table("query")


def reason_asked(question: str) -> bool:
    return bool(REASON_ASK.search(question or "")) and not _NAME_ASKED.search(question or "")


def reason_answer(ctx: Any, question: str, again: Callable[[str], Answer], *, region: str | None,
                  today: Any) -> Answer | None:
    """The reason a report gives, else what the documents say of the item with the note that no
    reason is written; None when no reason is asked or nothing of the item is found."""
    if not reason_asked(question):
        return None
    said = _ASIDE.sub(" ", _EXPLAIN_ASKED.sub(" ", REASON_ASK.sub(" ", question))).strip()  # the item with the state the question says
    item = re.sub(r"\s+", "", _STATE.sub(" ", said)).strip("的")
    if len(re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", _YEAR_OR_PLACE.sub("", item))) < 2:
        return None
    stated = _stated_reason(ctx, said, region, today)
    if stated is not None:
        return stated
    # what became of it (a review, a result), the item alone, then the task of a table by its words
    for sub in (f"{item}，最后完成了没有", item, f"{item}那项进展如何"):
        ans = again(sub)
        if ans.intent not in ("none", "clarify"):
            head = P.REASON_IN_TEXT if _MARKER.search(ans.answer) else P.REASON_NOT_GIVEN
            return replace(ans, answer=head + "\n" + ans.answer)
    return None


def _stated_reason(ctx: Any, said: str, region: str | None, today: Any) -> Answer | None:
    """A report sentence giving a reason about the item `said` (module doc)."""
    from answers.understanding import understand
    from answers.years import parse_years, resolve_years, strip_years
    from retrieval.chunk import split_sentences

    ref = parse_years(said)
    q, docs = understand(ctx, said, region=region)
    reports = [d.year for d in docs if (d.kind or "report") != "plan" and d.year]
    years, _ = resolve_years(ref, today_year=today.year, doc_years=reports)
    words = _SHORT_OF.sub("不及预期", strip_years(said, ref))
    words = _SHORT_OF_PLAN.sub(lambda m: "低于" + (m.group("span") or "") + m.group("what"), words)
    # "县医院门急诊那个楼": pointing fillers are no words of the item (round 66b)
    words = _POINTING.sub(" ", _JOINING.sub(" ", _EXPLAIN_ASKED.sub(" ", words)))
    if q.region.mentioned:
        words = words.replace(q.region.mentioned, " ")
    words = _YEAR_OR_PLACE.sub(" ", re.sub(r"[？?。！!，,]", " ", words))
    grams = set(bigrams(words))
    # an abbreviation typed ("社零") is matched in the documents' form as well: the share is the
    # better of the words as typed and the words with each abbreviation in the documents' form
    formal = words
    for typed, doc in sorted(query_forms().items(), key=lambda kv: -len(kv[0])):
        formal = formal.replace(typed, doc)
    readings = [grams] + ([set(bigrams(formal))] if formal != words else [])
    # the item without the state said ("风电场滞后了"): a ledger's remark names the item, not its state
    if len(bare := set(bigrams(_STATE.sub(" ", words)))) >= 2 and bare != grams:
        readings.append(bare)
    if len(grams) < 2:
        return None
    best, best_share = None, 0.0
    item = _STATE.sub("", words)
    place = q.region.name if q.region.mentioned else None
    # (a ledger row's remark competes with the report's prose of the same item: asked apart)
    hits = B.search(ctx, words + " 原因", k=12, region=place, kind="report")
    hits += [h for h in B.search(ctx, words + " 备注 存在问题 滞后", k=6, region=place, kind="report", dense=False)
             if all(B.field(h, "text") != B.field(o, "text") for o in hits)]
    for hit in hits:
        year = B.field(hit, "year")
        if years and year and not any(int(year) in (y, y + 1) for y in years):
            continue  # a reason for year Y is written in Y's report or in Y+1's review
        sentences = split_sentences(B.field(hit, "text") or "")
        for i, sentence in enumerate(sentences):
            if not _MARKER.search(sentence):
                continue
            printed = set(bigrams(sentence))
            if _REASON_OPENS.match(sentence):
                # "（三）第25项泓川至鹤岭快速路建设…。主线工程已完成86%…。主要原因是…" (round 67b):
                # a reason with no subject of its own is the item's the sentences before it name
                printed |= set(bigrams("".join(sentences[max(0, i - 2):i])))
            share = max(len(g & printed) / len(g) for g in readings)
            if share < MIN_SHARE and shortened_in(item, sentence):
                share = MIN_SHARE  # "沙泽县二小" for 沙泽县第二实验小学: a short name, its characters in order
            if share > best_share:
                said_of = sentence
                if _REASON_OPENS.match(sentence) and i and not _MARKER.search(sentences[i - 1]):
                    # the sentence naming the item comes with it: where it stands is asked beside why
                    said_of = sentences[i - 1] + sentence
                best, best_share = (hit, _with_remedy(said_of, sentences[i + 1:i + 2])), share
    if best is None or best_share < MIN_SHARE:
        return None
    hit, sentence = best
    title = B.field(hit, "title") or ""
    text = P.REASON_STATED.format(title=title, sentence=sentence) + "\n" + source_line(title, B.field(hit, "section"))
    year = B.field(hit, "year")
    return Answer(text, "fact", [source_dict(hit, sentence)],
                  evidence=[evidence_of(hit, sentence, int(year) - 1 if year else None, sentence)])


# a reason said without its subject: the sentences before it name the item
_REASON_OPENS = re.compile(r"^(?:其|主要|究其|滞后的?|未完成的?)?原因(?:是|为|主要是|在于|[:：])|^主要是")


# a ledger's remedy column, printed as the sentence after its problem column
_REMEDY = re.compile(r"^[^，。；]{0,40}?(?:整改措施|下步措施|下一步措施|解决措施)[:：]")


def _with_remedy(sentence: str, following: list[str]) -> str:
    """The problem sentence with the remedy sentence after it, when a ledger prints one: what
    is done about it and by when is asked with the reason ("啥原因 啥时候能弄完")."""
    if following and "存在问题" in sentence and _REMEDY.match(following[0]):
        return sentence + following[0]
    return sentence


def shortened_in(item: str, sentence: str) -> bool:
    """The item's characters (four or more) stand in order in the sentence, within a span not
    three times its length: a short name the way Chinese shortens one (沙泽县二小 for
    沙泽县第二实验小学)."""
    chars = [c for c in item if "\u4e00" <= c <= "\u9fff"]
    if len(chars) < 4:
        return False
    start = sentence.find(chars[0])
    while start >= 0:
        pos, ok = start, True
        for c in chars[1:]:
            pos = sentence.find(c, pos + 1)
            if pos < 0 or pos - start >= 3 * len(chars):
                ok = False
                break
        if ok:
            return True
        start = sentence.find(chars[0], start + 1)
    return False
