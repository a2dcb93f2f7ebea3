"""Asks of session 25's reading of rounds 59b and 59c, each read by its structure: 截止 before a
time says "as of" ("截止10月底路面弄了多少"), never "which tasks are due"; a Latin unit after the
ask word ("创几A") is the figure's, not the end of a question; the time a task is 计划 for is its
deadline; the month a past thing happened ("23年的时候 4号线是几月开工的") is a fact; members of a
category recalled by their short names ("超长期国债 专项债这些上级资金"); a zone's short name in a
unit's ("经开区管委会"); a leader named and then his column ("责任县领导是他的任务"); and from round
59h: the lead unit said before its task in a deadline ask, 规上 alone with a growth asked, a bureau
asking through the asker ("科技局问…", "…新来的同事问"), a total stated as "X达到N家". The documents
are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.padding import drop_padding
from tests.support.answer_sets import flat, report_and_plan_context

TODAY = dt.date(2025, 11, 20)
REPORT = """嵘川县2025年政府工作报告
——2025年1月9日在嵘川县第十八届人民代表大会第五次会议上
一、2024年工作回顾
高新技术企业达到1248家、净增186家。招商引资全年签约亿元以上项目71个，协议总投资486.5亿元。精准对接国家政策，争取超长期特别国债、中央预算内投资和地方政府专项债券资金16.2亿元，创历史新高。
城市轨道交通4号线嵘川段于2024年3月开工建设，滨江大道加快建设。
二、2025年主要目标
全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长7.5%左右；固定资产投资增长7%。
三、2025年重点工作
（一）做旺文旅产业。推进梧岭山景区创建国家4A级旅游景区，全年接待游客680万人次。
（二）办好人民满意教育。县第三实验小学9月投入使用，新增学位1620个。
今年，县政府将集中力量办好十二件民生实事。
"""
TITLE = "嵘川县2025年政府工作报告重点工作责任分工方案"
TASKS = [
    ("加快经开区新材料产业园二期建设，年内建成标准厂房12万平方米。", "嵘川经济开发区管委会", "县工业和信息化局", "2025年12月底前"),
    ("引进配套企业10家以上。", "嵘川经济开发区管委会", "县投资促进中心", "2025年12月底前"),
    ("完成滨江大道主体工程。", "县住房和城乡建设局", "县交通运输局", "2025年6月底前"),
    ("改造城镇老旧小区158个，惠及居民4.2万户。", "县住房和城乡建设局", "各乡镇人民政府", "2025年11月底前"),
    ("新增公共停车泊位3000个。", "嵘川县城市管理局", "县住房和城乡建设局", "2025年12月底前"),
]


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    c = report_and_plan_context(tmp_path_factory.mktemp("times"), "嵘川县2025年政府工作报告.txt", REPORT, TITLE, TASKS, "蒋一帆")
    yield c
    c.close()


@pytest.mark.parametrize("question, wanted", [
    # two asks in one message, the first with a Latin unit after 几
    ("梧岭山景区今年是要创几A 全县游客目标多少万人次", ("4A", "680万人次")),
    # 计划 with a time asked: the time planned
    ("第三实验小学计划几月份投用", ("9月",)),
    # the month a thing of a past year happened, the time said before it again after a pause
    ("24年的时候 4号线嵘川段是几月开工的呀", ("2024年3月",)),
    # a category recalled by two of its members' short names
    ("去年争取到的超长期国债 专项债这些上级资金一共多少钱", ("16.2亿元",)),
    # the lead unit said before the task whose deadline is asked
    ("住建局老旧小区改造那项 完成时限哪个月", ("2025年11月底前",)),
    ("规上今年目标增速多少哈", ("7.5%左右",)),
    ("科技局问规模以上工业增加值今年目标是多少", ("7.5%左右",)),
    ("24年底高企总数到多少家了", ("1248家",)),
    # a count asked, then a rough figure offered for another measure in a clause of its own
    ("去年招商签了多少个亿元以上项目 协议投资是不是500多亿", ("71个", "486.5亿元")),
    # a guessed count, then the count asked itself
    ("今年民生实事是十件还是几件来着", ("十二件",)),
])
def test_asked_by_outsiders_and_answered(county, question: str, wanted: tuple[str, ...]) -> None:
    ans = ask(county, question, today=TODAY)
    assert ans.intent != "none", ans.answer
    for w in wanted:
        assert w in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question", ["那个经开区管委会牵头的任务是啥", "开发区管委会牵头的有几项 都是啥"])
def test_a_zone_typed_by_its_short_name_is_the_unit(county, question) -> None:
    # ("开发区管委会": the zone said by its kind alone, round 64b)
    ans = ask(county, question, today=TODAY)
    assert ans.intent == "unit_tasks", ans.answer
    assert "标准厂房" in ans.answer and "配套企业" in ans.answer


def test_a_leader_named_then_his_column_lists_his_tasks(county) -> None:
    ans = ask(county, "蒋一帆 责任县领导是他的任务都是啥", today=TODAY)
    assert ans.intent == "leader_tasks", ans.answer
    assert "滨江大道" in ans.answer and "标准厂房" in ans.answer


def test_as_of_a_time_is_no_list_of_due_tasks(county) -> None:
    as_of = ask(county, "截止10月底滨江大道主体工程完成了多少", today=TODAY)
    assert "到期的任务" not in as_of.answer and "逾期的任务共" not in as_of.answer, as_of.answer
    overdue = ask(county, "截止10月底有哪些逾期", today=TODAY)
    assert overdue.intent == "status" and "滨江大道" in overdue.answer, overdue.answer


def test_where_the_answer_will_be_quoted_is_no_part_of_the_question() -> None:
    assert drop_padding("要在公文 分解方案的文号是多少呀") == "分解方案的文号是多少呀"


def test_who_wanted_to_know_said_after_is_no_part_of_the_question() -> None:
    assert drop_padding("沣e办是个啥 新来的同事问") == "沣e办是个啥"
    assert drop_padding("市场监管局要求的时限是啥") == "市场监管局要求的时限是啥"  # a unit asking nothing through the asker


def test_a_unit_said_by_its_stem_with_corrections_and_a_purpose(county) -> None:
    ans = ask(county, "县城管今年牵头哪几项 不是配合的啊 是牵头的 我挨个催一下", today=TODAY)
    assert ans.intent == "unit_tasks" and "停车泊位" in ans.answer, ans.answer
