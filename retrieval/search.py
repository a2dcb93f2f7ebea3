"""Search the reports: BM25 over bigrams fused with dense vectors by reciprocal rank.

Fusion by rank, not by score, because BM25 scores and cosine similarities live on
different scales; RRF needs no tuning and was the best of what we measured.
Filters (region, year, kind) apply to both halves before ranking, so "南昌2024年"
never returns the province's report just because it scores higher.
"""
from __future__ import annotations

from core import lazy_re as re
from core.loose_phrases import printed_loosely
import weakref
from array import array
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Callable

from core.errors import UserError
from prompts import ingest as msg
from retrieval.lexical import f32
from retrieval.normalize import normalize_query, strip_question_words
from store import documents as store

RRF_K = 60
# Dense ranks count less than lexical ones. Measured on tests/data/retrieval_questions.json
# (docs/benchmarks/retrieval.md): weight 0.2 lifts hit@1 on paraphrased questions
# (.79 → .86) for a smaller loss on literal ones (.93 → .86); at 1.0 both lose.
DENSE_WEIGHT = 0.2
CANDIDATES = 50  # per ranker, before fusion


@dataclass
class Hit:
    text: str  # the chunk without its header: what an answer quotes
    file: str
    title: str
    region: str | None
    year: int | None  # the year the document plans for
    section: str
    score: float
    chunk_id: str
    span_year: int | None = None  # the year the chunk's section speaks of
    kind: str = "report"
    # Absolute evidence for "is the answer here at all": the fused score is only a rank.
    lexical_score: float = 0.0  # BM25 (with region/year boost)
    dense_score: float | None = None  # cosine similarity of query and chunk, when dense ran

    def to_dict(self) -> dict:
        return asdict(self)


def search(
    ctx: Any,
    query: str,
    *,
    k: int = 5,
    region: str | None = None,
    year: int | None = None,
    kind: str | None = None,
    dense: bool = True,
) -> list[Hit]:
    """The k best chunks for a question; `year` matches the document's plan year or the
    year a section speaks of (the 2022 report's review answers "2021年…")."""
    if not query or not query.strip():
        raise UserError(msg.EMPTY_QUERY)
    index = ctx.index
    lexical = index.lexical()
    if not lexical.rows:
        return []
    normalized = normalize_query(query, today=ctx.today(), db=ctx.db)
    allowed = _allowed(lexical.rows, region=region, year=year, kind=kind)
    if not any(allowed):
        return []

    scores = lexical.bm25.scores(strip_question_words(normalized) or normalized)
    boost = _mention_boost(lexical.rows, normalized, region=region, year=year)
    scores = f32([s * w if ok else 0.0 for s, w, ok in zip(scores, boost, allowed)])
    # Best first, ties in chunk order (a stable sort, as numpy's argsort(kind="stable") was).
    order = sorted(range(len(scores)), key=lambda i: -scores[i])[:CANDIDATES]
    rankings = [[i for i in order if scores[i] > 0]]

    similarity: dict[int, float] = {}
    if dense:
        where = _where(lexical.rows, allowed, region=region, year=year, kind=kind)
        n = min(CANDIDATES, sum(allowed))
        ranked = index.dense_ranking(normalized, n=n, where=where)
        # Ids not committed in SQLite (a crashed ingest) are ignored.
        similarity = {
            lexical.position[i]: sim for i, sim in ranked if i in lexical.position and allowed[lexical.position[i]]
        }
        rankings.append(list(similarity))

    fused: dict[int, float] = {}
    for weight, ranking in zip((1.0, DENSE_WEIGHT), rankings):
        for rank, i in enumerate(ranking):
            fused[i] = fused.get(i, 0.0) + weight / (RRF_K + rank + 1)
    best = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return [_hit(lexical.rows[i], score, float(scores[i]), similarity.get(i)) for i, score in best]


def term_rarity(ctx: Any, terms: list[str]) -> dict[str, float]:
    """How rare each term (a bigram or Latin word, `retrieval.lexical.tokens`' units) is in
    the indexed chunks: BM25's idf, and 0.0 for a term no chunk holds. The documents' own
    statistics say which words of a question carry meaning: fillers and request words are
    frequent or absent, an indicator's words are rare (answers/answerability.py)."""
    bm25 = ctx.index.lexical().bm25
    out: dict[str, float] = {}
    for term in terms:
        t = term.lower()
        held = any(t in seg.postings for seg in bm25.segments)
        out[term] = float(bm25.idf(t)) if held else 0.0
    return out


# What is built from an index's chunks once per generation (every character, bigram, the joined
# text, the headings), kept per index object: weakly, so an index closed and a new one opened in
# the same process (tests, an eval over several rounds) never reads the first one's values.
_KEPT: "weakref.WeakKeyDictionary[Any, dict[str, tuple[int, Any]]]" = weakref.WeakKeyDictionary()


def _kept(ctx: Any, name: str, build: Callable[[Any], Any]) -> Any:
    """`build(lexical)` for the context's index, built again when the index's generation moves."""
    lexical = ctx.index.lexical()
    per_index = _KEPT.setdefault(ctx.index, {})
    cached = per_index.get(name)
    if cached is None or cached[0] != lexical.generation:
        cached = per_index[name] = (lexical.generation, build(lexical))
    return cached[1]


def chars_held(ctx: Any) -> frozenset[str]:
    """Every character of the indexed chunks (kept per index generation): a word of a question
    made of characters the documents never print is a thing they do not hold."""
    return _kept(ctx, "chars", lambda lexical: frozenset(ch for row in lexical.rows for ch in row.text))


def bigrams_held(ctx: Any) -> frozenset[str]:
    """Every two-character CJK term of the indexed chunks' postings (kept per index generation
    like `chars_held`): the documents' words by which a word typed by its sound is read
    (answers/heard_words.py)."""
    def build(lexical: Any) -> frozenset[str]:
        return frozenset(t for seg in lexical.bm25.segments for t in seg.postings
                         if len(t) == 2 and "\u4e00" <= t[0] <= "\u9fff" and "\u4e00" <= t[1] <= "\u9fff")
    return _kept(ctx, "bigrams", build)


def text_holds(ctx: Any, phrase: str) -> bool:
    """Whether an indexed chunk prints `phrase` (whitespace ignored: PDF text breaks lines inside
    names, "市第\n三人民医院"). The documents' own names decide which form of a short name
    a question means (answers/local_names.py); kept per index generation like `chars_held`."""
    key = re.sub(r"\s+", "", phrase or "")
    return bool(key) and key in _held_text(ctx)


def _held_text(ctx: Any) -> str:
    """The indexed chunks' texts, whitespace removed, one a line (kept per index generation)."""
    return _kept(ctx, "text", lambda lexical: "\n".join(re.sub(r"\s+", "", row.text) for row in lexical.rows))


_CLAUSE_STOP = "，。；：！？、\n"
MAX_CLAUSE = 200  # characters either side of a match searched for its clause's stops
MAX_RUN_IN = 30  # a paragraph's opening sentence this short is its heading ("办好十件民生实事。")
MAX_LEAD_IN = 40  # a sentence's words before its colon this short introduce a list


def headings(paragraph: str) -> list[str]:
    """The headings a paragraph's sentences stand under inside it: its opening sentence when it
    is short and others follow ("用心办好民生实事。…"), and each sentence's words before a colon
    that opens a list ("集中财力办好十件民生实事：一是…")."""
    flat = re.sub(r"\s+", "", paragraph or "")
    out: list[str] = []
    first, stop, rest = flat.partition("。")
    if stop and rest and len(first) <= MAX_RUN_IN:
        out.append(first)
    for sentence in flat.split("。"):
        lead, colon, _ = sentence.partition("：")
        if colon and len(lead) <= MAX_LEAD_IN:
            out.append(lead)
    return out


def heading_holds(ctx: Any, phrase: str) -> bool:
    """Whether a heading of the indexed chunks prints `phrase`: a section title, a paragraph's
    run-in heading or a list's lead-in (`headings`). A question word naming the heading a
    sentence stands under ("民生实事里…") is not the sentence's own (answers/heading_words.py);
    kept per index generation like `chars_held`."""
    def build(lexical: Any) -> str:
        found: list[str] = []
        for row in lexical.rows:
            found.append(re.sub(r"\s+", "", row.section or ""))
            for paragraph in (row.text or "").split("\n"):
                found += headings(paragraph)
        return "\n".join(found)

    held = _kept(ctx, "headings", build)
    key = re.sub(r"\s+", "", phrase or "")
    # ("十件实事" for the printed "十件民生实事": one short word left out, core.loose_phrases)
    return bool(key) and printed_loosely(key, held)


def clauses_matching(ctx: Any, pattern: str, *, limit: int = 200) -> list[tuple[str, int, int]]:
    """Each clause of the indexed chunks (whitespace removed, cut at clause stops) where
    `pattern` matches, with the match's start and end in that clause: the printed spans a
    shortened word of a question may stand for (answers/abbreviated_words.py). `pattern` must
    match no clause stop; at most `limit` matches."""
    joined = _held_text(ctx)
    out: list[tuple[str, int, int]] = []
    for m in re.finditer(pattern, joined):
        # a clause is short: look for its stops near the match only
        lo, hi = max(0, m.start() - MAX_CLAUSE), min(len(joined), m.end() + MAX_CLAUSE)
        start = max(lo - 1, *(joined.rfind(c, lo, m.start()) for c in _CLAUSE_STOP)) + 1
        ends = [e for e in (joined.find(c, m.end(), hi) for c in _CLAUSE_STOP) if e >= 0]
        end = min(ends) if ends else hi
        out.append((joined[start:end], m.start() - start, m.end() - start))
        if len(out) >= limit:
            break
    return out


REGION_BOOST = 1.5  # a chunk of the region the question names
YEAR_BOOST = 1.2  # a chunk about the year the question names


def _mention_boost(rows: list[store.ChunkRow], query: str, *, region: str | None, year: int | None) -> array:
    """Soft preference for the region and year a question names ("赣州2023年…") when the
    caller gave no filter: a hard filter would lose "江西" questions answered by a
    city's report, a boost only reorders near-ties."""
    boost = f32([1.0] * len(rows))
    if not region:
        regions = {r.region for r in rows if r.region}
        named = {r for r in regions if _core(r) and _core(r) in query}
        # "南昌" inside "南昌市" questions also names 江西 implicitly; only boost what is written.
        if named:
            factor = f32([REGION_BOOST if r.region in named else 1.0 for r in rows])
            boost = f32([a * f for a, f in zip(boost, factor)])
    if not year:
        years = {int(y) for y in re.findall(r"(\d{4})年", query)}
        if years:
            factor = f32([YEAR_BOOST if (r.span_year in years or r.year in years) else 1.0 for r in rows])
            boost = f32([a * f for a, f in zip(boost, factor)])
    return boost


# "青川藏族自治州" → "青川", "广西壮族自治区" → "广西", "南昌市" → "南昌"; a name keeps two characters.
_ADMIN_NAME = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)?(?:自治区|自治州|自治县|特别行政区|省|市|县|区|旗|盟|镇|乡)$")
# One administrative level each: "南湖市云溪区" → ["南湖市", "云溪区"]
_ADMIN_PART = re.compile(r".+?(?:自治区|自治州|自治县|特别行政区|省|市|县|区|旗|盟|镇|乡)|.+$")


def _core(region: str) -> str:
    m = _ADMIN_NAME.match(region)
    return m.group(1) if m else region


def _hit(row: store.ChunkRow, score: float, lexical_score: float, dense_score: float | None) -> Hit:
    return Hit(
        text=row.text,
        file=row.file,
        title=row.title,
        region=row.region,
        year=row.year,
        section=row.section,
        score=round(score, 6),
        chunk_id=row.id,
        span_year=row.span_year,
        kind=row.kind,
        lexical_score=round(lexical_score, 4),
        dense_score=None if dense_score is None else round(dense_score, 4),
    )


@lru_cache(maxsize=4096)
def region_matches(wanted: str, region: str | None) -> bool:
    """"南昌" matches "南昌市"; "江西" matches "江西省" but not "南昌市". Kept per pair: every
    search checks each chunk's region, and a corpus has few regions."""
    if not region:
        return False
    core = _core(wanted.strip())
    if not core:
        return False
    if region == wanted or _core(region) == core:
        return True
    # A district or county asked without its city: "云溪区" matches "南湖市云溪区".
    return any(_core(part) == core for part in _ADMIN_PART.findall(region)[1:])


def _allowed(rows: list[store.ChunkRow], *, region: str | None, year: int | None, kind: str | None) -> list[bool]:
    return [
        (not region or region_matches(region, r.region))
        and (not year or r.year == year or r.span_year == year)
        and (not kind or r.kind == kind)
        for r in rows
    ]


def _where(rows: list[store.ChunkRow], allowed: list[bool], *, region: str | None, year: int | None, kind: str | None) -> dict | None:
    clauses: list[dict] = []
    if region:
        # by file, not by Chroma's own region field: a region renamed on record ("鹊岭区" →
        # "泓州市鹊岭区", retrieval/ingest.py) keeps its vectors; hits are checked against
        # `allowed` afterwards either way
        files = sorted({row.file for row, ok in zip(rows, allowed) if ok})
        clauses.append({"file": {"$in": files}})
    if year:
        clauses.append({"$or": [{"year": year}, {"span_year": year}]})
    if kind:
        clauses.append({"kind": kind})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
