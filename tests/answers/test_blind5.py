"""Fifth blind round, written by an outsider who never saw the code (issue 10): 160 questions
typed like staff on a phone: fillers and reordered words (这块/那项/方面), two questions in
one, abbreviations (固投/社零/规上/R&D), same-sound typos (单为, 牵投), report metadata
(who delivered it, on what date), 名词解释 definitions, near-miss none questions.

First run, before any fix: 82.5 % (132/160), 22 false "not found" (docs/benchmarks.md,
"Round 5"). This set was then TUNED ON: the fixes were made for the failure classes it
showed (never for its phrasings), so its score is a regression bar, not a held-out estimate.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answers.ask import ask
from core.context import Context
from tests.support.answer_sets import assert_accuracy, flat, ingested_context, load_items
from tests.support.paths import DATA

QUESTIONS = DATA / "questions_blind5.json"


@pytest.fixture(scope="module")
def blind_ctx(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    ctx, _ = ingested_context(tmp_path_factory.mktemp("answers_blind5"), [corpus_dir])
    yield ctx
    ctx.close()


def test_blind5_set_is_well_formed(corpus_dir: Path) -> None:
    texts = {p.name: flat(p.read_text(encoding="utf-8")) for p in corpus_dir.glob("*.txt")}
    items = load_items(QUESTIONS)
    assert len(items) == 160 and len({i["id"] for i in items}) == len(items)
    for item in items:
        if item["kind"] == "none" or item["kind"] in ("unit_tasks", "leader_tasks") and not item.get("source"):
            continue
        text = texts[item["source"]]
        if item["kind"] not in ("unit_tasks", "owner", "leader_tasks"):
            assert any(s in text for s in item["must_contain_any"]), item["id"]


def test_blind5_accuracy_after_fixes(blind_ctx: Context) -> None:
    """Post-fix bar (lexical search): 157/160 when written; no kind below 90 %."""
    assert_accuracy(blind_ctx, QUESTIONS, overall=0.97, per_kind=0.9)


def test_no_false_not_found_on_answerable(blind_ctx: Context) -> None:
    """At most 2 % of the answerable questions may come back "not found"."""
    items = [i for i in load_items(QUESTIONS) if i["kind"] != "none"]
    refused = [i["question"] for i in items if ask(blind_ctx, i["question"]).intent == "none"]
    assert len(refused) <= 0.02 * len(items) + 1, refused


@pytest.mark.parametrize("typed, word", [("谁牵投", "牵头"), ("哪个单为", "单位"), ("粮食总产两", "总产量")])
def test_same_sound_slips_of_cue_words_are_read(typed: str, word: str) -> None:
    from core.synonyms import rewrite_question

    assert word in rewrite_question(typed)
    # a real word of the same sound is left alone (预期 is not a slip of 逾期)
    assert rewrite_question("利用外资预期增长") == "利用外资预期增长"
