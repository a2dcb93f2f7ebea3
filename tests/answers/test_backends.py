"""The answers part's adapters: a part that cannot serve costs one log line, not the answer."""
from __future__ import annotations

import logging
import sqlite3

import pytest

from answers import backends as B
from core.errors import UserError


def test_expected_errors_fall_back_with_one_line(ctx, monkeypatch, caplog) -> None:
    def refused(*_a, **_k):
        raise UserError("Chroma 服务器连不上")

    monkeypatch.setattr(B, "_search", refused)
    with caplog.at_level(logging.INFO, logger="answers.backends"):
        assert B.search(ctx, "GDP目标") == []
    assert [r.levelname for r in caplog.records] == ["INFO"] and "Chroma" in caplog.records[0].getMessage()


def test_store_errors_fall_back(ctx, monkeypatch, caplog) -> None:
    def locked(*_a, **_k):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(B.tasks, "list_tasks", locked)
    with caplog.at_level(logging.INFO, logger="answers.backends"):
        assert B.registry_empty(ctx, ctx.today()) is True
    assert len(caplog.records) == 1 and "locked" in caplog.records[0].getMessage()


def test_unexpected_errors_log_one_warning_line_and_fall_back(ctx, monkeypatch, caplog) -> None:
    def broken(*_a, **_k):
        raise KeyError("region")

    monkeypatch.setattr(B, "list_documents", broken)
    with caplog.at_level(logging.INFO, logger="answers.backends"):
        assert B.documents(ctx) == []
    (record,) = caplog.records
    assert record.levelname == "WARNING" and "KeyError" in record.getMessage() and record.exc_info is None


@pytest.mark.parametrize("text", ["", "南昌市发改委牵头哪些"])
def test_adapters_answer_on_an_empty_store(ctx, text: str) -> None:
    assert B.documents(ctx) == [] and B.units_in_text(ctx, text) == [] and B.leaders_in_text(ctx, text) == []
    assert B.registry_empty(ctx, ctx.today()) is True
