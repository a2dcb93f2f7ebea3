"""Cleaning of PDF-extracted report text, chunking and metadata, on small made-up texts."""
from __future__ import annotations

import datetime as dt

from retrieval.chunk import GLOSSARY, chunk_document, split_sentences
from retrieval.clean import clean_text, fix_spaces
from retrieval.meta import read_meta

WRAPPED = """\
 政府工作报告

——2024 年 1 月 20 日在示范省第十四届人民代表大会第二次会议上

一、2023 年工作回顾

全省地区生产总值增长 8. 8%，人均GDP突破 1 万美元，一般公共预算收入增长 12.2%，规模以

上工业增加值增长 11.4 %，城镇新增就业 48万人。<u>省人力资源社会保障厅</u>牵头 ✓

更多数据尽在某某网（http://www.example.cn/list）
12
二、2024 年工作安排

主要预期目标是：地区生产总值增长 5.5%左右。

（一）坚定不移推动工业倍增升级
厚植产业集群优势。坚持把发展经济的着力点放在实体经济上。
更多数据尽在某某网（http://www.example.cn/list）
（下转3版）
"""


def test_broken_lines_are_rejoined_and_artifacts_dropped() -> None:
    text = clean_text(WRAPPED)
    paragraphs = text.split("\n")
    assert "规模以上工业增加值增长11.4%" in text  # line broken mid-word, spaces inside the number
    assert "增长8.8%" in text and "突破1万美元" in text
    assert "http" not in text and "更多数据" not in text
    assert "<u>" not in text and "✓" not in text and "下转" not in text
    assert "12" not in paragraphs  # a page number alone on its line
    assert "（一）坚定不移推动工业倍增升级" in paragraphs  # a heading without a full stop stays on its own
    assert "2024年1月20日" in text


def test_spaces_inside_latin_text_survive() -> None:
    assert fix_spaces("EOD模式 (Ecology-Oriented Development) 是 一种 模式") == "EOD模式(Ecology-Oriented Development)是一种模式"
    assert fix_spaces("增长 8 .8 % ，达 1 万") == "增长8.8%，达1万"


def test_footnote_numbers_after_glossary_terms_are_removed_but_figures_kept() -> None:
    raw = "积极发展“四首”17经济，引进首店100家。\n附件\n名词注释\n17.四首：指区域首店、行业首牌。\n"
    text = clean_text(raw)
    assert "“四首”经济" in text
    assert "首店100家" in text
    assert "17.四首：" in text


def test_meta_from_text_never_from_file_name() -> None:
    meta = read_meta(clean_text(WRAPPED))
    assert meta.kind == "report"
    assert meta.region == "示范省"
    assert meta.year == 2024
    assert meta.delivered == dt.date(2024, 1, 20)
    assert meta.title == "示范省2024年政府工作报告"  # the generic title is made specific


def test_meta_of_clipped_city_report_is_inferred_and_missing_is_listed() -> None:
    text = "\n".join(
        ["科技型中小企业净增564家，我市数字经济增加值突破1700亿元。"]
        + ["赣州跃居全国数字经济城市百强，赣州经开区获评示范园区，全市新增就业。"] * 3
        + ["二、2023年工作安排", "主要预期目标是：GDP增长7.5%左右。全省经济平稳。"]
    )
    meta = read_meta(text)
    assert meta.region == "赣州市"
    assert meta.year == 2023
    assert meta.title == "赣州市2023年政府工作报告"
    assert set(meta.missing) == {"delivered", "title"}


def test_meta_says_what_it_could_not_read() -> None:
    meta = read_meta("一些没有标题也没有日期的文字，讲的是一般情况。\n其他内容。")
    assert meta.region is None and meta.year is None
    assert {"region", "year", "delivered", "title"} <= set(meta.missing)


def test_chunks_follow_sections_and_carry_headers() -> None:
    text = clean_text(WRAPPED + "\n附件\n有关内容名词注释\n1.倍增升级：指工业总量五年翻一番。\n2.集群：指产业集群。\n")
    chunks = chunk_document(text, title="示范省2024年政府工作报告", doc_key="k", year=2024, max_chars=60)
    sections = [c.section for c in chunks]
    assert "一、2023年工作回顾" in sections
    assert "二、2024年工作安排 › （一）坚定不移推动工业倍增升级" in sections
    review = [c for c in chunks if c.section == "一、2023年工作回顾"]
    assert all(c.span_year == 2023 for c in review)
    targets = [c for c in chunks if c.section == "二、2024年工作安排"]
    assert targets and all(c.text.endswith("。") for c in targets)  # cut at sentence ends
    glossary = [c for c in chunks if c.section.startswith(GLOSSARY)]
    assert [c.section for c in glossary] == [f"{GLOSSARY} › 倍增升级", f"{GLOSSARY} › 集群"]
    assert glossary[0].header == f"示范省2024年政府工作报告｜{GLOSSARY} › 倍增升级"
    assert chunks[0].indexed_text.startswith("示范省2024年政府工作报告")
    assert len({c.id for c in chunks}) == len(chunks)
    # Same content → same ids (upserts replace, not duplicate).
    again = chunk_document(text, title="示范省2024年政府工作报告", doc_key="k", year=2024, max_chars=60)
    assert [c.id for c in again] == [c.id for c in chunks]


def test_long_sentences_are_split_at_commas_not_mid_number() -> None:
    sentence = "，".join(f"项目{i}投资增长{i}.5%" for i in range(40)) + "。"
    chunks = chunk_document(sentence, title="T", doc_key="k", year=None, max_chars=80)
    assert len(chunks) > 3
    assert all(len(c.text) <= 80 for c in chunks)
    assert "".join(c.text for c in chunks) == sentence


def test_split_sentences_keeps_closing_quotes() -> None:
    assert split_sentences("他说：“好。”然后走了！还有吗？最后") == ["他说：“好。”", "然后走了！", "还有吗？", "最后"]


def test_meta_with_abbreviated_congress_and_county_title() -> None:
    city = read_meta("政府工作报告\n——2024年1月18日在市十六届人大四次会议上\n一、2023年工作回顾\n我市经济平稳，南昌发展，南昌建设，南昌创新。")
    assert (city.region, city.year, city.delivered) == ("南昌市", 2024, dt.date(2024, 1, 18))
    county = read_meta("示例县人民政府工作报告\n（2025年1月9日在示例县第十八届人民代表大会第五次会议上）\n二、2025年工作安排\n")
    assert (county.region, county.year) == ("示例县", 2025)


def test_plan_meta() -> None:
    text = "关于印发2021年省《政府工作报告》重点工作责任分工方案的通知\n各设区市人民政府：\n2021年省《政府工作报告》重点工作责任分工方案\n具体工作任务和要求 牵头单位 责任单位\n2021年2月10日印发"
    meta = read_meta(text)
    assert meta.kind == "plan" and meta.year == 2021 and meta.delivered == dt.date(2021, 2, 10)


def test_full_width_figures_become_ascii_but_chinese_punctuation_stays() -> None:
    assert clean_text("地区生产总值增长７．１％，ＧＤＰ突破１万亿元：好。") == "地区生产总值增长7.1%，GDP突破1万亿元：好。"


def test_review_heading_without_a_year_speaks_of_the_year_before() -> None:
    text = "一、过去一年的工作\n地区生产总值增长5.1%。\n二、今年的主要目标\n地区生产总值增长5%左右。\n"
    chunks = chunk_document(text, title="云泽市2024年政府工作报告", doc_key="k", year=2024)
    spans = {c.section.split(" › ")[0]: c.span_year for c in chunks}
    assert spans == {"一、过去一年的工作": 2023, "二、今年的主要目标": 2024}


def test_a_doc_number_repeated_atop_every_page_keeps_its_cover_print() -> None:
    """Some offices print the 文号 as every page's running head; dropped as page furniture, the
    plan had no 文号 ("分解方案文号多少" → 没有读到文号, round 36c)."""
    pages = ["枫泽市人民政府办公室文件", "枫府办发〔2025〕4号", "关于印发重点工作任务分解方案的通知",
             "各县（市、区）人民政府：现将方案印发给你们，请认真贯彻执行。", "— 1 —"]
    for n in range(2, 6):
        pages += ["枫府办发〔2025〕4号", f"{n}. 推进第{n}项工作。责任单位：市发展改革委", f"— {n} —"]
    text = clean_text("\n".join(pages))
    assert text.count("枫府办发〔2025〕4号") == 1
    assert read_meta(text, kind="plan").number == "枫府办发〔2025〕4号"


def test_an_issuing_line_under_a_spreadsheets_table_gives_the_doc_number(tmp_path) -> None:
    """A ledger printed from a spreadsheet may put its issuing line in the rows under the table
    (round 38d: "（枫府办字〔2025〕6号附件） …2025年2月14日印发"); the 文号 was read only above it."""
    from openpyxl import Workbook

    from retrieval.loaders import load_file

    book = Workbook()
    sheet = book.active
    sheet.append(["附件"])
    sheet.append(["枫湾区2025年《政府工作报告》重点工作任务分解表"])
    sheet.append(["序号", "重点工作任务", "责任单位", "完成时限"])
    for n in range(1, 40):
        sheet.append([n, f"推进第{n}项重点工作，完成年度任务。", "区发展改革局\n区财政局", "2025年12月底"])
    sheet.append(["（枫府办字〔2025〕6号附件）", "澜州市枫湾区人民政府办公室", "2025年2月14日印发"])
    path = tmp_path / "分解表.xlsx"
    book.save(path)
    assert read_meta(clean_text(load_file(path).text), kind="plan").number == "枫府办字〔2025〕6号"


def test_a_figure_cut_at_its_decimal_point_is_one_figure() -> None:
    """A text cut every N characters splits "8.7%" as "8." / "7%" (round 51d): one figure again."""
    text = ("全年一般公共预算收入17.36亿元，增长5.1%；规模以上工业增加值增长 8.\n"
            "7%；固定资产投资增长 4.3%；社会消费品零售总额103.2亿元，增长6.0%。\n")
    cleaned = clean_text(text)
    assert "增长8.7%" in cleaned.replace(" ", ""), cleaned


def test_a_gazettes_running_head_with_its_issue_number_is_layout() -> None:
    """A county report printed in its government's 公报: the head carries the issue or page
    number, so it differs from page to page; a sentence cut by the page break is one again."""
    raw = "\n".join(["城镇新增就业3.6万人，新建幼儿园15所，新增义务", "", "— 3 —", "", "云垣县人民政府公报 2025年第2期",
                     "", "教育学位8000个。"])
    assert clean_text(raw) == "城镇新增就业3.6万人，新建幼儿园15所，新增义务教育学位8000个。"
