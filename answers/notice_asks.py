"""Questions about a plan's covering notice (印发通知): what it asks of the units and of the
supervision office, when progress is reported, who sums up a task led by two units.

The notice is indexed with its plan (`retrieval/plans/notice.py`), but its questions read like
owner or status questions ("两个牵头单位的由谁汇总", "季度进展几号前报") and the registry holds
no answer to them. A question that points at the notice ("分工方案前面那个通知里…"), or that asks
about reporting and summing up when nothing else answered, is answered by the notice's own
sentences: for each ask of the message the sentence whose two-character words cover it best.
"""
from __future__ import annotations

from core import lazy_re as re
from typing import Any

from answers import backends as B
from answers.compose import Answer, evidence_of, fit, source_dict, source_line
from answers.covering_sentence import content_runs
from answers.years import parse_years
from core.bigrams import bigrams
from prompts import answers as P

# the notice pointed at: "那个通知里" / "印发通知" / "分工方案前面那段" / "文件开头"
_POINTED = re.compile(r"(?<!督办)通知(?!书)|印发的?(?:文件|那个)|(?:方案|分工表|文件|表格?)(?:最)?(?:前面|前头|开头|上面)")
# what only the notice says: reporting, summing up, filing, its sanctions
_PROCEDURE = re.compile(r"汇总|报送|上报|报上来|报给|报到|报备|备案|签字|季度(?:进展|报告|报)|几号(?:之?前)?(?:报|交)|"
                        r"(?:总结|进展|台账|方案)[^，,？?。]{0,6}(?:交|报)|约谈|通报表扬|问责|调整任务|任务(?:确需)?调整|联系人|"
                        # "有两个牵头单位的话 以谁为主" (round 44c): which of several leads leads
                        r"(?:以|由)谁为主|主牵头|谁为主")
# words that point at the notice or at the asker, no word of what the notice says
_POINTING = re.compile(r"分工方案|责任分工|分工表|方案|通知|印发|文件|前面|前头|开头|上面|里面|里头|那个|这个|那段|"
                       r"我们|咱们|对|有的|怎么|咋|要求|规定|啥时候|什么时候|哪天|时候|几号|之前|以前|谁|负责|由")
# the notice's number or date asked: a fact of the document, read from its head, not a sentence
_DOCUMENT_FACT = re.compile(r"文号|字号|发文号|编号|(?:哪天|何时|啥时候|什么时候|哪一天|几号|日期|时间)[^，,？?。]{0,3}(?:印发|发布|下发|出台|发的)|"
                            r"(?:印发|发布|下发|出台|发文)(?:的)?(?:时间|日期)")
_SENTENCE = re.compile(r"(?<=[。；;！!？?])|\n")
_ASK_SPLIT = re.compile(r"[？?。；;！!，,]|\s+")
_ASK_WORD = re.compile(r"谁|几|哪|啥|什么|多少|怎么|咋|吗|呢|要求|规定|时候|多久")
# a date or a deadline in a sentence: what "几号前报" / "啥时候交" asks for
_TIME_ASKED = re.compile(r"几号|几月|哪天|啥时候|什么时候|何时|多久|时限|截止|期限")
_TIME = re.compile(r"\d{1,2}\s*[日号]|月底|月末|年底|年末|季末|\d{1,2}月\d{0,2}|[一二三四五六七八九十]+[日号]")
MIN_BIGRAMS = 2  # a sentence must hold two of an ask's words at least
MIN_SHARE = 0.5  # and half of them
TIMED_SHARE = 0.3  # a time asked: among the dated sentences, a third of the ask's words
MAX_SENTENCES = 3
MAX_SENTENCE = 220


def notice_pointed(question: str) -> bool:
    return bool(_POINTED.search(question or ""))


def procedure_asked(question: str) -> bool:
    return bool(_PROCEDURE.search(question or ""))


def _bigrams(runs: list[str]) -> set[str]:
    """The ask's two-character words (`core.bigrams`, as search cuts them), pointing words out."""
    return {g for run in runs for g in bigrams(_POINTING.sub(" ", run)) if len(g) == 2}


def _title_line(sentence: str, title: str) -> bool:
    plain = re.sub(r"[\s《》〈〉<>“”\"]", "", sentence)
    name = re.sub(r"[\s《》〈〉<>“”\"]", "", title)
    return bool(name) and name in plain and len(plain) <= len(name) + 24


def _best(sentences: list[tuple[str, Any]], words: set[str], least: float = MIN_SHARE) -> tuple[float, str, Any] | None:
    best = None
    need = min(MIN_BIGRAMS, len(words)) if least >= MIN_SHARE else 1  # a looser share: one word held
    for sentence, hit in sentences:
        held = [w for w in words if w in sentence]
        share = len(held) / len(words)
        if len(held) < need or share < least:
            continue
        # equal cover: the sentence whose subject is what is asked ("督查室将…" before "…报送督查室")
        key = (share, len(held), -min(sentence.index(w) for w in held), -len(sentence))
        if best is None or key > best[0]:
            best = (key, sentence, hit)
    return (best[0][0], best[1], best[2]) if best else None


def _asks(question: str) -> list[str]:
    """Each ask of the message with the words said before it that ask nothing ("有的任务是两个
    牵头单位，那由谁汇总" is one ask); the whole message when it holds one ask or none."""
    asks, context = [], ""
    for piece in (p for p in _ASK_SPLIT.split(question or "") if p.strip()):
        if _ASK_WORD.search(piece):
            asks.append(context + piece)
            context = ""
        else:
            context += piece
    if asks and context:
        asks[-1] += context
    return asks if len(asks) > 1 else [question]


def notice_answer(ctx: Any, question: str, region: str | None, *, pointed_only: bool) -> Answer | None:
    """The notice's sentences answering each ask of `question`, with the plan they come from;
    None when the question is not about a notice or no sentence covers it."""
    if not notice_pointed(question) and (pointed_only or not procedure_asked(question)):
        return None
    if _DOCUMENT_FACT.search(question):
        return None  # "通知文号多少" / "哪天印发的": the plan's own facts (answers.document_facts)
    years = parse_years(question)
    runs = content_runs(question, region, years)
    hits = B.search(ctx, " ".join(runs) or question, k=6, region=region, kind="plan", dense=False)
    wanted = set(years.explicit)
    if wanted:
        hits = [h for h in hits if B.field(h, "year") in wanted] or hits
    # (the notice's own title line names the plan: every ask about it "covers" it, none is answered by it)
    sentences = [(s.strip(), h) for h in hits for s in _SENTENCE.split(B.field(h, "text", "") or "")
                 if s.strip() and not _title_line(s.strip(), B.field(h, "title", "") or "")]
    if not sentences:
        return None
    found: list[tuple[str, Any]] = []
    for ask in _asks(question):
        words = _bigrams(content_runs(ask, region, parse_years(ask)))
        if not words:
            continue
        timed = [(s, h) for s, h in sentences if _TIME.search(s)] if _TIME_ASKED.search(ask) else []
        # (among the dated sentences one word of the ask is enough: "月度进展" ~ "每月…进展")
        best = _best(timed, words, TIMED_SHARE) if timed else None
        best = best or _best(sentences, words)
        if best is not None and best[1] not in (s for s, _ in found):
            found.append((best[1], best[2]))
    if not found:
        return None
    found = found[:MAX_SENTENCES]
    hit = found[0][1]
    lines = [P.NOTICE_SENTENCES.format(title=B.field(hit, "title", "") or "")]
    lines += [fit(s, MAX_SENTENCE) for s, _ in found]
    lines.append(source_line(B.field(hit, "title"), P.NOTICE_SECTION))
    return Answer("\n".join(lines), "fact", sources=[source_dict(h, s) for s, h in found],
                  evidence=[evidence_of(h, s, B.field(h, "year"), s) for s, h in found])
