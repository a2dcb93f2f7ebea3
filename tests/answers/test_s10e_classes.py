"""Plain-word questions whose words barely overlap the report's (issue 10, class of branch s10e):
the dense model proposes the clause, the figure's measure, period, a word of the question and
the model's lead over other figures decide; a look-alike (another measure, another qualifier,
a total for a new count) stays "not found". New wordings over a report of a city no rule has
seen, written here; the sample corpus is asked through the shared lexical `asked_corpus`
(DUCHA_EMBEDDING=none: the plain words are refused, never answered with a wrong figure)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.dense_answer import anchor_of, measures_asked, several_asks
from answers.answerability import read_asked
from retrieval.ingest import ingest_paths
from tests.support.answer_sets import flat

TODAY = dt.date(2025, 6, 1)

REPORT = """柳川市2025年政府工作报告

——2025年1月10日在柳川市第七届人民代表大会第四次会议上

各位代表：

一、2024年工作回顾

（一）经济运行稳中向好。全市地区生产总值增长5.6%，一般公共预算收入增长4.2%。出台惠企政策“20条”，为经营主体减负46.5亿元，累计建成5G基站4300个。

（二）城乡面貌持续改善。改造城镇老旧小区92个，新（改）建农村公路410公里，新增公共停车泊位6800个。

（三）民生保障更加有力。城镇新增就业4.1万人，支出社会救助资金3.7亿元，新建公办幼儿园12所。

同时，我们也清醒认识到，发展不平衡不充分的问题仍然较多，财政收支矛盾没有减少，涉及群众切身利益的难题还要花更大力气解决，
省里下达的部分任务进度偏慢，一些干部为民服务的本领还有差距。

二、2025年工作安排

主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%左右。

（一）扩大有效投资。引进投资超1亿元项目35个，实施市重点项目260个、完成投资520亿元。

（二）建设宜居城市。新增改造城镇老旧小区118个，新建城市公园7个，完成危桥改造24座。

（三）办好民生实事。完成农村户用卫生厕所改造1.2万户，新增社区嵌入式养老院15家。
"""


@pytest.fixture(scope="module")
def dense_ctx(tmp_path_factory: pytest.TempPathFactory):
    """The city's report ingested with the built-in dense model (a dozen chunks: seconds)."""
    from core.settings import load_settings
    from bot.wiring import new_context

    tmp = tmp_path_factory.mktemp("s10e_dense")
    path = tmp / "in" / "liuchuan_2025.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp / "var"), DUCHA_EMBEDDING="default"))
    if ctx.index.embedder is None:
        ctx.close()
        pytest.skip("the built-in dense model does not load on this machine")
    ingest_paths(ctx, [path])
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def lexical_ctx(tmp_path_factory: pytest.TempPathFactory):
    from tests.support.answer_sets import ingested_context

    tmp = tmp_path_factory.mktemp("s10e_lexical")
    path = tmp / "in" / "liuchuan_2025.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    ctx, _ = ingested_context(tmp, [path])
    yield ctx
    ctx.close()


@pytest.mark.parametrize("question, figure", [
    ("柳川2025年要翻新多少个老小区", "118个"),
    ("柳川今年农村要改多少户厕所", "1.2万户"),
    ("柳川2024年困难群众救助花了多少钱", "3.7亿元"),
])
def test_plain_words_answered_from_the_sentence_that_holds_them(dense_ctx, question: str, figure: str) -> None:
    ans = ask(dense_ctx, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert figure in flat(ans.answer), ans.answer
    # where it stands: the report and its section, so staff can check the wording differs
    assert "柳川市2025年政府工作报告" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "柳川2025年老旧小区改造涉及多少户居民",      # a measure the report never gives (个, not 户)
    "柳川2024年城里新找到工作的有多少户",          # another measure (人, not 户)
    "柳川2025年要新建几个郊野公园",               # a thing the report never names
    "柳川2024年房价涨了多少",
])
def test_look_alikes_stay_not_found(dense_ctx, question: str) -> None:
    ans = ask(dense_ctx, question, today=TODAY)
    assert ans.intent == "none", ans.answer


@pytest.mark.parametrize("question", [
    "柳川2025年要翻新多少个老小区",
    "柳川2024年房价涨了多少",
])
def test_without_the_dense_model_no_wrong_figure(lexical_ctx, question: str) -> None:
    """DUCHA_EMBEDDING=none: the lexical rules alone; a plain-word question may be refused,
    never answered with another indicator's figure."""
    ans = ask(lexical_ctx, question, today=TODAY)
    if ans.intent != "none":
        assert "118个" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question", [
    "南昌2023年改造老旧小区涉及多少户居民",
    "南昌地铁3号线2024年延伸多少公里",
    "江西2024年老旧小区改造要花多少钱",
])
def test_corpus_look_alikes_lexical(asked_corpus, question: str) -> None:
    ans = ask(asked_corpus, question, today=dt.date(2025, 1, 1))
    assert ans.intent == "none", ans.answer


def test_the_measure_a_plain_question_asks() -> None:
    assert "%" in measures_asked("去年经济涨了多少", (), None)[0]
    assert "%" in measures_asked("房价降了几个点", (), None)[0]
    assert measures_asked("要翻新多少个老小区", (), "个") == ((), "个")
    assert measures_asked("要建几个公园", (), None) == ((), None)


def test_glue_characters_anchor_nothing(asked_corpus) -> None:
    """"出生率达到多少" shares "率达" with "城镇化率达46%": glue, not a word of the subject."""
    asked = read_asked(asked_corpus, "江西2024年想让出生率达到多少", "")
    assert anchor_of(asked, "户籍人口城镇化率达46%左右")[0] == 0.0
    asked = read_asked(asked_corpus, "南昌2023年困难群众救助花了多少钱", "")
    assert anchor_of(asked, "支出社会救助资金9.15亿元")[1] > 0.12


def test_a_request_of_two_items_is_never_one_dense_clause_for_all(dense_ctx) -> None:
    # the dense step must not take a whole two-item request for one ask (it would answer one
    # item, labelled as matched by meaning, and the other would be lost): each item is read alone
    ans = ask(dense_ctx, "请核实柳川市2025年政府工作报告中市重点项目的实施目标，并说明城镇老旧小区改造数量要求。", today=TODAY)
    assert "按意思对应" not in ans.answer, ans.answer
    assert "260个" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, several", [
    ("核实2024年省政府工作报告中港口集装箱铁水联运量的增长目标,并说明新开工装配式建筑面积占比要求。", True),
    ("柳川2025年新建城市公园多少个，危桥改造多少座", True),
    ("柳川今年农村要改多少户厕所", False),
    ("柳川2024年困难群众救助花了多少钱", False),
])
def test_several_asks_are_left_to_the_several_asks_reader(question: str, several: bool) -> None:
    assert several_asks(question) is several
