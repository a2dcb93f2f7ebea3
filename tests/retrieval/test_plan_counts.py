"""Count warnings: a plan that says how many tasks it holds ("方案共明确N项重点工作" on its
cover, "（3项）" after a section heading) and was read with another number is stored, with one
warning per disagreement — the same warnings whatever shape the plan came in, since one place
(`retrieval/plans/counts.py`) computes them for all shapes."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from retrieval.loaders import load_file
from retrieval.plans import parse_plan
from retrieval.plans.counts import cover_text, declared_total
from tests.support.paths import DATA


def _module():
    spec = importlib.util.spec_from_file_location("qingshi_plan", DATA / "plans" / "qingshi_plan.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["qingshi_plan"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


QINGSHI = _module()


def _read(tmp_path: Path, shape: str, **kw):
    return parse_plan(load_file(QINGSHI.write(tmp_path, shape, **kw)))


def _rows(table) -> list[tuple]:
    return [(r.code, r.text, r.leaders, r.lead_units, r.co_units) for r in table.rows]


@pytest.mark.parametrize("shape", QINGSHI.SHAPES)
def test_every_shape_warns_the_same_way_when_counts_disagree(tmp_path, shape):
    """The cover says 6 and section 二 says 3; 5 tasks are printed (2 under 二)."""
    table = _read(tmp_path, shape, total=6, declared=[3, 3])
    assert _rows(table) == QINGSHI.truth()  # stored as read: a count is not a task
    assert table.warnings == ["第2部分标明3项，实际读到2项", "方案写明共6项，实际读到5项"]


@pytest.mark.parametrize("shape", QINGSHI.SHAPES)
def test_no_warning_when_the_counts_agree_or_none_is_printed(tmp_path, shape):
    assert _read(tmp_path / "agree", shape, total=5, declared=[3, 2]).warnings == []
    assert _read(tmp_path / "silent", shape).warnings == []


def test_a_task_swallowed_by_the_one_above_is_warned():
    """A lost task number (a PDF that joined two lines) reads one task short: both counts say so."""
    text = (DATA / "plans" / "qingshi" / "town_fields.txt").read_text(encoding="utf-8")
    lost = text.replace("\n5. 任 务：开展人居环境整治", "开展人居环境整治")
    table = parse_plan(SimpleNamespace(text=lost, tables=[]))
    assert len(table.rows) == 7
    assert table.warnings == ["第2部分标明2项，实际读到1项", "方案写明共8项，实际读到7项"]


def test_the_total_is_read_from_the_cover_only():
    """A task's own figures ("共建设12项") are not the plan's total; a notice with numbered
    points of its own is the cover up to its 附件 line; totals in Chinese numerals count."""
    body = "一、项目建设（1项）\n1. 共建设12项重大工程。（牵头单位：镇经济发展办）\n"
    assert declared_total(cover_text("青石镇2024年重点工作分解方案\n" + body)) is None
    notice = "关于印发方案的通知\n一、提高认识\n方案明确了十二项重点任务。\n二、抓好落实\n附件\n青石镇2024年重点工作分解方案\n"
    assert declared_total(cover_text(notice + body)) == 12
    assert declared_total("现将确定的45项重点工作分解如下") == 45
    assert declared_total("方案共四十五项") == 45
    assert declared_total("经街道党工委研究，共分解重点工作任务20项") == 20
    assert declared_total("请落实报告提出的3项工作要求") is None  # requirements, not tasks
    assert declared_total("共分为8个方面120项具体任务") == 120
    assert declared_total("推进公共服务3项改革，共同完成2项试点") is None  # 公共, 共同: not "共N项"
