"""Registry questions in staff's own words, for the classes outsider rounds 12 and 13 showed:
owner asks said colloquially (谁在盯, 哪几家配合, 哪些市配合, 牵头领导几位) after a paraphrase with
words the table lacks; a unit's tasks as lead and as co-unit, each list headed; a unit said by
its stem or with a same-sound last character; a leader's name one character off, read and
named; a person offered as who delivered a report, answered as report metadata. Every
question here is the helper's own wording over the sample corpus; none is a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.owner_asks import both_roles_asked, near_leader, read_stems, strip_owner_asks
from answers.question import parse_question
from core.context import Context


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. owner asks in other words, after a paraphrase of the task ---------------------------

@pytest.mark.parametrize("question, wanted", [
    ("养老院改造提升340所那一项谁在盯，哪几家配合", ["胡强", "省民政厅", "省财政厅"]),
    ("力争湘赣边示范区升为国家级那条，谁跟进？哪些市配合", ["殷美根", "省发展改革委", "萍乡市政府"]),
    ("侨务援疆那条的牵头领导一共几位，都有谁", ["殷美根", "胡强", "陈小平", "吴浩"]),
    ("鄱阳湖水质提升、赣江干流Ⅱ类水质那项谁督办", ["陈小平", "省生态环境厅"]),
    ("危险废物和医疗废物收集处理，挑头的是哪个部门，协办单位有哪些", ["省生态环境厅", "省卫生健康委"]),
])
def test_owner_asked_in_other_words(ctx: Context, question: str, wanted: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "owner", ans.answer
    assert all(w in ans.answer for w in wanted), ans.answer


def test_owner_ask_goes_to_the_table_though_a_report_says_it_too(ctx: Context) -> None:
    # the 2022 report's review also speaks of these pilots; who keeps an eye on it is the table's
    ans = ask(ctx, "特色农业保险和农业巨灾保险试点那项谁在跟")
    assert ans.intent == "owner" and "胡强" in ans.answer and "省农业农村厅" in ans.answer, ans.answer


@pytest.mark.parametrize("question, kept, gone", [
    ("养老院改造提升340所那一项谁在盯，哪几家配合", "养老院改造提升340所", "配合"),
    ("侨务援疆那条的牵头领导一共几位，都有谁", "侨务援疆", "几位"),
])
def test_owner_asks_leave_the_task_words(question: str, kept: str, gone: str) -> None:
    left = strip_owner_asks(question)
    assert kept in left and gone not in left, left


# --- 2. a unit's tasks in both roles ---------------------------------------------------------

@pytest.mark.parametrize("question, unit", [
    ("省财政厅 牵头的与配合的各是哪些", "省财政厅"),
    ("省商务厅牵头多少、参与多少，各列出来", "省商务厅"),
])
def test_both_roles_each_headed(ctx: Context, question: str, unit: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "unit_tasks", ans.answer
    assert f"{unit}牵头的任务共" in ans.answer and f"{unit}参与（责任单位）的任务共" in ans.answer, ans.answer
    assert ans.answer.index("牵头的任务共") < ans.answer.index("参与（责任单位）的任务共")


def test_only_a_co_unit_is_answered_with_what_it_leads(ctx: Context) -> None:
    ans = ask(ctx, "省生态环境厅应该不牵头吧，只是参与单位？")
    assert ans.intent == "unit_tasks" and "省生态环境厅牵头的任务共" in ans.answer, ans.answer
    assert "7.4" in ans.answer  # 赣江干流Ⅱ类水质: a task it leads


@pytest.mark.parametrize("question, both", [
    ("牵头的和参与的分开说", True),
    ("只是个配合单位吧", True),
    ("牵头哪些任务", False),
    ("参与了哪几项", False),
])
def test_both_roles_read_by_rule(question: str, both: bool) -> None:
    assert both_roles_asked(question) is both


# --- 3. a unit typed loosely ------------------------------------------------------------------

@pytest.mark.parametrize("question, unit", [
    ("人社这边有哪些牵头任务", "省人力资源社会保障厅"),
    ("发改这边牵头几项", "省发展改革委"),  # 发改委 and 发改局 both name this one unit
    ("省生态环境听牵头哪些", "省生态环境厅"),  # 听 for 厅, same sound
])
def test_unit_typed_loosely(ctx: Context, question: str, unit: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "unit_tasks" and ans.answer.startswith(unit + "牵头的任务共"), ans.answer


def test_stem_of_a_word_is_no_unit() -> None:
    lookup = {"发改委": ["省发展改革委"], "发改局": ["青溪县发改局"]}
    names = list(lookup)
    assert read_stems("发改系统今年的目标", names, lambda t: lookup.get(t, []))[1] == []


def test_stem_of_several_units_is_left_for_a_choice() -> None:
    lookup = {"发改委": ["省发展改革委"], "发改局": ["青溪县发改局"]}
    text, units = read_stems("发改牵头的有哪些", list(lookup), lambda t: lookup.get(t, []))
    assert text == "发改牵头的有哪些" and sorted(units) == ["省发展改革委", "青溪县发改局"]


def test_stem_of_several_units_is_asked_back_when_no_plan_tells(ctx: Context, monkeypatch) -> None:
    from answers import backends as B
    from answers import unit_roles

    q = parse_question("发改牵头的有哪些", known_names=["发改委", "发改局"],
                       units_in_text=lambda t: {"发改委": ["省发展改革委"], "发改局": ["青溪县发改局"]}.get(t, []))
    assert q.intent == "unit_tasks" and sorted(q.units) == ["省发展改革委", "青溪县发改局"]
    monkeypatch.setattr(B, "unit_short_names", lambda c: ["发改委", "发改局"])
    monkeypatch.setattr(B, "units_in_text", lambda c, t: {"发改委": ["省发展改革委"], "发改局": ["青溪县发改局"]}.get(t, []))
    monkeypatch.setattr(unit_roles, "list_registry_tasks",
                        lambda c, today, unit: [{"code": "1.1", "role": "lead", "plan_title": "2021年方案", "region": None}])
    ans = unit_roles.unit_tasks_read(ctx, q, ctx.today(), [])
    assert ans.intent == "clarify" and "省发展改革委" in ans.answer and "青溪县发改局" in ans.answer, ans.answer


# --- 4. a leader one character off ------------------------------------------------------------

def test_leader_one_character_off_is_read_and_named(ctx: Context) -> None:
    ans = ask(ctx, "陈小明牵头的任务")
    assert ans.intent == "leader_tasks" and "陈小平" in ans.answer and "陈小明" in ans.answer, ans.answer


def test_leader_near_name_and_a_topic(ctx: Context) -> None:
    ans = ask(ctx, "殷美银牵头的里头，涉及就业的有哪些")
    assert ans.intent == "leader_tasks" and "殷美根" in ans.answer, ans.answer
    assert "零就业家庭" in ans.answer and "6.1" not in ans.answer, ans.answer


def test_name_near_two_leaders_or_none_is_not_guessed() -> None:
    assert near_leader("王大明牵头哪些任务", ["陈小平", "殷美根"]) is None
    assert near_leader("陈小云牵头哪些任务", ["陈小平", "罗小云", "陈大云"]) is None


def test_unknown_person_still_not_found(ctx: Context) -> None:
    ans = ask(ctx, "王大明牵头哪些任务")
    assert ans.intent == "none", ans.answer


# --- 5. a person offered as who delivered a report --------------------------------------------

def test_person_offered_as_deliverer_is_report_metadata(ctx: Context) -> None:
    q = parse_question("南昌市2024年政府工作报告是万广明市长作的吗")
    assert q.meta == ("who",), q
    ans = ask(ctx, "南昌市2024年政府工作报告是万广明市长作的吗")
    assert "万广明" in ans.answer and ans.intent == "fact", ans.answer


def test_leader_offered_as_deliverer_lists_no_tasks(ctx: Context) -> None:
    ans = ask(ctx, "请问2024年江西省政府工作报告是殷美根同志作的吗")
    assert ans.intent != "leader_tasks" and "牵头的任务" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "科技那块24年有哪些目标",  # a field, not 科技厅
    "教育方面有哪些任务",
])
def test_a_field_said_by_a_stem_is_no_unit(question: str) -> None:
    q = parse_question(question, known_names=["科技厅", "教育厅"],
                       units_in_text=lambda t: {"科技厅": ["省科技厅"], "教育厅": ["省教育厅"]}.get(t, []))
    assert q.intent != "unit_tasks" and not q.units, q


@pytest.mark.parametrize("question", [
    "三个融合具体是哪几个",
    "2024年新增哪几家上市企业",
])
def test_which_ones_without_owning_is_no_owner_ask(question: str) -> None:
    assert parse_question(question).intent != "owner"
