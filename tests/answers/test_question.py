"""Question understanding by rules: intents, years, regions — no database, no index."""
from __future__ import annotations

import pytest

from answers.question import find_code, parse_question
from answers.regions import home_province, parse_region, same_region
from answers.years import parse_years, resolve_years

UNITS = {"林业局": "省林业局", "人社厅": "省人力资源社会保障厅", "发改委": "省发展改革委", "商务厅": "省商务厅"}
LEADERS = ["易炼红", "殷美根"]


def units_in_text(text: str) -> list[str]:
    return [full for short, full in UNITS.items() if short in text]


def leaders_in_text(text: str) -> list[str]:
    return [name for name in LEADERS if name in text]


def parse(text: str, **kw):
    return parse_question(text, home_province="江西省", units_in_text=units_in_text, leaders_in_text=leaders_in_text, **kw)


@pytest.mark.parametrize(
    "question, intent",
    [
        ("5G网络连续覆盖那项谁牵头？", "owner"),
        ("老旧小区改造是哪个厅牵头？", "owner"),
        ("化肥农药减量增效归哪个部门？", "owner"),
        ("老旧小区改造是发改委牵头吗", "owner"),
        ("林业局牵头哪些任务？", "unit_tasks"),
        ("人社厅牵头哪些", "unit_tasks"),
        ("易炼红同志牵头的是哪项工作？", "leader_tasks"),
        ("殷美根分管哪些", "leader_tasks"),
        ("3.4谁牵头", "owner"),
        ("任务3.4", "task"),
        ("3.4进展如何", "status"),
        ("哪些逾期了", "status"),
        ("本周到期的任务有哪些", "status"),
        ("24年GDP目标多少", "target"),
        ("南昌今年社零目标", "target"),
        ("2023年江西粮食总产量多少？", "fact"),
        ("南昌报告里说的“四首”是什么意思？", "fact"),
    ],
)
def test_intent(question: str, intent: str) -> None:
    assert parse(question).intent == intent


def test_owner_question_keeps_the_task_words_and_the_premise() -> None:
    q = parse("老旧小区改造是发改委牵头吗")
    assert q.premise_unit == "省发展改革委"
    assert q.topic == "老旧小区改造"
    assert parse("化肥农药减量增效归哪个部门？").topic == "化肥农药减量增效"


def test_unknown_person_is_asked_about_not_guessed() -> None:
    q = parse("王小明牵头哪些任务")
    assert q.intent == "leader_tasks" and q.leaders == ["王小明"]
    assert parse("赵六同志分管哪些任务").leaders == ["赵六"]
    # a body the registry does not know gets "not found" the same way
    assert parse("省文联牵头哪些任务").intent == "leader_tasks"
    # a task named with a unit inside it is an owner question
    assert parse("赣州国际陆港申报一类口岸有哪些单位参与").intent == "owner"


def test_unit_roles() -> None:
    assert parse("商务厅牵头哪些任务").role == "lead"
    assert parse("商务厅参与哪些任务").role == "co"
    assert parse("商务厅有哪些任务").role is None
    assert parse("商务厅牵头的都有啥 配合的先不管").role == "lead"  # a role set aside (round 64h)


def test_glossary_term_is_taken_whole_with_quotes_removed() -> None:
    assert parse("“1269”行动计划是什么意思？").term == "“1269”行动计划"
    assert parse("南昌报告里说的“四首”是什么意思？").term == "四首"
    assert parse("南昌的“双免”政策是什么意思").term == "“双免”政策"
    assert parse("飞地经济在报告里怎么解势的").term == "飞地经济"  # where, said after the term (round 64g)


def test_target_versus_result() -> None:
    assert parse("22年城乡居民收入增长目标定的多少？").mode == "target"
    assert parse("2021年全省GDP实际增长了多少？").mode == "result"
    assert parse("南昌去年引进了多少家首店？").mode == "result"
    assert parse("2023年江西粮食总产量多少？").mode is None


def test_asked_unit() -> None:
    assert parse("南昌去年引进了多少家首店？").unit_asked == "家"
    assert parse("南昌2024年GDP总量目标是多少亿元").unit_asked == "亿元"
    assert parse("2023年南昌接待游客多少人次").unit_asked == "人次"


def test_task_code_is_not_a_percentage() -> None:
    assert find_code("3.4谁牵头") == "3.4"
    assert find_code("第8.37项是什么") == "8.37"
    assert find_code("城镇调查失业率5.5%以内是哪年的目标") is None
    assert find_code("赣服通4.0版上线了吗") is None


def test_a_task_named_by_its_parts_numeral_and_its_number() -> None:
    # a table whose 序号 restarts in every part (round 64b): "二.3" is the third task of part 二
    assert find_code("分工表二.2谁牵头的") == "2.2"
    assert find_code("五.1营商环境那条完成时线是啥时候") == "5.1"
    assert find_code("三(2)那条啥时候完成") == "3.2"
    assert find_code("第一块第五个任务谁负责") == "1.5"
    assert find_code("粮食种植三.5万亩是哪年") is None


@pytest.mark.parametrize(
    "text, explicit, relative",
    [
        ("2024年GDP目标", [2024], []),
        ("24年社零", [2024], []),
        ("二〇二二年的目标", [2022], []),
        ("今年的目标", [], [0]),
        ("去年引进了多少", [], [-1]),
        ("明年计划", [], [1]),
        ("连续11年保持", [], []),
        ("近5年来", [], []),
        ("上半年完成", [], []),
    ],
)
def test_years(text: str, explicit: list[int], relative: list[int]) -> None:
    ref = parse_years(text)
    assert ref.explicit == explicit
    assert ref.relative == relative


def test_relative_years_follow_the_newest_report_when_the_calendar_year_has_none() -> None:
    ref = parse_years("去年")
    assert resolve_years(ref, today_year=2024, doc_years=[2022, 2024]) == ([2023], False)
    # asked in 2026 about documents up to 2024: "去年" is the year the 2024 report reviews
    assert resolve_years(ref, today_year=2026, doc_years=[2022, 2024]) == ([2023], True)
    assert resolve_years(parse_years("2021年"), today_year=2026, doc_years=[2024]) == ([2021], False)


@pytest.mark.parametrize(
    "text, region",
    [
        ("南昌2024年GDP增长目标？", "南昌市"),
        ("赣州23年社零总额增长目标多少？", "赣州市"),
        ("2022年赣州民生支出多少亿元", "赣州市"),
        ("抚州市2024年GDP增长目标是多少？", "抚州市"),
        ("2021年全省GDP实际增长了多少？", "江西省"),
        ("江西2026年的粮食产量目标是多少？", "江西省"),
        ("湖南省2024年社零增长目标", "湖南省"),
        ("赣州国际陆港申报一类口岸谁负责？", None),
        ("2021年赣州国际陆港实现了什么功能", None),
        ("江西银保监局参与哪些任务", None),
    ],
)
def test_regions(text: str, region: str | None) -> None:
    assert parse_region(text, home="江西省").name == region


def test_my_city_is_the_configured_default() -> None:
    assert parse_region("我市今年社零目标", default_region="南昌市").name == "南昌市"
    assert parse_region("我市今年社零目标").name is None


def test_home_province_and_same_region() -> None:
    assert home_province(["江西省", "南昌市", "赣州市", None]) == "江西省"
    assert same_region("南昌", "南昌市") and same_region("江西省", "江西")
    assert not same_region("南昌市", "江西省")


def test_progress_of_a_task_named_by_its_words() -> None:
    q = parse("5G那项进展如何")
    assert (q.intent, q.status_what, q.topic) == ("status", "progress", "5G")
