"""A word typed as it was heard, read as the documents print it (answers/heard_words.py):
a two-character word no document prints, with exactly one same-sound word of the documents
beside the question's own neighbour ("5G鸡站" → 基站, "临选" → 遴选), and digits said as
characters ("全球一二三快货物流圈" → 123). Rounds 32a (r32a-006/018/052); own variants over an
invented city's report written here (other topics, other document, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.heard_words import read_as_documents
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)

REPORT = """柳岸市2025年政府工作报告

一、2024年工作回顾

2024年，全市地区生产总值增长5.8%。城镇新增就业2.36万人，完成老旧小区改造84个。

二、2025年重点工作

（一）建设宜居城市。新建城市绿道75公里，建设口袋公园30个，新建社区养老驿站18个。打造“柳岸15分钟生活圈”，推进“三城同创”。
（二）发展数字经济。实施“3510”行动，培育直播电商企业60家。

名词解释

1.“三城同创”：同步创建全国文明城市、国家卫生城市、国家园林城市。
2.“3510”行动：3年内培育5个百亿产业集群、10个数字化示范园区。
"""


@pytest.fixture(scope="module")
def liuan(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("heard"), REPORT, "柳岸市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, typed, read, wanted", [
    # a glossary term with one character of the same sound
    ("柳岸的三城桐创是什么意思", "桐创", "同创", "国家园林城市"),
    # a word with both characters typed by their sound
    ("柳岸今年建几个扣带公园", "扣带", "口袋", "30个"),
    # a name's digits said one by one, the documents quoting them
    ("柳岸三五一零行动是什么意思", "三五一零", "3510", "百亿产业集群"),
    # digits said one by one inside a quoted name
    ("柳岸一五分钟生活圈是什么", "一五", "15", "15分钟生活圈"),
])
def test_a_word_heard_is_read_as_the_documents_print_it(liuan, question: str, typed: str, read: str, wanted: str) -> None:
    ans = ask(liuan, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert f"文件中没有“{typed}”，按文件里读音相同的“{read}”理解" in ans.answer
    assert wanted in flat(ans.answer)


@pytest.mark.parametrize("question", [
    "柳岸今年新建鸡场多少个",  # no word of the documents sounds like 鸡场 beside its neighbours
    "柳岸今年新建垃圾焚烧厂几座",  # a thing the documents never print
])
def test_a_word_with_no_documents_form_stays_not_found(liuan, question: str) -> None:
    assert ask(liuan, question, today=TODAY).intent == "none"


def _read(question: str, held: str, names: str = "") -> str:
    bigrams = frozenset(held[i:i + 2] for i in range(len(held) - 1))
    return read_as_documents(question, bigrams=bigrams, holds=lambda p: p in held, names=names)[0]


def test_a_word_the_documents_hold_is_never_read_otherwise() -> None:
    held = "新建口袋公园30个，建设扣带公园"
    assert _read("今年建几个扣带公园", held) == "今年建几个扣带公园"


def test_a_region_name_is_left_to_its_own_repair() -> None:
    held = "柳岸今年新建口袋公园30个"
    assert _read("柳安今年新建口袋公园多少个", held, names="柳岸市") == "柳安今年新建口袋公园多少个"


def test_a_joining_character_is_read_as_typed() -> None:
    """"报告里交通": 里 joins words, "里交" is never read as 丽交 though the documents print it."""
    held = "建设美丽交通，交通强省建设试点"
    assert _read("报告里交通强省", held) == "报告里交通强省"


def test_two_look_alikes_beside_the_same_neighbour_are_no_reading() -> None:
    held = "新建基站1万个，新建机站2个"
    assert _read("新建鸡站多少个", held) == "新建鸡站多少个"
