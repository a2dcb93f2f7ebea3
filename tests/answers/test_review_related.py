"""Related mentions in the commitment check: a review that reports a task's result in its own
words ("启动制造业产业链提升'八大行动'" for "开展制造业强链补链行动") is counted as progress when the dense
model is on, with the review's sentence and the shared words shown; a look-alike that only
shares a short word ("海绵小镇" for "海绵城市") and generic praise stay not mentioned."""
from __future__ import annotations

import pytest

from answers.review_related import shared_run
from answers.review_run import run_review
from retrieval.ingest import ingest_paths

PLAN = """澄湖市2025年《政府工作报告》重点工作责任分工方案

一、产业和民生（4项）
1. 开展制造业强链补链行动和产业基础再造工程。（牵头单位：市工业和信息化局）
2. 深化双拥共建，做好退役军人服务管理保障工作，推进“千城万企同拥军”活动。（牵头单位：市农业农村局）
3. 建设国家海绵城市建设示范区。（牵头单位：市住房城乡建设局）
4. 深化国资国企改革，完善现代企业制度。（牵头单位：市国资委）
"""

REPORT = """澄湖市2026年政府工作报告

——2026年1月12日在澄湖市第九届人民代表大会第五次会议上

市长　林远舟

各位代表：

一、2025年工作回顾

过去一年，全市上下攻坚克难，各项工作取得新成效。
启动制造业产业链提升“八大行动”，新增规模以上工业企业62家。
举办首届澄湖退役军人“奋进新征程”主题活动，排污权交易市场启动。
白沙镇获评省级美丽海绵小镇，城乡面貌持续改善。
各项改革扎实推进，发展活力不断增强。

二、2026年工作安排

今年要继续推进国资国企改革，建设海绵城市。
"""


def test_shared_run_is_a_content_run_of_three_or_more():
    assert shared_run("开展制造业强链补链行动", "启动制造业产业链提升八大行动") == "制造业"
    assert shared_run("建设国家海绵城市建设示范区", "白沙镇获评省级美丽海绵小镇") == ""  # 海绵: two characters
    assert shared_run("深化国资国企改革", "各项改革扎实推进") == ""  # generic words only


@pytest.fixture
def pair_ctx(make_ctx, tmp_path):
    plan, report = tmp_path / "plan.txt", tmp_path / "report.txt"
    plan.write_text(PLAN, encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")

    def _ctx(embedding: str):
        ctx = make_ctx(DUCHA_DATA_DIR=str(tmp_path / embedding), DUCHA_EMBEDDING=embedding)
        assert all(r.status == "ingested" for r in ingest_paths(ctx, [plan, report]))
        return ctx
    return _ctx


def test_a_result_in_other_words_is_progress_with_the_reviews_sentence(pair_ctx):
    items = {i.code: i for i in run_review(pair_ctx("default"), 2025).items}
    chains = items["1.1"]
    assert chains.label == "progress" and "制造业产业链提升“八大行动”" in chains.evidence
    assert "“制造业”" in chains.note and "换了说法" in chains.note
    assert items["1.3"].label == "not_mentioned"  # 海绵小镇 is another thing than 海绵城市
    assert items["1.4"].label == "not_mentioned"  # generic praise; the plan part does not count


def test_without_the_dense_model_only_the_words_decide(pair_ctx):
    items = {i.code: i for i in run_review(pair_ctx("none"), 2025).items}
    assert items["1.1"].label == "not_mentioned" and items["1.1"].evidence == ""


def test_the_dense_phase_leaves_the_review_clauses_embedded(pair_ctx):
    """The first review does not embed the report's ~300 clauses: ingest's dense phase did."""
    from retrieval.embed import text_hash
    from retrieval.review_part import review_clauses, review_part
    from store.documents import cached_vectors
    from store.review import report_for

    ctx = pair_ctx("default")
    report = report_for(ctx.db, "澄湖市", 2026)
    clauses = [c for c, _ in review_clauses(review_part(ctx.db, report, 2025).sentences)]
    assert "启动制造业产业链提升“八大行动”" in clauses
    cached = cached_vectors(ctx.db, ctx.index.embedder.key, [text_hash(c) for c in clauses])
    assert len(cached) == len(clauses)
