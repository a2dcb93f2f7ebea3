"""Fixtures shared by the answer tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.answer_sets import ingested_context


@pytest.fixture(scope="session")
def asked_corpus(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The sample corpus ingested once (lexical), for the tests that only ask questions of it:
    one ingest for every phrasing-class module instead of one each. Tests that change the
    registry or the index build their own context."""
    c, _ = ingested_context(tmp_path_factory.mktemp("asked_corpus"), [corpus_dir])
    yield c
    c.close()


DISTRICT = Path(__file__).resolve().parent.parent / "data" / "district"


@pytest.fixture(scope="session")
def district_ctx(tmp_path_factory: pytest.TempPathFactory):
    """An invented district's report (tests/data/district, written for session 11's classes:
    全区/本区 self-words, colloquial target verbs, quoted terms, won funds, awarded titles)
    ingested once, lexical."""
    c, _ = ingested_context(tmp_path_factory.mktemp("district"), [DISTRICT])
    yield c
    c.close()


QINGHE_PLAN = Path(__file__).resolve().parent.parent / "data" / "qinghe_plan_2026.txt"


@pytest.fixture(scope="session")
def qinghe_plan_ctx(tmp_path_factory: pytest.TempPathFactory):
    """An invented district's 2026 table (tests/data/qinghe_plan_2026.txt, written for session
    12's registry classes: leaders asked by their label, a leader's tasks in a part named by
    its field, task names typed by their sound) ingested once, lexical."""
    c, results = ingested_context(tmp_path_factory.mktemp("qinghe_plan"), [QINGHE_PLAN])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


QINGHE_REPORT = Path(__file__).resolve().parent.parent / "data" / "qinghe_report_2026.txt"


@pytest.fixture(scope="session")
def qinghe_ctx(tmp_path_factory: pytest.TempPathFactory):
    """The invented district's 2026 table with its 2026 report (whose review states how many
    tasks 2025's report set), ingested once, lexical."""
    c, results = ingested_context(tmp_path_factory.mktemp("qinghe"), [QINGHE_PLAN, QINGHE_REPORT])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


TANGJIANG = Path(__file__).resolve().parent.parent / "data" / "s13d_tangjiang"


@pytest.fixture(scope="session")
def tangjiang_ctx(tmp_path_factory: pytest.TempPathFactory):
    """An invented city's 2026 report and table (tests/data/s13d_tangjiang, written for session
    13's answer classes: several asks in one message, a unit as a fact's subject or leading
    nothing, a part's figure for the whole), ingested once, lexical."""
    c, results = ingested_context(tmp_path_factory.mktemp("tangjiang"), [TANGJIANG])
    assert sorted(r.status for r in results) == ["ingested", "ingested"], results
    yield c
    c.close()
