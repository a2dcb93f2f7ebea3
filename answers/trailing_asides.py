"""What a question says after its ask that asks nothing: a premise ("…目标定的多少？22年是5%"),
a scope set aside ("…目标定的多少 不是实际产量", "…别给我累计的"), or what the asker already
knows ("…要稳在多少？省里430亿斤那个我知道").

Left in the question, such a clause is read as a second ask (the premise's figure "confirmed"
from another year's report), its year as a year asked, its place as the region asked, or its
words as words of the subject ("粮食产量 不 产量"). Read by the clause's shape, only after a
clause that asks (多少/几/什么…), and only when the clause itself asks nothing (no question
word, no 吗/吧, no question mark after it):
- a premise: a figure with a year or a place of its own that the ask does not name ("22年是5%",
  "去年实际增长8.1%", "全省是430亿斤"): context, dropped;
- a negation opening the clause ("不是X", "不要X", "别给我X"): X set aside. The words X repeats
  from the ask ("产量" of "粮食产量") name the subject, not the scope, and are read away, so
  "不是实际产量" sets aside 实际 (a result) as "不是实际的" would (`answers.side_requests`);
- what is known ("X那个我知道", "X就不用说了"): X set aside the same way, its figure dropped.
`trailing_aside(piece, stop, before)` says which, and the scope words set aside (or None).
"""
from __future__ import annotations

from dataclasses import dataclass

from core import lazy_re as re
from core.places import place_alternation

# what asks in a clause: a question word, a particle of asking
_ASKING = re.compile(r"多少|几|什么|啥|哪|谁|吗|吧|么|呢|是否|是不是|对不对|有没有|如何|怎么|咋")
# (never a bare 非: "非税收入", "非公经济" open the name of a second item)
# ("你别给我X" / "你就别X了" / "可不要X": an addressee or an adverb before 别/不要/甭 only; "可不是"
# agrees rather than sets aside, round 26a)
_NEGATION = re.compile(r"^(?:而|但)?(?:不是|不要|别给我?|别拿|别用|别要|不用|甭|并非|而非|"
                       r"(?:你们|你|您)?(?:可千万|千万|可|就)?(?:不要|别给我?|别拿|别用|别要|别(?![的人处样])|甭))")
# "那个我知道" / "这个我清楚了" / "就不用说了": what the asker has already
_KNOWN = re.compile(r"(?:那个|这个|那些|这些|那|这|的)?(?:我|咱)?(?:们)?(?:已经|都|早就|早)?"
                    r"(?:知道|清楚|晓得|了解|掌握|看过|查过|查到|有数)(?:了|的)?(?:啊|哈|哦|呀)?$|"
                    r"(?:那个|这个|那|这|的)?(?:就)?不用(?:再)?(?:说|讲|给|提|查|管|报)?了?(?:啊|哈|哦|呀)?$")
# a figure: digits and what they count, never a year or a date ("22年", "3月")
# ("22年那个5g基站": 5G is a name, no figure, round 70f)
_FIGURE = re.compile(r"(?<![A-Za-z])\d+(?:\.\d+)?(?!\s*(?:年|月|日|号|[\d.]))(?![A-Za-z])")
_FIGURE_WORDS = re.compile(r"\d+(?:\.\d+)?\s*(?:%|个百分点|(?:万亿|亿|万|千|百)?(?:[\u4e00-\u9fff]{1,2}?)?)(?=那|这|的|$|左右|以上|以内)"
                           r"(?:左右|以上|以内)?")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|(?<![\d.])\d{2}\s*年(?!代)|今年|去年|前年|明年|上年|上一年")
_LEVEL = re.compile(place_alternation() + r"|全省|省里|我省|本省|全市|市里|我市|本市|全县|县里|全国|国家")


@dataclass(frozen=True)
class Aside:
    """A clause that asks nothing: `kind` is "premise", "negated" or "known"; `set_aside` the
    scopes it may exclude, each written as a negation ("不是全省的是南昌的", "不是实际", "不是省里")
    for the scope reader to try in order; () when it names none (the clause is only dropped)."""
    kind: str
    set_aside: tuple[str, ...] = ()


def _words_of(before: str, text: str) -> str:
    """`text` without the characters of any two-character run it repeats from `before` (the
    subject's own words: "实际产量" after "粮食产量…" → "实际")."""
    keep = [True] * len(text)
    for i in range(len(text) - 1):
        if text[i:i + 2] in before and re.match(r"[\u4e00-\u9fff]{2}", text[i:i + 2]):
            keep[i] = keep[i + 1] = False
    return "".join(ch for ch, k in zip(text, keep) if k)


def _scope_named(before: str, scope: str) -> bool:
    return bool(scope) and re.sub(r"\s", "", scope) in re.sub(r"\s", "", before)


def trailing_aside(piece: str, stop: str, before: str) -> Aside | None:
    """The aside `piece` is (module doc), when it follows `before` (the clauses kept, which
    ask) and asks nothing itself; None when it is content or asks."""
    s = re.sub(r"[，,、；;。！!：:\s]+", "", piece or "")
    if not s or not _ASKING.search(before or "") or _ASKING.search(s) or re.search(r"[？?]", stop or ""):
        return None
    if _NEGATION.match(s):
        rest = _words_of(before, s[_NEGATION.match(s).end():])
        return Aside("negated", tuple(dict.fromkeys([s, *(["不是" + rest] if rest else [])])))
    known = _KNOWN.search(s)
    if known and known.start() > 0:
        rest = _FIGURE_WORDS.sub("", s[: known.start()])
        rest = re.sub(r"(?:那个|这个|那|这|的)+$", "", rest)
        return Aside("known", ("不是" + rest,) if rest else ())
    if _FIGURE.search(s):
        scopes = [m.group(0) for m in _YEAR.finditer(s)] + [m.group(0) for m in _LEVEL.finditer(s)]
        if scopes and not all(_scope_named(before, w) for w in scopes):
            return Aside("premise")
    return None
