"""The parts of a numbered name asked ("X 12 6 9分别指什么", "X 一二三各是啥"): the name's
definition, never a year read from its digits (answers.name_parts). Round 26a r26a-008, 26d
r26d-050; own variants over the sample corpus's other numbered names."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.name_parts import arabic_reading, parts_asked
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, want", [
    ("8810行动计划 8 8 1 0分别指什么", "轻工纺织8条"),
    ("1+5+N融资担保体系 1 5 N各是啥", "5个子体系"),
    ("十百千万工程 十 百 千 万分别指的啥", "100个左右"),
    ("一枢纽四中心分别指的什么", "金融中心"),
    ("四融一共和美乡村 四 一各指什么", "共同富裕"),
    ("全球一二三快货物流圈分别代表什么 给我解释一下", "3天送达"),
])
def test_a_numbered_names_parts_are_its_definition(asked_corpus, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer
    assert "2012" not in ans.answer and "2088" not in ans.answer


@pytest.mark.parametrize("question", ["三个区分别是什么", "2024年两项任务分别是啥", "两山银行分别指什么",
                                      "1269行动计划 5 7分别指什么"])
def test_no_numbered_name_or_other_numbers_is_no_parts_ask(question: str) -> None:
    assert parts_asked(question) is None


def test_chinese_digits_read_as_arabic() -> None:
    assert arabic_reading("全球一二三快货物流圈") == "全球123快货物流圈"
    assert arabic_reading("十百千万工程") is None


@pytest.mark.parametrize(("question", "term"), [
    ("1+5+N融资担保体系里的5 指哪5个", "1+5+N融资担保体系"),
    ("4+2+2里的第一个2是啥", "4+2+2"),
])
def test_one_part_of_a_numbered_name_asks_its_definition(question: str, term: str) -> None:
    assert parts_asked(question) == term


@pytest.mark.parametrize("question", ["GDP增长5是什么", "2024年两项任务是啥", "“五个一批”行动里第五个是什么"])
def test_a_number_after_a_plain_word_is_no_part_asked(question: str) -> None:
    assert parts_asked(question) is None


@pytest.mark.parametrize(("question", "term"), [
    ("4+2+2", "4+2+2"),
    ("南昌4+2+2医疗卫生服务体系 中间那2家专科医院是哪两家", "4+2+2医疗卫生服务体系"),
    ("南昌报告里那个4+2+2医疗卫生服务体系，4家、2家、2家分别指哪些医院", "4+2+2医疗卫生服务体系"),
    # whose "1+N" it is, said before it: 耕地保护 has one too (round 42a)
    ("碳达峰1+N 1指啥", "碳达峰1+N"),
])
def test_a_plus_joined_name_asked_what_it_names_is_its_definition(question: str, term: str) -> None:
    assert parts_asked(question) == term


@pytest.mark.parametrize("question", ["4+2+2体系建了多少家医院", "4+2+2医疗卫生服务体系是什么意思"])
def test_a_figure_or_the_definition_itself_is_no_parts_ask(question: str) -> None:
    assert parts_asked(question) is None


def test_a_plus_joined_name_is_answered_by_its_entry(asked_corpus) -> None:
    ans = ask(asked_corpus, "南昌4+2+2医疗卫生服务体系 中间那2家专科医院是哪两家")
    assert "南昌市立医院" in flat(ans.answer), ans.answer
