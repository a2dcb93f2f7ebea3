"""The responsibility plan asked the ways staff ask it (session 10, branch s10b):

1. the plan named by another name ("分工表", "任务分解表", "任务清单", "21年分工里"): a figure,
   a target or a task's wording asked of it comes from the task's text, with its code and lead
   unit; a typing slip in the subject still finds the task;
2. a unit said by its work or by a loose department word ("管钱的那个厅", "医保部门"): the
   registry's unit doing that work, at the level asked, never a name picked from a list;
3. a person who leads no task of the plan: said so, with the plan's leaders, never the plan's
   task count.

Every wording here is the helper's own, over the sample corpus (or plain unit lists)."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.absent_leader import person_asked
from answers.ask import ask
from answers.plan_named import plan_named, plan_topics
from answers.unit_functions import units_doing
from core.context import Context
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. the plan by any of its names is the source ------------------------------------------

@pytest.mark.parametrize("question, figure, code", [
    ("2021年任务清单里新增上市公司定了几家", "10家左右", "4.10"),
    ("21年分解表上城镇新增就业目标多少万人", "38万人", "8.1"),
    ("省里21年的分工表，高标准农田建设任务多少亩", "317万亩", "6.7"),
    ("21年分工里数字经济增加值占比要到多少", "38%左右", "2.10"),
    # a share asked as 占比 is the task's 占…比重; the plan's name right before the subject
    ("2021任务分解表研发经费占比目标", "2%左右", "1.5"),
    # a typing slip in the subject (朮 for 术) still finds the task
    ("21年分工表里新增高新技朮企业多少家", "1500家", "1.9"),
])
def test_a_figure_asked_of_the_plan_by_another_name(ctx: Context, question: str, figure: str, code: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target", ans.answer
    assert figure in flat(ans.answer) and f"（{code}）" in ans.answer and "牵头单位" in ans.answer, ans.answer


@pytest.mark.parametrize("question, words", [
    ("2021年责任分工里造林绿化那项原话怎么写的", ["50万亩造林绿化", "7.13"]),
    ("21年分工表养老院改造那条任务原文", ["340所公办养老院", "8.10"]),
    ("任务清单里停车泊位那条具体怎么写的", ["17.8万个", "6.21"]),
])
def test_the_wording_of_a_task_asked_of_the_plan(ctx: Context, question: str, words: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target", ans.answer
    assert all(w in flat(ans.answer) for w in words), ans.answer


def test_a_plan_target_with_no_region_is_the_plan_s_only(ctx: Context) -> None:
    # one plan loaded: its task answers once, never again under each report's region
    ans = ask(ctx, "分解表里专精特新企业要净增多少家")
    assert ans.intent == "target" and "500家以上" in flat(ans.answer), ans.answer
    assert "【" not in ans.answer, ans.answer


def test_a_region_with_no_plan_gets_no_other_region_s_task(ctx: Context) -> None:
    # only the province's table is loaded: 南昌's own table is not there, so no task answers
    ans = ask(ctx, "南昌2021年分工表里新增上市公司多少家")
    assert "10家左右" not in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question", [
    "经初步核查，需掌握2021年全省地区生产总值总量（亿元），请予核实。",
    "2021年全省粮食总产量（万吨）是多少",
])
def test_a_unit_in_brackets_names_no_task(ctx: Context, question: str) -> None:
    # "（亿元）" says the unit asked; alone it would match any task printing 亿元 (a loan figure)
    ans = ask(ctx, question)
    assert "分工方案" not in ans.answer.splitlines()[0], ans.answer
    assert "亿元" not in plan_topics("地区生产总值总量（亿元）"), plan_topics("地区生产总值总量（亿元）")


def test_the_names_of_the_plan_read_as_one() -> None:
    assert plan_named("21年分工表停车泊位") == "21年分工方案停车泊位"
    assert plan_named("省里任务分解表，研发") == "省里分工方案，研发"
    assert plan_named("医保局21年分工里牵头哪些") == "医保局21年分工方案里牵头哪些"
    # the full name, or 分工 that is no name of the table, stays as typed
    assert plan_named("2021年重点工作责任分工方案") == "2021年重点工作责任分工方案"
    assert plan_named("部门职责分工明确") == "部门职责分工明确"


def test_the_words_asking_for_a_task_s_wording_are_no_words_of_it() -> None:
    topics = plan_topics("老旧小区改造那条任务要求原文是什么")
    assert "老旧小区改造" in topics, topics
    assert "R&D比重" in plan_topics("R&D占比")


# --- 2. a unit said by its work ---------------------------------------------------------------

@pytest.mark.parametrize("question, unit, word", [
    ("搞教育的那个厅21年牵头哪些任务", "省教育厅", "高考"),
    ("管环保的在分工表里牵头几项", "省生态环境厅", "碳达峰"),
    ("人社部门牵头的任务有哪些", "省人力资源社会保障厅", "城镇新增就业"),
    ("省里管修路的那个厅牵头哪些", "省交通运输厅", "农村公路"),
    ("管看病的那个委牵头的事有哪些", "省卫生健康委", "医疗"),
])
def test_a_unit_said_by_its_work(ctx: Context, question: str, unit: str, word: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "unit_tasks", ans.answer
    assert ans.answer.startswith(unit) and word in flat(ans.answer), ans.answer


CITY_UNITS = ["市财政局", "市教育局", "市人力资源和社会保障局", "市医疗保障局", "市生态环境局", "各县（市、区）政府"]


@pytest.mark.parametrize("question, names, units", [
    # a city's plan: its own units, whatever body the staffer says
    ("管钱的那个局牵头哪些", CITY_UNITS, ["市财政局"]),
    ("人社部门牵头几项", CITY_UNITS, ["市人力资源和社会保障局"]),
    ("医保口有哪些任务", CITY_UNITS, ["市医疗保障局"]),
    ("负责环保的单位牵头哪些", CITY_UNITS, ["市生态环境局"]),
    # two levels loaded: the level said decides; none said, both are offered
    ("省里管钱的那个厅牵头哪些", ["省财政厅", "南昌市财政局"], ["省财政厅"]),
    ("市里财政部门牵头哪些", ["省财政厅", "南昌市财政局"], ["南昌市财政局"]),
    ("管钱的牵头哪些", ["省财政厅", "南昌市财政局"], ["省财政厅", "南昌市财政局"]),
])
def test_the_unit_doing_the_work_is_the_registry_s(question: str, names: list[str], units: list[str]) -> None:
    found = units_doing(question, names)
    assert found is not None and sorted(found[1]) == sorted(units), found


@pytest.mark.parametrize("question", [
    "分管教育的是谁",            # a leader asked, not a unit
    "分管教育的副省长牵头哪些",  # a leader described
    "2021年统计口径的GDP增速",   # 统计口径 is no department
    "医保部门参保率多少",        # no registry question: left as typed
])
def test_no_unit_read_where_none_is_meant(question: str) -> None:
    assert units_doing(question, ["省教育厅", "省统计局", "省医保局"]) is None


def test_a_loose_department_word_answers_alone_when_one_unit_does_the_work(ctx: Context) -> None:
    # 卫生 is in the health commission's name and in no other unit's: answered for it alone
    ans = ask(ctx, "卫生部门牵头几项")
    assert ans.intent == "unit_tasks" and ans.answer.startswith("省卫生健康委"), ans.answer


# --- 3. a person who leads no task --------------------------------------------------------------

@pytest.mark.parametrize("question, person", [
    ("王小明副省长在21年分工方案里牵头几项", "王小明副省长"),
    ("那个刘市长在任务清单里牵头哪几条", "刘市长"),
    ("张三同志在21年分工表里分管几项", "张三"),
    ("叶省长牵头哪些任务", "叶省长"),
])
def test_a_person_who_leads_no_task(ctx: Context, question: str, person: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none", ans.answer
    assert f"没有{person}牵头的任务" in ans.answer and "殷美根" in ans.answer, ans.answer
    assert "共列" not in ans.answer, ans.answer  # never the plan's task count


@pytest.mark.parametrize("question, leader", [
    ("那个陈副省长在方案里牵头的有哪几条", "陈小平"),
    ("秦副省长牵头哪些", "秦义"),
    ("殷美银牵头的任务", "殷美根"),  # one character off a leader: read as the leader
])
def test_a_leader_of_the_plan_is_still_answered(ctx: Context, question: str, leader: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "leader_tasks" and leader in ans.answer, ans.answer


def test_no_person_read_from_offices_alone(ctx: Context) -> None:
    leaders = ["吴浩", "殷美根"]
    assert person_asked(ctx, "常务副省长牵头哪些", leaders) is None
    assert person_asked(ctx, "吴浩副省长在分工方案里牵头几项", leaders) is None
    assert person_asked(ctx, "教育在分工方案里牵头的有哪几条", leaders) is None


def test_a_list_of_the_report_is_not_the_plan() -> None:
    assert plan_named("2024年报告里民生实事任务清单有哪些") == "2024年报告里民生实事任务清单有哪些"


def test_an_ecosystem_is_no_department() -> None:
    assert units_doing("生态系统保护修复任务有哪些", ["省生态环境厅"]) is None


def test_a_person_naming_a_task_whose_owner_is_asked(ctx: Context) -> None:
    assert person_asked(ctx, "各副省长牵头几项", ["吴浩"]) is None
    ans = ask(ctx, "王市长说的老旧小区改造那项是谁牵头")
    assert "没有王市长" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, figure", [
    ("2021年省政府重点工作分工，停车泊位增加多少", "17.8万个"),
    ("21年任务分解里新增上市公司多少家", "10家左右"),
])
def test_the_plan_named_without_its_document_noun(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target" and figure in flat(ans.answer), ans.answer


def test_the_office_said_before_the_name(ctx: Context) -> None:
    ans = ask(ctx, "省长叶建春在分工方案里牵头哪些")
    assert ans.intent == "none" and "没有省长叶建春牵头的任务" in ans.answer, ans.answer
    assert ask(ctx, "副省长胡强牵头几项").intent == "leader_tasks"


def test_a_task_the_plan_does_not_hold_is_not_found(ctx: Context) -> None:
    # no task mentions 氢能: the asking words ("的任务原文") are no match for another task
    ans = ask(ctx, "任务清单里关于氢能的任务原文")
    assert ans.intent == "none" and "（6.16）" not in ans.answer, ans.answer


# --- a city's plan beside the province's ----------------------------------------------------------

@pytest.fixture(scope="module")
def two_plans(corpus_dir, tmp_path_factory):
    """The sample corpus (a province's 2021 plan) and an invented city's 2025 plan (汀澜市)."""
    from tests.support.answer_sets import ingested_context

    city = Path(__file__).resolve().parents[1] / "data" / "plans" / "tinglan" / "pipes1_notice.txt"
    c, _ = ingested_context(tmp_path_factory.mktemp("two_plans"), [corpus_dir, city])
    yield c
    c.close()


def test_a_city_unit_said_by_its_work(two_plans: Context) -> None:
    ans = ask(two_plans, "管钱的那个局25年牵头哪些")
    assert ans.intent == "unit_tasks" and "市财政局" in ans.answer.split("\n")[0], ans.answer
    # no level and no kind said: the province's and the city's finance bodies are both offered
    assert ask(two_plans, "管钱的牵头哪些").intent == "clarify"
    ans = ask(two_plans, "市里管钱的牵头哪些")
    assert "市财政局" in ans.answer.split("\n")[0], ans.answer


def test_each_region_s_plan_answers_for_its_region(two_plans: Context) -> None:
    ans = ask(two_plans, "汀澜2025年分工表里社会消费品零售总额增长多少")
    assert "6.5%" in flat(ans.answer) and "1.1万亿元" not in flat(ans.answer), ans.answer
    ans = ask(two_plans, "分工表里社会消费品零售总额的目标")
    text = flat(ans.answer)
    assert "6.5%" in text and "1.1万亿元" in text and "【" in ans.answer, ans.answer


def test_an_office_of_a_place_is_no_name(ctx: Context) -> None:
    # the registry knows no offices: "江西省长" may be a leader of the table, nothing is claimed
    assert person_asked(ctx, "江西省长牵头哪些任务", ["吴浩"]) is None
    assert person_asked(ctx, "南昌市长在分工方案里牵头几项", ["吴浩"]) is None


@pytest.mark.parametrize("question", [
    # a name no document prints, after where the tasks are listed, the verb typed by its sound
    "分工方案里叶建春签头哪几项",
    "叶建春牵头哪几项",
])
def test_a_person_the_documents_never_name_leads_nothing(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "none" and "没有叶建春牵头的任务" in ans.answer, ans.answer


def test_a_leader_typed_one_sound_off_still_leads(ctx: Context) -> None:
    assert ask(ctx, "罗晓云牵头哪几项").intent == "leader_tasks"


def test_a_deputy_asked_is_never_the_head_who_signs(ctx: Context) -> None:
    # the report is signed by the 市长; no document names the 常务副市长
    assert ask(ctx, "南昌常务副市长是哪位来着").intent == "none"
    assert "万广明" in ask(ctx, "南昌市长是哪位来着").answer
