"""Related mentions in the commitment check: a review that reports a task's result in its own
words ("启动制造业产业链提升'八大行动'" for "开展制造业强链补链行动") is counted as progress when the dense
model is on, with the review's sentence and the shared words shown; a look-alike that only
shares a short word ("海绵小镇" for "海绵城市") and generic praise stay not mentioned."""
from __future__ import annotations

import pytest

from answers.review_related import content_bigrams, rare_shared, shared_run
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


def test_a_place_name_or_a_list_closer_alone_is_not_a_shared_thing():
    assert shared_run("支持云港市争创全国百强县", "云港市获评全国文明城市") == ""  # the same city, another title
    assert shared_run("加强青屏山森林公园保护修复", "青屏山景区获评国家4A级旅游景区") == ""  # the same mountain
    assert shared_run("推进青屏山景区创建5A级景区", "青屏山景区通过景观质量评审") == "青屏山景区"
    assert shared_run("推进“渔鲜”品牌打造等活动", "“书香满城”等活动深入开展") == ""  # 等 closes a list
    assert shared_run("建设综保区", "城东综保区进出口增长") == "综保区"  # 区 is not a place ending here


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


NIGHT_PLAN = """潮阳市2025年《政府工作报告》重点工作责任分工方案

一、消费和生态（4项）
1. 打造一批夜间消费特色街区。（牵头单位：市商务局）
2. 加快建设国家储备林基地。（牵头单位：市林业局）
3. 深化国资国企改革，完善现代企业制度。（牵头单位：市国资委）
4. 推进城乡供水一体化。（牵头单位：市水利局）
"""

NIGHT_REPORT = """潮阳市2026年政府工作报告

——2026年1月10日在潮阳市第八届人民代表大会第五次会议上

市长　周明远

各位代表：

一、2025年工作回顾

过去一年，全市上下攻坚克难，各项工作取得新成效。
3个街区入选省级夜间经济集聚区，社会消费持续回暖。
白沙村获评省级美丽乡村，城乡面貌持续改善。{extra}

二、2026年工作安排

今年要继续打造夜间消费街区。
"""


def test_rare_words_shared_with_a_near_clause_make_a_related_mention():
    words = content_bigrams("打造一批夜间消费特色街区")
    assert {"夜间", "街区"} <= words and "打造" not in words
    clause = "3个街区入选省级夜间经济集聚区"
    assert rare_shared(words, clause, {"夜间": 1, "街区": 1}, {"夜间": 1, "街区": 1}) == ["夜间", "街区"]
    assert rare_shared(words, clause, {"夜间": 1, "街区": 2}, {"夜间": 1, "街区": 1}) == ["夜间"]  # 街区 twice in the review
    assert rare_shared(words, clause, {"夜间": 1, "街区": 1}, {"夜间": 3, "街区": 1}) == ["街区"]  # 夜间 in three tasks
    assert rare_shared({"潮阳", "街区"}, "潮阳街区", {}, {}, region="潮阳") == ["街区"]  # the report's own place


@pytest.mark.parametrize("extra, label", [("", "progress"), ("\n南门街区改造完成，老街风貌得到保护。", "not_mentioned")])
def test_two_rare_words_near_the_task_are_progress_unless_the_review_repeats_them(make_ctx, tmp_path, extra, label):
    plan, report = tmp_path / "plan.txt", tmp_path / "report.txt"
    plan.write_text(NIGHT_PLAN, encoding="utf-8")
    report.write_text(NIGHT_REPORT.format(extra=extra), encoding="utf-8")
    ctx = make_ctx(DUCHA_EMBEDDING="default")
    assert all(r.status == "ingested" for r in ingest_paths(ctx, [plan, report]))
    items = {i.code: i for i in run_review(ctx, 2025).items}
    assert items["1.1"].label == label
    if label == "progress":
        assert "夜间经济集聚区" in items["1.1"].evidence and "夜间" in items["1.1"].note and "街区" in items["1.1"].note
    assert items["1.2"].label == "not_mentioned"


class _Fixed:
    """An embedder whose cosines the test sets: the task on axis 0, each clause at its angle."""

    key = "fixed-test"

    def __init__(self, task: str, cosines: dict[str, float]) -> None:
        self.task, self.cosines, self.axes = task, cosines, {}

    def passages(self, texts):
        import numpy as np

        out = []
        for t in texts:
            c = 1.0 if t == self.task else self.cosines.get(t, 0.0)
            v = np.zeros(32, dtype=np.float32)
            v[0], v[self.axes.setdefault(t, len(self.axes) + 1)] = c, (1.0 - c * c) ** 0.5
            out.append(v)
        return np.stack(out)


@pytest.mark.parametrize("clause, cosine, found", [
    ("举办首届退役军人主题活动", 0.91, "退役军人"),  # a run of four rare characters at 0.91
    ("举办首届退役军人主题活动", 0.88, None),  # too far from the task
    ("举办首届军人运动会比赛", 0.91, None),  # one rare word (军人) is not enough
    ("举办首届军人退役仪式", 0.94, "军人、退役"),  # two rare words at the related cosine
    ("举办首届军人退役仪式", 0.91, None),  # but not below it
])
def test_a_long_rare_run_holds_at_a_lower_cosine_than_two_words(ctx, clause, cosine, found):
    from answers.review_match import prepare
    from answers.review_related import related_mentions
    from answers.review_text import norm

    task = "做好退役军人服务保障工作"
    sentences = prepare([(clause + "。", "回顾", False), ("全市经济运行稳中向好，发展质量稳步提升。", "回顾", False)])
    embedder = _Fixed(norm(task), {clause + "。": cosine, "全市经济运行稳中向好": 0.95})  # clauses as review_clauses cuts them
    got = related_mentions(ctx.db, embedder, {"1.1": task}, sentences, [task, "推进城乡供水一体化"])
    assert (got["1.1"].term if "1.1" in got else None) == found


@pytest.mark.parametrize("task, found", [
    ("支持泉州等地申报跨境电商综合试验区", None),  # the review's zone is Xiamen's, not Quanzhou's
    ("支持厦门等地申报跨境电商综合试验区", "跨境电商综"),
    ("加强跨境电商综合试验区建设", "跨境电商综"),  # no place in the task: any city's zone is about it
])
def test_another_citys_thing_is_not_a_related_mention(ctx, task, found):
    from answers.review_match import prepare
    from answers.review_related import related_mentions
    from answers.review_text import norm

    clause = "厦门跨境电商综试区交易额增长三成"
    sentences = prepare([(clause + "。", "回顾", False)])
    got = related_mentions(ctx.db, _Fixed(norm(task), {clause + "。": 0.95}), {"1.1": task}, sentences, [task])
    assert (got["1.1"].term if "1.1" in got else None) == found
