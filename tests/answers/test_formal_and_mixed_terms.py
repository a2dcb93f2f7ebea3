"""Indicators named by their full statistical name or with an English word in the Chinese
("研究与试验发展经费", "GDP target"): the words the reports print are found. Rows of the one
synonym table (core/synonyms_data.py), each with its provenance. The wordings here are our
own; outsider round 15 showed the class."""
from __future__ import annotations

import pytest

from answers.ask import ask
from core.context import Context
from core.synonyms import rewrite_question


def test_full_and_mixed_names_are_rewritten_to_the_documents_words() -> None:
    assert "目标" in rewrite_question("南昌社零的target多少")
    assert "研发经费" in rewrite_question("研究与试验发展经费投入")
    assert "GDP增速" in rewrite_question("今年经济总量增速")


@pytest.mark.parametrize("question, figure", [
    ("南昌2024年社零增长的target是多少", "7.0%左右"),
    ("2024年江西省研究与试验发展经费支出占GDP比重定了多少", "1.9%以上"),
    ("2021年分工方案：研究与试验发展经费支出占比力争多少", "2%左右"),
    ("南昌2024年经济总量增速定的多少", "5.0%左右"),
])
def test_the_figure_is_answered(asked_corpus: Context, question: str, figure: str) -> None:
    ans = ask(asked_corpus, question)
    assert ans.intent != "none", ans.answer
    assert figure in ans.answer.replace(" ", ""), ans.answer
