"""A plan of two levels, as many city offices print it (round 63a): 序号 | 重点任务 | 具体举措 | 责任市领导 |
牵头单位 | 配合单位 | 完成时限, the 重点任务 cell ("（一）扩大有效投资") merged down its measures, each
measure numbered with its own units and time. Each measure is a task, under its heading; before,
the heading's numbering was read as the row's, every row became a heading and no task was read
(the file was refused). Vertically merged cells are read by the loader as the text repeated on each
row, which is how this fixture writes them. The plan is invented."""
from __future__ import annotations

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context
from tests.support.docx_plans import table_docx

TITLE = "栖川市2026年政府工作报告重点任务分工方案"
HEADER = ["序号", "重点任务", "具体举措", "责任市领导", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    "一、扩大有效需求",
    ["1", "（一）扩大有效投资", "全年安排市级重大项目300个，年度计划投资850亿元以上。", "许振东", "市发展改革委", "市财政局", "2026年12月底前"],
    ["2", "（一）扩大有效投资", "争取地方政府专项债券额度85亿元以上。", "许振东", "市财政局", "市发展改革委", "2026年9月底前"],
    ["3", "（二）提振消费", "新增夜间消费集聚区5个。", "许振东", "市商务局", "市城市管理局", "按序时推进"],
    "二、加快建设现代化产业体系",
    ["4", "（三）培育新质生产力", "新认定高新技术企业150家以上。", "郑家豪", "市科技局", "市税务局", "2026年12月底前"],
    ["5", "（三）培育新质生产力", "完成栖川实验室一期建设并投入运行。", "郑家豪", "市科技局", "栖川高新区管委会", "2026年6月底前"],
]


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("two_levels")
    c, results = ingested_context(tmp / "data", [table_docx(tmp / f"{TITLE}.docx", TITLE, HEADER, ROWS)])
    assert [(r.status, r.tasks) for r in results] == [("ingested", 5)], results
    yield c
    c.close()


@pytest.mark.parametrize(("question", "lead", "due"), [
    ("新增夜间消费集聚区谁牵头", "市商务局", "按序时推进"),
    ("专项债券那个是不是市发改委牵头 啥时候完成", "市财政局", "2026年9月底前"),
    ("栖川实验室一期谁牵头", "市科技局", "2026年6月底前"),
])
def test_each_measure_is_a_task_with_its_own_owner(plan, question, lead, due):
    text = flat(ask(plan, question).answer)
    assert f"牵头单位：栖川{lead}" in text and due in text, text


def test_a_leader_merged_over_the_heading_leads_each_measure(plan):
    text = flat(ask(plan, "许振东牵头哪些").answer)
    assert "共3项" in text and "夜间消费" in text and "高新技术企业" not in text, text


# The county's form (round 63b): the 序号 and the 重点工作 merged down, each 工作措施 numbered （1）（2）.
MEASURES = [
    "一、推动产业转型",
    ["1", "做强主导产业集群", "（1）全年新增规上工业企业25家以上。", "杜明哲", "县工业和信息化局", "县统计局", "2026年12月底前"],
    ["1", "做强主导产业集群", "（2）支持恒川新材料二期加快建设。", "杜明哲", "宁禾经济开发区管委会", "县发展和改革局", "2026年9月底前"],
    ["2", "推进经开区提质扩容", "（1）新建标准化厂房20万平方米。", "杜明哲", "宁禾经济开发区管委会", "县住房和城乡建设局", "2026年12月底前"],
]


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("measures")
    title = "宁禾县2026年政府工作报告重点工作任务分解表"
    header = ["序号", "重点工作", "工作措施", "县级责任领导", "牵头单位", "责任单位", "完成时限"]
    c, results = ingested_context(tmp / "data", [table_docx(tmp / f"{title}.docx", title, header, MEASURES)])
    assert [(r.status, r.tasks) for r in results] == [("ingested", 3)], results
    yield c
    c.close()


def test_each_numbered_measure_of_a_merged_item_has_its_own_owner(county):
    text = flat(ask(county, "恒川新材料二期谁牵头").answer)
    assert "牵头单位：宁禾经济开发区管委会" in text and "工业和信息化局" not in text.split("责任单位")[0], text
    listed = flat(ask(county, "经开区管委会牵头的有哪几项").answer)
    assert "恒川新材料" in listed and "标准化厂房" in listed and "规上工业企业" not in listed, listed
