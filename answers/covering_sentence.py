"""A sentence that covers the ask, looked for when every answerer is about to say "not found".

The answerers read a question through its intent (a target, a figure, a definition…) and say
"文件中没有找到…" when the evidence they expect is not there. Staff also ask things no intent
was written for: a line for a speech ("那句“有错是过”原话怎么说的"), the reason a report gives
("23年主要指标没达到预期是怎么解释的"), which items a report lists ("哪几项指标预计完不成"), a
figure worded as nobody wrote a rule for ("洪漂引才去年吸引了多少人才"). This check runs only on
the not-found path and looks for ONE indexed sentence that holds it:

- a quoted fragment (“…”, "…", 「…」) is found in the sentence that contains it, punctuation and
  spaces aside ("新生代的温度" is the report's 新生代的“温度”);
- otherwise the question's content words — after dropping the request framing, question words
  and fillers (`core.ask_words_data`), its years and its region — must be covered by the
  sentence, order-free: each content character sits in a bigram the sentence holds (or in a
  short form whose full form it holds, `core.synonyms_data` "query" rows), at least
  `MIN_COVER` of them, and no two adjacent ones missing (a whole word of the ask absent —
  "机场改扩建" is not "中小学改扩建").

The vetoes of the other answerers hold here too: the sentence must be of the region asked, of
the year asked (a review section speaks of the year it reviews), hold every number the question
names (6号线 is not 4号线), hold a figure when one is asked (of the counted unit asked: "多少万"
wants a 万), and hold a reason when a reason is asked. The answer is the sentence with its source.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from answers import backends as B
from answers.compose import Answer, evidence_of, fit, source_dict, source_line
from answers.evidence import in_glossary
from answers.year_spans import asks_span, states_span
from answers.years import YearRef, names_report, parse_years, resolve_years, strip_years
from core import lazy_re as re
from core.numbers import FIGURE_IN_MARKS
from core.spoken import spoken_numbers
from core.abbreviations import ABBREVIATIONS
from core.ask_words_data import FILLERS, QUESTION_WORDS, REQUEST_FRAMING, SAME_MEANING, words_pattern
from prompts import answers as P

MIN_COVER = 0.8  # of the content characters, in bigrams the sentence holds
MIN_CONTENT = 4  # content characters: fewer says too little to judge a sentence by
MIN_QUOTE = 3  # characters of a quoted fragment, punctuation aside
MAX_QUOTED_NAME = 12  # a quoted name ("四个良好"); longer is a pasted sentence, read by answers.quoted
CANDIDATES = 10  # chunks read for a covering sentence
MAX_SENTENCE = 220  # characters shown of a long sentence, around what covers the ask

# (a figure in marks, "我印象是「7%左右」" (round 64e), is one offered to be checked: no fragment)
_QUOTED = re.compile(rf"[“\"「『‘'](?!\s*{FIGURE_IN_MARKS}\s*[”\"」』’'])"
                     r"([^“”\"「」『』‘’']{2,40})[”\"」』’']")
_PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2000-\u206f!-/:-@\[-`{-~]")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n+")
_CJK_OR_LATIN = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:[万亿千百])?|[一二三四五六七八九十两百千万]+[个项家所座条件批万亿]")
# a numbered name in the question: "6号线", "二期", "第3批" — its number must be the sentence's
_NUMBERED = re.compile(r"(\d+|[一二三四五六七八九十]+)\s*(号线|期|批|届|号)")
_FIGURE_ASK = re.compile(r"多少|(?<!哪)几[个项家所座条件批万亿千百名人次]|多大|多高|多长|多久|百分之几|增长几|占比")
_REASON_ASK = re.compile(r"为什么|为啥|原因|怎么解释|如何解释|咋解释|怎么说明")
_REASON = re.compile(r"因为|由于|受[^。；]{1,30}?影响|原因|所致|导致")
# a rate asked ("增长了多少", "下降几个点"): a count of listed items ("4项指标") is no answer
_RATE_ASK = re.compile(r"(?:增长|增速|增幅|下降|降低|提高|提升|上升|降幅|涨|降)了?(?:多少|几)(?![万亿千百个项家所座条件批名人元台套户亩吨公里])")
_RATE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|个百分点|倍|成)|百分之")
_AREA_ASK = re.compile(r"多大面积|面积多大|多少面积|面积(?:是)?多少")
_AREA = re.compile(r"\d+(?:\.\d+)?\s*(?:万)?(?:平方公里|平方千米|平方米|亩|公顷)")
# asks the registry answers: an owner, a leader, a deadline of a task
_OWNER_ASK = re.compile(r"谁牵头|牵头单位|哪个单位|哪个部门|哪位领导|谁负责|谁分管|责任单位|牵头的|分管领导")


# the request framing, question words and fillers dropped from an ask; what says it asks at all
_DROP = words_pattern(REQUEST_FRAMING + QUESTION_WORDS + FILLERS)
_ASKS = words_pattern(REQUEST_FRAMING + QUESTION_WORDS)


def _asks(question: str) -> bool:
    """Whether the question asks something (a question word or a request), not only names it."""
    return bool(_ASKS.search(question or "")) or "?" in question or "？" in question


def _same_meaning(text: str) -> str:
    for pattern, word in SAME_MEANING:
        text = re.sub(pattern, word, text)
    return text


def _plain(text: str) -> str:
    """The text without punctuation and spaces: a quotation as staff type it."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text or ""))


@dataclass(frozen=True)
class Found:
    sentence: str
    hit: Any
    cover: float


def content_runs(question: str, region: str | None, years: YearRef) -> list[str]:
    """The runs of content words a covering sentence must hold: the question without its
    framing, question words, fillers, years, region and figures."""
    text = unicodedata.normalize("NFKC", question or "")
    text = strip_years(text, years)
    text = re.sub(r"\d{2,4}\s*年", " ", text)
    if region:
        core = re.sub(r"(省|市|县|区)$", "", region)
        text = re.sub(re.escape(region) + "|" + re.escape(core) + r"(?:省|市|县|区)?", " ", text) if core else text
    text = _DROP.sub(" ", _same_meaning(text))
    text = re.sub(r"\d+(?:\.\d+)?\s*(?:万|亿|千|百)?(?:[元个项家人名]|%)?", " ", text)
    return re.findall(r"[\u4e00-\u9fff]+|[A-Za-z]+", text)


def _covered(runs: list[str], sentence: str) -> tuple[float, bool]:
    """The share of the runs' characters in a bigram `sentence` holds, and whether two
    adjacent characters are both missing (a whole word of the ask absent)."""
    low = _same_meaning(sentence).lower()
    total = hit = 0
    gap = False
    for run in runs:
        if run.isascii():
            total += len(run)
            hit += len(run) if run.lower() in low else 0
            gap = gap or run.lower() not in low
            continue
        flags = [False] * len(run)
        for i in range(len(run) - 1):
            if run[i:i + 2] in low:
                flags[i] = flags[i + 1] = True
        for short, full in ABBREVIATIONS.items():
            at = run.find(short)
            if at >= 0 and full in low:
                flags[at:at + len(short)] = [True] * len(short)
        for i in range(len(run)):
            if len(run) == 1:
                flags[i] = run in low
        total += len(run)
        hit += sum(flags)
        gap = gap or any(not a and not b for a, b in zip(flags, flags[1:]))
    return (hit / total if total else 0.0), gap


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text or "") if s and s.strip()]


def _period(hit: Any) -> int | None:
    span = B.field(hit, "span_year")
    return int(span) if span else (int(B.field(hit, "year")) if B.field(hit, "year") else None)


def _years_asked(ctx: Any, question: str, years: YearRef, region: str | None, today_year: int) -> list[int]:
    if years.empty:
        return []
    doc_years = [d.year for d in B.documents(ctx) if d.year and d.kind == "report" and (not region or d.region == region)]
    # a report reviews the year before its own: "去年" is the newest report's review year
    resolved, _ = resolve_years(years, today_year=today_year, doc_years=doc_years)
    return resolved


_CLAUSE = re.compile(r"[，,；;：:。！？!?]")
MIN_CLAUSE_COVER = 0.5  # of the content, in the clause that holds the figure asked


def figure_clause_covers(question: str, runs: list[str], sentence: str, region: str | None = None) -> bool:
    """A figure asked: some clause holding a figure holds at least half the content too
    ("固定资产投资增速持续回升，…收入增长9.3%" gives no figure of 固定资产投资), the measure asked
    whole (the last noun of the ask: "生猪产量" is not "生猪出栏230万头"), and no other qualifier
    of it ("能源投资" is not "工业技改投资增长24.5%", `answers.qualified_heads`)."""
    from answers.qualified_heads import other_qualifier

    measure = _last_noun(runs)
    # the question's region may qualify the clause's subject ("岚陵高新区" asked as "高新区")
    placed = re.sub(r"(省|市|县|区)$", "", region or "") + question
    amount = not _RATE_WORDS.search(question)
    for clause in _CLAUSE.split(sentence):
        if not _FIGURE.search(clause) or _covered(runs, clause)[0] < MIN_CLAUSE_COVER:
            continue
        if amount and _PERCENT_ONLY.match(clause):
            continue  # "营收多少" is no "营业收入增长35%"
        if _RATE_ASK.search(question) and not _RATE.search(clause):
            continue  # "外资增长了多少" is no "实际使用外资1.42亿美元"
        if measure and _covered([measure], clause)[0] < 1.0:
            continue
        if not other_qualifier(placed, clause, also=placed, sentence=sentence):
            return True
    return False


def _last_noun(runs: list[str]) -> str:
    """The measure an ask ends on: the last noun the segmenter reads in its content ("" without one)."""
    from answers.review_words import tagged

    cjk = [r for r in runs if not r.isascii() and len(r) >= 2]
    if not cjk:
        return ""
    nouns = [w for w, tag in tagged(cjk[-1]) if tag.startswith("n") or tag in ("j", "vn")]
    return nouns[-1] if nouns and len(nouns[-1]) >= 2 else ""


# an amount asked, not a rate: a clause holding only percentages gives another measure
_RATE_WORDS = re.compile(r"增长|增速|增幅|下降|降低|提高|提升|上升|降幅|涨|降|比重|占比|比例|比率|率|百分|%|几个点")
_PERCENT_ONLY = re.compile(r"^[^\d]*(?:\d+(?:\.\d+)?\s*%[^\d]*)+$")


_LIST_CLAUSE = re.compile(r"[，,；;、。：:！？!?]")
MIN_RUN_TOGETHER = 0.5  # of each run of content words, in one clause (list items split)


def _runs_together(runs: list[str], sentence: str) -> bool:
    """Each run of the ask's words stands mostly in one clause, not scattered over a list
    ("萍乡机场扩建工程" is not "瑞金民用机场" in one item and 萍乡 in another)."""
    clauses = [c for c in _LIST_CLAUSE.split(sentence) if c]
    return all(max((_covered([run], c)[0] for c in clauses), default=0.0) >= MIN_RUN_TOGETHER
               for run in runs if len(run) >= 4)


def _vetoed(question: str, sentence: str, hit: Any, years: list[int], mode: str | None = None,
            region: str | None = None, report_year: bool = False) -> bool:
    """The other answerers' vetoes, read on one sentence. `report_year`: the year asked names
    the report ("赣州23年报告里说…"), not the year its sentence speaks of."""
    if region and B.field(hit, "region") and B.field(hit, "region") != region:
        return True  # another region's sentence
    flat_q = re.sub(r"\s+", "", _QUOTED.sub(" ", question))
    flat_s = re.sub(r"\s+", "", sentence)
    for n in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\s*年)", flat_q):
        if not re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", flat_s):
            return True  # a figure the question states that the sentence does not (another bound)
    said = B.field(hit, "year") if report_year else _period(hit)
    if years and (int(said) if said else None) not in years:
        return True
    if years and len(years) == 1 and states_span(sentence) and not asks_span(question):
        return True  # "去年新增高速多少公里" is never a five-year sum ("五年新增高速公路186公里")
    span, doc_year = B.field(hit, "span_year"), B.field(hit, "year")
    glossary = in_glossary(str(B.field(hit, "section", "") or ""))
    if mode == "result" and span and doc_year and int(span) >= int(doc_year) and not glossary:
        return True  # a result asked: a line of the year's plan is no result (a 名词解释 entry is neither)
    if mode == "target" and _FIGURE_ASK.search(question) and span and doc_year and int(span) < int(doc_year):
        return True  # a target's figure asked: a line of the review is no target
    flat = re.sub(r"\s+", "", sentence)
    for n, kind in _NUMBERED.findall(question):
        if not re.search(rf"(?<![\d一二三四五六七八九十]){re.escape(n)}\s*{kind}", flat):
            return True
    if _FIGURE_ASK.search(question) and not _FIGURE.search(flat):
        return True
    if _RATE_ASK.search(question) and not _RATE.search(flat):
        return True
    if _AREA_ASK.search(question) and not _AREA.search(flat):
        return True
    unit = re.search(r"多少\s*([万亿])", question)
    if unit and not re.search(rf"\d\s*{unit.group(1)}", flat):
        return True
    if _REASON_ASK.search(question) and not _REASON.search(flat):
        return True
    return False


def _shown(sentence: str) -> str:
    return fit(sentence.strip(), MAX_SENTENCE)


def _answer(found: Found, years: list[int]) -> Answer:
    hit = found.hit
    text = _shown(found.sentence)
    body = P.COVERING_SENTENCE.format(sentence=text)
    src = source_line(B.field(hit, "title"), B.field(hit, "section"))
    return Answer(body + "\n" + src, "fact", sources=[source_dict(hit, text)],
                  evidence=[evidence_of(hit, text, years[0] if years else _period(hit), text)])


def quoted_sentence(ctx: Any, question: str, region: str | None, years: list[int]) -> Found | None:
    """The sentence holding a fragment the question quotes, punctuation and spaces aside."""
    fragments = [_plain(m.group(1)) for m in _QUOTED.finditer(unicodedata.normalize("NFKC", question or ""))]
    fragments = [f for f in fragments if len(f) >= MIN_QUOTE]
    best: Found | None = None
    for frag in fragments:
        for scope in ([region, None] if region else [None]):
            for hit in B.search(ctx, frag, k=CANDIDATES, region=scope, kind="report", dense=False):
                if frag not in _plain(B.field(hit, "text", "")):
                    continue
                for sentence in _sentences(B.field(hit, "text", "")):
                    if frag in _plain(sentence):
                        rank = 1.0 if not years or _period(hit) in years or B.field(hit, "year") in years else 0.5
                        if best is None or rank > best.cover:
                            best = Found(sentence, hit, rank)
            if best is not None:
                return best
    return best


def covering(ctx: Any, question: str, region: str | None, years_ref: YearRef, years: list[int],
             mode: str | None = None, report_year: bool = False) -> Found | None:
    """The sentence whose content words cover the question's, order-free, past the vetoes."""
    runs = content_runs(question, region, years_ref)
    if sum(len(r) for r in runs) < MIN_CONTENT:
        return None
    query = " ".join(runs)
    best: Found | None = None
    # the reports, then a plan's covering notice ("分工通知里要求几号前报推进方案")
    hits = [*B.search(ctx, query, k=CANDIDATES, region=region, kind="report"),
            *B.search(ctx, query, k=CANDIDATES // 2, region=region, kind="plan", dense=False)]
    for hit in hits:
        for sentence in _sentences(B.field(hit, "text", "")):
            cover, gap = _covered(runs, sentence)
            if cover < MIN_COVER or gap or _vetoed(question, sentence, hit, years, mode, region, report_year):
                continue
            if not _runs_together(runs, sentence):
                continue
            if _FIGURE_ASK.search(question) and not figure_clause_covers(question, runs, sentence, region):
                continue
            if best is None or cover > best.cover or (cover == best.cover and len(sentence) < len(best.sentence)):
                best = Found(sentence, hit, cover)
    return best


def _quote_missed(question: str, ans: Answer) -> bool:
    """Whether the answer is to a report question that quotes a name ("“四个良好”建设…分别是什么")
    and holds that name nowhere: then another entry was taken for it ("四个示范"), and the
    sentence printing the name is looked for as if nothing had been found."""
    if ans.intent not in ("fact", "target") or ans.tasks:
        return False
    held = _plain(ans.answer + "".join(str(s.get("text", "")) for s in (ans.sources or []) if isinstance(s, dict)))
    # (a quotation typed in words, "百分之三十二…", is held as the report prints it: 32%…)
    quoted = [_plain(spoken_numbers(m.group(1))) for m in _QUOTED.finditer(unicodedata.normalize("NFKC", question or ""))]
    return any(MIN_QUOTE <= len(f) <= MAX_QUOTED_NAME and f not in held for f in quoted)


def covering_checked(ctx: Any, question: str, q: Any, ans: Answer, today_year: int) -> Answer:
    """`ans` when it answers; when it says "not found" for a report question, the one sentence
    that covers the ask (a quoted fragment first), with its source; else `ans` unchanged."""
    if ans.intent != "none" and not _quote_missed(question, ans):
        return ans
    if not (question or "").strip() or _OWNER_ASK.search(question):
        return ans
    # full-width digits and letters ("２０２２年ＧＤＰ") read as typed half-width: the year check
    # must see the year, or another year's sentence would answer
    question = unicodedata.normalize("NFKC", question)
    region = getattr(getattr(q, "region", None), "name", None)
    years_ref = parse_years(question)
    years = _years_asked(ctx, question, years_ref, region, today_year)
    found = quoted_sentence(ctx, question, region, years)
    if found is not None and not _vetoed(_without_quotes(question), found.sentence, found.hit, []):
        return _answer(found, years)
    if not _asks(question):
        return ans  # a bare name ("赣深客专", a part another step asks) is no ask a sentence covers
    # the question as typed, then as the rules read it: a wrapper said around it ("王主任让问下…
    # 谢谢") and a place typed by its sound ("干州") are gone from the second
    for text in dict.fromkeys((question, unicodedata.normalize("NFKC", getattr(q, "text", "") or ""))):
        if not text:
            continue
        refs = parse_years(text)
        asked = _years_asked(ctx, text, refs, region, today_year)
        found = covering(ctx, text, region, refs, asked, getattr(q, "mode", None), names_report(text, refs))
        if found is not None:
            return _answer(found, asked)
    return ans


def _without_quotes(question: str) -> str:
    return _QUOTED.sub(" ", unicodedata.normalize("NFKC", question or ""))
