"""The commitment check on the fictional pairs: every label and the phrase behind it, as
the hand labels say; figures compared with their units; generic words never a mention;
the new-year part of the report never read as the review; `ask` routes "兑现了吗" here."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.review_figures import meets, numbers, review_figures
from answers.review_items import commitments
from answers.review_match import judge, prepare, weights_for
from answers.review_run import run_review
from retrieval.ingest import ingest_paths
from tests.support.review_pairs import PAIRS, pair


@pytest.fixture(params=PAIRS)
def checked(request, make_ctx):
    p = pair(request.param)
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    results = ingest_paths(ctx, [p.plan, p.report])
    assert [r.status for r in results] == ["ingested", "ingested"], [r.error for r in results]
    return p, run_review(ctx, p.plan_year)


def flat(text: str) -> str:
    return "".join(text.split())


def test_every_label_agrees_with_the_hand_labels(checked):
    p, review = checked
    got = {i.code: i.label for i in review.items}
    assert got == {x["code"]: x["label"] for x in p.labels}


def test_evidence_is_the_reports_sentence_holding_the_phrase(checked):
    p, review = checked
    items = {i.code: i for i in review.items}
    for x in p.labels:
        item = items[x["code"]]
        if x["label"] == "not_mentioned":
            assert item.evidence == "" and item.section == ""
        else:
            assert flat(x["phrase"]) in flat(item.evidence), (x["code"], item.evidence)
            assert flat(item.evidence) in flat(p.report.read_text(encoding="utf-8")) or " …… " in item.evidence
            assert item.section


def test_counts_add_up_and_json_has_the_contract_keys(checked):
    _, review = checked
    data = review.to_dict()
    assert set(data) == {"plan", "against", "items", "counts"}
    assert {"id", "title", "year"} <= set(data["plan"]) and {"file", "title", "year"} <= set(data["against"])
    assert sum(data["counts"].values()) == len(data["items"])
    assert all({"code", "label", "evidence", "section"} <= set(i) for i in data["items"])


def test_a_project_list_says_how_many_are_mentioned(make_ctx):
    p = pair("fengxi")
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    ingest_paths(ctx, [p.plan, p.report])
    item = run_review(ctx, 2024, codes=["1.2"]).items[0]
    assert item.label == "progress" and "5项中提到1项" in item.note


@pytest.mark.parametrize(
    "target, reported, met",
    [
        ("新增上市公司10家左右", "新增上市公司13家", True),
        ("城镇新增就业38万人", "城镇新增就业48万人", True),
        ("惠及居民1.2万户", "惠及居民12000户", True),
        ("新增规模以上工业企业60家", "新增规模以上工业企业48家", False),
        ("城镇调查失业率控制在5.5%以内", "城镇调查失业率控制在5.2%", True),
        ("城镇调查失业率控制在5.5%以内", "城镇调查失业率为5.8%", False),
        ("新增上市公司10家左右", "新增上市公司9.6家", True),
    ],
)
def test_figures_compare_with_units(target, reported, met):
    (c,) = [c for c in commitments(target) if c.kind == "figure"]
    (fig,) = review_figures(reported)
    assert meets(c.figure, fig) is met


def test_share_of_plan_counts_whatever_the_unit():
    figs = review_figures("人工造林、低产低效林改造、森林“四化”分别完成年计划208.2%、164.3%、121.5%")
    assert [f.rate for f in figs] == [True, True, True]
    assert "低产低效林改造" in figs[1].metric and "四化" in figs[2].metric
    (c,) = [c for c in commitments("完成110万亩低产低效林改造任务") if c.kind == "figure"]
    assert meets(c.figure, figs[1]) is True


def test_numbers_inside_names_are_not_figures():
    assert numbers("“03专项”百万级应用") == []
    names = [c.name for c in commitments("建成德兴100吨黄金精炼、南昌轨道交通4号线一期等项目。")]
    assert names == ["德兴100吨黄金精炼", "南昌轨道交通4号线一期"]
    assert all(c.kind == "item" for c in commitments("建成德兴100吨黄金精炼项目。"))


def test_generic_words_never_make_a_mention():
    review = prepare([("加快推进县城建设，全面深化改革，营商环境持续优化。", "一、回顾", False)])
    weights = weights_for(["深入推进营商环境优化提升，加快推进县城建设。"], review)
    assert commitments("深入推进营商环境优化提升，加快推进县城建设。") == []
    assert judge("深入推进营商环境优化提升，加快推进县城建设。", review, weights).label == "not_mentioned"


def test_start_asked_and_started_is_done_finish_asked_and_started_is_progress():
    review = prepare([("东湖大桥开工建设，完成投资1.8亿元。", "回顾", False)])
    weights = weights_for(["开工建设东湖大桥。"], review)
    assert judge("开工建设东湖大桥。", review, weights).label == "done"
    assert judge("建成东湖大桥。", review, weights).label == "progress"


def test_a_project_named_among_the_shortcomings_is_not_done():
    review = prepare([("东湖大桥建成通车。", "回顾", False), ("西湖隧道等项目进度滞后。", "回顾", True)])
    weights = weights_for(["建成西湖隧道。"], review)
    assert judge("建成西湖隧道。", review, weights).label == "progress"


def test_ask_routes_a_delivered_question_to_the_check(make_ctx):
    p = pair("qinglan")
    ctx = make_ctx("2026-03-01T10:00:00", DUCHA_EMBEDDING="none")
    ingest_paths(ctx, [p.plan, p.report])
    ans = ask(ctx, "2025年的滨河大道北延工程兑现了吗？")
    assert ans.intent == "review" and "已兑现" in ans.answer and "建成通车" in ans.answer
    assert ans.tasks[0]["code"] == "2.1" and ans.sources[0]["file"] == "report_2026.txt"
    ans = ask(ctx, "去年的市妇幼保健院新院区兑现了吗")
    assert "有进展" in ans.answer and "基本建成" in ans.answer
    ans = ask(ctx, "2025年的3.3兑现了吗")
    assert "未提及" in ans.answer and ans.sources == []
    assert ask(ctx, "2019年的滨河大道兑现了吗").intent == "none"


def test_one_number_goes_to_the_target_it_fits_best():
    task = "净增规模以上工业企业1000家以上、“专精特新”企业500家以上、“小巨人”企业50家以上。"
    review = prepare([("新增国家级专精特新“小巨人”企业109家，总数达144家。", "回顾", False)])
    verdict = judge(task, review, weights_for([task], review))
    given = {m.commitment.name: (m.status, m.reported.text if m.reported else None) for m in verdict.mentions}
    assert given["小巨人企业"] == ("done", "109家")
    assert given.get("专精特新企业", ("neutral", None))[0] == "neutral"


def test_a_name_holding_the_word_is_not_a_delivery_question(make_ctx):
    from answers.review_ask import review_answer

    ctx = make_ctx(DUCHA_EMBEDDING="none")
    assert review_answer(ctx, "惠企政策兑现帮办机制由谁牵头？") is None
    assert review_answer(ctx, "2021年的赣深客专兑现了吗").intent == "none"  # no plan ingested


def test_the_sample_pair_the_issue_names(make_ctx, corpus_dir):
    """The corpus's 2021 plan against the 2022 report: the two examples the issue gives."""
    texts = {p: p.read_text(encoding="utf-8", errors="ignore")[:3000] for p in sorted(corpus_dir.glob("*.txt"))}
    plan = next(p for p, t in texts.items() if "分工方案" in t)
    report = next(p for p, t in texts.items() if "2021 年工作回顾" in t or "2021年工作回顾" in t)
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    ingest_paths(ctx, [plan, report])
    review = run_review(ctx, 2021)
    assert len(review.items) == 166 and sum(review.counts.values()) == 166
    items = {i.code: i for i in review.items}
    assert items["4.10"].label == "done" and "新增上市公司13家" in items["4.10"].evidence  # 10家左右
    assert items["8.1"].label == "done" and "48万人" in items["8.1"].evidence  # 38万人
    assert items["3.4"].label == "progress" and "中提到" in items["3.4"].note
    assert all("2022年" not in i.section for i in review.items)  # never the new year's plans


def test_ask_answers_for_each_region_that_has_such_a_task(make_ctx, tmp_path):
    """Two regions' 2025 plans both hold a 滨河大道 task: each answered, labelled."""
    p = pair("qinglan")
    other = tmp_path / "other"
    other.mkdir()
    plan = (p.plan.read_text(encoding="utf-8")).replace("青澜", "白沙")
    report = (p.report.read_text(encoding="utf-8")).replace("青澜", "白沙").replace("滨河大道北延工程建成通车", "滨河大道北延工程开工建设")
    (other / "plan.csv").write_text(plan, encoding="utf-8")
    (other / "report.txt").write_text(report, encoding="utf-8")
    ctx = make_ctx("2026-03-01T10:00:00", DUCHA_EMBEDDING="none")
    ingest_paths(ctx, [p.plan, p.report, other / "plan.csv", other / "report.txt"])
    ans = ask(ctx, "2025年的滨河大道北延工程兑现了吗")
    assert "【青澜市】" in ans.answer and "【白沙市】" in ans.answer and len(ans.tasks) == 2
    blocks = {b.split("】")[0]: b for b in ans.answer.split("【")[1:]}
    assert "已兑现" in blocks["青澜市"] and "有进展" in blocks["白沙市"]
    ans = ask(ctx, "白沙市2025年的滨河大道北延工程兑现了吗")
    assert "【" not in ans.answer and "有进展" in ans.answer and "开工建设" in ans.answer


@pytest.mark.parametrize("task, review, region, label, evidence", [
    # a phase of a thing the task names whole
    ("建成东湖数字产业园。", ["东湖数字产业园一期投入运营，入驻企业12家。"], None, "progress", "一期投入运营"),
    # a Latin abbreviation in brackets is the same thing; 控制在 is not part of the metric
    ("PM2.5平均浓度控制在32微克/立方米以内。", ["细颗粒物（PM2.5）平均浓度29微克/立方米。"], None, "done", "29微克"),
    # a bare rate clause speaks of the figure before it; equal weights go to the words as written
    ("全市重大项目完成投资650亿元。", ["完成工业投资291.6亿元，为年度目标的104.1%。",
                                      "全市重大项目完成投资612亿元，为年度目标的94.2%。"], None, "progress", "612亿元"),
    # a delay is no start
    ("开工建设东湖大桥。", ["东湖大桥因用地报批推迟开工。"], None, "progress", "推迟开工"),
    # the report leaves its own region off the front
    ("建成投产临川新材料产业园。", ["新材料产业园建成投产。"], "临川市", "done", "建成投产"),
    # equally well named: the sentence that says how far it got
    ("建成东湖科技馆。", ["东湖科技馆位于城东新区。", "东湖科技馆建成开馆。"], None, "done", "建成开馆"),
    # the joining verb goes, a word that merely ends like one stays ("雷达" is no "达")
    ("新建气象雷达3部。", ["新建气象雷达4部，覆盖全市。"], None, "done", "4部"),
    ("森林覆盖率稳定在63%以上。", ["森林覆盖率达63.1%。"], None, "done", "63.1%"),
    # short forms are one form
    ("新增规模以上工业企业60家。", ["新增规上工业企业52家。"], None, "progress", "52家"),
])
def test_review_grammar_rules(task, review, region, label, evidence):
    sentences = prepare([(s, "回顾", False) for s in review])
    verdict = judge(task, sentences, weights_for([task], sentences), region)
    assert verdict.label == label
    assert any(evidence in s.text for s in verdict.evidence[:1]), [s.text for s in verdict.evidence]


def test_a_number_under_another_metric_is_not_compared():
    # same unit (亿元), another indicator: the transfer funds are not the year's investment
    task = "全年完成交通建设投资200亿元以上，新开工亿元以上项目40个。"
    other = prepare([("争取上级补助和地方债券资金18.5亿元，兑现奖补资金3.1亿元。", "回顾", False)])
    verdict = judge(task, other, weights_for([task], other))
    assert verdict.label == "not_mentioned" and verdict.mentions == []
    same = prepare([("争取上级补助和地方债券资金18.5亿元。", "回顾", False),
                    ("全年完成交通建设投资213亿元。", "回顾", False)])
    verdict = judge(task, same, weights_for([task], same))
    (m,) = [m for m in verdict.mentions if m.reported]
    assert (m.status, m.reported.text, verdict.label) == ("done", "213亿元", "done")


def test_the_review_may_name_the_metric_more_fully_than_the_task():
    # the task says "稳定油料生产…总产量", the review "油料产量": the scope stands earlier in the task
    task = "稳定油料生产，播种面积稳定在90万亩以上、总产量保持在15万吨以上。"
    review = prepare([("油料产量15.8万吨，创历史新高。", "回顾", False)])
    verdict = judge(task, review, weights_for([task], review))
    assert [(m.status, m.reported.text) for m in verdict.mentions if m.reported] == [("done", "15.8万吨")]


def test_a_size_class_is_not_what_a_figure_counts():
    # "亿元以上" says how big each project is; with only generic words left nothing is counted
    assert [c.name for c in commitments("新开工亿元以上项目40个。") if c.kind == "figure"] == []
    (c,) = [c for c in commitments("新签约亿元以上项目60个。") if c.kind == "figure"]
    review = prepare([("兑现奖补资金3.1亿元。", "回顾", False), ("新签约亿元以上项目72个。", "回顾", False)])
    verdict = judge("新签约亿元以上项目60个。", review, weights_for(["新签约亿元以上项目60个。"], review))
    assert [(m.status, m.sentence.index) for m in verdict.mentions] == [("done", 1)]


def test_a_head_after_places_and_etc_splits_at_and():
    names = [c.name for c in commitments("加快东川、西岭等国家全域旅游示范区和大运河文化公园建设。")]
    assert names == ["国家全域旅游示范区", "大运河文化公园"]


def test_one_of_many_named_things_is_progress_unless_it_is_the_main_deliverable():
    review = prepare([("北港创成国家全域旅游示范区。", "回顾", False)])
    task = "推动“一廊一带”联动，加快北港、南塘等国家全域旅游示范区和大运河文化公园建设，支持古镇老街、陶瓷小镇、湿地公园等建设。"
    verdict = judge(task, review, weights_for([task], review))
    assert verdict.items >= 3 and verdict.items_mentioned == 1 and verdict.label == "progress"
    main_first = "建成国家全域旅游示范区，推进古镇老街、陶瓷小镇、湿地公园等建设。"
    assert judge(main_first, review, weights_for([main_first], review)).label == "done"


def test_an_upgrade_reached_is_done():
    task = "推动东港经济开发区争创国家级经济技术开发区。"
    review = prepare([("东港经开区成功升格为国家级经开区，开放平台能级跃升。", "回顾", False)])
    assert judge(task, review, weights_for([task], review)).label == "done"


@pytest.mark.parametrize("long, text, short", [
    ("规模以上服务业营业收入", "规服营收增长9%", ""),  # head 营收 is not a piece of the long form
    ("长宁至青川高铁", "长青高铁先行工程开工", "长青高铁"),
    ("城市建设投资集团", "市属城投集团完成重组", "城投集团"),
    ("进出口贸易总额", "进贸总额", "进贸总额"),
    ("新一轮新兴产业倍增计划", "新兴产业增加值增长", ""),  # written as in the long form: not a short form
    ("城乡居民养老保险", "城市居民收入", ""),  # 城市 is two neighbours, not a first character each
])
def test_short_forms_are_first_characters_and_a_head(long, text, short):
    from answers.review_text import abbreviation_in

    assert abbreviation_in(long, text) == short


def test_a_project_and_a_metric_named_by_their_short_forms():
    task = "推进长宁至青川高速铁路前期工作，组建东州市城市建设投资集团有限公司，社会消费品零售总额增长7%。"
    review = prepare([("长青高铁先行工程开工。", "回顾", False), ("东州城投集团挂牌运营。", "回顾", False),
                      ("社零总额增长7.4%。", "回顾", False)])
    verdict = judge(task, review, weights_for([task], review), "东州市")
    got = {m.commitment.name: (m.status, m.sentence.index) for m in verdict.mentions}
    assert got["长宁至青川高铁前期"][1] == 0 and got["东州市城市建设投资集团有限公司"] == ("done", 1)
    assert got["社会消费品零售总额增长"] == ("done", 2)
