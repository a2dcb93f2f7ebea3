"""Plain words for the documents' acts and measures, and tasks named plainly (session 10, s10d).

1. A question in everyday words ("经济打算涨多少", "翻新老小区", "帮企业省下多少钱", "修农村路",
   "种树", "干了多少", "引才", "达标比例") is answered from the sentence that says it in the
   documents' words; a threshold typed with the thing ("投资超五千万的项目") picks the sentence
   holding that threshold, never another's figure.
2. An owner question naming a task plainly or with a filler verb ("搞“…”", "弄…那个事",
   "…立法由哪个厅牵头") finds the task; a unit's stem inside a quoted name ("“体育+”") stays a
   word of the name.
Every question is the helper's own wording over the sample corpus, not a blind round's."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.plain_words import document_forms, plain_task_name, read_plainly
from answers.thresholds import threshold_missing
from core.context import Context
from core.synonyms_data import SYNONYMS
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- 1. plain words read as the documents' words ------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("南昌24年经济打算涨多少", "5.0%左右"),
    ("江西2023年经济涨了多少", "4.1%"),
    ("2024年全省经济想涨多少", "5%左右"),
    ("南昌2024年打算翻新多少个老小区", "240个"),
    ("赣州22年翻新了多少个旧小区", "151个"),
    ("赣州23年打算修多少公里农村路", "800公里"),
    ("江西24年修农村路多少公里", "3000公里"),
    ("2022年省里想帮企业省下多少钱", "2000亿元"),
    ("2023年江西帮企业省了多少钱", "1630亿元"),
    ("南昌2023年引才多少人", "14.7万名"),
    ("2021年全省种树完成年计划多少", "208.2%"),
    ("2021年江西城镇新增就业干了多少", "48万人"),
    ("2024年江西老百姓收入打算涨多少", "7%左右"),
    ("南昌24年财政收入打算涨多少", "5.0%左右"),
    ("2021年江西投资涨了多少", "10.8%"),
    ("赣州2022年修了多少公里农村路", "755公里"),
    ("赣州23年经济增速想定在多少", "7.5%左右"),
    ("2022年省大中型项目打算投多少钱", "1.1万亿元"),
])
def test_plain_words_find_the_documents_sentence(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("fact", "target"), ans.answer
    assert figure in flat(ans.answer), ans.answer


def test_a_threshold_typed_picks_the_sentence_that_holds_it(ctx: Context) -> None:
    # two "引进投资超…项目" sentences: 2000万元 → 400个, 5000万元 → 15个以上
    ans = ask(ctx, "赣州23年招商打算引进多少个投资超五千万的农产品深加工项目")
    assert "15个以上" in flat(ans.answer) and "400个" not in flat(ans.answer), ans.answer
    ans = ask(ctx, "赣州2023年招商想引进投资两千万以上的项目多少个")
    assert "400个" in flat(ans.answer) and "15个以上" not in flat(ans.answer), ans.answer


def test_a_threshold_no_sentence_holds_is_not_answered_with_another(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年打算引进多少个投资超三千万的项目")
    assert "400个" not in flat(ans.answer) and "15个以上" not in flat(ans.answer), ans.answer


def test_a_rate_of_meeting_a_standard_is_a_percentage(ctx: Context) -> None:
    ans = ask(ctx, "2024年江西海绵城市建设面积达标的比例定的多少")
    assert "44%以上" in flat(ans.answer), ans.answer


def test_reading_keeps_compounds_and_the_documents_own_words() -> None:
    assert read_plainly("江西2022年经济打算涨多少") == "江西2022年GDP打算增长多少"
    assert "数字经济" in read_plainly("2023年数字经济涨了多少")  # 数字经济 is no GDP
    assert read_plainly("改造老旧小区多少个") == "改造老旧小区多少个"  # 老旧小区 holds 旧小区
    assert read_plainly("我想问一下GDP目标") == "我想问一下GDP目标"  # 想问 is no plan
    assert read_plainly("修了多少公里农村路") == "新改建了多少公里农村公路"
    assert read_plainly("维修公路多少公里") == "维修公路多少公里"  # upkeep, not building
    assert read_plainly("招商引资到位资金多少") == "招商引资到位资金多少"
    assert read_plainly("住建厅牵头任务有几个") == "住建厅牵头任务有几个"  # a count of tasks


def test_document_forms_and_thresholds() -> None:
    assert "南昌吸引人才" in document_forms("南昌引才")
    assert "志愿服务条例" in document_forms("志愿服务立法")
    assert not threshold_missing("投资2000万以上 项目", "引进投资超2000万元项目400个")
    assert threshold_missing("投资2000万以上 项目", "引进投资超5000万元农产品深加工项目15个以上")
    assert not threshold_missing("老旧小区", "改造老旧小区151个")


def test_plain_rows_pair_up_and_say_why() -> None:
    for typed, doc, how, why in SYNONYMS:
        if how == "plain":
            assert doc.count("~") in (0, typed.count("~")), (typed, doc)
        if how in ("plain", "plain_or"):
            assert why.strip() and typed.lstrip("^") != doc, (typed, doc)


# --- 2. owner questions naming a task plainly -----------------------------------------------

@pytest.mark.parametrize("question, unit", [
    ("搞“金融保链强链行动”是哪个部门牵头", "省金融监管局"),
    ("弄“体育+”那个事谁负责", "省体育局"),
    ("种树造林的事谁牵头", "省林业局"),
    ("省里志愿服务立法由哪个厅牵头", "省民政厅"),
    ("国土绿化这事谁牵头", "省林业局"),
])
def test_a_task_named_plainly_finds_its_owner(ctx: Context, question: str, unit: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "owner", ans.answer
    assert unit in ans.answer.split("责任单位")[0], ans.answer


def test_filler_verb_and_pointer_are_no_words_of_a_task() -> None:
    assert plain_task_name("搞“体育+”") == "“体育+”"
    assert plain_task_name("志愿服务立法这事") == "志愿服务立法"
    assert plain_task_name("搞活流通") == "搞活流通"


def test_an_owner_offered_with_only_a_question_mark_is_checked(ctx: Context) -> None:
    ans = ask(ctx, "“金融保链强链行动”是省文旅厅牵头的？")
    assert ans.intent == "owner" and ans.answer.startswith("不是"), ans.answer
    assert "省金融监管局" in ans.answer, ans.answer
    ans = ask(ctx, "植树造林是省林业局牵头的？")
    assert ans.intent == "owner" and ans.answer.startswith("是"), ans.answer
