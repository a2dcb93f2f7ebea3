"""Class: a comparison memo's wording around the ask (round 43a, a writer of the 办公厅): the
work the answer feeds said first ("做就业创业这块的对比，…", "为了写对比材料，…"), the item
pointed at ("装配式建筑这个指标"), two years joined by 和 and asked 各/分别, and a remark on the
figures ("我看口径好像不太一样", "好像往下调了"). None of these is a word of the subject: left in
the topic they made the first year "not found" (the second year was still answered)."""
from __future__ import annotations

import pytest

from answers.question import parse_question
from answers.remarks import without_remarks


@pytest.mark.parametrize(("question", "subject", "gone"), [
    ("22年和24年装配式建筑占比目标各是多少", "装配式建筑占比", ("和", "各")),
    ("装配式建筑这个指标，22年报告和24年报告各定了多少比例 我看口径好像不太一样", "装配式建筑", ("指标", "口径", "和", "各")),
    ("做就业创业这块的对比，22年和24年省报告里新增发放创业担保贷款的目标各是多少亿", "新增发放创业担保贷款",
     ("就业创业", "对比", "和")),
    ("为了写对比材料，21年和23年全省粮食产量分别是多少", "粮食产量", ("材料", "对比", "和", "分别")),
    ("研发投入强度21年和22年分别定的多少 好像往下调了", "研发投入强度", ("调", "和", "分别")),
    # the documents and the figures counted ("两份", "两个数"), the report as 它 (round 42b)
    ("城镇新增就业这个指标，22年和24年两份省政府工作报告分别定的目标是多少万人", "城镇新增就业", ("两份", "和")),
])
def test_the_topic_keeps_only_the_subject(question: str, subject: str, gone: tuple[str, ...]) -> None:
    q = parse_question(without_remarks(question) or question)
    assert len(q.years.explicit) == 2, q.years
    assert subject in q.topic and not any(w in q.topic.replace(subject, "") for w in gone), q.topic


def test_the_report_said_as_it_and_the_figures_counted_are_no_subject() -> None:
    q = parse_question("24年省报告定的GDP增长目标，和它自己回顾的2023年实际增速相比，两个数分别是多少")
    assert "它" not in q.topic and "两个数" not in q.topic and "GDP" in q.topic, q.topic


def test_a_subject_that_starts_with_he_keeps_it() -> None:
    # 和美乡村 is a name: only the joiner the years left behind goes
    assert parse_question("23年和24年和美乡村建设目标各是多少").topic == "和美乡村建设"


def test_a_subject_said_alone_first_is_every_asks_subject() -> None:
    from answers.multipart import separate_asks

    assert separate_asks("赣服通这个平台，21年上线的是几点几版，23年上线的又是哪一版") == [
        "赣服通这个平台，21年上线的是几点几版", "赣服通这个平台，23年上线的又是哪一版"]
    # an opening with a year of its own stays with the first ask (the later ones name theirs)
    assert separate_asks("24年江西，GDP目标多少，去年实际多少")[1] == "去年实际多少"


def test_when_in_the_year_is_no_word_of_the_subject() -> None:
    assert parse_question("21年年底实际新增了几家上市公司").topic == "新增 上市公司"


def test_a_decimal_asked_is_one_ask() -> None:
    from answers.wording import prepare

    said = prepare("赣服通21年上线的是几点几版")
    assert "多少" in said and "几版" not in said, said  # once read as two asks: "多少" then "几版"


def test_a_name_and_its_other_name_in_brackets_are_both_searched() -> None:
    from answers.report_facts import bracket_aliases

    assert bracket_aliases("为市场主体(经营主体)减负 金额") == ["为市场主体减负 金额", "为经营主体减负 金额"]
    assert bracket_aliases("新增就业") == []


def test_two_tasks_named_side_by_side_get_each_owner(tmp_path) -> None:
    import datetime as dt

    from answers.ask import ask
    from tests.support.answer_sets import flat, report_and_plan_context

    report = ("澜溪县2026年政府工作报告\n\n二、2026年重点工作\n\n（一）建设宜居县城。增加县城公共停车泊位2000个，"
              "推进国省道服务区品质提升，实施城区供水管网改造30公里，全面完成老旧小区改造任务。\n")
    ctx = report_and_plan_context(tmp_path, "澜溪县2026年政府工作报告.txt", report, "澜溪县2026年重点工作责任分工方案", [
        ("增加县城公共停车泊位2000个。", "县住房和城乡建设局", "县公安局", "2026年12月底"),
        ("推进国省道服务区品质提升。", "县交通运输局", "县商务局", "2026年10月底"),
    ], "周海涛")
    try:
        text = flat(ask(ctx, "增加县城公共停车泊位和国省道服务区品质提升，这两项分别是哪个局牵头的？",
                        today=dt.date(2026, 3, 1)).answer)
        assert "县住房和城乡建设局" in text and "县交通运输局" in text, text
        led = flat(ask(ctx, "国省道服务区品质提升那条，是哪几位县领导牵头的", today=dt.date(2026, 3, 1)).answer)
        assert "周海涛" in led, led
    finally:
        ctx.close()


@pytest.mark.parametrize("question", [
    "省里22年和24年这两份政府工作报告分别是哪天、在哪次人代会上作的？",
    "分工方案 印发日期",
])
def test_facts_about_documents_asked_tersely_or_of_two_at_once(question: str) -> None:
    from answers.remarks import without_remarks

    q = parse_question(without_remarks(question) or question)
    assert q.meta and "when" in q.meta, (q.intent, q.meta, q.topic)


def test_items_typed_apart_then_one_ask_for_each() -> None:
    from answers.multipart import separate_asks

    assert separate_asks("22年海绵城市达标比例 装配式建筑占比 各多少") == [
        "22年海绵城市达标比例是多少", "22年装配式建筑占比是多少"]
    assert separate_asks("南昌 赣州 九江 上饶 抚州 各多少") == []  # more than four: no list of asks


def test_where_in_the_report_is_no_word_of_the_subject() -> None:
    assert parse_question("24年工作安排第四部分 粮食产量要保多少").topic == "粮食产量 保"


def test_a_time_said_beside_the_year_is_no_word_of_the_subject() -> None:
    assert parse_question("十四五开局前 20年GDP是多少").topic == "GDP"


def test_now_said_of_a_level_is_no_word_of_the_subject() -> None:
    assert "现在" not in parse_question("城乡居民基础养老金最低标准现在一个月多少钱").topic


@pytest.mark.parametrize(("question", "parts"), [
    # the second thing asked after 还有, its question word left unsaid (round 44a)
    ("22年给市场主体减负多少 还有净增市场主体目标", ["22年给市场主体减负多少", "净增市场主体目标"]),
    ("新改建农村公路多少公里，另外危桥改造任务", ["新改建农村公路多少公里", "危桥改造任务"]),
])
def test_a_thing_added_with_haiyou_is_asked_as_the_first(question: str, parts: list[str]) -> None:
    from answers.multipart import separate_asks

    assert separate_asks(question) == parts


def test_haiyou_with_no_thing_of_its_own_asks_nothing_more() -> None:
    from answers.multipart import separate_asks

    assert separate_asks("22年农村公路新改建多少公里 还有吗") == []


@pytest.mark.parametrize(("question", "read"), [
    # the person the purpose names is who 他 points back at (round 43a)
    ("为了给秦义同志准备调度材料，21年分工方案里他牵头的有哪几项任务", "21年分工方案里秦义牵头的有哪几项任务"),
    ("为了给欧阳明同志准备汇报材料，他负责哪些任务", "欧阳明负责哪些任务"),
])
def test_he_in_the_ask_is_the_person_the_purpose_named(question: str, read: str) -> None:
    assert without_remarks(question) == read


def test_the_work_given_to_the_asker_after_the_ask_is_a_remark() -> None:
    """"…主要是哪几条？领导要我对照着写整改措施。" (round 44b): what the answer is for, said last."""
    assert without_remarks("22年省报告里讲的当前面临的困难和问题，主要是哪几条？领导要我对照着写整改措施。") == \
        "22年省报告里讲的当前面临的困难和问题，主要是哪几条？"
