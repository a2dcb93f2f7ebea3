"""Answers that are not figures: what a term means (the report's 名词解释 entry, or the
sentence that defines it) and who holds an office (the name a report is signed with)."""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from typing import Any

from answers import backends as B
from answers.compose import Answer, fact_answer, fit, source_dict, task_title
from answers.evidence import candidates, glossary_entry, grams, trim_sentence
from answers.question import Question
from answers.term_asks import GLOSSARY_NAMED
from core.numerals import cn_number
from answers.registry_answers import best_tasks
from prompts import answers as P


def office_answer(ctx: Any, q: Question, scope: list[B.Doc], files: set[str]) -> Answer:
    """"南昌市长是谁": the name a report is signed with ("南昌市人民政府市长万广明")."""
    office = q.office or ""
    regions = sorted({d.region for d in scope if d.region}) if q.region.name else [None]
    pattern = re.compile(re.escape(office) + r"[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*(?=\n|各位代表|$)")
    for r in regions:
        for h in B.search(ctx, office, k=10, region=r, kind="report", dense=False):
            if B.field(h, "file") not in files:
                continue
            m = pattern.search(B.field(h, "text") or "")
            if m:
                head = P.OFFICE_HOLDER.format(region=B.field(h, "region") or "", office=office, name=m.group(1),
                                              title=B.field(h, "title") or "")
                return Answer(fact_answer(head, None, h), "fact", [source_dict(h)])
    where = q.region.name or ""
    return Answer(P.NONE_NO_INDICATOR.format(scope=(where + "的报告中") if where else "报告中", what=office,
                                            kind=P.NONE_KIND_FACT), "none")



def glossary_answer(ctx: Any, q: Question, scope: list[B.Doc], files: set[str], today: dt.date) -> Answer | None:
    """The definition of the asked term; "给退役军人的双免政策" is also looked up as its head
    noun "双免政策", the words before the last 的 being who it is for."""
    forms = term_forms(q.term or "")
    # a 名词解释 entry of any form first ("退役军人“双免”政策" is the entry "“双免”政策"), then
    # the sentence that uses the term
    # "名词解释里新质生产力是咋解释的" (round 67d): asked of the glossary, only its entries answer
    glossary_only = bool(GLOSSARY_NAMED.search(q.text or ""))
    for entry_only in ((True, False) if len(forms) > 1 and not glossary_only else (glossary_only,)):
        for term in forms:
            ans = _glossary_one(ctx, term, q, scope, files, today, entry_only=entry_only)
            if ans:
                return ans
    if glossary_only and forms and forms[0]:
        return Answer(P.GLOSSARY_NO_ENTRY.format(term=re.sub(r"[“”\"「」]", "", forms[0])), "none")
    return None



def term_forms(term: str) -> list[str]:
    """The term as asked, its head noun after the last 的, and the quoted name with what
    follows it ("培育壮大“四类带动经营主体”" → "“四类带动经营主体”": words before the marks
    say what is done with it)."""
    forms = [term]
    tail = term.rsplit("的", 1)[-1].strip()
    if tail != term and len(tail) >= 2:
        forms.append(tail)
    # "招商那个三率考核": the words before 那个 say where it belongs, the term follows
    pointed = re.split(r"那个|这个|那项|这项", term)[-1].strip()
    if pointed != term and len(pointed) >= 2 and pointed not in forms:
        forms.append(pointed)
    # "十件民生实事" is the entry "10件民生实事": a count said in Chinese numerals, printed in digits
    counted = re.sub(r"[一二两三四五六七八九十百]+(?=[件项个条大])", lambda m: str(cn_number(m.group(0)) or m.group(0)),
                     re.sub(r"^[那这](?=[一二两三四五六七八九十百])", "", term))
    if counted != term and counted not in forms:
        forms.append(counted)
    quoted = re.search(r"[“\"「][^”\"」]{2,20}[”\"」][\u4e00-\u9fff]{0,4}$", term)
    if quoted and quoted.start() > 0 and quoted.group(0) not in forms:
        forms.append(quoted.group(0))
    return forms


def _glossary_one(ctx: Any, term: str, q: Question, scope: list[B.Doc], files: set[str], today: dt.date,
                  *, entry_only: bool = False) -> Answer | None:
    regions = sorted({d.region for d in scope if d.region}) if q.region.name else [None]
    hits: list[Any] = []
    for r in regions:
        hits.extend(h for h in B.search(ctx, term, k=8, region=r, dense=False) if B.field(h, "file") in files)
    found = glossary_entry(hits, term)
    if not found and B.dense_available(ctx):
        for r in regions:
            hits.extend(h for h in B.search(ctx, term, k=8, region=r) if B.field(h, "file") in files)
        found = glossary_entry(hits, term)
    heard = ""
    if not found:
        typed = term
        found, term = _entry_by_sound(hits, term)
        heard = _heard_note(re.sub(r"[“”\"「」]", "", typed), term) if found else ""
    if found:
        definition, hit = found
        shown = term if re.search(r"[“”\"「」]", term) else f"“{term}”"
        # the entry's own name, when the words typed hold it and more ("老提一廊三区", round 54c)
        entry = (B.field(hit, "section") or "").rsplit("›", 1)[-1].strip()
        bare = re.sub(r"[“”\"「」]", "", entry)
        if 2 <= len(bare) < len(re.sub(r"[“”\"「」]", "", term)) and bare in term:
            shown = entry if re.search(r"[“”\"「」]", entry) else f"“{entry}”"
        head = P.GLOSSARY.format(term=shown, definition=definition)
        return Answer(heard + fact_answer(head, None, hit), "fact", [source_dict(hit)])
    if entry_only:
        return None
    cands = candidates(hits, grams(term), doc_years={}, numeric=False)
    cands = [c for c in cands if c.cov >= 0.8 and re.sub(r"[“”\"]", "", term) in re.sub(r"[“”\"]", "", c.sentence)]
    if cands:
        c = cands[0]
        head = P.FACT_PLAIN.format(clause=trim_sentence(c.sentence, c.clause, 240).rstrip("。"))
        return Answer(fact_answer(head, None, c.hit), "fact", [source_dict(c.hit)])
    # a term only a responsibility table uses ("两山银行"): the task that names it
    bare = re.sub(r"[“”\"「」]", "", term)
    for _cov, task in best_tasks(ctx, bare, today):
        if bare in re.sub(r"[“”\"「」\s]", "", task.get("text", "")):
            head = P.FACT_TASK.format(plan=task.get("plan_title") or "", code=task["code"], clause=task_title(task.get("text", ""), True).rstrip("。"))
            body = head + "\n" + P.OWNER_LEADS.format(units="、".join(task.get("lead_units") or []))
            return Answer(fit(body), "fact", [], [task])
    return None



def _entry_by_sound(hits: list[Any], term: str) -> tuple[tuple[str, Any] | None, str]:
    """The 名词解释 entry whose name sounds as the term typed ("澄心半" for “澄心办”, round 49c),
    when exactly one does; (None, term) otherwise."""
    from answers.evidence import glossary_entries
    from core.synonyms import same_sound_as

    bare = re.sub(r"[“”\"「」]", "", term)
    alike = {}
    for name, body, hit in glossary_entries(hits):
        plain = re.sub(r"[“”\"「」]", "", name)
        if plain != bare and same_sound_as(bare, [plain]):
            alike.setdefault(plain, (body.removeprefix("指"), hit))
    if len(alike) != 1:
        return None, term
    name, found = next(iter(alike.items()))
    return found, name


def _heard_note(typed: str, read: str) -> str:
    """The note of a word read by its sound, on the two characters where the forms differ
    ("三城桐创" / "三城同创" → 桐创 / 同创), as `answers.heard_words` writes it."""
    diff = [i for i, (a, b) in enumerate(zip(typed, read)) if a != b]
    if not diff or len(typed) != len(read):
        return ""
    start, end = diff[0], diff[-1] + 1
    if end - start == 1:
        start, end = (start, start + 2) if start + 2 <= len(typed) else (start - 1, end)
    return P.WORD_HEARD_AS.format(typed=typed[start:end], read=read[start:end]) + "\n"
