"""Owner answers hold to the place asked: with several regions' plans ingested, a task of one
region's plan never answers a question naming another, and a thing no task holds is "not
found" even when a task prints the place's name (dev round 37a: 澜州机场改扩建, 云岫区老年大学);
a place typed before a numbered project ("澄川地铁1号线二期") is no part of the project's name, and
"除了牵头的还有哪几家配合" asks the co-units (dev rounds 34a, 37a)."""
from __future__ import annotations

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

HEADER = "具体工作任务和要求\t牵头领导\t牵头单位\t责任单位"


def _plan(region: str, tasks: list[tuple[str, ...]]) -> str:
    lines = [f"{region}人民政府办公室文件", "", f"2025年{region}《政府工作报告》重点工作责任分工方案", "", HEADER,
             f"一、增进民生福祉({len(tasks)}项)\t\t\t"]
    lines += [f"{i}. {t[0]}\t{t[1]}\t{t[2]}\t{t[3] if len(t) > 3 else ''}" for i, t in enumerate(tasks, start=1)]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("regions")
    (tmp / "a.txt").write_text(_plan("澜江市", [
        ("新建改扩建中小学和幼儿园15所，加快澜江职业技术学院新校区建设。", "欧阳慧", "澜江市教育局"),
        ("新增养老床位800张。", "欧阳慧", "澜江市民政局"),
        ("建设口袋公园20个。", "吴迪", "澜江市城市管理局"),
        ("加快地铁1号线二期建设。", "吴迪", "澜江市轨道交通集团", "澜江市住房城乡建设局 澜江市自然资源局"),
    ]), encoding="utf-8")
    (tmp / "b.txt").write_text(_plan("青岫区", [
        ("建成区人民医院二期。", "葛文", "青岫区卫生健康局"),
        ("打通断头路8条。", "葛文", "青岫区住房和城乡建设局"),
        ("新增公共停车泊位4000个。", "蒋峰", "青岫区城市管理局"),
    ]), encoding="utf-8")
    context, results = ingested_context(tmp, [tmp / "a.txt", tmp / "b.txt"])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    return context


@pytest.mark.parametrize("question,absent", [
    ("青岫区老年大学新校区建设谁牵头", "澜江市教育局"),      # another region's task shares 新校区建设
    ("青岫区 养老床位 哪个单位牵头", "澜江市民政局"),          # the item exists, in the other region only
    ("澜江机场改扩建今年谁牵头", "澜江市教育局"),              # 改扩建 and the place's name, no airport
    ("澜江市人民医院二期谁牵头", "青岫区卫生健康局"),
])
def test_a_task_of_another_place_or_thing_is_not_found(ctx, question, absent):
    answer = flat(ask(ctx, question).answer)
    assert "没有找到" in answer and absent not in answer, answer


@pytest.mark.parametrize("question,lead", [
    ("澜江 新建改扩建中小学 谁牵头", "澜江市教育局"),
    ("青岫区人民医院二期谁牵头", "青岫区卫生健康局"),
    ("口袋公园谁牵头", "澜江市城市管理局"),
])
def test_the_place_asked_keeps_its_own_tasks(ctx, question, lead):
    assert lead in flat(ask(ctx, question).answer)


def test_a_place_before_a_numbered_project_is_no_part_of_its_name(ctx):
    assert "澜江市轨道交通集团" in flat(ask(ctx, "澜江地铁1号线二期 牵投单位是哪个").answer)
    assert "没有找到" in flat(ask(ctx, "澜江地铁2号线二期 牵头单位是哪个").answer)


@pytest.mark.parametrize("question", ["澜江地铁1号线二期那个 除了牵头的还有哪几家配合",
                                      "地铁1号线二期 除牵头单位以外还有哪些单位参与"])
def test_the_co_units_asked_past_the_lead(ctx, question):
    answer = flat(ask(ctx, question).answer)
    assert "澜江市住房城乡建设局" in answer and "澜江市自然资源局" in answer, answer


def test_a_province_plan_covers_its_cities(tmp_path):
    (tmp_path / "p.txt").write_text(_plan("江西省", [
        ("推动二手车出口业务发展。", "王强", "省商务厅"), ("新增养老床位2万张。", "王强", "省民政厅"),
        ("建设口袋公园300个。", "李华", "省住房城乡建设厅")]), encoding="utf-8")
    context, _ = ingested_context(tmp_path, [tmp_path / "p.txt"])
    assert "省商务厅" in flat(ask(context, "宜春二手车出口归哪个部门牵头").answer)


def test_a_province_name_inside_a_project_name_is_no_place_asked(tmp_path):
    (tmp_path / "c.txt").write_text(_plan("岚陵市", [
        ("启动岚江西岸中央商务区建设。", "许志宏", "岚西区政府"), ("新增养老床位800张。", "许志宏", "岚陵市民政局"),
        ("建设口袋公园20个。", "李华", "岚陵市城市管理局")]), encoding="utf-8")
    context, _ = ingested_context(tmp_path, [tmp_path / "c.txt"])
    assert "岚西区政府" in flat(ask(context, "岚江西岸中央商务区建设谁牵头").answer)
