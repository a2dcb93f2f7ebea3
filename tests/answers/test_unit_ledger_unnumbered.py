"""A progress ledger whose group rows carry no number, only "牵头单位：县交通运输局" spanning the
sheet (a county 督查室's usual print). Each group row is its unit's heading, never glued to the
row under it: "交通局那几项咋样了" lists that unit's rows, "教育局有没有滞后的" its lagging one,
the progress of a row is its progress cell (not its target), and a lagging row's 备注 is read as
the reason the ledger gives. The workbook is invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx
from tests.support.ledgers import grouped_ledger

TODAY = dt.date(2026, 11, 20)
HEADER = ["序号", "重点任务", "年度目标", "截至10月底进展", "完成进度", "状态", "备注"]
GROUPS = {
    "县交通运输局": [
        [1, "农村公路提档升级", "新改建农村公路80公里", "已完成72公里", "90%", "正常推进", None],
        [2, "县客运站迁建", "主体完工", "完成基础施工", "40%", "滞后", "征迁未完成"],
        [3, "公交线路优化", "新开通公交线路3条", "已开通3条", "100%", "已完成", None],
    ],
    "县教育体育局": [
        [1, "城东第二幼儿园建设", "新增学位360个", "主体封顶", "60%", "滞后", "资金未到位"],
        [2, "义务教育学校改扩建", "改扩建学校4所", "完成3所", "75%", "正常推进", None],
    ],
    "县住房和城乡建设局": [
        [1, "老旧小区改造", "改造老旧小区12个", "完成10个", "83%", "正常推进", None],
    ],
}

PLAN_HEADER = ["序号", "工作任务", "责任县领导", "牵头单位", "责任单位", "完成时限"]
PLAN_ROWS = [
    ["1", "县客运站迁建主体完工", "林海", "县交通运输局", "县自然资源局", "2026年6月30日前"],
    ["2", "开通城乡公交线路优化3条", "林海", "县交通运输局", "各乡镇", "2026年5月31日前"],
    ["3", "城东第二幼儿园建设，新增学位360个", "周岚", "县教育体育局", "县财政局", "2026年8月31日前"],
    ["4", "新改建农村公路提档升级80公里", "林海", "县交通运输局", "各乡镇", "年底前"],
]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("unnumbered_ledger")
    title = "青梧县2026年重点工作推进台账（截至10月31日）"
    ledger = grouped_ledger(tmp / f"{title}.xlsx", title, HEADER,
                            {f"牵头单位：{unit}": rows for unit, rows in GROUPS.items()}, merged_title=True)
    plan = table_docx(tmp / "plan.docx", "青梧县2026年政府工作报告重点工作任务分解表", PLAN_HEADER, PLAN_ROWS)
    c, results = ingested_context(tmp / "data", [plan, ledger])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


def test_a_unit_by_its_short_name_lists_its_rows(ctx):
    text = flat(ask(ctx, "交通局那几项咋样了", today=TODAY).answer)
    assert "共3项" in text and "客运站" in text and "公交线路" in text and "幼儿园" not in text, text


def test_a_merged_bureau_by_the_name_staff_still_use(ctx):
    text = flat(ask(ctx, "教育局有没有滞后的", today=TODAY).answer)
    assert "城东第二幼儿园" in text and "义务教育学校改扩建｜" not in text, text


def test_a_rows_progress_not_its_target(ctx):
    text = flat(ask(ctx, "农村公路截至目前完成多少公里了", today=TODAY).answer)
    assert "72公里" in text, text


def test_the_remark_of_a_lagging_row_is_its_reason(ctx):
    text = flat(ask(ctx, "客运站为啥滞后", today=TODAY).answer)
    assert "征迁未完成" in text and "没有写原因" not in text, text


def test_the_group_row_is_no_part_of_the_next_rows_text(ctx):
    text = flat(ask(ctx, "哪几个单位有滞后", today=TODAY).answer)
    assert "客运站" in text and "城东第二幼儿园" in text and "牵头单位：县教育体育局城东" not in text, text


def test_the_rows_of_a_status_asked(ctx):
    text = flat(ask(ctx, "帮我查下 台账里已经完成的有哪些", today=TODAY).answer)
    assert "公交线路优化" in text and "客运站" not in text and "老旧小区" not in text, text


def test_the_reason_asked_beside_the_owner(ctx):
    text = flat(ask(ctx, "客运站那个滞后了 哪个单位牵头的 卡在哪", today=TODAY).answer)
    assert "征迁未完成" in text and "交通运输局" in text, text


def test_overdue_tasks_the_ledger_shows_unfinished(ctx):
    text = flat(ask(ctx, "台账里过了时限还没干完的有哪几项", today=TODAY).answer)
    assert "客运站" in text and "幼儿园" in text and "公交线路" not in text, text


def test_two_asks_of_one_row_are_both_answered(ctx):
    # "截至目前" says how far the year has got, no word of the task (round 67 sibling)
    text = flat(ask(ctx, "农村公路提档升级截至目前完成多少公里了 进度百分之多少", today=TODAY).answer)
    assert "72公里" in text and "90%" in text, text


def test_an_owner_asked_in_staff_words_beside_the_rows_progress(ctx):
    text = flat(ask(ctx, "县客运站迁建挂在哪个单位下面 进度多少", today=TODAY).answer)
    assert "交通运输局" in text and "40%" in text, text
