"""A year's target and its actual, which live in two documents: the target in year Y's report
(or its responsibility table), the actual in year Y+1's review.

- No kind word ("农村公路23年新建改建多少公里"): when the documents hold both the target and the
  actual of the asked year and item, both are the answer, each labelled (目标 / 实际), never one
  picked silently; when only one is held, that one (`year_pair`, `with_plan_target`).
- A verdict asked of a target ("23年研发强度目标完成了没", "定的PM2.5目标达到没有"): the target,
  the actual, and one word drawn by comparing figures of the same measure (达到 / 未达到 /
  无法比较); figures of different measures are never compared (`verdict_answer`).

Which of two figures of the same measure is "better" is read from the target's own words: a
ceiling (控制在…以下, 以内, 不超过, 低于) is met by an actual at or under it, anything else (达到,
增长, 以上, 左右) by an actual at or over it.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import replace
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer, fit
from answers.evidence import CHANGE_FIRST, NUMBER, Candidate, unit_of
from answers.question import TARGET_CUES, Question
from core.abbreviations import RELATIVE_YEARS
from core.bigrams import bigrams
from prompts import answers as PA
from prompts import target_actual as P

# words that ask what was done, or what was set, in so many words: the kind is said
_KIND_SAID = re.compile(r"实际|已经|完成|实现|兑现|达到了|[\u4e00-\u9fff]了(?:多少|几)|了多少|了几|有多少|回顾")
# a year said as past: a hint of what was done, not a word that says it
_PAST_YEAR = re.compile(r"去年|上年|前年")


def kind_unsaid(text: str, *, past_year_says: bool = True) -> bool:
    """Whether the question says neither 目标 nor 实际 (nor a verb of what was done); with
    `past_year_says` False, "去年" alone leaves the kind unsaid."""
    said = _KIND_SAID.search(text) or (past_year_says and _PAST_YEAR.search(text))
    return not TARGET_CUES.search(text) and not said


def _units(c: Candidate) -> set[str]:
    return {u for u in (unit_of(re.sub(r"\s+", "", n)) for n in c.numbers) if u}


# a clause's own words, figures and punctuation dropped
_NOT_WORDS = re.compile(r"[^\u4e00-\u9fffA-Za-z]+")
# how much of the shorter clause's wording the other must share to speak of the same item
SAME_ITEM_SHARE = 0.5


def same_item(a: str, b: str) -> bool:
    """Whether two clauses speak of one item: most bigrams of the shorter one's words (figures
    dropped) stand in the other ("新建改建农村公路3000公里以上" / "…农村公路3260公里"), not only a
    unit and a verb ("新建改造农村公路120公里" / "雨污分流改造完成管网17.2公里")."""
    ga, gb = set(bigrams(_NOT_WORDS.sub(" ", a))), set(bigrams(_NOT_WORDS.sub(" ", b)))
    small, big = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    return bool(small) and len(small & big) / len(small) >= SAME_ITEM_SHARE




# a county's or district's clause ("桐坪县地区生产总值…增长6.8%"): no result of the whole's target
# ("全县实现地区生产总值…" / "我市…" is the region itself)
_PLACE_OPENS = re.compile(r"^\s*(?![全我本该][县区市镇乡旗])(?!地区|社区|园区|城区|市区|小区|景区|片区|辖区|山区|城市|城乡|城镇|都市)[\u4e00-\u9fff]{1,4}(?:县|区|市|镇|乡|旗)(?![场民委政长级直属内外域城])(?=[\u4e00-\u9fff]{2})")


def _item_clause(c: Candidate) -> str:
    """The clause as it speaks of its item: a change alone is read with the sentence up to it."""
    clause = re.sub(r"\s+", "", c.clause)
    sentence = re.sub(r"\s+", "", c.sentence or "")
    at = sentence.find(clause)
    # (a clause that states only a change, its item said in the clause before: "…286.4亿元，同比增长6.1%")
    return sentence[:at + len(clause)] if CHANGE_FIRST.match(clause) and at > 0 else clause


def kind_of_another_year(parts: list[str], part: str) -> bool:
    """"21年新增多少家，22年目标多少": the 目标 said of another year's part is not this part's,
    which says no kind and a year of its own."""
    from answers.years import parse_years

    own = parse_years(part)
    # ("城镇化率去年完成多少 今年目标多少", round 63c: relative years as well)
    if not (own.explicit or own.relative) or not kind_unsaid(part):
        return False
    return any(TARGET_CUES.search(p) and ((said := parse_years(p)).explicit or said.relative)
               and (said.explicit, said.relative) != (own.explicit, own.relative)
               for p in parts if p != part)


def year_pair(cands: list[Candidate], best: Candidate, years: list[int], mode: str | None, q: Question,
              min_cov: float) -> list[Candidate] | None:
    """[target, result] of the one asked year, when the question says no kind and the reports
    hold both for the same item (a clause of the other kind, as well covered, of the same year
    and region, stating a figure in a unit the best clause also states); else None."""
    # "去年GDP增速" with that year's target (its own report) and result (the next report's
    # review) both held: each is said, labelled, rather than the target alone (round 47d)
    if len(years) != 1 or mode or not q.numeric or not kind_unsaid(q.text, past_year_says=False):
        return None
    if best.period.year != years[0] or best.period.mode not in ("target", "result"):
        return None
    region, units = B.field(best.hit, "region"), _units(best)
    # (the best a change alone, "…286.4亿元，同比增长5.8%": its item is said in the clause before)
    best_item = _item_clause(best)
    for c in cands:
        if (c.period.mode in ("target", "result") and c.period.mode != best.period.mode
                and c.period.year == best.period.year and c.numbers and not c.head_missing
                and B.field(c.hit, "region") == region and units & _units(c) and not _PLACE_OPENS.match(_item_clause(c))
                and (c.cov >= max(min_cov, best.cov - (0.15 if best_item != best.clause else 0.05))
                     and same_item(c.clause, best_item)
                     or _item_clause(c) != c.clause and same_item(_item_clause(c), best_item))):
            return [c, best] if c.period.mode == "target" else [best, c]
    return None


def labelled_pair(ans: Answer, pair: list[Candidate]) -> Answer:
    """The joined answer with its result line labelled 实际 (its target line says 目标)."""
    text = ans.answer
    for c in pair:
        if c.period.mode == "result":
            region = B.field(c.hit, "region") or ""
            plain = f"{region}{c.period.year}年："
            if text.startswith(plain) or ("\n" + plain) in text:
                labelled = P.PAIR_RESULT.format(region=region, year=c.period.year)
                text = text.replace(plain, labelled, 1)
    return replace(ans, answer=text)


# "澜江省2023年政府工作报告重点工作责任分工方案（3）：新建改建农村公路3000公里以上。"
_TASK_LINE = re.compile(r"^(?P<plan>.+?)（(?P<code>[\d.]+)）：(?P<clause>.+?)。?$")


def with_plan_target(ctx: Any, q: Question, best: Candidate, years: list[int], mode: str | None, ans: Answer,
                     plan_target: Callable[..., Answer | None], today: Any) -> Answer:
    """A result of the asked year answered, with no report stating that year's target: the
    responsibility table's target of the same item beside it, each labelled; `ans` alone when
    the table holds none (or states it in another unit)."""
    if (len(years) != 1 or mode or not q.numeric or not kind_unsaid(q.text) or best.period.mode != "result"
            or best.period.year != years[0] or ans.intent == "none"):
        return ans
    planned = plan_target(ctx, replace(q, intent="target", mode="target"), years, today)
    if planned is None or not planned.tasks:
        return ans
    m = _TASK_LINE.match(planned.answer.splitlines()[0])
    if not m:
        return ans
    clause = m.group("clause")
    if (not ({unit_of(re.sub(r"\s+", "", n.group(0))) for n in NUMBER.finditer(clause)} & _units(best))
            or not same_item(clause, best.clause)):
        return ans
    task = planned.tasks[0]
    region = B.field(best.hit, "region") or task.get("region") or ""
    head = P.PAIR_PLAN_TARGET.format(region=region, year=years[0], clause=clause)
    plan = P.PAIR_PLAN_SOURCE.format(plan=m.group("plan"), code=m.group("code"))
    # the result's quoted sentence kept: it may hold a second figure asked beside this one
    text = fit("\n".join([head, plan, labelled_pair(ans, [best]).answer]))
    # the task is named in the source line, not listed: a later part of the question is still
    # asked of the reports, not of the table
    return replace(ans, answer=text, intent="fact")


# --- a verdict asked of a target -------------------------------------------------------------

# "完成了没" / "达到没有" / "实现了吗" / "兑现了没" / "完成得怎么样" / "达标了吗": whether it was met
_VERDICT = re.compile(
    r"(?:是否|有没有|有无)(?:完成|达到|实现|兑现|达标)|"
    r"(?:完成|达到|实现|兑现|达标|做到)(?:了)?(?:没有|没|吗|么|嘛|了吗|了没)|"
    # "去年固投完成目标没" (round 53b): the target named between the verb and the ask
    r"(?:完成|达到|实现)(?:了)?(?:年度|预期|既定|年)?(?:目标|计划|任务)(?:了)?(?:没有|没|吗|么|了吗|了没)|"
    r"(?:完成|达到|实现|兑现)(?:得|的)?(?:怎么样|咋样|如何|情况如何|情况怎么样)|完成情况(?:如何|怎么样|咋样)?")
# the target asked of, said in so many words ("23年定的X目标"): the verdict is about a figure set
_SET = re.compile(r"目标|预期|定的|定了|定下|提出的|要求的?")
# what the question says of the target, no part of the item: "年初定的", "预期目标值"
_SET_WORDS = re.compile(
    r"(?:年初|当年|那年|当时|报告里?|报告中)?(?:定的|定了|定下的?|提出的|确定的|设定的|提的|要求的?)?(?:的)?(?:预期)?(?:目标|指标)?(?:值|数)?")
# a clause after the verdict that asks only for the figures the verdict quotes anyway
_FIGURES_ONLY = re.compile(r"^(?:那|那么)?(?:实际|目标|实际完成|实际是|完成|差|相差|差了)?(?:多少|几|呢|是多少|到多少|完成多少|了多少)?(?:呢|啊)?$")
_ASKS_FIGURE = re.compile(r"多少|几[个项家所条座万亿]?|吗|么")
_STOPS = re.compile(r"[，,？?；;。！!\s]+")


# "南昌2023年计划引进首店80家，最后完成了没有": the target said by the figure the asker remembers,
# with a verb of planning or none ("2021年新增上市公司10家，到底完成了没")
_PLANNED = re.compile(r"计划|打算|准备|要求|力争|确保|争取")


# the target's figure asked in the clause before the verdict: "…目标是多少", "…定的多少"
_TARGET_ASKED = re.compile(r"(目标|定的|定了)(?:是|为)?(?:多少|几)[\u4e00-\u9fff%]{0,2}?(?:啊|呀|呢)?$")


# the item's own figure asked before the verdict ("…新增发放创业担保贷款多少"), never a total
_RESULT_ASKED = re.compile(r"(?:是|为|有|发了|完成了?)?(?:多少|几)(?:万亿|亿|万)?[\u4e00-\u9fff%]{0,2}?(?:啊|呀|呢)?$")
_STOCK = re.compile(r"总数|总量|累计|一共|总共")


def verdict_asked(question: str) -> bool:
    """Whether the question asks if a target was met ("…目标完成了没"), the target named, or
    offered as a figure before the ask ("…引进首店80家，最后完成了没有")."""
    m = _VERDICT.search(question or "")
    # ("…多少？完成计划没": the plan named in the verdict asked)
    return bool(m and (_SET.search(question or "") or premise_offered(question[: m.start()])
                       or re.search(r"计划|任务", m.group(0))))


def premise_offered(lead: str) -> bool:
    """A year and a figure with its unit said before the ask: the remembered target."""
    from answers.years import parse_years

    return bool(not parse_years(lead).empty and any(unit_of(re.sub(r"\s+", "", m.group(0)))
                                                    for m in NUMBER.finditer(lead)))


def verdict_answer(ctx: Any, question: str, again: Callable[[str], Answer], *, region: str | None,
                   today: Any) -> Answer | None:
    """The target, the actual and the verdict; None when the question is no such ask or no
    target is found (then it is read as any other question)."""
    from answers.understanding import understand
    from answers.years import parse_years, resolve_years, strip_years

    if not verdict_asked(question):
        return None
    clauses = [c for c in _STOPS.split(question) if c]
    asking = [c for c in clauses if _VERDICT.search(c)]
    if len(asking) != 1 or any(not _FIGURES_ONLY.match(c) for c in clauses[clauses.index(asking[0]) + 1:]):
        return None  # another question rides along: read as written
    lead = [c for c in clauses[: clauses.index(asking[0])]]
    if any(_ASKS_FIGURE.search(c) and not _TARGET_ASKED.search(c) and (_STOCK.search(c) or not _RESULT_ASKED.search(c))
           for c in lead):
        return None  # "X总数是多少？目标完成没有": a figure asked first, read as written
    # "去年定的gdp目标是多少，最后完成了没" (round 53b) / "21年新增发放创业担保贷款多少？完成计划没"
    # (round 56b): the target or the result asked first is in the verdict
    text = "".join(_RESULT_ASKED.sub("", _TARGET_ASKED.sub(r"\1", c)) for c in lead) + asking[0]
    text = text[: _VERDICT.search(text).start()]
    ref = parse_years(text)
    q, docs = understand(ctx, text, region=region)
    reports = [d.year for d in docs if (d.kind or "report") != "plan" and d.year]
    years, _ = resolve_years(ref, today_year=today.year, doc_years=reports)
    if len(years) > 1:
        return None
    if not years:  # the newest year a report looks back on
        reviewed = [y - 1 for y in reports if y - 1 in reports]
        if not reviewed:
            return None
        years = [max(reviewed)]
    year = years[0]
    offered = [] if _SET.search(text) else [re.sub(r"\s+", "", m.group(0)) for m in NUMBER.finditer(text)]
    item = _SET_WORDS.sub("", strip_years(text, ref)).strip("的 ")
    if offered:  # the remembered figure, its verb of planning and "最后" are no words of the item
        item = _LATER_WORDS.sub("", _PLANNED.sub("", NUMBER.sub("", item))).strip("的，, ")
    if len(_NOT_WORDS.sub("", item)) < 2:
        return None
    target = again(f"{year}年{item}目标是多少")
    if target.intent == "none" or not _held_for(target, year):
        return _result_without_target(again, year, item, offered) if offered else None
    actual = None
    if re.search(r"[%％]", target.answer.split("\n", 1)[0]) and not re.search(r"增长|增速|增幅|下降|比重|比例|率|占", item):
        # "gdp目标" set as a growth rate (6%左右): its actual is the year's growth, not the total
        actual = again(f"{year}年{item}增长多少")
        actual = actual if actual.intent != "none" and _held_for(actual, year) else None
    actual = _result_only(actual or again(f"{year}年{item}实际多少"))
    if actual.intent == "none" or not _held_for(actual, year) or actual.intent == "target":
        if offered:
            return None  # a plan's task is checked against the review (answers.review_ask)
        lines = _target_lines(target, year) + [P.VERDICT_NO_ACTUAL.format(year=year, next=year + 1)]
        return replace(target, answer=fit("\n".join(lines)), intent="target")
    if _region_of(actual) and _region_of(target) and _region_of(actual) != _region_of(target):
        # the actual found is another region's ("江西2022年目标" / "赣州市2022年实际"): no verdict
        if offered:
            return None
        lines = _target_lines(target, year) + [P.VERDICT_NO_ACTUAL.format(year=year, next=year + 1)]
        return replace(target, answer=fit("\n".join(lines)), intent="target")
    t_fig, a_fig, from_sentence = _figures(target, actual)
    if t_fig is None:
        verdict = P.VERDICT_UNKNOWN
    else:
        met = a_fig.value <= t_fig.value if t_fig.ceiling else a_fig.value >= t_fig.value
        verdict = (P.VERDICT_MET if met else P.VERDICT_NOT_MET).format(target=t_fig.text, actual=a_fig.text)
    result = [ln for ln in labelled_result(actual).splitlines()
              if from_sentence or not ln.startswith(PA.FACT_CONTEXT_MARK)]
    sentence = actual.evidence[0].sentence if actual.evidence else ""
    if sentence and _SHARE_OF_PLAN.search(sentence) and not any(_SHARE_OF_PLAN.search(ln) for ln in result):
        # "…179.2亿元，完成年计划162.9%": the report's own share of the plan, said with the figure
        result.append(PA.FACT_CONTEXT_MARK + sentence.strip())
    text = "\n".join(_target_lines(target, year) + result + [verdict])
    return Answer(fit(text, limit=900), "fact", [*target.sources, *actual.sources], [*target.tasks, *actual.tasks],
                  evidence=[*target.evidence, *actual.evidence])


_SHARE_OF_PLAN = re.compile(r"完成(?:年度?)?(?:计划|目标|任务)的?\s*\d+(?:\.\d+)?%")


# "最后" / "到底" / "后来": words around the ask, no part of the item
_LATER_WORDS = re.compile(r"最后|最终|后来|到底|究竟|结果|实际上?")


def _result_without_target(again: Callable[[str], Answer], year: int, item: str, offered: list[str]) -> Answer | None:
    """No target of the year in the documents: the review's result of the item, opened by
    the note that the figure offered as the target cannot be checked; None when no result
    is found either."""
    from answers.completion_asks import no_target_note

    units = [u for u in (unit_of(f) for f in offered) if u]
    # asked with the remembered figure's unit first ("多少家" finds "超100家首店"), then bare
    actual = again(f"{year}年{item}实际多少{units[0]}") if units else Answer("", "none")
    if actual.intent in ("none", "target", "clarify"):
        actual = again(f"{year}年{item}实际多少")
    if actual.intent in ("none", "target", "clarify") or not actual.evidence or not _held_for(actual, year):
        return None
    note = no_target_note(year, item, "、".join(offered))
    return replace(actual, answer=fit(note + "\n" + actual.answer), intent="fact")


def _region_of(ans: Answer) -> str | None:
    """The one region an answer's evidence (or its task) speaks of; None when several or none."""
    regions = {e.region for e in ans.evidence if e.region} or {t.get("region") for t in ans.tasks if t.get("region")}
    return next(iter(regions)) if len(regions) == 1 else None


def _held_for(ans: Answer, year: int) -> bool:
    """An answer speaks of the asked year (its evidence says so, or it states no year)."""
    return not ans.evidence or all(e.year in (None, year) for e in ans.evidence)


def _target_lines(ans: Answer, year: int) -> list[str]:
    """A target's lines; a table's target labelled as the year's target, its task as the source."""
    m = _TASK_LINE.match(ans.answer.splitlines()[0]) if ans.tasks and not ans.evidence else None
    if m is None:
        return _lines(ans)
    region = ans.tasks[0].get("region") or ""
    return [P.PAIR_PLAN_TARGET.format(region=region, year=year, clause=m.group("clause")),
            P.PAIR_PLAN_SOURCE.format(plan=m.group("plan"), code=m.group("code"))]


def _lines(ans: Answer) -> list[str]:
    return [ln for ln in ans.answer.splitlines() if not ln.startswith(PA.FACT_CONTEXT_MARK)]


def labelled_result(ans: Answer) -> str:
    """A result answer's text with its first line labelled 实际."""
    if not ans.evidence:
        return ans.answer
    ev = ans.evidence[0]
    plain = f"{ev.region or ''}{ev.year}年："
    return ans.answer.replace(plain, P.PAIR_RESULT.format(region=ev.region or "", year=ev.year), 1)


class _Figure:
    def __init__(self, text: str, head: str, unit: str, value: float, ceiling: bool) -> None:
        self.text, self.head, self.unit, self.value, self.ceiling = text, head, unit, value, ceiling


# a ceiling set ("控制在30微克/立方米以下", "不超过", "降至"): met at or under it
_CEILING = re.compile(r"以下|以内|不超过|不高于|低于|控制在|降至|降到|下降到|降低到|压减到|压降到|压减至")
# the verbs of a figure, no part of what it measures
_VERBS = re.compile(r"(?:力争|确保|争取|努力|预计|累计)?(?:达到|达|突破|超过|控制在|保持在|稳定在|提高到|提升到|降至|降到|为|是|约|在)$")


def _pieces(text: str) -> list[_Figure]:
    out = []
    for piece in re.split(r"[，,；;。、]", text or ""):
        for m in NUMBER.finditer(piece):
            figure = re.sub(r"\s+", "", m.group(0))
            value = re.match(r"\d+(?:\.\d+)?", figure)
            unit = unit_of(figure)
            if not value or not unit:
                continue
            head = _VERBS.sub("", piece[: m.start()].strip())
            out.append(_Figure(figure, head, unit, float(value.group(0)), bool(_CEILING.search(piece))))
    return out


def _result_only(actual: Answer) -> Answer:
    """An actual asked that came back as the year's target and result both (`year_pair`): its
    result's evidence only, so the verdict never compares the target with itself."""
    said = [line for line in actual.answer.split("\n") if "实际：" in line]
    if len(actual.evidence) < 2 or not said:
        return actual
    def bare(text: str) -> str:
        return re.sub(r"[\s，,。；;：:]", "", text)

    mine = [ev for ev in actual.evidence if ev.clause and any(bare(ev.clause) in bare(line) for line in said)]
    text = "\n".join(line for line in actual.answer.split("\n") if "目标：" not in line)
    return replace(actual, answer=text, evidence=mine[:1]) if mine else actual


def _figures(target: Answer, actual: Answer) -> tuple[_Figure | None, _Figure | None, bool]:
    """The target's and the actual's figures of one measure: the same unit and the same words
    before the figure ("研发经费投入强度达到2.45%" / "…2.40%"); the actual's clause first, then
    the rest of its sentence ("…突破3万亿元，达到3.01万亿元，增长5.6%"). (None, None) when no
    pair of one measure is found, or more than one."""
    t_text = target.evidence[0].clause if target.evidence else _first_clause(target.answer)
    wanted = _pieces(t_text)
    ev = actual.evidence[0] if actual.evidence else None
    if not wanted or ev is None:
        return None, None, False
    for source, from_sentence in ((ev.clause, False), (ev.sentence, True)):
        same_unit = [(t, a) for t in wanted for a in _pieces(source) if t.unit == a.unit]
        pairs = [(t, a) for t, a in same_unit if _same_measure(t.head, a.head)]
        if not pairs:  # "粮食产量432.8亿斤以上" / "粮食总产438.5亿斤、增加5.7亿斤": the one figure of that
            # unit whose words share a word with the target's
            sharing = [(t, a) for t, a in same_unit if _shares_word(t.head, a.head)]
            pairs = sharing if len(sharing) == 1 else []
        if len({(t.text, a.text) for t, a in pairs}) == 1:
            return pairs[0][0], pairs[0][1], from_sentence
        if pairs:
            return None, None, False
    return None, None, False


def _same_measure(target_head: str, actual_head: str) -> bool:
    """The words before two figures name one measure: the shorter's bigrams mostly in the
    longer's, or (a bare verb such as 增长) ending the longer."""
    a, b = _NOT_WORDS.sub("", target_head), _NOT_WORDS.sub("", actual_head)
    if not a or not b:
        return not a and not b
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return same_item(a, b) or (len(short) >= 2 and len(long) > len(short) and long.endswith(short))


def _shares_word(a: str, b: str) -> bool:
    return bool(set(bigrams(_NOT_WORDS.sub(" ", a))) & set(bigrams(_NOT_WORDS.sub(" ", b))))


def _first_clause(text: str) -> str:
    first = text.splitlines()[0] if text else ""
    return first.split("：", 1)[-1]


# --- years anchored to a named report; "两年" --------------------------------------------------

# "（按24年报告）" / "按2024年的省报告" / "据23年报告来看": the report the relative years count from
_ANCHOR = re.compile(
    r"[（(]?\s*(?:按|据|根据|依据|看|以)\s*(?P<year>(?:19|20)?\d{2})\s*年(?:的)?(?:省|市|县|区)?(?:政府)?(?:工作)?报告"
    r"(?:为准|来看|看|说的|口径|的口径)?\s*[)）]?[，,]?")
# (not "比上年", "较上年": counted from the year asked, not from the report)
_RELATIVE = re.compile("(?<![比较与同])(?:" + "|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)) + ")")
# "两年" said of the reports ("GDP目标两年对比下", "这两年的目标"); not "连续两年", "两年来", "第两年"
# (said as the years compared: after 这/近/最近, or before 对比/比较/分别/各/的目标…, or at the end; never a
# name such as "两年攻坚行动")
_TWO_YEARS = re.compile(
    r"(?<![连续第每\d一二三四五六七八九十])(?:(?:这|近|最近|前后)两年(?![来内间以多半])(?:的)?|"
    r"两年(?=(?:的)?(?:目标|实际|对比|比较|比一下|比下|分别|各|数|数字|情况|完成)|[，,？?。\s]|$)(?:的)?)")
# an ask right before a pause mark, and another clause after it: "…实际建了多少、今年目标多少"
# (only when the clause after it says a year or a kind of its own: "A多少万人、B多少万人" is one list)
_PAUSED_ASK = re.compile(
    r"((?:多少|几)[\u4e00-\u9fff%]{0,3}?)、(?=[^、，,？?]*?(?:(?:19|20)?\d{2}\s*年|今年|去年|明年|前年|上一?年|"
    r"目标|计划|实际|完成)[^、，,？?]*?(?:多少|几))")
_SAID_DONE = re.compile(r"实际|完成|实现")


def anchored(ctx: Any, question: str, region: str | None) -> str:
    """The question with years said relative to a named report made exact ("去年…今年…（按24年
    报告）" → 2023, 2024), "两年" made the two newest reports' years (each report's own year for a
    target, the year each reviews for an actual), and a pause mark between two asks read as a
    stop. The question unchanged when none of these is said."""
    text = _PAUSED_ASK.sub(r"\1，", question or "")
    m = _ANCHOR.search(text)
    if m and _RELATIVE.search(text[: m.start()] + text[m.end():]):
        year = int(m.group("year")) + (2000 if len(m.group("year")) == 2 else 0)
        rest = (text[: m.start()] + text[m.end():]).strip("，, ")
        text = _RELATIVE.sub(lambda r: f"{year + RELATIVE_YEARS[r.group(0)]}年", rest)
    two = _TWO_YEARS.search(text)
    if two and not parse_years_said(text):
        years = _two_report_years(ctx, text, region)
        if years:
            if _SAID_DONE.search(text) and not TARGET_CUES.search(text):
                years = [y - 1 for y in years]
            text = text[: two.start()] + f"{years[0]}年和{years[1]}年" + text[two.end():]
    return text


def parse_years_said(text: str) -> bool:
    from answers.years import parse_years

    return not parse_years(text).empty


def _two_report_years(ctx: Any, text: str, region: str | None) -> list[int]:
    """The years of the two newest reports of the region asked (or of any region when all
    regions' reports share them)."""
    from answers.understanding import understand

    q, docs = understand(ctx, text, region=region)
    reports = [d for d in docs if (d.kind or "report") != "plan" and d.year]
    from answers.regions import home_province, same_region

    # no region named: the home province's reports ("两年" is two years of one region's reports)
    region_name = q.region.name or home_province(d.region for d in docs)
    reports = [d for d in reports if same_region(d.region, region_name)] if region_name else reports
    years = sorted({d.year for d in reports})
    return years[-2:] if len(years) >= 2 else []
