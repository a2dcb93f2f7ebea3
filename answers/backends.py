"""The answers part's view of retrieval and the registry: thin adapters that degrade.

`ask` must still answer what it can while a part cannot serve: a Chroma server that is down,
a store being written by an ingest, a query the index refuses. Each adapter catches the
errors that part is known to raise (`UserError` for a refused query or an unreachable
server, `sqlite3.Error` for a store it cannot read right now) and answers "nothing found"
with one log line. Anything else is a bug in that part: it is logged as one warning line
with its class and message — never silently — and the answer goes on without that part.
Objects from the other parts are read through `field`, which accepts dataclasses and dicts.
"""
from __future__ import annotations

import datetime as dt
import logging
from core import lazy_re as re
import sqlite3
from dataclasses import dataclass
from typing import Any, Callable, TypeVar

import store.tasks as tasks
from core.errors import UserError
from retrieval.documents import list_documents
from retrieval.normalize import normalize_query
from store.units import lookup as _lookup
from store.units import norm as _norm
from store.units import short_aliases as _short_aliases
from store.units import single_unit_names as _single_unit_names
from store.units import units_in_text as _units_in_text

log = logging.getLogger(__name__)

T = TypeVar("T")


def _search(ctx: Any, query: str, **options: Any) -> Any:
    """`retrieval.search`, imported on the first search: BM25 and its tables, which a
    question the registry answers never needs (docs/benchmarks.md, issue 15)."""
    from retrieval.search import search

    return search(ctx, query, **options)


# what retrieval and the registry raise when they cannot serve a request
EXPECTED: tuple[type[Exception], ...] = (UserError, sqlite3.Error)


def field(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def degrade(what: str, call: Callable[[], T], fallback: T) -> T:
    """`call()`, or `fallback` with one log line when it fails (see the module's docstring)."""
    try:
        return call()
    except EXPECTED as exc:
        log.info("%s: %s; answering without it", what, exc)
    except Exception as exc:  # noqa: BLE001 - a bug in another part must not cost the answer
        log.warning("%s failed unexpectedly (%s: %s); answering without it", what, exc.__class__.__name__, exc)
    return fallback


@dataclass
class Doc:
    file: str
    kind: str | None
    region: str | None
    year: int | None
    title: str | None


def documents(ctx: Any) -> list[Doc]:
    out = []
    for r in degrade("list_documents", lambda: list_documents(ctx.db), []):
        year = field(r, "year")
        out.append(Doc(str(field(r, "file", "") or ""), field(r, "kind"), field(r, "region"),
                       int(year) if year else None, field(r, "title")))
    return out


def dense_available(ctx: Any) -> bool:
    return str(getattr(ctx.settings, "embedding", "none")).lower() != "none"


def search(ctx: Any, query: str, *, k: int = 8, region: str | None = None, kind: str | None = None,
           dense: bool = True) -> list[Any]:
    return degrade("search", lambda: list(_search(ctx, query, k=k, region=region, kind=kind, dense=dense)), [])


def term_rarity(ctx: Any, terms: list[str]) -> dict[str, float]:
    """`retrieval.search.term_rarity`: each term's idf in the indexed chunks, 0.0 when absent;
    empty when the index cannot serve (every term then counts alike)."""
    from retrieval.search import term_rarity as _rarity

    return degrade("term_rarity", lambda: _rarity(ctx, terms), {})


def chars_held(ctx: Any) -> frozenset[str]:
    """`retrieval.search.chars_held`: the characters the indexed chunks print; empty when the
    index cannot serve (then nothing is judged absent)."""
    from retrieval.search import chars_held as _held

    return degrade("chars_held", lambda: _held(ctx), frozenset())


def bigrams_held(ctx: Any) -> frozenset[str]:
    """`retrieval.search.bigrams_held`: the two-character CJK terms the indexed chunks print;
    empty when the index cannot serve (then no word is read by its sound)."""
    from retrieval.search import bigrams_held as _held

    return degrade("bigrams_held", lambda: _held(ctx), frozenset())


def text_holds(ctx: Any, phrase: str) -> bool:
    """`retrieval.search.text_holds`: whether the indexed chunks print `phrase`; False when the
    index cannot serve (then the caller keeps its default reading)."""
    from retrieval.search import text_holds as _holds

    return degrade("text_holds", lambda: _holds(ctx, phrase), False)


def clauses_matching(ctx: Any, pattern: str) -> list[tuple[str, int, int]]:
    """`retrieval.search.clauses_matching`: the report clauses where `pattern` matches, with
    the match's place; empty when the index cannot serve (then no word is read as shortened)."""
    from retrieval.search import clauses_matching as _matching

    return degrade("clauses_matching", lambda: _matching(ctx, pattern), [])


def heading_holds(ctx: Any, phrase: str) -> bool:
    """`retrieval.search.heading_holds`: whether a section title, run-in heading or list lead-in
    of the reports prints `phrase`; False when the index cannot serve."""
    from retrieval.search import heading_holds as _holds

    return degrade("heading_holds", lambda: _holds(ctx, phrase), False)


def task_texts_with(ctx: Any, chars: str) -> list[str]:
    """`store.tasks.task_texts_with`: the tasks' texts printing every character of `chars`."""
    return degrade("task_texts_with", lambda: tasks.task_texts_with(ctx.db, chars), [])


def tasks_hold(ctx: Any, phrase: str) -> bool:
    """`store.tasks.tasks_hold`: whether a task prints `phrase`; True when the registry cannot
    serve (then nothing is judged absent)."""
    return degrade("tasks_hold", lambda: tasks.tasks_hold(ctx.db, phrase), True)


def documents_print(ctx: Any, phrase: str) -> bool:
    """Whether a report's text or a plan's task prints `phrase` (a short name as staff type it,
    "市一中", may be printed in the table only); False when neither can serve."""
    return text_holds(ctx, phrase) or degrade("tasks_hold", lambda: tasks.tasks_hold(ctx.db, phrase), False)


def normalize(text: str, *, today: dt.date | None = None, doc_year: int | None = None) -> str:
    return degrade("normalize_query", lambda: normalize_query(text, today=today, doc_year=doc_year), text)


# --- registry ----------------------------------------------------------------------------

def units_in_text(ctx: Any, text: str) -> list[str]:
    names = [field(u, "name") for u in degrade("units_in_text", lambda: _units_in_text(ctx.db, text), [])]
    # "赣州23年…" names a place, not the unit 赣州市政府: a government counts only when
    # the question says 政府 ("赣州市政府配合哪些")
    # the 政府 of "九江市政府工作报告" names the report, not the government as a unit
    said = re.sub(r"政府(?:工作)?报告", "", text)
    from answers.township_units import township_asked  # "我们大岭乡…要配合": 大岭乡人民政府

    return [n for n in names if "政府" in said or not re.search(r"(人民)?政府$", n) or township_asked(n, said)]


def units_named(ctx: Any, name: str) -> list[str]:
    """The units whose name or alias is exactly `name` ("省生态环境厅", "医保局"): a whole name,
    never a unit merely mentioned inside a longer text (that is `units_in_text`). A unit whose
    name ends with the whole of `name` (three characters or more) counts too: "民政局" is 州民政局
    where the tables' level prefix derives no alias."""
    found = [field(u, "name") for u in degrade("units_named", lambda: _lookup(ctx.db, name), [])]
    if found or len(name or "") < 3:
        return found
    key = _norm(name)
    return [n for n in units_in_text(ctx, name) if _norm(n).endswith(key)]


def unit_names(ctx: Any) -> list[str]:
    """Every single unit's canonical name in the registry."""
    return degrade("unit_names", lambda: _single_unit_names(ctx.db), [])


def leader_names(ctx: Any) -> list[str]:
    return degrade("leader_names", lambda: tasks.leader_names(ctx.db), [])


def leader_offices(ctx: Any) -> list[tuple[str, str]]:
    return degrade("leader_offices", lambda: tasks.leader_offices(ctx.db), [])


def unit_short_names(ctx: Any) -> list[str]:
    return degrade("unit_short_names", lambda: _short_aliases(ctx.db), [])


def leaders_in_text(ctx: Any, text: str) -> list[str]:
    return degrade("leaders_in_text", lambda: list(tasks.leaders_in_text(ctx.db, text)), [])


def registry_module() -> Any:
    """The task registry (`store.tasks`); kept as a function so callers read one name."""
    return tasks


def registry_empty(ctx: Any, today: dt.date) -> bool:
    """No responsibility table loaded yet."""
    return not degrade("list_tasks", lambda: tasks.list_tasks(ctx.db, today=today, limit=1), [])
