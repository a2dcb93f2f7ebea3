"""How an official of a lower level asks about the levels above (round 33b): 上面 names the higher
level, "我们X这边" points at the asker's own place, "对X有要求没" asks what is required of X.
None of them is a word of the thing asked."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.spoken import unwrap
from tests.support.answer_sets import flat


@pytest.mark.parametrize("typed,read", [
    ("上面22年对农村改厕有啥要求", "22年对农村改厕有啥要求"),
    ("上级今年对招商有要求没", "今年对招商有要求没"),
    ("我们南昌这边24年GDP目标", "南昌24年GDP目标"),
    ("上级资金争取了多少", "上级资金争取了多少"),  # 上级资金 is a thing: no year or 对 follows
    ("我们这边要求高吗", "我们这边要求高吗"),
])
def test_the_asker_frame_is_dropped_the_thing_stays(typed, read):
    assert unwrap(typed) == read


@pytest.mark.parametrize("question,figure", [
    ("上面22年对农村改厕有啥要求 改多少户", "10万户"),
    ("上头24年对高标准农田有要求没", "万亩"),
])
def test_asked_with_the_frame_the_figure_is_answered(asked_corpus, question, figure):
    answer = flat(ask(asked_corpus, question).answer)
    assert figure in answer and "没有找到" not in answer, answer
