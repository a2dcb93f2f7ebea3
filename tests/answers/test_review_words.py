"""One distinctive noun as a related mention (answers.review_words, the third way in
answers.review_related): a review that reports "生猪出栏120万头" for "推动生猪产业稳定健康发展"
shows the task as progress with that sentence; an everyday noun, a verb, a fragment across two
words, a word two tasks share, or a clause the model puts nearer other tasks stays unmentioned."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.support.review_vectors import FixedVectors, vector_at
from answers.review_run import judge_tasks
from answers.review_text import norm
from answers.review_words import distinctive_nouns, words
from retrieval.review_part import ReviewSentence

pytestmark = pytest.mark.skipif(not __import__("answers.review_words", fromlist=["x"]).available(),
                                reason="jieba not installed")


def test_distinctive_nouns_are_subject_words_not_everyday_words_verbs_or_places():
    assert "生猪" in distinctive_nouns(norm("推动生猪产业稳定健康发展", keep_quotes=True))
    assert "空域" in distinctive_nouns(norm("深化低空空域管理改革试点", keep_quotes=True))
    assert "产业" not in distinctive_nouns("推动生猪产业稳定健康发展")  # an area word
    assert "工匠" not in distinctive_nouns(norm("实施新时代“赣鄱工匠”培育工程", keep_quotes=True))  # everyday Chinese
    assert not distinctive_nouns("抓好督察反馈问题整改")  # 整改 is what is done
    assert "宜春" not in distinctive_nouns("加快发展宜春二手车出口业务")  # a place
    assert "家自" not in words("获国家自然科学基金项目")  # a fragment across two words is no word


REPORT_SENTENCES = ["粮食总产稳定在45亿斤以上，生猪出栏120万头。", "全市经济运行稳中向好，发展质量稳步提升。"]


def _review(ctx, tasks: list[tuple[str, str, float]], sentences=REPORT_SENTENCES, clause="生猪出栏120万头。",
            only: list[str] | None = None):
    """Judge `tasks` (code, text, cosine to `clause`), or `only` those codes of them, against a
    short review."""
    part = SimpleNamespace(sentences=[ReviewSentence(s, "回顾", i) for i, s in enumerate(sentences)],
                           report=SimpleNamespace(region="澄湖市"))
    vectors = {clause: vector_at(1.0, 1)}
    vectors[clause][0], vectors[clause][1] = 1.0, 0.0
    for k, (_, text, cosine) in enumerate(tasks):
        vectors[norm(text)] = vector_at(cosine, 2 + k)
    views = [SimpleNamespace(code=c, text=t, lead_units=["市农业农村局"]) for c, t, _ in tasks]
    wanted = [v for v in views if only is None or v.code in only]
    return {i.code: i for i in judge_tasks(part, views, wanted, db=ctx.db, embedder=FixedVectors(vectors, "fixed-words-test"))}


def test_one_distinctive_noun_used_by_the_nearest_clause_is_progress_with_its_sentence(ctx):
    items = _review(ctx, [("5.3", "推进生猪产业稳定健康发展，健全产能调控机制。", 0.91),
                          ("5.4", "深化国资国企改革，完善现代企业制度。", 0.5)])
    pigs = items["5.3"]
    assert pigs.label == "progress"
    assert pigs.evidence == "粮食总产稳定在45亿斤以上，生猪出栏120万头。"
    assert "“生猪”" in pigs.note and "换了说法" in pigs.note
    assert items["5.4"].label == "not_mentioned" and items["5.4"].evidence == ""


def test_too_far_from_the_task_is_not_a_mention(ctx):
    items = _review(ctx, [("5.3", "推进生猪产业稳定健康发展，健全产能调控机制。", 0.88)])
    assert items["5.3"].label == "not_mentioned" and items["5.3"].evidence == ""


def test_a_clause_the_model_puts_nearer_three_other_tasks_is_theirs_not_this_ones(ctx):
    others = [(f"6.{k}", text, 0.95) for k, text in enumerate(["完善农村集体产权制度。", "加快乡村旅游提质升级。", "推进城乡供水一体化。"])]
    items = _review(ctx, [("5.3", "推进生猪产业稳定健康发展，健全产能调控机制。", 0.91), *others])
    assert items["5.3"].label == "not_mentioned"
    items = _review(ctx, [("5.3", "推进生猪产业稳定健康发展，健全产能调控机制。", 0.91), *others[:2]])
    assert items["5.3"].label == "progress"  # two nearer tasks: still among the three it votes for
    # asked about alone (/review 5.3), the task gets the verdict the whole review gives it
    items = _review(ctx, [("5.3", "推进生猪产业稳定健康发展，健全产能调控机制。", 0.91), *others], only=["5.3"])
    assert list(items) == ["5.3"] and items["5.3"].label == "not_mentioned"


def test_a_word_two_tasks_share_or_the_review_repeats_says_nothing_about_which(ctx):
    items = _review(ctx, [("5.3", "推进生猪产业稳定健康发展。", 0.91), ("5.5", "做好生猪稳产保供工作。", 0.5),
                          ("5.6", "推进生猪屠宰行业转型升级。", 0.5)])
    assert items["5.3"].label == "not_mentioned"  # 生猪 in three tasks
    repeated = [*REPORT_SENTENCES, "首单生猪保险理赔兑付。", "生猪屠宰企业完成升级改造。"]
    items = _review(ctx, [("5.3", "推进生猪产业稳定健康发展。", 0.91)], sentences=repeated)
    assert items["5.3"].label == "not_mentioned"  # 生猪 in three review sentences


def test_an_everyday_noun_or_a_verb_shared_is_no_mention(ctx):
    # "赣鄱工匠" and "未来工匠" are two programmes: 工匠 is everyday Chinese
    items = _review(ctx, [("1.12", "实施新时代“青川工匠”培育工程。", 0.91)],
                    sentences=["启动“未来工匠培育计划”。", "全市经济运行稳中向好。"], clause="启动“未来工匠培育计划”。")
    assert items["1.12"].label == "not_mentioned"
    # 整改 is what is done, not what it is done to
    items = _review(ctx, [("6.6", "抓好中央和省生态环境保护督察反馈问题整改。", 0.91)],
                    sentences=["累计完成整改1260项。", "全市经济运行稳中向好。"], clause="累计完成整改1260项。")
    assert items["6.6"].label == "not_mentioned"


def test_a_word_that_titles_a_place_is_a_look_alike(ctx):
    # "海绵城市" for the city, "海绵小镇" for a town: two titles, not the task's subject
    items = _review(ctx, [("3.3", "建设国家海绵城市建设示范区。", 0.92)],
                    sentences=["白沙镇获评省级美丽海绵小镇。", "全市经济运行稳中向好。"], clause="白沙镇获评省级美丽海绵小镇。")
    assert items["3.3"].label == "not_mentioned"
    items = _review(ctx, [("3.3", "推进海绵设施改造。", 0.92)],
                    sentences=["新建海绵设施12处。", "全市经济运行稳中向好。"], clause="新建海绵设施12处。")
    assert items["3.3"].label == "progress" and items["3.3"].evidence == "新建海绵设施12处。"


def test_a_latin_term_is_a_word_whole():
    assert "5G" in distinctive_nouns("实施5G网络覆盖提升工程")
    assert "5G" in words("累计开通5G基站6万多个") and "G" not in distinctive_nouns("实施5G网络覆盖提升工程")
    assert "5G" not in words("建成15G级试验平台")  # another term that ends the same


def test_a_programme_reported_by_its_latin_term_is_progress(ctx):
    items = _review(ctx, [("3.2", "实施5G网络覆盖提升工程，实现重点城镇以上地区网络连续覆盖。", 0.91)],
                    sentences=["累计开通5G基站6000多个。", "全市经济运行稳中向好。"], clause="累计开通5G基站6000多个。")
    assert items["3.2"].label == "progress" and items["3.2"].evidence == "累计开通5G基站6000多个。"
    assert "“5G”" in items["3.2"].note


def test_a_whole_item_of_a_reviews_list_needs_no_vote_from_the_list(ctx):
    listing = "民族宗教、外事、侨务、人防、地震、档案等工作取得新成效。"
    others = [(f"8.{k}", text, 0.95) for k, text in enumerate(["加强民族团结进步教育。", "做好侨务工作。", "推进档案信息化。"], 40)]
    items = _review(ctx, [("8.34", "深入实施人防高质量发展三年行动。", 0.90), *others],
                    sentences=[listing, "全市经济运行稳中向好。"], clause=listing)
    assert items["8.34"].label == "progress" and items["8.34"].evidence == listing
    # the same word inside a longer phrase of the clause is not a list item: the vote decides
    phrase = "开展民族宗教、外事侨务和人防宣传教育活动。"
    items = _review(ctx, [("8.34", "深入实施人防高质量发展三年行动。", 0.90), *others],
                    sentences=[phrase, "全市经济运行稳中向好。"], clause=phrase)
    assert items["8.34"].label == "not_mentioned"


def test_a_word_two_tasks_hold_goes_to_the_one_the_clause_and_task_pick_as_each_others_nearest(ctx):
    battle = "全面打赢突发新冠肺炎疫情阻击战。"
    sentences = [battle, "全市经济运行稳中向好。"]
    items = _review(ctx, [("8.27", "坚持常态化精准防控，守牢疫情不反弹底线。", 0.93),
                          ("8.19", "实施提升疫情防控救治能力三年行动计划。", 0.92)], sentences=sentences, clause=battle)
    # an ongoing task (守牢…底线) whose clause states the result (打赢) is done
    assert items["8.27"].label == "done" and items["8.27"].evidence == battle and "“疫情”" in items["8.27"].note
    assert items["8.19"].label == "not_mentioned"  # the clause is nearer the other task


def test_two_lone_characters_the_dictionary_does_not_know_are_one_word():
    assert "赣菜" in distinctive_nouns(norm("推进“赣菜品牌”打造", keep_quotes=True))
    assert "赣菜" in words("赣菜“十大名菜”发布")


def test_the_first_reading_in_a_process_already_knows_everyday_words():
    import subprocess
    import sys

    code = ("from answers.review_words import distinctive_nouns; "
            "print(sorted(distinctive_nouns('实施新时代青川工匠培育工程')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "工匠" not in out


PIG_PLAN = """澄湖市2025年《政府工作报告》重点工作责任分工方案

一、农业和城乡（5项）
1. 推动生猪产业稳定健康发展，健全产能调控机制。（牵头单位：市农业农村局）
2. 建设国家海绵城市建设示范区。（牵头单位：市住房城乡建设局）
3. 实施新时代“澄湖工匠”培育工程。（牵头单位：市人力资源社会保障局）
4. 深化国资国企改革，完善现代企业制度。（牵头单位：市国资委）
5. 推进城乡供水一体化。（牵头单位：市水利局）
"""

PIG_REPORT = """澄湖市2026年政府工作报告

——2026年1月12日在澄湖市第九届人民代表大会第五次会议上

市长　林远舟

各位代表：

一、2025年工作回顾

过去一年，全市上下攻坚克难，各项工作取得新成效。
粮食总产稳定在45亿斤以上，生猪出栏120万头。
白沙镇获评省级美丽海绵小镇，城乡面貌持续改善。
启动“未来工匠培育计划”，新增技能人才1.2万人。
各项改革扎实推进，发展活力不断增强。

二、2026年工作安排

今年要继续推进国资国企改革。
"""


@pytest.mark.parametrize("embedding", ["default", "none"])
def test_the_review_reports_a_task_by_its_subject_word_with_the_real_model(make_ctx, tmp_path, embedding):
    from answers.review_run import run_review
    from retrieval.ingest import ingest_paths

    plan, report = tmp_path / "plan.txt", tmp_path / "report.txt"
    plan.write_text(PIG_PLAN, encoding="utf-8")
    report.write_text(PIG_REPORT, encoding="utf-8")
    ctx = make_ctx(DUCHA_DATA_DIR=str(tmp_path / embedding), DUCHA_EMBEDDING=embedding)
    assert all(r.status == "ingested" for r in ingest_paths(ctx, [plan, report]))
    items = {i.code: i for i in run_review(ctx, 2025).items}
    if embedding == "default":
        assert items["1.1"].label == "progress"
        assert items["1.1"].evidence == "粮食总产稳定在45亿斤以上，生猪出栏120万头。" and "“生猪”" in items["1.1"].note
    else:  # without the dense model only the words decide: one word is not enough
        assert items["1.1"].label == "not_mentioned"
    assert items["1.2"].label == "not_mentioned"  # 海绵小镇 is another title than 海绵城市
    assert items["1.3"].label == "not_mentioned"  # 未来工匠 is another programme than 澄湖工匠
    assert items["1.4"].label == "not_mentioned"  # generic praise; the plan part does not count
