"""The measure asked must be the clause's when the dense model proposes it: "经开区去年税收多少"
is never answered by the 营业收入 clause of the same subject (round 32d, a mismatched figure);
the measure's own clause still answers, and a class word (比重) or a figure word the documents do
not print asks no word of the clause. Invented report."""
from __future__ import annotations

from answers.measure_heads import measure_missing, measure_of


def test_the_measure_is_the_last_noun_without_the_subject() -> None:
    assert measure_of("经济开发区税收", "经济开发区") == "税收"
    assert measure_of("第二中学新校区新增学位") == "学位"
    assert measure_of("占一般公共预算支出比重") != "比重"  # a class of figure, checked elsewhere


def test_a_clause_without_the_printed_measure_is_vetoed() -> None:
    printed = {"税收", "营业收入"}.__contains__
    assert measure_missing("税收", "岚桥经济开发区实现营业收入103.5亿元", printed)
    assert not measure_missing("税收", "园区入驻企业达到186家，实现税收3.1亿元", printed)
    # a word no document prints is left to the other readers (a paraphrase)
    assert not measure_missing("省钱", "为经营主体减负1630亿元", printed)
