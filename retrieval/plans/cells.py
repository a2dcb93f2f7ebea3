"""Cells: cleaning a cell's text and splitting it into leaders' and units' names.

Units in a cell are separated by spaces, line breaks or 、, but a PDF may also break ONE
name over a space or a line ("省数字经济创新发展 领导小组成员单位"): `split_units` rejoins
fragments using structure (a fragment that cannot start a name, a fragment without a unit
suffix) and the known unit vocabulary, which grows with every plan parsed. 、 inside
brackets never separates: 各县（市、区）政府 is one unit.
"""
from __future__ import annotations

from core import lazy_re as re
from typing import Any, Iterable

MARKUP_RE = re.compile(r"</?[a-zA-Z][^>]*>")

# Where a unit name may end (longest first is not needed: endswith over all).
UNIT_SUFFIXES = (
    "成员单位", "领导小组", "指挥部", "联席会议", "委员会", "管委会", "政府", "中心支行", "分公司",
    "公司", "集团", "单位", "企业", "厅", "委", "局", "办", "部", "院", "会", "社", "联", "署",
    "海关", "银行", "支行", "中心", "所", "站", "队", "处", "室", "馆", "校", "团", "司",
    # session 12 (a co-unit cell listing one unit a line, without "、"): a name ending so was
    # glued to the next line's unit ("中国人民银行澄江市分行各县（市、区）人民政府")
    "分行", "气象台", "电视台", "广播电台",
)
# Words that begin the tail of a collective body and can never begin a unit name on their own:
# a fragment starting with one of them belongs to the fragment before it.
TAIL_STARTS = (
    "工作领导小组", "领导小组", "联席会议", "协调机制", "协调小组", "指挥部", "工作专班", "专班",
    "各成员单位", "成员单位", "工作委员会", "委员会", "办公室",
)

# How a unit's name may start (a level of government, a collective, a national body).
NAME_STARTS = ("省", "市", "县", "区", "州", "盟", "镇", "乡", "街道", "各", "中国", "中共", "国家", "国网", "人民银行")


def clean_cell(cell: Any) -> str:
    """Drop markup and normalise whitespace; keep line breaks (they separate names in DOCX)."""
    if cell is None:
        return ""
    text = MARKUP_RE.sub("", str(cell)).replace("\u3000", " ").replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def join_text(text: str) -> str:
    """Task text: a line break inside a cell is a wrap, not a separator."""
    return re.sub(r"\s*\n\s*", "", text).strip()


# A leader's title written without brackets on a line of its own, when a narrow leader column
# wraps "罗建平副市长" as "罗建平" / "副市长" or "罗建平副" / "市长": a title, never a name.
# (a party office printed before the name in a town's table, "党委委员 武志强", "县委常委、副县长 X",
# round 69d: "党委委员" is no leader of its own)
_TITLE_PIECE_RE = re.compile(r"^(?:常务)?副?(?:省|市|县|区|州|旗|镇|乡)长$|^副?秘书长$|^副?(?:主任|书记|部长)$"
                             r"|^(?:[省市县区州镇乡]委|党委|党工委|党组|纪委|人大|政协)(?:常委|委员|副?书记|副?主席|副?主任)$"
                             # ("党工委委员、办事处副主任 韩立新", round 71a)
                             r"|^[\u4e00-\u9fff]{0,6}?(?:办事处|管委会|街道|政府)(?:常务)?副?(?:主任|书记|委员)$")
_TITLE_STEM_RE = re.compile(r"(?:常务副|常务|副)$")


def _drop_titles(pieces: list[str]) -> list[str]:
    """Pieces without the title pieces, and a name's "副" cut off before its title's rest; a cell
    naming its leaders by title only ("常务副市长") keeps them."""
    if all(_TITLE_PIECE_RE.match(p) for p in pieces):
        return pieces
    out: list[str] = []
    for piece in pieces:
        if _TITLE_PIECE_RE.match(piece) or (out and _TITLE_STEM_RE.search(out[-1]) and re.fullmatch(r"(?:省|市|县|区|州|旗|镇|乡)长", piece)):
            if out and len(_TITLE_STEM_RE.sub("", out[-1])) >= 2:
                out[-1] = _TITLE_STEM_RE.sub("", out[-1])
            continue
        out.append(piece)
    return out


# a government leader's office, printed before or after the name in a leader cell
LEADER_OFFICE = r"(?:常务)?副?(?:省|市|县|区|州|旗|盟|镇|乡)长|(?:省|市|县|区|州)?政府秘书长"
_NAME_WITH_OFFICE = re.compile(rf"^(?P<before>{LEADER_OFFICE})?(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?P<after>{LEADER_OFFICE})?$")


def split_leaders(cell: str) -> list[str]:
    """'殷美根 胡 强 吴 浩' → [殷美根, 胡强, 吴浩]. Chinese names have at least two characters,
    so a one-character piece is half a name the PDF spaced out. A title wrapped onto a piece of
    its own ("罗建平" / "副市长") is dropped."""
    cell = re.sub(r"[（(][^）)]*[)）]", " ", clean_cell(cell))  # 张三（副市长） → 张三
    pieces = _drop_titles([p for p in re.split(r"[\s、,，;；/]+", cell) if p])
    # "王建国副省长" / "常务副省长王建国": the name with its office joined on, the office dropped
    pieces = [m.group("name") if not _TITLE_PIECE_RE.match(p) and (m := _NAME_WITH_OFFICE.match(p))
              and (m.group("before") or m.group("after")) else p
              for p in pieces]
    names: list[str] = []
    pending = ""
    for piece in pieces:
        if pending:
            names.append(pending + piece)
            pending = ""
        elif len(piece) == 1:
            pending = piece
        else:
            names.append(piece)
    if pending:
        if names:
            names[-1] += pending
        else:
            names.append(pending)
    return dedupe(names)




def leader_offices(cell: str, names: list[str]) -> dict[str, str]:
    """The office printed beside each leader in a cell ("常务副省长 邵继平", "韩冰（副省长）"),
    for the names that carry one."""
    flat = re.sub(r"\s+", "", clean_cell(cell or ""))
    out: dict[str, str] = {}
    for name in names:
        n = re.escape(name)
        m = re.search(rf"(?<![\u4e00-\u9fff])({LEADER_OFFICE}){n}|(?<=[、，,;；/])({LEADER_OFFICE}){n}|^({LEADER_OFFICE}){n}"
                      rf"|{n}[（(]?({LEADER_OFFICE})(?=[）)、，,;；/]|$)", flat)
        if m:
            out[name] = next(g for g in m.groups() if g)
    return out


def split_joined_names(name: str, alone: set[str] | frozenset[str]) -> list[str]:
    """'吴启明石勇' → [吴启明, 石勇] when both names stand as names of their own in other cells of the plan: a
    PDF cell printing one leader a line, each line filling the narrow column, reads as one
    wrapped line. A name nobody else carries alone is kept whole."""
    if len(name) < 4:
        return [name]
    for cut in range(2, len(name) - 1):
        head, rest = name[:cut], name[cut:]
        if head in alone:
            tail = split_joined_names(rest, alone)
            if all(t in alone for t in tail):
                return [head, *tail]
    return [name]


def dedupe(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


# Words ending like a suffix that end no unit: "市人力资源和社会" is a name cut before "保障局".
NOT_SUFFIXES = ("社会",)


def has_suffix(name: str) -> bool:
    return name.endswith(UNIT_SUFFIXES) and not name.endswith(NOT_SUFFIXES)


def is_tail(fragment: str) -> bool:
    return fragment.startswith(TAIL_STARTS)


def split_units(cell: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Split a unit cell into names, rejoining names broken over a space or line.

    A fragment is glued to the one before it when the pair is a known unit, when it starts
    like the tail of a collective body (领导小组…, 联席会议成员单位, 成员单位), or when the
    fragment before has no unit suffix and so cannot have ended a name. 、 always separates.
    """
    text = clean_cell(cell)
    if not text:
        return []
    # a space or line break left inside a fragment is inside brackets: a wrap ("各县（市、" / "区）政府")
    fragments = ["".join(f.split()) for f in split_outside_brackets(text, " \n\t")]
    names: list[str] = []
    for fragment in fragments:
        items = split_outside_brackets(fragment, "、,，;；", keep_empty=True)
        for k, item in enumerate(items):
            item = item.strip()
            if not item:
                continue
            # Only the first item of a fragment can continue the previous name: a 、 before
            # it would have closed the name.
            if k == 0 and names and not names[-1].endswith("、") and _continues(names[-1], item, known):
                names[-1] += item
            elif k > 0 and names and names[-1].startswith("各") and not has_suffix(names[-1]):
                names[-1] += "、" + item  # "各市、县（区）政府" enumerates levels of one collective
            else:
                names.append(item)
        if len(items) > 1 and not items[-1].strip() and names:
            # "单位、 中央企业": the 、 at the end closes the name before the space.
            names[-1] += "、"
    return dedupe(n.rstrip("、") for n in names if n.rstrip("、"))


def split_outside_brackets(text: str, separators: str, *, keep_empty: bool = False) -> list[str]:
    """Split on any of `separators` except inside brackets: 各县（市、区）政府 is one name."""
    parts, buf, depth = [], "", 0
    for ch in text:
        if ch in "（(【[":
            depth += 1
        elif ch in "）)】]" and depth:
            depth -= 1
        if ch in separators and depth == 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    return parts if keep_empty else [p for p in parts if p.strip()]


def _continues(before: str, fragment: str, known: set[str] | frozenset[str]) -> bool:
    if before + fragment in known:
        return True
    if is_tail(fragment):
        return True
    if fragment in known:
        return False
    if not has_suffix(before):
        return True
    return False


def learn_units(cells: Iterable[str], known: set[str]) -> None:
    """Add every single-fragment unit name in `cells` to the vocabulary `known`."""
    for cell in cells:
        for line in clean_cell(cell).splitlines():
            for frag in re.split(r"[\s、,，;；]+", line):
                if frag and has_suffix(frag) and not is_tail(frag):
                    known.add(frag)
