"""The contact a notice prints ("联系人：县政府督查室 覃宇 联系电话：0745-5221036"): "督查室通报的联系人
是谁 电话多少" (round 56a) asks that line, which names no figure or owner of a task. Read only from
the documents, never guessed; the line is quoted as printed."""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, source_dict, source_line
from core import lazy_re as re
from prompts import answers as P

_CONTACT_ASKED = re.compile(r"联系人|联系电话|联系方式|电话(?:是|号码?)?(?:多少|几号)|找谁联系|跟谁对接")
_CONTACT_LINE = re.compile(r"[^。\n]{0,30}?(?:联系人|联系电话|联系方式)\s*[:：][^\n]{2,80}")


def contact_answer(ctx: Any, question: str, *, region: str | None) -> Answer | None:
    """The contact lines of the documents the question points at; None when it asks no contact
    or no document prints one."""
    if not _CONTACT_ASKED.search(question or ""):
        return None
    for kind in ("report", "plan"):
        for hit in B.search(ctx, f"{question} 联系人 联系电话", k=8, region=region, kind=kind, dense=False):
            lines = [m.group(0).strip() for m in _CONTACT_LINE.finditer(B.field(hit, "text") or "")]
            if lines:
                text = P.CONTACT_LINES.format(title=B.field(hit, "title") or "文件", lines="\n".join(dict.fromkeys(lines)))
                return Answer(text + "\n" + source_line(B.field(hit, "title"), B.field(hit, "section")), "fact",
                              [source_dict(hit)])
    return None
