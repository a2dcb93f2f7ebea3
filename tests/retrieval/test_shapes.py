"""Report shapes the sample corpus does not have, as a user sees them in `ducha ingest --json`
and `ducha search`: other levels of government (省/自治区/自治州/区/县) with place names no list
holds, other heading systems (第一部分, 1．, Word heading styles), GB18030 text with CRLF,
a two-column newspaper PDF with running page headers, a city report naming many other cities,
a report delivered in December for the next year, and bad or junk files in a folder.
Every document here is fictional; each is built in the test, BM25 only (fast)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from retrieval.chunk import chunk_document
from retrieval.clean import clean_text
from retrieval.ingest import ingest_paths
from retrieval.meta import read_meta
from retrieval.search import search

from tests.support.retrieval_pdf import make_pdf


PROVINCE = """政府工作报告
——2025年1月14日在云岭省第十四届人民代表大会第三次会议上
云岭省省长　石清远
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。
一、2024年工作回顾
过去一年，全省地区生产总值增长5.3%，规模以上工业增加值增长6.8%，粮食产量达到312亿斤。
（一）产业转型步伐加快。云岭高原特色农业产值突破三千亿元，新建数字化车间48个。
二、2025年主要目标任务
2025年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内，居民消费价格涨幅2%左右。
（一）做大做强高原特色农业。新建高标准农田120万亩，茶叶综合产值达到1500亿元。
（二）加快建设清洁能源基地。新增风电光伏装机800万千瓦，建成抽水蓄能电站2座。
"""

PARTS = """北原自治区2025年政府工作报告
——2025年1月20日在北原自治区第十三届人民代表大会第三次会议上
自治区主席　巴图孟和
第一部分　2024年工作回顾
一、经济运行总体平稳
全区地区生产总值增长5.8%，牧业年度牲畜存栏稳定在7000万头只。
二、民生保障持续加强
城镇新增就业21万人，新改建农村牧区公路4600公里。
第二部分　2025年工作安排
一、全力稳住经济大盘
（一）扩大有效投资
1．推进重大项目建设
全年实施亿元以上项目1200个，完成投资3000亿元以上。
2．加快城市更新
改造城镇老旧小区1500个，新建保障性租赁住房2万套。
（二）提振消费需求
开展草原文化旅游季活动，接待游客2.6亿人次。
二、建设现代化产业体系
推动风光氢储一体化发展，新能源装机规模突破1.3亿千瓦。
"""

PREFECTURE = """青川藏族自治州政府工作报告
——2025年2月18日在青川藏族自治州第十五届人民代表大会第四次会议上
州长　泽仁多吉
一、2024年工作回顾
全州地区生产总值达到312亿元，增长6.1%。牦牛存栏达到85万头。
二、2025年工作安排
（一）发展高原生态畜牧业。建设牦牛良种繁育基地3个，牦牛出栏25万头。
（二）推进全域旅游。打造雪山草地精品线路5条，旅游收入增长12%。
"""

DISTRICT = """南湖市云溪区2025年政府工作报告
——2025年1月9日在南湖市云溪区第八届人民代表大会第五次会议上
区长　陈晓峰
一、2024年工作回顾
全区一般公共预算收入完成36.2亿元，增长4.2%。
二、扎实做好2025年经济社会发展工作
（一）建设科创走廊。新增国家高新技术企业60家，建成孵化载体4个。
（二）提升城区品质。完成背街小巷改造42条，新增停车泊位3000个。
"""

# A clipped city report: no title, no date line; it names other (real) cities more often
# than its own, which only appears in its institutional names and the signature.
MANY_CITIES = """各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、过去一年的工作
我市与南昌、九江、赣州合作共建产业园，南昌至我市城际铁路开工，九江港至我市物流通道打通。
全市地区生产总值增长6.0%，赣州、南昌、九江客商在我市投资项目42个。
二、2025年工作安排
（一）深化区域合作。加强与南昌、九江、赣州在产业链上的协作，共建飞地园区2个。
（二）办好民生实事。新建公办幼儿园8所，云梦市中心医院新院区投入使用。
云梦市人民政府
"""

DECEMBER = """霞浦湾市政府工作报告
——2024年12月27日在霞浦湾市第七届人民代表大会第六次会议上
市长　林若海
一、今年工作回顾
今年以来，全市港口货物吞吐量突破2亿吨，外贸进出口增长9.2%。
二、明年工作安排
明年全市发展的主要预期目标是：地区生产总值增长6%左右。
（一）建设国际航运枢纽。新开外贸航线6条，集装箱吞吐量达到300万标准箱。
"""

GB_TEXT = (
    "\u3000\u3000松岭县2025年政府工作报告\r\n"
    "——2025年1月6日在松岭县第十九届人民代表大会第四次会议上\r\n"
    "\u3000\u3000一、2024年工作回顾\r\n"
    "\u3000\u3000全县粮食总产达到4.2亿斤，新建高标准农田3.5万亩。\r\n"
    "\u3000\u3000二、2025年工作安排\r\n"
    "\u3000\u3000（一）壮大林下经济。新发展林下种植面积2万亩，林下经济产值达到18亿元。\r\n"
    "\u3000\u3000（二）改善人居环境。完成农村改厕1800户，建成美丽乡村示范村12个。\r\n"
)


def _ingest(tmp_path: Path, monkeypatch, capsys, *paths: Path) -> tuple[int, dict[str, dict]]:
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DUCHA_EMBEDDING", "none")
    code = main(["ingest", *map(str, paths), "--json"])
    files = {f["file"]: f for f in json.loads(capsys.readouterr().out)["files"]}
    return code, files


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def lexical_ctx(make_ctx):
    return make_ctx(now="2025-03-01T09:00", DUCHA_EMBEDDING="none")


@pytest.mark.parametrize(
    "text, region, year, delivered, title",
    [
        (PROVINCE, "云岭省", 2025, "2025-01-14", "云岭省2025年政府工作报告"),
        (PARTS, "北原自治区", 2025, "2025-01-20", "北原自治区2025年政府工作报告"),
        (PREFECTURE, "青川藏族自治州", 2025, "2025-02-18", "青川藏族自治州政府工作报告"),
        (DISTRICT, "南湖市云溪区", 2025, "2025-01-09", "南湖市云溪区2025年政府工作报告"),
        (DECEMBER, "霞浦湾市", 2025, "2024-12-27", "霞浦湾市政府工作报告"),
    ],
)
def test_unknown_places_and_levels_read_from_the_text(text, region, year, delivered, title) -> None:
    meta = read_meta(clean_text(text))
    assert (meta.kind, meta.region, meta.year) == ("report", region, year)
    assert meta.delivered is not None and meta.delivered.isoformat() == delivered
    assert meta.title == title and meta.missing == []


def test_speaker_line_names_the_region_when_the_date_line_does_not() -> None:
    text = PROVINCE.replace("在云岭省第十四届人民代表大会", "在省第十四届人民代表大会")
    meta = read_meta(clean_text(text))
    assert meta.region == "云岭省" and meta.title == "云岭省2025年政府工作报告"


def test_author_city_wins_over_the_cities_it_mentions() -> None:
    meta = read_meta(clean_text(MANY_CITIES))
    assert meta.region == "云梦市"  # not 南昌市, named more often
    assert meta.year == 2025 and "delivered" in meta.missing and meta.title_made


def test_review_heading_is_not_the_plan_year() -> None:
    text = "云台市政府工作报告\n——2025年1月10日在云台市第五届人民代表大会第四次会议上\n一、2024年工作总结\n全市地区生产总值增长5%。\n二、主要任务\n（一）抓项目。新开工项目100个。\n"
    assert read_meta(clean_text(text)).year == 2025


def test_part_and_numbered_levels_make_the_section_path() -> None:
    text = clean_text(PARTS)
    meta = read_meta(text)
    chunks = chunk_document(text, title=meta.title, doc_key="k", year=meta.year)
    project = next(c for c in chunks if "亿元以上项目1200个" in c.text)
    assert project.section == "第二部分2025年工作安排 › 一、全力稳住经济大盘 › （一）扩大有效投资"
    assert project.span_year == 2025 and "1．推进重大项目建设" in project.text
    review = next(c for c in chunks if "牲畜存栏" in c.text)
    assert review.section == "第一部分2024年工作回顾 › 一、经济运行总体平稳" and review.span_year == 2024
    later = next(c for c in chunks if "风光氢储" in c.text)
    assert later.section == "第二部分2025年工作安排 › 二、建设现代化产业体系" and later.span_year == 2025
    assert all(c.text for c in chunks)


def test_plan_section_named_by_task_not_by_year_heading() -> None:
    text = clean_text(DISTRICT)
    meta = read_meta(text)
    chunks = chunk_document(text, title=meta.title, doc_key="k", year=meta.year)
    parking = next(c for c in chunks if "停车泊位3000个" in c.text)
    assert parking.section == "二、扎实做好2025年经济社会发展工作 › （二）提升城区品质" and parking.span_year == 2025


def test_december_report_plans_next_year_and_reviews_this_one() -> None:
    text = clean_text(DECEMBER)
    meta = read_meta(text)
    chunks = chunk_document(text, title=meta.title, doc_key="k", year=meta.year)
    review = next(c for c in chunks if "吞吐量突破2亿吨" in c.text)
    plan = next(c for c in chunks if "外贸航线6条" in c.text)
    assert review.span_year == 2024 and plan.span_year == 2025


def _docx(paragraphs: list[tuple[str | None, list[str]]]) -> bytes:
    import docx

    document = docx.Document()
    for style, runs in paragraphs:
        p = document.add_paragraph(style=style)
        for run in runs:
            p.add_run(run)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_heading_styles_and_split_runs(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "styles.docx").write_bytes(
        _docx(
            [
                ("Title", ["翠屏市2025年", "政府工作报告"]),
                (None, ["——2025年1月", "12日在翠屏市第六届人民代表大会第四次会议上"]),
                ("Heading 1", ["2024年工作回顾"]),
                (None, ["全市地区生产总值增长", "5", ".", "6", "%", "，新增市场主体1.2万户。"]),
                ("Heading 1", ["2025年工作安排"]),
                ("Heading 2", ["建设", "山水宜居城市"]),
                (None, ["新建口袋公园", "30", "个，改造老旧小区", "85", "个。"]),
                ("Heading 2", ["发展文旅产业"]),
                (None, ["打造翠屏山景区", "，", "游客人次增长15%。"]),
            ]
        )
    )
    code, files = _ingest(tmp_path, monkeypatch, capsys, folder)
    assert code == 0
    f = files["styles.docx"]
    assert (f["status"], f["kind"], f["region"], f["year"], f["title"]) == ("ingested", "report", "翠屏市", 2025, "翠屏市2025年政府工作报告")
    assert f["missing"] == []
    assert main(["search", "老旧小区改造", "--json", "--k", "1"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["section"] == "二、2025年工作安排 › （一）建设山水宜居城市"
    assert "改造老旧小区85个" in hit["text"]
    assert main(["search", "地区生产总值增长", "--json", "--k", "1", "--year", "2024"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert "增长5.6%" in hit["text"] and hit["section"] == "一、2024年工作回顾"


def test_gb18030_crlf_full_width_spaces(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "in" / "松岭 县 报告.txt"  # spaces in the name
    path.parent.mkdir()
    path.write_bytes(GB_TEXT.encode("gb18030"))
    code, files = _ingest(tmp_path, monkeypatch, capsys, path)
    f = files["松岭 县 报告.txt"]
    assert code == 0 and (f["status"], f["region"], f["year"], f["title"]) == ("ingested", "松岭县", 2025, "松岭县2025年政府工作报告")
    assert main(["search", "农村改厕", "--json", "--k", "1"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["section"] == "二、2025年工作安排 › （二）改善人居环境"
    assert "\u3000" not in hit["text"] and "\r" not in hit["text"]


NEWSPAPER_LEFT = [
    "嘉禾市政府工作报告",
    "——2024年1月16日在嘉禾市",
    "第九届人民代表大会第三次",
    "会议上",
    "市长　周立群",
    "一、2023年工作回顾",
    "过去一年，全市地区生产总",
    "值增长5.9%，规模以上工业",
    "增加值增长8.1%，城镇新增就",
    "业4.6万人。",
    "二、2024年工作安排",
    "（一）加快建设先进制造业",
    "基地。实施技改项目300个，",
    "新增规上工业企业150家，电",
    "子信息产业营收突破千亿元。",
]
NEWSPAPER_RIGHT = [
    "（二）全面推进乡村振兴。",
    "新建高标准农田8万亩，农村",
    "居民人均可支配收入增长7%",
    "以上，建设和美乡村示范村",
    "50个，培育农业龙头企业20",
    "家，发展乡村民宿300家，带",
    "动农户增收致富。",
    "（三）办好民生实事。新建",
    "中小学校12所，新增学位1.8",
    "万个，改造提升农贸市场20",
    "个，建成城市书房30家，让",
    "群众生活更加舒心。",
]


def test_two_column_newspaper_pdf_drops_page_headers(tmp_path: Path, monkeypatch, capsys) -> None:
    pages = []
    for n, (left, right) in enumerate([(NEWSPAPER_LEFT[:8], NEWSPAPER_LEFT[8:]), (NEWSPAPER_RIGHT[:6], NEWSPAPER_RIGHT[6:])], start=3):
        pages.append([f"2024年1月20日 星期六 {n}版", "嘉禾日报", *left, *right, f"第{n}版"])
    path = tmp_path / "in" / "嘉禾日报.pdf"
    path.parent.mkdir()
    path.write_bytes(make_pdf(pages))
    code, files = _ingest(tmp_path, monkeypatch, capsys, path)
    f = files["嘉禾日报.pdf"]
    assert code == 0 and (f["region"], f["year"], f["title"]) == ("嘉禾市", 2024, "嘉禾市政府工作报告"), f
    assert f["missing"] == []
    ctx_text = clean_text("\n".join(line for page in pages for line in page))
    assert "星期六" not in ctx_text and "嘉禾日报" not in ctx_text and "第4版" not in ctx_text
    assert "城镇新增就业4.6万人。" in ctx_text and "新增学位1.8万个" in ctx_text
    assert main(["search", "高标准农田", "--json", "--k", "1"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["section"] == "二、2024年工作安排 › （二）全面推进乡村振兴" and "星期" not in hit["text"]


def test_bad_and_junk_files_in_nested_folders(tmp_path: Path, monkeypatch, capsys) -> None:
    root = tmp_path / "in"
    _write(root / "省级" / "2025", "云岭 省 报告.txt", PROVINCE)
    _write(root / "市级", "区报告.txt", DISTRICT)
    (root / "市级" / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "市级" / "empty.docx").write_bytes(b"")
    (root / "市级" / "blank.docx").write_bytes(_docx([]))
    (root / "市级" / "zero.pdf").write_bytes(b"")
    # Junk an office PC leaves beside documents: skipped silently, never reported.
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(100))
    (root / "市级" / "~$区报告.docx").write_bytes(b"\x0bAdministrator" + bytes(150))
    (root / "市级" / "Thumbs.db").write_bytes(bytes(64))
    _write(root / ".git", "HEAD", "ref: refs/heads/main")
    code, files = _ingest(tmp_path, monkeypatch, capsys, root)
    assert code == 2
    assert set(files) == {"云岭 省 报告.txt", "区报告.txt", "binary.txt", "empty.docx", "blank.docx", "zero.pdf"}
    assert files["云岭 省 报告.txt"]["region"] == "云岭省" and files["区报告.txt"]["region"] == "南湖市云溪区"
    for name in ("binary.txt", "empty.docx", "blank.docx", "zero.pdf"):
        assert files[name]["status"] == "error" and files[name]["error"] and "\n" not in files[name]["error"]
    assert "为空" in files["zero.pdf"]["error"] and "为空" in files["blank.docx"]["error"]
    # An explicitly named lock file is not junk to the user who named it: it is reported.
    code, files = _ingest(tmp_path, monkeypatch, capsys, root / "市级" / "~$区报告.docx")
    assert code == 2 and files["~$区报告.docx"]["status"] == "error"


def test_searches_find_the_right_section_across_new_shapes(tmp_path: Path, lexical_ctx) -> None:
    folder = tmp_path / "docs"
    for name, text in (("p.txt", PROVINCE), ("a.txt", PARTS), ("z.txt", PREFECTURE), ("d.txt", DISTRICT), ("m.txt", MANY_CITIES), ("x.txt", DECEMBER)):
        _write(folder, name, text)
    results = ingest_paths(lexical_ctx, [folder])
    assert all(r.status == "ingested" for r in results), [r.error for r in results]
    hit = search(lexical_ctx, "云岭省2025年新增风电光伏装机目标", k=1)[0]
    assert hit.region == "云岭省" and hit.section == "二、2025年主要目标任务 › （二）加快建设清洁能源基地"
    hit = search(lexical_ctx, "老旧小区改造", region="北原自治区", k=1)[0]
    assert hit.section.endswith("（一）扩大有效投资") and "1500个" in hit.text
    hit = search(lexical_ctx, "牦牛出栏", k=1)[0]
    assert hit.region == "青川藏族自治州" and hit.year == 2025
    hit = search(lexical_ctx, "飞地园区", k=1)[0]
    assert hit.region == "云梦市"
    assert search(lexical_ctx, "集装箱吞吐量", region="霞浦湾市", year=2025, k=1)[0].section == "二、明年工作安排 › （一）建设国际航运枢纽"


def test_listed_partner_cities_are_not_a_guess_for_the_author() -> None:
    """Without the signature nothing names the author: say so, never guess 南昌."""
    meta = read_meta(clean_text(MANY_CITIES.replace("云梦市人民政府\n", "")))
    assert meta.region is None and "region" in meta.missing
    assert meta.title == "2025年政府工作报告" and meta.title_made


def test_chinese_numeral_date_acting_mayor_and_a_town() -> None:
    text = "政府工作报告\n——二〇二五年一月二十一日在桃源镇第十九届人民代表大会第五次会议上\n桃源镇代镇长 何立\n一、2024年工作回顾\n全镇完成农业总产值5亿元。\n二、2025年工作安排\n（一）建设茶旅小镇。新增茶园2000亩。\n"
    meta = read_meta(clean_text(text))
    assert (meta.region, meta.year, str(meta.delivered)) == ("桃源镇", 2025, "2025-01-21")
    assert meta.title == "桃源镇2025年政府工作报告"
    speaker = read_meta(clean_text("政府工作报告\n——2025年1月3日在市第七届人民代表大会第四次会议上\n石门市代市长 许诺\n一、工作回顾\n"))
    assert speaker.region == "石门市"
    town = read_meta(clean_text("政府工作报告\n——2025年1月3日在镇第十九届人民代表大会第五次会议上\n桃源镇镇长 何立\n一、工作回顾\n"))
    assert town.region == "桃源镇"


def test_review_of_last_years_targets_does_not_set_the_plan_year() -> None:
    text = (
        "石门市政府工作报告\n——2025年1月8日在石门市第七届人民代表大会第四次会议上\n"
        "一、过去一年工作回顾\n圆满完成2024年主要目标任务，2024年重点工作全部落地，2024年工作安排的事项已办结。\n"
        "二、今年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
    )
    assert read_meta(clean_text(text)).year == 2025


def test_report_mentioning_a_responsibility_table_stays_a_report(tmp_path: Path, monkeypatch, capsys) -> None:
    text = DISTRICT.replace(
        "（一）建设科创走廊。", "（一）建设科创走廊。制定重点工作责任分工方案，逐项明确牵头单位和责任单位。"
    )
    code, files = _ingest(tmp_path, monkeypatch, capsys, _write(tmp_path / "in", "区.txt", text))
    f = files["区.txt"]
    assert code == 0 and (f["kind"], f["region"], f["title"]) == ("report", "南湖市云溪区", "南湖市云溪区2025年政府工作报告")
    assert f["chunks"] > 0 and f["tasks"] == 0


def test_pdf_title_repeated_as_running_head_stays_the_title(tmp_path: Path, monkeypatch, capsys) -> None:
    body = clean_text(PROVINCE).split("\n")[1:]
    head = "云岭省2025年政府工作报告"
    pages = [[head, *body[i : i + 4], f"— {n} —"] for n, i in enumerate(range(0, len(body), 4), start=1)]
    assert len(pages) >= 3
    path = tmp_path / "in" / "report.pdf"
    path.parent.mkdir()
    path.write_bytes(make_pdf(pages))
    code, files = _ingest(tmp_path, monkeypatch, capsys, path)
    f = files["report.pdf"]
    assert code == 0 and (f["region"], f["year"], f["title"], f["missing"]) == ("云岭省", 2025, head, [])
    assert main(["search", "抽水蓄能电站", "--json", "--k", "1"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert head not in hit["text"] and "— " not in hit["text"]
    assert hit["section"] == "二、2025年主要目标任务 › （二）加快建设清洁能源基地"


def test_plan_year_from_a_section_heading_when_title_and_date_are_missing() -> None:
    text = DISTRICT.replace("南湖市云溪区2025年政府工作报告\n", "南湖市云溪区政府工作报告\n").replace(
        "——2025年1月9日在南湖市云溪区第八届人民代表大会第五次会议上\n", ""
    )
    meta = read_meta(clean_text(text))
    assert (meta.region, meta.year, meta.missing) == ("南湖市云溪区", 2025, ["delivered"])


def test_docx_title_in_heading_1_and_sections_in_heading_2(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "in" / "h2.docx"
    path.parent.mkdir()
    path.write_bytes(
        _docx(
            [
                ("Heading 1", ["梅岭县政府工作报告"]),
                (None, ["——2025年1月7日在梅岭县第十八届人民代表大会第五次会议上"]),
                ("Heading 2", ["过去一年的工作"]),
                (None, ["全县新增就业3100人，农村公路新改建62公里。"]),
                ("Heading 2", ["今年的主要任务"]),
                ("Heading 3", ["推动茶产业提质"]),
                (None, ["新建生态茶园1.5万亩，茶叶综合产值突破40亿元。"]),
                ("Heading 3", ["（二）办好民生实事"]),  # numbered in its text already
                (None, ["新改建农村公路60公里，新增托位400个。"]),
            ]
        )
    )
    code, files = _ingest(tmp_path, monkeypatch, capsys, path)
    f = files["h2.docx"]
    assert code == 0 and (f["region"], f["year"], f["title"]) == ("梅岭县", 2025, "梅岭县政府工作报告")
    assert main(["search", "新增托位", "--json", "--k", "1"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["section"] == "二、今年的主要任务 › （二）办好民生实事"
    assert main(["search", "茶叶综合产值", "--json", "--k", "1"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["section"] == "二、今年的主要任务 › （一）推动茶产业提质"
    assert main(["search", "农村公路新改建", "--json", "--year", "2024"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["section"] == "一、过去一年的工作" and "62公里" in hit["text"]


def test_clipped_county_report_is_not_given_its_parent_city() -> None:
    text = (
        "各位代表：\n一、过去一年的工作\n全县地区生产总值增长6.1%，增速位居全市第二，赣州市下达的目标全面完成。\n"
        "全县新增规上企业21家，赣州至我县高速建成通车，融入赣州都市区。\n二、2025年工作安排\n（一）全县新建标准厂房20万平方米。\n"
    )
    meta = read_meta(clean_text(text))
    assert meta.region is None and "region" in meta.missing  # not 赣州市


def test_kangxi_radicals_and_zero_width_characters_from_pdf_and_web_copies() -> None:
    raw = "⼀、2024年⼯作回顾\n全市地区⽣产总值增长\u200b5.3%，新增就\u00ad业1.2万⼈。\n"
    text = clean_text(raw)
    assert text == "一、2024年工作回顾\n全市地区生产总值增长5.3%，新增就业1.2万人。"
    assert clean_text("全市“两区三园”建设，增长，。") == "全市“两区三园”建设，增长，。"  # punctuation stays full width


def test_level_one_numbered_with_a_point() -> None:
    text = clean_text(DISTRICT.replace("一、2024年", "一．2024年").replace("二、扎实做好", "二．扎实做好"))
    meta = read_meta(text)
    chunks = chunk_document(text, title=meta.title, doc_key="k", year=meta.year)
    parking = next(c for c in chunks if "停车泊位3000个" in c.text)
    assert parking.section == "二．扎实做好2025年经济社会发展工作 › （二）提升城区品质" and parking.span_year == 2025
    review = next(c for c in chunks if "36.2亿元" in c.text)
    assert review.section == "一．2024年工作回顾" and review.span_year == 2024


def test_date_line_on_the_title_line() -> None:
    text = "云岭省政府工作报告（2025年1月14日在云岭省第十四届人民代表大会第三次会议上）\n各位代表：\n一、2024年工作回顾\n全省经济平稳。\n二、2025年工作安排\n（一）抓项目。\n"
    meta = read_meta(clean_text(text))
    assert (meta.title, meta.region, meta.year, str(meta.delivered)) == ("云岭省政府工作报告", "云岭省", 2025, "2025-01-14")


def test_ingest_json_summary_for_every_new_shape(tmp_path: Path, monkeypatch, capsys) -> None:
    folder = tmp_path / "in"
    docs = {
        "省.txt": (PROVINCE, "云岭省", 2025, "云岭省2025年政府工作报告", []),
        "自治区.txt": (PARTS, "北原自治区", 2025, "北原自治区2025年政府工作报告", []),
        "州.txt": (PREFECTURE, "青川藏族自治州", 2025, "青川藏族自治州政府工作报告", []),
        "区.txt": (DISTRICT, "南湖市云溪区", 2025, "南湖市云溪区2025年政府工作报告", []),
        "市.txt": (MANY_CITIES, "云梦市", 2025, "云梦市2025年政府工作报告", ["delivered", "title"]),
        "十二月.txt": (DECEMBER, "霞浦湾市", 2025, "霞浦湾市政府工作报告", []),
    }
    for name, (text, *_) in docs.items():
        _write(folder, name, text)
    code, files = _ingest(tmp_path, monkeypatch, capsys, folder)
    assert code == 0
    for name, (_, region, year, title, missing) in docs.items():
        f = files[name]
        assert (f["status"], f["kind"], f["region"], f["year"], f["title"], f["missing"]) == (
            "ingested", "report", region, year, title, missing
        ), name
        assert f["chunks"] > 0 and f["tasks"] == 0 and f["error"] is None
    _, again = _ingest(tmp_path, monkeypatch, capsys, folder)
    assert {f["status"] for f in again.values()} == {"unchanged"}


def _encrypted(pdf: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_with_permissions_password_reads_and_open_password_is_reported(tmp_path: Path, monkeypatch, capsys) -> None:
    pytest.importorskip("cryptography")
    pdf = make_pdf([clean_text(PREFECTURE).split("\n")])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "permissions.pdf").write_bytes(_encrypted(pdf, ""))
    (folder / "locked.pdf").write_bytes(_encrypted(pdf, "secret"))
    code, files = _ingest(tmp_path, monkeypatch, capsys, folder)
    assert code == 2
    assert files["permissions.pdf"]["status"] == "ingested" and files["permissions.pdf"]["region"] == "青川藏族自治州"
    assert files["locked.pdf"]["error"] == "PDF 设有打开密码：请去掉密码后再导入"


def test_a_line_ending_in_a_paper_name_inside_the_text_is_kept() -> None:
    text = clean_text("嘉禾市政府工作报告\n一、2025年工作安排\n（一）推进媒体融合。支持办好\n嘉禾日报\n等主流媒体，建设融媒体中心。\n")
    assert "嘉禾日报" in text and "等主流媒体" in text  # named once, mid-text: not a masthead


def test_web_page_chrome_copied_with_the_report_is_dropped(tmp_path: Path, monkeypatch, capsys) -> None:
    web = (
        "首页 > 政务公开 > 政府工作报告\n"
        "发布时间：2025-02-20 09:30　　信息来源：青川藏族自治州人民政府　　浏览次数：1024\n"
        "【字体：大 中 小】　【打印】　【关闭】\n"
        + PREFECTURE
        + "分享到：\n扫一扫在手机打开当前页\n"
    )
    text = clean_text(web)
    for junk in ("发布时间", "浏览次数", "字体", "打印", "分享到", "扫一扫"):
        assert junk not in text
    path = _write(tmp_path / "in", "网页.txt", web)
    code, files = _ingest(tmp_path, monkeypatch, capsys, path)
    f = files["网页.txt"]
    assert code == 0 and (f["region"], f["year"], f["title"]) == ("青川藏族自治州", 2025, "青川藏族自治州政府工作报告")


@pytest.mark.parametrize(
    "wanted, region, expected",
    [
        ("云溪区", "南湖市云溪区", True),  # a district named without its city
        ("青川", "青川藏族自治州", True),
        ("广西", "广西壮族自治区", True),
        ("赣州", "赣州市", True),
        ("江西", "南昌市", False),
        ("南湖", "南湖市云溪区", False),  # a city is not its district
    ],
)
def test_region_filter_matches_short_and_nested_names(wanted: str, region: str, expected: bool) -> None:
    from retrieval.search import region_matches

    assert region_matches(wanted, region) is expected
