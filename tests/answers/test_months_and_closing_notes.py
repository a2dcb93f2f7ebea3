"""Asks of session 26: the month a past thing happened, asked with 几月份 and a verb the report
writes in full ("投运" for 投入运营), and how progress is reported when the plan says it after its
table (a last note row "说明：…" or a closing part "三、工作要求"), not in a notice before it. The
documents are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TODAY = dt.date(2025, 11, 20)
REPORT = """岚江市2025年政府工作报告
——2025年1月12日在岚江市第十六届人民代表大会第四次会议上
岚江市市长　沈知远
一、2024年工作回顾
岚江港二期码头于2024年10月投入运营，港口集装箱吞吐量突破52万标箱。禾岚高速岚江段于2023年6月开工建设。岚江市中医医院新院区于2024年9月28日正式开诊，新增床位260张。岚江经开区完成工业总产值402亿元，在全省开发区综合考核评价中前移6位、居第23位。
二、2025年主要目标
规模以上工业增加值增长8.5%；研究与试验发展经费投入强度达到3.2%。
三、2025年重点工作
开工建设岚江港三期工程，港口集装箱吞吐量达到60万标箱。全面推行亩均效益评价。推进岚江职业技术学院新校区建设，9月底前建成投用一期工程。
名词解释
2.岚江科创走廊：以岚北新区为核心，串联澜桥区新材料产业园和岚川职业教育园区的科技创新集聚带。
1.亩均效益评价：以企业单位用地面积上的税收、工业增加值等为主要指标，对企业进行综合评价并分为A、B、C、D四类，据此实施差别化政策。
"""
TITLE = "岚江市2025年政府工作报告重点任务分工"
HEADER = ["序号", "重点任务", "市领导", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    "一、扩大有效需求",
    ["1", "开工建设岚江港三期工程。", "许文博", "市交通运输局", "市港口发展中心", "2025年9月底前"],
    ["2", "新建城市口袋公园50个。", "邵景川", "市城市管理局", "各区政府", "2025年10月底前"],
    ["3", "开工建设市第三高级中学。", "邵景川", "市教育局", "市自然资源和规划局", "2025年6月底前"],
]
AFTER = ("说明：各牵头单位为任务第一责任单位，于每季度最后一个月25日前将任务进展情况报送市政府督查室。"
         "市人民政府办公室2025年2月24日印发。")


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("closing")
    (tmp / "岚江市2025年政府工作报告.txt").write_text(REPORT, encoding="utf-8")
    plan = table_docx(tmp / "分工.docx", TITLE, HEADER, ROWS, after=AFTER)
    ctx, results = ingested_context(tmp / "data", [tmp / "岚江市2025年政府工作报告.txt", plan])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield ctx
    ctx.close()


def test_the_month_a_thing_went_into_service_is_read_from_the_full_verb(city):
    ans = ask(city, "港口二期码头几月份投运的", today=TODAY)
    assert ans.intent == "fact", ans.answer
    assert "2024年10月" in flat(ans.answer)


def test_the_reporting_day_a_note_under_the_table_sets_is_found(city):
    ans = ask(city, "分工表说任务进展每个季度几号前报督查室", today=TODAY)
    assert "25日前" in flat(ans.answer), ans.answer


def test_an_item_pointed_at_by_its_kind_and_a_time_set_by_the_table(city):
    """"口袋公园那件实事完成时限卡的哪天": 那件实事 points at the item, 卡 is the table setting the time."""
    ans = ask(city, "口袋公园那件实事完成时限卡的哪天 是不是年底", today=TODAY)
    assert "2025年10月底前" in flat(ans.answer), ans.answer


def test_a_closing_part_after_the_last_task_is_read_as_the_plans_own_text():
    from retrieval.plans.notice import notice_text

    text = "\n".join([
        "某县2025年重点工作分解方案",
        "1.实施重点项目100个。（牵头单位：县发展和改革局）",
        "2.新建高标准农田3万亩。（牵头单位：县农业农村局）",
        "三、工作要求",
        "（一）强化督查考核。各牵头单位于每月5日前将上月任务进展情况书面报送县政府督查室。",
    ])
    notice = notice_text(text, ["实施重点项目100个。", "新建高标准农田3万亩。"])
    assert "每月5日前" in notice
    assert "实施重点项目" not in notice  # the tasks stay the table's


@pytest.mark.parametrize("question, wanted", [
    # the year and the month a thing of a past year happened
    ("禾岚高速是哪年哪月开工的", ("2023年6月",)),
    # where the answer goes, said after the question ("材料里要写上"), and a guessed name
    ("咱们今年政府工作报告是谁作的 材料里要写上", ("沈知远",)),
    ("25年的政府工作报告是哪个市长作的 是郑市长吗", ("沈知远",)),
    # a list asked for by "列一下", a second ask by "也说下"
    ("许文博负责的任务列一下", ("岚江港三期",)),
    ("港口三期谁牵头 完成时限也说下", ("市交通运输局", "2025年9月底前")),
    # the plan's 时间节点 asked by its noun; a school by its short name (三高)
    ("市三高开工 时间节点卡的哪天", ("2025年6月底前",)),
    ("口袋公园 清单上节点是哪天", ("2025年10月底前",)),
    # a college by its short name (职院), its phase named in the clause after the project's
    ("岚江职院新校区一期 报告里说啥时候建成投用", ("9月底前",)),
    # a term's explanation asked for by a request, a same-sound slip in its name
    ("蓝江科创走廊的解释麻烦发我下 串联了哪几个园区", ("澜桥区新材料产业园",)),
    # a measure by its short name (研发) where the report prints the full one, the asker's
    # memory of last year glued to the ask by voice
    ("今年研发投入强度要到多少去年好像是三点一二", ("3.2%",)),
    # a rank in the clause after its subject's, two short forms of which the report spells out one
    ("经开区去年在全省开发区考评排第几", ("第23位",)),
    # two owner labels asked at once, the second joined by 和
    ("口袋公园牵头单位和市领导", ("市城市管理局", "邵景川")),
    # how many classes a glossary entry sorts things into
    ("亩均效益评价是把企业分成几类来着", ("四类",)),
])
def test_asked_the_way_staff_type_it(city, question: str, wanted: tuple[str, ...]):
    ans = ask(city, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer


def test_a_part_of_the_year_no_document_covers_is_not_answered_by_the_years_target(city):
    """"今年上半年规上增加值完成多少了" with no notice of any part of the year loaded: the year's
    target (8.5%) is no answer to what was done by June."""
    ans = ask(city, "今年上半年规上增加值完成多少了", today=TODAY)
    assert ans.intent == "none" and "上半年" in ans.answer, ans.answer
    assert "8.5%" not in ans.answer


def test_a_place_no_document_prints_is_not_answered_by_another_places_table(city):
    ans = ask(city, "青屿区今年口袋公园新建多少个", today=TODAY)
    assert ans.intent == "none" and "50个" not in ans.answer, ans.answer
def test_the_reports_own_district_opening_a_sentence_names_the_whole_not_a_part():
    """"枫岚区中医医院新院区于…开诊" in 汀澜市枫岚区's report: the district is the report's own
    region, so its sentence is the whole's (picked first, no note that only a part's figure is
    written), while 岚东区's sentence in the same report is a part's."""
    from answers.whole_region import part_noted, whole_first

    own = ("枫岚区中医医院新院区于2024年9月28日正式开诊", "汀澜市枫岚区")
    target = ("区中医医院新院区建成开诊", "汀澜市枫岚区")
    first = lambda cs: (cs[0] if cs else None, None)  # noqa: E731 (the candidates come best first)
    best, _ = whole_first("区中医院新院区是哪天开诊的", [own, target], lambda c: c[0], first, region_of=lambda c: c[1])
    assert best is own
    assert part_noted("区中医院新院区是哪天开诊的", own[0], "答案", "汀澜市枫岚区") == "答案"
    assert part_noted("全区GDP多少", "岚东区地区生产总值达到520亿元", "答案", "汀澜市枫岚区") != "答案"


def test_our_district_is_the_district_beside_its_city_and_the_pair_is_asked_together(tmp_path):
    """"去年我区城镇居民人均可支配收入 农村的一起" over a district's and its city's reports: 我区 is
    the district, and the rural figure asked after the urban one ("的一起") is asked as a follow-up."""
    reports = {
        "澄溪区2025年政府工作报告.txt": "澄溪区2025年政府工作报告\n——2025年1月8日在澄溪区第三届人民代表大会第五次会议上\n"
                                    "一、2024年工作回顾\n城镇居民人均可支配收入58362元、农村居民人均可支配收入31205元，分别增长5.1%和6.4%。\n",
        "嵘川市2025年政府工作报告.txt": "嵘川市2025年政府工作报告\n——2025年1月15日在嵘川市第十七届人民代表大会第五次会议上\n"
                                    "一、2024年工作回顾\n城镇居民人均可支配收入61480元，农村居民人均可支配收入32960元。\n",
    }
    for name, text in reports.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ctx, _ = ingested_context(tmp_path / "data", [tmp_path / name for name in reports])
    try:
        ans = ask(ctx, "领导要 去年我区城镇居民人均可支配收入 农村的一起", today=TODAY)
    finally:
        ctx.close()
    assert "58362元" in flat(ans.answer) and "31205元" in flat(ans.answer), ans.answer
    assert "61480" not in ans.answer and "32960" not in ans.answer


@pytest.mark.parametrize("clause, question", [
    ("安排区级重点项目135个", "区级重点项目今年排了多少个"),  # a verb opens the clause, no place
    ("棠川电商物流产业园一期于9月28日投入运营", "电商物流产业园一期哪天投运的"),  # the park asked, without its place
])
def test_no_part_is_named_where_the_question_asks_that_thing(clause, question):
    from answers.whole_region import part_named

    assert part_named(clause, question) is None


def test_a_notice_listing_its_lagging_tasks_by_count_and_number_answers_which_lag(tmp_path):
    """"经督查，以下3项工作进度明显滞后于序时进度：1. 第4项“…”。…" (round 62a): the numbered
    items are the lagging tasks asked for, each by its quoted task."""
    notice = ("棠川县2025年第三季度重点工作督查通报\n棠川县人民政府督查室　2025年10月24日\n三、进度滞后的工作\n"
              "经督查，以下3项工作进度明显滞后于序时进度：\n"
              "1. 第4项“新建标准厂房12万平方米”。截至9月底仅建成5.8万平方米，占年度目标的48.3%。牵头单位：棠川经济开发区管委会。\n"
              "2. 第7项“云渡古镇创建国家4A级旅游景区”。智慧导览系统尚未完成招标。牵头单位：县文化广电旅游体育局。\n"
              "3. 第22项“改造城镇老旧小区18个”。已开工11个、完工4个。牵头单位：县住房和城乡建设局。\n"
              "四、下一步工作要求\n进度滞后的3项工作的牵头单位要于10月31日前向县政府督查室报送整改措施。\n")
    path = tmp_path / "棠川县2025年第三季度重点工作督查通报.txt"
    path.write_text(notice, encoding="utf-8")
    ctx, _ = ingested_context(tmp_path / "data", [path])
    try:
        ans = ask(ctx, "急 三季度督查通报点名滞后的是哪几项工作", today=TODAY)
    finally:
        ctx.close()
    assert all(w in flat(ans.answer) for w in ("标准厂房", "4A级", "老旧小区")), ans.answer


def test_the_city_asked_over_a_countys_reports_is_not_answered_by_the_county(tmp_path):
    """"市里今年gdp目标定的多少 县里的我知道" with only a county's report loaded: no city report,
    and the county's 6% is no answer (round 62a)."""
    path = tmp_path / "棠溪县2025年政府工作报告.txt"
    path.write_text("棠溪县2025年政府工作报告\n——2025年1月9日在棠溪县第十八届人民代表大会第五次会议上\n"
                    "一、2024年工作回顾\n全县地区生产总值达到286.4亿元，增长5.8%；一般公共预算收入完成18.2亿元。\n"
                    "二、2025年主要目标\n地区生产总值增长6%左右；一般公共预算收入增长4%。\n", encoding="utf-8")
    ctx, results = ingested_context(tmp_path / "data", [path])
    assert [r.status for r in results] == ["ingested"], results
    try:
        ans = ask(ctx, "市里今年gdp目标定的多少 县里的我知道", today=TODAY)
        county = ask(ctx, "县里今年gdp目标定的多少", today=TODAY)
    finally:
        ctx.close()
    assert ans.intent == "none" and "6%" not in ans.answer, ans.answer
    assert "6%左右" in flat(county.answer), county.answer
