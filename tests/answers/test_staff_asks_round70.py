"""Asks of batch 70's read sets (70b, 70d, 70f, 70h), written by outsiders and read after their
first run: what the asker has already or compares with, said after the ask ("想跟江西对比下",
"全省的我已经有了"); the subject said after the ask with a product's name in it ("多少个来着 22年那个
5g基站"); a sentence naming a term before its ask ("…发展四首经济 四首指哪四个"); 研发投入 for R&D."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.padding import drop_padding
from answers.trailing_asides import trailing_aside

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize("question, kept", [
    ("湖南省24年gdp目标多少 想跟江西对比下", "湖南省24年gdp目标多少"),
    ("南昌23年空气优良率多少 全省的我已经有了", "南昌23年空气优良率多少"),
])
def test_what_the_asker_has_or_compares_with_is_no_word_of_the_ask(question, kept):
    assert drop_padding(question) == kept


def test_a_products_name_after_the_ask_is_the_subject_not_a_premise():
    assert trailing_aside("22年那个5g基站", "", "计划新增多少个来着") is None
    assert trailing_aside("22年是5%", "", "目标定的多少") is not None


@pytest.mark.parametrize("question, wanted", [
    ("计划新增多少个来着 22年那个5g基站", ["1万个以上"]),
    ("南昌报告里讲的发展四首经济 四首指哪四个", ["区域首店", "新品首发"]),
    ("研发投入占ＧＤＰ比重 24年省里目标是不是2％", ["1.9%以上"]),
    ("24年省里定的老百姓收入增长目标 城镇和农村各是多少", ["5%、7%左右"]),
])
def test_asks_of_the_sample_corpus_typed_by_outsiders(asked_corpus, question, wanted):
    text = "".join(ask(asked_corpus, question, today=TODAY).answer.split())
    assert all(w in text for w in wanted), text


def test_what_was_won_last_year_is_a_result_not_a_target():
    from answers.question import parse_question

    q = parse_question("去年争取到的国债 中央预算内 专项债资金 加起来多少")
    assert q.intent == "fact" and q.mode != "target", q


@pytest.mark.parametrize("typed, read", [("今年按排了多少个", "安排"), ("谁签头", "牵头"), ("分管领到是谁", "领导")])
def test_ask_words_typed_by_sound(typed, read):
    from core.spoken import standard_asks

    assert read in standard_asks(typed)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    from tests.support.answer_sets import plan_context

    c = plan_context(tmp_path_factory.mktemp("county70"), "霁川县2026年重点任务分工方案",
                     ["序号", "重点任务", "责任领导", "牵头单位", "责任单位", "完成时间"],
                     ["一、基础设施",
                      ["1", "省道S218霁川段改建工程建成通车", "周立群", "县交通运输局", "县财政局", "2026年12月底前"],
                      ["2", "实施农村公路提质改造120公里", "周立群", "县交通运输局", "各乡镇", "11月底前"],
                      ["3", "实施中小河流治理28公里，汛前完成主体工程", "周立群", "县水利局", "县财政局", "2026年5月底前"]],
                     tasks=3)
    yield c
    c.close()


def test_a_named_facility_no_document_holds_is_not_found_through_a_verb(county):
    answer = ask(county, "县体育中心那个项目啥时候完工 谁牵头", today=TODAY)
    assert answer.intent == "none" and "中小河流" not in answer.answer, answer.answer


def test_a_units_tasks_with_their_deadlines_asked(county):
    text = "".join(ask(county, "交通运输局牵头的任务有哪些 完成时间分别是啥", today=TODAY).answer.split())
    assert "2026年12月底前" in text and "11月底前" in text, text


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """A province's report, its plan (the executive deputy printed in brackets) and a progress sheet
    exported with no title, named only by its file (round 70b)."""
    from retrieval.ingest import ingest_paths
    from tests.support.answer_sets import table_plan_context

    tmp = tmp_path_factory.mktemp("province70")
    report = ("岷川省2026年政府工作报告\n——2026年1月21日在岷川省第十四届人民代表大会第四次会议上\n省长 韩立诚\n"
              "一、2025年工作回顾\n社会消费品零售总额12530亿元，增长5.3%；一般公共预算收入增长3.1%。\n"
              "二、2026年主要预期目标\n社会消费品零售总额增长6%左右，一般公共预算收入增长4%左右。\n"
              "三、2026年重点工作\n落实首台（套）装备保险补偿政策，省级安排奖补资金3亿元。改造城镇老旧小区2000个。\n")
    c = table_plan_context(tmp, report, "岷川省2026年政府工作报告重点工作责任分工方案",
                           ["序号", "工作任务", "省政府领导", "牵头单位", "配合单位", "完成时限"],
                           ["一、产业", ["1", "落实首台（套）装备保险补偿政策，省级安排奖补资金3亿元", "周明远（常务副省长）",
                                        "省工业和信息化厅", "省财政厅", "2026年8月底前"],
                            ["2", "改造城镇老旧小区2000个", "邓华副省长", "省住房城乡建设厅", "各设区市政府", "2026年12月底前"]],
                           report_name="岷川省2026年政府工作报告.txt")
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "任务", "牵头单位", "进展情况", "是否按时序推进"])
    sheet.append([1, "首台（套）保险补偿", "省工业和信息化厅", "奖补资金已拨付1.1亿元，第二批项目评审尚未启动。", "滞后"])
    sheet.append([2, "城镇老旧小区改造", "省住房城乡建设厅", "已开工改造城镇老旧小区1420个，开工率71%，低于序时进度。", "滞后"])
    sheet.append([3, "城镇新增就业", "省人力资源社会保障厅", "城镇新增就业47.3万人，完成年度目标的81.6%。", "是"])
    sheet.append([4, "一件事一次办", "省政务服务管理局", "已上线集成服务事项34项，剩余6项因部门数据接口未打通尚未上线。", "否"])
    path = tmp / "2026年第三季度进展情况.xlsx"
    book.save(path)
    results = ingest_paths(c, [path])
    assert [(r.status, r.kind) for r in results] == [("ingested", "report")], results
    assert any("按文件名" in n for n in results[0].notes), results[0].notes
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("财收今年增长目标多少", ["4%左右"]),
    ("25年社零增长了多少 今年目标又是多少", ["5.3%", "6%左右"]),
    ("常务分管的任务帮我列下", ["首台"]),
    ("首台套那条啥时后要完成 谁牵头", ["省工业和信息化厅", "2026年8月底"]),
    ("就业到9月底完成多少了", ["47.3万人"]),
    ("三季度那个进展表里标滞后的都有哪几项 领导要", ["首台", "城镇老旧小区改造"]),
    ("住建厅那几项三季度有滞后的没", ["城镇老旧小区改造", "1420个"]),
    ("一件事一次办现在上线多少项了 为啥没按时序", ["34项", "数据接口"]),
])
def test_asks_of_a_provinces_plan_and_its_progress_sheet(province, question, wanted):
    text = "".join(ask(province, question, today=TODAY).answer.split())
    assert all(w in text for w in wanted), text


def test_a_target_compared_with_last_year_shows_last_years_target_too(tmp_path):
    from tests.support.answer_sets import ingested_context

    y25 = tmp_path / "澄川市2025年政府工作报告.txt"
    y25.write_text("澄川市2025年政府工作报告\n——2025年1月15日在澄川市第十七届人民代表大会第四次会议上\n市长 周明远\n"
                   "一、2024年工作回顾\n全市地区生产总值增长5.9%。\n二、2025年主要预期目标\n地区生产总值增长6%左右，"
                   "一般公共预算收入增长5%。\n", encoding="utf-8")
    y26 = tmp_path / "澄川市2026年政府工作报告.txt"
    y26.write_text("澄川市2026年政府工作报告\n——2026年1月20日在澄川市第十七届人民代表大会第五次会议上\n代市长 韩立群\n"
                   "一、2025年工作回顾\n全市地区生产总值完成3468.2亿元，增长5.6%。\n二、2026年主要预期目标\n地区生产总值增长5.5%左右，"
                   "一般公共预算收入增长3%。\n", encoding="utf-8")
    ctx, results = ingested_context(tmp_path, [y25, y26])
    try:
        text = "".join(ask(ctx, "今年gdp目标定的多少 比去年高还是低", today=TODAY).answer.split())
        assert "5.5%左右" in text and "5.6%" in text and "6%左右" in text, text
    finally:
        ctx.close()


def test_an_amount_per_item_asked_after_its_count(tmp_path):
    from tests.support.answer_sets import report_context

    ctx = report_context(tmp_path, "澜川省2026年政府工作报告\n——2026年1月21日在澜川省第十四届人民代表大会第五次会议上\n省长 周启明\n"
                         "一、2025年工作回顾\n新增普惠性托位1.6万个。\n二、2026年重点工作\n扩大普惠托育服务供给，新增普惠性托位2万个。"
                         "加快建设社区嵌入式托育机构，对新增普惠性托位按每个1万元给予一次性建设补助。\n", name="澜川省2026年政府工作报告.txt")
    try:
        text = "".join(ask(ctx, "普惠托位今年新增多少个 一个补多少钱", today=TODAY).answer.split())
        assert "2万个" in text and "1万元" in text, text
    finally:
        ctx.close()


def test_a_milestone_asked_gets_the_latest_progress_of_the_year(tmp_path):
    from tests.support.answer_sets import ingested_context

    report = tmp_path / "泓溪高新区2026年工作报告.txt"
    report.write_text("泓溪高新技术产业开发区管委会2026年工作报告\n——2026年2月10日在泓溪高新区工作会议上\n管委会主任 周启航\n"
                      "一、2025年工作回顾\n新增学位4600个。\n二、2026年重点任务\n凤栖小学、科创中学等一批学校要确保秋季开学投入使用。"
                      "推动泓溪光电研究院全面运营，新增省级以上新型研发机构2家。\n", encoding="utf-8")
    progress = tmp_path / "前三季度完成情况.txt"
    progress.write_text("泓溪高新区2026年前三季度重点工作完成情况\n一、总体情况\n前三季度，全区重点工作总体有序推进。\n"
                        "二、重点任务推进情况\n11.新型研发机构建设（科创局）：泓溪光电研究院于5月18日正式运营，新增省级新型研发机构2家（已完成）。\n"
                        "34.教育优质均衡（社事局）：5所学校已于8月底前投入使用；凤栖小学受施工图调整影响，预计2027年春季学期投用（滞后）。\n",
                        encoding="utf-8")
    ctx, results = ingested_context(tmp_path, [report, progress])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    try:
        for question, wanted in (("凤栖小学啥时候能投用 不是说9月开学吗", "预计2027年春季学期投用"),
                                 ("光电研究院哪天正式运营的", "5月18日")):
            text = "".join(ask(ctx, question, today=TODAY).answer.split())
            assert wanted in text, text
    finally:
        ctx.close()


def test_a_bare_measure_is_the_wholes_not_an_industrys(tmp_path):
    from tests.support.answer_sets import report_context

    ctx = report_context(tmp_path, "澜川高新技术产业开发区管委会2026年工作报告\n——2026年2月10日在澜川高新区工作会议上\n管委会主任 周启航\n"
                         "一、2025年工作回顾\n全年实现营业收入1862亿元，增长10.6%，略低于年初确定的11%的预期目标。"
                         "集成电路、生物医药、智能装备三大主导产业营业收入合计1105亿元，其中集成电路产业营业收入458亿元。\n"
                         "二、2026年重点任务\n集成电路产业营收突破520亿元。\n", name="澜川高新区2026年工作报告.txt")
    try:
        text = "".join(ask(ctx, "去年营收多少亿 全年的", today=TODAY).answer.split())
        assert "1862亿元" in text, text
        text = "".join(ask(ctx, "去年营收目标是多少", today=TODAY).answer.split())
        assert "11%" in text, text
    finally:
        ctx.close()


def test_a_task_described_in_lay_words_with_the_province_said_in_full(asked_corpus):
    # "让大学生毕业留在江西那条" (round 70f) is the table's "提高高校毕业生留赣来赣比例"
    text = "".join(ask(asked_corpus, "让大学生毕业留在江西那条 牵头单位是哪几个", today=TODAY).answer.split())
    assert "省教育厅" in text and "人力资源社会保障厅" in text, text
