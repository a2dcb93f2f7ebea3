"""A long task list (more than six tasks) shows each task's first sentence up to 60 characters,
cut after a whole clause, so the object the task ends with shows: cut at 40 characters, "…新业态，
绿色食品产业产值达到165亿元" read "绿色食…" (round 25c r25c-043). Own variants."""
from __future__ import annotations

import pytest

from answers.compose import task_list

FILLER = [{"code": f"9.{i}", "text": f"完成第{i}项常规工作。"} for i in range(1, 7)]


@pytest.mark.parametrize(
    ("text", "shown", "hidden"),
    [
        ("支持本地龙头企业扩能升级，培育中央厨房、预制菜等新业态，绿色食品产业产值达到165亿元。", "绿色食品产业产值达到165亿元", None),
        ("推进老旧小区改造和城市更新，完善社区养老托育等公共服务设施，新增停车泊位5000个。", "新增停车泊位5000个", None),
        ("深入实施新一轮城乡供水一体化工程，推进乡镇水厂提标改造和管网延伸，农村自来水普及率达到92%。", "农村自来水普及率达到92%", None),
        ("加快建设城市综合管廊、排水防涝设施、燃气管网更新改造、雨污分流改造工程、再生水利用工程和海绵城市示范片区建设，"
         "全面提升城市韧性和安全运行水平。", "加快建设城市综合管廊、排水防涝设施", "全面提升城市韧性"),
    ],
)
def test_long_list_keeps_the_task_object(text: str, shown: str, hidden: str | None):
    out = task_list("某某牵头的任务共7项：", [{"code": "1.1", "text": text}, *FILLER])
    line = out.splitlines()[1]
    assert shown in line, out
    assert len(line) <= 4 + 60, out
    if hidden is not None:
        assert hidden not in line and line.endswith("…"), out
        assert not line.endswith("、…") and not line.endswith("，…"), out
