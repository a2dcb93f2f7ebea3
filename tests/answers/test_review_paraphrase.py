"""A review names a task's item in other words (answers.review_terms, answers.review_words):
a variant wording or abbreviation, an airport by its own name for its city's, a kind of a
group for the group, two nouns the other way round, a measure of the thing (托位数 for 托位).
Each is a mention; a generic word the two texts share never is."""
from __future__ import annotations

import pytest

from answers.review_match import judge, prepare, weights_for
from answers.review_terms import paraphrase_in
from answers.review_text import norm
from answers.review_words import available, distinctive_nouns, words

needs_jieba = pytest.mark.skipif(not available(), reason="jieba not installed")


def _judge(task: str, review: list[str], region: str | None = None):
    sentences = prepare([(s, "回顾", False) for s in review])
    return judge(task, sentences, weights_for([task], sentences), region)


@pytest.mark.parametrize("name, sentence, words_said", [
    ("减税降费政策", "出台减税减费减租减息减支“32条”", "减税减费"),  # one character apart
    ("南昌空港陆港", "昌北机场“一货站三中心”投运", "昌北机场"),  # an airport by its own name, two steps
    ("南昌机场三期", "南昌昌北国际机场三期扩建工程开工", "昌北机场三期"),  # the whole name in its alias
    ("困境儿童分类保障制度", "向残疾孤弃儿童发放专项照料护理补贴", "孤弃儿童"),  # a kind of the group
])
def test_paraphrase_pairs_name_the_item(name, sentence, words_said):
    score, said = paraphrase_in(norm(name), norm(sentence))
    assert score > 0 and said == words_said


@needs_jieba
def test_two_nouns_the_other_way_round_name_the_item():
    assert paraphrase_in("航空货运倍增", "江西国际货运航空公司成立")[1] == "货运航空"
    assert paraphrase_in("提升服务企业水平", "企业服务中心挂牌") == (0.0, "")  # two everyday nouns are no name


@pytest.mark.parametrize("name, sentence", [
    ("推进空港建设", "加快推进机场建设"),  # 空港 → 机场 with only a generic word before it names no airport
    ("建设空港", "建设机场"),
    ("加快推进项目建设", "加快推进项目建设，推动高质量发展"),
    ("做好农村留守儿童关爱服务", "向残疾孤弃儿童发放专项照料护理补贴"),  # another group, not a kind of it
    ("孤弃儿童基本生活保障", "健全困境儿童分类保障制度"),  # the group for a kind: one way only
])
def test_generic_words_and_unrelated_groups_name_nothing(name, sentence):
    assert paraphrase_in(norm(name), norm(sentence)) == (0.0, "")


@pytest.mark.parametrize("task, review, said", [
    ("落实好减税降费政策，加大整治违规涉企收费力度。", ["出台减税减费减租减息减支“32条”，预计全年减负超1700亿元。"], "减税减费"),
    ("加快南昌空港陆港、九江航运中心等建设。", ["昌北机场“一货站三中心”投运，赣深组合港运营。"], "昌北机场"),
    ("健全困境儿童分类保障制度。", ["在全国率先完成城镇困难群众脱贫解困工作、向残疾孤弃儿童发放专项照料护理补贴。"], "孤弃儿童"),
])
def test_a_paraphrased_item_is_a_related_mention_at_most_progress(task, review, said):
    verdict = _judge(task, review)
    assert verdict.label == "progress"  # the thing named in other words; not its commitment met
    assert verdict.evidence and verdict.evidence[0].text == review[0]
    assert any(m.said == said for m in verdict.mentions)


@pytest.mark.parametrize("task, review", [
    ("加快推进产业转型升级，推动经济高质量发展。", ["全年推进项目建设，加快发展步伐，经济高质量发展取得新成效。"]),
    ("推进城乡供水一体化项目建设。", ["今年将加快推进机场建设。", "全面推进空港建设。"]),
])
def test_generic_words_never_make_a_mention(task, review):
    assert _judge(task, review).label == "not_mentioned"


@needs_jieba
def test_segmentation_that_differs_by_an_affix_or_a_measure_suffix_is_the_same_word():
    task = norm("新增普惠性托位1500个", keep_quotes=True)  # cut 普惠/性托位
    assert "托位" in distinctive_nouns(task)
    assert "托位" in words("每千人口拥有3岁以下婴幼儿托位数达到4.1个")  # cut 托/位数
    assert "货运" in words("全省货运量增长")
    assert "托位" not in words("委托位置")  # two real words across it: no word there


def test_a_metric_one_character_apart_is_the_same_metric_and_a_rank_is_no_amount():
    from answers.review_terms import one_apart

    assert one_apart("境内外上市公司", "成为我市第4家境内上市公司")  # one left out
    assert one_apart("境内上市公司", "新增境内外上市公司3家")  # one put in
    assert not one_apart("高新技术企业", "高新技术产业增加值增长")  # one changed is another thing
    assert not one_apart("上市公司", "上市公")  # too short to tell
    verdict = _judge("深化财政金融改革，新增境内外上市公司2家。", ["鹤鸣科技在创业板成功上市，成为我市第4家境内上市公司。"])
    assert verdict.label == "progress"  # named, but "第4家" is its rank, not two new ones
    assert "第4家境内上市公司" in verdict.evidence[0].text


def test_a_region_named_by_the_provinces_that_make_it_up():
    verdict = _judge("支持大南昌都市圈共建长江中游城市群。", ["长江中游三省协同发展工作机制建立。"])
    assert verdict.label == "progress" and any(m.said == "长江中游三省" for m in verdict.mentions)


@pytest.mark.parametrize("task, review, label", [
    ("建成赣州市体育馆。", ["赣州体育馆建成开放。"], "done"),  # a known city's level left off
    ("建成赣州体育馆。", ["赣州市体育馆建成开放。"], "done"),  # or put in
    ("建成赣州市体育馆。", ["赣州市博物馆建成开放。"], "not_mentioned"),  # the same city is no mention
    ("新增托位1500个。", ["全市托位数达到1620个。"], "done"),  # 托位数 counts 托位
    ("新增托位1500个。", ["全市托位数达到1200个。"], "progress"),
])
def test_a_place_by_another_level_and_a_measure_of_the_thing(task, review, label):
    assert _judge(task, review).label == label
