"""A ledger exported from an office's system as CSV (round 50c's shape): no title row, a task
code with the ledger's letters and year ("QY25-001"), the section as a column (所属领域), two
lead units in one cell. Every task is read, its section from the column, and the plan's year
from its deadlines when no line states it. Invented."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from answers.ask import ask
from store import tasks as task_store
from tests.support.answer_sets import flat, ingested_context

HEADER = "编号,所属领域,工作任务,牵头单位,责任市领导,配合单位,完成时限,备注"
ROWS = [
    "QY25-001,扩大有效需求,安排市级重点项目400个,市发展改革委,周立新,各县（区）人民政府,2025年12月底前,每月调度",
    "QY25-002,扩大有效需求,争取中央和省级各类资金40亿元以上,市发展改革委、市财政局,周立新,市直有关部门,2025年12月底前,",
    "QY25-003,实体经济,新建5G基站1500个,市工业和信息化局,梁承志,市通信发展办公室,2025年11月底前,",
    'QY25-004,实体经济,推进城中村改造，完成征收1800户,"市住房城乡建设局，市自然资源和规划局",邓海峰,崖北区人民政府,2025年12月底前,',
]


def _ledger(tmp: Path) -> Path:
    path = tmp / "台账导出.csv"
    path.write_bytes(("\n".join([HEADER, *ROWS]) + "\n").encode("gbk"))
    return path


def test_every_row_of_an_exported_ledger_is_a_task(tmp_path: Path) -> None:
    ctx, results = ingested_context(tmp_path, [_ledger(tmp_path)])
    try:
        assert [r.status for r in results] == ["ingested"], results
        tasks = task_store.list_tasks(ctx.db, today=dt.date(2025, 4, 1))
        assert len(tasks) == 4
        by_code = {t.code: t for t in tasks}
        assert [u[-5:] for u in by_code["1.2"].lead_units] == ["发展改革委", "市财政局"], by_code["1.2"]
        assert len(by_code["2.2"].lead_units) == 2, by_code["2.2"]  # "，" inside one quoted cell
        assert "实体经济" in by_code["2.1"].section, by_code["2.1"]
        assert by_code["2.1"].due == dt.date(2025, 11, 30)
        # no line states the year: the deadlines do (2025), not the day of ingest
        assert results[0].year == 2025, results[0]
        ans = ask(ctx, "5G基站那条哪个局牵头的，分管市领导是谁", today=dt.date(2025, 4, 1))
        assert "工业和信息化局" in flat(ans.answer) and "梁承志" in ans.answer, ans.answer
    finally:
        ctx.close()
