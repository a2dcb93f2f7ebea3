"""A progress report printed as a PDF with a ruled table (session 24, round 59a: "…前三季度重点工作
进展情况", 序号 | 重点任务 | 牵头单位 | 进展情况 | 是否滞后): plain extraction gives one cell a line, so a
row's task, its unit and its progress lost each other and "北站枢纽卡在哪了" was answered with the
unit. Read by the table's borders, each row is one line said with its header, the unit beside
the row's other cells. The document is invented."""
from __future__ import annotations

import datetime as dt

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context
from tests.support.fpdf_plans import table_pdf

HEADER = ["序号", "重点任务", "牵头单位", "进展情况", "是否滞后"]
ROWS = [
    ["1", "新建高标准农田20万亩", "市农业农村局", "已完成建设16.2万亩，其余3.8万亩正在施工。", "否"],
    ["2", "栖梧北站综合交通枢纽开工建设", "市交通运输局", "征迁完成82%，因站前广场用地调规报批未完成，尚未开工，计划11月开工。", "是"],
    ["3", "实际使用外资2.3亿美元", "市商务局", "实际使用外资1.42亿美元，完成年度目标的61.7%。", "是"],
]


def test_a_pdf_progress_table_is_read_row_by_row(tmp_path) -> None:
    path = table_pdf(tmp_path / "进展.pdf", "栖梧市2025年前三季度重点工作进展情况",
                     "市政府督查室对重点任务进行了跟踪督查，现将截至9月底的进展情况通报如下。", HEADER, ROWS,
                     (12, 60, 35, 120, 20))
    ctx, results = ingested_context(tmp_path, [path])
    try:
        (r,) = results
        assert (r.status, r.kind, r.tasks) == ("ingested", "report", 0), r.error
        today = dt.date(2025, 10, 20)
        stuck = flat(ask(ctx, "北站枢纽咋到现在还没开工 卡在哪了", today=today).answer)
        assert "调规" in stuck, stuck
        done = flat(ask(ctx, "高标准农田截至9月底建成多少万亩了", today=today).answer)
        assert "16.2万亩" in done and "3.8万亩" not in done.split("原文")[0], done
    finally:
        ctx.close()
