"""A second reading of the tasks the lexical matcher finds unnamed: the review often reports a
task's result in its own words ("启动制造业产业链提升'八大行动'" for "开展制造业强链补链行动",
"生猪产能全面恢复" for "推动生猪产业稳定健康发展"), which outside labellers count as a mention.

A review clause is a related mention of a task when both hold:
- the dense model puts it closest to the task among the review's clauses, at cosine
  `RELATED_SIM` or more (task and clause embedded alike, as passages, cached by content hash;
  the dense phase of ingest embeds a report's review clauses, so a review embeds only tasks), and
- it shares with the task a run of `RELATED_MIN_RUN` or more characters that is not made of
  generic words ("碳达峰", "退役军人", "赣南等原中央苏区") — similarity alone cannot tell
  "海绵小镇" from "海绵城市", and a shared run alone matches look-alikes. A run is cut at 等 and
  的 ("…等活动" shares a list closer, not a thing), and a place's name alone ("X市", "X山") is
  not a shared thing: the same city or mountain with another title or park is a look-alike.
A second way in, for names a report shortens ("综保区" of "综合保税区…建设", "夜间…街区" of
"夜间消费街区"): one of the `RELATED_TOP` clauses nearest the task, at cosine `RELATED_SIM` or
more, that shares `RARE_MIN` or more content bigrams with the task each of which stands in one
review sentence only and in at most `RARE_TASKS` of the plan's tasks (a word the whole review
or plan repeats says nothing about which task a clause is about); with `RARE_STRONG_MIN` such
bigrams (a run of four: "地理标志", "退役军人") a cosine of `RARE_STRONG_SIM` is enough, since
the model's cosines crowd into 0.90–0.95 and the words carry most of the evidence.
A third way in, for a subject a review names by one word in new company ("生猪产能全面恢复" for
"推动生猪产业稳定健康发展", "7个临时空域…获批划设" for "深化低空空域管理改革试点"): one distinctive
noun (answers.review_words: a word, not a fragment; a noun, not a verb, place or everyday word)
that only this task holds and at most two review sentences, in a clause at cosine
`RARE_STRONG_SIM` or more that also votes for the task (the task among the `WORD_VOTE` of the
plan's tasks nearest to it, or names the word as a whole item of a list).
Such a mention is `progress`: the review names something of the task, not its commitment
met — unless its sentence settles it (answers.review_related_label: a number of the task's
unit against its one figure; the stated result of a task that only keeps something going). Measured on four label sets and an outsider's fictional pair
(docs/benchmarks/review.md, "Related mentions"); without a dense model nothing changes.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from answers import review_words
from answers.review_match import Sentence
from answers.review_text import AREA_WORDS, GENERIC_BIGRAMS, GENERIC_WORDS, norm
from core.places import CITIES
from retrieval.review_part import review_clauses

log = logging.getLogger(__name__)

RELATED_SIM = 0.93
RELATED_MIN_RUN = 3
RELATED_TOP = 3  # the rare-bigram way: among this many nearest clauses
RARE_MIN = 2  # shared content bigrams, each
RARE_STRONG_MIN, RARE_STRONG_SIM = 3, 0.90  # three of them (a run of four) hold at a lower cosine
RARE_SENTENCES = 1  # in at most this many review sentences
RARE_TASKS = 2  # and at most this many of the plan's tasks
WORD_TASKS, WORD_SENTENCES = 1, 2  # one distinctive noun: this task's alone, in at most two review sentences
WORD_TASKS_SHARED = 2  # or held by two tasks, when the clause and the task are each other's nearest
WORD_VOTE = 3  # and the task among this many of the plan's tasks nearest to the clause
# A word that makes a place's title ("海绵城市", "海绵小镇", "文明城市") says which place won
# what: the same word before another place class is a look-alike, not the task's subject.
PLACE_TITLE = re.compile(r"城市|小镇|城镇|乡镇|乡村|村庄|名城|名镇|名村|新城|县城")
# A place's name alone says where, not what: "X市争创百强县" and "X市创建文明城市" share only
# the city; "X山森林公园" and "X山景区" only the mountain. (区 is left out: 综保区, 高新区.)
PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:省|市|县|镇|乡|村|山|河|湖|江)$")
# A number glued to a word is a figure, not a name: "企业4" of "工业企业48家" and "企业40家"
# shares a word and a digit, nothing distinctive ("5G", "G245" are names: Latin and digits).
FIGURE_EDGE = re.compile(r"^\d+(?![\dA-Za-z.])|(?<![\dA-Za-z.])\d+$")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_SPLIT = re.compile(
    "|".join(re.escape(w) for w in sorted({*GENERIC_WORDS, *AREA_WORDS}, key=len, reverse=True) if len(w) >= 2)
    + r"|[^\u4e00-\u9fffA-Za-z0-9+]|(?<![高中初平同均对上特])等(?![级待候同])|的"
)


@dataclass
class Related:
    sentence: Sentence
    clause: str
    term: str  # the shared run that makes it about the same thing
    similarity: float


def shared_run(task: str, clause: str, min_len: int = RELATED_MIN_RUN) -> str:
    """The longest run of the task's content words (generic and area words cut out) that
    stands in the clause, if it is `min_len` characters or more and not generic itself."""
    best = ""
    for run in _SPLIT.split(task):
        for i in range(len(run)):
            for j in range(len(run), i + max(min_len, len(best) + 1) - 1, -1):
                piece = run[i:j]
                if FIGURE_EDGE.search(piece):
                    continue  # a shorter piece without the number may still be shared
                if piece in clause:
                    if not all(piece[k : k + 2] in GENERIC_BIGRAMS for k in range(len(piece) - 1)) \
                            and not PLACE_ONLY.match(piece):
                        best = piece
                    break
    return best if len(best) >= min_len else ""


def content_bigrams(text: str) -> set[str]:
    """The two-character pieces of a text's content runs (generic and area words cut out)."""
    out = set()
    for run in _SPLIT.split(text):
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if pair not in GENERIC_BIGRAMS and _HAN_PAIR.fullmatch(pair):
                out.add(pair)
    return out


def rare_shared(task: set[str], clause: str, sentence_df: dict[str, int], task_df: dict[str, int],
                region: str = "") -> list[str]:
    """The task's content bigrams in `clause` that stand in one review sentence and few tasks,
    not the report's own place name."""
    return sorted(g for g in task if g in clause and sentence_df.get(g, 0) <= RARE_SENTENCES
                  and task_df.get(g, 0) <= RARE_TASKS and g not in region)


def _places(text: str) -> set[str]:
    """The prefecture-level cities a text names."""
    return {c for c in CITIES if c in text}


def _elsewhere(task_places: set[str], clause: str) -> bool:
    """The task is about some cities and the clause about others only: "上饶等地申报综合保税区"
    and "南昌综保区进入A类区行列" speak of two different zones."""
    if not task_places:
        return False
    named = _places(clause)
    return bool(named) and not named & task_places


def _runs(pairs: list[str], clause: str) -> list[str]:
    """Overlapping pairs as the clause writes them: 综保, 保区 → 综保区."""
    spans = sorted((clause.find(g), clause.find(g) + 2) for g in pairs)
    out: list[list[int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [clause[a:b] for a, b in out]


def _df(texts: list[str]) -> dict[str, int]:
    df: dict[str, int] = {}
    for text in texts:
        for g in content_bigrams(text):
            df[g] = df.get(g, 0) + 1
    return df


def related_mentions(db: Any, embedder: Any, tasks: dict[str, str], sentences: list[Sentence],
                     all_tasks: list[str] | None = None, region: str | None = None) -> dict[str, Related]:
    """For each task (code → text) the review clause that speaks of it in other words, if any.
    `all_tasks`: every task text of the plan (how rare a word is); `region`: the report's own."""
    if embedder is None or not tasks:
        return {}
    from retrieval.embed import embed_passages  # numpy and the model only when a review asks

    clauses = [(c, sentences[i]) for c, i in review_clauses(sentences)]
    if not clauses:
        return {}
    codes = list(tasks)
    try:
        clause_vecs = embed_passages(db, embedder, [c for c, _ in clauses])
        task_vecs = embed_passages(db, embedder, [norm(tasks[code]) for code in codes])
    except Exception as exc:  # optional reading: the lexical labels stand without it
        log.warning("review: related mentions skipped (%s)", type(exc).__name__)
        return {}
    out: dict[str, Related] = {}
    sims = task_vecs @ clause_vecs.T
    sentence_df = _df([s.plain for s in sentences])
    task_df = _df([norm(t) for t in (all_tasks if all_tasks is not None else list(tasks.values()))])
    own = re.sub(r"(?:省|市|县|区)$", "", region or "")
    for row, code in enumerate(codes):
        j = int(sims[row].argmax())
        similarity = float(sims[row, j])
        clause, sentence = clauses[j]
        task_places = _places(tasks[code])
        term = shared_run(norm(tasks[code]), clause) if similarity >= RELATED_SIM else ""
        if term and not _elsewhere(task_places, clause):
            out[code] = Related(sentence, clause, term, similarity)
            continue
        words = content_bigrams(norm(tasks[code]))
        for j in sims[row].argsort()[::-1][:RELATED_TOP]:
            similarity = float(sims[row, j])
            if similarity < RARE_STRONG_SIM:
                break
            clause, sentence = clauses[int(j)]
            runs = [r for r in _runs(rare_shared(words, clause, sentence_df, task_df, own), clause)
                    if not PLACE_ONLY.match(r)]
            shared = sum(len(r) - 1 for r in runs)
            if _elsewhere(task_places, clause):
                continue
            if shared >= RARE_STRONG_MIN or (shared >= RARE_MIN and similarity >= RELATED_SIM):
                out[code] = Related(sentence, clause, "、".join(runs), similarity)
                break
    rest = [row for row, code in enumerate(codes) if code not in out]
    if rest:
        plan_texts = [norm(t) for t in (all_tasks if all_tasks is not None else list(tasks.values()))]
        plan_vecs: list[Any] = []

        def votes(j: int) -> Any:
            """Cosines of every task of the plan to clause j (the plan's vectors read once, on
            first need: the vote does not depend on which tasks were asked about)."""
            if not plan_vecs:
                plan_vecs.append(embed_passages(db, embedder, plan_texts))
            return plan_vecs[0] @ clause_vecs[j]

        try:
            found = _one_word(rest, codes, tasks, clauses, sims, sentences, plan_texts, votes)
        except Exception as exc:  # optional reading, as above
            log.warning("review: one-word mentions skipped (%s)", type(exc).__name__)
            found = {}
        out.update({codes[row]: r for row, r in found.items()})
    return out


def _listed(word: str, clause: str) -> bool:
    """The word is a whole item of the clause's list ("对台、人防、地震…等工作取得新成效"): the
    review names that very subject, and a long list blurs the clause's vector, so the model's
    vote from the clause's side is not asked."""
    return re.search(rf"(?:^|[、,]){re.escape(word)}(?:、|等)", clause) is not None


def _titles_a_place(word: str, text: str) -> bool:
    return any(PLACE_TITLE.match(text, m.end()) for m in re.finditer(re.escape(word), text))


def _one_word(rows: list[int], codes: list[str], tasks: dict[str, str], clauses: list[tuple[str, Sentence]],
              sims: Any, sentences: list[Sentence], texts: list[str], votes: Any) -> dict[int, Related]:
    """The third way in: one distinctive noun (answers.review_words) that only this task of
    the plan holds (see below for two) and at most `WORD_SENTENCES` review sentences, used as
    a word by a clause at cosine `RARE_STRONG_SIM` or more, where the model agrees from the
    clause's side too: among all the plan's tasks (`texts`; `votes(j)` their cosines to clause
    j), this one is within the `WORD_VOTE` nearest to the clause (unless the word is a whole
    item of the clause's list). A word two tasks hold ("疫情" of 常态化疫情防控 and 疫情防控救治能力) needs more: the clause
    is this task's nearest of all and this task the clause's nearest of the plan. One shared
    word is weak alone ("工匠" of 赣鄱工匠 and 未来工匠), so both sides must pick each other; of
    several such clauses the nearest is the evidence. The counts and cosines are checked on
    plain pieces first, so the segmenter (≈ 1 s to load) runs only when one passes."""
    plains = [s.plain for s in sentences]
    normed = [norm(raw, keep_quotes=True) for raw, _ in clauses]
    out: dict[int, Related] = {}
    for row in rows:
        task = norm(tasks[codes[row]], keep_quotes=True)
        nearest = int(sims[row].argmax())
        found = []
        for word in review_words.pieces(task):
            held = sum(1 for t in texts if word in t)
            if held > WORD_TASKS_SHARED or not 0 < sum(1 for p in plains if word in p) <= WORD_SENTENCES:
                continue
            for j, clause in enumerate(normed):
                if word not in clause or sims[row, j] < RARE_STRONG_SIM:
                    continue
                if _titles_a_place(word, task) or _titles_a_place(word, clause) or _elsewhere(_places(task), clause):
                    continue
                nearer = int((votes(j) > sims[row, j] + 1e-6).sum())
                if held > WORD_TASKS and (nearer or j != nearest):
                    continue  # two tasks hold the word: the clause and this task must be each other's nearest
                if nearer >= WORD_VOTE and not _listed(word, clause):
                    continue
                found.append((float(sims[row, j]), j, word))
        for similarity, j, word in sorted(found, reverse=True):
            # the segmenter decides last: a noun of the task ("生猪"), a word of the clause
            # ("托位" in "托位数" is cut 托/位数: not the word)
            if word in review_words.distinctive_nouns(task) and word in review_words.words(normed[j]):
                out[row] = Related(clauses[j][1], clauses[j][0], word, similarity)
                break
    return out
