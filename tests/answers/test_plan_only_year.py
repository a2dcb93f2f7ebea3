"""A year that only a responsibility table speaks of (its report not loaded, no later report
looking back): a target question is answered from the table, not refused."""
from __future__ import annotations

from pathlib import Path

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

PLAN = """2026年县《政府工作报告》重点工作责任分工方案

序号\t重点工作\t县政府牵头领导\t牵头单位\t责任单位
一、稳增长促发展\t\t\t\t
1\t新改建农村公路120公里，完成危桥改造8座。\t林青\t县交通运输局\t各乡镇人民政府
2\t新增规上工业企业15家。\t林青\t县工业和信息化局\t县统计局
"""

REPORT = """政府工作报告
——2025年1月10日在松林县第十八届人民代表大会第五次会议上
一、2024年工作回顾
全县地区生产总值增长5.2%。
二、2025年工作安排
新改建农村公路90公里。
"""


def test_a_year_held_only_by_the_table_is_answered_from_it(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(PLAN.replace("2026年县", "2026年松林县"), encoding="utf-8")
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    ctx, results = ingested_context(tmp_path, [tmp_path / "plan.txt", tmp_path / "report.txt"])
    try:
        assert [r.status for r in results] == ["ingested", "ingested"], results
        ans = ask(ctx, "26年危桥改造几座")
        assert ans.intent != "none" and "8座" in flat(ans.answer), ans.answer
        done = ask(ctx, "26年危桥实际完成了几座")
        assert "8座" not in flat(done.answer), done.answer  # a table states targets, not results
    finally:
        ctx.close()
