"""Asks wrapped in what staff say around them, as round 38a/38b typed them on the sample corpus:
- two parts whose years the question fixes: "25年市报告… 去年实际多少 今年目标多少" (今年 is the
  named report's year, not the part before's) and "去年就是24年…，今年目标" (`answers.years.anchor_year`);
- a purpose said after the ask: "…目标多少 我要放一起对比", "领导讲话想引用一下…那句硬话，原话咋说的"
  (`core.ask_words_data` remarks, `core.spoken` openings; 讲话 is no verb of hearsay);
- a scope corrected: "…不是全省的 是柏川市的" (the place wanted is no part of the one set aside);
- a size asked with no year ("科创园二期建筑面积多大"): "多大" asks the size, not what was done;
- a statement, then the ask about a word of it: "报告里说发展三新经济 三新是哪三个"
  (`answers.trailing_checks.last_ask`).
Own invented city report; the wordings are families, not the rounds' sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.side_requests import read_side_requests
from answers.years import anchor_year
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2026, 6, 1)

REPORT = """柏川市2025年政府工作报告

一、2024年工作回顾

全市地区生产总值增长5.6%，增速高于全省0.4个百分点，城镇新增就业3.1万人，新增上市公司4家。
柏川综合保税区于6月通过国家验收并封关运营，全年实现进出口28.4亿元。
千方百计稳就业，决不让一户零就业家庭失去依靠。

二、2025年主要目标和重点工作

主要预期目标是：地区生产总值增长6%左右，城镇新增就业3.3万人以上。
推进企业上市培育行动，力争新增上市公司3家。
开工建设柏川科创园二期，总建筑面积18万平方米。
完成普惠金改试验区建设任务，引导金融机构加大对小微企业支持力度，新增贷款300亿元以上。
积极发展“三新”1经济，培育消费新场景。

名词解释
1.三新：新产业、新业态、新模式。
"""


@pytest.fixture(scope="module")
def baichuan(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("spoken_context"), REPORT, "柏川市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, anchor", [
    ("25年市报告GDP 去年实际增长多少 今年目标多少", 2025),
    ("柏川去年就是24年新增了几家上市公司 今年目标又是多少家", 2025),
    ("柏川去年（2024年）新增了几家", 2025),
    ("25年GDP目标多少，去年实际多少", None),  # no report named: 去年 counts from the part before
])
def test_the_year_a_question_fixes_for_today(question: str, anchor: int | None) -> None:
    assert anchor_year(question) == anchor


@pytest.mark.parametrize("question, wanted", [
    ("25年柏川市报告GDP 去年实际增长多少 今年目标多少", ["5.6%", "6%左右"]),
    ("柏川去年就是24年新增了几家上市公司 今年目标又是多少家", ["4家", "3家"]),
    ("25年柏川报告 24年城镇新增就业实际多少 25年目标多少 我要放一起对比", ["3.1万人", "3.3万人"]),
])
def test_both_parts_answered_for_the_years_said(baichuan, question: str, wanted: list[str]) -> None:
    text = flat(ask(baichuan, question, today=TODAY).answer)
    assert all(w in text for w in wanted), text


def test_a_quotation_wanted_for_a_speech(baichuan) -> None:
    ans = ask(baichuan, "领导讲话想引用一下柏川报告里零就业家庭那句硬话，原话咋说的？", today=TODAY)
    assert "决不让一户零就业家庭失去依靠" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("typed", ["柏川24年GDP增长了多少 不是全省的 是柏川市的", "柏川24年GDP增长了多少 不是全省的是柏川市的"])
def test_the_place_wanted_is_kept_when_the_province_is_set_aside(baichuan, typed: str) -> None:
    assert read_side_requests(typed).question.startswith("柏川")
    assert "5.6%" in flat(ask(baichuan, typed, today=TODAY).answer)


def test_a_statement_then_the_ask_about_its_word(baichuan) -> None:
    ans = ask(baichuan, "柏川报告里说发展三新经济 三新是哪三个", today=TODAY)
    text = flat(ans.answer)
    assert "新产业" in text and "新业态" in text and "新模式" in text, ans.answer


@pytest.mark.parametrize("typed", ["打通断头路8条是哪个区领导分管", "打通断头路8条 协同部门有哪些", "污水管网那项哪位州领导负责"])
def test_the_owner_asked_in_a_levels_words(typed: str) -> None:
    """"哪个区领导分管" / "协同部门" ask the owner: read as figures, the review's "打通断头路6条"
    answered (round 40a/40b)."""
    from answers.question import parse_question

    assert parse_question(typed).intent == "owner"


@pytest.mark.parametrize("typed, read", [
    ("我市PM2.5控制在26以内这项 配合单位都有哪些（鹭洲台账）", "鹭洲市PM2.5控制在26以内这项 配合单位都有哪些"),
    ("PM2.5那项谁牵头（鹭洲市方案）", "鹭洲市PM2.5那项谁牵头"),
    ("GDP目标多少（2024年省报告口径）", "GDP目标多少（2024年省报告口径）"),
    ("新增就业多少（含县区）", "新增就业多少（含县区）"),
])
def test_a_closing_bracket_naming_a_places_document(typed: str, read: str) -> None:
    from answers.bracketed import source_in_brackets

    assert source_in_brackets(typed) == read


def test_a_size_asked_with_no_year_is_answered_by_the_plan(baichuan) -> None:
    ans = ask(baichuan, "科创园二期建筑面积多大", today=TODAY)
    assert "18万平方米" in flat(ans.answer) and ans.intent != "none", ans.answer


@pytest.mark.parametrize("typed", ["招商签约那项 是商务局牵头不", "招商签约那项是商务局牵头的不？"])
def test_a_guess_closed_by_bu_is_a_yes_no_ask(typed: str) -> None:
    """"…是商务局牵头不": 不 closing the message asks yes or no, as 吗 does (round 36c)."""
    from answers.wording import prepare

    assert prepare(typed).rstrip("？?").endswith("吗")


def test_a_done_verb_and_a_time_word_are_no_words_of_the_thing(baichuan) -> None:
    """"综保区封关以后去年进出口做了多少": 做了 says it was done, 以后 when; neither is in the
    sentence that answers (round 38c)."""
    ans = ask(baichuan, "综保区封关以后去年进出口做了多少", today=TODAY)
    assert "28.4亿元" in flat(ans.answer), ans.answer


def test_a_locator_said_last_points_at_the_passage(baichuan) -> None:
    """"…新增贷款要多少个亿以上 那个那个普惠金改那块的": the closing words say where the item stands,
    not what it is called; the answer's passage holds them (round 38b)."""
    ans = ask(baichuan, "柏川25年 新增贷款要多少个亿以上 那个那个普惠金改那块的", today=TODAY)
    assert "300亿元" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("typed", ["我市去年GDP增速比全省高多少", "去年GDP增速比全省快几个点"])
def test_a_gap_to_the_whole_asked_as_reports_print_it(baichuan, typed: str) -> None:
    """"比全省高多少" is printed "高于全省0.4个百分点" (round 38c)."""
    assert "0.4个百分点" in flat(ask(baichuan, typed, today=TODAY).answer)
