"""Is a model's wording of an answer bound to that answer's evidence? One reason when not.

A model that phrases an answer from retrieved passages can state the right document's wrong
figure: "7.5%" stands in the context (another indicator's), so a check that only asks "does
this number occur somewhere" lets it through. Here every figure of the model's text must
equal — number, unit and qualifier, read as values (`answers.figures`) — a figure of the
evidence clause that answers, for the region and year the text names beside it; the years
and regions it names must be the evidence's; the units and leaders it names must be those
the registry lists for the answer's tasks, in the role the text gives them. Anything else is
a reason to send the extractive answer instead.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from answers.compose import Evidence
from answers.figures import Figure, bare_numbers, figures, years_in
from answers.regions import same_region
from core.places import CITIES, PROVINCES

# reasons, as counted by `ducha eval --llm` and logged
FIGURE = "figure"  # a figure the evidence clause does not state
QUALIFIER = "qualifier"  # the evidence's number with another 左右/以上/以内
UNIT = "unit"  # the evidence's number in another unit
YEAR = "year"  # a year the evidence is not of, or a figure put under another year
REGION = "region"  # a region the evidence is not of, or a figure put under another region
OWNER = "owner"  # a unit or leader not listed for the task, or in another role
KEY_MISSING = "key_missing"  # the figure that answers was left out
NUMBER = "number"  # a bare number (a code, a date) the evidence does not hold
DIRECTION = "direction"  # the evidence's figure, said to rise where it falls or the reverse

_SPLIT = re.compile(r"[，,。；;：:！？!?\n]")
_LEAD_WORDS = re.compile(r"牵头")
_CO_WORDS = re.compile(r"配合|参与|协同|协助|责任单位")
# a unit invented outright is unknown to the registry: any name ending like an office
_ORG = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:(?<![客大餐展门])厅|(?<![格布大结全开僵时政残当])局(?![面势部限])"
                  r"|委员会|委(?![员托屈婉])|办公室)")
_LEADER_TITLES = re.compile(
    r"(?:副省长|副市长|副县长|省长|市长|县长|副主任|主任|秘书长|书记)([\u4e00-\u9fff]{2,3}?)(?=同志|[，,。、；\s]|牵头|负责|分管|$)"
    r"|([\u4e00-\u9fff]{2,3})同志")
_GENERIC_PLACES = ("全省", "全市", "全县", "全区", "我省", "我市", "我县", "本省", "本市", "全国")


@dataclass
class Owners:
    """Who the registry lists for the answer's tasks: canonical unit names by role, leaders."""

    lead: set[str] = field(default_factory=set)
    co: set[str] = field(default_factory=set)
    leaders: set[str] = field(default_factory=set)
    lead_sets: list[frozenset[str]] = field(default_factory=list)  # each task's lead units


@dataclass
class Verdict:
    """`reason` is None when the text may be sent; `detail` says what, for the log line."""

    reason: str | None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.reason is None


OK = Verdict(None)


def owners_of(tasks: Iterable[dict]) -> Owners:
    o = Owners()
    for t in tasks:
        o.lead.update(t.get("lead_units") or [])
        o.co.update(t.get("co_units") or [])
        o.leaders.update(t.get("leaders") or [])
        o.lead_sets.append(frozenset(t.get("lead_units") or []))
    return o


def task_evidence(task: dict) -> Evidence:
    """A registry task as evidence: its text, deadline, code and plan hold its figures."""
    parts = [task.get("code"), task.get("text"), task.get("due") or "", task.get("plan_title") or "",
             *(task.get("leaders") or []), *(task.get("lead_units") or []), *(task.get("co_units") or [])]
    # as the answer shows it: a table cell's "38% 左右" is "38%左右"
    text = " ".join(re.sub(r"\s+", "", str(x)) for x in parts if x)
    return Evidence(text, task.get("region"), _plan_year(task), title=task.get("plan_title") or "",
                    section=task.get("section") or "")


def _plan_year(task: dict) -> int | None:
    if task.get("year"):
        return int(task["year"])
    m = re.search(r"((?:19|20)\d{2})", task.get("plan_title") or "")
    return int(m.group(1)) if m else None


def check(
    text: str,
    evidence: list[Evidence],
    *,
    owners: Owners | None = None,
    units_in: Callable[[str], list[str]] = lambda _t: [],
    leaders_in: Callable[[str], list[str]] = lambda _t: [],
    places: Iterable[str] = (),
    require_key: bool = True,
) -> Verdict:
    """Whether `text` states only what `evidence` states (see the module's docstring).

    `units_in`/`leaders_in` find registry units and leaders in a text (canonical names);
    `places` adds region names beyond the built-in provinces and cities (the documents')."""
    if not evidence:
        return Verdict(FIGURE, "no evidence to bind to")
    for check_part in (_years_and_regions, _figures):
        verdict = check_part(text, evidence, places)
        if not verdict.ok:
            return verdict
    verdict = _owners(text, evidence, owners or Owners(), units_in, leaders_in)
    if not verdict.ok:
        return verdict
    return _key_kept(text, evidence) if require_key else OK


# --- years and regions -------------------------------------------------------------------

def _allowed_years(evidence: list[Evidence]) -> set[int]:
    out = {e.year for e in evidence if e.year}
    for e in evidence:
        out.update(y for y, _ in years_in(e.clause))
        out.update(int(float(n)) for n, _ in bare_numbers(e.clause) if re.fullmatch(r"(19|20)\d{2}\.0", n))
    return out


_PLACE_SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|省|市|县|区)$")


def _place_names(extra: Iterable[str]) -> list[str]:
    names = set(PROVINCES) | set(PROVINCES.values()) | set(CITIES) | {full for full, _ in CITIES.values()}
    for p in extra:
        if p:
            names.add(p)
            short = _PLACE_SUFFIX.sub("", p)
            if len(short) >= 2:
                names.add(short)
    return sorted(names, key=len, reverse=True)


def _regions_in(text: str, names: list[str]) -> list[tuple[str, int]]:
    if not names:
        return []
    pattern = re.compile("|".join(re.escape(n) for n in names))
    return [(m.group(0), m.start()) for m in pattern.finditer(text)]


def _region_fits(place: str, e: Evidence) -> bool:
    if same_region(place, e.region) or place in e.clause:
        return True
    # a city's own province ("江西省南昌市") speaks of the same place
    short = _PLACE_SUFFIX.sub("", e.region or "")
    province = CITIES.get(short, (None, None))[1]
    return bool(province) and same_region(place, province)


_NAMES_REPORT = re.compile(r"\s*年[\u4e00-\u9fff《》]{0,10}(?:报告|方案)")


def _fact_years(text: str, evidence: list[Evidence]) -> list[tuple[int, int]]:
    """Years the text states facts under: not "按最新的南昌市2024年报告", which names the
    document an evidence comes from (a year of its title)."""
    titled = {y for e in evidence for y, _ in years_in(e.title)} | {e.doc_year for e in evidence if e.doc_year}
    return [(y, pos) for y, pos in years_in(text) if not (y in titled and _NAMES_REPORT.match(text, pos + 4))]


def _years_and_regions(text: str, evidence: list[Evidence], places: Iterable[str]) -> Verdict:
    allowed = _allowed_years(evidence)
    for year, _ in _fact_years(text, evidence):
        if year not in allowed:
            return Verdict(YEAR, f"{year}年 is not the evidence's year ({'、'.join(map(str, sorted(allowed))) or '—'})")
    names = _place_names([*places, *(e.region for e in evidence if e.region)])
    for place, _ in _regions_in(text, names):
        if place in _GENERIC_PLACES:
            continue
        if not any(_region_fits(place, e) for e in evidence):
            return Verdict(REGION, f"{place} is not the evidence's region ({'、'.join(sorted({e.region or '—' for e in evidence}))})")
    return OK


# --- figures -----------------------------------------------------------------------------

def _key_figures(e: Evidence) -> list[Figure]:
    """The clause's figures that answer: those `e.key` names (read as written in the clause,
    with its "超"/"约"), or all of them."""
    found = figures(e.clause)
    if not e.key:
        return found
    keys = [k for text in e.key for k in figures(text)]
    return [f for f in found if any(f.same_number(k) and f.unit == k.unit for k in keys)] or found


def _listed_elsewhere(e: Evidence) -> list[Figure]:
    """The other figures of a "城镇、农村…分别增长5%、7%" list: another subject's, so allowed
    only where the text keeps the 分别 list."""
    if not e.key or "分别" not in e.clause:
        return []
    keys = _key_figures(e)
    return [f for f in figures(e.clause) if f not in keys and "分别" in e.clause[:f.start]]


def _figures(text: str, evidence: list[Evidence], places: Iterable[str]) -> Verdict:
    """Each figure must be one of the evidence in scope: the evidence of the year and region
    the text last named before it (all of them when it named none)."""
    names = _place_names([*places, *(e.region for e in evidence if e.region)])
    evidence_figs = [(figures(e.clause), e) for e in evidence]
    in_lists = {id(e): _listed_elsewhere(e) for e in evidence}
    evidence_numbers = {n for e in evidence for n, _ in bare_numbers(e.clause)}
    evidence_numbers |= {str(float(f.value)) for figs, _ in evidence_figs for f in figs}
    evidence_numbers |= {str(float(v)) for e in evidence for v in re.findall(r"\d+(?:\.\d+)?", e.clause)}
    year_at = _fact_years(text, evidence)
    region_at = [(p, pos) for p, pos in _regions_in(text, names) if p not in _GENERIC_PLACES]
    for fig in figures(text):
        year = next((y for y, pos in reversed(year_at) if pos < fig.start), None)
        region = next((p for p, pos in reversed(region_at) if pos < fig.start), None)
        keeps_list = "分别" in _clause_at(text, fig.start)
        scope = [([f for f in figs if keeps_list or f not in in_lists[id(e)]], e) for figs, e in evidence_figs
                 if (year is None or e.year == year or year in {y for y, _ in years_in(e.clause)})
                 and (region is None or _region_fits(region, e))]
        matches = [(f, e) for figs, e in scope for f in figs if fig.equals(f)]
        if matches:
            said = _direction(text, fig.start)
            if said and all(_direction(e.clause, f.start) not in (None, said) for f, e in matches):
                return Verdict(DIRECTION, f"{fig.text}: the evidence says the other way ({_direction(matches[0][1].clause, matches[0][0].start)})")
            continue
        if any(fig.equals(f) for _, e in scope for f in in_lists[id(e)]):
            return Verdict(FIGURE, f"{fig.text} is another subject's figure in the evidence's 分别 list")
        everywhere = [f for figs, _ in evidence_figs for f in figs]
        if any(fig.equals(f) for f in everywhere):
            which = YEAR if year is not None and not any(
                fig.equals(f) for figs, e in evidence_figs if e.year == year for f in figs) else REGION
            return Verdict(which, f"{fig.text} belongs to another {'year' if which == YEAR else 'region'} than {region or ''}{year or ''}")
        if any(fig.same_number(f) and fig.unit == f.unit for f in everywhere):
            return Verdict(QUALIFIER, f"{fig.text}: the evidence says " + "、".join(
                f.text for f in everywhere if fig.same_number(f) and fig.unit == f.unit))
        if any(fig.same_raw_number(f) or fig.same_number(f) for f in everywhere):
            return Verdict(UNIT, f"{fig.text}: the evidence says " + "、".join(
                f.text for f in everywhere if fig.same_raw_number(f) or fig.same_number(f)))
        return Verdict(FIGURE, f"{fig.text} is not in the evidence clause")
    for number, _ in bare_numbers(text):
        if number not in evidence_numbers:
            return Verdict(NUMBER, f"{number} is not in the evidence")
    for m in _IN_WORDS.finditer(text):
        if not any(m.group(0) in e.clause for e in evidence):
            return Verdict(FIGURE, f"{m.group(0)} (a figure in words) is not in the evidence clause")
    return OK


# amounts in words the value reader does not read ("百分之五", "五千亿元"): only as the evidence writes them
_IN_WORDS = re.compile(r"百分之[零一二三四五六七八九十两点]+|[一二三四五六七八九十两][零一二三四五六七八九十两百千]*[万亿]")


_UP = "增长|提高|提升|上升|增加|上涨|涨幅|增速|增幅|扩大|新增"
_DOWN = "下降|降低|减少|回落|下跌|降幅|缩小|压减|削减"
_DIRECTION = re.compile(f"(?P<up>{_UP})|(?P<down>{_DOWN})")


def _direction(text: str, pos: int) -> str | None:
    """"up" or "down": the last such verb before the figure, in its clause ("下降5%")."""
    start = max((m.end() for m in _SPLIT.finditer(text, 0, pos)), default=0)
    found = list(_DIRECTION.finditer(text, start, pos))
    if not found:
        return None
    return "up" if found[-1].group("up") else "down"


def _clause_at(text: str, pos: int) -> str:
    start = max((m.end() for m in _SPLIT.finditer(text, 0, pos)), default=0)
    end = next((m.start() for m in _SPLIT.finditer(text, pos)), len(text))
    return text[start:end]


def _key_kept(text: str, evidence: list[Evidence]) -> Verdict:
    """The figure that answers must survive the rewording (one of each evidence's)."""
    said = figures(text)
    for e in evidence:
        keys = _key_figures(e)
        if keys and not any(s.equals(k) for s in said for k in keys):
            return Verdict(KEY_MISSING, f"{keys[0].text} ({e.region or ''}{e.year or ''}) left out")
    return OK


# --- owners ------------------------------------------------------------------------------

def _role_segments(clause: str) -> list[tuple[str, str | None]]:
    """"由省发展改革委牵头，省财政厅配合" → per segment the role its words give: a role word
    followed by 单位/领导 labels what comes after it ("牵头单位：X"), otherwise what stands
    before it ("X牵头")."""
    out: list[tuple[str, str | None]] = []
    rest = clause
    pattern = re.compile(r"(牵头|配合|参与|协同|协助|责任(?=单位))(单位|领导)?")
    while rest:
        m = pattern.search(rest)
        if not m:
            out.append((rest, None))
            break
        role = "lead" if m.group(1) == "牵头" else "co"
        if m.group(2):
            if m.start():
                out.append((rest[:m.start()], None))
            nxt = pattern.search(rest, m.end())
            end = nxt.start() if nxt else len(rest)
            out.append((rest[m.end():end], role))
            rest = rest[end:]
        else:
            out.append((rest[:m.end()], role))
            rest = rest[m.end():]
    return out


def _owners(text: str, evidence: list[Evidence], owners: Owners,
            units_in: Callable[[str], list[str]], leaders_in: Callable[[str], list[str]]) -> Verdict:
    known_text = " ".join(e.clause + " " + e.sentence for e in evidence)
    all_units = owners.lead | owners.co
    named_by_evidence: set[str] | None = None  # units the evidence names by any alias, read when needed
    named: set[str] = set()
    named_lead: set[str] = set()
    for clause in _SPLIT.split(text):
        for segment, role in _role_segments(clause):
            for unit in units_in(segment):
                named.add(unit)
                if role == "lead":
                    named_lead.add(unit)
                listed = {"lead": owners.lead, "co": owners.co}.get(role or "", all_units)
                if unit in listed:
                    continue
                if role is None and unit not in all_units:
                    if named_by_evidence is None:
                        named_by_evidence = set(units_in(known_text))
                    if unit in known_text or unit in named_by_evidence:
                        continue  # the evidence itself names it ("青溪高新区营业收入"), no role claimed
                where = "the task's " + {"lead": "lead units", "co": "co-units"}.get(role or "", "units")
                return Verdict(OWNER, f"{unit} is not among {where}")
            residue = segment
            for name in sorted(all_units, key=len, reverse=True):
                residue = residue.replace(name, "□")
            for m in _ORG.finditer(residue):
                name = m.group(0)
                if not _known_org(name, all_units, known_text, units_in):
                    return Verdict(OWNER, f"{name} is not listed for the task")
    if named_lead and owners.lead_sets and not any(named_lead <= leads <= named for leads in owners.lead_sets):
        # "由省水利厅牵头" for a task three units lead: true of one, wrong about who leads
        missing = min((leads - named for leads in owners.lead_sets if named_lead <= leads), key=len, default=set())
        return Verdict(OWNER, "lead units left out: " + "、".join(sorted(missing)))
    leaders = set(leaders_in(text))
    for m in _LEADER_TITLES.finditer(text):
        leaders.add(m.group(1) or m.group(2))
    for name in leaders:
        # "由吴浩同志" is read as a three-character name: any tail that is a listed name will do
        tails = [name[i:] for i in range(len(name) - 1)]
        if not any(t in owners.leaders or t in known_text for t in tails):
            return Verdict(OWNER, f"{name} is not the task's leader")
    return OK


def _known_org(name: str, units: set[str], known_text: str, units_in: Callable[[str], list[str]]) -> bool:
    """An office name is known when a listed unit or the evidence holds it (any tail of at
    least three characters: "由省财政厅" holds "省财政厅"), or the registry reads it as a listed unit."""
    tails = [name[i:] for i in range(len(name) - 2)]
    if any(t in known_text or any(t in u for u in units) for t in tails):
        return True
    return bool(units) and any(u in units for u in units_in(name))
