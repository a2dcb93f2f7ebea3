"""The commitment check on a report as PDF extraction leaves it (棠阜市, `tests/data/review/
tangfu`): unnumbered chapter headings, lines cut every 42 characters with blank lines between,
spaces inside numbers, page marks. A user gets the verdicts the clean text gives, each with
the report's whole sentence, and nothing from the new year's plans."""
from __future__ import annotations

import pytest

from answers.ask import ask
from answers.review_run import run_review
from retrieval.chunk import split_sentences
from retrieval.clean import clean_text
from retrieval.ingest import ingest_paths
from tests.support.review_pairs import REVIEW_DATA, pair

FOLDER = REVIEW_DATA / "tangfu"


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def reviews(tmp_path_factory):
    """The review against the cut report and against the same report a paragraph a line."""
    from bot.wiring import new_context
    from core.settings import load_settings

    p = pair("tangfu")
    out = {}
    for name, report in (("cut", p.report), ("clean", FOLDER / "paragraphs_2024.txt")):
        ctx = new_context(load_settings(DUCHA_DATA_DIR=str(tmp_path_factory.mktemp(name)), DUCHA_EMBEDDING="none"))
        results = ingest_paths(ctx, [p.plan, report])
        assert [r.status for r in results] == ["ingested", "ingested"], [r.error for r in results]
        out[name] = (ctx, run_review(ctx, p.plan_year))
    yield out
    for ctx, _ in out.values():
        ctx.close()


def test_the_cut_report_is_reviewed_under_its_unnumbered_review_heading(reviews):
    _, review = reviews["cut"]
    data = review.to_dict()
    mentioned = [i for i in data["items"] if i["label"] != "not_mentioned"]
    assert data["counts"]["done"] >= 15 and data["counts"]["progress"] >= 5, data["counts"]
    assert all(i["section"].startswith("过去一年工作回顾") for i in mentioned)


def test_the_cut_report_gets_the_verdicts_of_its_clean_text(reviews):
    cut, clean = reviews["cut"][1].to_dict(), reviews["clean"][1].to_dict()
    assert cut["counts"] == clean["counts"]
    assert [(i["code"], i["label"], flat(i["evidence"])) for i in cut["items"]] == [
        (i["code"], i["label"], flat(i["evidence"])) for i in clean["items"]]


def test_evidence_is_whole_sentences_rejoined_across_the_cuts(reviews):
    _, review = reviews["cut"]
    source = clean_text((FOLDER / "paragraphs_2024.txt").read_text(encoding="utf-8"))
    whole = {flat(s) for para in source.split("\n") for s in split_sentences(para)}
    cut_lines = [flat(line) for line in pair("tangfu").report.read_text(encoding="utf-8").split("\n") if line.strip()]
    rejoined = 0
    for item in review.items:
        for sentence in filter(None, item.evidence.split(" …… ")):
            assert flat(sentence) in whole, (item.code, sentence)
            rejoined += not any(flat(sentence) in line for line in cut_lines)
    assert rejoined >= 15  # most evidence sentences were cut over two or more lines


def test_the_labels_hold_and_new_year_plans_count_for_nothing(reviews):
    _, review = reviews["cut"]
    got = {i.code: i for i in review.items}
    labels = {x["code"]: x for x in pair("tangfu").labels}
    for code, x in labels.items():
        assert (got[code].label == "not_mentioned") == (x["label"] == "not_mentioned"), code
        if x["phrase"]:
            assert flat(x["phrase"]) in flat(got[code].evidence), code
    # Named only in "2024年工作安排": the 体育中心, the 托位, the 管廊, the 二级节点.
    assert {c for c in ("1.6", "2.5", "6.5", "6.6") if got[c].label == "not_mentioned"} == {"1.6", "2.5", "6.5", "6.6"}


def test_ask_answers_a_figure_with_its_whole_rejoined_sentence(reviews):
    ctx, _ = reviews["cut"]
    result = ask(ctx, "棠阜市2023年外贸进出口总额增长多少")
    said = flat(result.answer) + "".join(flat(s["text"]) for s in result.sources)
    # In the cut file this sentence runs over two lines, its figure split as "3" / ".8%".
    assert "受外需收缩影响，外贸进出口总额增长3.8%。" in said
    result = ask(ctx, "棠阜市2023年实际使用外资多少")
    assert "实际使用外资1.62亿美元" in flat(result.answer)
