"""Class: a leader's title wrapped onto a line of its own in a narrow leader column.

"罗建平副市长" printed in a column four characters wide comes out "罗建平副" / "市长"; a cell
written "周海川" / "副县长" on two lines, the same. The title is no second leader and the "副"
cut off before it no part of the name: the leader is the name alone. A cell naming its leader
by title only ("常务副市长") keeps the title. Every plan here is invented.
"""
from __future__ import annotations

import pytest

from retrieval.loaders import load_file
from retrieval.plans import parse_plan, split_leaders
from tests.support.fpdf_plans import table_pdf

HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]


def _leaders(path) -> dict[str, list[str]]:
    return {r.code: r.leaders for r in parse_plan(load_file(path)).rows}


def test_title_wrapped_inside_a_narrow_pdf_column(tmp_path):
    rows = [
        "一、交通建设",
        ["1", "建成环城北路快速化改造工程。", "罗建平副市长", "市交通运输局", "市财政局、市自然资源局", "2026年10月底"],
        ["2", "新增城市公交线路8条。", "", "市交通运输局", "市公交集团", "2026年12月底"],
        "二、城市管理",
        ["3", "新建城市书房20个。", "孟可欣副市长", "市文化和旅游局", "各区人民政府", "2026年9月底"],
    ]
    path = table_pdf(tmp_path / "清单.pdf", "澄江市2026年重点工作责任清单", "各单位抓好落实。", HEADER, rows,
                     (12, 120, 14, 45, 60, 25))
    assert _leaders(path) == {"1.1": ["罗建平"], "1.2": ["罗建平"], "2.1": ["孟可欣"]}


def test_title_on_its_own_line_in_a_pdf_cell(tmp_path):
    rows = [
        "一、民生实事",
        ["1", "改造农村供水管网260公里。", "周海川\n副县长", "县水利局", "县财政局、各乡镇人民政府", "2026年11月底"],
        ["2", "新建村级养老服务站15个。", "宋雅楠\n副县长", "县民政局", "县卫生健康局", "2026年12月底"],
    ]
    path = table_pdf(tmp_path / "分工.pdf", "溪口县2026年民生实事责任分工", "请各牵头单位按期完成。", HEADER, rows,
                     (12, 120, 22, 45, 60, 25))
    assert _leaders(path) == {"1.1": ["周海川"], "1.2": ["宋雅楠"]}


def test_title_paragraph_in_a_word_table_cell(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("桂塘区2026年重点工作任务分工")
    table = doc.add_table(rows=1, cols=5)
    for cell, word in zip(table.rows[0].cells, ["序号", "工作任务", "牵头区领导", "牵头单位", "责任单位"]):
        cell.text = word
    for number, text, leader, lead, co in [
        ("1", "完成滨湖片区征收500户。", "韦振东\n常务副区长", "区征收中心", "滨湖街道办事处"),
        ("2", "新建区级应急物资储备库1座。", "何嘉木\n副区长", "区应急管理局", "区财政局"),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[3].text, cells[4].text = number, text, lead, co
        name, title = leader.split("\n")
        cells[2].paragraphs[0].text = name
        cells[2].add_paragraph(title)
    doc.save(tmp_path / "分工.docx")
    assert _leaders(tmp_path / "分工.docx") == {"1.1": ["韦振东"], "1.2": ["何嘉木"]}


@pytest.mark.parametrize("cell, names", [
    ("罗建平\n副市长", ["罗建平"]),
    ("陶若兰副\n市长", ["陶若兰"]),
    ("张海涛、李文静\n副市长", ["张海涛", "李文静"]),
    ("副区长\n林梅", ["林梅"]),
    ("常务副市长", ["常务副市长"]),  # a leader named by title only keeps it
    ("胡 强 吴 浩", ["胡强", "吴浩"]),  # a spaced-out name is still one name
])
def test_leader_cells(cell, names):
    assert split_leaders(cell) == names


def test_the_leader_asked_by_name_finds_the_tasks(tmp_path):
    from answers.ask import ask
    from tests.support.answer_sets import assert_holds, ingested_context

    rows = [
        "一、产业发展",
        ["1", "引进新能源装备项目12个。", "陶若兰副市长", "市投资促进局", "市工业和信息化局", "2026年12月底"],
        ["2", "新增规模以上工业企业30家。", "", "市工业和信息化局", "市统计局", "2026年12月底"],
    ]
    path = table_pdf(tmp_path / "清单.pdf", "澄江市2026年重点工作责任清单", "各单位抓好落实。", HEADER, rows,
                     (12, 120, 14, 45, 60, 25))
    ctx, results = ingested_context(tmp_path, [path])
    try:
        assert [r.status for r in results] == ["ingested"], results
        assert_holds(ask(ctx, "陶若兰负责哪些任务").answer, "新能源装备", "规模以上工业企业")
    finally:
        ctx.close()


def test_two_leaders_one_a_line_that_each_fill_the_column(tmp_path):
    """Each name fills the narrow column, so the layout reads the second line as a wrap of the
    first; both names stand alone in other rows, so the cell names two leaders."""
    rows = [
        "一、安全稳定",
        ["1", "建设市级综合应急物资储备库。", "石勇", "市应急管理局", "市财政局", "2026年12月底"],
        "二、政府自身建设",
        ["2", "认真办理人大代表建议和政协提案。", "吴启明\n石勇", "市政府办公室", "市司法局", "2026年12月底"],
        ["3", "健全重点任务闭环落实机制。", "吴启明", "市政府督查室", "市政府各部门", "持续推进"],
    ]
    path = table_pdf(tmp_path / "分解表.pdf", "岚川市2026年重点工作任务分解表", "各单位抓好落实。", HEADER, rows,
                     (12, 120, 9, 45, 60, 25))
    assert _leaders(path) == {"1.1": ["石勇"], "2.1": ["吴启明", "石勇"], "2.2": ["吴启明"]}
