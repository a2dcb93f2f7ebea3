"""Class: a task's owner guessed in the ask, by a unit's old name or in a loose form
(`answers.guessed_owner`, `answers.renamed_units`, data `core.renamed_units_data`).

Round 33b r33b-037/038/039/041: "危废医废收集处理是环保厅管吗", "长期护理保险试点归社保局还是医保局",
"婚检免费 两癌救治那条是卫计委牵投？", "晶科能源三年千亿那个 经信委牵头的？" were answered "not found":
the guessed unit and its verb stayed in the task's words, "U牵头的？" was read as the unit's list,
and a name of before the 2018 reform named no unit. Now the guess leaves the task's words, is
confirmed or corrected against the plan, and an old name is read as the present body, said so.
The helper's own invented city plan: other topics, other units, other wordings.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "青枫市2026年市政府工作报告重点工作责任分工方案"
TASKS = [
    ("开展城区建筑工地扬尘专项治理。", "市生态环境局", "市住房和城乡建设局"),
    ("完成危险化学品生产企业搬迁改造8家。", "市应急管理局", "市工业和信息化局"),
    ("建成预制菜产业园一期。", "市工业和信息化局", "市农业农村局"),
    ("改造提升农贸市场12个。", "市商务局", "市市场监督管理局"),
    ("新建社区老年助餐点40个。", "市民政局", "市卫生健康委"),
    ("举办青枫湖国际马拉松赛。", "市文化广电旅游局", "市体育中心"),
]


def _docx(path: Path) -> Path:
    rows: list[list[str] | str] = ["一、重点任务"]
    rows.extend([str(k), text, "林青山", lead, co, "2026年12月底前"] for k, (text, lead, co) in enumerate(TASKS, start=1))
    return table_docx(path, TITLE, ["序号", "工作任务", "市领导", "牵头单位", "责任单位", "完成时限"], rows)


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("guessed_owner")
    c, results = ingested_context(folder / "data", [_docx(folder / "分工方案.docx")])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize("question, said, lead, note", [
    # an old name, offered with the verb 管
    ("城区扬尘治理那条是环保局管吗", "是的", "生态环境局", "环保局现为青枫市生态环境局"),
    # an old name before "牵头的？" with no 是: a guess, not the unit's list of tasks
    ("危化品企业搬迁改造 安监局牵头的？", "是的", "应急管理局", "安监局现为青枫市应急管理局"),
    # an old name, wrong: corrected, the present body a co-unit
    ("农贸市场改造提升是工商局负责吧", "不是牵头单位", "商务局", "工商局现为青枫市市场监督管理局"),
    # a present name in the loose form: no note
    ("社区老年助餐点那个 民政局牵头的？", "是的", "民政局", None),
])
def test_a_guessed_owner_is_checked(city: Context, question: str, said: str, lead: str, note: str | None) -> None:
    ans = ask(city, question)
    text = flat(ans.answer)
    assert ans.intent == "owner", ans.answer
    assert f"牵头单位：青枫市{lead}" in text, ans.answer
    if note:
        assert note in text and text.split("。）", 1)[1].lstrip().startswith(said), ans.answer
    else:
        assert text.startswith(said) and "现为" not in text, ans.answer


@pytest.mark.parametrize("question, lead", [
    ("预制菜产业园归经信局还是发改委", "工业和信息化局"),
    ("青枫湖马拉松赛是体育中心管还是旅游局管", "文化广电旅游局"),
])
def test_a_choice_of_owners_with_gui_or_guan(city: Context, question: str, lead: str) -> None:
    ans = ask(city, question)
    assert ans.intent == "owner" and f"牵头单位：青枫市{lead}" in flat(ans.answer), ans.answer


def test_an_old_name_asked_for_its_tasks(city: Context) -> None:
    ans = ask(city, "卫计委配合哪些任务")
    text = flat(ans.answer)
    assert "卫计委现为青枫市卫生健康委" in text and "老年助餐点" in text, ans.answer


def test_a_present_name_holding_an_old_one_is_not_read(city: Context) -> None:
    # "文化广电旅游局" prints "旅游局": never read as the old 旅游局
    ans = ask(city, "市文化广电旅游局牵头哪些任务")
    assert "现为" not in ans.answer and "马拉松" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question", ["今年民政局牵头吗", "民政局牵头的？", "民政局牵头的有哪些？", "社区助餐点谁牵头 民政局？"])
def test_no_task_before_the_unit_is_no_offer(question: str) -> None:
    from answers.guessed_owner import offered_owner

    assert offered_owner(question, lambda n: ["青枫市民政局"] if n == "民政局" else []) is None
