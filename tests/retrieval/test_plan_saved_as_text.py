"""Plans saved as text the way offices do it (session 26, rounds 61f and 61g):
- a workbook saved by Excel or WPS as tab-separated text, in GB18030 with CRLF line ends, where a
  cell holding a quote or a line break is quoted and its quotes doubled. A cell's second line
  stays in its cell: a deadline of two stages is one deadline, a task's second sentence is no
  row of its own;
- a Word table WPS converted to text: each row a paragraph with tabs between its cells, a part's
  merged row left as its bare heading, and a task broken by a manual line break inside its cell.
The plans are invented."""
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


def _converted_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("鹤山市人民政府办公室关于印发2025年政府工作报告重点任务分解的通知")
    document.add_paragraph("序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限")
    document.add_paragraph("一、稳增长扩投资")
    document.add_paragraph("1\t实施重点项目120个，完成投资150亿元\t王建国\t市发展和改革局\t市财政局、市统计局\t2025年12月底前")
    broken = document.add_paragraph("2\t新建5G基站300个")
    broken.add_run().add_break()  # the manual line break (Shift+Enter) inside the task's cell
    broken.add_run("推进千兆光网进小区\t李红梅\t市工业和信息化局\t\t2025年9月底前")
    document.add_paragraph("二、惠民生")
    document.add_paragraph("3\t改造老旧小区22个\t张丽\t市住房和城乡建设局\t各街道办事处\t2025年10月底前")
    document.save(path)
    return path


def test_a_table_converted_to_tabbed_paragraphs_keeps_its_parts_and_broken_rows(tmp_path: Path) -> None:
    table = parse_plan(load_file(_converted_docx(tmp_path / "鹤山市2025年政府工作报告重点任务分解.docx")))
    assert [(r.code, r.section) for r in table.rows] == [("1.1", "稳增长扩投资"), ("1.2", "稳增长扩投资"), ("2.1", "惠民生")]
    broken = table.rows[1]
    assert "千兆光网" in broken.text and broken.leaders == ["李红梅"] and broken.lead_units == ["市工业和信息化局"]
    assert broken.due_text == "2025年9月底前" and not table.warnings

