"""Two shapes of session 23's run-once and held-out rounds (57f, 57b), both refused at ingest
before, so every question on them was "not found":

- a paragraph plan whose tasks give their owners after the sentence without a bracket, on the
  next line: "14.实施州级重点项目300个以上…。\\n责任州领导：吴海涛；牵头单位：州发展改革委；责任
  单位：…" (the first tasks of the same plan bracket them);
- a 上半年推进情况通报 that cites the plan it checks ("根据《…关于印发〈…责任分工方案〉的通知》
  要求，…"): the citation is no title of its own, so it is a report, never "a plan whose table
  was not read". The documents are invented."""
from __future__ import annotations

from types import SimpleNamespace

from retrieval.plans import detect_shape, parse_plan
from retrieval.shape import plan_name

PLAN = """雾溪州人民政府办公室关于印发2025年政府工作报告重点工作任务分工方案的通知
雾州府办发〔2025〕5号
一、坚持创新驱动
1.新认定高新技术企业20家以上。（责任州领导：欧阳立；牵头单位：州科技局；责任单位：州财政局）
2.建成大数据中心二期，新建5G基站800个。（责任州领导：欧阳立；牵头单位：州数据局；责任单位：州工业和信息化局）
二、坚持项目为王
3.实施州级重点项目300个以上，完成年度投资500亿元以上。
责任州领导：吴海涛；牵头单位：州发展改革委；责任单位：州自然资源局，各县市人民政府
4.确保云渡机场飞行区扩建工程年内完工。
责任州领导：麻新华；牵头单位：州交通运输局；责任单位：州发展改革委、云渡县人民政府
5.新改建农村公路600公里。责任州领导：麻新华；牵头单位：州交通运输局；责任单位：各县市人民政府
"""


def test_owners_on_the_line_after_the_task_are_read() -> None:
    loaded = SimpleNamespace(text=PLAN, tables=[])
    assert detect_shape(loaded) == "paragraphs"
    table = parse_plan(loaded)
    assert [(r.text[:6], r.leaders, r.lead_units) for r in table.rows] == [
        ("新认定高新技", ["欧阳立"], ["州科技局"]),
        ("建成大数据中", ["欧阳立"], ["州数据局"]),
        ("实施州级重点", ["吴海涛"], ["州发展改革委"]),
        ("确保云渡机场", ["麻新华"], ["州交通运输局"]),
        ("新改建农村公", ["麻新华"], ["州交通运输局"]),
    ]


def test_a_notice_citing_the_plan_is_no_plan() -> None:
    notice = ("关于2025年上半年重点工作推进情况的通报\n柘源县人民政府督查室\n各乡镇人民政府：\n"
              "根据《柘源县人民政府办公室关于印发〈2025年政府工作报告重点工作责任分工方案〉的通知》（柘政办发〔2025〕6号）"
              "要求，县政府督查室近期对重点工作推进情况进行了督查。")
    assert plan_name(notice) is None
    # the plan's own covering notice still names it
    assert plan_name("柘源县人民政府办公室关于印发2025年政府工作报告重点工作责任分工方案的通知\n各乡镇人民政府：")
