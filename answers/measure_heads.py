"""The measure a figure is asked of must be the clause's: "经开区去年税收多少" is not answered by
"岚桥经济开发区实现营业收入103.5亿元" (round 32d) although the subject and the money class match.
Checked on the clause the dense model proposes (`answers.dense_answer`): lexical matches already
weigh the measure's words; a veto there refused "新三样出口额增长多少" (measured on round 32a).
The measure is the ask's last noun once the subject typed first is set aside (税收, 学位, 基站);
it is checked only when the documents print that word somewhere — then they have their own name
for it, and a clause without it speaks of another measure. A word the documents never print is
left to the other readers (a paraphrase: "帮企业省了多少钱" for 减负).
"""
from __future__ import annotations

from typing import Callable

# nouns that name no measure of their own: the ask's frame, not its indicator
_GENERIC = frozenset({"目标", "情况", "数量", "总量", "规模", "数字", "数据", "指标", "任务", "工作", "水平", "多少", "总数",
                      "报告", "政府", "全年", "今年", "去年", "明年", "年度", "全省", "全市", "全县", "全区", "我省", "我市",
                      "实际", "计划", "预期", "具体", "结果", "成绩", "进展", "进度", "方面", "领域", "这块", "那块",
                      # a class of figure, checked by `answerability.class_missing`, names no measure
                      "比重", "占比", "比例", "百分比", "增速", "增幅", "涨幅", "降幅", "速度", "金额", "总额", "数额"})


def measure_of(topic: str, lead_word: str | None = None) -> str:
    """The ask's measure: the last noun of `topic` without the subject typed first ("" if none)."""
    from answers.review_words import tagged

    text = topic.replace(lead_word, " ") if lead_word else topic
    nouns = [w for w, tag in tagged(text) if (tag.startswith("n") or tag in ("j", "vn")) and len(w) >= 2
             and w not in _GENERIC and not w.isascii()]
    return nouns[-1] if nouns else ""


def measure_missing(measure: str, clause: str, held: Callable[[str], bool]) -> bool:
    """Whether `clause` lacks the measure asked while the documents print that word elsewhere."""
    return bool(measure) and measure not in clause and held(measure)
