"""`re` with `compile` deferred to the pattern's first use.

The rule tables in `answers/`, `core/` and `store/` hold several hundred patterns, many over
`[\\u4e00-\\u9fff]`-style ranges whose compilation builds a 64 K character map; compiling all
of them at import was a quarter of a one-shot `ducha ask` (docs/benchmarks.md, issue 15), yet a
question reaches only some of them. A module writes `from core import lazy_re as re` instead of
`import re` and keeps every pattern's text and place unchanged: `re.compile(...)` returns a
`LazyPattern` that compiles on its first search, match or sub, then answers as fast as the
compiled pattern (its methods are bound onto it). Every other name (`re.sub`, `re.escape`,
`re.I`, …) is the real module's; the module-level functions accept a `LazyPattern` too.
Patterns given as text, here or to `compile`, are compiled through `core.regex_cache`, which
keeps their compiled code across processes (the same pattern objects `re` makes).
A match's `.re` is the compiled pattern, not the `LazyPattern`: a module that tests it by
identity (`m.re is _FULL` in `answers/years.py`) keeps `import re`.
"""
from __future__ import annotations

import re as _re
from typing import Any

from core import regex_cache

_METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split", "scanner")


class LazyPattern:
    """A compiled pattern in waiting: `pattern` is known at once, the rest on first use."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> _re.Pattern:
        """The real pattern, compiled once; its methods replace this object's lookups."""
        got = self.__dict__.get("_compiled")
        if got is None:
            got = regex_cache.compile(self.pattern, self._flags)
            self.__dict__["_compiled"] = got
            for name in _METHODS:
                self.__dict__[name] = getattr(got, name)
        return got

    def __getattr__(self, name: str) -> Any:  # reached only for what is not bound yet
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict) -> LazyPattern:
        return self

    def __reduce__(self) -> tuple:
        return (LazyPattern, (self.pattern, self._flags))


def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 - stands in for re.compile
    if isinstance(pattern, (LazyPattern, _re.Pattern)):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    return LazyPattern(pattern, flags)


def _real(pattern: Any, flags: int = 0) -> Any:
    """The compiled pattern `re`'s module functions would use: a pattern's text through the
    cross-process cache (core/regex_cache.py), a compiled one as it is."""
    if isinstance(pattern, (str, bytes)):
        return regex_cache.compile(pattern, flags)
    if isinstance(pattern, LazyPattern):
        pattern = pattern.compiled()
    if flags:
        raise ValueError("cannot process flags argument with a compiled pattern")
    if not isinstance(pattern, _re.Pattern):
        raise TypeError("first argument must be string or compiled pattern")
    return pattern


def search(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _real(pattern, flags).search(string)


def match(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _real(pattern, flags).match(string)


def fullmatch(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _real(pattern, flags).fullmatch(string)


def findall(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _real(pattern, flags).findall(string)


def finditer(pattern: Any, string: Any, flags: int = 0) -> Any:
    return _real(pattern, flags).finditer(string)


def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
    return _real(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
    return _real(pattern, flags).subn(repl, string, count)


def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int = 0) -> Any:
    return _real(pattern, flags).split(string, maxsplit)


def __getattr__(name: str) -> Any:  # escape, I, IGNORECASE, Match, Pattern, error, …
    return getattr(_re, name)
