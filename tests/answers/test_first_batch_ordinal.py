"""The ordinal veto (answers/ordinals.py) reads "首批"/"首届" as the first: a question asking
"第一批…" is answered by a sentence printing "首批…", and "第二批" is still not."""
from __future__ import annotations

import pytest

from answers.ordinals import ordinal_miss


@pytest.mark.parametrize("question, sentence", [
    ("第一批千兆城市有哪些", "南昌、九江、上饶入选全国首批千兆城市。"),
    ("第1批试点县是哪几个", "5个县列入首批国家试点。"),
    ("第一届马拉松什么时候办的", "成功举办首届城市马拉松。"),
    ("首批千兆城市有哪些", "南昌入选全国第一批千兆城市。"),
])
def test_first_is_the_first(question: str, sentence: str) -> None:
    assert ordinal_miss(question, sentence) is None


@pytest.mark.parametrize("question, sentence", [
    ("第二批千兆城市有哪些", "南昌、九江、上饶入选全国首批千兆城市。"),
    ("第二届马拉松什么时候办", "成功举办首届城市马拉松。"),
])
def test_another_number_is_not_the_first(question: str, sentence: str) -> None:
    assert ordinal_miss(question, sentence) is not None
