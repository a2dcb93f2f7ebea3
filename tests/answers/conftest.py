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
