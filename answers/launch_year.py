"""The year a named thing was launched ("棠溪快办是哪年推出来的"): the documents say it in a
名词解释 entry or a review sentence ("我市于2023年推出的政务服务品牌"). Read as a figure, the
question finds the report's plan for the thing ("推出“棠溪快办”2.0版") and answers with that,
which says nothing of when it began. Round 25c r25c-052.

Only a year printed right before a launch verb, in a sentence naming the thing, and earlier than
the document's own year (a year of the document itself is its plan, not the launch) answers.
"""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, evidence_of, fit, source_dict, source_line
from core import lazy_re as re
from prompts import answers as P

# (印发/下发/颁布: a policy's issue, "2024年8月由县政府印发", round 26c r26c-053)
_VERBS = r"(?:推出|提出|出台|启动|设立|成立|创建|建立|创立|开通|上线|发布|实施|开办|开展|印发|下发|颁布)"
_ASK = re.compile(
    r"^(?P<thing>[^，,。？?；;]{2,24}?)(?:是|在|于|最早|最初|当初)*(?:哪一年|哪年|哪个年份|什么年份|几几年|啥时候|什么时候|何时)"
    # ("哪年开始搞的": the colloquial verb of doing asks when it was launched, round 50c)
    r"(?:开始|正式|首次|第一次)?(?P<verb>" + _VERBS + r"|(?<=开始)(?:搞|弄|干|做))(?:来|出来|起来)?(?:的)?(?:呀|啊|呢|吗)?[？?。\s]*$")
# the date as printed, to its month or day; "由县政府": who issued it, said between date and verb
_YEAR_VERB = re.compile(r"(?P<when>(?P<year>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?)(?:起|开始)?"
                        r"(?:由[\u4e00-\u9fff、和]{2,14}?)?(?:联合|正式|首次|率先|全面|就|已)?(?P<verb>" + _VERBS + ")")
_QUOTES = re.compile(r"[“”\"「」『』‘’]")
_NEAR = 24  # characters between the thing's name and the year's verb: the verb governs the thing


def asked_thing(question: str) -> str | None:
    """The thing whose launch year is asked, or None when the question asks no launch year."""
    m = _ASK.match((question or "").strip())
    if not m:
        return None
    thing = _QUOTES.sub("", m.group("thing")).strip()
    thing = re.sub(r"^(?:请问|问一下|我想问下?)\s*", "", thing)
    thing = re.sub(r"(?:这个|那个|这项|那项)?(?:品牌|平台|计划|行动)?$", "", thing) or thing
    return thing if len(thing) >= 2 else None


def launch_year_answer(ctx: Any, question: str) -> Answer | None:
    """The launch year from the sentence that names the thing, or None (the question is then
    read as before)."""
    thing = asked_thing(question)
    if thing is None:
        return None
    for hit in B.search(ctx, thing, k=8):
        for printed in re.split(r"(?<=[。；;！!])", B.field(hit, "text", "") or ""):
            sentence = _QUOTES.sub("", printed)  # where the name is, quoted or not
            at = sentence.find(thing)
            if at < 0:
                continue
            for m in _YEAR_VERB.finditer(sentence):
                near = min(abs(m.start() - (at + len(thing))), abs(at - m.end()))
                doc_year = B.field(hit, "year")
                if near > _NEAR or (doc_year and int(m.group("year")) >= int(doc_year)):
                    continue
                year = int(m.group("year"))
                src = source_line(B.field(hit, "title"), B.field(hit, "section"))
                body = P.LAUNCH_YEAR.format(thing=thing, when=m.group("when"), verb=m.group("verb"))
                body += "\n" + P.FACT_CONTEXT.format(sentence=printed.strip())
                return Answer(fit(body, 450) + "\n" + src, "fact", [source_dict(hit, printed.strip())],
                              evidence=[evidence_of(hit, printed.strip(), year, printed.strip())])
    return None
