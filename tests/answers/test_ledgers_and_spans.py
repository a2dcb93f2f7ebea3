"""What session 25's tuning rounds (60g, 60h) asked of a progress ledger and a report's review:
a ledger titled "…推进台账（1-11月）" is a report of the year so far, named by "台账上"; a row's
存在问题 / 整改措施 columns are no answer to "完成几个" (their figures are what holds the work up
and what is planned), yet they answer "卡在哪"; a figure stated before a span's words
("新建高标准农田4.2万亩，“十四五”以来累计建成18.6万亩") is the year's; 就是 opening a voice
message is a filler; a verb of holding before a stock ("集聚规上工业企业186家") qualifies nothing.
The documents are invented."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 12, 5)
REPORT = """岚川市2025年政府工作报告
——2025年1月9日在岚川市第十七届人民代表大会第五次会议上
一、2024年工作回顾
新建高标准农田4.2万亩，“十四五”以来累计建成18.6万亩。争取地方政府专项债券资金9.8亿元、超长期特别国债资金2.3亿元。
岚东经济开发区完成工业总产值412亿元，集聚规上工业企业186家。
二、2025年主要目标
地区生产总值增长6%左右。
三、2025年重点工作
（一）办好十件民生实事
提升改造农贸市场20个，改造城镇老旧小区86个。新建改扩建中小学、幼儿园12所，新增学位10800个。新建高标准农田3.5万亩。
"""


def _ledger(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["岚川市2025年十件民生实事推进台账（1-11月）"])
    ws.append(["填报单位：市政府督查室　　统计截止时间：2025年11月30日"])
    ws.append(["序号", "项目", "年度目标", "1-11月完成", "完成率", "牵头单位", "是否滞后"])
    ws.append([1, "提升改造农贸市场", "20个", "17个", "85.0%", "市商务局", "是"])
    ws.append([2, "改造城镇老旧小区", "86个", "79个", "91.9%", "市住房城乡建设局", "否"])
    ws.append([3, "新开优化公交线路", "10条", "12条", "120.0%", "市交通运输局"])
    ws.append([4, "新增学位", "10800个", "10260个", "95.0%", "市教育局"])
    ws.append([5, "既有住宅加装电梯", "150部", "96部", "64.0%", "市住房城乡建设局"])
    problems = wb.create_sheet("问题清单")
    problems.append(["岚川市2025年十件民生实事推进中存在的问题清单（截至11月30日）"])
    problems.append(["序号", "项目", "存在问题", "整改措施", "责任单位"])
    problems.append([1, "提升改造农贸市场", "3个农贸市场改造涉及经营户临时安置，施工进度偏慢",
                     "12月底前完成剩余3个市场改造", "市商务局"])
    problems.append([2, "新建改扩建中小学、幼儿园", "沙泽县第二实验小学因用地手续延误，主体工程尚未封顶",
                     "加快办理用地报批手续，确保2026年春季学期开学前投入使用", "市教育局"])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ledger")
    (tmp / "岚川市2025年政府工作报告.txt").write_text(REPORT, encoding="utf-8")
    ctx, results = ingested_context(tmp, [tmp / "岚川市2025年政府工作报告.txt", _ledger(tmp / "推进台账.xlsx")])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield ctx
    ctx.close()


@pytest.mark.parametrize("question, wanted", [
    ("农贸市场改造截至11月底完成几个了", "17个"),
    ("台账上老旧小区改造1-11月完成几个", "79个"),
    ("农贸市场改造卡在哪了", "经营户临时安置"),
    # how far it got: the count done, not the bare "是" of the 是否滞后 column beside it
    ("老旧小区改造进度咋样了", "79个"),
    ("台账里公交线路1到11月新开优化了几条", "12条"),
    ("新增学位截至11月底完成多少", "10260个"),  # the count done, not the 完成率 beside it
    ("二四年高标准农田新建了多少万亩 去年的", "4.2万亩"),
    ("就是去年争取到的地方政府专项债券资金是多少", "9.8亿元"),
    ("岚东经开区里面规上工业企业有多少家", "186家"),
    # the asker's own side first ("咱们今年…") is no subject typed before the year (session 26)
    ("咱们今年民生实事里新增学位是多少个", "10800个"),
])
def test_asked_and_answered(city, question: str, wanted: str) -> None:
    ans = ask(city, question, today=TODAY)
    assert ans.intent != "none" and wanted in flat(ans.answer), ans.answer


def test_the_ledger_is_no_plan(city) -> None:
    from retrieval.documents import list_documents

    kinds = {d.title: d.kind for d in list_documents(city.db)}
    assert kinds.get("岚川市2025年十件民生实事推进台账（1-11月）") == "report", kinds


def test_a_rate_asked_after_a_count_is_the_same_rows(city) -> None:
    """"电梯加装1-11月弄了多少部 完成率多少": the second ask names only a measure, so it is the
    first ask's row's rate, never the rate of another row."""
    ans = ask(city, "电梯加装1-11月弄了多少部 完成率多少", today=TODAY)
    assert "96部" in flat(ans.answer) and "64.0%" in flat(ans.answer), ans.answer
    assert "120.0%" not in flat(ans.answer) and "95.0%" not in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, wanted", [
    # how many lag and when it will be done, asked beside the reason: the problem and its remedy
    ("农贸市场改造有3个拖了 啥原因 啥时候能弄完", ("经营户临时安置", "12月底前")),
    # a school by its short name (its characters in order), the ledger named as where it is written
    ("沙泽县二小为啥还没完工 问题清单咋写的", ("用地手续",)),
])
def test_a_reason_is_the_ledgers_problem_and_remedy(city, question: str, wanted: tuple[str, ...]) -> None:
    ans = ask(city, question, today=TODAY)
    assert all(w in flat(ans.answer) for w in wanted), ans.answer
