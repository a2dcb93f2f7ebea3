"""How a task's parts decide its label and its evidence, on small reviews in new wording:
lists of figures and pairs of projects half reported, a document of another kind, an
anniversary written two ways, a growth word or an aside in a name, a policy area, a
campaign named after the city, and a “X+” programme."""
from __future__ import annotations

import pytest

from answers.review_match import judge, prepare, weights_for

ENTERPRISES = "净增规上工业企业200家以上、专精特新企业80家以上、“小巨人”企业10家以上。"
ROADS = "加快S216省道东湖段改建和澄湖机场改扩建工程建设。"
CLUSTERS = "实施重点产业集群提能升级计划。"
OTHER_TASKS = ["推进产业园区建设。", "实施科技创新计划。", "实施人才引进计划。"]


def _judge(task: str, review: list[str], region: str | None = None, others: list[str] | None = None):
    sentences = prepare([(s, "回顾", False) for s in review])
    return judge(task, sentences, weights_for([task, *(others or [])], sentences), region)


@pytest.mark.parametrize("task, review, region, label, evidence", [
    # one target of a list of three reported met, the rest not: progress; two of three: done
    (ENTERPRISES, ["新增“小巨人”企业12家，总数达30家。"], None, "progress", "小巨人"),
    (ENTERPRISES, ["新增“小巨人”企业12家，新增专精特新企业95家。"], None, "done", "专精特新企业95家"),
    # two projects named together: one open to traffic is not both
    (ROADS, ["S216省道东湖段改建工程建成通车，城市路网不断完善。"], "澄湖市", "progress", "建成通车"),
    (ROADS, ["S216省道东湖段改建工程建成通车，澄湖机场改扩建工程竣工投用。"], "澄湖市", "done", "竣工投用"),
    # the same subject, another kind of document: an 办法 issued is no 计划 carried out
    (CLUSTERS, ["出台重点产业集群提能升级评价办法。"], None, "progress", "评价办法"),
    (CLUSTERS, ["全市产业集群提能升级计划全面完成。"], None, "done", "全面完成"),
    # an anniversary in figures in the plan, in words in the report; 聚焦 frames the subject
    ("聚焦庆祝建党100周年，创作一批优秀文艺作品。", ["全市经济运行稳中向好。", "5部作品入选建党百年优秀剧目。"],
     None, "done", "建党百年优秀剧目"),
    # "稳定增长" is how the income should move, "特别是…群体" an aside; 人均可支配收入 is 收入
    ("促进居民特别是农村低收入群体收入稳定增长。", ["城乡居民人均可支配收入分别增长6.1%、7.4%。"],
     None, "progress", "分别增长6.1%"),
    # a campaign named after the city is its 平安建设: named, at most progress
    ("深化“平安澄湖”建设，完善矛盾纠纷多元化解机制。", ["获评全省平安建设先进市，信访总量下降8%。"],
     "澄湖市", "progress", "平安建设先进市"),
    # a programme fusing a sector with others (“体育+”) is named by a fusion the review reports
    ("实施“体育+”行动。", ["全市经济运行稳中向好。", "环湖自行车赛获评全国体育旅游精品赛事。"],
     None, "progress", "体育旅游精品赛事"),
])
def test_parts_decide_the_label_and_the_evidence(task, review, region, label, evidence):
    verdict = _judge(task, review, region, OTHER_TASKS)
    assert verdict.label == label
    assert any(evidence in s.text for s in verdict.evidence[:1]), [s.text for s in verdict.evidence]


def test_a_policy_area_before_和_names_nothing_on_its_own():
    # "公共文化和体育场馆": the venues of both; a law on public culture is not the venues opened
    verdict = _judge("推动公共文化和体育场馆免费开放。", ["出台市公共文化服务保障办法。"])
    assert verdict.label == "not_mentioned" and verdict.evidence == []
    verdict = _judge("推动公共文化和体育场馆免费开放。", ["全市公共文化和体育场馆免费开放全面落实。"])
    assert verdict.label != "not_mentioned"


def test_a_campaign_needs_the_citys_own_name():
    # another city's report: "平安建设" is not "平安澄湖"
    verdict = _judge("深化“平安澄湖”建设。", ["获评全省平安建设先进市。"], "白沙市")
    assert verdict.label == "not_mentioned"


def test_the_sector_alone_is_no_fusion():
    verdict = _judge("实施“体育+”行动。", ["新建体育公园3个，全民健身场地面积增长8%。"])
    assert verdict.label == "not_mentioned"
