"""Compiled patterns kept across processes (core/regex_cache.py) must be the patterns `re`
makes: the same text, flags and code, so every match, and every answer, is the same."""
from __future__ import annotations

import importlib
import marshal
from array import array
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core import lazy_re, regex_cache
from tests.conftest import PROJECT

PACKAGES = ("core", "store", "retrieval", "answers", "usecases", "reminders", "handlers", "prompts")


def _project_patterns() -> list[tuple[str | bytes, int]]:
    """Every module-level pattern the program defines (lazy or compiled), by text and flags."""
    found: dict[tuple, None] = {}
    for package in PACKAGES:
        for info in pkgutil.walk_packages([str(PROJECT / package)], prefix=f"{package}."):
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if isinstance(value, lazy_re.LazyPattern):
                    found[(value.pattern, value._flags)] = None
                elif isinstance(value, re.Pattern):
                    found[(value.pattern, value.flags & ~re.UNICODE if isinstance(value.pattern, str) else value.flags)] = None
    return list(found)


def test_every_pattern_of_the_program_compiles_to_what_re_makes() -> None:
    patterns = _project_patterns()
    assert len(patterns) > 150  # the rule tables are there, not an empty walk
    cjk = 0
    for text, flags in patterns:
        expected = re.compile(text, flags)
        got, args = regex_cache._fresh(text, flags)
        # Pattern equality is text, flags and compiled code
        assert got == expected, text
        stored = marshal.loads(marshal.dumps(args))  # as a later process reads it back
        assert regex_cache._from_code(text, stored) == expected, text
        cjk += "\\u4e00" in str(text) or "\u4e00" in str(text)
    assert cjk > 20


def test_a_later_process_takes_the_code_from_the_file(tmp_path: Path) -> None:
    script = (
        "import sys; from core import regex_cache as rc, lazy_re\n"
        "rc.use(sys.argv[1])\n"
        "import answers.question, answers.report_facts\n"
        "from answers.question import parse_question\n"
        "q = parse_question('2024年江西省地区生产总值增长目标是多少')\n"
        "print(q.intent, q.topic, sorted(q.years.explicit))\n"
        "print(lazy_re.sub(r'[\\u4e00-\\u9fff]+', '#', '南昌GDP增长5%', count=1))\n"
        "print(rc.stats()['stored'], rc.stats()['new'])\n"
        "rc.save()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    first = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env, capture_output=True, text=True, check=True)
    [stored] = list(tmp_path.glob("regex-*.marshal"))
    assert stored.stat().st_mode & 0o077 == 0  # private, as the data folder
    second = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env, capture_output=True, text=True, check=True)
    one, two = first.stdout.splitlines(), second.stdout.splitlines()
    assert one[:2] == two[:2] and one[1] == "#GDP增长5%"
    stored_first, new_first = map(int, one[2].split())
    stored_second, new_second = map(int, two[2].split())
    assert stored_first == 0 and new_first > 20
    assert stored_second >= new_first and new_second == 0  # nothing compiled by the parser again


def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "_compiled", {})
    monkeypatch.setattr(regex_cache, "_stored", {})
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_path", None)
    path = tmp_path / f"regex-{regex_cache.TAG}.marshal"
    for content in (b"\x00garbage", marshal.dumps({"version": "another python", "entries": {("str", "a", 0): (0, [1], 0, {}, ())}})):
        path.write_bytes(content)
        regex_cache.use(tmp_path)
        assert regex_cache.stats()["stored"] == 0
    # code the interpreter refuses (a file written by hand): compiled afresh, the same pattern
    text = r"[\u4e00-\u9fff]{2,}(?P<n>\d+)"
    key = ("str", text, 0)
    bad = array("I", [999999]).tobytes()
    path.write_bytes(marshal.dumps({"version": regex_cache._VERSION, "entries": {key: (32, bad, 1, {"n": 1}, (None, "n"))}, "age": {key: 0}}))
    regex_cache.use(tmp_path)
    assert regex_cache.stats()["stored"] == 1
    assert regex_cache.compile(text) == re.compile(text)
    assert regex_cache.compile(text).search("南昌123").group("n") == "123"
    regex_cache.save()
    regex_cache.use(tmp_path)
    assert regex_cache._from_code(text, regex_cache._stored[key]) == re.compile(text)


def test_patterns_no_process_uses_leave_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern made of a question's words is stored once and dropped after MAX_AGE saves
    that did not use it; one every process uses stays."""
    monkeypatch.setattr(regex_cache, "_path", None)
    regex_cache.use(tmp_path)
    for n in range(regex_cache.MAX_AGE + 3):
        for name in ("_compiled", "_new"):
            monkeypatch.setattr(regex_cache, name, {})
        monkeypatch.setattr(regex_cache, "_used", set())
        regex_cache.compile(r"[\u4e00-\u9fff]+年")  # every process
        regex_cache.compile(f"问题{n}的词")  # this process only
        regex_cache.save()
        regex_cache.use(tmp_path)
    kept = {k[1] for k in regex_cache._stored}
    assert r"[\u4e00-\u9fff]+年" in kept and f"问题{regex_cache.MAX_AGE + 2}的词" in kept
    assert "问题0的词" not in kept and len(kept) == regex_cache.MAX_AGE + 2


def test_module_functions_behave_as_re() -> None:
    text = "南昌 GDP增长5.5%，赣州 gdp增长6%"
    assert lazy_re.findall(r"gdp", text, re.I) == re.findall(r"gdp", text, re.I)
    assert lazy_re.sub(r"\s+", "", text, 1) == re.sub(r"\s+", "", text, 1)
    assert lazy_re.subn(r"增长", "升", text) == re.subn(r"增长", "升", text)
    assert lazy_re.split(r"[，,]", text, 1) == re.split(r"[，,]", text, 1)
    assert lazy_re.fullmatch(r"南昌.*", text).group(0) == text
    assert lazy_re.match(lazy_re.compile(r"南昌"), text) is not None
    with pytest.raises(ValueError):
        lazy_re.search(re.compile("a"), text, re.I)
    with pytest.raises(TypeError):
        lazy_re.search(5, text)
