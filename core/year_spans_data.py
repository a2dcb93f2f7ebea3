"""Words that name a span of several years ("十四五以来", "四年来", "过去五年"), kept as data.

Reports open their multi-year summaries this way ("回顾“十四五”以来的四年…四年来累计新改建
农村公路512公里"), and staff ask the same way ("十四五以来农村公路一共修了多少公里").
Provenance: the five-year plan periods (十三五 2016—2020, 十四五 2021—2025, 十五五 2026—2030)
and the usual wording of the summaries of Chinese government work reports.
"""
from __future__ import annotations

# the plan periods a span may be counted from
PLAN_PERIODS: tuple[str, ...] = ("十三五", "十四五", "十五五")
# what follows a plan period when it names the years since it began or within it
# ("“十五五”时期全县…主要目标是：…到2030年…", "十五五末": the plan's own goals, no one year's)
PLAN_PERIOD_TAILS: tuple[str, ...] = ("以来", "期间", "时期", "期末", "末", "这几年", "这些年", "这四年", "这五年", "来", "间")
# a count of years; one year ("一年来") is a single year's review, never a span
SPAN_COUNTS: str = "二三四五六七八九十两几2-9"
# before a count of years: "过去五年", "近三年", "这四年"
# (and ahead: "今后五年，全市…主要目标是" opens a five-year plan's goals, no one year's)
SPAN_LEADS: tuple[str, ...] = ("过去", "近", "这", "最近", "今后", "未来")
# after a count of years: "四年来", "五年以来", "三年间"
SPAN_TAILS: tuple[str, ...] = ("以来", "来", "间", "中")
# a count of years said right before a sum over them, with no tail: "五年新增高速公路186公里",
# "五年累计投入民生资金1950亿元" (a five-year summary's own opening words, round 47c)
# ("五年新建农村公路420公里": the count's verb of building or doing, a new user's try)
SPAN_SUMS: tuple[str, ...] = ("累计", "新增", "共计", "合计", "累积", "新建", "建成", "完成", "改造", "投入", "引进")
