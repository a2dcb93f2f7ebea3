"""A leader asked by office alone ("常务副省长管哪些", "省长亲自领衔的是哪几条", round 63h): the
plan prints the office beside the name ("常务副省长 邵继平"); the registry keeps it with the row,
and the office held by exactly one leader stands for that leader. Before, the office was dropped
at ingest and "省长亲自" was read as a person the table does not name. The plan is invented."""
from __future__ import annotations

import pytest

from answers.ask import ask
from retrieval.plans.cells import leader_offices
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "临澜省2026年政府工作报告重点工作分工方案"
HEADER = ["序号", "重点工作", "省领导", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    "一、扩大有效需求",
    ["1", "全年安排省级重点项目1500个。", "常务副省长 邵继平", "省发展改革委", "省财政厅", "2026年12月底前"],
    ["2", "深入实施省属国有企业改革深化提升行动。", "常务副省长 邵继平", "省国资委", "省财政厅", "2026年12月底前"],
    ["3", "实施营商环境优化提升行动。", "省长 沈启航", "省政务服务管理局", "省市场监管局", "持续推进"],
    ["4", "新建5G基站2万个。", "副省长 柯敏、副省长 唐若川", "省通信管理局", "省工业和信息化厅", "2026年12月底前"],
    ["5", "推进澜州都市圈建设。", "沈启航（省长）", "省发展改革委", "澜州市人民政府", "持续推进"],
]


@pytest.mark.parametrize(("cell", "names", "offices"), [
    ("常务副省长 邵继平", ["邵继平"], {"邵继平": "常务副省长"}),
    ("副省长 柯敏、副省长 唐若川", ["柯敏", "唐若川"], {"柯敏": "副省长", "唐若川": "副省长"}),
    ("沈启航（省长）", ["沈启航"], {"沈启航": "省长"}),
    ("王明、李强", ["王明", "李强"], {}),
])
def test_offices_printed_beside_the_names(cell, names, offices):
    assert leader_offices(cell, names) == offices


REPORT = """临澜省2026年政府工作报告
——2026年1月21日在临澜省第十四届人民代表大会第五次会议上
临澜省省长　沈启航
一、2025年工作回顾
全省地区生产总值增长5.3%。
二、2026年主要预期目标
地区生产总值增长5%以上。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("offices")
    (tmp / "临澜省2026年政府工作报告.txt").write_text(REPORT, encoding="utf-8")
    c, results = ingested_context(tmp / "data", [table_docx(tmp / "分工方案.docx", TITLE, HEADER, ROWS),
                                                 tmp / "临澜省2026年政府工作报告.txt"])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


@pytest.mark.parametrize(("question", "words"), [
    ("常务副省长管哪些任务 急", ("邵继平", "省级重点项目", "国有企业改革")),
    ("省长亲自领衔的是哪几条", ("沈启航", "营商环境", "澜州都市圈")),
])
def test_an_office_held_by_one_leader_stands_for_that_leader(ctx, question, words):
    ans = ask(ctx, question)
    assert ans.intent == "leader_tasks", ans.answer
    assert all(w in flat(ans.answer) for w in words), ans.answer


def test_an_office_two_leaders_hold_names_neither(ctx):
    # two 副省长: the office alone says not which; never one of them silently
    text = flat(ask(ctx, "副省长管哪些任务").answer)
    assert not ("柯敏牵头的任务" in text and "唐若川" not in text), text


def test_the_speaker_named_with_the_reports_delivery_asks_no_tasks(ctx):
    # "…报告沈省长是哪天作的" (round 63b): the report's date and meeting, not 沈启航's tasks
    ans = ask(ctx, "今年的政府工作报告沈省长是哪天作的 人代会第几次会议")
    text = flat(ans.answer)
    assert "1月21日" in text and "第五次会议" in text, ans.answer
