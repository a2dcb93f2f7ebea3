"""Picking the sentence that answers from retrieved chunks.

Retrieval returns passages; staff want one figure. Each passage is cut into sentences and
clauses; a clause wins when it names the indicator the question asks about, carries a number
with a unit (when a number is asked for), speaks of the asked year, and is of the asked kind:
a target ("增长5%左右" in a 工作安排 section, or with 目标/力争/确保) or a result ("增长4.1%" in a
工作回顾 section, or with 完成/实现). A 2024 report's review section speaks of 2023.
"""
from __future__ import annotations

from core import lazy_re as re
from core.ledger_words import MONTH
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from answers.year_spans import span_said, states_span
from core import measures
from core.bigrams import bigrams
from core.synonyms import count_measures, counted_things
from retrieval.meta import DONE_TITLE

_UNITS = (measures.alternation() + r"|元|美元|斤|吨|亩|公顷|人次|人|户|家|个|套|平方公里|公里|千米|米|平方米|项|所|座|条|台|场|件|名|次|倍|"
          r"千瓦|辆|盏|株|只|头|批|处|类|部|届|枚|金|床|张|艘|架|位|间|标准箱|万千瓦|版|周岁|岁|层|"
          # "11金1银2铜": the short units of a medal count, where the count ends (never 银行)
          r"[银铜](?=\s*(?:\d|[，,。；;、）)\s]|$))")
UNIT_WORDS = _UNITS  # every unit a figure may print, for readers elsewhere
NUMBER = re.compile(
    r"(?<![A-Za-z\d.])\d+(?:\.\d+)?\s*(?:-\s*\d+(?:\.\d+)?\s*)?"
    r"(?:%|％|‰|个百分点|微克/立方米|(?:km|公里|千米)/h|(?:公里|千米)/小时|km(?![A-Za-z/])|小时|分钟|天|个工作日|(?:万亿|亿|万|千|百)?(?:多|余)?(?:" + _UNITS + r")|万亿|亿|万(?![\u4e00-\u9fff]))"
    r"(?:左右|以上|以内|以下|多|余)?"
)
_CN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ASCII = re.compile(r"[A-Za-z][A-Za-z0-9+&]*|\d+(?:\.\d+)?")
_SENT_SPLIT = re.compile(r"(?<=[。；！？!?;])|\n+")
_CLAUSE_SPLIT = re.compile(r"[，,；;。：:！？]")
_RESULT_CUES = re.compile(r"(完成了?|实现了?|增长了|达到了|预计|一年来|过去|累计|全年|较上年|比上年|分别完成|获评|获批|入选|首次|创历史|已)")
_REVIEW_HEADING = re.compile(r"(回顾|过去一年|过去五年|一年来|主要工作|工作总结|成绩)")
_DONE_HEADING = re.compile(r"(?:完成|落实|进展|推进)情况$")
# a results notice's part that looks ahead ("三、下一步工作安排")
_NEXT_STEPS = re.compile(r"下一步|下步|打算|安排|计划|要求")
_PLAN_HEADING = re.compile(r"(安排|目标|任务|计划|重点工作|建设|推进|发展|坚定不移|着力|加快|深化|切实)")
_YEAR_IN = re.compile(r"((?:19|20)\d{2})\s*年")
GENERIC_GRAMS = {"增长", "新增", "完成", "实现", "全年", "提高", "达到", "建设", "推进", "工作", "项目", "发展",
                  "全省", "全市", "全县", "我省", "我市", "我县", "总量", "数量", "规模", "情况", "多少", "目标", "预期",
                  "计划", "实际", "今年", "去年", "年度", "总额", "引进", "元以", "以上", "左右"}


def grams(text: str) -> list[str]:
    """Character bigrams of the Chinese runs plus ASCII words: the same units BM25 uses."""
    out = bigrams(text)
    out.extend(w.lower() for w in _ASCII.findall(text) if not w[0].isdigit())
    return list(dict.fromkeys(out))


# what a bigram across two typed words weighs when the text lacks it: a report may print a word
# between them ("国家级高新区[综合]评价", "“三公”经费[支出]连续10年压减") where staff typed none
JOINT = 0.35


def topic_joints(topic: str) -> dict[str, tuple[str, str]]:
    """`topic`'s bigrams that straddle two of its words (jieba's cut; not beside a common word or a
    place), each with its two words: `coverage` forgives most of such a bigram when it is missing
    and both its words are there ("重卡" … "一期"): a word was printed between them. When a word
    is missing too ("柘岭到青茅的二级公路" for "柘岭至石门二级公路"), nothing is forgiven."""
    from answers.review_words import word_joints

    return word_joints(topic or "", GENERIC_GRAMS)


def coverage(topic_grams: list[str], text: str, weights: dict[str, float] | None = None,
             joints: dict[str, tuple[str, str]] | None = None, context: str | None = None) -> float:
    """Weighted share of the topic's bigrams found in `text`.

    Generic bigrams (增长, 目标 …) count less; a bigram found with one or two characters inside ("粮食产量" ~ "粮食总产") counts half;
    a bigram of `joints` (`topic_joints`) that is missing while both its words are there (in `context`, the
    clause's sentence, when given) counts `JOINT` of its weight."""
    if not topic_grams:
        return 0.0
    low = text.lower()
    around = context.lower() if context else low
    total = hit = 0.0
    for g in topic_grams:
        w = weights.get(g) if weights else None
        if w is None:
            w = 0.35 if g in GENERIC_GRAMS or len(g) == 1 else 1.0
        if g in low:
            hit += w
        elif len(g) == 2 and _is_cjk(g) and fuzzy_spans(g, low, least=1):
            hit += 0.5 * w
        elif joints and g in joints and all(word in around for word in joints[g]):
            w *= JOINT
        total += w
    return hit / total if total else 0.0


# a passage holding every character of the indicator, in other words, counts a little above
# the coverage bar (MIN_COVERAGE 0.5) only when all of them are there
CHAR_COVER_WEIGHT = 0.55


def char_coverage(chars: set[str], text: str) -> float:
    if len(chars) < 4:
        return 0.0  # too short to say anything beyond the bigrams
    return sum(1 for ch in chars if ch in text) / len(chars)


def fuzzy_spans(g: str, low: str, *, least: int = 0) -> list[tuple[int, int]]:
    """Where bigram `g` stands in `low`, also with one or two CJK characters inside
    ('食产' as '食总产'); `least=1` finds only the split forms. Plain string search: a
    regex per bigram overflows the `re` module's 512-pattern cache, and recompiling the
    CJK character class costs milliseconds (measured: 4× slower `ask`)."""
    if g not in low and (len(g) != 2 or low.find(g[0]) == -1):
        return []
    if len(g) != 2 or not _is_cjk(g):
        out, i = [], low.find(g)
        while i != -1 and least == 0:
            out.append((i, i + len(g)))
            i = low.find(g, i + 1)
        return out
    a, b = g
    out = []
    i = low.find(a)
    while i != -1:
        for gap in range(least, 3):
            j = i + 1 + gap
            if j < len(low) and low[j] == b and all("\u4e00" <= ch <= "\u9fff" for ch in low[i + 1:j]):
                out.append((i, j + 1))
                break
        i = low.find(a, i + 1)
    return out


@lru_cache(maxsize=65536)
def _is_cjk(s: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in s)


_FULLWIDTH_NUM = str.maketrans("０１２３４５６７８９％", "0123456789%")


@lru_cache(maxsize=4096)
def clean(text: str) -> str:
    """Undo extraction artifacts the index may have kept: spaces inside numbers and CJK. Kept
    per chunk text: every wording of a question reads the same hits again."""
    t = re.sub(r"^[^\n]{0,80}｜[^\n]{0,120}\n", "", text)  # "document｜section" retrieval header
    t = re.sub(r"(?<=[\u4e00-\u9fff\d%）)”])\s+(?=[\u4e00-\u9fff\d（(“])", "", t)
    t = re.sub(r"(?<=\d)\s+(?=[.%])|(?<=\.)\s+(?=\d)", "", t)
    t = re.sub(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])[ \t]+(?=[\u4e00-\u9fff])", "", t)
    t = re.sub(r"</?u>|[✓△]", "", t)
    # full-width digits, points and percent signs ("７．１％") as staff type them: "7.1%"
    t = t.translate(_FULLWIDTH_NUM)
    t = re.sub(r"(?<=\d)．(?=\d)", ".", t)
    return t.strip()


@dataclass
class Period:
    year: int | None
    mode: str | None  # "target" | "result"
    span: bool = False  # a figure over several years ("四年来累计…"), of no single year (answers.year_spans)


def section_period(section: str, doc_year: int | None, span_year: int | None = None, title: str = "") -> Period:
    """Which year and kind a section speaks of: '一、2023年工作回顾' → (2023, result).

    `span_year` is what ingestion read for the section (it also knows that a clipped page
    before the first heading is the previous year's review); a year before the year the
    report plans for is a review, the plan year itself is the plan."""
    top = re.split(r"\s*[›>»/|]\s*", section or "")
    head = next((t for t in top if re.match(r"^[一二三四五六七八九十]+、", t)), "")
    years = [int(y) for y in _YEAR_IN.findall(head)]
    if head and _DONE_HEADING.search(head):
        # "一、各项实事完成情况" (a report of what was done in its year, round 52a): that year's results
        return Period(years[0] if years else doc_year, "result")
    if title and DONE_TITLE.search(re.sub(r"\s+", "", title)) and not (head and _NEXT_STEPS.search(head)):
        # a notice or table of what was done ("…上半年重点工作推进情况的通报", "…目标任务完成情况"):
        # whatever its headings ("一、总体情况"), its figures are its year's results so far
        return Period(years[0] if years else doc_year, "result")
    if head and _REVIEW_HEADING.search(head):
        # a review speaks of a year before the report's; a span year at or after it
        # ("一、过去一年的工作" given the report's own year) is not the reviewed year
        if span_year and doc_year and span_year >= doc_year:
            span_year = None
        return Period(span_year or (years[0] if years else (doc_year - 1 if doc_year else None)), "result")
    if span_year and doc_year:
        return Period(span_year, "result" if span_year < doc_year else "target")
    if head and (_PLAN_HEADING.search(head) or years):
        return Period(years[0] if years else doc_year, "target")
    return Period(span_year, None)


@dataclass
class Candidate:
    clause: str
    sentence: str
    hit: Any
    score: float
    cov: float
    period: Period
    numbers: list[str] = field(default_factory=list)
    rank: int = 0
    head_missing: bool = False  # the first word of the asked indicator is nowhere in the sentence


def head_gram(topic: str, places: Iterable[str] = ()) -> str | None:
    """The leading bigram of the asked indicator ("房价" in "房价涨幅"), when it carries meaning:
    place names are not the indicator ("赣州民生支出" → "民生")."""
    t = topic
    for p in sorted({p for p in places if p}, key=len, reverse=True):
        t = t.replace(p, " ")
    runs = [r.lstrip("和及与跟或同的之在对") for r in _CN_RUN.findall(t)]
    runs = [r for r in runs if len(r) >= 3]
    if not runs:
        return None
    g = runs[0][:2]
    return None if g in GENERIC_GRAMS else g


# leading words a report writes in parts: 城乡居民收入 = "城镇、农村居民…分别…"
_HEAD_EQUIV = {"城乡": ("城镇", "农村"), "城镇": ("城乡",), "农村": ("城乡",)}


def lacks_head(head: str | None, sentence: str) -> bool:
    """True when the indicator's leading word is absent even loosely ("房价" vs "居民消费价格涨幅",
    "房地产投资" vs "固定资产投资"): the sentence then answers another indicator that merely
    shares the tail (涨幅, 投资增长). "新（改）建" still holds "新改建"."""
    if not head:
        return False
    low = re.sub(r"[（）()]", "", sentence.lower())
    if fuzzy_spans(head, low):
        return False
    return not any(alt in low for alt in _HEAD_EQUIV.get(head, ()))


def _span_goes_on(sentence: str, period: Period) -> bool:
    """After this sentence the span still holds: it opens one with no figure of its own
    ("回顾“十四五”以来的四年，我市综合实力实现新跨越。"), or it speaks of one and the
    list goes on after a semicolon."""
    if not period.span:
        return False
    if states_span(sentence) and not NUMBER.search(sentence):
        return True
    return sentence.rstrip().endswith(("；", ";"))


_LABELLED_KIND = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）])?(?:[^：:。；;，,]{0,24}?)"
                            r"(?:(年度目标|目标任务|计划目标|年初目标)|(?:完成|落实|进展|推进)情况|(?:完成|实施)进度)\s*[:：]")


# "到2030年，…" opening the sentence or its clause after a colon: what is aimed at by that year
_YEAR_AHEAD = re.compile(r"(?:^|[：:])\s*到\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*[，,]")


_LOOKS_BACK = re.compile(r"^\s*(?:回顾|过去|这)?[一二三四五六七八九十\d]{1,2}年(?:来|间|以来)|^\s*回顾(?:过去|这)")


def _before_span(sentence: str, base: Period, doc_year: int | None) -> tuple[Period, str] | None:
    """(the period, the text) of the clauses before a span's words when they state a figure of
    their own; None when the span's words open the sentence."""
    said = span_said(sentence)
    at = sentence.find(said) if said else -1
    head = sentence[:at].rstrip("，,；; “\"") if at > 0 else ""
    if not head or not NUMBER.search(head) or states_span(head):
        return None
    return _sentence_period(head, base, doc_year), head


def _sentence_period(sentence: str, base: Period, doc_year: int | None) -> Period:
    if states_span(sentence):
        # "四年来累计新改建农村公路512公里" in the last year's review is no figure of that year;
        # "回顾过去五年，…年均增长7.1%" looks back wherever it stands
        return Period(None, "result" if _LOOKS_BACK.match(sentence) else (base.mode or "result"), True)
    m = re.match(r"^\s*((?:19|20)\d{2})\s*年[，,是]", sentence)
    if m:
        y = int(m.group(1))
        return Period(y, "target" if doc_year and y >= doc_year else "result")
    m = re.match(r"^\s*截至\s*((?:19|20)\d{2})\s*年", sentence)
    if m:
        # "截至2024年12月底，十件民生实事全部按期完成，累计完成投资2.36亿元": what stood by then
        return Period(int(m.group(1)), "result")
    if re.match(r"^\s*(?:截至|截止到?)\s*\d{1,2}\s*月", sentence) and (base.year or doc_year):
        # "截至9月30日，72项重点任务中…进度滞后9项" (a progress notice, round 56a): its own year so far
        return Period(base.year or doc_year, "result")
    ahead = _YEAR_AHEAD.search(sentence)
    if ahead and doc_year and int(ahead.group(1)) > doc_year:
        # "展望“十五五”，…主要目标是：到2030年，地区生产总值突破5500亿元" in the review of the
        # last year (round 63c): a goal of the year named, not a figure of the section's year
        return Period(int(ahead.group(1)), "target")
    labelled = _LABELLED_KIND.match(sentence)
    if labelled and (base.year or doc_year):
        # "年度目标：改造老旧小区10个。" / "完成情况：实际改造11个…" (a report of what was done lists
        # each item's target and result under one heading, round 52a): the label says which
        return Period(base.year or doc_year, "target" if labelled.group(1) else "result")
    if base.mode:
        return base
    # no heading to go by (a partial document): judge by the words
    if _RESULT_CUES.search(sentence) and not re.search(r"(力争|确保|目标|预期目标是|计划)", sentence):
        return Period(doc_year - 1 if doc_year else None, "result")
    if re.search(r"(力争|确保|目标|计划|争取|要|加快|推进|实施)", sentence):
        return Period(doc_year, "target")
    return base


_GAP_OK = re.compile(
    r"(增长|下降|提高|降低|减少|增加|达到|达|为|突破|超过|超|保持在|保持|稳定在|稳定|控制在|控制|分别|预计|约|"
    r"比重|占比|完成|实现|累计|总数|总量|新增|年均|至|到|了|的|均|以上|左右|有|共|全年|合计|同比|比上年|较上年|要|"
    r"力争|确保|争取|和|及|规模|总额|提升|改造|建成|建设|新建|开工|引进|吸引|发放|实施|达成|不低于|以内|再|首次|"
    r"收获|获得|取得|夺得|斩获|拥有|开通|签约|获批|入选|培育|认定|占|居|位居|城镇|农村|居民|人均|全省|全市|全县|我省|我市|我县|"
    # "支出社会救助资金9.15亿元": the money an amount in 元 measures
    r"资金|经费|"
    # "在全省开发区综合考核评价中前移6位、居第23位" (round 61b): a rank's move, where it is ranked
    r"(?<=[\u4e00-\u9fff])中(?=前移|后移|上升|下降|提升|居|位居|排名|排)|前移|后移|排名|排位|名列|位列|"
    # "完成城中村改造项目9个": the units of work the figure counts (round 24b)
    r"项目|工程|[、“”\s])"
)


def unit_of(number: str) -> str:
    return re.sub(r"^[\d.\s-]+|左右|以上|以内|以下|多|余", "", number)


# counters of one kind of thing: "多少人" is answered by "14.7万名"; "下线了多少台车" by
# "下线整车1.2万辆" (r38c-021: vehicles are counted in 台 as often as in 辆)
_MEASURE_KIN = ({"人", "名", "位"}, {"辆", "台"})


def same_measure(asked: str, unit: str) -> bool:
    if not unit:
        return False
    if asked in unit or unit in asked:
        return True
    bare_asked, bare_unit = re.sub(r"^(?:万亿|亿|万|千|百)", "", asked), re.sub(r"^(?:万亿|亿|万|千|百)", "", unit)
    # "几块金牌" (asked as 金) is answered by "11金" or by "金牌3枚"
    return any(bare_asked in kin and bare_unit in kin for kin in (*_MEASURE_KIN, count_measures(bare_asked)))


def indicator_gap(clause: str, topic_grams: list[str], explained: str = "") -> int:
    """How many unexplained characters stand between the indicator and its nearest figure:
    0 for "地区生产总值增长5%", 2 for "万元GDP能耗下降3%" asked as GDP growth. Characters of
    `explained` (the question's own) explain a gap too."""
    low = clause.lower()
    spans = [m for g in topic_grams if len(g) >= 2 for m in fuzzy_spans(g, low)]
    if not spans:
        return 0  # the indicator is named in a neighbouring clause
    best = 99
    for n in NUMBER.finditer(clause):
        for a, b in spans:
            if b <= n.start():
                between = clause[b:n.start()]
            elif a >= n.end():
                between = clause[n.end():a]
            else:
                between = ""
            rest = _GAP_OK.sub("", re.sub(r"[（(][^）)]{0,12}[）)]", "", between))
            if explained:
                rest = "".join(ch for ch in rest if ch not in explained)
            best = min(best, len(re.findall(r"[\u4e00-\u9fff]", rest)))
    return 0 if best == 99 else best


# a clause that starts with its predicate or figure speaks of the indicator named before it
# a clause that states the sentence's target ("力争…突破1000亿元", "确保…达到…")
_TARGET_START = re.compile(r"^(?:力争|确保|争取|努力)")
_PREDICATE_START = re.compile(
    # ("首次突破千亿元大关，增长5.8%": an adverb before the verb opens no subject either)
    # ("…大赛，获24金", "开展拖欠企业账款清理，已清偿68.3亿元": a winning or a paying verb, after 已
    # — or 己, its OCR slip — opens none either; rounds 45a/46c)
    r"^(?:首次|再次|首度|继续|持续|进一步|稳步|大幅|已经|已|己)?(?:分别|同比|比上年|较上年|年均|均|增长|下降|增加|减少|提高|提升|降低|达到|达|突破|超过|超|占|居|位居|"
    r"获得|获|夺得|斩获|清偿|偿还|兑付|"
    # ("…改造老旧小区11个，惠及居民1460户，完成投资4860万元": whom it served, round 52a)
    r"惠及|受益|"
    r"完成|实现|其中|总数|总量|总额|规模|累计|共|合计|约|预计|为|是|"
    r"全长|总长|长|全程|总面积|面积|总投资|投资|容量|总计|\d|"
    # "泓溪经开区完成工业总产值402亿元，在全省开发区综合考核评价中前移6位、居第23位": where it
    # is ranked, then its rank, of the subject the sentence opened with (round 61b)
    r"在(?:全国|全省|全市|全州|全区|全县)[^，。；]{0,20}?(?:前移|后移|上升|提升|居|位居|排名|排|名列|位列)(?=[^，。；]{0,6}\d))")


# a clause of a time word, at most a verb, and its figure ("全年发运286列", "年内开行312列"): it
# has no subject of its own, and speaks of the thing the clause before names ("开通…海铁联运班列，
# 全年发运286列", round 24b)
_TIME_LEAD = re.compile(r"^(?:全年|年内|当年|同年)")
# what a count of the things listed counts ("2项指标", "10件实事"): no figure of any one of them
LISTED_NOUNS = r"\s*(?:指标|重点工作|工作|任务|实事|事项)"
_MEASURE_ONLY = re.compile(r"^(?:总额|总量|规模|总数|数量|总值|金额)$")
_BARE_FIGURE = re.compile(r"^(?:全年|年内|当年|同年)(?:共|累计)?[\u4e00-\u9fff]{0,2}\d")


def subjectless(clause: str) -> bool:
    """Whether a clause starts with its predicate or figure, naming no indicator of its own."""
    return bool(_PREDICATE_START.match(clause) or _BARE_FIGURE.match(clause))


_SUBJECT_END = re.compile(r"\d|增长|下降|增加|减少|提高|提升|降低|达到|达|突破|超过|控制在|保持在|稳定在|占|分别|稳中|不低于|不超过")


def own_subject(clause: str) -> str:
    """The Chinese words a clause starts with before its verb or figure: its own indicator."""
    m = _SUBJECT_END.search(clause)
    head = _TIME_LEAD.sub("", clause[: m.start()]) if m else ""
    return "".join(re.findall(r"[\u4e00-\u9fffA-Za-z]", head))


# "占GDP比重": GDP is the base of a ratio here, not the indicator the figure measures
_RATIO_BASE = re.compile(r"占[^，。；、]{1,14}?(?:比重|比例)")


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_SPLIT.split(text) if s and s.strip()]


def sentences_in_paragraphs(text: str) -> list[tuple[str, bool]]:
    """Each sentence, and whether it ends its paragraph (a line of the cleaned text)."""
    out: list[tuple[str, bool]] = []
    for para in text.split("\n"):
        found = split_sentences(para)
        out += [(s, i == len(found) - 1) for i, s in enumerate(found)]
    return out


# a sentence that opens with its own year ("2025年，…") speaks of that year, not of a span before it
_YEAR_OPENS = re.compile(r"^\s*(?:19|20)\d{2}\s*年[，,是]")


def clauses_of(sentence: str) -> list[str]:
    parts = [p.strip() for p in _CLAUSE_SPLIT.split(sentence)]
    return [p for p in parts if p]


# "推动龙南经开区营收达580亿元、赣州高新区营收突破500亿元、瑞金经开区营收达360亿元": a clause
# that lists several named subjects, each with its own figure, speaks of each one in its own
# segment; read whole, the words of one subject and the figure of another made an answer
# (r39a-016). Only when every segment names a subject of its own (three characters or more)
# and carries a figure: "城镇、农村居民收入分别增长5%、7%" is one subject with two figures.
_LIST_MARK = "、"
MIN_LISTED_SUBJECT = 3


def listed_segments(clause: str) -> list[str]:
    """The segments of a clause listing several subjects with their own figures, else [clause]."""
    if _LIST_MARK not in clause:
        return [clause]
    segments, depth, start = [], 0, 0
    for i, ch in enumerate(clause):
        if ch in "（(“《":
            depth += 1
        elif ch in "）)”》":
            depth = max(0, depth - 1)
        elif ch == _LIST_MARK and depth == 0:
            segments.append(clause[start:i])
            start = i + 1
    segments.append(clause[start:])
    if len(segments) < 2 or not all(
            NUMBER.search(seg) and len(own_subject(seg)) >= MIN_LISTED_SUBJECT for seg in segments):
        return [clause]
    return segments


def _split_lists(shown: list[str], parts: list[str]) -> tuple[list[str], list[str]]:
    """`shown` and `parts` (the same clauses, read for matching) with listed clauses split,
    segment for segment; a clause whose two readings split differently is kept whole."""
    out_shown: list[str] = []
    out_parts: list[str] = []
    for a, b in zip(shown, parts):
        sa, sb = listed_segments(a), listed_segments(b)
        if len(sa) != len(sb):
            sa, sb = [a], [b]
        out_shown.extend(sa)
        out_parts.extend(sb)
    return out_shown, out_parts


def candidates(
    hits: Iterable[Any],
    topic_grams: list[str],
    *,
    doc_years: dict[str, int | None],
    numeric: bool,
    unit_asked: str | None = None,
    head: str | None = None,
    weights: dict[str, float] | None = None,
    kind: str | None = None,
    joints: dict[str, tuple[str, str]] | None = None,
) -> list[Candidate]:
    """Every clause of every hit, scored for how well it answers (unfiltered by year/mode).
    `weights`: each topic bigram's weight in the coverage (default: generic ones count less).
    `kind`: "stock" / "flow" as the whole question asks it (`kind_asked`), when its topic lost
    the word that says so ("现在一共多少家")."""
    out: list[Candidate] = []
    grams_t = tuple(topic_grams)
    weights_t = tuple(sorted(weights.items())) if weights else None
    joints_t = tuple(sorted(joints.items())) if joints else None
    for rank, hit in enumerate(hits):
        doc_year = doc_years.get(getattr(hit, "file", ""), getattr(hit, "year", None))
        rows = _hit_rows(getattr(hit, "text", "") or "", getattr(hit, "section", "") or "", getattr(hit, "title", "") or "",
                         getattr(hit, "span_year", None), doc_year, getattr(hit, "region", None), grams_t, numeric,
                         unit_asked, head, kind, weights_t, joints_t)
        out.extend(Candidate(clause, sentence, hit, score - 0.01 * rank, cov, own, list(nums), rank, missing)
                   for clause, sentence, score, cov, own, nums, missing in rows)
    out.sort(key=lambda c: c.score, reverse=True)
    return out


@lru_cache(maxsize=4096)
def _hit_rows(hit_text: str, section: str, title: str, span_year: int | None, doc_year: int | None,
              region: str | None, topic_grams_t: tuple[str, ...], numeric: bool, unit_asked: str | None,
              head: str | None, kind: str | None, weights_t: tuple | None, joints_t: tuple | None) -> tuple:
    """One hit's scored clauses, before its rank counts: a question's variants and its regions'
    fallbacks score the same passage for the same words several times (measured: a third of the
    calls on the not-found path), so the rows are kept by what decides them."""
    topic_grams = list(topic_grams_t)
    weights = dict(weights_t) if weights_t else None
    joints = dict(joints_t) if joints_t else None
    out: list[tuple] = []
    growth_asked = not unit_asked and any(g in ("增长", "增速", "增幅") for g in topic_grams)
    topic_chars = {ch for g in topic_grams if len(g) == 2 and _is_cjk(g) for ch in g}
    # ("数字经济占GDP 目标": a share asked by its 占 alone)
    ratio_asked = any(g in ("比重", "占比", "重比") or (len(g) == 2 and g[1] == "占") for g in topic_grams)
    asked_kind = stock_or_flow_asked(topic_grams) or kind
    tail_gram = next((g for g in reversed(topic_grams) if len(g) == 2 and _is_cjk(g) and g not in GENERIC_GRAMS), None)
    base = section_period(section, doc_year, span_year, title)
    text = clean(hit_text)
    previous = ""
    spanned = False  # the sentences after a span's opener speak of that span
    opened = False  # an opener with no figure ("回顾“十四五”，五年来，…。"): to its paragraph's end
    for sentence, last in sentences_in_paragraphs(text):
        before, previous = previous, sentence
        period = _sentence_period(sentence, base, doc_year)
        # "新建高标准农田4.2万亩，“十四五”以来累计建成18.6万亩" (round 60g): the clauses before the
        # span's words state the year's own figure
        early = _before_span(sentence, base, doc_year) if period.span and not spanned else None
        if not period.span and spanned:
            # "回顾“十四五”以来的四年，…。地区生产总值由2020年的…增加到…；…": the opener's span
            period = Period(None, period.mode or "result", True)
        opened = opened or (period.span and states_span(sentence) and not NUMBER.search(sentence))
        # "…累计完成固定资产投资2650亿元。高新技术企业由186家增加到415家…。累计改造老旧小区126个。"
        # (round 46d): the paragraph the opener starts is the span's, sentence after sentence
        spanned = _span_goes_on(sentence, period) or (opened and not last and not _YEAR_OPENS.match(sentence))
        opened = opened and not last
        # "收获11金1银2铜" is read as "11金牌…" (a count in a short unit names what it counts)
        read = _ONE_BRACKETED.sub(r"\1", _LEVELS_BRACKETED.sub(_levels_run, counted_things(sentence)))
        # "数字经济增加值占GDP比重38%" does not speak of GDP unless a ratio is asked
        s_cov = coverage(topic_grams, read if ratio_asked else _RATIO_BASE.sub("", read), weights, joints, read)
        if s_cov <= 0.0:
            continue
        # the leading word may stand in the sentence before ("五经普工作…。单位清查共登记…")
        missing = lacks_head(head, sentence) and lacks_head(head, before)
        shown = clauses_of(sentence)
        parts = clauses_of(read) if read != sentence else shown
        if _LIST_MARK in sentence and len(parts) == len(shown):
            shown, parts = _split_lists(shown, parts)
        for i, clause in enumerate(parts):
            scored = clause if ratio_asked else _RATIO_BASE.sub("", clause)
            c_cov = coverage(topic_grams, scored, weights, joints, read)
            # an indicator named in the clause before ("城镇新增就业、创业担保贷款分别完成…")
            # "新增上市公司5家，累计43家，占全省比重35.54%": a run of clauses without a
            # subject of their own speaks of the clause that names one before them
            first = max(0, i - 1)
            while first > 0 and subjectless(parts[first]) and subjectless(clause):
                first -= 1
            window = "，".join(parts[first: i + 1])
            if not ratio_asked:
                window = _RATIO_BASE.sub("", window)
            # only for a clause without a subject of its own ("…达到1268.5亿元，增长6.2%"):
            # "出口总额稳中提质，城镇居民人均可支配收入增长7.5%" is another indicator's figure
            w_cov = coverage(topic_grams, window, weights, joints, read) if subjectless(clause) else 0.0
            # every character of the indicator within two clauses, its words split apart
            # ("建成公共停车场125个，新增泊位13888个" for "新增停车泊位")
            # the sentence's subject stated first, its target last ("新能源及新能源汽车产业重点…，
            # 力争规上工业营收突破1000亿元"): the first clause names what the last one measures
            h_cov = 0.0
            if i > 0 and _TARGET_START.match(clause):
                h_cov = 0.8 * coverage(topic_grams, parts[0] + "，" + clause, weights, joints, read)
            # the thing measured in this clause, where it is qualified clauses before ("昂起中心城区
            # 龙头，…，新（续）建9条81.6公里快速路" for 中心城区快速路)
            q_cov = 0.8 * coverage(topic_grams, "，".join(parts[:i + 1]), weights, joints, read) if (
                i > 0 and tail_gram and tail_gram in clause.lower() and NUMBER.search(clause)) else 0.0
            # "全市地区生产总值3094.7亿元，增长6.3%": a change said right after its item's figure is
            # how a report states the item's growth; its window is the item's own clause (round 52b)
            w_weight = 1.0 if (i > 0 and first == i - 1 and CHANGE_FIRST.match(clause)
                               and NUMBER.search(parts[i - 1])) else 0.8
            if w_weight == 1.0 and (item := own_subject(parts[i - 1])):
                # read as the report means it, the item then its change ("全省地区生产总值增长5.3%"):
                # the indicator's words stand together, as in a target's clause (round 63h)
                w_cov = max(w_cov, coverage(topic_grams, item + clause, weights, joints, read))
            cov = max(c_cov, w_weight * w_cov, 0.5 * s_cov, h_cov, q_cov,
                      CHAR_COVER_WEIGHT * char_coverage(topic_chars, window))
            # ("外贸进出口保稳提质，力争总额突破500亿元", round 54c: "总额" is the measure of the
            # thing the clause before names, no indicator of its own)
            subject = _MEASURE_ONLY.sub("", own_subject(_TARGET_START.sub("", clause)))
            if len(subject) >= 3 and coverage(topic_grams, subject, weights, joints, read) < 0.2:
                # the clause names its own, other indicator ("城镇居民人均可支配收入增长7.5%"
                # in a list asked for 出口总额): the sentence around it does not make it an answer;
                # a clause that names the measured thing after its figure ("新建9条快速路") still
                # takes its qualifier from the clauses before
                cov = max(c_cov, q_cov)
            if i > 0 and _TARGET_RECALLED.search(clause):
                # "招商引资实际到位资金11.2亿元，超额完成年初确定的10亿元目标": the target of the
                # thing the clause before names
                # ("全年实现营业收入1862亿元，增长10.6%，略低于年初确定的11%的预期目标": two clauses back)
                cov = max(cov, 0.9 * coverage(topic_grams, "，".join(parts[max(0, i - 2):i + 1]), weights, joints, read))
            nums = [m.group(0) for m in NUMBER.finditer(shown[i])]
            if unit_asked:
                # "多少亿元" is not answered by "增长5%": keep only figures in the asked unit
                nums = [n for n in nums if same_measure(unit_asked, unit_of(n))]
                if not nums and unit_asked in ("人", "名", "人次"):
                    # "为48.7万适龄女生接种": the people counted are named where the counter stands
                    nums = [m.group(0) for m in _PEOPLE_COUNT.finditer(clause)]
            if not unit_asked and nums:
                # "地区生产总值、固定资产投资2项指标未达到预期目标" (round 53b): a count of the
                # indicators or tasks listed is no figure of any one of them
                nums = [n for n in nums if not re.search(re.escape(n) + LISTED_NOUNS, shown[i])]
            if growth_asked and nums and not any(re.search(r"[%％‰]|百分点", n) for n in nums):
                cov *= 0.85  # "GDP增长多少" is a rate, not the total in 亿元 of the same sentence
            if numeric and nums and indicator_gap(clause, topic_grams) >= 2:
                cov *= 0.6  # the figure belongs to another indicator ("万元GDP能耗下降3%")
            if numeric and nums:
                cov = min(1.0, cov * _stock_or_flow(asked_kind, clause))
            if _other_place_first(clause, region, topic_grams):
                cov *= 0.85  # "槿山市地区生产总值突破500亿元" in 楠州's report: a county's, not the city's
            score = cov
            if numeric:
                score += 0.25 if nums else -0.5
            own = early[0] if early is not None and shown[i] in early[1] else period
            if own.mode == "result" and _TARGET_RECALLED.search(shown[i]):
                # "超额完成年初确定的10亿元目标" in the review (round 69d): the year's target, recalled
                own = Period(own.year, "target", own.span)
            if own.mode == "result" and (label := _ROW_LABEL.search(sentence)) and shown[i] in sentence[:label.start()] \
                    and sentence[:label.start()].rfind("（") <= sentence[:label.start()].rfind("）"):
                # a ledger row's task named before its column ("城镇新增就业5万人以上…责任市领导：…",
                # round 64c): what the task sets, neither what was done (its progress cell says that)
                # nor the year's target (the report's or the plan's sentence states that)
                own = Period(own.year, "task", own.span)
            out.append((shown[i], sentence, score, cov, own, tuple(nums), missing))
    return tuple(out)


# a target recalled in the review of its year: "超额完成年初确定的10亿元目标", "完成县下达的1.95亿元任务"
_TARGET_RECALLED = re.compile(r"(?:确定|下达|制定|设定|提出|定下)的\s*\d[\d.]*\s*[万亿千百]?[^，。；;\d]{0,4}(?:目标|任务)")


# a progress ledger's column label after the row's task (retrieval/report_tables.py reads each cell
# as "任务+列名：内容")
# (a unit said in brackets after a figure, "…8个（牵头单位：区住建局）", is an aside, no column)
_ROW_LABEL = re.compile(r"(?:责任[省市县区]?领导|[省市县区]领导|完成时限|时间节点|完成时间|"
                        rf"(?:截至\d{{1,2}}月底?)?进展情况|{MONTH}月进展|本月进展|进度评价|存在问题|推进状态)[：:]")


# a clause that opens with a change and its figure, naming no item ("增长6.3%", "同比下降2.1%")
CHANGE_FIRST = re.compile(r"^(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|提高|降低|增加|减少)\s*\d")


# "各县（市、区）" is read as staff type it, "各县市区" (shown as printed)
# "新（续）建9条快速路" / "新（改）建农村公路" (round 67e): one character bracketed inside a word is
# read in the word, as staff type it ("新续建", "新改建")
_ONE_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff])[)）](?=[\u4e00-\u9fff])")
_LEVELS_BRACKETED = re.compile(r"(?<=[县市])[（(]([市县区旗](?:、[市县区旗])*)[)）]")


def _levels_run(m: "re.Match[str]") -> str:
    return m.group(1).replace("、", "")


# a county or county-level city opening a clause: "槿山市地区生产总值突破500亿元"
# (not a word that ends in 市/县 — 城市, 上市, 超市, 县城 — nor a verb or a preposition opening the clause)
_LEAD_PLACE = re.compile(r"^(?![力争推实建完加新全各本我每两一该此到在对以向把为由从将使让有])"
                         r"([\u4e00-\u9fff]{1,3}[^城都超夜股楼上开集门\W])(?:市|县)(?![场民委政长级直属内外域城])")


def _other_place_first(clause: str, region: str | None, topic_grams: list[str]) -> bool:
    """Whether the clause speaks of a place the question does not name, other than the report's
    own region: its figure is that place's, not the one asked of the report's region."""
    m = _LEAD_PLACE.match(clause)
    if m is None:
        return False
    name = m.group(1)
    if region and name in region:
        return False
    return name[:2] not in topic_grams


# "新增109家，总数达144家": a total asked is answered by the figure so qualified, a new count by
# the other; a clause qualified the other way answers the other question
_STOCK = ("总数", "累计", "总量", "总计", "合计", "总共", "一共")
_FLOW = ("新增", "净增", "新建", "新开")


def stock_or_flow_asked(topic_grams: list[str]) -> str | None:
    """"stock" when the question asks a total (总数/累计/总量…), "flow" when it asks 新增;
    the one named last when it names both, None when neither."""
    text = " ".join(topic_grams)  # each word is one of the bigrams, in the question's order
    stock = max((text.rfind(w) for w in _STOCK), default=-1)
    flow = max((text.rfind(w) for w in _FLOW), default=-1)
    if stock == flow:
        return None
    # "X新增多少，累计总数多少" searches its second part with the first's subject: the word
    # named last is the part's own
    return "stock" if stock > flow else "flow"


# a total asked in the question's own words, which the topic drops as no part of the indicator
# ("小巨人企业现在一共多少家" is answered by "总数达到236家", not "新增…48家", round 24d)
_TOTAL_ASKED = re.compile(r"一共|总共|共有|共计|总计|合计|累计|总数|总量|现有|目前有|现在有")
_NEW_ASKED = re.compile(r"新增|净增|新建|新开|新认定|新培育|新引进")


def kind_asked(question: str) -> str | None:
    """"stock" when the question asks a total in so many words and no new count; None else."""
    if _TOTAL_ASKED.search(question or "") and not _NEW_ASKED.search(question or ""):
        return "stock"
    return None


def stock_or_flow_factor(topic_grams: list[str], clause: str) -> float:
    """The weight of a clause's coverage for the total or the new count asked (module note)."""
    return _stock_or_flow(stock_or_flow_asked(topic_grams), clause)


def _stock_or_flow(asked: str | None, clause: str) -> float:
    if asked is None:
        return 1.0
    stock = any(w in clause for w in _STOCK)
    flow = any(w in clause for w in _FLOW)
    if asked == "stock" and flow and not stock:
        return 0.7
    if asked == "flow" and stock and not flow:
        return 0.7
    if (asked == "stock" and stock and not flow) or (asked == "flow" and flow and not stock):
        return 1.1  # "总数达144家" for 累计: the other word of the same kind
    return 1.0


# a count of people written with the people named instead of 人 ("48.7万适龄女生", "3万名学生")
_PEOPLE_COUNT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:万|千)?名?(?=[\u4e00-\u9fff]{0,3}?(?:人员|学生|女生|男生|儿童|"
                           r"老人|老年人|群众|居民|农民|职工|工人|患者|人口|毕业生|青年|妇女))")


# below this coverage a sentence lacking the indicator's leading word answers something else
HEAD_MISSING_COV = 0.75


def pick(
    cands: list[Candidate], *, years: list[int], mode: str | None, numeric: bool, min_cov: float = 0.5
) -> tuple[Candidate | None, Candidate | None]:
    """(best answering candidate, best near miss of the right year but wrong kind)."""
    near = None
    for c in cands:
        if c.cov < min_cov or (numeric and not c.numbers) or (c.head_missing and c.cov < HEAD_MISSING_COV):
            continue
        year_ok = not years or c.period.year in years
        mode_ok = not mode or c.period.mode in (mode, None)
        if year_ok and mode_ok:
            return c, near
        if near is None and year_ok:
            near = c
    return None, near


def aligned_numbers(clause: str, topic_grams: list[str]) -> list[str]:
    """The figures of a clause; for "城镇、农村居民收入分别增长5%、7%左右" only the one whose
    subject the question names (农村 → 7%左右)."""
    nums = [m.group(0) for m in NUMBER.finditer(clause)]
    m = re.search(r"^(.*?)分别(.*)$", clause)
    if not m:
        return nums
    subjects = [x for x in re.split(r"[、和及与]", m.group(1)) if x]
    after = [n.group(0) for n in NUMBER.finditer(m.group(2))]
    if len(subjects) < 2 or len(subjects) != len(after):
        return nums
    k = min(len(x) for x in subjects)  # the subjects differ in their heads; the tail is shared
    scores = [coverage(topic_grams, x[:k]) for x in subjects]
    best = max(range(len(scores)), key=lambda i: scores[i])
    if scores.count(scores[best]) > 1:
        return nums
    return [after[best]]


def key_clause(c: Candidate, topic_grams: list[str], limit: int = 90) -> str:
    """The clause(s) to show first: the matched clause, with the previous one when it names
    the indicator the matched clause only refers to."""
    parts = clauses_of(c.sentence)
    try:
        i = parts.index(c.clause)
    except ValueError:
        return c.clause[:limit]
    text = c.clause
    if coverage(topic_grams, c.clause) < 0.3 and i > 0:
        text = parts[i - 1] + "，" + c.clause
    text = re.sub(r"^(经济社会发展)?(主要)?(预期)?目标是", "", text)
    from answers.bracket_clauses import bracket_closed  # "…小学（设48个班，可新增学位2160个）"

    text = bracket_closed(text, c.sentence)
    if len(text) > limit:
        m = NUMBER.search(text)
        start = max(0, (m.start() if m else 0) - limit // 2)
        text = ("…" if start else "") + text[start:start + limit] + "…"
    return text


def trim_sentence(sentence: str, clause: str, limit: int = 200) -> str:
    if len(sentence) <= limit:
        return sentence
    i = sentence.find(clause)
    start = max(0, i - limit // 3) if i >= 0 else 0
    out = sentence[start:start + limit]
    return ("…" if start else "") + out + ("…" if start + limit < len(sentence) else "")


_GLOSS_ITEM = re.compile(r"(?:^|[。\n])\s*(?:\d{1,2}\s*[.．、]\s*)?(?P<head>[^。\n：:]{1,60})[：:]\s*(?P<body>.+?)(?=。\s*\d{1,2}\s*[.．、]|\n|$)", re.S)


def _norm_term(s: str) -> str:
    return re.sub(r"[\s“”\"「」‘’'《》〈〉()（）]", "", s)


# a section of a report's notes: the chunker names it 名词解释 (retrieval.chunk.GLOSSARY); the
# other names reports print are read too, for chunks stored before it did
_GLOSSARY_SECTION = re.compile(r"名词解释|名词注释|注释|释义")


def in_glossary(section: str | None) -> bool:
    """Whether a chunk's section path is the report's glossary (its 名词解释)."""
    return bool(_GLOSSARY_SECTION.search(section or ""))


def glossary_entries(hits: Iterable[Any]) -> list[tuple[str, str, Any]]:
    """(term, definition, hit) of every entry the glossary chunks among `hits` print."""
    out = []
    for hit in hits:
        if not in_glossary(getattr(hit, "section", "") or ""):
            continue
        for m in _GLOSS_ITEM.finditer(clean(getattr(hit, "text", "") or "")):
            out.append((_norm_term(m.group("head")), m.group("body").strip(), hit))
    return out


def glossary_entry(hits: Iterable[Any], term: str) -> tuple[str, Any] | None:
    """'“四首”：指区域首店、…' → the definition, from a report's 名词解释 when it has one."""
    want = _norm_term(term)
    if not want:
        return None
    best = None
    for hit in hits:
        text = clean(getattr(hit, "text", "") or "")
        for m in _GLOSS_ITEM.finditer(text):
            head = _norm_term(m.group("head"))
            if want in head or (len(head) >= 2 and head in want and len(head) >= len(want) - 2):
                body = m.group("body").strip()
                exact = head == want or head.endswith(want) or head.startswith(want)
                cand = (0 if exact else 1, len(head), body, hit)
                if best is None or cand[:2] < best[:2]:
                    best = cand
    if best is None and len(want) >= 3:
        # "碳达峰1+N" for the entry "碳达峰碳中和“1+N”政策体系": the typed words, in order, inside it
        for hit in hits:
            for m in _GLOSS_ITEM.finditer(clean(getattr(hit, "text", "") or "")):
                head = _norm_term(m.group("head"))
                if _in_order(want, head) and (best is None or len(head) < best[1]):
                    best = (2, len(head), m.group("body").strip(), hit)
    if best:
        body = re.sub(r"^指", "", best[2]).rstrip("。") + "。"
        return body, best[3]
    return inline_definition(hits, term)


def _in_order(short: str, long: str) -> bool:
    """Every character of `short` appears in `long`, in the same order."""
    it = iter(long)
    return all(ch in it for ch in short)


def inline_definition(hits: Iterable[Any], term: str) -> tuple[str, Any] | None:
    """'“两区三园”即青溪高新区、…' / '“X”是指…': a definition in running text, not in a 名词解释."""
    want = _norm_term(term)
    if not want:
        return None
    pattern = re.compile(r"[“\"「]?" + re.escape(want) + r"[”\"」]?\s*(?:即|是指|指的是|就是|主要指|系指)[:：]?\s*(?P<body>[^。；\n]{2,200})")
    for hit in hits:
        m = pattern.search(clean(getattr(hit, "text", "") or ""))
        if m:
            return m.group("body").strip().rstrip("。") + "。", hit
    return None

