"""Who delivered a report: the head of government printed under its title, whatever the office
(州长 of an autonomous prefecture, 盟长, 旗长, 主席 of an autonomous region) and with the
ideographic space typesetters put between office and name."""
from __future__ import annotations

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, report_context

HEAD = "政府工作报告\n——2025年1月{day}日在{region}第十五届人民代表大会第五次会议上\n{region}人民政府{office}{gap}{name}\n各位代表：\n"
BODY = "一、2024年工作回顾\n全{short}地区生产总值增长5.6%。\n二、2025年工作安排\n地区生产总值增长5.5%左右。\n"


@pytest.mark.parametrize("region,short,office,gap,name", [
    ("雾川苗族自治州", "州", "州长", "\u3000", "龙世平"),
    ("青阳自治县", "县", "县长", "\u3000", "石永年"),
    ("白岭盟", "盟", "盟长", "", "巴图"),
    ("赤河市", "市", "市长", " ", "周明远"),
])
def test_who_delivered_the_report_and_on_what_day(tmp_path, region, short, office, gap, name):
    ctx = report_context(tmp_path, HEAD.format(day=14, region=region, office=office, gap=gap, name=name) + BODY.format(short=short))
    answer = flat(ask(ctx, "今年政府工作报告谁作的 哪天作的").answer)
    assert name in answer and "1月14日" in answer, answer
