"""The headings under a part of a report, asked as a list: "赣州23年报告重点抓的八个方面分别是啥",
"24年省报告第九部分“深化政府自身建设”下面分了哪几个方面", "讲政府自身建设的那部分有五个小标题，
列给我" (rounds 42b, 43a). A report says such lists by its structure, not in one sentence: the
numbered headings under a part (（一）…（八）), or the short run-in sentences that open the
paragraphs of a section ("强化政治引领。…坚持依法行政。…"). Searched as words, the ask finds
nothing or one paragraph.

Read here from the report's chunks (their section paths and paragraphs): every part's
numbered children and every section's run-in heads are candidate lists; the one whose part
title shares most words with the question wins, and a count said ("八个方面") must match.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from answers.compose import Answer, Evidence, source_line
from answers.evidence import in_glossary
from core import lazy_re as re
from core.numerals import cn_number
from prompts import answers as P

# a list of headings asked: "八个方面" / "五个小标题" / "哪几个方面" / "下面分了哪几块"
_HEADS = re.compile(r"(?P<count>[一二三四五六七八九十两\d]{1,3})\s*个?\s*(?:方面|小标题|标题|板块|大块|大方面)|"
                    r"(?:哪几|哪些|几)\s*个?\s*(?:方面|小标题|标题|板块|大块)|小标题|"
                    # "分了几条，每条标题是啥": the items counted by 条, their titles asked
                    r"(?:每|各)\s*条\s*(?:的)?\s*标题")
_LIST_ASKED = re.compile(r"哪|分别|列|是啥|是什么|有啥|有什么|都有|包括")
_FIGURE_ASKED = re.compile(r"多少|几项|几个(?!方面|小标题|标题|板块|大块)")
# a run-in head: a short sentence opening a paragraph ("强化政治引领。", "矢志不渝讲政治、践忠诚。")
_RUN_IN = re.compile(r"^([^。！？!?\d]{4,18})。")
_ASK_WORDS = re.compile(r"报告|政府工作|下面|里面|里|分了|分别|哪几|哪些|几个|方面|小标题|标题|板块|大块|部分|那一|那个|"
                        r"是啥|是什么|列给我|列一下|列出来|原文|能把|这五个|这八个|按顺序|麻烦|请|讲|的|了|有|吗|呢|"
                        r"[一二三四五六七八九十两\d]|年|省|市|县|区|[，,。？?！!：:“”\"《》\s]")


@dataclass
class _List:
    part: str  # the section whose headings these are
    heads: list[str]
    structural: bool  # numbered children (True) or run-in sentences


def headings_asked(question: str) -> int | None:
    """The count said (0 when none) when `question` asks a list of headings, else None."""
    m = _HEADS.search(question or "")
    if m is None or not _LIST_ASKED.search(question) or _FIGURE_ASKED.search(question):
        return None
    return cn_number(m.group("count")) or 0 if m.group("count") else 0


def _lists(chunks: list[Any]) -> list[_List]:
    """Every part's numbered children and every section's run-in heads, in report order."""
    children: dict[str, list[str]] = {}
    run_in: dict[str, list[str]] = {}
    for c in chunks:
        path = [p.strip() for p in (c.section or "").split("›") if p.strip()]
        if not path or in_glossary(path[0]):
            continue
        if len(path) >= 2:
            kids = children.setdefault(path[0], [])
            if path[1] not in kids:
                kids.append(path[1])
        heads = run_in.setdefault(path[-1], [])
        for para in (c.text or "").split("\n"):
            m = _RUN_IN.match(para.strip())
            if m and not path[-1].startswith(m.group(1)[:6]) and m.group(1) not in heads:
                heads.append(m.group(1))
    out = [_List(part, kids, True) for part, kids in children.items() if len(kids) >= 2]
    return out + [_List(part, heads, False) for part, heads in run_in.items() if len(heads) >= 2]


def _overlap(words: str, title: str) -> int:
    return sum(1 for i in range(len(words) - 1) if words[i:i + 2] in title)


def part_headings_answer(ctx: Any, question: str, *, region: str | None, today: Any) -> Answer | None:
    """The headings under the part asked, in order; None when no list of headings is asked or
    none fits (the question goes on to the other answers)."""
    count = headings_asked(question)
    if count is None:
        return None
    from store.documents import chunks_of
    from answers.report_asked import report_asked
    from answers.understanding import understand

    q, docs = understand(ctx, question, region=region)
    asked = report_asked(ctx, question, q, docs, today.year)
    if asked.report is None:
        return asked.refusal
    report = asked.report
    words = _ASK_WORDS.sub(" ", question.replace(q.region.mentioned or "\0", " "))
    words = "".join(words.split())
    lists = [x for x in _lists(chunks_of(ctx.db, report.id)) if not count or len(x.heads) == count]
    if not lists:
        return None
    best = max(lists, key=lambda x: (_overlap(words, x.part), x.structural))
    if not _overlap(words, best.part) and not (count and best.structural and "工作" in words):
        return None
    lines = [P.PART_HEADINGS_HEAD.format(title=report.title, part=best.part, n=len(best.heads))]
    # numbered children keep their own marks (（一）…); run-in heads are numbered here
    lines += best.heads if best.structural else [f"{k}. {h}" for k, h in enumerate(best.heads, start=1)]
    text = "\n".join(lines)
    source = {"file": report.file, "title": report.title, "region": report.region or "", "year": report.year,
              "section": best.part, "text": text}
    evidence = Evidence(text, report.region, report.year, text, report.title, best.part)
    return Answer(text + "\n" + source_line(report.title, best.part), "fact", sources=[source], evidence=[evidence])
