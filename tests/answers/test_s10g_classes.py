"""How county staff ask about a county they know (branch s10g's classes), over a fictional county
of our own (tests/data/county/songling: 松岭县, its 2025 report and its plan as a │ table):

1. a task's deadline as the plan prints it ("2025年5月底前开工") beside the computed date;
2. short names built from a name's parts: schools by ordinal (二实中), facilities (污水厂),
   bureaus by initials (教体局, 城管局, 审批局), townships (北岗乡), roads by their ends
   (东坪到北岗那条路), plain measures (一天能处理);
3. owner asks in plain verbs (分给谁了, 交给谁), both parts of "哪位县领导牵头，谁是牵头单位",
   a unit's or a township's tasks by its short name;
4. terms marked with note marks (“三变”改革（注1）) answered from the 名词解释, also when asked
   "X到底是个啥，给解释一下";
5. a target clause cut by a bracket quoted whole, and "争取到多少" read as a target.
Every question is this helper's own wording."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import assert_holds, flat, ingested_context

COUNTY = Path(__file__).resolve().parents[1] / "data" / "county" / "songling"


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory):
    c, results = ingested_context(tmp_path_factory.mktemp("songling"), [COUNTY])
    yield c
    c.close()


# --- 1. the deadline as printed ------------------------------------------------------------

@pytest.mark.parametrize("question, printed, date", [
    ("城南污水厂的完成时限是什么时候", "2025年9月底前", "2025-09-30"),
    ("二实中开工建设谁牵头，什么时候开工", "2025年5月底前开工", "2025-05-31"),
    ("东坪到北岗那条路谁牵头，啥时候完成", "2025年11月底前", "2025-11-30"),
    ("一窗通办那项任务分给谁了", "持续推进", "2025-12-31"),
])
def test_owner_answer_shows_the_printed_deadline(ctx: Context, question: str, printed: str, date: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("owner", "task", "status"), ans.answer
    assert_holds(ans.answer, "完成时限：" + printed, date)


def test_a_deadline_an_admin_resets_replaces_the_printed_one(tmp_path: Path) -> None:
    from store.deadlines import set_due

    c, _ = ingested_context(tmp_path, [COUNTY / "松岭县2025年政府工作报告重点工作责任分工方案.txt"])
    try:
        before = ask(c, "城南污水厂的完成时限是什么时候")
        assert "2025年9月底前" in before.answer, before.answer
        import datetime as dt

        set_due(c.db, "2.3", dt.date(2025, 12, 15), by="cli:test", now=dt.datetime(2025, 6, 1, 9, 0))
        after = ask(c, "城南污水厂的完成时限是什么时候")
        assert "2025-12-15" in after.answer and "2025年9月底前" not in after.answer, after.answer
    finally:
        c.close()


# --- 2. short names from a name's parts ----------------------------------------------------

@pytest.mark.parametrize("question, words", [
    ("县二实中设多少个班", ["36个班"]),
    ("城南污水厂一天能处理多少吨", ["2万吨"]),
    ("我们东坪到北岗那条路，25年县里说改多少公里", ["18公里"]),
    ("东坪—北岗公路改造提升多少公里", ["18公里"]),
])
def test_short_names_find_the_sentence(ctx: Context, question: str, words: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("target", "fact"), ans.answer
    assert_holds(ans.answer, *words)


@pytest.mark.parametrize("question, unit, task", [
    ("审批局牵头哪些任务", "行政审批服务局", "一窗通办"),
    ("城管局牵头的任务有几项", "城市管理局", "停车位"),
    ("分工方案里教体局牵头的任务有哪几项", "教育体育局", "第二实验中学"),
    ("东坪镇牵头的任务有哪些", "东坪镇人民政府", "茶旅融合"),
])
def test_a_unit_said_by_its_short_form_lists_its_tasks(ctx: Context, question: str, unit: str, task: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "unit_tasks", ans.answer
    assert_holds(ans.answer, unit, task)


def test_unit_short_forms_by_rule() -> None:
    from core.unit_initials import initial_forms, township_forms

    assert initial_forms("教育体育局") == {"教体局"}
    assert initial_forms("城市管理局") == {"城管局"}
    assert initial_forms("卫生健康委") == {"卫健委"}
    assert initial_forms("行政审批服务局") == {"审批局"}
    assert initial_forms("公安局") == set() and initial_forms("工业信息化局") == set()
    # two specific words left once the generic ones are gone: their initials (round 38c "港航局")
    assert initial_forms("港口航运管理局") == {"港航局", "港口航运局"}
    assert initial_forms("投资促进服务中心") == {"投促中心", "投资促进中心"}
    assert initial_forms("融媒体中心") == set()
    assert township_forms("北岗乡政府") == {"北岗乡"} and township_forms("东坪镇政府") == {"东坪镇"}
    assert township_forms("松岭县政府") == set()


@pytest.mark.parametrize("typed, read", [
    ("县二实中设多少个班", "县第二实验中学设多少个班"),
    ("城关镇一小和三幼新增多少学位", "城关镇第一小学和第三幼儿园新增多少学位"),
    ("东坪到北岗那条路改多少公里", "东坪至北岗公路改多少公里"),
    ("河湾到青石那段啥时候通", "河湾至青石啥时候通"),
    ("亩均税收争取到多少", "亩均税收力争达到多少"),
])
def test_local_names_by_rule(typed: str, read: str) -> None:
    from answers.local_names import local_names

    assert local_names(typed) == read


@pytest.mark.parametrize("question", ["三中全会提出什么", "增速提高到多少", "一中心两翼是什么意思", "全年增长到7%那段时间"])
def test_local_names_leave_other_words_alone(question: str) -> None:
    from answers.local_names import local_names

    assert local_names(question) == question


# --- 3. owner asks in plain verbs ----------------------------------------------------------

@pytest.mark.parametrize("question, leader, unit", [
    ("一窗通办那项任务分给谁了", "郑远", "行政审批服务局"),
    ("停车位那个活交给谁了", "苏雨晴", "城市管理局"),
    ("我们东坪茶旅融合示范区扩面这个事，哪位县领导牵头，谁是牵头单位", "郑远", "东坪镇人民政府"),
    ("开发区亩均税收那项派给谁", "韩立峰", "松岭经济开发区管委会"),
])
def test_plain_owner_asks_name_leader_and_unit(ctx: Context, question: str, leader: str, unit: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("owner", "task"), ans.answer
    assert_holds(ans.answer, "牵头领导：" + leader, "牵头单位：")
    assert unit in flat(ans.answer.split("责任单位")[0]), ans.answer


@pytest.mark.parametrize("question, tasks", [
    ("我们北岗乡有哪些任务要配合", ["东坪至北岗公路", "城南污水处理厂"]),
    ("北岗乡要配合哪些工作", ["东坪至北岗公路", "城南污水处理厂"]),
    ("东坪镇配合哪几项任务", ["东坪至北岗公路"]),
    ("咱们北岗乡在分工方案里参与了哪些", ["城南污水处理厂"]),
])
def test_a_township_s_co_tasks(ctx: Context, question: str, tasks: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "unit_tasks", ans.answer
    assert_holds(ans.answer, *tasks)


def test_a_township_said_in_a_figure_question_is_a_place(ctx: Context) -> None:
    ans = ask(ctx, "东坪镇茶旅融合示范区扩面到多少亩")
    assert ans.intent in ("target", "fact"), ans.answer
    assert_holds(ans.answer, "2万亩")


# --- 4. terms with note marks --------------------------------------------------------------

@pytest.mark.parametrize("question, words", [
    ("三变改革是什么意思", ["资源变资产"]),
    ("飞地经济到底是个啥，给解释一下", ["共享税收"]),
    ("什么叫紧密型县域医共体", ["统一管理"]),
    ("报告里说的飞地经济是啥意思", ["跨区域合作"]),
    ("医共体，帮我解释下", ["县乡一体化"]),
])
def test_marked_terms_answer_the_glossary_entry(ctx: Context, question: str, words: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact", ans.answer
    assert_holds(ans.answer, *words)
    assert "名词解释" in ans.answer, ans.answer


@pytest.mark.parametrize("para, rest", [
    ("注1 亩均论英雄：以单位面积…", "亩均论英雄：以单位面积…"),
    ("注2：飞地经济：指…", "飞地经济：指…"),
    ("［3］三变改革：指…", "三变改革：指…"),
    ("④ 医共体：以县级医院为龙头", "医共体：以县级医院为龙头"),
    ("5. 四首：指首店", "四首：指首店"),
])
def test_glossary_entry_marks(para: str, rest: str) -> None:
    from retrieval.glossary_marks import entry_rest

    assert entry_rest(para) == rest


def test_an_unmarked_glossary_is_chunked_entry_by_entry() -> None:
    from retrieval.chunk import chunk_document

    text = "一、工作回顾\n全年增长5%。\n名词解释\n飞地经济：指跨区域合作共建园区。\n三变改革：指资源变资产。"
    sections = [c.section for c in chunk_document(text, title="某县报告", doc_key="k", year=2025)]
    assert any(s.endswith("飞地经济") for s in sections) and any(s.endswith("三变改革") for s in sections), sections


# --- 5. a target cut by a bracket, a target said 争取到 -----------------------------------

@pytest.mark.parametrize("question, words", [
    ("县二实中设多少个班", ["设36个班，可新增学位1800个）"]),
    ("二实中能新增多少学位", ["可新增学位1800个"]),
    ("开发区亩均税收争取到多少", ["20万元"]),
    ("规上工业企业总数争取达到多少家", ["150家"]),
])
def test_bracketed_and_striven_targets(ctx: Context, question: str, words: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target", ans.answer
    assert_holds(ans.answer, *words)


@pytest.mark.parametrize("clause, sentence, shown", [
    ("建设A中学（设36个班", "建设A中学（设36个班，可新增学位1800个），全年…", "建设A中学（设36个班，可新增学位1800个）"),
    ("新增学位2600个", "建设A中学（设36个班），新增学位2600个", "新增学位2600个"),
    ("改造B路（含支线", "改造B路（含支线，全长", "改造B路（含支线"),
])
def test_bracket_closed(clause: str, sentence: str, shown: str) -> None:
    from answers.bracket_clauses import bracket_closed

    assert bracket_closed(clause, sentence) == shown
