"""Re-joining a report that PDF extraction cut into lines: every sentence whole again, every
real paragraph break kept.

The texts here are written for these tests (an invented 柳塘县); each is cut the way an
extraction cuts: every N characters whatever falls there (inside a word or a number, before
a "，"), or at a page width where a digit takes half a character's room; with a blank line
after every cut line or none.
"""
from __future__ import annotations

from retrieval.chunk import split_sentences
from retrieval.clean import clean_text, display_width, join_broken_lines

PARAGRAPHS = [
    "柳塘县2025年政府工作报告",
    "柳塘县人民政府县长  范知秋",
    "各位代表：",
    "过去一年的主要工作",
    "2024年，全县上下迎难而上，经济社会发展稳中有进。全县地区生产总值完成 386.2 亿元，增长 5.8%，"
    "一般公共预算收入 21.7 亿元，增长 4.6%，城乡居民人均可支配收入分别增长 4.1%、6.9%。",
    "（一）产业项目加快落地。规模以上工业增加值增长 8.3%，新增规上工业企业 31 家，工业投资增长 "
    "12.4%，技改投资增长 18.9%，高新技术产业增加值占规上工业比重达到 41.6%。柳塘铜基新材料"
    "产业园二期建成投产，新引进亿元以上项目 23 个，完成投资 67.5 亿元。",
    "（二）城乡面貌持续改善。改造城镇老旧小区 46 个，惠及居民 8600 户。柳塘大桥主体完工，"
    "县城东环线建成通车，新改建农村公路 186.4 公里，农村自来水普及率达到 96.2%。",
    "（三）消费市场回暖。全年接待游客 1268.4 万人次、增长 12.3%，旅游收入 98.6 亿元、增长 15.7%，"
    "社零总额 152.3 亿元、增长 6.1%，网零 27.45 亿元、增长 18.06%，快递业务量 3012.6 万件、增长 21.35%，"
    "县城夜间经济集聚区建成开放。",
    "2025年总体要求和主要任务",
    "今年全县经济社会发展的主要预期目标是：地区生产总值增长 6%左右，新增规上工业企业 30 家以上。"
    "重点抓好以下工作：",
    "（一）全力抓好项目建设。确保柳塘大桥上半年建成通车，开工建设县第二人民医院。",
    "全面加强政府自身建设",
    "我们将坚持依法行政，自觉接受人大监督，努力建设人民满意的政府。",
]
SOURCE = "\n".join(PARAGRAPHS)


def cut_every(n: int, paragraphs: list[str], *, blank: bool = True) -> str:
    """Cut every paragraph longer than n characters every n characters."""
    lines: list[str] = []
    for para in paragraphs:
        pieces = [para[i:i + n] for i in range(0, len(para), n)] or [para]
        for piece in pieces:
            lines += [piece, ""] if blank else [piece]
        if not blank:
            lines.append("")
    return "\n".join(lines)


def cut_at_width(width: int, paragraphs: list[str]) -> str:
    """Cut at a page width, a CJK character two units and a digit or space one."""
    lines: list[str] = []
    for para in paragraphs:
        line = ""
        for ch in para:
            if display_width(line + ch) > width:
                lines += [line, ""]
                line = ""
            line += ch
        lines += [line, ""]
    return "\n".join(lines)


def sentences(text: str) -> list[str]:
    """The sentences as the commitment check and the chunks read them: per paragraph, so a
    paragraph ended inside a sentence leaves two pieces."""
    return [s for para in text.split("\n") for s in split_sentences("".join(para.split()))]


def test_a_text_cut_every_42_characters_has_its_sentences_whole_again():
    cut = cut_every(42, PARAGRAPHS)
    # The cut falls inside numbers and words, and one line full of figures is far narrower
    # than a line of characters: by width alone it would pass for a paragraph's last line.
    lines = [l for l in cut.split("\n") if l]
    column = sorted(display_width(l) for l in lines)[int(len(lines) * 0.9)]
    narrow = [l for l in lines if len(l) == 42 and display_width(l.strip()) < 0.8 * column and l[-1] not in "。；"]
    assert narrow, "the fixture must hold a full line of figures"
    assert sentences(clean_text(cut)) == sentences(clean_text(SOURCE))


def test_each_paragraph_stays_a_paragraph():
    cleaned = clean_text(cut_every(42, PARAGRAPHS)).split("\n")
    assert cleaned[:4] == ["柳塘县2025年政府工作报告", "柳塘县人民政府县长范知秋", "各位代表：", "过去一年的主要工作"]
    assert "2025年总体要求和主要任务" in cleaned and "全面加强政府自身建设" in cleaned
    starts = [p[:6] for p in cleaned]
    for para in PARAGRAPHS[4:]:
        assert "".join(para.split())[:6] in starts, para[:12]


def test_cut_lines_without_blank_lines_between_them_too():
    assert sentences(clean_text(cut_every(42, PARAGRAPHS, blank=False))) == sentences(clean_text(SOURCE))


def test_other_cut_widths_and_a_typeset_page():
    for n in (30, 36, 48):
        assert sentences(clean_text(cut_every(n, PARAGRAPHS))) == sentences(clean_text(SOURCE)), n
    for width in (72, 84):
        assert sentences(clean_text(cut_at_width(width, PARAGRAPHS))) == sentences(clean_text(SOURCE)), width


def test_some_paragraphs_left_uncut_do_not_move_the_column():
    # "Most paragraphs are cut": the ones left whole are single long lines ending a
    # sentence, and the cut lines alone say where the column ends.
    long = [p for p in PARAGRAPHS if len(p) > 42]
    lines: list[str] = []
    for para in PARAGRAPHS:
        lines.append(para if para in long[::2] else cut_every(42, [para]))
    text = "\n".join(lines)
    assert sentences(clean_text(text)) == sentences(clean_text(SOURCE))


def test_a_figure_in_a_cut_sentence_keeps_its_whole_sentence():
    cleaned = clean_text(cut_every(42, PARAGRAPHS))
    line = next(p for p in cleaned.split("\n") if "柳塘铜基新材料产业园二期建成投产" in p)
    assert "柳塘铜基新材料产业园二期建成投产，新引进亿元以上项目23个，完成投资67.5亿元。" in line
    assert "高新技术产业增加值占规上工业比重达到41.6%。" in line


def test_a_line_opening_with_a_comma_continues_the_sentence_before_it():
    lines = ["（二）城乡面貌持续改善。改造城镇老旧小区 46 个，惠及居民 8600 户。柳塘大桥主体完工",
             "", "，县城东环线建成通车。", "", "各位代表：", "", "过去一年的主要工作"]
    assert join_broken_lines([l.strip() for l in lines])[0].endswith("柳塘大桥主体完工，县城东环线建成通车。")


def test_page_marks_and_stray_spaces_at_line_starts_leave_no_trace():
    cut = cut_every(42, PARAGRAPHS).split("\n")
    cut = [(" " + l if i % 7 == 3 and l else l) for i, l in enumerate(cut)]
    second = next(i for i, l in enumerate(cut) if l.startswith("（二）"))
    cut[second:second] = ["— 2 —", ""]  # the page mark between two points
    mid = second + 6
    cut[mid:mid] = ["— 3 —", ""]  # and one inside a point's paragraph
    cleaned = clean_text("\n".join(cut))
    assert "— 2 —" not in cleaned and "2—" not in cleaned
    assert sentences(cleaned) == sentences(clean_text(SOURCE))


def test_a_full_stop_cut_onto_its_own_line_is_kept_however_often():
    # A cut that leaves "。" alone on a line happens several times in a long report; a line
    # repeated three times is otherwise taken for a running head and dropped.
    paragraphs = [f"第{n}段的内容说明柳塘县在这一方面做了大量工作取得了积极成效再接再厉" + "。" for n in range(1, 5)]
    lines: list[str] = []
    for para in paragraphs:
        lines += [para[:-1], "", "。", ""]
    cleaned = clean_text("柳塘县2025年政府工作报告\n\n" + "\n".join(lines)).split("\n")
    assert cleaned[1:] == paragraphs


def test_a_colon_before_a_numbered_point_ends_the_paragraph():
    # "重点抓好以下工作：" closes the lead-in; "（一）…" opens the first point, even when
    # the lead-in's line is as long as any other.
    text = "\n".join(PARAGRAPHS[:3] + [p for p in PARAGRAPHS if p.startswith(("2025年", "今年", "（一）全力"))])
    cleaned = clean_text(text).split("\n")
    assert any(p.endswith("重点抓好以下工作：") for p in cleaned)
    assert any(p.startswith("（一）全力抓好项目建设。") for p in cleaned)


def test_one_paragraph_a_line_is_read_as_before():
    assert clean_text(SOURCE).split("\n")[4].startswith("2024年，全县上下迎难而上")
    assert len(clean_text(SOURCE).split("\n")) == len(PARAGRAPHS)


def test_a_targets_table_read_as_long_sentences_does_not_move_the_column():
    # A PDF whose annex table is read into one sentence a row (retrieval/report_tables.py) and
    # whose footnotes are set wider than the body: those long lines once moved the column's edge
    # so far that every body line ended a paragraph ("社会消费品零" | "售总额13060亿元").
    # three sections told apart by a mark (a line printed thrice would be a running head)
    body = [p[:-1] + k + p[-1] for k in "甲乙丙" for p in PARAGRAPHS[4:]]
    rows = [f"2025年，指标{i}完成{5 + i}.{i}，2026年目标为{6 + i}左右，属性为预期性，单位为百分比，由统计部门按可比价格核算并在年度公报中发布。"
            for i in range(12)]
    notes = ["①“亩均效益”评价：指以单位用地面积的税收、增加值、研发投入以及单位能耗、单位排放等为主要指标，对规",
             "上工业企业和工业园区进行年度综合评价，按A、B、C、D四类实行用地、用能、信贷等差别化政策。"]
    text = cut_at_width(72, body) + "\n" + "\n".join(notes * 3) + "\n\n" + "\n".join(rows)
    assert sum(display_width(l) > 90 for l in text.split("\n")) > 0.1 * len([l for l in text.split("\n") if l])
    whole = sentences(clean_text(text))
    for sentence in sentences(clean_text("\n".join(body))):
        assert sentence in whole, sentence[:20]
