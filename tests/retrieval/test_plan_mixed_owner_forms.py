"""Owners written several ways in one paragraph plan, as offices do (session 24, rounds 59e/59g:
the plan was refused with "任务 1.1 没有牵头单位" for every task whose owners the first reading
did not know):

- a bracket with 县领导 / 协同单位 labels;
- the next line "责任领导：X  牵头单位：A  配合单位：B", labels parted by spaces;
- "（责任单位：A牵头，B配合）": the roles marked inside one label's value;
- "【责任领导：X 牵头：A 配合：B】": square brackets and bare 牵头/配合 labels;
- one owner line for a group of tasks above it: "以上第5至6项任务，…" / "以上2项由A牵头，X负责".
The documents are invented."""
from __future__ import annotations

from types import SimpleNamespace

from retrieval.plans import detect_shape, parse_plan

PLAN = """青岚县人民政府办公室关于印发《青岚县2025年政府工作报告目标任务分解方案》的通知
青政办发〔2025〕3号
一、主要预期目标
1.地区生产总值增长6%左右。（县领导：程远；牵头单位：县发展和改革局；协同单位：县统计局、各乡镇人民政府）
2.规模以上工业增加值增长8%以上。
责任领导：霍青  牵头单位：县工业和信息化局  配合单位：县统计局
3.粮食产量稳定在24万吨以上。（责任单位：县农业农村局牵头，各乡镇人民政府配合）
二、重点工作任务
4.建成智慧停车平台，新增公共停车泊位1500个。【责任领导：程远 牵头：县城市管理局 配合：县公安局】
5.新建高标准农田2.5万亩。
6.新扩茶园5000亩，茶产业综合产值达到45亿元。
以上第5至6项任务，责任领导：霍青  牵头单位：县农业农村局  配合单位：县水利局
7.改造农村供水管网80公里。
8.完成农村户厕改造2000户。
以上2项由县水利局牵头，霍青负责。
9.持续推进扫黑除恶常态化。（责任单位：县公安局牵头，县人民法院、县司法局配合）
10.新建口袋公园8个。（责任单位：县住房和城乡建设局（牵头）、县城市管理局）
11.新增城乡公交线路4条。（牵头单位：县交通运输局；责任单位：县公路中心。责任县领导：程远）
"""


def test_every_form_of_owners_is_read() -> None:
    loaded = SimpleNamespace(text=PLAN, tables=[])
    assert detect_shape(loaded) in ("paragraphs", "fields")
    table = parse_plan(loaded)
    assert not table.warnings, table.warnings
    assert [(r.text[:4], r.leaders, r.lead_units, r.co_units) for r in table.rows] == [
        ("地区生产", ["程远"], ["县发展和改革局"], ["县统计局", "各乡镇人民政府"]),
        ("规模以上", ["霍青"], ["县工业和信息化局"], ["县统计局"]),
        ("粮食产量", [], ["县农业农村局"], ["各乡镇人民政府"]),
        ("建成智慧", ["程远"], ["县城市管理局"], ["县公安局"]),
        ("新建高标", ["霍青"], ["县农业农村局"], ["县水利局"]),
        ("新扩茶园", ["霍青"], ["县农业农村局"], ["县水利局"]),
        ("改造农村", ["霍青"], ["县水利局"], []),
        ("完成农村", ["霍青"], ["县水利局"], []),
        ("持续推进", [], ["县公安局"], ["县人民法院", "县司法局"]),
        ("新建口袋", [], ["县住房和城乡建设局"], ["县城市管理局"]),
        ("新增城乡", ["程远"], ["县交通运输局"], ["县公路中心"]),
    ]


def test_a_task_no_owner_line_covers_is_still_reported() -> None:
    """A group line names its tasks; a task outside it keeps its problem (never a silent guess)."""
    text = PLAN.replace("以上第5至6项任务，", "以上第6至6项任务，")
    table = parse_plan(SimpleNamespace(text=text, tables=[]))
    assert "新建高标准农田2.5万亩。" not in [r.text for r in table.rows]
    assert any("新建高标准农田" in w for w in table.warnings), table.warnings


SUBITEMS = """云岫市人民政府办公室关于印发贯彻落实2025年政府工作报告重点任务分工方案的通知
一、重点任务
1.高标准建设东澜科学城，引进高端研发机构5家以上。
责任单位：东澜科学城管委会（牵头）、市科技局；责任市领导：刘敏
2.加快发展数字经济：（1）新建5G基站1500个；（2）推进算力中心二期建设。（牵头单位：市大数据局，其中第（1）项由市工业和信息化局牵头；责任单位：市统计局。责任市领导：刘敏）
3.支持民营经济发展壮大：（1）开展清理拖欠企业账款专项行动；（2）新增经营主体6万户以上。【责任领导：刘敏、郑凯 牵头：市工信局（第1项）、市市场监管局（第2项） 配合：市财政局】
4.开工改造城镇老旧小区120个。
责任单位：市住房城乡建设局（牵头）、市城市管理局，各区县政府
5.新建改造雨污分流管网100公里。
责任单位：市城市管理局（牵头）、市水利局
以上第4—5项责任市领导：赵永刚。
6.推动绿色低碳转型：（1）新增光伏装机30万千瓦；（2）完成造林绿化3万亩。
责任单位：第（1）项市发展改革委（牵头）、国网云岫供电公司；第（2）项市自然资源和规划局（牵头）、各区县政府；责任市领导：周明远
"""


def test_owners_of_sub_items_and_a_leader_line_for_a_group() -> None:
    """Round 59e (held out, read after its final run): the 责任单位 line with the lead marked
    （牵头）, a sub-item's own lead ("其中第（1）项由…牵头", "市工信局（第1项）"), and a line naming only
    the leader of the tasks above it ("以上第4—5项责任市领导：赵永刚。")."""
    table = parse_plan(SimpleNamespace(text=SUBITEMS, tables=[]))
    assert not table.warnings, table.warnings
    assert [(r.leaders, r.lead_units, r.co_units) for r in table.rows] == [
        (["刘敏"], ["东澜科学城管委会"], ["市科技局"]),
        (["刘敏"], ["市大数据局", "市工业和信息化局"], ["市统计局"]),
        (["刘敏", "郑凯"], ["市工信局", "市市场监管局"], ["市财政局"]),
        (["赵永刚"], ["市住房城乡建设局"], ["市城市管理局", "各区县政府"]),
        (["赵永刚"], ["市城市管理局"], ["市水利局"]),
        (["周明远"], ["市发展改革委", "市自然资源和规划局"], ["国网云岫供电公司", "各区县政府"]),
    ]
