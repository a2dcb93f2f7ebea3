"""An institution said by its ordinal and the initial of its kind ("市三院", "附二院") or by a
short kind ("中医院") is the institution the documents print ("市第三人民医院", "第二附属医院",
"县办中医医院"); where a kind has several printed names, the documents' own name decides
("市一院" is 市第一医院 where the report prints that). The helper's own wordings over the sample
corpus; none is a blind round's question."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.local_names import institutions
from core.context import Context
from tests.support.answer_sets import assert_holds


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


@pytest.mark.parametrize("question, words", [
    ("赣州市三院有什么建设安排", ["市第三人民医院新院"]),
    ("赣州市五院有什么安排", ["市第五人民医院传染病重症大楼"]),
    ("赣州的市五院", ["市第五人民医院"]),
    ("南昌市一院有什么进展", ["市第一医院九龙湖院区"]),
    ("九江学院附二院有什么消息", ["九江学院第二附属医院"]),
])
def test_an_ordinal_short_name_finds_the_institution(ctx: Context, question: str, words: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent in ("target", "fact"), ans.answer
    assert_holds(ans.answer, *words)


def _printing(*phrases: str):
    return lambda phrase: any(phrase in p for p in phrases)


@pytest.mark.parametrize("typed, printed, read", [
    ("市一院九龙湖院区", ("市第一医院九龙湖院区",), "市第一医院九龙湖院区"),
    ("市二院新院", ("市第二人民医院新院",), "市第二人民医院新院"),
    ("县二院", (), "县第二人民医院"),  # none printed: the commonest name
    ("县办中医院覆盖", ("县办中医医院全覆盖",), "县办中医医院覆盖"),
    ("洪都中医院二期", ("市洪都中医院二期",), "洪都中医院二期"),  # printed as typed: kept
    ("市妇保院", ("市妇幼保健院",), "市妇幼保健院"),
    ("省人医", ("省人民医院",), "省人民医院"),
])
def test_the_documents_name_decides(typed: str, printed: tuple[str, ...], read: str) -> None:
    assert institutions(typed, _printing(*printed)) == read


@pytest.mark.parametrize("text", ["两院院士", "三中全会", "一中心两翼", "一院一策"])
def test_other_words_are_left_alone(text: str) -> None:
    assert institutions(text, _printing("第一人民医院")) == text
