"""Answerability: does a sentence of the scoped reports answer the question, whatever words
surround the ask? The fallback of `answers.report_facts` when its rules find nothing.

The rules read a question's topic word by word and want most of it in the evidence; a
question that says more than its topic ("省两会那份报告里…", "我市开年报告里说…", "JX 2024…",
"…的比例口径") is then refused although a sentence of the asked report holds the answer.
Rather than list such words, the documents' own statistics weigh them:
- each bigram of what is asked counts by its rarity in the indexed chunks (BM25's idf): an
  indicator's words are rare, a report's framing ("政府工作报告", "目标", "全省") is in nearly
  every chunk, and fillers and request words ("那份", "烦请提供", "口径") are in none: those
  weigh nothing, so they cannot decide the answer, for or against;
- a sentence answers when it covers the weighted words well (order-free: the clause, its
  neighbours, the sentence, as `answers.evidence.candidates` reads them), speaks of the asked
  year and kind (target or result), and holds a figure of the kind the question asks for
  (`asked_measures`: 比例/率 → %, 面积 → 亩, 金额 → 元, 产量 → 斤/吨, 人数 → 人…);
- a distinctive name of the question that the documents do not hold vetoes the answer: a
  numbered name ("3号线", "二期"), a quoted name, a Latin word the reports use elsewhere but
  not in the sentence; so a metro line with another number stays "not found".
The dense model votes where the coverage is just under the bar: a passage it ranked close
(cosine `DENSE_VOTE`) may pass at `DENSE_BAR` instead of `BAR` (`DUCHA_EMBEDDING=none`: no vote).
Thresholds were calibrated on the round 17 tuning sets (docs/benchmarks.md, session 8 s8f).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from answers import backends as B
from answers.clause_roles import request_of
from answers.contrasts import clause_contrasted
from answers.thresholds import threshold_missing
from answers.evidence import (NUMBER, Candidate, candidates, clauses_of, coverage, grams, indicator_gap, same_measure,
                              stock_or_flow_factor, topic_joints, unit_of)
from answers.measure_content import clause_states, content_words, unprinted_name
from answers.phases import identifiers
from answers.rank_asks import RANK_UNITS, rank_asked
from answers.regions import same_region
from core import lazy_re as re
from core.places import place_alternation
from core.spoken import spoken_numbers
from core.synonyms import table

# "X占Y比例N%": Y is the base of the share ("占新开工建筑面积比例")
_RATIO_BASE = re.compile(r"占[^，。；、]{1,14}?(?:比重|比例)")
# "X、Y均达99%": each item of the list has the figure; the other items are no gap
_SHARED = re.compile(r"、[^、，,；;。]{1,14}?(?=(?:均|都)(?:达到|达|为|超过|超|突破|提高|提升|增长|下降|保持))")
_SHARE = re.compile(r"占比|比例|比重|百分比")
# words that name the measure of a rate ("增速", "增幅"): the figure's measure checks them,
# and a decline ("下降5.9%") answers a growth rate asked
_RATE_GRAMS = {"增速", "增幅", "涨幅", "增长", "速度", "降幅"}

_PARTICLE = re.compile(r"[的了之是]")
_MODE_WORDS = re.compile(r"(?:预期|计划)?目标|预期|计划|实际|完成了?")
# a name written with digits ("5G", "“5020”项目", "1+N"), not a figure (digits then a measure)
_DIGIT_NAME = re.compile(r"(?<![A-Za-z0-9.])(?:[A-Za-z]+\d[A-Za-z0-9.+]*|\d+[A-Za-z][A-Za-z0-9.+]*|\d{3,}(?:\+[A-Za-z0-9]+)?)"
                         r"(?![A-Za-z0-9.]|\s*(?:%|％|个|万|亿|元|人|家|亩|吨|斤|公里|千米|平方|米|张|座|所|条|倍|年|月|日|号|期|批|届|次))")
_CJK = re.compile(r"[\u4e00-\u9fff]")

# the weighted coverage a sentence needs to answer on its own
BAR = 0.72
# with the dense model's vote (its cosine at least DENSE_VOTE for the passage)
DENSE_BAR = 0.62
DENSE_VOTE = 0.55
# the rarity the covered words must add up to: a sentence that shares only common words
# ("发展", "建设") with the question answers nothing
MIN_MASS = 2.5
# the clause's own coverage below which its sentence's words are not read as its own
SENTENCE_CLAUSE = 0.4

_PLACES = re.compile(place_alternation() + r"|全省|全市|全县|我省|我市|本省|本市|省里|市里|咱们?省|咱们?市")
_YEARS = re.compile(r"(?:19|20)\d{2}\s*年?|(?<![\d.])\d{2}\s*年|今年|去年|前年|明年|上一?年|当年")
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,20})[”\"」』]")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&+.]*")

# a change asked with no unit of its own ("涨了多少", "增长多少", "降了几个点"): a rate, never the
# count or amount a sentence holds beside it ("…等4项指标增幅…", outsider round 23a); "增长多少亿元"
# asks an amount (its unit follows); "新增多少学位" asks a count (增 alone is a rise only as "增了");
# "增长目标是多少" is a rise too, "提高到多少" a level (到 is no word between)
_RISE_ASKED = (r"(?:涨|跌|增长|提高|下降|降低|上升|(?<!新)(?:增|降|升|减)(?=[了得]))"
               r"(?:了|得|的|是|为|要|定的|定为|定了|目标|预期|计划|幅度)*(?:多少|几)"
               r"(?![万亿千百]?(?:元|美元|人|个|家|户|套|吨|亩|公里|千米|项|所|座|条|台|斤|张|床|名|万|亿|[A-Za-z]))"
               r"|几个点|百分之几")
# what a figure is measured in, by the word that asks for it (the last one named decides)
_MEASURE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"比例|占比|比重|百分比|增速|增幅|涨幅|降幅|[^效频]率|几成|" + _RISE_ASKED, ("%", "％", "‰", "百分点", "倍", "番", "成")),
    (r"面积|亩数|多少亩|几亩", ("亩", "平方米", "平方公里", "公顷")),
    # (a revenue or tax asked "多少" is money: "经开区去年税收多少" is no "9个镇", round 32d)
    (r"金额|资金|多少钱|投资额|收入额|总额|经费|产值|营收|营业收入|税收|收入|销售额|营业额|成交额|交易额|利润|利税|融资额",
     ("元",)),
    (r"产量|总产", ("斤", "吨")),
    (r"人数|多少人|几人|就业", ("人", "名")),
    (r"里程|长度|多少公里|几公里", ("公里", "千米", "km", "米")),
)


@dataclass(frozen=True)
class Asked:
    """What the question asks, read once: the words that matter, their weights, the measure."""

    text: str
    grams: list[str]
    weights: dict[str, float]
    measures: tuple[str, ...]
    vetoes: tuple[frozenset[str], ...]  # names the answer's sentence must hold (any form)
    joints: dict[str, tuple[str, str]] | None = None  # bigrams across two typed words (`evidence.topic_joints`)


# what asks, in a clause: the clauses after the ask that hold none are remarks ("要省两会那份
# 报告里去年的数，不是2021年的"), not the asked item
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|吗|是否|具体|数值|数字|比例|占比|比重|金额|面积|规模|口径|目标")
# a figure asked for in words: "…的累计金额", "…的比例口径", "…的数量目标"
_FIGURE_WORDS = re.compile(r"多少|几|数值|数字|具体数|数量|总数|总量|规模|金额|面积|比例|占比|比重|百分比|增速|增幅|涨幅|率|"
                           r"(?:增长|下降|降低|提高)(?:目标|预期)?$|目标$|预期目标|目标值|指标值")
# a closing remark about the answer: a demonstrative or a request opens it
_REMARK = re.compile(r"^(?:这个|这|那个|该|要|请|麻烦|谢谢|多谢|辛苦|务必|尽快|急|越快越好|以)")
# words after a subject that only point at it: "省运会那块", "招商这一块", "就业那边", "社保方面"
_POINTING = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])(?:这|那)一?(?:块儿?|边儿?|部分)|(?<=[\u4e00-\u9fff])方面")
_DISTRIBUTIVE = re.compile(r"分别|各自|各是|各为|各有")
# "哪几个" / "哪些" / "什么": names or a list asked, whatever number stands near them
_WHICH = re.compile(r"哪|什么|啥|谁|何时|何地|第几|排名|名次|位次")  # a rank is no quantity either
# "不是2021年的" / "不要22年的数": a year set aside
_YEAR_NOT = re.compile(r"(?:不是|不要|而非|并非|别给我?|不用)(?:那个)?((?:19|20)?\d{2})\s*年")


def _asking_part(text: str) -> str:
    clauses = [c for c in re.split(r"(?<=[，,；;。？?！!])", text) if c.strip()]
    while len(clauses) > 1 and _REMARK.match(clauses[-1].strip()) and not _ASKS.search(clauses[-1]):
        clauses.pop()  # "…，这个数要准确" / "…，谢谢": said of the answer, not of the subject
    first = next((i for i, c in enumerate(clauses) if _ASKS.search(c)), None)
    if first is None:
        return "".join(clauses)
    kept = clauses[:first + 1] + [c for c in clauses[first + 1:] if _ASKS.search(c) and not _YEAR_NOT.search(c)]
    return "".join(kept)


# "2024年的政府工作报告里" / "那份报告（江西2024年）": a year that names the report asked
_REPORT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?(?:的|那份|那个)?(?:省|市|全省|全市)?(?:政府)?(?:工作)?报告"
                          r"|报告\s*[（(][^）)]{0,6}?((?:19|20)\d{2})\s*年?[^）)]{0,6}[）)]")


def report_years(question: str) -> set[int]:
    """The years that name the report asked of, not the figure's year: any figure that report
    states answers (its review speaks of the year before)."""
    return {int(m.group(1) or m.group(2)) for m in _REPORT_YEAR.finditer(question)}


def years_set_aside(question: str) -> set[int]:
    """The years the question says it does not want ("不是2021年的")."""
    out = set()
    for m in _YEAR_NOT.finditer(question):
        y = int(m.group(1))
        out.add(y + 2000 if y < 100 else y)
    return out


def figure_asked(question: str) -> bool:
    """Whether the asked item is a figure, said with a question word or a word for one; not
    when it asks which ones ("哪几个融合", "哪些项目"): a list or a name is no figure."""
    text = re.sub(r"[，,。？?！!\s]+$", "", asked_text(question))
    return bool(_FIGURE_WORDS.search(text)) and not _WHICH.search(text)


def asked_text(question: str) -> str:
    """The asked item: the request of a formal question (`answers.clause_roles`), its asking
    clauses, without the years and places the scope already holds."""
    text = _asking_part(request_of(question) or question)
    text = _YEARS.sub(" ", text)
    text = _PLACES.sub(" ", text)
    text = _DISTRIBUTIVE.sub(" ", text)  # "分别多少": how the ask is put, not what it is about
    # "省运会那块场馆…": the words that point at a subject are no word of it; their characters,
    # in no report, would read as a word the documents do not hold (`unheld_word`, round 26b)
    text = _POINTING.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def asked_measures(text: str) -> tuple[str, ...]:
    """The units a figure answering `text` may carry; () when any figure does."""
    found: list[tuple[int, tuple[str, ...]]] = []
    for pattern, units in _MEASURE_WORDS:
        for m in re.finditer(pattern, text):
            found.append((m.end(), units))
    if not found:
        return ()
    return max(found)[1]


_NOUN_ASKED = re.compile(r"\s*(?:是|为|有|达到|达|共|一共|总共|大概|大约)?\s*(?:多少|几)")
_WORD_FIGURE = re.compile(r"[零〇一二三四五六七八九十两百千万亿]+\s*((?:万|亿)?[\u4e00-\u9fff]{1,2})")


def asked_class(question: str, unit_asked: str | None = None) -> tuple[str, ...]:
    """The units a figure answering `question` must carry, the one reader of a numeric ask's
    class: the counter typed ("多少公里", "多少亿元", "多少户": `unit_asked`, matched by
    `evidence.same_measure`), else the word that asks the measure (占比/比重 → %, 涨/降多少 →
    a rate; an indicator's name asked "多少" right after it: 产值/面积/里程 → 元/亩/公里, the last
    one named deciding as in `asked_measures`); () when any figure answers."""
    if unit_asked:
        return (unit_asked,)
    text = asked_text(question)
    found = [(m.end(), units) for pattern, units in _MEASURE_WORDS for m in re.finditer(pattern, text)]
    if not found:
        return ()
    end, units = max(found)
    if rank_asked(text):
        # "GDP增速在全省排第几": the rate names the indicator ranked; the answer is its rank,
        # printed "第2位" / "第21名" (a figure in 位/名), or the rate beside it (answers.place_ranks)
        return (*units, *RANK_UNITS)
    if units is _MEASURE_WORDS[0][1] and _PER_HEAD_RISE.search(text):
        return (*units, "元")  # "养老金每月涨多少": a standard per head or month rises by an amount too
    if units is _MEASURE_WORDS[0][1]:
        return units  # a share or a rise asked: a rate, whatever follows
    # an indicator's own name (面积, 总额, 产值…) asks its measure only when the figure is asked of
    # it right after ("农业产值多少"); "社会消费品零售总额的目标" may be a rise or an amount
    return units if _NOUN_ASKED.match(text, end) else ()


# a rise of a standard paid per head or per period ("基础养老金每月涨多少", round 50c): printed
# "每人每月提高20元" as often as a rate
_PER_HEAD_RISE = re.compile(r"每(?:人|月|年|天|户|亩|生)[^，,。？?]{0,4}(?:涨|提高|增加|上调|提)")

# "社零总量目标多少" / "数字经济规模多大": the amount itself asked, never a rate of it
# ("社会消费品零售总额增长10%" answers the growth, not the total; round 31d r31d-003);
# 规模以上 / 规模化 name no total
_TOTAL_ASKED = re.compile(r"总量|规模(?!以上|化|性)")
_RATE_UNITS = ("%", "％", "‰", "百分点", "倍", "番", "成")


def only_rates_for_a_total(question: str, text: str) -> bool:
    """Whether `question` asks a total with no word asking a rate, and every figure of `text`
    is a rate."""
    asked = asked_text(question)
    if not _TOTAL_ASKED.search(asked) or re.search(_MEASURE_WORDS[0][0], asked):
        return False
    figures = [unit_of(m.group(0)) for m in NUMBER.finditer(spoken_numbers(text or ""))]
    return bool(figures) and all(any(r in u for r in _RATE_UNITS) for u in figures if u) and all(figures)


def class_missing(question: str, unit_asked: str | None, text: str) -> bool:
    """Whether `text` (a clause, or the figures chosen from it) holds no figure of the class
    the question asks (`asked_class`), figures said in words ("三年") read in digits: a numeric
    ask is never answered by a clause without one ("数字经济增加值占比" by "…突破1.2万亿元")."""
    units = asked_class(question, unit_asked)
    if not units:
        return not unit_asked and only_rates_for_a_total(question, text)
    text = spoken_numbers(text or "")
    figures = [unit_of(m.group(0)) for m in NUMBER.finditer(text)]
    # "五家", "三所": a count said in words (its measure, one or two characters)
    figures += [u for m in _WORD_FIGURE.finditer(text) for u in (m.group(1), m.group(1)[:1])]
    if unit_asked:
        return not any(same_measure(unit_asked, u) for u in figures)
    return not any(x in u for u in figures for x in units)


def read_asked(ctx: Any, question: str, normalized: str) -> Asked:
    """`question`'s asked item, its bigrams (as typed and with abbreviations expanded:
    `normalized`) weighted by rarity, the measure asked and the names that veto."""
    text = asked_text(question)
    expanded = asked_text(normalized) if normalized else ""
    gs = list(dict.fromkeys(grams(text) + grams(expanded)))
    gs = [g for g in gs if not g[:1].isdigit()]
    weights = B.term_rarity(ctx, gs)
    weights = _as_one_word(text, weights)
    measures = asked_measures(text)
    # the words that ask the measure ("金额", "增速") are checked by the figure's unit, not by
    # coverage; a bigram across a particle ("资金的金额" → "的金") is glue, not a word
    said = {g for pattern, _units in _MEASURE_WORDS for m in re.finditer(pattern, text) for g in grams(m.group(0))}
    if "%" in measures:
        said |= _RATE_GRAMS
    # a lone character ("和" between two places) is a rare token only because the tokenizer
    # keeps lone characters whole: it is no word of the subject
    # the words that ask a target or a result ("目标", "实际") are checked by the period
    said |= {g for m in _MODE_WORDS.finditer(text) for g in grams(m.group(0))}
    weights = {g: (0.0 if g in said or _PARTICLE.search(g) or len(g) == 1 else w)
               for g, w in weights.items()}
    # "5G", "5020", "1+N": a name with digits says which thing; the sentence must hold it,
    # and it weighs as much as the rarest word asked
    names = [m.group(0) for m in _DIGIT_NAME.finditer(text)]
    top = max(weights.values(), default=0.0)
    for n in names:
        weights[n.lower()] = top
        gs.append(n.lower())
    vetoes = [forms for forms in identifiers(question)]
    vetoes += [frozenset({n, n.lower(), n.upper()}) for n in names]
    vetoes += [frozenset([q]) for q in _QUOTED.findall(question)]
    return Asked(text, gs, weights, measures, tuple(vetoes), topic_joints(text))


def _as_one_word(text: str, weights: dict[str, float]) -> dict[str, float]:
    """An abbreviation and its expansion ("GDP" / "地区生产总值", "社零" / "社会消费品零售
    总额", the one synonym table) are one word: together they weigh what the rarer of the two
    weighs, spread over the expansion's bigrams, so a long expansion does not outweigh the
    words around it ("人均GDP" is not answered by "地区生产总值增长4.1%"). The sentence may
    hold either form; a Latin one is checked by the Latin veto."""
    out = dict(weights)
    low = text.lower()
    typed_grams = set(grams(text))
    words = set(typed_grams)
    for short, full in table("query").items():
        if short.lower() not in low:
            continue
        words |= set(grams(full))
        own = [g for g in grams(short)] or [short.lower()]
        added = [g for g in dict.fromkeys(grams(full)) if g not in typed_grams and g in out]
        if not added:
            continue
        mean = sum(out[g] for g in added) / len(added)
        word = max([mean, *(out.get(g, 0.0) for g in own)])
        for g in own:
            out[g] = 0.0
        for g in added:
            out[g] = word / len(added)
    # a bigram across an expansion's edge ("固定资产投资增速" → "资增") is no word
    return {g: (w if g in words or g not in _bigram_set(g) else 0.0) for g, w in out.items()}


def _bigram_set(g: str) -> set[str]:
    """{g} for a CJK bigram (which may be an edge), empty for a Latin word or a name."""
    return {g} if len(g) == 2 and _CJK.match(g) and _CJK.match(g[1]) else set()


# the words that ask, which no report prints ("哪几", "谁", "吗", "嗯"): never a word of a subject
_ASKING_CHARS = set("哪几谁吗么呢吧啊呀嗯哦哈啥咋")


def unheld_word(text: str, held: frozenset[str]) -> str:
    """Two or more adjacent characters of the asked item that no indexed chunk prints
    ("吞吐量" over reports that never speak of a port's throughput): a word the documents do
    not hold, so no sentence of theirs answers. A lone such character is more often a typo
    ("危乔改造") or a verb of the asker ("翻一下") and decides nothing; empty when `held` is."""
    if not held:
        return ""
    run = ""
    for ch in text + " ":
        if "\u4e00" <= ch <= "\u9fff" and ch not in held and ch not in _ASKING_CHARS:
            run += ch
            continue
        if len(run) >= 2:
            return run
        run = ""
    return ""


def mass(asked: Asked, text: str) -> float:
    """The summed rarity of the asked bigrams `text` holds."""
    low = text.lower()
    return sum(asked.weights.get(g, 0.0) for g in asked.grams if g in low)


def fits_measure(asked: Asked, numbers: Iterable[str]) -> list[str]:
    """The figures of a clause in the asked measure (all of them when none is asked)."""
    nums = list(numbers)
    if not asked.measures:
        return nums
    return [n for n in nums if any(u in unit_of(n) for u in asked.measures)]


def _vetoed(asked: Asked, sentence: str) -> bool:
    return any(not any(f in sentence for f in forms) for forms in asked.vetoes)


def answerable(ctx: Any, question: str, hits: list[Any], *, regions: list[str | None], files: set[str],
               doc_years: dict, years: list[int], mode: str | None, numeric: bool, unit_asked: str | None,
               dense: bool, scope_regions: list[str] = (), must_hold: list[frozenset[str]] = (),
               known_regions: list[str] = (), query: str = "") -> Candidate | None:
    """`best_answer` over `hits` and the passages the asked item alone finds (lexical: the
    rules' search ran with every word of the question). `must_hold`: names the rules require
    of the evidence (a subject typed first, "瑞金"); a place the question names that has no
    report of its own (none of `known_regions`: "九江港…" over the province's report) must
    stand in the sentence too; a named place with reports is answered from its own. `query`: the
    question as the rules searched it (its vector is encoded once, for the dense answer too)."""
    if not figure_asked(question):
        return None
    aside = years_set_aside(question)
    years = [y for y in years if y not in aside]
    text = asked_text(question)
    if unprinted_name(text, B.term_rarity(ctx, grams(text))):
        return None  # "松岭县…": a place the documents never print; neither reading answers it
    normalized = B.normalize(text)
    pool = list(hits)
    seen = {B.field(h, "chunk_id") for h in pool}
    if text and text != question:
        for r in regions:
            for h in B.search(ctx, normalized, k=10, region=r, kind="report", dense=False):
                if B.field(h, "file") in files and B.field(h, "chunk_id") not in seen:
                    seen.add(B.field(h, "chunk_id"))
                    pool.append(h)
    held = [*must_hold, *_other_places(question, [*scope_regions, *known_regions])]
    # "那份省报告（江西2024年）": a place named that the rules did not read as the region is
    # still the region asked; its own reports answer, not another region's
    named = {r for r in scope_regions if r and any(same_region(p, r) for p in _PLACE_NAMES.findall(question))}
    if named and len(set(scope_regions)) > 1:
        pool = [h for h in pool if B.field(h, "region") in named]
    found = best_answer(ctx, question, normalized, pool, doc_years=doc_years, years=years, mode=mode,
                        numeric=numeric, unit_asked=unit_asked, dense=dense, must_hold=held,
                        named_reports=report_years(question) - aside)
    if found is None and dense:
        # few words shared: the dense model proposes, the figure's measure and period decide
        from answers.dense_answer import dense_answer

        found = dense_answer(ctx, question, normalized, query=query or question, regions=regions, files=files,
                             doc_years=doc_years,
                             years=years, mode=mode, unit_asked=unit_asked, must_hold=held,
                             named_reports=report_years(question) - aside)
    return found


_PLACE_NAMES = re.compile(place_alternation())


def _other_places(question: str, scope_regions: list[str]) -> list[frozenset[str]]:
    """The places named that are not the scope's own: each, in full or short form, must stand
    in the answer's sentence."""
    out = []
    for name in dict.fromkeys(_PLACE_NAMES.findall(question)):
        if not any(same_region(name, r) for r in scope_regions if r):
            short = re.sub(r"(省|市|县|区)$", "", name)
            out.append(frozenset({name, short} if len(short) >= 2 else {name}))
    return out


def best_answer(ctx: Any, question: str, normalized: str, hits: list[Any], *, doc_years: dict,
                years: list[int], mode: str | None, numeric: bool, unit_asked: str | None,
                dense: bool, must_hold: list[frozenset[str]] = (), named_reports: set[int] = frozenset()) -> Candidate | None:
    """The clause that answers `question` among `hits` by weighted coverage (module doc),
    or None; only for a figure asked (`numeric`), where the figure's measure checks the fit."""
    if not hits:
        return None
    asked = read_asked(ctx, question, normalized)
    if not asked.grams or not any(w > 0 for w in asked.weights.values()):
        return None
    if unheld_word(asked.text, B.chars_held(ctx)) or unprinted_name(asked.text, asked.weights):
        return None  # "松岭县…" over reports that never print 松岭: no sentence of theirs is its
    weights = {g: asked.weights.get(g, 0.0) for g in asked.grams}
    latin_held = {w.lower() for w in _LATIN.findall(asked.text)
                  if len(w) >= 2 and B.term_rarity(ctx, [w.lower()]).get(w.lower(), 0.0) > 0}
    best: Candidate | None = None
    best_cov = 0.0
    every = candidates(hits, asked.grams, doc_years=doc_years, numeric=True, unit_asked=unit_asked,
                       weights=weights, joints=asked.joints)
    words = content_words(asked.text, asked.weights)  # the measure's content words, any order
    for c in every:
        if years and c.period.year not in years and doc_years.get(B.field(c.hit, "file")) not in named_reports:
            continue
        if mode and c.period.mode not in (mode, None):
            continue
        nums = fits_measure(asked, c.numbers)
        if not nums:
            continue
        # "累计多少家" in "新增109家，总数达144家": the clause's own words weighed like its score
        cov = max(c.cov, cover(asked, weights, c))
        bar = BAR
        sim = B.field(c.hit, "dense_score")
        if dense and sim is not None and sim >= DENSE_VOTE:
            bar = DENSE_BAR
        if cov < bar and clause_states(words, c.clause):
            cov = bar  # "海绵城市达标面积比例": every content word stated, in the clause's own words
        if cov < bar or mass(asked, c.sentence) < MIN_MASS:
            continue
        if _vetoed(asked, c.sentence) or any(not any(f in c.sentence for f in forms) for forms in must_hold):
            continue
        if clause_contrasted(question, c.clause, c.sentence, also=normalized) or threshold_missing(question, c.sentence):
            continue  # "常住人口城镇化率" is not answered by "户籍人口城镇化率…" (answers.contrasts)
        low = c.sentence.lower()
        if any(t not in low and not _expansion_in(t, low) for t in latin_held):
            continue
        if best is None or (cov, -c.rank) > (best_cov, -best.rank):
            c.numbers, c.cov = nums, cov
            best, best_cov = c, cov
    return _of_kind_asked(asked, best, every)


def _of_kind_asked(asked: Asked, best: Candidate | None, every: list[Candidate]) -> Candidate | None:
    """"新增109家，总数达144家" asked "累计多少家": the clause right after the best one, with no
    subject of its own and qualified the way the question asks (a total, a new count), is the
    answer; the best clause named the subject for it."""
    if best is None or stock_or_flow_factor(asked.grams, best.clause) >= 1.0:
        return best
    parts = clauses_of(best.sentence)
    if best.clause not in parts:
        return best
    i = parts.index(best.clause)
    for c in every:
        if (c.sentence == best.sentence and c.hit is best.hit and i + 1 < len(parts) and c.clause == parts[i + 1]
                and stock_or_flow_factor(asked.grams, c.clause) > 1.0 and fits_measure(asked, c.numbers)):
            c.numbers, c.cov = fits_measure(asked, c.numbers), best.cov
            return c
    return best


def cover(asked: Asked, weights: dict[str, float], c: Candidate) -> float:
    """The clause's own weighted coverage, or its sentence's when the sentence holds one figure
    of the asked measure only (then every word of the sentence speaks of that figure: "“惠企通”
    平台…，累计为…无感兑现资金48.09亿元"). A figure standing apart from the indicator by words
    the question does not use belongs to another indicator (`indicator_gap`); "X占Y比例N%"
    is read as "X占比N%" when a share is asked."""
    ratio = bool(_SHARE.search(asked.text))
    clause = _RATIO_BASE.sub("占比", c.clause) if ratio else c.clause
    clause = _SHARED.sub("", clause)
    cov = coverage(asked.grams, clause, weights, asked.joints, c.sentence)
    if indicator_gap(clause, asked.grams, explained=asked.text) >= 2:
        cov *= 0.6
    figures = {n for n in fits_measure(asked, (m.group(0) for m in NUMBER.finditer(c.sentence)))}
    if cov >= SENTENCE_CLAUSE and len(figures) == 1 and figures & set(fits_measure(asked, c.numbers)):
        cov = max(cov, coverage(asked.grams, c.sentence, weights, asked.joints))
    return cov


def _expansion_in(token: str, low: str) -> bool:
    """"gdp" stands in a sentence as "地区生产总值": one bigram of its expansion."""
    expansion = B.normalize(token)
    return expansion != token and any(g in low for g in grams(expansion) if len(g) == 2 and g != token)
