"""Classes from session 20's outsider rounds (47a/47c, read after their first run): how staff
type on a phone, each answered from an invented city's report.

- a five-year sum said "五年新增…" / "累计…" after a span's opening (answers.year_spans);
- an interjection opening ("emm"), "实际完成多少" as the result asked (answers.question);
- the whole's figure before a county's whose name opens the sentence, and 枫城区 as a district's
  name, not the town area (answers.whole_region);
- two things named with no ask word; "几个X" meaning "the few X" (answers.measure_pairs, multipart);
- a quoted line with its figure left out; the last part of a numbered name (quoted, name_parts);
- a glossary entry by question words ("从哪到哪 多长"), by "怎么解释", by its quoted name inside
  longer words, after 那个; "，是哪四类" (definitions, glossary_details);
- the report's difficulties "那段", the meeting's full name, "几A", a slip of one character by
  sound, "那场…没" (own_shortcomings, document_facts, report_facts, heard_words).
"""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

TODAY = dt.date(2026, 3, 1)
REPORT = """政 府 工 作 报 告
——2026年1月15日在岚桥市第十七届人民代表大会第五次会议上
岚桥市人民政府市长 陈立衡
各位代表：
一、2025年和“十四五”时期工作回顾
初步核算，全市地区生产总值达到3286.5亿元，增长5.8%，增速高于全省平均0.4个百分点。
新增规模以上工业企业137家，总数达到1689家。
全年接待游客1.9亿人次，实现旅游综合收入1977.79亿元。
成功举办产业合作推介会和家具产业博览会等活动，签约项目421个、总投资3483亿元。
成功应对“7·22”强降雨过程，实现人员零伤亡。
承办全国职业院校技能大赛，我市选手获24金、居全国第3位。
“新三样”出口额增长73.5%。
企业开办时间压缩至0.5个工作日，一般性支出压减6.3%。
获批国家区块链创新应用试点，成功创建“千兆城市”，数字经济增加值突破1700亿元。
鹤岭县入选全省县域经济十强县，地区生产总值达到412亿元；枫城区地区生产总值达到1036亿元，成为全市首个千亿级城区。
五年来，我们团结奋斗，“十四五”规划主要目标任务全面完成。五年间，全市地区生产总值从2020年的2380亿元增加到3286.5亿元。五年新增高速公路186公里，通车总里程达到512公里；累计改造城镇老旧小区538个。高新技术企业由186家增加到415家。新建改扩建学校31所。
同时，我们也清醒认识到，还面临不少困难和不足：经济总量还不大，产业实力还不强，民生保障存在短板。
二、2026年主要目标
地区生产总值增长5.5%左右，规模以上工业增加值增长8%以上。
三、2026年重点工作
（〇）提升园区能级。园区规模以上工业增加值增长12%以上，全年新增规模以上工业企业30家以上。新增普惠托位600个。一般性支出压减5%。
（一）扩大有效需求。实施“8810”行动计划，推行“标准地”出让。
（二）增进民生福祉。改造提升乡镇敬老院120所，为1.8万名适龄妇女提供“两癌”免费筛查。
（〇）优化区域布局。支持鹤岭县建设县域副中心，推动枫城区打造千亿级城区。
（三）发展全域旅游。加快青螺洞景区提质升级，力争成功创建国家4A级旅游景区。
（四）推进乡村振兴。打响“岚心办”品牌，建设“一枢纽四中心”。村级集体经济年收入20万元以上的村占比达到65%。培育壮大“四类带动经营主体”，落实退役军人“双免”政策，推行招商三率考核。
名词解释
1.“8810”行动计划：第一个“8”指8条制造业重点产业链，第二个“8”指8个产业集群，“10”指全市规模以上工业营业收入年均增长10%左右。
2.“标准地”出让：在工业用地出让前明确投资强度、亩均税收等控制性指标，企业拿地后按承诺建设。
3.岚桥科创走廊：以溪南区为起点，经岚桥高新区至湄溪新城，全长约28公里的创新带。
4.“双免”政策：指持有优待证的退役军人免费乘坐市内地铁和公交，免门票参观博物馆。
5.三率考核：对招商签约项目的履约率、开工率、投产率进行考核。
6.“四类带动经营主体”：有带动增收功能的龙头企业、农民合作社、家庭农场、创业致富带头人。
7.“一枢纽四中心”：全国重要的综合交通枢纽，区域科创中心、金融中心、先进制造业中心、现代服务业中心。
8.“岚心办”：我市的营商环境服务品牌，主要包括涉企事项一窗受理、帮办代办、诉求直达等服务。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("staff_phrasings"), REPORT, "岚桥市2026年政府工作报告.txt")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    ("十四五期间新增高速多少公里 现在通车总里程多少", ["186公里", "512公里"]),
    ("老旧小区十四五期间一共改了多少个", ["538个"]),
    ("emm 全市规上工业企业现在总共多少家 去年新增多少", ["1689家", "137家"]),
    ("gdp 去年实际完成多少", ["3286.5亿元"]),
    ("去年游客接待量和旅游收入", ["1.9亿人次", "1977.79亿元"]),
    ("去年几个博览会推介会签约项目多少个 总投资多少", ["421个", "3483亿元"]),
    ("“改造提升乡镇敬老院 所” 今年报告里这句 中间数字是多少", ["120所"]),
    ("那个8810 最后那个10啥意思", ["10%左右"]),
    ("岚桥科创走廊从哪到哪 多长", ["溪南区", "28公里"]),
    ("退役军人“双免”政策是啥意思", ["免费乘坐"]),
    ("招商那个三率考核 是哪三个率", ["履约率", "投产率"]),
    ("报告里提到培育壮大“四类带动经营主体”，是哪四类？", ["龙头企业", "家庭农场"]),
    ("帮我看看报告里的问题和不足那段，具体怎么说的？", ["经济总量还不大"]),
    ("今年报告是在哪次会议上作的，会议全称帮我写一下", ["第十七届人民代表大会第五次会议"]),
    ("青螺洞今年是要创几A景区", ["4A"]),
    ("两癌筛茶今年给多少人做", ["1.8万"]),
    ("去年7·22那场强降雨有人员伤亡没", ["零伤亡"]),
    # the span's paragraph goes on after a sentence with no span word of its own
    ("十四五期间新建改扩建学校多少所", ["31所"]),
    ("去年技能大赛咱们拿了几个金", ["24金"]),
    # round 48c: the main targets first; what the asker must report said first; 压到多久; a part's 压了
    ("规上工业今年定的多少来着", ["8%以上"]),
    ("街道要报托育的数，市里今年普惠托位一共新增几个啊", ["600个"]),
    ("企业开办时间现在压到多久了", ["0.5个工作日"]),
    ("一般性支出今年压减多少，去年实际压了多少", ["5%", "6.3%"]),
    # round 49a/49c: one part of a numbered name said with its counter; an entry typed by its sound;
    # the asker's framing is no qualifier of the measure
    ("一枢纽四中心 四个中心分别是哪几个", ["金融中心", "现代服务业中心"]),
    ("岚心半到底指啥？", ["一窗受理"]),
    ("村集体经济那块 今年要求年收入20万以上的村占比达到多少", ["65%"]),
    # a sentence opening with words that end like a place ("获批国家区…") is no part's figure
    ("去年数字经济增加值多少", ["1700亿元"]),
    # what the report asks of a place inside it (round 50a)
    ("明天开会要讲 今年报告对鹤岭县提的啥要求 给个原话", ["县域副中心"]),
])

def test_a_phone_typed_question_is_answered(ctx, question: str, wanted: list[str]) -> None:
    ans = ask(ctx, question, today=TODAY)
    assert ans.intent != "none" and all(w in flat(ans.answer) for w in wanted), ans.answer


def test_the_whole_is_answered_before_a_county_or_a_district(ctx) -> None:
    # the county's 412亿元 opens its sentence with its name; 枫城区 is a district, not the town area
    ans = ask(ctx, "去年gdp多少", today=TODAY)
    assert "3286.5亿元" in flat(ans.answer.splitlines()[0]), ans.answer


@pytest.mark.parametrize("question, term", [
    ("标准地出让 怎么解释，要在会上说一下", "投资强度"),
    ("退役军人“双免”政策是啥意思", "免门票"),
])
def test_a_definition_is_the_entry_not_a_target(ctx, question: str, term: str) -> None:
    ans = ask(ctx, question, today=TODAY)
    first = ans.answer.splitlines()[0]
    assert "指" in first and term in flat(first) and "目标" not in first, ans.answer


def test_a_sum_over_five_years_is_no_years_figure(ctx) -> None:
    # asked of last year alone, the five-year sum is not the answer
    ans = ask(ctx, "去年新增高速多少公里", today=TODAY)
    assert "186公里" not in flat(ans.answer.splitlines()[0]), ans.answer


def test_a_narrower_measure_never_answers_the_whole(ctx) -> None:
    # 出口额 of three products is no 进出口总额
    ans = ask(ctx, "去年外贸进出口总额增长多少", today=TODAY)
    assert ans.intent == "none" and "不是所问的指标" in ans.answer, ans.answer


def test_a_span_set_aside_is_not_asked() -> None:
    from answers.year_spans import asks_span

    assert asks_span("十四五期间老旧小区一共改了多少个") and asks_span("三年累计建成多少")
    assert not asks_span("南昌24年高标准农田建多少万亩 是当年的数不是三年累计哈")


def test_a_request_said_last_is_no_word_of_the_ask() -> None:
    # round 47d, read after its held-out run: "麻烦帮我查下" glued to the second part
    from answers.remarks import without_remarks

    assert without_remarks("去年gdp总量多少亿 增长了多少 麻烦帮我查下") == "去年gdp总量多少亿 增长了多少"


def test_a_five_year_sum_said_by_its_verb_is_a_span() -> None:
    # a new user's try: "五年新建农村公路420公里" answered "去年新建多少公里"
    from answers.year_spans import states_span

    assert states_span("五年新建农村公路420公里") and states_span("五年累计投入民生资金1950亿元")
    assert not states_span("连续五年完成目标任务")
