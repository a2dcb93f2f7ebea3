"""Class: a responsibility table in a real PDF (drawn by a PDF library or exported from Word).

Such a PDF draws each cell where it belongs and wraps long cells inside their column. pypdf's
plain extraction then prints a one-line row on one line (cells glued with single spaces) and a
wrapped row one cell piece a line, the two mixed in one table, which no text shape reads whole:
round 27a's plan was refused ("任务 2.18 没有牵头单位"). The same page extracted with its layout
kept prints the table with aligned columns, which the column reader reads. Every plan here is
invented and drawn by fpdf2 in tmp_path: leaders on every row or only on the first row of a
run, wrapped unit cells, a header repeated on each page, with and without a deadline column.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.loaders import load_file
from retrieval.plans import parse_plan
from tests.support.fpdf_plans import Row, table_pdf

FULL = ["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"]


def expected(rows: list[Row], *, due: bool = True) -> list[tuple]:
    """(code, text, leaders, lead units, co units, due) as a reader should give them: a leader
    left blank under the first row of a run is that run's, within its section."""
    out, section, number, leader = [], 0, 0, ""
    for row in rows:
        if isinstance(row, str):
            section, number, leader = section + 1, 0, ""
            continue
        number += 1
        leader = row[2] or leader
        out.append((f"{section}.{number}", row[1], [leader], row[3].split("、"), row[4].split("、"), row[5] if due else None))
    return out


def read(path: Path) -> list[tuple]:
    table = parse_plan(load_file(path))
    return [(r.code, r.text, r.leaders, r.lead_units, r.co_units, r.due_text) for r in table.rows]


# Leader on every row, portrait page: the unit cells wrap over two or three lines.
EVERY_ROW: list[Row] = [
    "一、稳住农业基本盘",
    ["1", "新建高标准农田1.2万亩，粮食总产量稳定在8万吨以上。", "许立峰", "县农业农村局", "县财政局、县自然资源局、各乡镇人民政府", "2026年10月底"],
    ["2", "完成病险水闸除险加固6座。", "许立峰", "县水利局", "县财政局", "2026年6月底"],
    ["3", "培育茶叶、油茶两条县级重点产业链，新增省级农业产业化龙头企业3家。", "许立峰", "县农业农村局", "县林业局、县市场监督管理局", "2026年12月底"],
    "二、补齐城乡基础设施短板",
    ["4", "改造农村公路120公里，完成危桥改造9座。", "郑雨辰", "县交通运输局", "县财政局、县公安局交通管理大队、各乡镇人民政府", "2026年11月底"],
    ["5", "新建城区污水管网18公里。", "郑雨辰", "县住房和城乡建设局", "县水利局、县城市管理局", "2026年12月底"],
    ["6", "建成县城第二水厂并投入使用。", "郑雨辰", "县城市投资发展集团", "县水利局、县住房和城乡建设局", "2026年9月底"],
    "三、办好群众身边实事",
    ["7", "新增公办幼儿园学位900个。", "何静怡", "县教育局", "县发展和改革局、县住房和城乡建设局", "2026年8月底"],
    ["8", "建成乡镇卫生院标准化发热诊室12个。", "何静怡", "县卫生健康局", "各乡镇人民政府", "2026年12月底"],
]

# Leader written only on the first task of each run; long task cells wrap; landscape page.
FIRST_OF_RUN: list[Row] = [
    "一、做强特色产业",
    ["1", "推进岑塘电子信息产业园三期建设，引进配套企业15家以上，电子信息产业营业收入突破180亿元。", "苏明哲", "区工业和信息化局", "区投资促进中心、区自然资源和规划分局", "2026年12月底"],
    ["2", "新增规模以上工业企业25家。", "", "区工业和信息化局", "区统计局、各街道办事处", "2026年12月底"],
    ["3", "全年引进亿元以上项目40个，其中20亿元以上项目3个，实际到位资金增长10%。", "", "区投资促进中心", "区工业和信息化局、区商务局", "2026年12月底"],
    ["4", "办好第三届岑塘龙舟文化节，全年接待游客突破600万人次。", "林晓棠", "区文化和旅游局", "区商务局、区公安分局、区城市管理局", "2026年10月底"],
    "二、提升城市品质",
    ["5", "完成西河片区、老车站片区城市更新，改造老旧小区26个，加装电梯80部。", "邓向北", "区住房和城乡建设局", "区财政局、区自然资源和规划分局、各街道办事处", "2026年11月底"],
    ["6", "新增公共停车泊位2500个。", "", "区城市管理局", "区公安分局、区住房和城乡建设局", "2026年12月底"],
    ["7", "建成口袋公园9个、滨河绿道14公里，城市生活垃圾回收利用率达到40%以上。", "", "区城市管理局", "区生态环境分局、各街道办事处", "2026年12月底"],
]


def first_of_run_pages() -> list[Row]:
    """Forty tasks in five sections: the table runs over several pages, its header repeated."""
    rows: list[Row] = []
    leaders = ["梁文远", "宋佳琪", "韦振东", "陶若兰", "孔德明"]
    units = ["县发展和改革局", "县商务局", "县教育局", "县民政局", "县应急管理局"]
    places = ["北关", "南塘", "东岭", "西渡", "石门", "青桥", "杨柳", "白沙"]
    for s, (leader, unit) in enumerate(zip(leaders, units)):
        rows.append(f"{'一二三四五'[s]}、第{'一二三四五'[s]}方面重点工作")
        for k, place in enumerate(places):
            n = s * 8 + k + 1
            text = f"完成{place}片区第{n}批项目建设，新增服务网点{n + 3}个，覆盖群众{n * 100 + 50}人以上。"
            rows.append([str(n), text, leader if k in (0, 5) else "", unit, f"县财政局、{place}镇人民政府", f"2026年{k + 4}月底"])
    return rows


def test_leader_on_every_row_with_wrapped_units(tmp_path):
    path = table_pdf(tmp_path / "霁川县责任分工.pdf", "霁川县2026年政府工作报告重点工作责任分工",
                     "为确保县政府工作报告确定的各项任务落到实处，现将重点工作分解如下，各牵头单位每月底报送进展。",
                     FULL, EVERY_ROW, (12, 62, 18, 30, 40, 24), landscape=False)
    assert read(path) == expected(EVERY_ROW)


def test_leader_only_on_first_task_of_each_run(tmp_path):
    path = table_pdf(tmp_path / "岑塘区清单.pdf", "岑塘区2026年重点工作任务清单",
                     "各责任单位要按照清单明确的时间节点抓好落实，确保各项工作按期完成。",
                     FULL, FIRST_OF_RUN, (12, 100, 22, 44, 70, 25))
    assert read(path) == expected(FIRST_OF_RUN)


def test_header_repeated_on_each_page(tmp_path):
    rows = first_of_run_pages()
    path = table_pdf(tmp_path / "分工表.pdf", "鹤汀县2026年重点民生工作责任分工表",
                     "现将2026年重点民生工作分解落实到各责任单位。", FULL, rows, (12, 110, 22, 40, 60, 25))
    from pypdf import PdfReader

    assert len(PdfReader(path).pages) >= 2
    got = read(path)
    assert len(got) == 40
    assert got == expected(rows)


def test_without_a_deadline_column(tmp_path):
    header = ["序号", "重点任务", "牵头领导", "牵头部门", "配合部门"]
    rows = [r if isinstance(r, str) else r[:5] for r in FIRST_OF_RUN]
    path = table_pdf(tmp_path / "重点任务.pdf", "岑塘区2026年重点任务分工",
                     "请各牵头部门对照分工抓好落实。", header, rows, (14, 120, 24, 50, 70))
    assert read(path) == expected(rows, due=False)


@pytest.mark.parametrize("name", ["every_row", "first_of_run"])
def test_title_and_year_read_from_the_page(tmp_path, name):
    rows, title = (EVERY_ROW, "霁川县2026年政府工作报告重点工作责任分工") if name == "every_row" else (FIRST_OF_RUN, "岑塘区2026年重点工作任务清单")
    path = table_pdf(tmp_path / "plan.pdf", title, "各单位抓好落实。", FULL, rows, (12, 100, 22, 44, 70, 25))
    table = parse_plan(load_file(path))
    assert table.year == 2026 and table.title == title and not table.warnings


def test_owner_asks_answered_from_the_pdf_table(tmp_path):
    """What a user reads: the lead unit and the run's leader of a task on a row that left the
    leader blank, from a plan that was refused before."""
    from answers.ask import ask
    from tests.support.answer_sets import assert_holds, ingested_context

    path = table_pdf(tmp_path / "岑塘区清单.pdf", "岑塘区2026年重点工作任务清单",
                     "各责任单位要按照清单明确的时间节点抓好落实，确保各项工作按期完成。",
                     FULL, FIRST_OF_RUN, (12, 100, 22, 44, 70, 25))
    ctx, results = ingested_context(tmp_path, [path])
    try:
        assert [r.status for r in results] == ["ingested"], results
        assert_holds(ask(ctx, "公共停车泊位2500个那项谁牵头").answer, "区城市管理局")
        assert_holds(ask(ctx, "引进亿元以上项目40个 责任领导是谁").answer, "苏明哲")
        assert_holds(ask(ctx, "邓向北负责哪些任务").answer, "老旧小区", "停车泊位", "口袋公园")
    finally:
        ctx.close()
