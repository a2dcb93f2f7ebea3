"""A figure with its unit, then "哪一年 / 哪个文件": the line is found though the asker put the
figure before its words and the report after them ("3670个省大中型项目" / "省大中型项目3670个"),
and a number is never traced to a passage holding another. Our own wordings; outsider round
15 showed the class."""
from __future__ import annotations

from answers.ask import ask
from answers.quoted import split
from core.context import Context


def test_a_dash_or_a_bare_是_before_the_ask_splits_the_line_from_it() -> None:
    assert split("3670个省大中型项目——哪年定的") == ("3670个省大中型项目", "哪年定的")
    assert split("1277个老旧小区改造是哪个文件里的") == ("1277个老旧小区改造", "哪个文件里的")


def test_the_figure_moved_before_its_words_is_traced_to_its_year(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "3670个省大中型项目——哪年定的")
    assert "2024" in ans.answer and "3670个" in ans.answer, ans.answer
    ans = ask(asked_corpus, "出口额增长73.5%的新三样，这是哪年的事")
    assert "2023" in ans.answer and "73.5%" in ans.answer, ans.answer


def test_the_source_names_the_section_without_a_doubled_stop(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "1277个老旧小区改造全面开工是哪个文件里的")
    assert "分工方案" in ans.answer and "。，" not in ans.answer, ans.answer


def test_a_sentence_about_the_asker_naming_the_document_gives_its_place_and_year(asked_corpus: Context) -> None:
    ans = ask(asked_corpus, "我新到督查科，手上是南昌市2024年政府工作报告。那年社零增长目标是多少？")
    assert "7.0%左右" in ans.answer, ans.answer
    assert "南昌" in ans.answer, ans.answer
