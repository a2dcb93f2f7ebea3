"""The review part of a report: the year before the one it plans, never its new plans."""
from __future__ import annotations

import pytest

from retrieval.ingest import ingest_paths
from retrieval.review_part import review_part
from store.review import report_for
from tests.support.review_pairs import pair


def _part(make_ctx, name: str):
    p = pair(name)
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    ingest_paths(ctx, [p.report])
    report = report_for(ctx.db, "青澜市" if name == "qinglan" else "枫溪县", p.plan_year + 1)
    return review_part(ctx.db, report, p.plan_year)


def test_a_headed_review_stops_where_the_new_year_begins(make_ctx):
    part = _part(make_ctx, "qinglan")
    text = "".join(s.text for s in part.sentences)
    assert part.headed and "滨河大道北延工程建成通车" in text
    assert "确保市妇幼保健院新院区上半年投入使用" not in text  # 二、2026年工作安排
    assert all(s.section.startswith("一、2025年工作回顾") for s in part.sentences)
    assert any(s.shortcoming for s in part.sentences) and not part.sentences[0].shortcoming


def test_an_untitled_opening_is_the_review_when_it_speaks_of_the_past_year(make_ctx):
    part = _part(make_ctx, "fengxi")
    text = "".join(s.text for s in part.sentences)
    assert not part.headed and "枫溪大桥开工建设" in text
    assert "确保县第二人民医院年内投入使用" not in text
    assert [s for s in part.sentences if "进度滞后" in s.text][0].shortcoming


def test_no_review_of_another_year(make_ctx):
    p = pair("qinglan")
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    ingest_paths(ctx, [p.report])
    report = report_for(ctx.db, "青澜市", 2026)
    assert review_part(ctx.db, report, 2019).sentences == []


@pytest.mark.parametrize(
    "review_heading, plan_heading",
    [
        ("第一部分　2024年工作回顾", "第二部分　2025年工作安排"),
        ("一、过去一年工作回顾", "二、2025年工作安排"),
        ("一、2024年和“十四五”时期工作回顾", "二、2025年主要目标任务"),
    ],
)
def test_review_headings_of_other_shapes(make_ctx, tmp_path, review_heading, plan_heading):
    text = (
        "云岭县2025年政府工作报告\n\n——2025年1月10日在云岭县第十届人民代表大会第五次会议上\n\n各位代表：\n\n"
        f"{review_heading}\n\n过去一年，全县上下苦干实干。石门水库建成蓄水，新增城镇就业3200人。\n\n"
        f"{plan_heading}\n\n今年，确保北环路建成通车，新增城镇就业3000人。\n"
    )
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    (result,) = ingest_paths(ctx, [path])
    assert result.status == "ingested" and result.year == 2025, result
    part = review_part(ctx.db, report_for(ctx.db, result.region, 2025), 2024)
    said = "".join(s.text for s in part.sentences)
    assert "石门水库建成蓄水" in said and "北环路" not in said
