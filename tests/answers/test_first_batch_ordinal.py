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


@pytest.mark.parametrize("question, sentence", [
    ("王主任让问下第4期学前教育行动计划是教育厅牵头吗，谢谢", "实施第四期学前教育行动计划。"),
    ("张秘书：第三届马拉松啥时候办", "举办第三届城市马拉松。"),
    ("领导叫我查一下二期工程啥时候完工", "加快推进二期工程建设。"),
    ("麻烦查下第二批试点名单", "确定第二批试点县。"),
])
def test_a_relayed_ask_is_no_part_of_the_numbered_name(question: str, sentence: str) -> None:
    """Who relays the ask ("王主任让问下", "张秘书：") is not the project before its number
    (bench_metamorphic's wrapper variant was refused once task answers were checked)."""
    assert ordinal_miss(question, sentence) is None
