"""Round 14 classes: who asks, said before the question ("我们X局的，…", "财政厅问，…"), is
context, not words to search for, and a unit that is the subject stays one; a year or a place
said and then corrected ("22年，不对，24年…") is read as corrected; a leader's list narrowed
by a field's name ("卫生方面的"), with a part set aside ("除了创新那块") and the words that
only point ("分工方案里他负责的是什么事"). Every question here is the helper's own wording over
the sample corpus."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.asker import drop_asker
from answers.corrections import apply_corrections
from answers.wording import prepare
from core.context import Context
from core.synonyms import fields_of
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. the asker's unit is context -----------------------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("咱们住建厅关心的，江西2024年城镇老旧小区改造安排多少个", "1008个"),
    ("财政厅问，2022年全省一般公共预算收入增长目标是多少", "5%"),
    # the place said with the unit is the question's place when the rest names none
    ("我们南昌统计局的，24年GDP增长目标多少", "5.0%左右"),
])
def test_the_askers_unit_is_no_search_word(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target" and figure in flat(ans.answer), ans.answer


def test_the_askers_unit_does_not_turn_an_owner_question_into_its_list(ctx: Context) -> None:
    ans = ask(ctx, "我们生态环境厅问，白色污染治理那条谁牵头")
    assert ans.intent == "owner" and "7.8" in ans.answer and "省发展改革委" in ans.answer, ans.answer


def test_a_unit_renamed_in_a_clause_of_its_own_is_context_too(ctx: Context) -> None:
    ans = ask(ctx, "我们科委，现在叫科技厅，研发投入攻坚行动那项谁牵头")
    assert ans.intent == "owner" and "罗小云" in ans.answer, ans.answer


@pytest.mark.parametrize("question, unit", [
    ("发改委，牵头的任务有几项", "省发展改革委"),
    ("我是人社厅的，我们牵头哪些", "省人力资源社会保障厅"),
    ("环保厅的，牵头哪些任务", "省生态环境厅"),
])
def test_a_unit_that_is_the_subject_stays(ctx: Context, question: str, unit: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "unit_tasks" and unit in ans.answer, ans.answer


def test_drop_asker_reads_the_clause_by_its_shape() -> None:
    assert drop_asker("我们统计局的,2024年GDP目标多少") == "2024年GDP目标多少"
    assert drop_asker("我们九江发改委这块,2024年重大项目多少个") == "九江2024年重大项目多少个"
    # the rest names a place of its own: the asker's place is not put before it
    assert drop_asker("我们九江住建局的,省里24年老旧小区改造多少个") == "省里24年老旧小区改造多少个"
    # "我市交通局的": 我市 is the place
    assert drop_asker("我市交通局的,今年农村公路新改建多少公里") == "我市今年农村公路新改建多少公里"
    # a line of work, no unit: what is asked is in it, so its words stay
    assert drop_asker("我们医保这块,异地就医结算那条谁牵头").startswith("医保")
    # a clause that asks is the question, not the asker
    assert drop_asker("我们统计局有几项逾期,分别是哪些") == "我们统计局有几项逾期,分别是哪些"
    assert drop_asker("我们市场监管局的,知识产权保护那条谁牵头") == "知识产权保护那条谁牵头"
    # a person of the unit, then a tail word; without the tail the clause may be the subject's
    assert drop_asker("林业局小张问,2021年造林多少万亩") == "2021年造林多少万亩"
    assert drop_asker("林业局重点项目,2021年安排多少个") == "林业局重点项目,2021年安排多少个"
    # a unit then a space, then a figure asked of the reports (round 41b, a bureau's liaison)
    assert drop_asker("南昌农业农村局 去年粮食总产和生猪出栏各多少") == "南昌去年粮食总产和生猪出栏各多少"
    assert drop_asker("我们农业农村厅要写总结 21年全省粮食总产多少亿斤") == "21年全省粮食总产多少亿斤"
    # a unit then a space, then something asked of that unit: it is the subject
    assert drop_asker("交通厅 是不是牵头农村公路那条") == "交通厅 是不是牵头农村公路那条"
    assert drop_asker("发改委 有几项逾期") == "发改委 有几项逾期"
    # a task's name that ends like an office ("…一次办") is no asker
    assert drop_asker("一件事一次办 今年要扩到多少项") == "一件事一次办 今年要扩到多少项"


def test_what_opens_the_question_after_the_askers_clause_is_peeled_too() -> None:
    assert prepare("您好，我是九江市商务局的，想问一下，九江2024年外贸进出口目标是多少") == "九江2024年外贸进出口目标是多少"


# --- 2. a year or a place said, then corrected ----------------------------------------------------

def test_the_corrected_year_replaces_the_first(ctx: Context) -> None:
    ans = ask(ctx, "22年，不对，24年全省GDP增长目标是多少")
    assert "5%左右" in flat(ans.answer) and "7%以上" not in flat(ans.answer), ans.answer
    ans = ask(ctx, "二二年，说错了，二四年南昌GDP增长目标是多少")
    assert "5.0%左右" in flat(ans.answer) and "不对" not in ans.answer, ans.answer


def test_a_corrected_year_that_is_not_held_is_not_found(ctx: Context) -> None:
    ans = ask(ctx, "南昌24年，不对，21年的GDP增长目标是多少")
    assert ans.intent == "none", ans.answer


def test_apply_corrections_keeps_what_the_correction_does_not_name() -> None:
    assert apply_corrections("九江23年,不对,24年的GDP目标") == "九江24年的GDP目标"
    assert apply_corrections("九江,哦不,上饶23年GDP目标") == "上饶23年GDP目标"
    assert apply_corrections("21年,不是,是22年的报告") == "22年的报告"
    # "不是" inside a sentence contrasts; it corrects nothing
    assert apply_corrections("上饶不是九江23年GDP目标") == "上饶不是九江23年GDP目标"


# --- 3. a leader's list narrowed by a field, with a part set aside ------------------------------

def test_a_part_set_aside_is_left_out_of_a_leaders_list(ctx: Context) -> None:
    ans = ask(ctx, "罗小云除了创新那块还管哪些")
    codes = [t["code"] for t in ans.tasks]
    assert ans.intent == "leader_tasks" and "7.3" in codes and "1.1" not in codes and "1.5" not in codes, ans.answer


def test_a_field_kept_after_a_part_set_aside(ctx: Context) -> None:
    ans = ask(ctx, "罗小云分管的任务里，除了科技创新，农业方面有没有")
    codes = [t["code"] for t in ans.tasks]
    assert codes == ["7.3"], ans.answer


def test_a_field_name_keeps_the_tasks_of_that_field(ctx: Context) -> None:
    ans = ask(ctx, "孙菊生牵头的就业方面任务有哪些")
    codes = [t["code"] for t in ans.tasks]
    assert "1.15" in codes and "8.19" not in codes, ans.answer


def test_pointing_words_narrow_nothing(ctx: Context) -> None:
    ans = ask(ctx, "易炼红，呃，分工方案里他负责的是哪件事")
    assert ans.intent == "leader_tasks" and "事业单位改革" in ans.answer, ans.answer


def test_fields_of_reads_a_task_by_its_fields_words() -> None:
    assert fields_of("推进“五河两岸一湖一江”全流域治理") == ["水利"]
    assert "教育" in fields_of("深化高考综合改革")
    assert fields_of("加快数字政府建设") == []


@pytest.mark.parametrize("question, unit", [
    # "其" refers back to the unit named first: it is the subject
    ("省发展改革委，其在分工方案中作为牵头单位承担哪些任务", "省发展改革委"),
    # a unit described ("管就业的人社厅") is the subject's name, never an asker's
    ("管就业的人社厅，21年分工牵头哪几项", "省人力资源社会保障厅"),
    # another name of the same unit in a clause of its own, then nothing else named
    ("科技厅，就是原来的科委，牵头哪些任务", "省科技厅"),
])
def test_a_unit_the_rest_refers_back_to_stays(ctx: Context, question: str, unit: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "unit_tasks" and unit in ans.answer, ans.answer


def test_a_corrected_unit_replaces_the_first(ctx: Context) -> None:
    ans = ask(ctx, "发改委，哦不对，财政厅牵头的任务有哪些")
    assert ans.intent == "unit_tasks" and ans.answer.startswith("省财政厅"), ans.answer
    assert apply_corrections("林业局,说错了,是水利厅配合哪些") == "水利厅配合哪些"


def test_a_variant_form_finds_the_task_written_the_other_way(ctx: Context) -> None:
    # the table writes 其它, staff type 其他 (异形词)
    ans = ask(ctx, "其他政务热线整合进来这件事谁牵头")
    assert ans.intent == "owner" and "省政务服务办" in ans.answer, ans.answer
