"""A term the report marks with a note number ("一网通办率3"), asked how it is counted (口径, 怎么算):
answered by the numbered note, keyed by its number even when the note is headed by another term
(answers/noted_terms.py). Round 31d (r31d-054); variants over an invented report written here
(other terms, other notes, other wordings), and a figure that only looks like a mark."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2025, 6, 1)

REPORT = """岚溪市2025年政府工作报告

一、2024年工作回顾

数字经济加快发展。实施“上云用数赋智”行动，企业上云率、数字化转型覆盖率1分别达到62.5%、40.3%，年营业收入5亿元以上企业达到86家。

城市品质持续提升。新建城市公园14个，建成区绿化覆盖率2提高到43.2%，深入推进“三链融合”3，岚溪科创谷一期建成投用。

二、2025年重点工作

（一）做强数字经济。新增上云企业3000家，建成5G基站2000个。

名词解释

1.上云用数赋智：指推动企业把业务系统迁移到云端、用好数据、以数字技术赋能生产经营。企业上云率：指规模以上工业企业中已应用云服务的企业数占全部规上工业企业数的比例。数字化转型覆盖率：指开展数字化改造的规上工业企业数占规上工业企业总数的比例。

2.城市园林绿化评价：指按国家园林城市标准对城市绿地建设开展的年度评价。建成区绿化覆盖率：指建成区内各类绿化覆盖垂直投影面积之和占建成区总面积的比例。

3.三链融合：指创新链、产业链、资金链深度融合。
"""


@pytest.fixture(scope="module")
def lanxi(tmp_path_factory: pytest.TempPathFactory):
    c = report_context(tmp_path_factory.mktemp("noted"), REPORT, "岚溪市2025年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    # the figure said, the term asked back as "这个率"
    ("岚溪报告里企业上云率62.5% 这个率按什么口径统计的", "已应用云服务的企业数"),
    # the second of a 、-list the mark follows
    ("数字化转型覆盖率是怎么计算的", "开展数字化改造的规上工业企业数"),
    # a note headed by another term
    ("建成区绿化覆盖率43.2%这个数咋算的", "垂直投影面积之和"),
    # a note headed by the term itself (its mark read off at ingest)
    ("三链融合的口径是什么", "创新链、产业链、资金链"),
])
def test_the_note_answers(lanxi, question: str, wanted: str) -> None:
    ans = ask(lanxi, question, today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert wanted in flat(ans.answer)
    assert "岚溪市2025年政府工作报告" in ans.answer  # with its source


def test_a_figure_is_no_note_mark(lanxi) -> None:
    # "5亿元" is a figure, and note 5 does not exist; "年营业收入" is in no note
    ans = ask(lanxi, "年营业收入5亿元以上企业是按什么口径算的", today=TODAY)
    assert "报告注释" not in ans.answer, ans.answer


def test_a_part_of_a_noted_term_is_left_to_the_glossary_parts(lanxi) -> None:
    # "…里面的X": one part of the entry asked (answers/glossary_parts.py), not the whole note
    ans = ask(lanxi, "三链融合里面的资金链是按什么口径", today=TODAY)
    assert "报告注释" not in ans.answer, ans.answer
