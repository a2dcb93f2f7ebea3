"""Units staff name when they ask which unit a figure is in ("单位是亿元还是万元"): the money
multipliers and the everyday measures and counters the reports print after a figure. The
longer measures (千瓦时, 标准箱…) come from `core.measures`; these are the common ones.

Provenance: 法定计量单位 (GB 3100-1993) for 公里/米/吨/亩…; 统计用语 of the sample reports for
the counters (个、家、项、户、人、套、座…) and money (元 with 万/亿/万亿, 美元).
"""
from __future__ import annotations

# multipliers said before a unit ("亿元", "万人")
MULTIPLIERS: tuple[str, ...] = ("万亿", "千亿", "百亿", "亿", "千万", "百万", "十万", "万", "千", "百")

# a unit on its own ("元", "公里", "个"), or a share's ("%", "百分比", "个百分点")
UNITS: tuple[str, ...] = (
    "人民币", "美元", "元", "块钱", "块",
    "平方公里", "平方米", "公里", "千米", "米", "公顷", "亩",
    "吨", "斤", "公斤", "千克",
    "千瓦", "瓦", "度",
    "人次", "人", "户", "家", "个", "项", "套", "座", "所", "条", "台", "辆", "张", "床", "件", "场", "批", "次",
    "个百分点", "百分点", "百分比", "%", "倍",
)
