"""The one date reader: real calendar days in a sane range, one Chinese line otherwise; and the
bounded integers every CLI argument and bot command goes through."""
from __future__ import annotations

import datetime as dt

import pytest

from core.dates import check_year, date_or_none, parse_date, stored_date
from core.errors import UserError
from core.numbers import parse_chat_id, parse_int


def test_parse_date_accepts_real_days_in_range() -> None:
    assert parse_date("2025-06-30") == dt.date(2025, 6, 30)
    assert parse_date(" 2025-6-3 ") == dt.date(2025, 6, 3)
    assert parse_date(dt.datetime(2025, 1, 2, 9)) == dt.date(2025, 1, 2)


@pytest.mark.parametrize("text, words", [
    ("9999-12-31", "超出范围"), ("1900-01-01", "超出范围"), ("2024-02-30", "日期无效"), ("2024/06/28", "日期无效"),
    ("", "日期为空"), ("  ", "日期为空"), ("20240630", "日期无效"), ("2024-06-30T09:00", "日期无效"), ("9" * 200, "日期无效"),
])
def test_parse_date_refuses_in_one_chinese_line(text: str, words: str) -> None:
    with pytest.raises(UserError, match=words) as caught:
        parse_date(text)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 120


def test_year_and_lenient_readers() -> None:
    assert check_year(2027) == 2027
    with pytest.raises(UserError):
        check_year(99999)
    assert date_or_none("2025", "2", "30") is None and date_or_none(2025, 1, 14) == dt.date(2025, 1, 14)
    assert stored_date("2025-06-30T09:00:00+08:00") == dt.date(2025, 6, 30) and stored_date(None) is None


def test_chat_ids() -> None:
    assert parse_chat_id("-1001234567890") == -1001234567890 and parse_chat_id(" 42 ") == 42
    for bad in ("-0", "0", "+0", "", "abc", "9" * 40, "--5", "1.5", "- 5"):
        with pytest.raises(UserError, match="聊天 ID"):
            parse_chat_id(bad)


def test_bounded_integers() -> None:
    assert parse_int("12", what="方案 ID", low=1, high=100) == 12
    for bad in ("9" * 40, "-1", "x", ""):
        with pytest.raises(UserError):
            parse_int(bad, what="方案 ID", low=1, high=100)
