"""Unnumbered chapter headings ("过去一年的主要工作", "2025年总体要求和主要任务"): the review
part of such a report is what stands under its review heading, up to the next chapter, and
never the title, the speaker's line or a line inside a numbered section."""
from __future__ import annotations

import pytest

from retrieval.chunk import chunk_document
from retrieval.clean import clean_text, is_chapter_heading
from retrieval.ingest import ingest_paths
from retrieval.review_part import review_part
from store.review import report_for

OPENING = "石泉县2025年政府工作报告\n\n石泉县人民政府县长  梁望舒\n\n各位代表：\n\n"


def _review(make_ctx, tmp_path, text: str):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    (result,) = ingest_paths(ctx, [path])
    assert result.status == "ingested" and result.year == 2025, result
    return review_part(ctx.db, report_for(ctx.db, result.region, 2025), 2024)


@pytest.mark.parametrize(
    "review_heading, plan_heading, last_heading",
    [
        ("过去一年的主要工作", "2025年总体要求和主要任务", "全面加强政府自身建设"),
        ("2024年工作回顾", "2025年工作安排", "加强政府自身建设"),
        ("过去五年工作回顾", "今年工作安排", "政府自身建设"),
        ("一年来的主要工作", "今年的目标任务", "切实加强政府自身建设"),
    ],
)
def test_the_review_is_what_stands_under_an_unnumbered_review_heading(make_ctx, tmp_path, review_heading, plan_heading,
                                                                      last_heading):
    text = (
        f"{OPENING}{review_heading}\n\n过去一年，全县上下苦干实干，地区生产总值增长5.6%。\n\n"
        "（一）项目建设提速。石泉水库建成蓄水，新增城镇就业3200人。\n\n"
        "（二）民生持续改善。县中医院新院区投入使用。\n\n"
        f"{plan_heading}\n\n今年主要预期目标是：地区生产总值增长6%左右。\n\n"
        "（一）抓项目。确保北环路建成通车。\n\n"
        f"{last_heading}\n\n我们将坚持依法行政，确保县体育馆年内开放。\n"
    )
    part = _review(make_ctx, tmp_path, text)
    said = "".join(s.text for s in part.sentences)
    assert part.headed
    assert "地区生产总值增长5.6%" in said and "石泉水库建成蓄水" in said and "县中医院新院区投入使用" in said
    assert "北环路" not in said and "体育馆" not in said
    assert {s.section.split(" › ")[0] for s in part.sentences} == {review_heading}


def test_title_and_speaker_lines_are_never_chapters():
    text = clean_text("石泉县人民政府工作\n\n2025年政府工作\n\n石泉县人民政府县长  梁望舒\n\n各位代表：\n\n"
                      "过去一年的主要工作\n\n地区生产总值增长5.6%。\n")
    chunks = chunk_document(text, title="t", doc_key="k", year=2025)
    assert chunks[0].section == "" and "2025年政府工作" in chunks[0].text
    assert [c.section for c in chunks[1:]] == ["过去一年的主要工作"] and chunks[1].span_year == 2024


def test_an_unnumbered_line_inside_a_numbered_section_stays_text():
    text = clean_text(
        f"{OPENING}一、2024年工作回顾\n\n全县地区生产总值增长5.6%。\n\n二、2025年工作安排\n\n（一）扩大有效投资\n\n"
        "推进重大项目建设\n\n全年实施亿元以上项目60个。\n\n三、加强政府自身建设\n\n坚持依法行政。\n"
    )
    chunks = chunk_document(text, title="t", doc_key="k", year=2025)
    project = next(c for c in chunks if "亿元以上项目60个" in c.text)
    assert project.section == "二、2025年工作安排 › （一）扩大有效投资" and project.span_year == 2025
    assert "推进重大项目建设" in project.text


def test_unnumbered_chapters_over_numbered_sections_restart_them():
    text = clean_text(
        f"{OPENING}过去五年工作回顾\n\n一、经济实力跃上新台阶\n\n地区生产总值年均增长6.1%。\n\n二、民生福祉持续增进\n\n"
        "城镇新增就业1.6万人。\n\n今后五年的目标任务\n\n一、建设现代化产业体系\n\n工业增加值年均增长8%。\n"
    )
    chunks = chunk_document(text, title="t", doc_key="k", year=2025)
    by_text = {c.text: c for c in chunks}
    jobs = next(c for t, c in by_text.items() if "城镇新增就业" in t)
    industry = next(c for t, c in by_text.items() if "工业增加值年均增长8%" in t)
    assert jobs.section == "过去五年工作回顾 › 二、民生福祉持续增进" and jobs.span_year == 2024
    assert industry.section == "今后五年的目标任务 › 一、建设现代化产业体系" and industry.span_year == 2025


@pytest.mark.parametrize(
    "line, heading",
    [
        ("过去一年的主要工作", True),
        ("2025年总体要求和主要任务", True),
        ("全面加强政府自身建设", True),
        ("石泉县2025年政府工作报告", False),  # a title
        ("石泉县人民政府县长梁望舒", False),
        ("重点抓好以下工作：", False),
        ("1．推进重大项目建设", False),  # a numbered item
        ("（一）推进重大项目建设", False),  # numbered: read as such elsewhere
        ("坚持稳中求进工作总基调完整准确全面贯彻新发展理念推动各项工作", False),  # too long to be one
    ],
)
def test_what_reads_as_an_unnumbered_chapter_heading(line, heading):
    assert is_chapter_heading(line) is heading
