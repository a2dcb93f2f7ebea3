"""Fictional county responsibility table (青溪县, 2025) kept as Python data, so the
held-out test can build it as DOCX in a temp dir. Columns differ from the sample
corpus on purpose: 序号/工作任务/责任领导/牵头单位/配合单位/完成时限."""
from __future__ import annotations

from pathlib import Path

TITLE = "青溪县2025年《政府工作报告》重点工作责任分工表"
HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]

# (section heading, rows); each row: (序号, 工作任务, 责任领导, 牵头单位, 配合单位, 完成时限)
SECTIONS: list[tuple[str, list[tuple[str, str, str, str, str, str]]]] = [
    ("一、做强工业主导产业", [
        ("1", "实施“链长制”提升行动，新增规上工业企业30家以上。", "王建国", "县工信局", "县统计局、各乡镇", "2025年12月底前"),
        ("2", "推进“两区三园”建设，力争青溪高新区营业收入突破260亿元。", "王建国", "青溪高新区管委会", "县发改委、县自然资源局", "2025年12月底前"),
        ("3", "新认定高新技术企业15家，R&D经费投入强度达到2.1%。", "李红梅", "县科技局", "县工信局、县财政局", "2025年11月底前"),
    ]),
    ("二、扩大有效投资和消费", [
        ("4", "实施县级重点项目120个、年度完成投资85亿元。", "王建国", "县发改委", "各项目责任单位", "2025年12月底前"),
        ("5", "开工建设县城至高铁站快速路。", "张卫东", "县交通运输局", "县自然资源局、县住建局", "2025年6月底前"),
        ("6", "举办“青溪茶香”消费季，新引进品牌首店8家。", "刘芳", "县商务局", "县文广旅局、县市场监管局", "2025年10月底前"),
    ]),
    ("三、推进乡村全面振兴", [
        ("7", "粮食产量稳定在3.8亿斤以上，新建高标准农田1.8万亩。", "李红梅", "县农业农村局", "县财政局、各乡镇", "2025年12月底前"),
        ("8", "发展“一村一品”特色产业，茶叶种植面积达到12万亩。", "李红梅", "县林业局", "县农业农村局、各乡镇", "2025年12月底前"),
    ]),
    ("四、增进民生福祉", [
        ("9", "建成县第二人民医院综合楼，新增床位300张。", "刘芳", "县卫健委", "县发改委、县住建局", "2025年9月底前"),
        ("10", "新改建农村公路60公里。", "张卫东", "县交通运输局", "各乡镇", "2025年11月底前"),
        ("11", "完成老旧小区改造14个。", "张卫东", "县住建局", "县财政局、城关镇", "2025年12月底前"),
        ("12", "新增普惠托位200个，建设社区嵌入式养老服务中心5个。", "刘芳", "县民政局", "县卫健委、县财政局", "2025年12月底前"),
    ]),
]


def build_docx(path: Path | str) -> Path:
    """Write the table as a DOCX (title paragraph, one table, section rows merged across)."""
    import docx

    path = Path(path)
    document = docx.Document()
    document.add_paragraph("青溪县人民政府办公室关于印发" + TITLE + "的通知")
    document.add_paragraph(TITLE)
    n_rows = 1 + sum(1 + len(rows) for _, rows in SECTIONS)
    table = document.add_table(rows=n_rows, cols=len(HEADER))
    for j, name in enumerate(HEADER):
        table.cell(0, j).text = name
    i = 1
    for heading, rows in SECTIONS:
        merged = table.cell(i, 0).merge(table.cell(i, len(HEADER) - 1))
        merged.text = heading
        i += 1
        for row in rows:
            for j, value in enumerate(row):
                table.cell(i, j).text = value
            i += 1
    document.add_paragraph("青溪县人民政府办公室 2025年1月20日印发")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


if __name__ == "__main__":  # python tests/data/heldout/qingxi_plan.py OUT.docx
    import sys

    print(build_docx(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("qingxi_plan_2025.docx")))
