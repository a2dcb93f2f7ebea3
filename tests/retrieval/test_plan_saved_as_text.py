"""Plans saved as text the way offices do it (session 26, round 61g): a workbook saved by Excel or
WPS as tab-separated text, in GB18030 with CRLF line ends, where a cell holding a quote or a
line break is quoted and its quotes doubled. A cell's second line stays in its cell: a deadline
of two stages is one deadline, a task's second sentence is no row of its own. The plan is
invented."""
from __future__ import annotations

from pathlib import Path

from retrieval.loaders import load_file
from retrieval.plans import parse_plan

LINES = [
    "枫岚区2025年重点工作任务分解表\t\t\t\t\t",
    "枫政办发〔2025〕7号\t\t\t\t\t",
    "序号\t重点工作\t牵头区领导\t牵头单位\t配合单位\t时间节点",
    "一、着力扩大有效需求\t\t\t\t\t",
    '1\t"实施""揭榜挂帅""科技项目10项以上"\t唐晓岚\t区科技局\t区财政局\t2025年10月底前',
    '2\t"打造""枫岚夜巷""夜间消费集聚区\n持续举办""乐购枫岚""消费季活动"\t唐晓岚\t区商务局\t区城市管理局\t2025年6月底前',
    "二、推进城市更新\t\t\t\t\t",
    '3\t推进地铁5号线枫岚段站点周边道路配套建设\t邹建平\t区交通运输局\t"区住房城乡建设局\n区城市管理局"\t"2025年6月底前完成3座站点\n2025年12月底前全部完成"',
    "4\t改造老旧小区40个\t邹建平\t区住房城乡建设局\t\t2025年11月底前",
]


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "枫岚区2025年重点工作任务分解表.txt"
    path.write_bytes("\r\n".join(LINES).encode("gb18030"))
    return path


def test_quoted_cells_with_line_breaks_stay_in_their_row(tmp_path: Path) -> None:
    table = parse_plan(load_file(_plan(tmp_path)))
    assert [r.code for r in table.rows] == ["1.1", "1.2", "2.1", "2.2"], table.rows
    assert not table.warnings
    by_code = {r.code: r for r in table.rows}
    assert by_code["1.1"].text == '实施"揭榜挂帅"科技项目10项以上'
    assert "乐购枫岚" in by_code["1.2"].text and by_code["1.2"].lead_units == ["区商务局"]
    assert by_code["2.1"].co_units == ["区住房城乡建设局", "区城市管理局"]
    assert "2025年12月底前全部完成" in by_code["2.1"].due_text
    assert by_code["2.2"].lead_units == ["区住房城乡建设局"] and by_code["2.2"].co_units == []
