"""Facts about a document rather than in it: who delivered a report and on what date, when a
responsibility table was issued. They come from what ingest read off the document (its
region, year, date) and from its signature line, never from a guess."""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import replace
from typing import Any

from answers import backends as B
from answers.compose import Answer, source_dict
from answers.question import MEETING_BY_NUMBER, META_ASKS, OFFERED_DOC_DATE, OFFERED_DOC_NUMBER, Question
from answers.regions import same_region
from answers.term_asks import GLOSSARY_NAMED
from retrieval.meta import DONE_TITLE
from core.numerals import cn_number
from prompts import answers as P
from retrieval.documents import DocumentInfo, list_documents

# "南昌市人民政府市长万广明" / "省长 易炼红": the signature of a report
# the head of government under a report's title, an ideographic space or none before the name
# ("党工委副书记、管委会主任 周启航": a zone's report to its work meeting, round 68d)
_OFFICES = ("省长", "市长", "县长", "区长", "州长", "盟长", "旗长", "镇长", "乡长", "主席", "管委会主任", "街道办事处主任", "办事处主任")
_SIGNER = re.compile(r"((?:代理)?(?:省长|市长|县长|区长|州长|盟长|旗长|镇长|乡长|主席|管委会主任|(?:街道)?办事处主任))[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*(?=\n|各位代表|$)")


def document_facts_answer(ctx: Any, q: Question, today: Any = None) -> Answer:
    """One line per asked fact ("who", "when") of each document the question fits."""
    kind = "plan" if q.topic == "plan" else "report"
    docs = [d for d in list_documents(ctx.db) if (d.kind or "report") == kind]
    fitting = [d for d in docs if _fits(d, q, docs, (today or ctx.today()).year)]
    if kind == "report" and q.meta and set(q.meta) <= {"who", "where", "when"}:
        # a meeting, a speaker or a date asked of "the report": the work reports, not a notice
        # or results table of the same year, which is no speech to a congress
        fitting = [d for d in fitting if not DONE_TITLE.search(d.title or "")] or fitting
    # a report's glossary published as a file of its own is asked of by its name ("名词解释那个文件"),
    # never as "the report"
    glossary = [d for d in fitting if GLOSSARY_NAMED.search(d.title or "")]
    if GLOSSARY_NAMED.search(q.text):
        fitting = glossary or fitting
    elif glossary and len(glossary) < len(fitting):
        fitting = [d for d in fitting if d not in glossary]
    named = re.search(MEETING_BY_NUMBER, q.text) if kind == "report" else None
    if named:
        # "十四届人大二次会议是哪天开的": the report heard at that meeting, read off its date line
        fitting = [d for d in fitting if _same_meeting(named.group(0), (_meeting(ctx, d) or ("", None))[0])]
    what = "、".join({"who": P.DOC_WHAT_ISSUER if kind == "plan" else P.DOC_WHAT_WHO, "when": P.DOC_WHAT_WHEN, "number": P.DOC_WHAT_NUMBER,
                     "where": P.DOC_WHAT_WHERE, "year": P.DOC_WHAT_YEAR}[a] for a in q.meta)
    if not fitting:
        there = "、".join(sorted({P.AVAILABLE_ITEM.format(region=d.region or "", year=d.year or "") for d in docs})) or "无"
        return Answer(P.NONE_NO_SUCH_DOC.format(what=what, available=there), "none")
    lines: list[str] = []
    sources: list[dict] = []
    answered = False
    for d in fitting[:4]:
        title = d.title or d.file
        for asked in q.meta:
            if asked == "when" and d.delivered:
                verb = P.DOC_VERB_PLAN if kind == "plan" else P.DOC_VERB_REPORT
                lines.append(_dated(title, d.delivered, verb, OFFERED_DOC_DATE.search(q.text)))
                answered = True
            elif asked == "who":
                signer = _signer(ctx, d) if kind == "report" else None
                if not signer and d.issuer:
                    # "分工方案哪个单位发的" / "名词解释那个文件是哪个单位出的" (round 67): its issuer
                    lines.append(P.DOC_ISSUED_BY.format(title=title, issuer=d.issuer))
                    answered = True
                elif signer:
                    office, name, hit = signer
                    lines.append(P.DOC_DELIVERED_BY.format(title=title, office=office, name=name))
                    sources.append(source_dict(hit))
                    answered = True
                else:
                    # (a plan is issued, not delivered: who issued it is what is asked of it)
                    lines.append(P.NONE_NO_DOC_FACT.format(what=P.DOC_WHAT_ISSUER if kind == "plan" else P.DOC_WHAT_WHO,
                                                           title=title))
            elif asked == "year" and d.year:
                read = P.DOC_YEAR_READ if "title" in (d.missing or []) else ""
                lines.append(P.DOC_YEAR_IS.format(title=title, year=d.year) + read)
                answered = True
            elif asked == "where":
                found = _meeting(ctx, d)
                if found:
                    meeting, hit = found
                    lines.append(P.DOC_DELIVERED_AT.format(title=title, meeting=meeting))
                    sources.append(source_dict(hit))
                    answered = True
                else:
                    lines.append(P.NONE_NO_DOC_FACT.format(what=P.DOC_WHAT_WHERE, title=title))
            elif asked == "number" and d.number:
                offered = OFFERED_DOC_NUMBER.search(q.text)
                if offered and _doc_number_key(offered.group(1)) == _doc_number_key(d.number):
                    lines.append(P.DOC_NUMBER_CONFIRMED.format(title=title, number=d.number))
                elif offered:
                    lines.append(P.DOC_NUMBER_CORRECTED.format(title=title, number=d.number,
                                                               offered=re.sub(r"\s+", "", offered.group(1))))
                else:
                    lines.append(P.DOC_NUMBER_IS.format(title=title, number=d.number))
                answered = True
            elif asked == "number":
                lines.append(P.DOC_NUMBER_NOT_READ.format(title=title))
            else:
                lines.append(P.NONE_NO_DOC_FACT.format(what=P.DOC_WHAT_WHEN, title=title))
    return Answer("\n".join(lines), "fact" if answered else "none", sources)


def _dated(title: str, day: Any, verb: str, offered: Any) -> str:
    """The document's date; "是1月20号作的吧" is confirmed or corrected against it."""
    date = f"{day.year}年{day.month}月{day.day}日"
    if not offered:
        return P.DOC_DELIVERED_ON.format(title=title, date=date, verb=verb)
    year = re.match(r"\s*((?:19|20)\d{2})", offered.group(1))
    same = (int(offered.group(2)), int(offered.group(3))) == (day.month, day.day) and (
        not year or int(year.group(1)) == day.year)
    if same:
        return P.DOC_DATE_CONFIRMED.format(title=title, date=date, verb=verb)
    return P.DOC_DATE_CORRECTED.format(title=title, date=date, verb=verb,
                                       offered=re.sub(r"\s+", "", offered.group(1)).replace("号", "日"))


def _doc_number_key(number: str) -> str:
    """"赣府厅字 〔2021〕 8号" and "赣府厅字[2021]8号": one number, brackets and spaces aside."""
    return re.sub(r"[\s〔\[［(（【〕\]］)）】]", "", number)


def _fits(d: DocumentInfo, q: Question, docs: list[DocumentInfo] = (), today_year: int = 0) -> bool:
    if q.region.name and not same_region(d.region, q.region.name):
        return False
    years = list(q.years.explicit)
    if not years and q.years.relative:
        # "去年那个报告": counted as figures are (answers.years.resolve_years), from today's year
        # when a report of it is loaded, else from the newest report of the region asked
        from answers.years import anchor_years, resolve_years

        held = [x for x in docs if not q.region.name or same_region(x.region, q.region.name)]
        years, _ = resolve_years(q.years, today_year=today_year, doc_years=anchor_years(held))
        if not any(x.year in years for x in held):
            years = []  # no report of that year: each report of the region, each line naming its year
    return not years or d.year in years


def _signer(ctx: Any, d: DocumentInfo) -> tuple[str, str, Any] | None:
    for office in _OFFICES:
        for h in B.search(ctx, office, k=10, region=d.region, kind="report", dense=False):
            if B.field(h, "file") != d.file:
                continue
            m = _SIGNER.search(B.field(h, "text") or "")
            if m:
                return m.group(1), m.group(2), h
    return None


# "——2022年1月17日在江西省第十三届人民代表大会第六次会议上": the line under a report's title
_MEETING = re.compile(r"在\s*([\u4e00-\u9fff\d\s]{4,40}?(?:会议|大会))\s*上")


def _meeting(ctx: Any, d: DocumentInfo) -> tuple[str, Any] | None:
    """The meeting named in the report's date line, as written there (spaces dropped)."""
    for h in B.search(ctx, "人民代表大会 会议上", k=10, region=d.region, kind="report", dense=False):
        if B.field(h, "file") != d.file:
            continue
        m = _MEETING.search(B.field(h, "text") or "")
        if m:
            return re.sub(r"\s+", "", m.group(1)), h
    return None


def _same_meeting(asked: str, held: str) -> bool:
    """"十四届人大二次会议" and "江西省第十四届人民代表大会第二次会议": the same 届 and 次."""
    def numbers(text: str) -> tuple[int | None, int | None]:
        m = re.search(r"([一二三四五六七八九十\d]{1,3})届.*?([一二三四五六七八九十\d]{1,2})次", text)
        return (cn_number(m.group(1)), cn_number(m.group(2))) if m else (None, None)
    return bool(held) and numbers(asked) == numbers(held) and numbers(asked) != (None, None)


# the verb of a document's issue, said with the date asked ("哪天印发的", "什么时候下发"): the
# date is the document's, never a task's deadline
_ISSUED = re.compile(r"(印发|下发|发布|出台|发文|成文|落款)")
_NAMES_DOC = re.compile(r"(报告|方案|文件|台账|印发|下发|发文)")


def with_document_facts(ctx: Any, q: Question, first: Answer) -> Answer:
    """"分工方案一共列了多少项？文号是啥？": the count, then the document facts a later part asks
    of the same table (its 文号, date), each part answered."""
    # (parts typed apart by spaces too: "…分工方案 文号是多少 一共几项")
    pieces = [p for p in re.split(r"[？?；;。！!，,]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", q.text) if p.strip()]
    # 文号 is always the document's; "什么时候" only of a piece that names the document
    asks = tuple(dict.fromkeys(name for p in pieces[1:] for name, pattern in META_ASKS
                               if pattern.search(p) and (name == "number" or _NAMES_DOC.search(p))))
    # the first piece asks the count; an issue date said in it too ("方案是哪天印发的 一共分解了
    # 多少项", voice input runs the parts together) is the table's own: its date is asked as well
    if q.intent == "plan_count" and pieces:
        asks = tuple(dict.fromkeys((*asks, *(name for name, pattern in META_ASKS
                                             if (m := pattern.search(pieces[0]))
                                             and (name == "number" or _ISSUED.search(m.group(0)))))))
    if first.intent == "none" or not asks:
        return first
    kind = "plan" if first.tasks or q.intent == "plan_count" else "report"
    facts = document_facts_answer(ctx, replace(q, topic=kind, meta=asks))
    if facts.intent == "none":
        return Answer(first.answer + "\n" + facts.answer, first.intent, first.sources, first.tasks)
    return Answer(first.answer + "\n" + facts.answer, first.intent, first.sources + facts.sources, first.tasks)
