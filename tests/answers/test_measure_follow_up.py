"""A second half that names only a measure ("…民生支出多少，占比多少") asks it of the first half's
subject, and is searched with that subject. Searched bare, "占比多少" names nothing: which
passage it found was a near-tie of the dense ranking, and a change of what the dense model
reads (issue 15, "embed less") lost the share. Here BM25 alone (no dense ranking at all) must
find it. The helper's own wording over the sample corpus, not a round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import flat


@pytest.mark.parametrize("question", [
    "赣州2022年的民生支出是多少，比重是多少",
    "2022年赣州市民生支出有多少？占比是多少？",
    "赣州22年民生支出多少，占多少",
])
def test_a_bare_measure_is_asked_of_the_subject_before(asked_corpus: Context, question: str) -> None:
    ans = ask(asked_corpus, question)
    assert "849.08亿元" in flat(ans.answer) and "82.6%" in flat(ans.answer), ans.answer
