"""A later part of a message that points back at the subject of an earlier one: "21年分工方案里
R&D占GDP比重那个目标谁牵头？22年报告里这个目标又定的多少". Asked alone, "这个目标" names
nothing and the part is refused (round 24c r24c-047); it means the earlier part's subject, so
that subject is written in its place. The earlier part's subject is what is left of it without
its years, the document it is looked up in, the pointing words and the ask.

Only a part that names nothing else (its words are all year, document, pointing and ask words)
takes the subject: "这个目标" beside a subject of its own is left as written.
"""
from __future__ import annotations

from core import lazy_re as re

from answers.owner_asks import strip_owner_asks
from answers.years import parse_years, strip_years

# "这个目标" / "该指标" / "这项" / "它": the subject of the part before
POINTING = re.compile(r"(?:这个|那个|这一|该|此|这项|那项|这条|那条|同一个?)(?P<noun>目标|指标|任务|数|数字|事|事情|工作|项目)?|(?<![其])它")
# where the part looks, said with it: "22年报告里", "分工方案中的"
_DOC_PLACE = re.compile(r"(?:(?:省|市|县|区)?(?:政府)?(?:工作)?报告|分工方案|任务分解表|分工表|方案|文件|表)(?:里面|里头|里|中|上|当中)?(?:的)?")
# what asks, not what is asked: the ask words of the parts this reads
_ASK_WORDS = re.compile(r"谁(?:来|在)?(?:牵头|负责|分管|主抓|抓)|(?:牵头|责任|负责)(?:单位|部门|领导)?(?:是|为)?(?:谁|哪个|哪家|哪位)?|"
                        r"(?:多少|几)(?:万亿|亿|万|千|百)?(?:平方公里|公里|[\u4e00-\u9fff])?|"  # "多少万亩": the ask with its unit
                        r"又|还|再|定的|定了|定为|是|为|呢|吗|啊|了|的|目标|计划|要求")
_CONTENT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&]")


def _without_years(text: str) -> str:
    return strip_years(text, parse_years(text))


def names_nothing(piece: str) -> bool:
    """True when `piece` points back and names no subject of its own."""
    if not POINTING.search(piece):
        return False
    rest = _ASK_WORDS.sub("", POINTING.sub("", _DOC_PLACE.sub("", _without_years(piece))))
    return len(_CONTENT.findall(rest)) < 2


def subject_of(piece: str) -> str:
    """The subject an earlier part asks about ("R&D占GDP比重"), or "" when it names none."""
    rest = strip_owner_asks(_without_years(piece))
    rest = _DOC_PLACE.sub("", rest)
    rest = POINTING.split(rest)[0]  # "R&D占GDP比重那个目标谁牵头": before the pointing word
    rest = re.sub(r"(?:谁|哪个|哪家|哪位).*$", "", rest)
    rest = re.sub(r"^[\s，,的]+|[\s，,的]+$", "", rest)
    return rest if len(_CONTENT.findall(rest)) >= 2 else ""


def carried(pieces: tuple[str, ...]) -> tuple[str, ...]:
    """The parts with each pointing-only part given the subject of the nearest earlier part that
    names one; the others as written."""
    out: list[str] = []
    subject = ""
    for piece in pieces:
        if subject and names_nothing(piece):
            m = POINTING.search(piece)
            piece = piece[:m.start()] + subject + (m.group("noun") or "") + piece[m.end():]  # "目标" stays
        else:
            subject = subject_of(piece) or subject
        out.append(piece)
    return tuple(out)
