"""A report saved from the government's website as a web page: the article is read, the site's
chrome (navigation, breadcrumb, "发布时间…【字体：大 中 小】", share bar, footer, scripts) is not,
the page's heading stands as the title, a table in the article is read with its header, and a page
saved in GBK is decoded. The page is invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from retrieval.loaders import load_file
from tests.support.answer_sets import flat, ingested_context

PARAS = ["政府工作报告", "——2026年1月20日在青梧县第十八届人民代表大会第五次会议上", "县长　林海涛", "各位代表：",
         "一、2025年工作回顾", "过去一年，全县地区生产总值完成218.6亿元，增长6.1%。新改建农村公路96公里。",
         "二、2026年主要预期目标", "今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业3200人。",
         "三、2026年重点工作", "（一）扎实推进项目建设。全年实施重点项目120个，新改建农村公路80公里。"]
PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>青梧县2026年政府工作报告_青梧县人民政府</title>
<script>var menu = '首页 政务公开 2099年';</script><style>.a{{color:red}}</style></head><body>
<div class="top">青梧县人民政府<ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>
<div class="main"><h1>青梧县2026年政府工作报告</h1>
<div class="info">发布时间：2026-01-26 来源：县政府办公室 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div id="zoom">{body}
<table><tr><td>序号</td><td>项目名称</td><td>年度目标</td><td>责任单位</td></tr>
<tr><td>1</td><td>充电设施建设</td><td>新建充电桩300个</td><td>县发展改革局</td></tr></table>
</div><div class="share">分享到：<a>微信</a>【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>
<div class="footer"><p>主办单位：青梧县人民政府办公室 网站标识码：3601000001 赣ICP备12345678号</p></div></body></html>"""


def _page(tmp_path, charset: str = "utf-8", name: str = "青梧县2026年政府工作报告.html"):
    body = "".join(f"<p>{p}</p>\n" for p in PARAS)
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset, body=body).encode("gb18030" if charset == "gbk" else "utf-8"))
    return path


def test_the_article_without_the_sites_chrome(tmp_path):
    loaded = load_file(_page(tmp_path))
    assert loaded.text.startswith("青梧县2026年政府工作报告"), loaded.text[:80]
    assert "地区生产总值增长6%左右" in loaded.text
    for chrome in ("政务公开", "发布时间", "字体", "打印本页", "网站标识码", "var menu", "color:red"):
        assert chrome not in loaded.text, chrome
    assert loaded.tables == [[["序号", "项目名称", "年度目标", "责任单位"], ["1", "充电设施建设", "新建充电桩300个", "县发展改革局"]]]


def test_a_page_saved_in_gbk(tmp_path):
    loaded = load_file(_page(tmp_path, "gbk", "report.htm"))
    assert "城镇新增就业3200人" in loaded.text


@pytest.fixture()
def ctx(tmp_path):
    c, results = ingested_context(tmp_path / "data", [_page(tmp_path)])
    assert [(r.status, r.kind) for r in results] == [("ingested", "report")], results
    yield c
    c.close()


def test_asked_like_any_report(ctx):
    today = dt.date(2026, 11, 20)
    assert "6%左右" in flat(ask(ctx, "26年gdp目标多少", today=today).answer)
    assert "300个" in flat(ask(ctx, "充电桩建多少个", today=today).answer)
    text = flat(ask(ctx, "报告谁作的", today=today).answer)
    assert "林海涛" in text, text


def test_a_page_nested_thousands_deep_is_read_not_a_crash(tmp_path):
    path = tmp_path / "deep.html"
    body = "<div>" * 5000 + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>" * 5000
    path.write_text(f"<html><body><h1>青梧县2026年政府工作报告</h1>{body}</body></html>", encoding="utf-8")
    loaded = load_file(path)
    assert "城镇新增就业3200人" in loaded.text
