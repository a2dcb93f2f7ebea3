"""Asks of the held-out batch 69, read after its run: a count offered with a unit's tasks ("牵头的
是不是就3项") is no owner guessed; who asked said after the ask ("有人问"); the one in office now
offered as the speaker ("是现在的韩市长吗"); someone's request to send a thing on ("王主任让把X发他")
asks X."""
from __future__ import annotations

import pytest

from answers.padding import drop_padding
from answers.question import parse_question


def test_a_count_offered_with_a_units_tasks_is_no_owner_guessed():
    q = parse_question("工信局那边牵头的是不是就3项", units_in_text=lambda raw: ["市工业和信息化局"] if "工信局" in raw else [])
    assert q.intent == "unit_tasks", q


@pytest.mark.parametrize("question, kept", [
    ("川e办是个啥 有人问", "川e办是个啥"),
    ("王主任让把今年报告的会议名称和日期发他 帮我看下是哪天", "今年报告的会议名称和日期"),
])
def test_what_is_said_around_the_ask_is_dropped(question, kept):
    assert drop_padding(question).startswith(kept), drop_padding(question)


@pytest.mark.parametrize("question, meta", [
    ("25年的政府工作报告是谁作的 是现在的韩市长吗", {"who"}),
    ("今年报告的会议名称和日期 帮我看下是哪天 第几次会议", {"when", "where"}),
])
def test_document_facts_asked_with_a_guess_or_a_request(question, meta):
    q = parse_question(question)
    assert q.intent == "fact" and set(q.meta) == meta, q


@pytest.mark.parametrize("question", ["老旧小区改造今年财政安排了多少资金", "老旧小区改造安排资金多少"])
def test_money_asked_without_its_unit_asks_an_amount_in_yuan(question):
    # (round 69c: "改造城镇老旧小区150个" answered a question about the money set aside)
    assert parse_question(question).unit_asked == "元"


def test_two_regions_compared_give_each_regions_figure(asked_corpus):
    # (round 69b: "南昌和全省比 哪个高" answered the province's 4.1% alone)
    import datetime as dt

    from answers.ask import ask

    text = "".join(ask(asked_corpus, "23年gdp增速 南昌和全省比 哪个高 各多少", today=dt.date(2026, 12, 4)).answer.split())
    assert "4.1%" in text and "4.0%左右" in text, text


def test_a_forwarded_message_keeps_only_its_question():
    # (round 69c: "【办公室群】…请督查科跟进 商务局牵头的里面…" was read as one task's name)
    assert drop_padding("【办公室群】商务局报送的任务进度请督查科跟进 商务局牵头的里面 到今天已经过了截止日期的有哪些") == \
        "商务局牵头的里面 到今天已经过了截止日期的有哪些"
