"""Picking the answering clause from passages: the indicator, the figure, the year, the kind."""
from __future__ import annotations

from dataclasses import dataclass

from answers.evidence import (
    NUMBER,
    candidates,
    coverage,
    glossary_entry,
    grams,
    indicator_gap,
    key_clause,
    pick,
    section_period,
)


@dataclass
class FakeHit:
    text: str
    section: str
    year: int = 2024
    span_year: int | None = None
    file: str = "r.txt"
    title: str = "示例省2024年政府工作报告"
    region: str = "示例省"
    score: float = 1.0
    chunk_id: str = "c"


REVIEW = FakeHit(
    "（一）经济运行回升向好。地区生产总值增长 4.1%，一般公共预算收入增长3.8%，固定资产投资下降5.9%。"
    "粮食总产 439.7 亿斤、增产9.3亿斤，连续11年保持430亿斤以上。",
    "一、2023年工作回顾 › （一）经济运行回升向好",
    span_year=2023,
    chunk_id="review",
)
PLAN = FakeHit(
    "经济社会发展主要预期目标是：地区生产总值增长5%左右，规模以上工业增加值增长6.5%左右，"
    "城镇、农村居民人均可支配收入分别增长5%、7%左右。确保粮食产量430亿斤以上。",
    "二、2024年工作安排",
    span_year=2024,
    chunk_id="plan",
)
DOC_YEARS = {"r.txt": 2024}


def best(question_topic: str, *, years: list[int], mode: str | None, numeric: bool = True):
    cands = candidates([PLAN, REVIEW], grams(question_topic), doc_years=DOC_YEARS, numeric=numeric)
    return pick(cands, years=years, mode=mode, numeric=numeric)


def test_section_period_reads_review_and_plan() -> None:
    assert section_period("一、2023年工作回顾 › （一）…", 2024, 2023).mode == "result"
    assert section_period("二、2024年工作安排 › （一）…", 2024, 2024).mode == "target"
    # a clipped page without its heading: the span year says it is the review
    p = section_period("（三）力抓改革开放，发展活力更加强劲", 2023, 2022)
    assert (p.year, p.mode) == (2022, "result")


def test_target_and_result_of_the_same_indicator_are_told_apart() -> None:
    b, _ = best("地区生产总值增长", years=[2024], mode="target")
    assert b and "5%左右" in b.clause
    b, _ = best("地区生产总值增长", years=[2023], mode=None)
    assert b and "4.1%" in b.clause


def test_wrong_kind_gives_a_near_miss_not_an_answer() -> None:
    b, near = best("地区生产总值增长", years=[2023], mode="target")
    assert b is None
    assert near is not None and "4.1%" in near.clause and near.period.mode == "result"


def test_paraphrased_indicator_still_matches() -> None:
    b, _ = best("粮食产量", years=[2023], mode=None)
    assert b and "439.7亿斤" in b.clause


def test_unrelated_indicator_is_not_answered() -> None:
    b, near = best("新能源汽车产量", years=[2024], mode="target")
    assert b is None and near is None


def test_key_clause_keeps_both_figures_of_a_pair() -> None:
    b, _ = best("城乡居民人均可支配收入增长", years=[2024], mode="target")
    assert b
    clause = key_clause(b, grams("城乡居民人均可支配收入增长"))
    assert "5%" in clause and "7%左右" in clause
    assert not clause.startswith("经济社会发展")


def test_indicator_gap_flags_a_figure_of_another_indicator() -> None:
    assert indicator_gap("万元GDP能耗下降3%左右", grams("GDP增长")) >= 2
    assert indicator_gap("地区生产总值增长5%左右", grams("地区生产总值增长")) == 0


def test_numbers_with_units() -> None:
    found = [m.group(0) for m in NUMBER.finditer("全年吸引超100家首店，净增经营主体8.8万余户，增长 8.8%，1.1万亿元以上，第3位")]
    assert found == ["100家", "8.8万余户", "8.8%", "1.1万亿元以上", "3位"]


def test_coverage_weights_generic_words_less() -> None:
    assert coverage(grams("粮食产量"), "粮食总产439.7亿斤") >= 0.5
    assert coverage(grams("新能源汽车产量"), "确保粮食产量430亿斤以上") < 0.5


def test_glossary_entry() -> None:
    hit = FakeHit("17.四首：指区域首店、行业首牌、品牌首秀、新品首发。", "名词解释 › 四首")
    body, _ = glossary_entry([hit], "四首")
    assert body == "区域首店、行业首牌、品牌首秀、新品首发。"
    hit2 = FakeHit("2.制造业重点产业链现代化建设“1269”行动计划：做强做大12条制造业重点产业链条。", "名词解释 › 1269")
    body, _ = glossary_entry([hit2], "“1269”行动计划")
    assert body.startswith("做强做大12条")
    assert glossary_entry([hit], "三严五整") is None


def test_aligned_numbers_follow_fenbie() -> None:
    from answers.evidence import aligned_numbers

    clause = "城镇、农村居民人均可支配收入分别增长5%、7%左右"
    assert aligned_numbers(clause, grams("农村居民收入")) == ["7%左右"]
    assert aligned_numbers(clause, grams("城镇居民收入")) == ["5%"]
    assert aligned_numbers(clause, grams("居民收入")) == ["5%", "7%左右"]  # both named: both figures


def test_premise_check_compares_values() -> None:
    from answers.report_facts import _premise_check

    clause = "社会消费品零售总额增长7.0%左右"
    assert _premise_check("南昌社零目标是不是7%", clause, grams("社会消费品零售总额")) == "是的。"
    assert _premise_check("南昌社零目标是6%吗", clause, grams("社会消费品零售总额")) == "不是。"
    assert _premise_check("南昌社零目标是多少", clause, grams("社会消费品零售总额")) == ""
