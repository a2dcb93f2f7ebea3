"""Fixtures shared by the answer tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.context import Context
from tests.support.answer_sets import ingested_context


@pytest.fixture(scope="session")
def asked_corpus(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The sample corpus ingested once (lexical), for the tests that only ask questions of it:
    one ingest for every phrasing-class module instead of one each. Tests that change the
    registry or the index build their own context."""
    c, _ = ingested_context(tmp_path_factory.mktemp("asked_corpus"), [corpus_dir])
    yield c
    c.close()


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    """The shared ingested corpus under the name the phrasing-class tests ask for; a module that
    needs a context of its own defines its own `ctx`, which takes precedence."""
    return asked_corpus
