"""How a report states a target in words instead of a number, as data with where each came from.

A 政府工作报告's 主要预期目标 often gives an indicator a relation, not a figure: 城乡居民收入
"与经济增长同步", 一般公共预算收入"与上年基本持平", 粮食产量"稳中有升", 能耗"完成省下达任务".
Asked "增长多少", that wording is the whole target the document sets (`answers.worded_targets`),
so it is quoted as the answer, with a note that no figure is given. Rows: (phrase, provenance).
Only relations that say how much, against something named (the economy's growth, last year, a
superior's quota) or at least which way: "稳中提质" / "稳中向好" say nothing of the amount and
stay "no figure" (tests/answers/test_blind2.py, 出口总额稳中提质). Nothing here names a question
of a test set; add the report formulas, not phrasings of asks.
"""
from __future__ import annotations

WORDED_TARGETS: tuple[tuple[str, str], ...] = (
    ("基本同步", "收入目标的惯用表述：城乡居民人均可支配收入增长与经济增长基本同步（历年政府工作报告）"),
    ("同步", "收入目标的惯用表述：居民收入增长和经济增长同步（国务院政府工作报告 2013 年起）"),
    ("基本持平", "财政、产量目标的表述：与上年基本持平（地方预算报告、政府工作报告）"),
    ("持平", "同上：与上年持平"),
    ("稳中有升", "粮食产量、收入目标的表述：稳中有升（政府工作报告）"),
    ("持续改善", "环境质量目标的表述：生态环境质量持续改善（政府工作报告）"),
    ("持续提升", "质量类目标的表述：持续提升"),
    ("稳步提高", "收入、比重类目标的表述：稳步提高"),
    ("稳步提升", "同上：稳步提升"),
    ("逐步提高", "同上：逐步提高"),
    ("保持稳定", "就业、物价、产量类目标的表述：保持稳定"),
    ("总体稳定", "同上：总体稳定"),
    ("基本稳定", "同上：基本稳定"),
    ("基本平衡", "国际收支、财政收支目标的表述：基本平衡（国务院政府工作报告）"),
    ("只增不减", "投入类目标的表述：财政投入只增不减"),
    ("不降低", "投入、标准类目标的表述：不降低"),
    ("下达任务", "约束性指标的表述：能耗、减排完成省（市）下达任务（政府工作报告）"),
    ("下达目标", "同上：完成上级下达目标"),
    ("合理区间", "宏观指标的表述：保持在合理区间"),
    ("合理增长", "收入、投资类目标的表述：实现合理增长"),
)
