"""Regional question words read in their standard form (core.spoken.standard_asks): "要涨好多"
is 多少, "完成时限是好久" is 多久, "报告是哪个作的" is 谁 (西南官话; a township clerk's round 45d).
Only where they ask: "好多企业反映…，报告怎么说" keeps its 好多."""
from __future__ import annotations

import pytest

from core.spoken import standard_asks


@pytest.mark.parametrize("typed, read", [
    ("去年全县gdp总量好多亿", "去年全县gdp总量多少亿"),
    ("县里今年安排了好多个重点项目？年度计划投资又是好多", "县里今年安排了多少个重点项目？年度计划投资又是多少"),
    ("城乡居民收入今年要涨好多，城镇和农村分别是多少", "城乡居民收入今年要涨多少，城镇和农村分别是多少"),
    ("防汛抗旱那项任务完成时限是好久", "防汛抗旱那项任务完成时限是多久"),
    ("政府工作报告是哪个作的", "政府工作报告是谁作的"),
    ("好多企业反映融资难，报告怎么说", "好多企业反映融资难，报告怎么说"),
    ("哪个单位牵头", "哪个单位牵头"),
    ("去年咱区gdp总量多少", "去年我区gdp总量多少"),  # the asker's own place, as the reports say it
    ("十四五五年里老旧小区一共改了多少个", "十四五期间老旧小区一共改了多少个"),
])
def test_regional_question_words(typed: str, read: str) -> None:
    assert standard_asks(typed) == read


@pytest.mark.parametrize("typed, read", [("哪个景区升成国家五a了", "哪个景区升成国家5A了"), ("4a级景区有几个", "4A级景区有几个")])
def test_a_scenic_grade_as_the_reports_print_it(typed: str, read: str) -> None:
    assert standard_asks(typed) == read


def test_a_dictated_opening_is_no_part_of_the_question() -> None:
    from core.spoken import unwrap

    typed = "小王啊 我下午要去开个文旅方面的会 你帮我看一下南昌二零二三年全年接待游客多少人次"
    assert unwrap(typed) == "南昌二零二三年全年接待游客多少人次"
    assert unwrap("南昌GDP多少你帮我看一下") == "南昌GDP多少你帮我看一下"  # a request after the ask stays for others
