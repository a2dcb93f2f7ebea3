"""Answers that hold on wordings the rules were not written for: formal requests with a
background, nicknamed reports, places in brackets, Latin abbreviations (answers/clause_roles.py,
answers/answerability.py). Every question here is this module's own wording over the sample
corpus; each found answer has a look-alike that must stay "not found"."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

import answers.answerability as A
from answers.ask import ask
from answers.clause_roles import request_of
from core.context import Context


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- the request of a formal question -----------------------------------------------------

@pytest.mark.parametrize("question, asked", [
    # a purpose before the request: gone
    ("为迎接年度考核，烦请提供2024年全省单位GDP能耗下降的目标。", "2024年全省单位GDP能耗下降的目标"),
    # the background's place and year, when the request names none, stand before it
    ("经查，九江市报告称2023年外贸增长较快，请核实该项增速。", "2023年九江市外贸增长"),
    # a pointer with a noun the background does not use: the background's subject
    ("经查上饶数字经济项目推进较慢，烦请明确分工方案中该项工作的牵头单位。", "分工方案中上饶数字经济项目的牵头单位"),
    # what the answer is for, after the request: gone
    ("请核实抚州市2023年新建5G基站的数量，以便与通信管理部门数据核对。", "抚州市2023年新建5G基站的数量"),
    ("请提供2022年全省新增就业人数，我处需据此起草通报。", "2022年全省新增就业人数"),
])
def test_the_request_is_what_is_asked(question: str, asked: str) -> None:
    assert request_of(question) == asked


def test_a_plain_question_has_no_request_to_read() -> None:
    assert request_of("2024年全省GDP增长目标是多少") is None
    # a request with nothing around it: only its verb goes
    assert request_of("烦请核实2024年全省GDP增长目标") == "2024年全省GDP增长目标"


# --- what the question asks for -----------------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("建成区达到海绵城市建设要求的比例口径", "%"),
    ("惠企资金兑现的累计金额", "元"),
    ("高标准农田建设的年度任务面积", "亩"),
    ("粮食总产多少", "斤"),
    ("新增就业人数", "人"),
])
def test_the_measure_asked_follows_the_word_that_asks_it(text: str, unit: str) -> None:
    assert unit in A.asked_measures(text)


def test_any_figure_answers_when_no_measure_is_named() -> None:
    assert A.asked_measures("新签约项目多少") == ()


def test_a_list_or_a_name_asked_is_no_figure() -> None:
    assert not A.figure_asked("四融一共和美乡村具体是哪几个融合")
    assert not A.figure_asked("数字经济项目由哪些单位牵头")
    assert not A.figure_asked("创新创业大赛全国排第几")  # a rank, not a quantity
    assert A.figure_asked("烦请提供南昌市2023年兑现资金的累计金额")


def test_remarks_after_the_ask_and_years_set_aside_are_not_asked() -> None:
    q = "全省2023年粮食总产多少？要开年报告里的数，不是2021年的"
    assert "开年" not in A.asked_text(q) and "粮食总产" in A.asked_text(q)
    assert A.years_set_aside(q) == {2021}
    assert A.report_years("那份报告（江西2024年）里") == {2024}
    assert A.report_years("2022年政府工作报告里的数") == {2022}


# --- the scorer: rarity decides, the measure and names veto ---------------------------------

@dataclass
class _Hit:
    text: str
    file: str = "r.txt"
    title: str = "某市2024年政府工作报告"
    region: str = "某市"
    year: int = 2024
    section: str = "二、2024年工作安排"
    chunk_id: str = "c1"
    span_year: int | None = None
    dense_score: float | None = None


def _score(monkeypatch: pytest.MonkeyPatch, rarity: dict[str, float], question: str, text: str, **kw):
    monkeypatch.setattr(A.B, "term_rarity", lambda ctx, terms: {t: rarity.get(t, 0.0) for t in terms})
    return A.best_answer(None, question, A.B.normalize(question), [_Hit(text)], doc_years={"r.txt": 2024}, years=[2024],
                         mode=kw.get("mode"), numeric=True, unit_asked=None, dense=False)


_RARE = {"冷链": 5.0, "链物": 5.0, "物流": 3.0, "流园": 5.0, "园区": 2.0, "占比": 4.0, "投资": 1.0}


def test_words_the_documents_never_use_weigh_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # "那份", "开年", "口径" are in no chunk: they neither help nor hurt
    found = _score(monkeypatch, _RARE, "开年那份报告里冷链物流园区投资金额的口径是多少",
                   "冷链物流园区投资12亿元，建成园区3个。")
    assert found is not None and "12亿元" in found.numbers


def test_a_sentence_sharing_only_common_words_answers_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _score(monkeypatch, _RARE, "冷链物流园区投资多少", "完成投资12亿元，园区建设提速。") is None


def test_a_figure_of_another_measure_answers_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # a share asked; the sentence states money only
    assert _score(monkeypatch, _RARE, "冷链物流园区投资占比多少", "冷链物流园区完成投资12亿元。") is None
    found = _score(monkeypatch, _RARE, "冷链物流园区投资占比多少", "冷链物流园区投资占比达到35%。")
    assert found is not None and found.numbers == ["35%"]


def test_a_numbered_name_the_sentence_lacks_vetoes(monkeypatch: pytest.MonkeyPatch) -> None:
    rarity = {**_RARE, "地铁": 4.0, "号线": 3.0}
    text = "地铁1号线建成通车，地铁2号线完成投资80亿元。"
    assert _score(monkeypatch, rarity, "地铁3号线投资多少", text) is None
    assert _score(monkeypatch, rarity, "地铁2号线投资多少", text) is not None


def test_an_abbreviation_and_its_expansion_weigh_as_one_word(monkeypatch: pytest.MonkeyPatch) -> None:
    rarity = {"人均": 4.0, "gdp": 3.5, "地区": 2.5, "区生": 3.0, "生产": 2.0, "产总": 3.0, "总值": 3.0}
    text = "地区生产总值增长4.1%。"
    # the long expansion does not outweigh the word beside it
    assert _score(monkeypatch, rarity, "人均GDP多少", text) is None
    assert _score(monkeypatch, rarity, "GDP增长多少", text) is not None


def test_a_word_of_characters_the_documents_never_print_vetoes() -> None:
    held = frozenset("港口集装箱量力争多少的")
    assert A.unheld_word("港口集装箱吞吐量力争多少", held) == "吞吐"
    # a lone unknown character is a typo or the asker's verb; asking words never count
    assert A.unheld_word("危乔改造几座", frozenset("危改造座")) == ""
    assert A.unheld_word("港口哪几个", held) == ""
    assert A.unheld_word("吞吐量", frozenset()) == ""  # nothing known: nothing judged


def test_the_asked_kind_of_year_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # a result asked, the report's plan section states a target only
    assert _score(monkeypatch, _RARE, "冷链物流园区投资多少", "冷链物流园区完成投资12亿元。", mode="result") is None


# --- from the question to the answer, on the sample corpus ---------------------------------

@pytest.mark.parametrize("question, figure", [
    ("为准备季度督查通报，烦请提供南昌市2023年新增转移农村劳动力的人数。", "3.74万人"),
    ("鉴于近期开展营商环境专项督查，请核实2023年全省为经营主体减负的金额。", "1630亿元"),
    ("经查，南昌市报告称2023年城镇新增就业完成较好，烦请提供该项就业人数。", "6.89万人"),
    ("开年那份省报告（江西2024年）里，招投标全流程电子化率是多少", "99%"),
    ("我市（南昌）开年报告里说今年粮食播种面积要稳在多少", "516万亩"),
    ("为评估政务服务改革成效，烦请提供南昌市2023年通过惠企通平台无感兑现资金的金额。", "48.09亿元"),
])
def test_an_answer_held_in_the_documents_is_found(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("fact", "target") and figure in ans.answer, ans.answer
    assert ans.sources, "the answer names its source"


@pytest.mark.parametrize("question", [
    "为做好轨道交通督查，烦请提供南昌地铁9号线2024年的建设投资。",  # no such line
    "烦请提供2024年全省新增“氢能小镇”的数量目标",  # a quoted name the reports never use
    "因安全生产督查需要，烦请提供2024年全省煤矿关闭退出的数量。",  # no such item
    "请核实南昌市2023年城镇新增就业的目标，以便比对",  # a result is there, no target
    "九江港集装箱吞吐量多少",  # another place's port
    "开年那份报告里说的，2023年全省人均GDP多少",  # GDP is there, per head it is not
    "烦请提供2024年全省港口集装箱吞吐量的目标",  # the reports never speak of throughput
])
def test_a_look_alike_the_documents_do_not_hold_stays_not_found(ctx: Context, question: str) -> None:
    assert ask(ctx, question).intent == "none"


@pytest.mark.parametrize("question, figure", [
    # the background's words would send the question to the plan's target, the report's
    # result is asked
    ("为做好专项督查工作，江西2021年新增发放创业担保贷款多少亿元", "179.2亿元"),
    # a Latin-lettered name with a decimal is no task code, whatever the background says
    ("为做好专项督查工作，2021年设区城市PM2.5浓度多少", "29微克"),
])
def test_a_background_does_not_change_the_answer(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("fact", "target") and figure in ans.answer, ans.answer


def test_a_place_in_brackets_says_which_my_city_is(ctx: Context) -> None:
    from answers.bracketed import place_in_brackets

    assert place_in_brackets("我市（赣州）2024年规上工业增加值目标") == "赣州市2024年规上工业增加值目标"
    assert place_in_brackets("咱们省（江西）粮食总产") == "江西省粮食总产"
    assert place_in_brackets("我市（含县区）粮食总产") == "我市（含县区）粮食总产"  # no place in it
    # 赣州 has no 2024 report: not 南昌's figure
    assert ask(ctx, "我市（赣州）2024年规上工业增加值目标").intent == "none"
    ans = ask(ctx, "我市（南昌）今年规上工业增加值增长目标定的多少")
    assert ans.intent == "target" and "6.5%左右" in ans.answer, ans.answer


def test_each_region_named_is_answered_whatever_is_said_before(ctx: Context) -> None:
    ans = ask(ctx, "开年那份报告里说的，江西和南昌2023年GDP分别增长多少")
    assert "4.1%" in ans.answer and "4.0%左右" in ans.answer, ans.answer


def test_a_remark_after_the_ask_is_no_word_to_find(ctx: Context) -> None:
    ans = ask(ctx, "2023年全省新增发放创业担保贷款完成年计划的多少，这个数要准确")
    assert "234.2%" in ans.answer, ans.answer
