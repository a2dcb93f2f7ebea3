"""A later part pointing back at an earlier part's subject (answers.carried_subject): "21年分工
方案里R&D占GDP比重那个目标谁牵头？22年报告里这个目标又定的多少" asks the 2022 target of
R&D占GDP比重, not of nothing (round 24c r24c-047)."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.carried_subject import carried
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question, wants", [
    ("21年分工方案里R&D占GDP比重那个目标谁牵头？22年报告里这个目标又定的多少", ("省科技厅", "1.9%")),
    ("22年研发经费支出占GDP比重目标多少？这个指标在21年分工方案里谁牵头", ("1.9%", "省科技厅")),
    ("21年方案里新增上市公司那条谁牵头？22年报告里这个目标定的多少家", ("省金融监管局", "12家")),
    ("21年方案里高标准农田那条谁牵头？22年报告里这个目标定的多少万亩", ("省农业农村厅", "290万亩")),
    ("2021年方案中新增上市公司那项谁负责？2022年报告这个指标是多少", ("殷美根", "12家")),
    ("21年方案里R&D经费支出占GDP比重那一条谁负责？22年报告里该指标定的多少", ("罗小云", "1.9%")),
])
def test_the_pointing_part_takes_the_earlier_subject(asked_corpus, question: str, wants: tuple[str, ...]) -> None:
    ans = ask(asked_corpus, question)
    text = flat(ans.answer)
    assert all(w in text for w in wants) and "没有看懂" not in text, ans.answer


def test_a_part_with_its_own_subject_is_left_as_written() -> None:
    parts = ("老旧小区改造那条谁牵头", "23年报告里这个目标下棚户区改造定的多少套")
    assert carried(parts) == parts
