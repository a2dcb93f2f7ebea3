"""Loading real-world files: encodings, PDF text layers, DOCX paragraphs and tables, bad input."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import UserError
from retrieval.loaders import load_file
from tests.support.retrieval_pdf import blank_pdf, text_to_pdf

TEXT = "政府工作报告\n——2024年1月15日在示例市第九届人民代表大会第四次会议上\n一、2023年工作回顾\n地区生产总值增长5.0%左右，城镇新增就业3.6万人。\n"


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_text_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode(encoding))
    loaded = load_file(path)
    assert loaded.text.strip() == TEXT.strip()
    assert "\r" not in loaded.text


def test_short_gbk_text_is_not_mistaken_for_another_code_page(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("南昌市2024年地区生产总值增长目标为百分之五左右。".encode("gbk"))
    assert "地区生产总值" in load_file(path).text


def test_utf8_with_a_damaged_byte_is_not_read_as_gbk(tmp_path: Path) -> None:
    data = (TEXT * 20).encode("utf-8")
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:300] + b"\xff" + data[300:])
    assert "城镇新增就业3.6万人" in load_file(path).text


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(text_to_pdf(TEXT))
    loaded = load_file(path)
    assert "城镇新增就业3.6万人" in loaded.text
    assert loaded.source == "pdf"


def test_scanned_pdf_asks_for_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(blank_pdf())
    with pytest.raises(UserError, match="没有文本层，请先做 OCR"):
        load_file(path)


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("政府工作报告")
    document.add_paragraph("一、2023年工作回顾")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["任务", "牵头单位", "责任单位"], ["1. 建设口袋公园", "市住建局", "各区政府"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("二、2024年工作安排")
    path = tmp_path / "r.docx"
    document.save(path)
    loaded = load_file(path)
    assert loaded.tables == [[["任务", "牵头单位", "责任单位"], ["1. 建设口袋公园", "市住建局", "各区政府"]]]
    lines = loaded.text.split("\n")
    assert lines.index("一、2023年工作回顾") < lines.index("1. 建设口袋公园\t市住建局\t各区政府") < lines.index("二、2024年工作安排")


def test_xlsx_and_csv_give_tables(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["任务", "牵头单位"])
    wb.active.append(["1. 建设口袋公园", "市住建局"])
    wb.save(tmp_path / "t.xlsx")
    assert load_file(tmp_path / "t.xlsx").tables == [[["任务", "牵头单位"], ["1. 建设口袋公园", "市住建局"]]]
    (tmp_path / "t.csv").write_bytes("任务,牵头单位\n1. 建设口袋公园,市住建局\n".encode("gbk"))
    assert load_file(tmp_path / "t.csv").tables == [[["任务", "牵头单位"], ["1. 建设口袋公园", "市住建局"]]]


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "为空"),
        ("blank.txt", b"  \n\n ", "为空"),
        ("random.pdf", bytes(range(256)) * 20, "PDF"),
        ("random.docx", b"PK\x03\x04 not really a zip" * 10, "DOCX"),
        ("binary.txt", bytes(range(256)) * 20, "编码"),
        ("notes.xyz", "政府工作报告".encode(), "不支持"),
        ("latin.txt", "Ça été très élégant, déjà vu à Genève. ".encode("latin-1") * 20, "编码"),
    ],
)
def test_bad_files_raise_one_line_user_errors(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError) as exc:
        load_file(path)
    assert reason in str(exc.value)
    assert "\n" not in str(exc.value)


def test_docx_cell_merged_across_columns_keeps_later_columns_in_place(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    grid = doc.add_table(rows=2, cols=4)
    for j, text in enumerate(["工作任务", "牵头单位", "配合单位", "完成时限"]):
        grid.cell(0, j).text = text
    grid.cell(1, 0).text = "建成示例工程。"
    grid.cell(1, 1).merge(grid.cell(1, 2)).text = "示例市交通运输局"
    grid.cell(1, 3).text = "6月底前"
    path = tmp_path / "t.docx"
    doc.save(path)
    rows = load_file(path).tables[0]
    assert rows[1][3] == "6月底前"
    assert rows[1][1] == "示例市交通运输局" and rows[1][2] == ""


def test_xlsx_cell_merged_over_rows_fills_every_row(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["工作任务", "牵头单位", "配合单位"])
    ws.append(["1. 建成示例工程。", "示例市交通运输局", "示例市财政局"])
    ws.append(["2. 开工示例项目。", None, "示例市自然资源局"])
    ws.merge_cells("B2:B3")  # one lead unit for both tasks
    path = tmp_path / "t.xlsx"
    wb.save(path)
    rows = load_file(path).tables[0]
    assert [r[1] for r in rows[1:]] == ["示例市交通运输局", "示例市交通运输局"]
    assert [r[2] for r in rows[1:]] == ["示例市财政局", "示例市自然资源局"]


def test_xlsx_date_cell_reads_as_the_sheet_shows_it(tmp_path: Path) -> None:
    """A deadline typed as an Excel date reads "2025年6月30日", never "2025-06-30 00:00:00"."""
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["工作任务", "牵头单位", "完成时限"])
    ws.append(["1. 企业开办时间压缩至0.5个工作日。", "示例市市场监管局", dt.datetime(2025, 6, 30)])
    ws.append(["2. 开工示例项目。", "示例市发展改革委", dt.date(2025, 10, 31)])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    rows = load_file(path).tables[0]
    assert [r[2] for r in rows[1:]] == ["2025年6月30日", "2025年10月31日"]


def test_docx_note_marks_raised_after_a_term_are_not_read_into_the_text(tmp_path: Path) -> None:
    """A 名词解释 mark printed as a superscript ("幸福食堂⁴") once read as "幸福食堂4", a digit glued
    to the figure before it ("新建18个幸福食堂4，…"); a raised figure that is content (m²) stays."""
    import docx

    document = docx.Document()
    p = document.add_paragraph("新建18个幸福食堂")
    p.add_run("4").font.superscript = True
    p.add_run("，构建“一区三园”")
    p.add_run("［1］").font.superscript = True
    p.add_run("格局，新建标准厂房15万平方米，单价3000元/m")
    p.add_run("2").font.superscript = True
    p.add_run("。")
    path = tmp_path / "report.docx"
    document.save(path)
    text = load_file(path).text
    assert "新建18个幸福食堂，构建“一区三园”格局" in text, text
    assert "3000元/m2" in text
