"""Holding one task against the review: which of its commitments the review names, how far
each got, and the task's label.

An item is named when the review sentence holds it whole, or (for a name of five
characters or more) most of its weight in bigrams together with a run of three of its
characters: "中国信通院江西分院" ~ "中国信通院江西研究院". Generic words weigh nothing, so
"推进…建设" never makes a mention. How far it got is read in the clause (between commas)
that names it: "基本建成" is progress, "建成/投运/开行" done, "开工" done only for a
task that asked to start, "获批" done only for one that applied; a clause that only names
the thing says nothing either way. A name matched at under three quarters of its weight
is a related thing, at most progress. A figure is found by its metric and unit and
compared ("10家左右" vs "13家"); "完成年计划121.5%" counts whatever the unit. The metric
words must match both ways: a number of the same unit whose words hold the task's metric
but count something else ("…国债资金32.4亿元" for "完成投资850亿元") is not compared.

A looser match whose clause does not say the name's kind (计划, 办法, 方案…) names a neighbour
("出台…产业集群综合评价办法" for "…产业集群提能升级计划"): at most progress. A campaign named
after the report's own region ("平安槐渠") is named by its kind alone ("平安建设"), as a
related naming.

Label: nothing named → not_mentioned; a figure short of its target, or the main
deliverable only advanced → progress; a first list of projects to build or start mostly
unreported → progress ("8项中提到4项"); three or more named things of which fewer than half
are mentioned, the main deliverable not done → progress; the main deliverable unnamed and
a list of figures mostly unreported → progress; two projects named together ("A和B") of
which one is not reported done → progress; else, when something is reported done → done.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, field
from functools import lru_cache

from answers.review_figures import (
    Figure,
    carry_rate_subject,
    meets,
    numbers,
    rate_subject,
    review_figures,
    same_kind,
    target_met_words,
    without_amounts,
)
from answers.review_items import Commitment, commitments
from answers.review_terms import measure_of, one_apart, paraphrase_in
from answers.review_text import (
    ANY_CUE,
    APPROVED_CUES,
    DOING_CUES,
    DONE_CUES,
    NOT_YET_CUES,
    DOCUMENT_HEAD,
    PARTIAL_CUES,
    START_CUES,
    UNDER_WAY_CUES,
    Weights,
    abbreviation_in,
    all_grams,
    bigram_set,
    content_grams,
    contains_run,
    norm,
    residue,
    unquote,
)

ITEM_COVERAGE = 0.6  # share of an item's weight a sentence must hold
FIGURE_COVERAGE = 0.5  # share of the task metric's weight the words before a number must hold
REVIEW_METRIC_COVERAGE = 0.5  # and share of those words' weight the task must hold (both ways)
METRIC_ONLY_COVERAGE = 0.8  # a metric named without a comparable number
EXACT_ENOUGH = 0.75  # a looser match names a related thing: at most progress
FUZZY_MIN_CHARS = 5  # shorter names must appear whole
LIST_MIN = 3  # a clause naming this many items is a list of projects
LIST_DONE_SHARE = 2 / 3  # of the first list, reported done, for the task to be done
LIST_NAMED_SHARE = 1 / 2  # of all named things, mentioned, unless the main deliverable is done
MAX_EVIDENCE = 3
PHASE = re.compile(r"(?:[一二三四五六七八九]|首)期")


@dataclass
class Clause:
    text: str  # normal form, quotes kept (figures)
    plain: str  # normal form, no quotes (names and cues)
    grams: set[str]
    figures: list[Figure]


@dataclass
class Sentence:
    index: int
    text: str  # the report's own words
    section: str
    shortcoming: bool
    plain: str
    grams: set[str]
    clauses: list[Clause]


@dataclass
class Mention:
    commitment: Commitment
    status: str  # done | progress | below | neutral
    sentence: Sentence
    score: float
    reported: Figure | None = None
    clause: str = ""  # the clause naming an item (plain form)
    said: str = ""  # the review's other words for the item ("减税减费" for 减税降费), if so named


@dataclass
class Verdict:
    label: str  # done | progress | not_mentioned
    mentions: list[Mention] = field(default_factory=list)
    items: int = 0  # named items the task lists
    items_mentioned: int = 0
    commitments: list[Commitment] = field(default_factory=list)

    @property
    def evidence(self) -> list[Sentence]:
        """The review's sentences behind the label, in report order (at most three): the
        task's main deliverable first (what a reader checks the label by), then what is
        reported done, then the rest by how closely they name their item."""
        main = id(main_commitment(self.commitments)) if self.commitments else None
        best: dict[int, tuple[float, Sentence]] = {}
        for m in self.mentions:
            rank = (2.0 if m.status == "done" else 1.0) + m.score + (3.0 if id(m.commitment) == main else 0.0)
            if m.sentence.index not in best or best[m.sentence.index][0] < rank:
                best[m.sentence.index] = (rank, m.sentence)
        top = sorted(best.values(), key=lambda p: -p[0])[:MAX_EVIDENCE]
        return [s for _, s in sorted(top, key=lambda p: p[1].index)]


def prepare(sentences: list[tuple[str, str, bool]]) -> list[Sentence]:
    """Review sentences (text, section, shortcoming) in the forms the matcher reads."""
    out = []
    for i, (text, section, shortcoming) in enumerate(sentences):
        quoted = norm(text, keep_quotes=True)
        clauses = []
        for piece in re.split(r"[,:]", quoted):
            if piece:
                plain = unquote(piece)
                clauses.append(Clause(piece, plain, all_grams(plain), review_figures(piece)))
        carry_rate_subject([c.figures for c in clauses])
        plain = unquote(quoted)
        out.append(Sentence(i, text, section, shortcoming, plain, all_grams(plain), clauses))
    return out


def weights_for(task_texts: list[str], sentences: list[Sentence]) -> Weights:
    return Weights([norm(t) for t in task_texts] + [s.plain for s in sentences])


def judge(task_text: str, sentences: list[Sentence], weights: Weights, region: str | None = None) -> Verdict:
    """The label of one task against the review's sentences. `region` is the report's own
    region: its name before an item is optional ("岚川数字经济产业园" = "数字经济产业园")."""
    parts = commitments(task_text)
    own = _own_prefixes(region)
    task_grams = all_grams(norm(task_text))
    numbered = _assign_figures([c for c in parts if c.kind == "figure"], sentences, weights, task_grams)
    mentions: list[Mention] = []
    for c in parts:
        if c.kind == "figure":
            found = numbered.get(id(c)) or _metric_only(c, sentences, weights, task_grams)
        else:
            found = _item_mention(c, sentences, weights, own)
        if found:
            mentions.append(found)
    items = [c for c in parts if c.kind == "item"]
    verdict = Verdict("not_mentioned", mentions, len(items), sum(1 for m in mentions if m.commitment.kind == "item"), parts)
    if mentions:
        verdict.label = _label(parts, mentions)
    return verdict


def _label(parts: list[Commitment], mentions: list[Mention]) -> str:
    """done when the task's main deliverable is reported achieved (and most of its first
    list of projects, if it has one) and no figure fell short; else progress. The main
    deliverable is its first commitment with an end (建成/完成/开工/实施/申报…), else its
    first; when the review does not name it, every commitment it names must be done. A task
    naming three or more things of which the review mentions fewer than half is progress
    unless its main deliverable is reported done ("8项中提到1项": one of eight is not the task)."""
    status = {id(m.commitment): m.status for m in mentions}
    values = list(status.values())
    if "below" in values or "done" not in values:
        return "progress"  # a figure short of its target; or only named, never reported done
    main = main_commitment(parts)
    main_status = status.get(id(main))
    if main_status == "progress":
        return "progress"
    if main_status is None and "progress" in values:
        return "progress"
    if main_status is None and any(2 * sum(1 for c in g if id(c) in status) < len(g) for g in _figure_lists(parts)):
        return "progress"  # "净增A 1000家、B 500家、C 50家" with only C reported, the main deliverable not named
    pair = [c for c in parts if c.joined and c.group == main.group]
    if main in pair and any(status.get(id(c)) != "done" for c in pair):
        return "progress"  # "改建A和B工程": two projects named together, one of them reported
    items = [c for c in parts if c.kind == "item"]
    named = sum(1 for c in items if id(c) in status)
    if main_status != "done" and len(items) >= LIST_MIN and named < LIST_NAMED_SHARE * len(items):
        return "progress"  # "8项中提到1项", the main deliverable not among those done
    first_list = _first_list(parts)
    if first_list and sum(1 for c in first_list if status.get(id(c)) == "done") < LIST_DONE_SHARE * len(first_list):
        return "progress"
    return "done"


def relabel(verdict: Verdict, kept: list[Mention]) -> Verdict:
    """The verdict again with only `kept` of its mentions."""
    items = sum(1 for m in kept if m.commitment.kind == "item")
    out = Verdict("not_mentioned", kept, verdict.items, items, verdict.commitments)
    if kept:
        out.label = _label(verdict.commitments, kept)
    return out


def main_commitment(parts: list[Commitment]) -> Commitment:
    """The task's main deliverable: its first commitment with an end (建成/完成/开工/实施/
    申报…), else its first."""
    return next((c for c in parts if c.verb != "move"), parts[0])


def _figure_lists(parts: list[Commitment]) -> list[list[Commitment]]:
    """Clauses listing two or more figures ("净增规上工业企业1000家、专精特新500家…")."""
    groups: dict[int, list[Commitment]] = {}
    for c in parts:
        if c.kind == "figure":
            groups.setdefault(c.group, []).append(c)
    return [g for g in groups.values() if len(g) >= 2]


def _first_list(parts: list[Commitment]) -> list[Commitment]:
    """The first clause listing three or more things to build, start or hold ("建成A、B、C…");
    a list of areas to move along ("强化A、B、C等专项行动") is not a list of projects."""
    groups: dict[int, list[Commitment]] = {}
    for c in parts:
        if c.kind == "item" and c.verb != "move":
            groups.setdefault(c.group, []).append(c)
    for group in sorted(groups):
        if len(groups[group]) >= LIST_MIN:
            return groups[group]
    return []


# --- items ----------------------------------------------------------------------------------

_ADMIN_LEVEL = re.compile(r"(?:自治区|省|市|县|区)$")
OWN_NAME_SCORE = 0.95  # the name whole but for the report's own region before it
SHORT_FORM_SCORE = 0.9  # the name's short form (简称), as for a quoted alias
# “体育+”, “旅游+”: a programme fusing one sector with others is named by a fusion the review
# reports ("体育旅游", "体育康养"), as a related naming
FUSED_WITH = r"(?:旅游|文化|康养|医疗|健康|教育|养老|农业|工业|金融|物流|商贸|交通|科技|会展)"
CAMPAIGN_SCORE = 0.7  # a campaign named after the region, by its kind alone: a related naming (at most progress)


def _own_prefixes(region: str | None) -> list[str]:
    """What a report may leave off the front of its own region's things: "岚川市", "岚川",
    and the bare level ("市第一人民医院" = "第一人民医院")."""
    if not region:
        return ["省", "市", "县"]
    core = _ADMIN_LEVEL.sub("", region)
    return [p for p in dict.fromkeys([region, core, region[len(core):]]) if p]


def _without_own(name: str, own: list[str]) -> str:
    for prefix in sorted(own, key=len, reverse=True):
        rest = name[len(prefix):]
        if name.startswith(prefix) and len(rest) >= 4:
            return rest
    return ""


def _campaign(name: str, own: list[str]) -> str:
    """A campaign named after the report's own region ("平安槐渠", "美丽江西") is written by its
    kind alone inside that region's report: "平安建设"."""
    for prefix in own:
        if len(prefix) >= 2 and name.endswith(prefix) and len(name) == len(prefix) + 2:
            return name[:2] + "建设"
    return ""


def _item_mention(c: Commitment, sentences: list[Sentence], weights: Weights, own: list[str] | None = None) -> Mention | None:
    grams = content_grams(c.name)
    total = sum(weights(g) for g in grams)
    bare = _without_own(c.name, own or [])
    campaign = _campaign(c.name, own or [])
    plus = next((n[:-1] for n in (c.name, *c.aliases) if n.endswith("+") and len(n) >= 3), "")
    # named in other words anywhere? (one look at the whole review, then sentence by sentence)
    other_words = paraphrase_in(c.name, "\n".join(s.plain for s in sentences))[0] > 0
    best: tuple[tuple[float, int], Sentence, Clause, str] | None = None
    for s in sentences:
        said = ""
        score, clause = _item_score(c, grams, total, s, weights)
        if score < OWN_NAME_SCORE and bare and bare in s.plain:
            score, clause = OWN_NAME_SCORE, _clause_at(s, bare)
        if score < CAMPAIGN_SCORE and campaign and campaign in s.plain:
            score, clause = CAMPAIGN_SCORE, _clause_at(s, campaign)
        fused = plus and re.search(re.escape(plus) + FUSED_WITH, s.plain)
        if score < CAMPAIGN_SCORE and fused:  # "体育旅游…赛事" for “体育+”: the fusion it asks for
            score, clause = CAMPAIGN_SCORE, _clause_at(s, fused.group(0))
        if score < SHORT_FORM_SCORE and len(c.name) >= FUZZY_MIN_CHARS:
            short = abbreviation_in(c.name, s.plain) or (abbreviation_in(bare, s.plain) if bare else "")
            if short:  # "沣槐高铁" for "沣州至槐渠高铁", "产投集团" for "(槐渠市)产业投资集团"
                score, clause = SHORT_FORM_SCORE, _clause_at(s, short)
        if other_words and score < SHORT_FORM_SCORE:
            other, words = paraphrase_in(c.name, s.plain)  # "减税减费" for 减税降费, "昌北机场" for 南昌空港
            if other > score:
                score, clause, said = other, _clause_at(s, words), words
        if clause is None:
            continue
        # equally well named: the sentence that says how far it got, over one that only names it
        key = (score, int(_status(clause.plain, c.verb, s.shortcoming) != "neutral"))
        if best is None or key > best[0]:
            best = (key, s, clause, said)
    if best is None:
        return None
    (score, _), s, clause, said = best
    status = _status(clause.plain, c.verb, s.shortcoming)
    if status == "done" and PHASE.search(clause.plain) and not PHASE.search(c.name):
        status = "progress"  # "产业园一期投入运营" for "建成产业园": one phase of the whole
    if status == "done" and score < 1.0 and not _head_named(c.name, clause.plain):
        status = "progress"  # "出台…产业集群综合评价办法" for "实施产业集群提能升级计划": another thing of the name's kind
    if status == "done" and score < EXACT_ENOUGH:
        status = "progress"  # most of the name, not all: a related thing was done ("农机装备创新中心" for "农机装备产业升级")
    return Mention(c, status, s, score, clause=clause.plain, said=said)


def _head_named(name: str, clause: str) -> bool:
    """Unless the clause holds the name's kind ("计划"), a looser match names another
    document or programme of its subject ("出台…产业集群综合评价办法" for "…产业集群提能升级计划")."""
    head = DOCUMENT_HEAD.search(name)
    return head is None or head.group(0) in clause


def _item_score(c: Commitment, grams: list[str], total: float, s: Sentence, weights: Weights) -> tuple[float, Clause | None]:
    if c.name in s.plain:
        return 1.0, _clause_at(s, c.name)
    for alias in c.aliases:
        if len(alias) >= 3 and alias in s.plain:
            return 0.9, _clause_at(s, alias)
    if len(c.name) < FUZZY_MIN_CHARS or total <= 0:
        return 0.0, None
    shared = [g for g in grams if g in s.grams]
    score = sum(weights(g) for g in shared) / total
    if score < ITEM_COVERAGE or not contains_run(c.name, s.plain, 3):
        return 0.0, None
    clause = max(s.clauses, key=lambda cl: sum(weights(g) for g in shared if g in cl.grams))
    return score, clause


def _clause_at(s: Sentence, name: str) -> Clause:
    """The clause holding `name`; a name running over a comma gives the clause it ends in."""
    for clause in s.clauses:
        if name in clause.plain:
            return clause
    start = s.plain.find(name) + len(name)
    seen = 0
    for clause in s.clauses:
        seen += len(clause.plain) + 1
        if seen >= start:
            return clause
    return s.clauses[-1]


def _status(window: str, verb: str, shortcoming: bool) -> str:
    """How far the thing got, by the words of its clause and what the task asked:
    done, progress, or neutral when the clause only names it ("…饮用水水源地达标率100%")."""
    if shortcoming or NOT_YET_CUES.search(window):
        return "progress"
    if verb == "start" and (START_CUES.search(window) or DONE_CUES.search(window) or PARTIAL_CUES.search(window)):
        return "done"  # asked to start; started, or further ("主体完工")
    if PARTIAL_CUES.search(window):
        return "progress"
    if DONE_CUES.search(window):
        return "done"
    if APPROVED_CUES.search(window):
        return "done" if verb == "apply" else "progress"
    if START_CUES.search(window):
        return "progress"
    if DOING_CUES.search(window):
        return "done" if verb == "do" else "progress"
    if UNDER_WAY_CUES.search(window) or ANY_CUE.search(window):
        return "progress"
    return "neutral"


# --- figures --------------------------------------------------------------------------------

def _metric_score(metric: str, context: str, context_grams: set[str], weights: Weights) -> float:
    if metric and metric in context:
        return 1.0
    grams = metric_grams(metric)
    total = sum(weights(g) for g in grams)
    if total <= 0 or len(metric) < 3:
        return 0.0
    score = sum(weights(g) for g in grams if g in context_grams) / total
    if score < METRIC_ONLY_COVERAGE:
        core = _metric_core(metric)
        if one_apart(core, context):  # "境内上市公司" for "境内外上市公司"
            score = max(score, 1 - 1 / len(core))
    return score


@lru_cache(maxsize=4096)
def _metric_core(metric: str) -> str:
    return residue(without_amounts(metric))


def metric_grams(metric: str) -> list[str]:
    """The content bigrams of a metric without its size class: "亿元以上项目" counts
    projects, and "亿元" says how big they are, not what is counted."""
    return content_grams(without_amounts(metric))


def review_side(local: str, metric: str, task_grams: set[str], weights: Weights) -> float:
    """Share of the weight of the review's words before a number that the task's text
    holds: all of them (from the last 、), or as many content bigrams as the task's
    `metric` has, counted back from the number, whichever holds more. The review's metric
    must be the task's too, not only hold it: "争取中央预算内投资和超长期特别国债资金32.4亿元"
    holds the 投资 of "年度完成投资850亿元" but counts 资金; "粮食产量18.6亿斤" is the task's
    "稳定粮食生产…总产量", and "细颗粒物（PM2.5）平均浓度" the task's "PM2.5平均浓度"."""
    words = rate_subject(local).rsplit("、", 1)[-1]
    grams = metric_grams(words)
    if grams and grams[-1] not in task_grams and measure_of(words):
        grams = metric_grams(measure_of(words))  # "托位数" counts the task's 托位
    return max(_held(grams, task_grams, weights), _held(grams[-max(1, len(metric_grams(metric))):], task_grams, weights))


def _held(grams: list[str], task_grams: set[str], weights: Weights) -> float:
    total = sum(weights(g) for g in grams)
    return sum(weights(g) for g in grams if g in task_grams) / total if total > 0 else 0.0


def _assign_figures(figures: list[Commitment], sentences: list[Sentence], weights: Weights,
                    task_grams: set[str] | None = None) -> dict[int, Mention]:
    """Give each target the review number whose words fit it best, one number to one
    target: "新增国家级专精特新“小巨人”企业109家" goes to the 小巨人 target, not to the
    专精特新 one that shares most of its words. The metric words must match both ways
    (`review_side`); a number of the same unit under another metric is not compared."""
    candidates = []
    for c in figures:
        for s in sentences:
            for ci, clause in enumerate(s.clauses):
                for fi, fig in enumerate(clause.figures):
                    if not (fig.rate or same_kind(fig, c.figure)):
                        continue
                    local = unquote(fig.metric)
                    score = _metric_score(c.name, local, all_grams(local), weights)
                    if score < FIGURE_COVERAGE and abbreviation_in(rate_subject(c.name), local):
                        score = 1.0  # "社零总额增长" is "社会消费品零售总额增长" (both ways)
                    elif score < FIGURE_COVERAGE:
                        continue
                    elif task_grams is not None and review_side(local, c.name, task_grams, weights) < REVIEW_METRIC_COVERAGE:
                        continue
                    candidates.append((score, _literal(c.name, local), -s.index, c, s, fig, (s.index, ci, fi)))
    out: dict[int, Mention] = {}
    used: set[tuple[int, int, int]] = set()
    # equal weight (generic words weigh nothing): the words as written decide, so
    # "全市重大项目完成投资" goes to "全市重大项目完成投资612亿元", not "完成工业投资…"
    for score, _, _, c, s, fig, key in sorted(candidates, key=lambda x: (-x[0], -x[1], -x[2])):
        if id(c) in out or key in used:
            continue
        used.add(key)
        ok = meets(c.figure, fig)
        status = "neutral" if ok is None else ("done" if ok else "below")
        if s.shortcoming and status == "done":
            status = "progress"
        out[id(c)] = Mention(c, status, s, score, fig)
    return out


def _literal(metric: str, context: str) -> float:
    """Share of the metric's bigrams, generic ones included, found in the context."""
    grams = bigram_set(metric)
    return len(grams & bigram_set(context)) / len(grams) if grams else 0.0


def _metric_only(c: Commitment, sentences: list[Sentence], weights: Weights,
                 task_grams: set[str] | None = None) -> Mention | None:
    # The metric named without a comparable number: "城镇调查失业率控制在预期目标之内",
    # "2020年计划改造的城镇老旧小区全部完工". A clause with numbers must hold one whose
    # metric is the task's both ways: "固定资产投资增长10.8%" is not "年度投资9600亿元".
    best_plain: tuple[float, Sentence, Clause] | None = None
    for s in sentences:
        for clause in s.clauses:
            score = _metric_score(c.name, clause.plain, clause.grams, weights)
            if score < METRIC_ONLY_COVERAGE or (best_plain is not None and score <= best_plain[0]):
                continue
            if task_grams is not None and clause.figures and not any(
                review_side(unquote(f.metric), c.name, task_grams, weights) >= REVIEW_METRIC_COVERAGE for f in clause.figures
            ):
                continue
            best_plain = (score, s, clause)
    if best_plain is None:
        return None
    score, s, clause = best_plain
    if target_met_words(clause.plain) and not s.shortcoming:
        return Mention(c, "done", s, score)
    if numbers(clause.text):
        return Mention(c, "neutral", s, score)  # a number of another kind ("增长17.7%" for "1.1万亿元")
    return Mention(c, _status(clause.plain, "reach", s.shortcoming), s, score)
