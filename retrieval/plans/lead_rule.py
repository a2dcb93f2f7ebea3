"""Which of a task's units leads, when the plan has ONE units column (责任单位 / 责任部门) and
states its rule in words instead of a separate 牵头单位 column.

Offices write the rule once, wherever it fits: in the header cell ("责任单位（排在第一位的为
牵头单位）"), in a line under the title ("注：责任单位中排在第一位的为牵头单位", "（带*号的为
牵头部门）"), or in a 注 line after the table. Two kinds of rule exist:

- "first": the unit listed first leads, the others take part ("排名第一的为牵头单位",
  "第一个单位为牵头单位", "牵头单位列首位");
- "mark": the units carrying a mark lead ("带*号的为牵头部门", "标★的为牵头单位",
  "牵头单位以*标注"); the mark may stand before or after the name, and need not be first.

A rule that names a *main* lead among leads ("排在第一位的为主牵头单位") is not a lead rule: the
plan already separates leads from co-units. With no rule stated, every unit in the one column
stays a lead (the plan does not say which leads; see README "只有一列责任单位").
"""
from __future__ import annotations

from dataclasses import dataclass

from core import lazy_re as re

# Marks offices put on a lead unit's name.
MARKS = "*＊★☆※△▲●◆"
_MARK_CLASS = "[" + re.escape(MARKS) + "]"
_QUOTE_OPEN = r"[“\"‘'「『]?"
_QUOTE_CLOSE = r"[”\"’'」』]?"
# "the one(s) … is/are lead": 为/是/系 right before 牵头, so "为主牵头" (a main lead) never reads.
# A rule about leaders ("排在第一位的为牵头领导") is no rule about units.
_IS_LEAD = r"(?:的|者)?\s*(?:单位|部门)?\s*(?:均|即)?\s*(?:为|是|系|作为)\s*牵头(?![省市州县区镇乡]?领导|人)"
_FIRST = r"(?:第一位|第一个|第一家|第一|首位|首个|首|最前面|最前|前面)"
_PLACE = r"(?:排在|排名|排列|排|列在|列于|列|居于|居|位居|位列|位于|名列|放在|写在|处于)"

_FIRST_RULE_RES = (
    # 排在第一位的为牵头单位 / 第一个单位为牵头单位 / 排名第一的是牵头部门
    re.compile(rf"{_PLACE}?\s*{_FIRST}\s*(?:位)?\s*{_IS_LEAD}"),
    # 牵头单位排在第一位 / 牵头部门列首位
    re.compile(rf"牵头(?:单位|部门)\s*(?:一般|均|统一|一律)?\s*{_PLACE}\s*{_FIRST}"),
)
_MARK_RULE_RES = (
    # 带*号的为牵头部门 / 标注“★”的为牵头单位 / *为牵头单位
    re.compile(rf"(?:带有|带|标有|标注|标记|标|加注|加|打|注有|有)?\s*{_QUOTE_OPEN}\s*({_MARK_CLASS})\s*{_QUOTE_CLOSE}\s*号?\s*"
               rf"(?:标注|标记|标明|标识)?\s*{_IS_LEAD}"),
    # 牵头单位以*标注 / 牵头部门用“★”标明 / 牵头单位标*号
    re.compile(rf"牵头(?:单位|部门)\s*(?:名称)?\s*(?:前|后)?\s*(?:以|用|加|标|带|标注|加注|打)\s*{_QUOTE_OPEN}\s*({_MARK_CLASS})"),
)


@dataclass(frozen=True)
class LeadRule:
    """The plan's stated rule: kind "first" or "mark" (then `mark` is the symbol used)."""

    kind: str
    mark: str = ""


def read_lead_rule(text: str) -> LeadRule | None:
    """The lead rule the plan states anywhere in `text` (its cover, title notes, header cells,
    注 lines), or None. A mark rule wins over an order rule when both are written."""
    compact = re.sub(r"[ \t\u3000]+", "", text or "")
    for pattern in _MARK_RULE_RES:
        if m := pattern.search(compact):
            return LeadRule("mark", m.group(1))
    if any(p.search(compact) for p in _FIRST_RULE_RES):
        return LeadRule("first")
    return None


def strip_rule_note(label: str) -> str:
    """A header cell without the bracketed rule it carries: "责任单位（排在第一位的为牵头单位）"
    → "责任单位", so the header reads as its column name."""
    bare = re.sub(r"[（(][^（）()]*牵头[^（）()]*[）)]$", "", label).strip()
    return bare if bare else label


def mark_as_lead(cell: str, rule: LeadRule | None) -> str:
    """A unit cell with every mark turned into the plan's explicit role mark: "*县交通局、县财政局"
    → "县交通局（牵头）、县财政局" under a mark rule, so the cell's roles read as any "（牵头）" cell
    does. Marks are dropped from names under any other rule (they are never part of a name)."""
    if not cell or not any(ch in cell for ch in MARKS):
        return cell
    if rule is None or rule.kind != "mark":
        return re.sub(rf"\s*{_MARK_CLASS}+\s*", "", cell)
    stops = r"、，,；;\n\s"
    cell = re.sub(rf"{_MARK_CLASS}+\s*([^{stops}{re.escape(MARKS)}]+)", r"\1（牵头）", cell)  # *A
    cell = re.sub(rf"([^{stops}{re.escape(MARKS)}]+?)\s*{_MARK_CLASS}+", r"\1（牵头）", cell)  # A*
    return re.sub(r"（牵头）(?:\s*（牵头）)+", "（牵头）", cell)


# Role words written inside a cell: such a cell states its roles itself, the plan's rule does
# not apply to it.
_ROLE_WORDS_RE = re.compile(r"牵头|配合|协办|参与|协助")


def first_leads(leads: list[str], cos: list[str], raw_cells: str, rule: LeadRule | None) -> tuple[list[str], list[str]]:
    """Under a "first" rule, a task whose one units column lists several units and no role
    words: the first unit leads, the others are co-units. Anything else is returned as read."""
    if rule is None or rule.kind != "first" or cos or len(leads) < 2 or _ROLE_WORDS_RE.search(raw_cells):
        return leads, cos
    return leads[:1], leads[1:]


def marked_roles(leads: list[str], cos: list[str], rule: LeadRule | None) -> tuple[list[str], list[str]]:
    """Roles a reader already split (labelled fields, owner brackets) with marks still on the
    names: under a mark rule the marked units lead and the rest take part; marks are dropped."""
    names = leads + cos
    if not any(ch in n for n in names for ch in MARKS):
        return leads, cos

    def bare(name: str) -> str:
        return re.sub(rf"\s*{_MARK_CLASS}+\s*", "", name)

    if rule is None or rule.kind != "mark":
        return [bare(n) for n in leads], [bare(n) for n in cos]
    marked = [bare(n) for n in leads if bare(n) != n]
    if not marked:
        return [bare(n) for n in leads], [bare(n) for n in cos]
    rest = [bare(n) for n in leads if bare(n) == n] + [bare(n) for n in cos]
    return marked, [n for n in rest if n not in marked]


def rule_state(rule: LeadRule | None, cells: list[dict[str, str]], leads: list[list[str]], lead_column_named: bool) -> str | None:
    """How the plan says who leads, for the registry and the ingest summary: the rule's kind,
    "unstated" when one units column lists several units for a task with no rule, no 牵头 column
    and no role words in any cell (every unit listed is then kept a lead: README), else None."""
    if rule is not None:
        return rule.kind
    if lead_column_named or any(c.get("co") for c in cells):
        return None
    if any(_ROLE_WORDS_RE.search(c.get("lead", "")) for c in cells):
        return None
    return "unstated" if any(len(names) > 1 for names in leads) else None
