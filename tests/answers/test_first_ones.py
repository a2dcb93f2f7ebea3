""""The first one" typed as 第一家/第一个/第一座/头一家/第一批 and printed as 首家/首个/首座/首批
(core/synonyms_data.py, plain_or rows): both words are tried, so "第一个零碳园区是哪个" finds
"成为全市首个县级零碳园区" (a false "not found" of outsider round 25c: "我市第一家A股上市的是哪个
企业"). An invented county's report, and the sample corpus."""
from __future__ import annotations


import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, report_context

REPORT = """政府工作报告
——2025年1月10日在白河县第十七届人民代表大会第四次会议上
各位代表：
一、2024年工作回顾
产业发展势头良好。禾丰食品股份有限公司在北京证券交易所上市，成为我县首家上市企业。白河光伏产业园建成投运，成为全市首个县级零碳园区。县城投公司主体信用等级提升至AA。青龙湖大桥建成通车，成为我县首座斜拉桥。白河镇入选全省首批乡村振兴示范镇。成功举办首届“白河桃花节”，带动消费超过2亿元。
二、2025年工作安排
全县地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    c = report_context(tmp_path_factory.mktemp("first_ones"), REPORT)
    yield c
    c.close()


@pytest.mark.parametrize("question, want", [
    ("第一个零碳园区是哪个", "白河光伏产业园"),
    ("第一座斜拉桥是哪座", "青龙湖大桥"),
    ("头一家上市的企业是谁", "禾丰食品"),
    # 第一届 typed, 首届 printed (round 45c)
    ("第一届白河桃花节带动了多少消费来着", "2亿元"),
])
def test_the_first_one_typed_is_found_printed(ctx: Context, question: str, want: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and want in flat(ans.answer), ans.answer


def test_the_first_batch_of_the_sample_corpus(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "第一批千兆城市有哪些")
    assert ans.intent != "none" and "南昌、九江、上饶" in flat(ans.answer), ans.answer
