"""Units of measure every figure reader shares (core.measures): a figure in 微克, 立方米,
千瓦时, 吨标准煤, 标箱, 架次… is read whole by the pasted-claim check, the grounding check and
the commitment check alike, never missed and never cut to a shorter unit (千瓦时 → 千瓦)."""
from __future__ import annotations

import pytest

from answers import claims, figures, review_figures
from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("text, written, unit, value", [
    ("压到30微克以内", "30微克以内", "微克/立方米", 30),  # 微克 said for 微克/立方米
    ("PM2.5平均浓度29微克/立方米", "29微克/立方米", "微克/立方米", 29),
    ("下降到30微克每立方米", "30微克每立方米", "微克/立方米", 30),
    ("一氧化碳浓度1.2毫克/立方米", "1.2毫克/立方米", "毫克/立方米", 1.2),
    ("新增供水能力10万立方米", "10万立方米", "立方米", 1e5),
    ("发电量100亿千瓦时", "100亿千瓦时", "千瓦时", 1e10),
    ("新增装机300兆瓦", "300兆瓦", "兆瓦", 300),
    ("节能2.5万吨标准煤", "2.5万吨标准煤", "吨标准煤", 2.5e4),
    ("节能3万吨标煤", "3万吨标煤", "吨标准煤", 3e4),
    ("集装箱吞吐量50万标箱", "50万标箱", "标准箱", 5e5),
    ("起降2万架次", "2万架次", "架次", 2e4),
    ("接待游客1.2亿人次", "1.2亿人次", "人次", 1.2e8),
])
def test_every_reader_reads_the_unit_whole(text: str, written: str, unit: str, value: float) -> None:
    claimed = claims.figures(text)
    assert [(f.written, f.unit) for f in claimed] == [(written, unit)]
    assert abs(claimed[0].value - value) < 1e-6 * value
    grounded = figures.figures(text)
    assert [(f.text, f.unit) for f in grounded] == [(written, unit)]
    reviewed = review_figures.numbers(text)
    assert [f.unit for f in reviewed] == [unit] and abs(reviewed[0].value - value) < 1e-6 * value


def test_a_review_compares_figures_in_the_shared_units() -> None:
    target, = review_figures.numbers("集装箱吞吐量达到50万标准箱")
    reported, = review_figures.numbers("集装箱吞吐量52.3万标箱")
    assert review_figures.meets(target, reported) is True
    kwh, = review_figures.numbers("发电量100亿千瓦时")
    kw, = review_figures.numbers("装机100亿千瓦")
    assert review_figures.meets(kwh, kw) is None  # energy and power do not compare


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


def test_a_claim_in_micrograms_is_traced_or_not_found(ctx: Context) -> None:
    ans = ask(ctx, "PM2.5平均浓度25微克是哪个报告说的")  # no document states 25
    assert ans.intent == "none" and ans.answer.startswith("文件中没有找到") and "25微克" in ans.answer, ans.answer
    ans = ask(ctx, "中心城区PM2.5平均浓度控制在27微克以内是哪年的目标")
    text = flat(ans.answer)
    assert ans.intent != "none" and "27微克/立方米" in text and "2023" in text, ans.answer
