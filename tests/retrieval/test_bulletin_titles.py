"""A progress bulletin printed under its masthead (session 26, round 61a): the masthead lines
("督查通报", "第7期", the office and date) are no title; the bulletin's own line is. The text is
invented."""
from __future__ import annotations


def test_a_bulletins_masthead_is_no_title() -> None:
    """"督查通报 / 第7期 / …督查室 / 澄泉市2025年上半年重点工作推进情况" (round 61a): the masthead
    above the title names no document; the notice is titled by its own line, of its place and year."""
    from retrieval.meta import read_meta

    text = "\n".join(["督查通报", "第7期", "澄泉市人民政府督查室　　　　2025年7月15日", "澄泉市2025年上半年重点工作推进情况",
                      "为推动市十七届人大四次会议确定的目标任务落地见效，市政府督查室对各牵头单位报送的二季度进展情况进行了汇总分析。",
                      "一、总体情况", "上半年，全市实现地区生产总值1526.3亿元，同比增长5.8%。"])
    meta = read_meta(text, kind="report")
    assert (meta.title, meta.region, meta.year) == ("澄泉市2025年上半年重点工作推进情况", "澄泉市", 2025)
