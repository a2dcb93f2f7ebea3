"""Compiled regular expressions kept across processes, in the data folder.

After the BM25 postings were stored (retrieval/postings.py), compiling patterns was the
largest cost of a one-shot `ducha ask`: a report question compiles ~590 patterns (the rule
tables of `answers/`, the registry's unit names, places), and the ~65 over CJK ranges
(`[\\u4e00-\\u9fff]`) each build a 64 K character map in Python, ~2 ms apiece
(docs/benchmarks.md, issue 15). Python compiles a pattern in two steps: `re._parser` and
`re._compiler` turn its text into a list of integers (the "code", pure Python: the cost),
and `_sre.compile` (C) makes the pattern object of it. The code depends only on the
pattern's text, its flags and the interpreter, so this module keeps it: a later process
hands the stored code to `_sre.compile` and gets a pattern equal to the one `re.compile`
makes (same text, flags and code: `Pattern.__eq__` compares exactly these;
tests/core/test_regex_cache.py checks it for every pattern the program defines).

The file is keyed by the interpreter's full version and `_sre.MAGIC`; any other file, a
damaged one, code `_sre` refuses (it validates code), or an interpreter without these
internals, and patterns are compiled by `re` as before. `bot.cli` names the file once the
data folder is known (`use`) and writes what this process compiled anew at the end of the
command (`save`): written beside and renamed over, so a crash leaves the old file. The data
folder is private (0700), as the file must be: it is read with `marshal`.
"""
from __future__ import annotations

import marshal
import os
import re as _re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

try:  # private parts of `re`: without them (another interpreter) everything goes through re.compile
    import _sre
    from re import _compiler, _parser

    if _sre.CODESIZE != array("I").itemsize:
        raise ImportError("code units are not uint32")
    TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
    _VERSION = f"{sys.version}|{_sre.MAGIC}|{sys.byteorder}"
except (ImportError, AttributeError):  # pragma: no cover - CPython 3.11+ has them
    _sre = None  # type: ignore[assignment]
    TAG = _VERSION = ""

MAX_IN_PROCESS = 4096  # compiled patterns kept in this process (re's own cache holds 512)
MAX_STORED = 3000  # entries in the file: patterns built from data (unit names…) vary
MAX_AGE = 30  # saves an entry survives unused: a pattern built from a question's words, or in a
#               set's order (which changes with every process), does not pile up in the file
_UNCACHED = _re.DEBUG | _re.TEMPLATE  # flags re.compile treats specially: left to it

_lock = threading.Lock()
_compiled: dict[tuple, _re.Pattern] = {}
_stored: dict[tuple, tuple] = {}  # read from the file: key -> arguments of _sre.compile
_new: dict[tuple, tuple] = {}  # compiled by this process, not in the file
_used: set[tuple] = set()
_path: Path | None = None


def compile(pattern: str | bytes, flags: int = 0) -> _re.Pattern:  # noqa: A001 - stands in for re.compile
    """`re.compile(pattern, flags)`, from the stored code when there is some."""
    flags = int(flags)
    key = (type(pattern).__name__, pattern, flags)
    got = _compiled.get(key)
    if got is not None:
        return got
    if _sre is None or flags & _UNCACHED or not isinstance(pattern, (str, bytes)):
        return _re.compile(pattern, flags)
    args = _stored.get(key)
    got = _from_code(pattern, args) if args is not None else None
    if got is None:
        got, args = _fresh(pattern, flags)
        _new[key] = args
    _used.add(key)
    if len(_compiled) >= MAX_IN_PROCESS:
        _compiled.clear()
    _compiled[key] = got
    return got


def _from_code(pattern: str | bytes, args: tuple) -> _re.Pattern | None:
    try:
        flags, code, groups, groupindex, indexgroup = args
        return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - code this interpreter refuses: compiled afresh instead
        return None


def _fresh(pattern: str | bytes, flags: int) -> tuple[_re.Pattern, tuple]:
    """What `re._compiler.compile` does, keeping the arguments it hands to `_sre.compile`."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    got = _sre.compile(pattern, flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    # stored as bytes (uint32 code units, as _sre's own): a file of 2 000 patterns reads in
    # ~2 ms, where lists of ints took ~18 ms; a pattern's list is made when it is used
    args = (int(flags | p.state.flags), array("I", code).tobytes(), p.state.groups - 1, groupindex, tuple(indexgroup))
    return got, args


def use(folder: Path | str) -> None:
    """Read the stored code of this interpreter from `folder` (the data folder); nothing
    stored, or not readable, is no error."""
    global _path
    if not TAG:
        return
    path = Path(folder) / f"regex-{TAG}.marshal"
    with _lock:
        _path = path
        _stored.clear()
        _stored.update(_read(path))


def _read(path: Path) -> dict[tuple, tuple]:
    return _read_aged(path)[0]


def _read_aged(path: Path) -> tuple[dict[tuple, tuple], dict[tuple, int]]:
    """(key -> arguments of _sre.compile, key -> saves since a process last used it)."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if (not isinstance(data, dict) or data.get("version") != _VERSION or not isinstance(data.get("entries"), dict)
            or not isinstance(data.get("age"), dict)):
        return {}, {}
    return data["entries"], data["age"]


def save() -> None:
    """Add what this process compiled anew to the file `use` named (merged with what another
    process wrote meanwhile); at most MAX_STORED entries, those this process used first.
    A failure to write costs the next process its compile time, nothing else."""
    with _lock:
        path = _path
        if path is None or not _new:
            return
        fresh = dict(_new)
        used = set(_used)
    entries, age = _read_aged(path)
    entries.update(fresh)
    age = {k: 0 if k in used else age.get(k, 0) + 1 for k in entries}
    keep = [k for k in entries if age[k] == 0] + sorted((k for k in entries if 0 < age[k] <= MAX_AGE), key=age.__getitem__)
    entries = {k: entries[k] for k in keep[:MAX_STORED]}
    age = {k: age[k] for k in entries}
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps({"version": _VERSION, "entries": entries, "age": age}))
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass
        return
    with _lock:
        _stored.update(fresh)
        for key in fresh:
            _new.pop(key, None)


def stats() -> dict[str, Any]:
    """What this process took from the file and compiled itself (benchmarks, tests)."""
    return {"stored": len(_stored), "new": len(_new), "used": len(_used), "path": str(_path) if _path else None}
