"""The commitment check over a whole plan: when two tasks reach for one review clause, the
one naming it more fully keeps it; a task named in other words is compared by the number its
sentence gives, or is done when it only asked to keep something going and the result is
stated. Small reviews of an invented city (澄湖市), as `ducha review` shows them."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from tests.support.review_vectors import FixedVectors, vector_at
from answers.review_related import shared_run
from answers.review_run import judge_tasks
from answers.review_text import norm
from retrieval.review_part import ReviewSentence


def _part(sentences: list[str]) -> SimpleNamespace:
    return SimpleNamespace(sentences=[ReviewSentence(s, "回顾", i) for i, s in enumerate(sentences)],
                           report=SimpleNamespace(region="澄湖市"))


def _views(tasks: list[tuple[str, str]]) -> list[SimpleNamespace]:
    return [SimpleNamespace(code=c, text=t, lead_units=["市发展改革委"]) for c, t in tasks]


PLANS = [("6.1", "完善国土空间规划体系。"), ("7.11", "完成市级国土空间生态修复规划编制。")]
REVIEW = ["率先发布市级国土空间生态修复规划，生态保护红线划定。", "全市经济运行稳中向好。"]


def test_the_task_naming_a_clause_more_fully_keeps_it():
    views = _views(PLANS)
    items = {i.code: i for i in judge_tasks(_part(REVIEW), views, views)}
    assert items["7.11"].label == "done" and items["7.11"].evidence == REVIEW[0]
    assert items["6.1"].label == "not_mentioned" and items["6.1"].evidence == ""
    # asked about alone (/review 6.1), the general task gets the verdict the whole plan gives it
    (alone,) = judge_tasks(_part(REVIEW), views, views[:1])
    assert alone.code == "6.1" and alone.label == "not_mentioned"


def test_without_the_specific_task_the_general_one_is_named():
    views = _views(PLANS[:1])
    (item,) = judge_tasks(_part(REVIEW), views, views)
    assert item.label == "done" and item.evidence == REVIEW[0]


def _related(ctx, task: str, sentence: str, clause: str, cosine: float = 0.95):
    axis = np.zeros(64, dtype=np.float32)
    axis[0] = 1.0
    vectors = {clause: axis, norm(task): vector_at(cosine, 2)}
    views = _views([("1.5", task)])
    part = _part([sentence, "全市经济运行稳中向好，发展质量稳步提升。"])
    (item,) = judge_tasks(part, views, views, db=ctx.db, embedder=FixedVectors(vectors, "fixed-claims-test"))
    return item


HOUSING = "全面完成2400套保交房任务，促进房地产市场平稳健康发展。"


def test_a_task_named_in_other_words_is_held_to_its_figure_by_the_sentences_number(ctx):
    met = _related(ctx, HOUSING, "推动问题楼盘分类化解，2450套住房交付到户，房地产市场逐步企稳。", "房地产市场逐步企稳。")
    assert met.label == "done" and "2450套住房交付到户" in met.evidence
    assert "目标2400套" in met.note and "报告2450套" in met.note
    short = _related(ctx, HOUSING, "推动问题楼盘分类化解，2100套住房交付到户，房地产市场逐步企稳。", "房地产市场逐步企稳。")
    assert short.label == "progress" and "未达到" in short.note
    # another unit (户) says nothing about the 套 target: named in other words, progress
    other = _related(ctx, HOUSING, "推动问题楼盘分类化解，2450户群众拿到新房，房地产市场逐步企稳。", "房地产市场逐步企稳。")
    assert other.label == "progress" and "按有进展计" in other.note


def test_an_ongoing_task_whose_result_is_stated_is_done_an_act_along_the_way_is_progress(ctx):
    won = _related(ctx, "坚持外防输入内防反弹，守牢疫情不反弹底线。", "全面打赢城东突发疫情阻击战。", "全面打赢城东突发疫情阻击战。")
    assert won.label == "done" and won.evidence == "全面打赢城东突发疫情阻击战。"
    held = _related(ctx, "坚持外防输入内防反弹，守牢疫情不反弹底线。", "举办疫情防控应急演练。", "举办疫情防控应急演练。")
    assert held.label == "progress"


def test_a_number_glued_to_a_word_is_no_shared_name():
    assert shared_run("新培育专精特新企业5家、中小企业40家", "新增规上工业企业48家") == ""
    assert shared_run("建成G245国道改建工程", "G245国道改建工程建成通车") == "G245国道"
    assert shared_run("实施5G网络覆盖提升工程", "累计开通5G网络基站6000个") == "5G网络"
