"""Units (单位) in the registry: one canonical row per real body, the aliases people type, and collectives.

Matching works on a normalised key (`norm`): no spaces or markup, 人民政府→政府,
管理委员会→管委会, 委员会→委, 办公室→办, 人民银行→人行, no 和/与. Two spellings with the
same key are the same unit (省人力资源和社会保障厅 = 省人力资源社会保障厅). Every alias is
stored normalised, so a lookup is one indexed equality:

- `name`: the unit's own key;
- `rule`: the key without the region prefix (省/江西省/省委/省政府…: 发展改革委, 市场监管局),
  the place for a government (南昌市政府 → 南昌市, 南昌), the area for a 管委会 (赣江新区);
- `curated`: the short forms of `core.unit_aliases_data.SHORT_FORMS` (发改委, 省发改委);
- `admin`: added with `ducha unit alias`.

One alias may point at several units (市场监管局 of the province and of a city): a lookup
then fails with the candidates listed rather than guessing.

Region-relative names. A table names units relative to the government that issued it:
"市发展改革委" in 南昌's plan and in 九江's plan are two bodies, "各县（市、区）政府" of two
cities are two collectives. `qualify` turns such a name into the region's full name
(市发展改革委 → 南昌市发展改革委; 各县（市、区）政府 → 南昌市各县（市、区）政府; a name that
only embeds the level, 团市委 / 市直单位, gets the region in brackets: 团市委（南昌市）),
and that qualified name is the unit's identity (`units.key`). What the unit is CALLED:
- in a city/county plan, the qualified name (南昌市发展改革委): the short form means
  nothing once a second city is loaded;
- in a provincial plan, the name as printed (省发展改革委), since a registry usually holds
  one province; only when another unit already has that name (a second province's
  省发展改革委) is the qualified name (湖南省发展改革委) used.
The printed form always stays an alias, so "市发改委" works while only one city is known and
is refused with the candidates once it is ambiguous. A name that names its own place
(南昌市政府, 赣江新区管委会, 中国电信江西公司) is not relative and is one unit everywhere.
"""
from __future__ import annotations

import json

from core import lazy_re as re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from core.errors import UserError
from core.unit_aliases_data import COLLECTIVE_PATTERNS, SUBDIVISIONS
from core.unit_names import (  # noqa: F401  (re-exported: callers name them store.units.*)
    LEVELS, PROVINCE_LEVELS, curated_aliases, identity_key, is_collective, is_provincial, norm, numbered_before, qualify,
    region_level, region_prefixes, rule_aliases, split_prefix, successor_names,
)
from prompts import registry as msg
from store.db import transaction

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    kind: str  # single | collective


# --- reading ------------------------------------------------------------------------------


def _unit(row: tuple) -> Unit:
    return Unit(id=row[0], name=row[1], kind=row[2])


def get_by_id(db: sqlite_utils.Database, unit_id: int) -> Unit:
    return _unit(db.execute("SELECT id, name, kind FROM units WHERE id = ?", [unit_id]).fetchone())


def lookup(db: sqlite_utils.Database, name: str) -> list[Unit]:
    """Units whose key or alias equals `name` normalised: [] unknown, >1 ambiguous."""
    key = norm(name)
    row = db.execute("SELECT id, name, kind FROM units WHERE key = ?", [key]).fetchone()
    if row:
        return [_unit(row)]
    rows = db.execute(
        "SELECT DISTINCT u.id, u.name, u.kind FROM unit_aliases a JOIN units u ON u.id = a.unit_id WHERE a.alias = ? ORDER BY u.id",
        [key],
    ).fetchall()
    return [_unit(r) for r in rows]


def resolve_unit(db: sqlite_utils.Database, name: str) -> Unit:
    """The one unit `name` means (full name, variant, short form, admin alias, or a fragment
    that only one unit contains). UserError when unknown or ambiguous, with candidates."""
    key = norm(name)
    if not key:
        raise UserError(msg.UNIT_EMPTY)
    found = lookup(db, name)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise UserError(msg.UNIT_AMBIGUOUS.format(name=name.strip(), candidates="、".join(u.name for u in found)))
    for successor in successor_names(name):  # "经信委": the body it became in the 2018 reform
        found = lookup(db, successor)
        if len(found) == 1:
            return found[0]
    contained = _containing(db, key)
    if len(contained) == 1 and len(key) >= 2:
        return contained[0]
    if contained:
        raise UserError(msg.UNIT_AMBIGUOUS.format(name=name.strip(), candidates="、".join(u.name for u in contained[:8])))
    raise UserError(msg.UNIT_UNKNOWN.format(name=name.strip()))


def _containing(db: sqlite_utils.Database, key: str) -> list[Unit]:
    if len(key) < 2:
        return []
    like = "%" + key.replace("%", "").replace("_", "") + "%"
    rows = db.execute(
        """SELECT DISTINCT u.id, u.name, u.kind FROM units u
           LEFT JOIN unit_aliases a ON a.unit_id = u.id
           WHERE u.key LIKE ? OR a.alias LIKE ? ORDER BY length(u.name), u.id LIMIT 20""",
        [like, like],
    ).fetchall()
    return [_unit(r) for r in rows]


_TEXT_CACHE: dict[tuple[int, str], tuple[tuple, re.Pattern[str] | None, dict[str, list[int]]]] = {}


def short_aliases(db: sqlite_utils.Database) -> list[str]:
    """Three-character aliases ending in 厅/局/委/办 ("住建厅", "发改委"): the forms a unit is
    said by, for repairing one typed by its sound ("住建听")."""
    rows = db.execute("SELECT DISTINCT alias FROM unit_aliases WHERE length(alias) = 3 "
                      "AND substr(alias, 3, 1) IN ('厅', '局', '委', '办')")
    return [alias for (alias,) in rows]


def units_in_text(db: sqlite_utils.Database, text: str) -> list[Unit]:
    """Units mentioned in a free question ("人社厅牵头哪些", "5G那项是发改委牵头吗"), in the
    order they appear; the longest alias wins at each place. An ambiguous short form yields
    every unit it may mean."""
    stamp = db.execute("SELECT count(*), max(rowid) FROM unit_aliases").fetchone()
    # keyed by the database's file too: a closed connection's id is reused by the next one,
    # and another registry of the same size would read the first one's aliases
    key_db = (id(db.conn), db.execute("PRAGMA database_list").fetchone()[2] or "")
    cached = _TEXT_CACHE.get(key_db)
    if not cached or cached[0] != tuple(stamp):
        by_alias: dict[str, list[int]] = {}
        for alias, unit_id in db.execute("SELECT alias, unit_id FROM unit_aliases ORDER BY unit_id"):
            if len(alias) >= 2:
                by_alias.setdefault(alias, []).append(unit_id)
        pattern = (
            re.compile("|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))) if by_alias else None
        )
        cached = (tuple(stamp), pattern, by_alias)
        _TEXT_CACHE[key_db] = cached
    _, pattern, by_alias = cached
    if pattern is None:
        return []
    seen: dict[int, None] = {}
    key = norm(text)
    for m in pattern.finditer(key):
        if numbered_before(key, m.start()):
            continue  # "第三人民医院" is not the 人民医院 the registry holds
        if m.group(0).endswith("办") and key[m.end():m.end() + 1] in _OFFICE_IS_VERB:
            continue  # "区政府办理人大代表建议" (round 65d): 办理 is a verb, no 政府办
        before = key[max(0, m.start() - 8):m.start()]
        for unit_id in by_alias[m.group(0)]:
            if not _other_place(before, m.group(0), unit_id, db):
                seen.setdefault(unit_id, None)
    return [get_by_id(db, uid) for uid in seen]


# the characters after an alias ending in 办 that make 办 a verb ("办理", "办好", "办结", "办成")
_OFFICE_IS_VERB = frozenset("理好结成")
# a place written right before a unit's short name ("鹭汀区财政局"), and a unit name's own place
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fa5]{2,6}?(?:省|市|县|区|州)$")
_PLACE_OF_NAME = re.compile(r"^([\u4e00-\u9fa5]{2,6}?)(?:省|市|县|区|州)(?=[\u4e00-\u9fa5]{2})")


def _other_place(before: str, alias: str, unit_id: int, db: sqlite_utils.Database) -> bool:
    """"鹭汀区财政局" names another place's 财政局 than the registry's 澄川市财政局: a place typed
    right before the short name that is not the unit's own place. A unit printed without a place
    ("县财政局") is any place's."""
    if not _PLACE_BEFORE.search(before):
        return False
    own = _PLACE_OF_NAME.match(get_by_id(db, unit_id).name)
    return bool(own) and own.group(1) not in before and own.group(1) not in alias


def expand(db: sqlite_utils.Database, unit: Unit) -> list[Unit]:
    """A collective's members (各设区市政府 → the 设区市 governments) where known; a single
    unit, or a collective whose members are unknown, is itself."""
    rows = db.execute(
        "SELECT u.id, u.name, u.kind FROM unit_members m JOIN units u ON u.id = m.member_id WHERE m.collective_id = ? ORDER BY u.id",
        [unit.id],
    ).fetchall()
    return [_unit(r) for r in rows] or [unit]


def collectives_of(db: sqlite_utils.Database, unit_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT collective_id FROM unit_members WHERE member_id = ?", [unit_id])]


def single_unit_names(db: sqlite_utils.Database) -> list[str]:
    """The canonical names of every single (non-collective) unit: what a unit described by its
    work ("管交通的那个厅") is read against."""
    return [r[0] for r in db.execute("SELECT name FROM units WHERE kind = 'single' ORDER BY id")]


def list_units(db: sqlite_utils.Database) -> list[dict]:
    out = []
    for uid, name, kind in db.execute("SELECT id, name, kind FROM units ORDER BY id"):
        aliases = [r[0] for r in db.execute("SELECT alias FROM unit_aliases WHERE unit_id = ? ORDER BY alias", [uid])]
        out.append({"id": uid, "name": name, "kind": kind, "aliases": aliases})
    return out


# --- writing ------------------------------------------------------------------------------


def ensure_units(db: sqlite_utils.Database, spellings: Iterable[str], region: str | None) -> dict[str, int]:
    """Unit ids for every spelling in a table of `region`, creating what is new. Spellings
    with the same identity (`identity_key`: spelling variants, and the printed and the
    qualified form of a region-relative name) are one unit; a new unit is named by the
    spelling the table uses most (first on a tie), qualified as the module docstring says;
    an existing unit keeps its name. Every spelling becomes an alias of its unit.
    Returns spelling → unit id."""
    spellings = list(spellings)
    counts: dict[str, dict[str, int]] = {}
    for s in spellings:
        variants = counts.setdefault(identity_key(s, region), {})
        variants[s] = variants.get(s, 0) + 1
    ids: dict[str, int] = {}
    with transaction(db):
        # the full names first, so that a table printing "县发改局" beside "县发展和改革局" finds
        # the unit its short form stands for (`_short_form_of`)
        for key, variants in sorted(counts.items(), key=lambda kv: -max(len(v) for v in kv[1])):
            unit_id = _existing(db, key, variants, region)
            if unit_id is None:
                printed = max(variants, key=lambda v: variants[v])  # dicts keep first-seen order on ties
                unit_id = _create(db, printed, region)
            for s in variants:
                ids[s] = unit_id
                if not db.execute("SELECT 1 FROM unit_aliases WHERE alias = ? AND unit_id = ?", [norm(s), unit_id]).fetchone():
                    _add_aliases(db, unit_id, s, region)  # a spelling seen for the first time
    return ids


def _existing(db: sqlite_utils.Database, key: str, variants: dict[str, int], region: str | None) -> int | None:
    row = db.execute("SELECT id FROM units WHERE key = ?", [key]).fetchone()
    if row:
        return row[0]
    if (unit_id := _short_form_of(db, variants, region)) is not None:
        return unit_id
    if (unit_id := _same_office_of_region(db, variants, region)) is not None:
        return unit_id
    if not region:
        # A plan whose region is unknown: its 省发展改革委 is the one unit already called so.
        for s in variants:
            row = db.execute("SELECT id FROM units WHERE name = ?", [re.sub(r"\s+", "", s)]).fetchone()
            if row:
                return row[0]
    return None


def _same_office_of_region(db: sqlite_utils.Database, variants: dict[str, int], region: str | None) -> int | None:
    """The unit of `region` printed with or without its place: a town's table prints "经发办" where
    its 实事 list prints "镇经发办" (栖梧镇经发办, round 69d); both are the town's one office, whose
    tasks are listed together. Only within the same region, and only one unit found decides."""
    level = region_level(region)
    if not region or not level:
        return None
    found: set[int] = set()
    for s in variants:
        key = norm(s)
        bare = key[len(region):] if key.startswith(region) else key[len(level):] if key.startswith(level) else key
        if len(bare) < 2:
            continue
        rows = db.execute("SELECT id FROM units WHERE key IN (?, ?) AND region IS ?", [bare, region + bare, region]).fetchall()
        found |= {r[0] for r in rows}
    return found.pop() if len(found) == 1 else None


def _short_form_of(db: sqlite_utils.Database, variants: dict[str, int], region: str | None) -> int | None:
    """The one unit of `region` whose curated short forms hold a spelling, with its level said
    ("县发改局" of 县发展和改革局, "县人社局" of 县人力资源和社会保障局): a table printing a unit
    both ways names one unit, whose tasks are counted together. A bare form ("发改局") or one
    that two units share decides nothing."""
    found: set[int] = set()
    for s in variants:
        short = norm(s)
        if len(short) < 3 or not short.startswith(("省", "市", "县", "区", "州", "旗")):
            continue
        rows = db.execute("SELECT DISTINCT a.unit_id FROM unit_aliases a JOIN units u ON u.id = a.unit_id "
                          "WHERE a.alias = ? AND a.source = 'curated' AND u.region IS ?", [short, region]).fetchall()
        found |= {r[0] for r in rows}
    return found.pop() if len(found) == 1 else None


def short_forms_shown(db: sqlite_utils.Database, ids: dict[str, int], region: str | None) -> dict[str, str]:
    """Spelling → how a task shows it, for the spellings that are a short form of their unit
    ("县发改局" of 青槐县发展和改革局 → "青槐县发改局"): the row printed it so, staff read it so."""
    names = dict(db.execute("SELECT id, name FROM units WHERE id IN (SELECT value FROM json_each(?))",
                            [json.dumps(sorted(set(ids.values())))]).fetchall())
    return {s: display_name(re.sub(r"\s+", "", s), region) for s, uid in ids.items()
            if identity_key(s, region) != identity_key(names.get(uid, ""), region)}


def display_name(printed: str, region: str | None, db: sqlite_utils.Database | None = None) -> str:
    """The canonical name of a new unit printed as `printed` in a plan of `region`: the
    qualified name in a city/county plan; the printed name in a provincial plan unless
    another unit already has it."""
    qualified = qualify(printed, region)
    if not qualified:
        return printed
    if not is_provincial(region):
        return qualified
    if db is not None and db.execute("SELECT 1 FROM units WHERE name = ?", [printed]).fetchone():
        return qualified
    return printed


def _create(db: sqlite_utils.Database, printed: str, region: str | None) -> int:
    printed = re.sub(r"[\s\u3000\xa0]+", "", printed)
    name = display_name(printed, region, db)
    key = identity_key(printed, region)
    kind = "collective" if is_collective(printed) else "single"
    cur = db.execute("INSERT INTO units (name, key, kind, region) VALUES (?, ?, ?, ?)", [name, key, kind, region])
    unit_id = int(cur.lastrowid)
    db.execute("INSERT OR IGNORE INTO unit_aliases (alias, unit_id, source) VALUES (?, ?, 'name')", [key, unit_id])
    if norm(name) != key:
        db.execute("INSERT OR IGNORE INTO unit_aliases (alias, unit_id, source) VALUES (?, ?, 'name')", [norm(name), unit_id])
    _add_aliases(db, unit_id, printed, region)
    if kind == "collective":
        _link_members(db, unit_id, norm(printed), region)
    return unit_id


def _add_aliases(db: sqlite_utils.Database, unit_id: int, printed: str, region: str | None) -> None:
    """The printed form and what rules and the curated table derive from it (and from its
    qualified form) as aliases of `unit_id`; existing aliases are kept."""
    aliases = rule_aliases(printed, region)
    qualified = qualify(printed, region)
    if qualified:
        aliases |= rule_aliases(qualified, region)
    for alias in sorted(aliases):
        db.execute("INSERT OR IGNORE INTO unit_aliases (alias, unit_id, source) VALUES (?, ?, 'rule')", [alias, unit_id])
    for alias in sorted(curated_aliases(printed, region)):
        db.execute("INSERT OR IGNORE INTO unit_aliases (alias, unit_id, source) VALUES (?, ?, 'curated')", [alias, unit_id])


def _link_members(db: sqlite_utils.Database, unit_id: int, key: str, region: str | None) -> None:
    if not region or region not in SUBDIVISIONS:
        return
    if not any(re.match(p, key) for p in COLLECTIVE_PATTERNS):
        return
    for city in SUBDIVISIONS[region]:
        member = f"{city}政府"
        row = db.execute("SELECT id FROM units WHERE key = ?", [norm(member)]).fetchone()
        member_id = row[0] if row else _create(db, member, region)
        db.execute("INSERT OR IGNORE INTO unit_members (collective_id, member_id) VALUES (?, ?)", [unit_id, member_id])


def add_alias(db: sqlite_utils.Database, alias: str, full: str, source: str = "admin") -> Unit:
    """Make `alias` mean the unit `full` resolves to. An admin alias replaces rule/curated
    meanings of the same alias (it settles an ambiguity); it may not take another unit's own name."""
    key = norm(alias)
    if not key or key == norm(full):
        raise UserError(msg.ALIAS_BAD)
    unit = resolve_unit(db, full)
    owner = db.execute("SELECT name FROM units WHERE key = ? AND id != ?", [key, unit.id]).fetchone()
    if owner:
        raise UserError(msg.ALIAS_EXISTS.format(alias=alias, unit=owner[0]))
    with transaction(db):
        db.execute("DELETE FROM unit_aliases WHERE alias = ? AND unit_id != ? AND source != 'name'", [key, unit.id])
        db.execute("INSERT OR REPLACE INTO unit_aliases (alias, unit_id, source) VALUES (?, ?, ?)", [key, unit.id, source])
    return unit
