"""A town's (镇/乡) plan and report name their heads as a county's do: the 镇长 signs the
report, a table's leader cell prints a party office before the name ("党委委员 武志强"), and
staff say a leader by surname and office ("邓镇长", "武委员"). A town's 实事 list names no
leader: the leader asked of its work is the 分解表's; a unit guessed as lead that the row lists
second is told which unit the row lists first."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from retrieval.plans.cells import split_leaders
from tests.support.answer_sets import flat, table_plan_context

TODAY = dt.date(2026, 12, 4)
REPORT = ("政府工作报告\n——2026年1月9日在青崖镇第十八届人民代表大会第五次会议上\n镇长  韩立新\n各位代表：\n"
          "一、2025年工作回顾\n新增茶园1200亩。\n二、2026年重点工作\n新增茶园1500亩，新建高标准农田8000亩。\n")


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    c = table_plan_context(
        tmp_path_factory.mktemp("town"), REPORT, "青崖镇2026年重点工作任务分解表",
        ["序号", "重点工作", "分管领导", "责任站所", "包村干部", "完成时限"],
        ["一、乡村振兴",
         ["1", "新增茶园1500亩", "副镇长 邓文涛", "农业农村服务中心", "吴丹（岭脚村）、林森（茶坪村）", "2026年4月底前"],
         ["2", "新建高标准农田8000亩", "副镇长 邓文涛", "农业农村服务中心、自然资源所", "陈浩（东坪村）", "2026年9月底前"],
         ["3", "完成汛前隐患排查", "党委委员 武志强", "应急办", "/", "2026年4月30日前"]],
        report_name="青崖镇2026年政府工作报告.txt")
    from retrieval.ingest import ingest_paths
    from tests.support.docx_plans import table_docx

    listed = table_docx(tmp_path_factory.mktemp("town_list") / "实事.docx", "青崖镇2026年为民办实事项目",
                        ["序号", "项目名称", "建设内容", "责任单位", "完成时间"],
                        [["1", "汛前隐患排查", "完成汛前隐患排查，逐村落实防汛责任人和转移避险预案", "镇应急办", "2026年4月30日"],
                         ["2", "镇中心幼儿园扩建", "新建保教用房1200平方米，新增学位180个，配齐户外活动场地和设施设备", "镇社会事务办", "2026年8月25日"],
                         ["3", "居家养老服务站建设", "在东坪村、石桥村、龙口村和新华社区各建成1个居家养老服务站", "镇社会事务办", "2026年12月31日"]])
    results = ingest_paths(c, [listed])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


def test_a_party_office_before_the_name_is_no_leader():
    assert split_leaders("党委委员 武志强") == ["武志强"]
    assert split_leaders("县委常委、副县长 林志远") == ["林志远"]
    assert split_leaders("党委委员") == ["党委委员"]  # a cell naming an office alone keeps it


def test_the_town_head_signs_the_report(town):
    assert "韩立新" in flat(ask(town, "今年政府工作报告是谁作的", today=TODAY).answer)


def test_leaders_said_by_surname_and_town_office(town):
    text = flat(ask(town, "邓镇长分管的都有哪些", today=TODAY).answer)
    assert "茶园" in text and "高标准农田" in text and "汛前" not in text, text
    text = flat(ask(town, "武委员管的是啥", today=TODAY).answer)
    assert "汛前" in text and "茶园" not in text, text


def test_the_countys_figure_asked_over_a_towns_documents_is_not_found(town):
    answer = ask(town, "县里今年茶园新增多少亩", today=TODAY)
    assert answer.intent == "none" and "县一级" in answer.answer, answer.answer
    from answers.higher_level import _LEVEL_SUBJECT

    assert _LEVEL_SUBJECT.search("县里下达咱的财政收入任务是不是2个亿") is None  # what the county assigns the town
    answer = ask(town, "全镇今年茶园新增多少亩", today=TODAY)
    assert answer.intent != "none" and "1500亩" in flat(answer.answer), answer.answer


def test_a_task_typed_with_its_verb_last_and_pointed_at_by_count(town):
    text = flat(ask(town, "茶园新增那条 时限是啥时候", today=TODAY).answer)
    assert "2026年4月底" in text, text
    text = flat(ask(town, "高标准农田新建的那两个片区 啥时候完成", today=TODAY).answer)
    assert "2026年9月底" in text, text


def test_the_leader_of_work_a_list_without_leaders_holds_is_the_tables(town):
    answer = ask(town, "汛前隐患排查是哪个领导分管", today=TODAY)
    assert answer.intent == "owner" and "武志强" in answer.answer, answer.answer


def test_a_unit_listed_second_is_not_confirmed_as_the_lead(town):
    text = flat(ask(town, "高标准农田是自然资源所牵头吧", today=TODAY).answer)
    assert "是的" not in text and "排在第一位的是" in text and "农业农村服务中心" in text, text


@pytest.mark.parametrize("question, meta", [("实事那个文件啥时候发的", ("when",)),
                                            ("实事那个文件文号多少 啥时候发的", ("when", "number"))])
def test_when_a_list_of_works_was_issued_is_asked_of_that_document(question, meta):
    from answers.question import parse_question

    q = parse_question(question)
    assert (q.intent, set(q.meta), q.topic) == ("fact", set(meta), "plan"), q


def test_a_column_no_role_names_is_shown_with_the_task(town):
    # "包村干部" (round 69d): what the table says of the task beside its owners
    text = flat(ask(town, "茶园那条哪个站所负责 包村的是谁", today=TODAY).answer)
    assert "农业农村服务中心" in text and "包村干部：吴丹（岭脚村）、林森（茶坪村）" in text, text
    text = flat(ask(town, "汛前隐患排查谁负责", today=TODAY).answer)
    assert "包村干部" not in text, text  # "/": nobody, nothing shown
