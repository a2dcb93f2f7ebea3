"""What a question means in this deployment: the parsed question plus the documents it can
be about, with the chat's region standing for "我市/我省"; and the few phrases every answerer
uses to echo a question or list what is there."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.question import Question, parse_question
from answers.regions import RegionRef, home_province
from prompts import answers as P


def understand(ctx: Any, question: str, *, region: str | None = None) -> tuple[Question, list[B.Doc]]:
    docs = B.documents(ctx)
    home = home_province(d.region for d in docs)
    default_region = region or getattr(ctx.settings, "default_region", None)
    from answers.leader_titles import leaders_by_office, leaders_by_title  # "秦副省长": the leader surnamed 秦

    from answers.unit_stems import with_unit_stems  # "市住建牵头的任务": 市住建局

    leaders = B.leader_names(ctx)
    # ("区城管局" is no alias of 云岫区城市管理局 whole, yet names it inside a text: round 60f)
    question = with_unit_stems(question, lambda name: B.units_named(ctx, name) or B.units_in_text(ctx, name))
    q = parse_question(
        leaders_by_title(leaders_by_office(question, B.leader_offices(ctx)), leaders),
        default_region=default_region,
        home_province=home,
        known_regions=[d.region for d in docs],
        units_in_text=lambda t: B.units_in_text(ctx, t),
        leaders_in_text=lambda t: B.leaders_in_text(ctx, t),
        known_names=[*leaders, *B.unit_short_names(ctx)],
        text_held=lambda phrase: B.text_holds(ctx, phrase),
    )
    if q.region.name is None and default_region and q.intent in ("target", "fact"):
        q = replace(q, region=RegionRef(default_region, None, default_used=True))
    return q, docs



def short(text: str, limit: int = 30) -> str:
    """A question's words echoed in a reply: never the whole of a pasted page."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def available(docs: list[B.Doc], *, with_region: bool = True) -> str:
    items = sorted({(d.region or "", d.year or 0) for d in docs})
    if not with_region:
        return "、".join(f"{y}年" for _, y in items) or "无"
    return "、".join(P.AVAILABLE_ITEM.format(region=r, year=y) for r, y in items) or "无"

