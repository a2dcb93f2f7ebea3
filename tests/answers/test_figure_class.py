"""A numeric ask is never answered by a clause without a figure of the asked class (answered-
where-none, session 11 s11a): 占比/比重 wants a percentage, 产值/营收 an amount in 元, 涨/降多少
a rate, 多少公里 a length, 多少户/人/家 a count of that kind. One reader
(`answers.answerability.asked_class` / `class_missing`) serves the rules, the coverage reader
and the dense model's proposals; "收入涨了多少" answered by a rate is its first case
(tests/answers/test_rate_asked.py)."""
from __future__ import annotations

import pytest

from answers.answerability import asked_class, class_missing
from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, wrong", [
    ("江西2023年数字经济增加值占比多少", "1.2万亿元"),      # 001: an amount for a share
    ("南昌2023年城镇新增就业占比多少", "6.89万人"),         # 004: a count for a share
    ("赣州2022年新增上市企业占比多少", "4家"),              # 002
    ("江西2022年高新技术企业比重多少", "6500家"),           # 000
    ("南昌2023年社会救助资金占比多少", "9.15亿元"),         # 004
    ("江西2023年农业产值多少", "1058家"),                  # 001: a count for an output value
    ("江西2021年省级产业集群营收多少", "35%"),              # 000: a rate for a revenue
    # the responsibility table's targets (003) answer by the same class
    ("江西2021年新增上市公司占比多少", "10家"),
    ("江西2021年粮食种植面积占比多少", "5658.6万亩"),
    ("江西2021年瞪羚企业占比目标多少", "80家"),
    ("江西2021年高新技术企业比重目标多少", "1500家"),
])
def test_a_figure_of_another_class_is_no_answer(asked_corpus: Context, question: str, wrong: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent == "none", ans.answer
    assert wrong not in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("question, want", [
    ("江西2021年高新技术产业增加值占比多少", "38.5%"),
    ("南昌2023年规上工业营收多少", "6500亿元"),
    ("赣州2022年签约项目总投资多少亿元", "3483亿元"),
    ("江西2021年民间投资涨了多少", "16.1%"),
    ("江西2021年新增上市公司目标多少家", "10家"),
    ("江西2021年粮食种植面积目标多少", "5658.6万亩"),
])
def test_a_figure_of_the_class_asked_still_answers(asked_corpus: Context, question: str, want: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, unit, clause, missing", [
    ("新建道路多少公里", "公里", "连续三年实施道路提升行动", True),
    ("新建道路多少公里", "公里", "新建道路12.5公里", False),
    ("棚户区改造多少户", "户", "改造棚户区3个片区", True),
    ("新增市场主体多少户", "户", "新增市场主体12.3万户", False),
    ("新增上市公司多少家", "家", "新增上市公司五家", False),   # a figure said in words
])
def test_a_counter_typed_is_its_class(question: str, unit: str, clause: str, missing: bool) -> None:
    assert class_missing(question, unit, clause) is missing


@pytest.mark.parametrize("question, unit", [
    ("研发投入占比多少", "%"),
    ("收入涨了多少", "%"),
    ("房价降了几个点", "%"),
    ("工业总产值多少", "元"),
    ("高速公路里程多少", "公里"),
])
def test_the_class_follows_the_word_that_asks(question: str, unit: str) -> None:
    assert unit in asked_class(question)


@pytest.mark.parametrize("question", ["新增多少学位", "增长多少亿元", "建几个公园", "三中新校区 新增了多少学位"])
def test_no_rate_where_a_count_or_an_amount_is_asked(question: str) -> None:
    assert "%" not in asked_class(question)
