"""A figure pasted to be traced: "3000个省大中型项目——哪一年的安排" / "X达8万亿元是哪年的目标" /
"…涨了73.5%，是哪个报告说的".

The question does not ask a figure, it states one and asks where (or when) it was said. The
nearest sentence the search finds may carry another figure of the same thing ("3455个省大中型
项目"); answered as it stands, that tells the user that what they pasted is in a document when
it is not. So an answer to such a question holds only when the sentence it quotes holds the
figure pasted: the same number in the same measure (3000个 = 3,000个 = 3千个 = 0.3万个). Parts
of a several-region answer that do not hold it are left out; an answer none of whose parts
holds it becomes "not found", naming what the documents do say, labelled as another figure.

Read by shape, not by phrase: a question counts as a claim to trace when it asks 哪一年 /
哪个报告 / 出自 … and asks no figure itself (no 多少/几), and the words before that ask hold a
number with a measure (`answers.evidence.NUMBER`: a year, "PM2.5" or "5G" are no figure).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from answers.compose import Answer
from answers.evidence import NUMBER, same_measure
from core import lazy_re as re
from core.measures import read_as
from core.spoken import spoken_numbers
from prompts import answers as P

# what asks where or when a line was said
_LOCATE = re.compile(
    r"哪一年|哪年|哪个年份|什么年份|哪一?份(?:报告|文件|材料)?|哪个(?:报告|文件|城市|市|地市|设区市|地方)|"
    r"出自|出处|来源于|谁提的|在哪(?:里|儿)?(?:提|说|写)的|(?:什么|啥)时候(?:提|定|说|写)的")
# the question asks a figure itself: the figure pasted is then no claim, or not the only ask
_ASKS_FIGURE = re.compile(r"多少|几|啥数|什么数")
_MULTIPLIER = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
_QUALIFIERS = re.compile(r"左右|以上|以内|以下|多|余|\s")
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")


@dataclass(frozen=True)
class Figure:
    """A number with its measure, as written ("3000个") and as a value in that measure."""
    written: str
    value: float
    unit: str  # the measure without its multiplier: 个, 斤, 元, %, 微克/立方米


def figures(text: str) -> list[Figure]:
    """Every number with a measure in `text` ("3,000个" read as 3000个)."""
    out = []
    for m in NUMBER.finditer(_THOUSANDS.sub("", text)):
        written = m.group(0).strip()
        num = re.match(r"\d+(?:\.\d+)?", written)
        if num is None or re.match(r"\d+(?:\.\d+)?\s*-", written):
            continue  # a range ("5-6%") states no one figure
        rest = _QUALIFIERS.sub("", written[num.end():])
        value = float(num.group(0))
        for word, times in _MULTIPLIER.items():
            if rest.startswith(word) and len(rest) > len(word):
                value, rest = value * times, rest[len(word):]
                break
            if rest == word:  # "8万亿" with nothing after: the multiplier is all the measure there is
                value, rest = value * times, ""
                break
        out.append(Figure(written, value, read_as(rest)))  # "8万标箱" is 8万 标准箱
    return out


def _same(a: Figure, b: Figure) -> bool:
    if abs(a.value - b.value) > 1e-9 * max(1.0, abs(a.value)):
        return False
    if not a.unit or not b.unit:
        # "80亿" typed for the document's "80亿元" (round 64a): an amount said without its 元
        return a.unit == b.unit or (a.unit or b.unit) == "元" and any(re.search(r"[万亿]$", w) for w in (a.written, b.written))
    return a.unit == b.unit or same_measure(a.unit, b.unit)


@dataclass(frozen=True)
class Claim:
    """The words stated before the ask, and the figures they hold."""
    text: str
    figures: tuple[Figure, ...]


def claim_of(question: str) -> Claim | None:
    """The claim a question asks to trace, when it is one (module docstring); else None."""
    m = _LOCATE.search(question or "")
    if m is None or _ASKS_FIGURE.search(question):
        return None
    stated = question[: m.start()]
    found = tuple(figures(stated))
    if not found:
        return None
    words = re.sub(r"[\s，,。；;：:“”\"'‘’—\-…]+$", "", re.sub(r"^[\s“\"'‘…]+", "", stated))
    words = re.sub(r"(?:这是|这个|这条|这句话?|说的是|是|为|——|—)+$", "", words).strip("“”\"' ，,")
    # "…超70万户是江西（哪一年的目标）": what follows the last 是 names where, not what
    words = re.sub(r"[，,]?(?:这)?是[^\d是，,]{1,6}$", "", words)
    return Claim(words, found)


def holds(text: str, claim: Claim) -> bool:
    """Whether `text` states every figure of the claim."""
    held = figures(text)
    return all(any(_same(f, h) for h in held) for f in claim.figures)


def _blocks(answer: str) -> list[list[str]]:
    """An answer's parts: each ends with its source line (a several-region answer)."""
    blocks, current = [], []
    for line in answer.splitlines():
        current.append(line)
        if line.startswith(P.SOURCE_MARK):
            blocks.append(current)
            current = []
    if current:
        if blocks and not any(re.search(r"\d", ln) for ln in current):
            blocks[-1].extend(current)
        else:
            blocks.append(current)
    return blocks


def _quoted(ans: Answer) -> str:
    """What an answer states: its text and the sentences it quotes (never a whole retrieved chunk)."""
    return "\n".join([ans.answer, *(e.sentence or e.clause for e in ans.evidence)])


quoted_text = _quoted  # what an answer states, read the same way for a hearsay figure (answers.framing)

TRACED_INTENTS = ("target", "fact", "owner", "task")


def checked(question: str, ans: Answer) -> Answer:
    """`ans` when it holds the figures the question pastes to be traced (or the question
    pastes none); its parts that hold them, when only some do; else "not found", with the
    nearest figure the documents give said to be another one."""
    claim = claim_of(spoken_numbers(unicodedata.normalize("NFKC", question or "")))
    if claim is None or ans.intent not in TRACED_INTENTS:
        return ans
    blocks = _blocks(ans.answer)
    kept = [b for b in blocks if holds("\n".join(b), claim)]
    if kept and len(kept) < len(blocks):
        text = "\n".join(ln for b in kept for ln in b)
        sources = [s for s in ans.sources if holds(s.get("text", ""), claim)] or ans.sources
        evidence = [e for e in ans.evidence if holds(e.sentence or e.clause, claim)]
        return replace(ans, answer=text, sources=sources, evidence=evidence)
    if kept or holds(_quoted(ans), claim):
        return ans
    asked = "、".join(f.written for f in claim.figures)
    lines = [P.NONE_CLAIM.format(claim=claim.text, figure=asked)]
    near = [ln for ln in (blocks[0] if blocks else []) if re.search(r"\d", ln) and not ln.startswith(P.SOURCE_MARK)]
    if near:
        source = next((ln for ln in blocks[0] if ln.startswith(P.SOURCE_MARK)), "")
        lines.append(P.CLAIM_OTHER_FIGURE.format(figure=asked, said=near[0].strip()))
        if source:
            lines.append(source)
    return Answer("\n".join(lines), "none")
