"""A word staff shorten, read as the documents print it in full (answers/abbreviated_words.py):
a question word no document prints whose characters stand in order in one printed term ("婚检"
→ 婚前医学检查, "电诈" → 电信网络诈骗, "两癌筛查" → "两癌"免费筛查), a colloquial character in the
documents' form ("俩癌" → 两癌); asked again on the not-found path, the answer saying how the
word was read. Rounds 33b (r33b-039), 33d (r33d-013), 35a (r35a-045), 35b (r35b-039), 35c
(r35c-015/032); own variants over an invented city's report and table written here (other
topics, other documents, other wordings)."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.abbreviated_words import printed_span, read_shortened, span_pattern
from answers.ask import ask
from core import lazy_re as re
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 6, 1)

REPORT = """岚溪市2025年政府工作报告

一、2024年工作回顾

2024年，全市地区生产总值增长5.6%。全市医疗废物集中处置率达到100%，新增职业教育实训基地6个。完成农村危房改造1800户，残疾儿童康复救助2300人次。深化体制机制改革，推动国有企业市场化运营。

二、2025年重点工作

（一）推进城市更新。改造燃气老旧管道120公里，新建口袋公园20个，新增城市停车泊位3000个。
（二）办好惠民实事。集中力量办好八件惠民实事：一是新增普惠托位800个；二是为65岁以上老年人免费健康体检12万人次；三是新建社区食堂40个；四是新增公共充电桩1500个；五是改造农村户厕5000户；六是新建城市书房10个；七是开展职业技能培训3万人次；八是完成农村“两改”（改厕、改厨）1.2万户。
（三）守牢安全底线。城乡居民医疗保险参保率稳定在95%以上，持续打击电信网络诈骗犯罪。推进医疗保障信息平台建设。创建国家食品安全示范城市。
（四）建设美丽岚溪。新建城市绿道60公里，新增充电桩300个，完成造林绿化2万亩。
"""

PLAN = """2025年岚溪市《政府工作报告》重点任务分工方案

序号	重点工作	市政府牵头领导	牵头单位	责任单位	完成时限
一、推进城市更新					
1	改造燃气老旧管道120公里。	方立群	市住建局	市城管局	2025年12月底
2	新建口袋公园20个。	方立群	市城管局	市住建局	2025年10月底
二、守牢安全底线					
3	创建国家食品安全示范城市。	陈海燕	市市场监管局	市卫生健康委	2025年12月底
4	开展残疾儿童康复救助。	陈海燕	市残联	市民政局	2025年12月底
5	推进医疗废物集中处置中心扩建。	陈海燕	市生态环境局	市卫生健康委	2025年11月底
"""


@pytest.fixture(scope="module")
def lanxi(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("shortened")
    (tmp / "岚溪市2025年政府工作报告.txt").write_text(REPORT, encoding="utf-8")
    (tmp / "岚溪市2025年重点任务分工方案.txt").write_text(PLAN, encoding="utf-8")
    c, results = ingested_context(tmp, [tmp / "岚溪市2025年政府工作报告.txt", tmp / "岚溪市2025年重点任务分工方案.txt"])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, typed, read, wanted", [
    # two characters kept of a six-character term, a figure of the review
    ("去年残康救助多少人次", "残康", "残疾儿童康复", "2300人次"),
    # the first character of each word of a long term, a target
    ("燃管改造今年多少公里", "燃管", "燃气老旧管道", "120公里"),
    # a dictionary word cut in two (职业技能 → 技能), an item of a list
    ("技培今年多少人次", "技培", "技能培训", "3万人次"),
    # a task of the table asked of by its shortened name
    ("食安那条谁牵头", "食安", "食品安全", "市场监管局"),
    # a colloquial character the documents write otherwise (俩 → 两)
    ("俩改今年要完成多少户", "俩改", "两改", "1.2万户"),
])
def test_a_shortened_word_is_read_as_the_documents_print_it(lanxi, question: str, typed: str, read: str,
                                                             wanted: str) -> None:
    ans = ask(lanxi, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    assert f"文件中没有“{typed}”，按文件里的“{read}”理解" in ans.answer
    assert wanted in flat(ans.answer)


@pytest.mark.parametrize("question", [
    "今年机场旅客吞吐量多少",  # 机…场 of "机制…市场" keeps no word's first character
    "今年电诈案件要降多少",  # 电信网络诈骗 is printed, but with no figure: still not found
])
def test_a_word_with_no_figure_of_its_term_stays_not_found(lanxi, question: str) -> None:
    assert ask(lanxi, question, today=TODAY).intent == "none"


def _read(question: str, held: str, *, joined: bool = False) -> str:
    """The question read against `held` (clauses joined), jieba cutting the clauses."""
    from answers.abbreviated_words import _segment

    def clauses(word: str, pattern: str) -> list[tuple[str, int]]:
        return [(c, m.start()) for c in re.split(r"[，。；]", held) for m in re.finditer(pattern, c)]

    return read_shortened(question, printed=lambda w: w in held, clauses=clauses, names="", segment=_segment,
                          joined=joined)[0]


def test_two_terms_of_one_shortening_are_no_reading() -> None:
    held = "城乡居民医疗保险参保率稳定在95%以上，推进医疗保障信息平台建设"
    assert _read("医保今年多少", held) == "医保今年多少"


def test_one_term_written_out_more_or_less_is_read_as_its_shortest_form() -> None:
    held = "为3万名适龄妇女免费开展“两癌”筛查，妇女“两癌”免费筛查"
    assert _read("两癌筛查今年多少人", held, joined=True) == "“两癌”筛查今年多少人"


def test_characters_that_start_no_word_of_the_clause_are_no_reading() -> None:
    assert printed_span("机场", "健全机制市场化运营", 2, lambda c: ["健全", "机制", "市场化", "运营"]) is None
    assert re.match(span_pattern("婚检"), "婚前医学检查") is not None
    assert printed_span("婚检", "免费开展婚前医学检查", 4, lambda c: ["免费", "开展", "婚前", "医学", "检查"]) == "婚前医学检查"


def test_a_character_printed_twice_is_kept_where_its_word_starts() -> None:
    """"普惠托位" in "普惠性托育托位": 托 of 托育 leaves 位 inside a word; 托 of 托位 keeps both."""
    segment = lambda c: ["新增", "普惠性", "托育", "托位", "300", "个"]  # noqa: E731
    assert printed_span("普惠托位", "新增普惠性托育托位300个", 2, segment) == "普惠性托育托位"


def test_a_word_typed_whole_is_never_read_into_a_longer_word() -> None:
    """"外资增长" is never "市外资金增长": 外资 (foreign capital) would become funds from outside."""
    segment = lambda c: ["实际", "利用", "市", "外", "资金", "增长", "10", "%", "以上"]  # noqa: E731
    assert printed_span("外资增长", "实际利用市外资金增长10%以上", 5, segment) is None
