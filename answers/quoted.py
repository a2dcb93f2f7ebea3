"""A line pasted from a document, then a question about it: "…X,Y,Z 这条具体指标多少",
"X 这句话出自哪个文件", "X 这是哪年的目标 24年定的多少".

Staff copy a run of a report (or of a responsibility table's task), often cut mid-word, with
half-width commas, a word dropped or changed, and ask where it stands or what figure it sets.
The fragment is found by a long run of characters it shares with one passage, in order and
close together — not by a few shared words — so a question that is not a pasted line (or a
line no document holds) is left to the ordinary answerers untouched.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer, source_line
from core.spoken import spoken_numbers
from prompts import quoted as P

# "…X" / "...X" / "……X": a line cut out of a longer text
_LEAD = re.compile(r"^\s*(?:…+|\.{2,}|。{2,}|⋯+)\s*")
# what is asked of the pasted line, after it: "这条具体指标多少" / "这句话出自哪个文件" / "这是哪年的目标"
_TAIL = re.compile(r"[\s，,。；;]*(?:这一?条|这一?句话?|这段话?|这是|这个|这项|该条|该句|上面这句|以上这句"
                   # "X——哪一年的安排" / "X是哪个文件里的" / "X属于哪年的": a dash, or 是 straight before the ask
                   r"|\s*(?:——|—|--)\s*|(?:是|属于|算)(?:省里|市里|县里|区里|省|市)?(?=哪|什么文件|啥文件))(?P<ask>.*)$")
_DEFINE_ASK = re.compile(r"(意思|含义|定义|指的是|是指|指什么|指啥|什么是|啥是|怎么理解|解释)")
# an ask of who: the registry's owner answerers read the task's words themselves
_OWNER_ASK = re.compile(r"(谁|哪个?(?:单位|部门|领导|厅|局|委)|牵头|负责|配合|分管|主抓)")
# "那个远洋通信海缆铺设船…": words of the asker before the pasted line
_FILLER = re.compile(r"^(?:那个|这个|那句|就是|请问|原文|文件里说|报告里说|里面说)+")
_ASK_SOURCE = re.compile(r"(出自|出处|来自|来源|哪个文件|哪份文件|哪个报告|哪份报告|哪个文件里|什么文件)")
_ASK_YEAR = re.compile(r"(哪一?年|哪个年份|什么年份|啥时候定)")
_ASK_FIGURE = re.compile(r"(多少|几[个项条家所座万亿千百]?|指标|目标|数字|数据|具体|啥|什么|后面)")

MIN_CHARS = 8  # a pasted line: shorter is a phrase, which the ordinary answerers read
MIN_COVER = 0.7  # of the fragment's characters, in runs shared with the passage
MIN_RUN = 6  # the longest shared run
_RUN = 3  # shorter shared runs are chance
_NUM = re.compile(r"\d+(?:\.\d+)?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千|百)?\s*(?:%|[\u4e00-\u9fff]{1,4}?)(?:以上|左右|以内|以下)?")
_CLAUSE_END = "。；;，,：:！!？?\n"


@dataclass
class Source:
    """Where a pasted fragment stands: one passage (a report chunk or a table task)."""
    text: str  # the passage, as stored
    start: int  # where the matched run starts in `text`
    end: int  # where it ends
    cover: float
    hit: Any = None  # the report chunk
    task: Any = None  # the table task (store.tasks.TaskView)


_ASKED_IN_IT = re.compile(r"多少|是啥|是什么|哪个|哪些|哪几")


def split(question: str) -> tuple[str, str] | None:
    """(fragment, what is asked of it), when the question is a pasted line and an ask."""
    # "“百分之三十二建成区…”": a figure said in words is the document's figure in digits
    q = spoken_numbers(unicodedata.normalize("NFKC", question or "").strip())
    lead = _LEAD.match(q)
    body = q[lead.end():] if lead else q
    m = _TAIL.search(body)
    if m:
        fragment, ask = body[: m.start()], m.group("ask")
    elif lead:
        fragment, ask = body, ""
    else:
        return None
    fragment = _FILLER.sub("", fragment)
    if _ASKED_IN_IT.search(fragment):
        # "…GDP预期目标是多少？我印象是「7%左右」，对不对？" (round 64e): a question, then a figure
        # offered to be checked; no document prints "多少"
        return None
    # "“改造提升乡镇敬老院 所” 22年报告里这句": the line is what the quote marks hold, the words
    # after it say where it stands (round 47a)
    marked = re.search(r"[“\"]([^”\"]+)[”\"]", fragment)
    if marked and len(_norm(marked.group(1))[0]) >= MIN_CHARS and re.sub(r"[\s，,]", "", fragment[marked.end():]):
        fragment = marked.group(1)
    if len(_norm(fragment)[0]) < MIN_CHARS:
        return None
    return fragment, ask


def quoted_answer(ctx: Any, question: str, today: dt.date, ask_again: Callable[[str], Answer]) -> Answer | None:
    """The answer when `question` pastes a line a document holds and asks its figure, its
    source or its year; else None (the ordinary answerers take it). `ask_again` answers the
    follow-up part ("24年定的多少") as a question of its own."""
    parts = split(question)
    if parts is None:
        return None
    fragment, ask = parts
    last = re.split(r"[\s，,。；;]+", question.strip())[-1]
    if _DEFINE_ASK.search(ask):
        return None  # "X这是什么意思": a definition, the glossary's
    if _OWNER_ASK.search(ask) or _OWNER_ASK.search(last):
        return None  # owners: the registry's answerers read the task's words themselves
    found = find_sources(ctx, fragment, today)
    if not found:
        from answers.claim_follow import claim_then_year  # "“3000个…”是哪年的？2024年是多少个"

        return claim_then_year(fragment, ask, ask_again)
    src = found[0]
    if _ASK_SOURCE.search(ask) and re.search(r"(多少|几)", ask):
        return _each(found, _where_and_figure)  # "这句出自哪个文件，具体多少"
    if _ASK_SOURCE.search(ask):
        return _each(found, _where)
    if _ASK_YEAR.search(ask) and _follow_up(fragment, ask) is None:
        # "X是哪年的任务": a line that two documents (years) hold is each one's, each labelled
        return _each(found, lambda s: _which_year(s, fragment, ask, ask_again, ctx, today))
    if _ASK_YEAR.search(ask):
        return _which_year(src, fragment, ask, ask_again, ctx, today)
    if not ask or _ASK_FIGURE.search(ask):
        return _each(found, _figure)
    return None


TIE = 0.03  # two documents holding the line as well as each other: both are said


def _each(found: list[Source], answer: Callable[[Source], Answer | None]) -> Answer | None:
    """The answer from the best passage, and from every other document's passage that holds
    the line as well: a line two documents share is never traced to one silently."""
    best = found[0]
    seen: set[str] = set()
    answers: list[Answer] = []
    for src in found:
        if src.cover < best.cover - TIE:
            break
        key = "|".join(_doc_label(src))
        if key in seen:
            continue
        seen.add(key)
        one = answer(src)
        if one is not None:
            answers.append(one)
    if not answers:
        return None
    if len(answers) == 1:
        return answers[0]
    return Answer("\n\n".join(a.answer for a in answers), answers[0].intent,
                  [x for a in answers for x in a.sources], [x for a in answers for x in a.tasks])


# --- finding the passage ------------------------------------------------------------------

def _norm(text: str) -> tuple[str, list[int]]:
    """The text's letters, digits and CJK characters (no spaces, punctuation, quotes), with
    each one's position in the text: PDF line breaks and "120 所" spacing do not count."""
    out, where = [], []
    for i, ch in enumerate(unicodedata.normalize("NFKC", text)):
        if ch.isalnum() or ch in ".%":
            out.append(ch.lower())
            where.append(i)
    return "".join(out), where


def _match(frag: str, text: str) -> tuple[float, int, int, int] | None:
    """(cover, longest run, start, end in the normalised text) of the fragment's best
    compact alignment with `text`."""
    if not frag or not text:
        return None
    sm = SequenceMatcher(None, frag, text, autojunk=False)
    a, b, size = sm.find_longest_match(0, len(frag), 0, len(text))
    if size < MIN_RUN:
        return None
    # align the whole fragment within a window around its longest run: shared runs far
    # away in the passage are other sentences, not this line
    lo = max(0, b - a - len(frag))
    hi = min(len(text), b + (len(frag) - a) + len(frag))
    blocks = [blk for blk in SequenceMatcher(None, frag, text[lo:hi], autojunk=False).get_matching_blocks()
              if blk.size >= _RUN]
    if not blocks:
        return None
    covered = sum(blk.size for blk in blocks)
    start = lo + blocks[0].b
    end = lo + blocks[-1].b + blocks[-1].size
    return covered / len(frag), max(blk.size for blk in blocks), start, end


def find_source(ctx: Any, fragment: str, today: dt.date) -> Source | None:
    """The passage the fragment was copied from: the one sharing most of its characters in
    long runs, holding every number it holds. None when no passage holds it as a whole."""
    found = find_sources(ctx, fragment, today)
    return found[0] if found else None


def find_sources(ctx: Any, fragment: str, today: dt.date) -> list[Source]:
    """Every passage that holds the fragment as a whole, best first."""
    frag, _ = _norm(fragment)
    numbers = _NUM.findall(frag)
    found: list[Source] = []
    candidates: list[tuple[str, Any, Any]] = [(B.field(h, "text") or "", h, None)
                                              for h in B.search(ctx, fragment, k=12, dense=False)]
    tasks = B.degrade("list_tasks", lambda: B.registry_module().list_tasks(ctx.db, today=today), [])
    candidates += [(t.text or "", None, t) for t in tasks]
    for text, hit, task in candidates:
        norm, where = _norm(text)
        m = _match(frag, norm)
        if numbers and (m is None or m[0] < MIN_COVER):
            m = _match_figure_moved(frag, norm) or m
        if m is None:
            continue
        cover, run, start, end = m
        if cover < MIN_COVER or cover * len(frag) < MIN_CHARS:
            continue
        window = norm[max(0, start - 4): end + 4]
        if any(n not in _NUM.findall(window) for n in numbers):
            continue  # "3号线" is not "1号线": a number pasted is a number held
        found.append(Source(text, where[start], where[end - 1] + 1, cover, hit, task))
    return sorted(found, key=lambda src: -src.cover)


_FIGURE_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:万|亿|千|百)?(?:%|[\u4e00-\u9fff])")
_NEAR = 16  # characters around the figure where the line's words must stand


def _match_figure_moved(frag: str, text: str) -> tuple[float, int, int, int] | None:
    """The line with its figure moved: "3670个省大中型项目" against "省大中型项目3670个",
    "新三样出口涨了73.5%" against "“新三样”出口额增长73.5%". The figure with its unit stands in
    the passage as typed, and the line's other words close to it, in runs of 4 characters at
    least. A figure is a number and its unit, so a pasted number is never matched to another."""
    fig = _FIGURE_TOKEN.search(frag)
    if fig is None:
        return None
    rest = frag[: fig.start()] + frag[fig.end():]
    best = None
    for at in (m.start() for m in re.finditer(re.escape(fig.group(0)), text)):
        if at > 0 and text[at - 1].isdigit():
            continue  # "13670个" holds "3670个" but is another number
        lo, hi = max(0, at - _NEAR - len(rest)), min(len(text), at + len(fig.group(0)) + _NEAR + len(rest))
        blocks = [b for b in SequenceMatcher(None, rest, text[lo:hi], autojunk=False).get_matching_blocks()
                  if b.size >= _RUN]
        if not blocks or max(b.size for b in blocks) < 4:
            continue
        covered = sum(b.size for b in blocks) + len(fig.group(0))
        start = min(at, lo + blocks[0].b)
        end = max(at + len(fig.group(0)), lo + blocks[-1].b + blocks[-1].size)
        got = (covered / len(frag), max(b.size for b in blocks), start, end)
        if best is None or got[0] > best[0]:
            best = got
    return best


# --- composing ----------------------------------------------------------------------------

def _sentence(src: Source) -> tuple[int, int]:
    """The sentence (。；) around the matched run, widened to hold all of it."""
    text = src.text
    s = max(text.rfind(c, 0, src.start) for c in "。；;\n") + 1
    ends = [i for i in (text.find(c, src.end) for c in "。；;") if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return s, e


def _clause_at(text: str, pos: int, limit: int) -> tuple[int, int]:
    s = max(text.rfind(c, 0, pos) for c in _CLAUSE_END) + 1
    ends = [i for i in (text.find(c, pos) for c in _CLAUSE_END) if i >= 0]
    e = min([*ends, limit]) if ends else limit
    return s, e


def _figure_clause(src: Source) -> str | None:
    """The clause that sets the pasted line's figure: the one where the line ends when it holds
    a figure ("着力打造300个以上省级示范村" pasted without its figure), else the first one after
    it that does ("…实施制造业基础再造行动计划，抓好1000个亿元以上重大技改项目")."""
    text = src.text
    _, sent_end = _sentence(src)
    pos = max(src.start, src.end - 1)
    while pos < sent_end:
        s, e = _clause_at(text, pos, sent_end)
        clause = text[s:e].strip("，,；;。 \n")
        if _FIGURE.search(re.sub(r"\s+", "", clause)) and not re.fullmatch(r"[\d.\s]+", clause):
            return re.sub(r"\s+", "", clause)
        pos = e + 1
    return None


def _doc_label(src: Source) -> tuple[str, str, str]:
    """(region, year, title) of the passage's document."""
    if src.task is not None:
        t = src.task
        return t.region or "", str(t.year or ""), t.plan_title or ""
    h = src.hit
    return B.field(h, "region") or "", str(B.field(h, "year") or ""), B.field(h, "title") or ""


def _spoken_year(src: Source) -> int | None:
    """The year the passage speaks of: its section's (the 2022 report's review speaks of 2021)."""
    if src.task is not None:
        return src.task.year
    return B.field(src.hit, "span_year") or B.field(src.hit, "year")


def _is_plan_part(src: Source) -> bool:
    if src.task is not None:
        return True
    year, doc_year = _spoken_year(src), B.field(src.hit, "year")
    return bool(year and doc_year and int(year) >= int(doc_year))


def _sources(src: Source, text: str) -> list[dict]:
    if src.task is not None:
        t = src.task
        return [{"file": "", "title": t.plan_title or "", "region": t.region or "", "year": t.year,
                 "section": t.section or "", "text": t.text}]
    h = src.hit
    year = B.field(h, "year")
    return [{"file": B.field(h, "file") or "", "title": B.field(h, "title") or "", "region": B.field(h, "region") or "",
             "year": int(year) if year else None, "section": B.field(h, "section") or "", "text": text}]


def _source_line(src: Source) -> str:
    if src.task is not None:
        return source_line(src.task.plan_title, src.task.section)
    return source_line(B.field(src.hit, "title"), B.field(src.hit, "section"))


LONG_SENTENCE = 90


def _original(src: Source, *, to_figure: bool = True) -> str:
    """The sentence around the pasted line; of a long one, the clauses from the line to its
    figure ("…打造城市客厅“席地而坐”示范点13个，建成公共停车场125个，…")."""
    s, e = _sentence(src)
    if e - s > LONG_SENTENCE and src.end > src.start:
        s2 = _clause_at(src.text, src.start, e)[0]
        e2 = _clause_at(src.text, max(src.start, src.end - 1), e)[1]
        clause = _figure_clause(src) if to_figure else None
        if clause:
            at = re.sub(r"\s+", "", src.text).find(clause)
            e2 = max(e2, _clause_at(src.text, src.text.find(clause[:4], s2), e)[1]) if at >= 0 else e2
        out = re.sub(r"\s+", "", src.text[s2:e2]).strip("，,；;")
        return ("…" if s2 > s else "") + out + ("…" if e2 < e - 1 else "。")
    return re.sub(r"\s+", "", src.text[s:e])


def _figure(src: Source) -> Answer | None:
    clause = _figure_clause(src)
    if clause is None:
        return None  # the line sets no figure: the ordinary answerers say what there is
    region, _, _ = _doc_label(src)
    year = _spoken_year(src) or ""
    if src.task is not None:
        head = P.TASK_FIGURE.format(code=src.task.code, clause=clause)
    else:
        kind = P.KIND_TARGET if _is_plan_part(src) else P.KIND_FACT
        head = P.FIGURE_HEAD.format(region=region, year=year, kind=kind, clause=clause)
    sentence = _original(src)
    lines = [head, P.ORIGINAL.format(sentence=sentence), _source_line(src)]
    intent = "target" if _is_plan_part(src) else "fact"
    return Answer("\n".join(lines), intent, _sources(src, sentence),
                  [src.task.to_dict()] if src.task is not None else [])


def _where(src: Source) -> Answer:
    region, year, title = _doc_label(src)
    section = src.task.section if src.task is not None else B.field(src.hit, "section")
    sentence = _original(src, to_figure=False)
    head = P.FROM_DOC.format(title=title, region=region, year=year)
    if section:
        head += P.FROM_SECTION.format(section=section.strip().rstrip("。；;，,"))
    if src.task is not None:
        head += P.FROM_TASK.format(code=src.task.code)
    return Answer(head + "\n" + P.ORIGINAL.format(sentence=sentence), "fact", _sources(src, sentence),
                  [src.task.to_dict()] if src.task is not None else [])


def _where_and_figure(src: Source) -> Answer:
    where, figure = _where(src), _figure(src)
    if figure is None:
        return where
    head = figure.answer.splitlines()[0]
    return Answer(where.answer + "\n" + head, figure.intent, where.sources, where.tasks)


def _which_year(src: Source, fragment: str, ask: str, ask_again: Callable[[str], Answer], ctx: Any = None,
                today: dt.date | None = None) -> Answer:
    region, _, title = _doc_label(src)
    year = _spoken_year(src) or ""
    kind = P.KIND_TARGET if _is_plan_part(src) else P.KIND_FACT
    sentence = _original(src, to_figure=False)
    lines = [P.YEAR_OF.format(region=region, year=year, kind=kind, title=title), P.ORIGINAL.format(sentence=sentence)]
    answer = Answer("\n".join(lines), "target" if _is_plan_part(src) else "fact", _sources(src, sentence))
    follow = _follow_up(fragment, ask)
    if follow is None:
        return answer
    asked_year, plan, subject = follow
    more = _same_subject(ctx, subject, asked_year, plan, region, today) if ctx is not None else None
    if more is None:
        more = ask_again(f"{asked_year}年{'分工方案' if plan else ''}{subject}是多少")
    if more.intent != "none":
        return Answer(answer.answer + "\n" + more.answer, answer.intent,
                      answer.sources + more.sources, answer.tasks + more.tasks)
    return answer


def _follow_up(fragment: str, ask: str) -> tuple[int, bool, str] | None:
    """"这是哪年的目标 24年定的多少" / "跟21年分工方案定的比呢": the year (and whether a
    responsibility table) the part after the year asked names, and the pasted line's subject
    (its words without their figures), to be looked up there."""
    rest = _ASK_YEAR.split(ask, maxsplit=1)
    after = rest[-1] if len(rest) > 1 else ""
    m = re.search(r"((?:19|20)?\d{2})\s*年", after)
    if not m:
        return None
    year = int(m.group(1)) if len(m.group(1)) == 4 else 2000 + int(m.group(1))
    plan = bool(re.search(r"(分工方案|方案|台账|分工)", after))
    subject = re.sub(_FIGURE.pattern, "", unicodedata.normalize("NFKC", fragment))
    subject = re.sub(r"[\s，,。；;…]+", "", subject)
    subject = re.sub(r"^(力争|确保|全年|预计)+", "", subject)
    subject = re.sub(r"(达到|提高到|提升到|超过|突破|增长|占|为|的)+$", "", subject)
    return (year, plan, subject) if len(subject) >= 2 else None


def _shared(subject: str, clause: str) -> float:
    """How much of the subject the clause holds, in runs of two characters or more, in any
    order ("装配式建筑新开工面积" ~ "新开工装配式建筑面积")."""
    subj, _ = _norm(subject)
    text, _ = _norm(clause)
    covered = [False] * len(subj)
    for i in range(len(subj) - 1):
        if subj[i:i + 2] in text:
            covered[i] = covered[i + 1] = True
    return sum(covered) / len(subj) if subj else 0.0


MIN_SUBJECT = 0.6


def _same_subject(ctx: Any, subject: str, year: int, plan: bool, region: str, today: dt.date | None) -> Answer | None:
    """The clause of the named year's document (report or table) that sets a figure for the
    same subject; None when none holds most of it."""
    best: tuple[float, str, str, Any, Any] | None = None
    if plan:
        tasks = B.degrade("list_tasks", lambda: B.registry_module().list_tasks(ctx.db, today=today or ctx.today()), [])
        passages = [(t.text or "", None, t) for t in tasks if t.year == year and (not region or t.region == region)]
    else:
        passages = [(B.field(h, "text") or "", h, None) for h in B.search(ctx, subject, k=12, dense=False)
                    if (B.field(h, "span_year") or B.field(h, "year")) == year
                    and (not region or B.field(h, "region") == region)]
    for text, hit, task in passages:
        for sentence in re.split(r"(?<=[。；;])", text):
            for clause in re.split(r"[，,；;。]", sentence):
                clause = re.sub(r"\s+", "", clause)
                if not _FIGURE.search(clause):
                    continue
                score = _shared(subject, clause)
                if score >= MIN_SUBJECT and (best is None or score > best[0]):
                    best = (score, clause, re.sub(r"\s+", "", sentence), hit, task)
    if best is None:
        return None
    _, clause, sentence, hit, task = best
    src = Source(sentence, 0, 0, 1.0, hit, task)
    if task is not None:
        head = P.TASK_FIGURE_OF.format(title=task.plan_title or "", code=task.code, clause=clause)
    else:
        kind = P.KIND_TARGET if _is_plan_part(src) else P.KIND_FACT
        head = P.FIGURE_HEAD.format(region=B.field(hit, "region") or "", year=year, kind=kind, clause=clause)
    return Answer("\n".join([head, P.ORIGINAL.format(sentence=sentence), _source_line(src)]),
                  "target", _sources(src, sentence), [task.to_dict()] if task is not None else [])
