"""Layout plans as offices really print them, beyond the generator's neat grid: rows parted by
blank lines with short cells centred on the row (a unit list starting on a line above the
number, or going on below the text), cells whose edge drifts a few columns over a gutter
because half- and full-width characters are mixed ("500P。", “ ”), and several leaders one a
line. Each plan is small and written here; a word truly across two columns is still refused.
"""
from __future__ import annotations

import unicodedata
from types import SimpleNamespace

import pytest

from retrieval.plans import PlanTableError, parse_plan

# column starts (in the plan's metric) and the header's labels, over them
COLUMNS = {"code": 2, "text": 8, "leaders": 32, "lead": 42, "co": 58, "due": 74}
HEADER = {"code": "序号", "text": "工作任务", "leaders": "责任领导", "lead": "牵头单位", "co": "配合单位", "due": "完成时限"}
HEADER_AT = {"code": 2, "text": 14, "leaders": 32, "lead": 42, "co": 58, "due": 74}


def _width(text: str, wide: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in wide else 1 for c in text)


def _pad(out: str, x: int, wide: str) -> str:
    return out + " " * max(0, x - _width(out, wide))


def _line(wide: str = "", **cells: str) -> str:
    """One printed line, each cell at its column's start; `wide`: the East Asian widths counted
    as two display columns ("" positions in characters, "WFA" a Chinese font's display width)."""
    out = ""
    for role, x in sorted(COLUMNS.items(), key=lambda kv: kv[1]):
        if cells.get(role):
            out = _pad(out, x * (2 if wide else 1) if role != "code" else x, wide) + cells[role]
    return out


def _plan(*lines: str, wide: str = "", title: str = "青川市2025年重点工作责任分工方案") -> SimpleNamespace:
    header = ""
    for role, x in HEADER_AT.items():
        header = _pad(header, x * (2 if wide else 1) if role != "code" else x, wide) + HEADER[role]
    text = "\n".join([f"  {title}", "", header, "", "  一、稳增长（3项）", "", *lines]) + "\n"
    return SimpleNamespace(text=text, tables=[])


def _got(loaded) -> list[tuple]:
    return [(r.code, r.text, r.leaders, r.lead_units, r.co_units, r.due_text) for r in parse_plan(loaded).rows]


def test_rows_parted_by_blank_lines_keep_unit_lines_above_the_number_and_below_the_text():
    loaded = _plan(
        _line(co="市财政局、"),
        _line(code="1", text="新建城市公园5个，改造提升街头", leaders="韩立秋", lead="市城市管理局", co="市自然资源局、",
              due="2025年6月底前"),
        _line(text="绿地30处。", co="市住建局、"),
        _line(co="各区人民政府"),
        "",
        _line(code="2", text="推进东城污水处理厂二期建设，日", leaders="韩立秋", lead="市水务局", co="市发展改革委",
              due="年内"),
        _line(text="处理能力达到10万吨。"),
        "",
        _line(lead="市交通运输局、", co="市公安局"),
        _line(code="3", text="打通断头路6条。", leaders="周明川", lead="市住建局", due="2025年12月底"),
    )
    assert _got(loaded) == [
        ("1.1", "新建城市公园5个，改造提升街头绿地30处。", ["韩立秋"], ["市城市管理局"],
         ["市财政局", "市自然资源局", "市住建局", "各区人民政府"], "2025年6月底前"),
        ("1.2", "推进东城污水处理厂二期建设，日处理能力达到10万吨。", ["韩立秋"], ["市水务局"], ["市发展改革委"], "年内"),
        ("1.3", "打通断头路6条。", ["周明川"], ["市交通运输局", "市住建局"], ["市公安局"], "2025年12月底"),
    ]


def test_a_tall_row_centred_between_blank_lines_in_display_width_reads():
    wide = "WF"
    loaded = _plan(
        _line(wide, text="实施高标准农田建设，新建高标", co="县财政局、"),
        _line(wide, code="1", text="准农田1.5万亩，粮食产量稳定", leaders="罗一川", lead="县农业农村局", co="县水利局、",
              due="2025年10月底"),
        _line(wide, text="在20万吨以上。", co="各乡镇人民政府"),
        "",
        _line(wide, co="县商务局、"),
        _line(wide, code="2", text="建成县域物流配送中心1个。", leaders="罗一川", lead="县供销社", co="县交通运输局",
              due="2025年9月底"),
        "",
        _line(wide, code="3", text="新增农村电商服务站30个。", leaders="苗青禾", lead="县商务局", co="各乡镇人民政府",
              due="2025年12月底"),
        _line(wide, co="县邮政分公司"),
        wide=wide, title="松溪县2025年重点工作责任分工方案",
    )
    assert _got(loaded) == [
        ("1.1", "实施高标准农田建设，新建高标准农田1.5万亩，粮食产量稳定在20万吨以上。", ["罗一川"], ["县农业农村局"],
         ["县财政局", "县水利局", "各乡镇人民政府"], "2025年10月底"),
        ("1.2", "建成县域物流配送中心1个。", ["罗一川"], ["县供销社"], ["县商务局", "县交通运输局"], "2025年9月底"),
        ("1.3", "新增农村电商服务站30个。", ["苗青禾"], ["县商务局"], ["各乡镇人民政府", "县邮政分公司"], "2025年12月底"),
    ]


def test_a_text_whose_end_drifts_over_the_gutter_is_split_at_its_one_space():
    # "500P。" is half-width in the file but printed wide: the text runs 2 columns past its
    # column, one space, then the leader a column late
    drift = _line(code="2", text="推动城市算力中心一期投入运营，算力规模达到500P。") + " 沈若溪"
    assert len(drift) == COLUMNS["leaders"] + 6  # the text ends 2 columns past the leader's start
    drift = drift.ljust(COLUMNS["lead"]) + "市数据局"
    drift = drift.ljust(COLUMNS["co"]) + "市发展改革委"
    drift = drift.ljust(COLUMNS["due"]) + "2025年8月底"
    loaded = _plan(
        _line(code="1", text="新建5G基站800个。", leaders="沈若溪", lead="市数据局", co="市住建局", due="2025年12月底"),
        drift,
        _line(code="3", text="培育数字经济核心企业20家。", leaders="沈若溪", lead="市工信局", co="市数据局", due="2025年12月底"),
    )
    assert [(r[0], r[1], r[2], r[3]) for r in _got(loaded)] == [
        ("1.1", "新建5G基站800个。", ["沈若溪"], ["市数据局"]),
        ("1.2", "推动城市算力中心一期投入运营，算力规模达到500P。", ["沈若溪"], ["市数据局"]),
        ("1.3", "培育数字经济核心企业20家。", ["沈若溪"], ["市工信局"]),
    ]


def _at(*cells: tuple[int, str]) -> str:
    """A line with each cell at the given character position (a drifted line, written by hand)."""
    out = ""
    for x, text in cells:
        assert len(out) < x or not out, (out, x)
        out = out.ljust(x) + text
    return out


def test_a_cell_starting_a_little_before_its_gutter_after_one_space_is_its_column_s():
    # the first row's text touches its column's edge; the second row's leader is printed two
    # columns early, one space after its text: no gutter clears both, each is read by its space
    touching = "新增限上商贸企业50家，社会消费品零售总额增长"  # 23 characters: 8 … 31
    early_text = "开展消费季活动100场，发放消费券5千万元"  # 21 characters: 8 … 29
    assert len(touching) == 23 and len(early_text) == 21
    loaded = _plan(
        _at((2, "1"), (8, touching), (32, "陈望舒"), (42, "区商务局"), (58, "区统计局"), (74, "2025年12月底")),
        _at((8, "6%。")),
        _at((2, "2"), (8, early_text), (30, "陈望舒"), (42, "区商务局"), (58, "区财政局"), (74, "2025年12月底")),
        _at((8, "以上。")),
        _at((2, "3"), (8, "建成夜间经济集聚区2个。"), (32, "顾明哲"), (42, "区文旅局"), (58, "区商务局"), (74, "2025年9月底")),
        title="栖云区2025年重点工作责任分工方案",
    )
    assert _got(loaded) == [
        ("1.1", touching + "6%。", ["陈望舒"], ["区商务局"], ["区统计局"], "2025年12月底"),
        ("1.2", early_text + "以上。", ["陈望舒"], ["区商务局"], ["区财政局"], "2025年12月底"),
        ("1.3", "建成夜间经济集聚区2个。", ["顾明哲"], ["区文旅局"], ["区商务局"], "2025年9月底"),
    ]


def test_quotation_marks_a_chinese_font_prints_wide_keep_the_columns_straight():
    wide = "WFA"  # the file is aligned as a Chinese font prints “ ” (two columns each)
    loaded = _plan(
        _line(wide, code="1", text="开展“清廉机关”“模范机关”创建活动，推进党建", leaders="韦国栋", lead="市直机关工委",
              co="市纪委监委机关", due="2025年11月底"),
        _line(wide, text="与业务深度融合。"),
        "",
        _line(wide, code="2", text="新建城市书房12个，改造提升社区图书室30个，", leaders="韦国栋", lead="市文广旅局",
              co="市财政局", due="2025年10月底"),
        _line(wide, text="全年开展全民阅读活动200场。"),
        "",
        _line(wide, code="3", text="推行“高效办成一件事”。", leaders="韦国栋", lead="市行政审批局", co="市数据局",
              due="2025年12月底"),
        wide=wide,
    )
    assert _got(loaded) == [
        ("1.1", "开展“清廉机关”“模范机关”创建活动，推进党建与业务深度融合。", ["韦国栋"], ["市直机关工委"], ["市纪委监委机关"],
         "2025年11月底"),
        ("1.2", "新建城市书房12个，改造提升社区图书室30个，全年开展全民阅读活动200场。", ["韦国栋"], ["市文广旅局"], ["市财政局"],
         "2025年10月底"),
        ("1.3", "推行“高效办成一件事”。", ["韦国栋"], ["市行政审批局"], ["市数据局"], "2025年12月底"),
    ]


def test_two_leaders_one_a_line_in_a_narrow_column_are_two_leaders():
    loaded = _plan(
        _line(code="1", text="深化亩均效益改革，盘活低效用", leaders="欧阳岱", lead="经开区管委会、", co="市税务局",
              due="2025年12月底"),
        _line(text="地2000亩。", leaders="郑书扬", lead="市自然资源局"),
        "",
        _line(code="2", text="新增经营主体1.2万户。", leaders="欧阳岱", lead="市市场监管局", co="市税务局", due="2025年12月底"),
    )
    assert [(r[0], r[2], r[3]) for r in _got(loaded)] == [
        ("1.1", ["欧阳岱", "郑书扬"], ["经开区管委会", "市自然资源局"]),
        ("1.2", ["欧阳岱"], ["市市场监管局"]),
    ]


@pytest.mark.parametrize("second", [
    # no space to split at: the text runs into the leader
    ((2, "2"), (8, "推动城市算力中心投入运营，算力规模达到500P。沈若溪"), (42, "市数据局"), (58, "市住建局")),
    # one space, but the leader starts 4 columns late: not a drift
    ((2, "2"), (8, "推动城市算力中心投入运营，算力规模达到5000P以上。"), (36, "沈若溪"), (42, "市数据局"), (58, "市住建局")),
    # the text drifts 6 columns over, far past what mixed widths explain
    ((2, "2"), (8, "推动城市算力中心投入运营，算力规模达到500P，年内投用。"), (39, "沈若溪"), (45, "市数据局")),
])
def test_a_word_truly_across_a_gutter_is_still_refused(second: tuple[tuple[int, str], ...]):
    loaded = _plan(
        _at((2, "1"), (8, "新建5G基站800个。"), (32, "沈若溪"), (42, "市数据局"), (58, "市住建局"), (74, "2025年12月底")),
        _at(*second),
        _at((2, "3"), (8, "培育数字经济核心企业20家。"), (32, "沈若溪"), (42, "市工信局"), (58, "市数据局"), (74, "2025年12月底")),
    )
    with pytest.raises(PlanTableError) as err:
        parse_plan(loaded)
    assert "第8行" in str(err.value) and "跨过了" in str(err.value) and "两栏的分界" in str(err.value)
