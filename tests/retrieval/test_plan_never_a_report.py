"""A document whose title or notice names it a responsibility plan (分工方案 / 任务分解表 /
责任清单) is never ingested as a report: read as a plan, or refused with the reason while
everything stored stays as it was. Before: such a file whose table was not read became
"the 2025 report" of its region, answered from its notice, and superseded the real report."""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from bot.wiring import new_context
from core.settings import load_settings
from retrieval.ingest import ingest_paths
from store.documents import list_documents
from tests.support.answer_sets import flat
from tests.support.paths import EXAMPLES

EXAMPLE_REPORT = (EXAMPLES / "示例市2025年政府工作报告.txt").read_text(encoding="utf-8")

NOTICE = """示例市人民政府办公室文件

示府办字〔2025〕{n}号

示例市人民政府办公室关于印发{title}的通知

各县（区）人民政府，市政府各部门：
一、提高思想认识。各单位要把落实《政府工作报告》作为全年工作的重中之重。
二、强化责任落实。各牵头单位要主动牵头，责任单位要积极配合，确保各项任务按时完成。
三、加强督查考核。市政府督查室将定期调度，对工作推进不力的单位予以通报。

示例市人民政府办公室
2025年2月10日
"""

# Tables a reader cannot take: task rows without any unit column, lists without owners, a lost 附件.
BODIES = {
    "no-unit-column": "附件\n\n示例市2025年《政府工作报告》重点工作责任分工方案\n\n序号\t工作任务\t完成时限\n"
                      "1\t地区生产总值增长5.5%左右。\t2025年12月底\n2\t新改建农村公路300公里。\t2025年11月底\n",
    "tasks-without-owners": "附件\n\n示例市2025年重点工作任务分解表\n\n一、稳增长\n1. 地区生产总值增长5.5%左右。\n2. 新改建农村公路300公里。\n"
                            "二、惠民生\n3. 新增城镇就业4万人。\n4. 改造城镇老旧小区80个。\n",
    "annex-lost": "",
    "responsibility-list": "附件\n\n示例市2025年重点工作责任清单\n\n一、稳增长\n（一）扩大有效投资\n推进重大项目建设，全年完成投资800亿元。\n"
                           "二、惠民生\n（一）稳定就业\n新增城镇就业4万人。\n",
}
TITLES = {
    "no-unit-column": "示例市2025年《政府工作报告》重点工作责任分工方案",
    "tasks-without-owners": "示例市2025年重点工作任务分解表",
    "annex-lost": "《示例市2025年政府工作报告重点工作责任分工方案》",
    "responsibility-list": "示例市2025年重点工作责任清单",
}


@pytest.mark.parametrize("case", list(BODIES))
def test_a_plan_not_read_is_refused_and_the_report_stays(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text(EXAMPLE_REPORT, encoding="utf-8")
    plan = folder / "plan.txt"
    plan.write_text(NOTICE.format(n=len(case), title=TITLES[case]) + "\n" + BODIES[case], encoding="utf-8")
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none"))
    try:
        ingest_paths(ctx, [folder / "report.txt"])
        before = [(d["file"], d["kind"], d["superseded_by"]) for d in list_documents(ctx.db, include_superseded=True)]
        [result] = ingest_paths(ctx, [plan])
        assert result.status == "error" and result.kind is None, result.to_dict()
        assert "分工方案" in result.error and "不当作政府工作报告导入" in result.error and "原有数据未改动" in result.error, result.error
        after = [(d["file"], d["kind"], d["superseded_by"]) for d in list_documents(ctx.db, include_superseded=True)]
        assert after == before == [("report.txt", "report", None)]
        assert "5.5%左右" in flat(ask(ctx, "示例市2025年GDP增长目标").answer)
    finally:
        ctx.close()


def test_a_readable_plan_is_still_a_plan(tmp_path: Path) -> None:
    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path / "var"), DUCHA_EMBEDDING="none"))
    try:
        results = ingest_paths(ctx, [EXAMPLES])
        assert sorted((r.kind, r.status) for r in results) == [("plan", "ingested"), ("report", "ingested")]
    finally:
        ctx.close()
