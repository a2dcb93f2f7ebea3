"""Failure classes a third outsider's round showed (round 7), and the ways people type who were
not in any round yet (voice input, a secretary on WeChat, pasted fragments). Every question
here is the helper's own wording over the sample corpus; none is a round's question."""
from __future__ import annotations


import pytest

from answers.ask import ask
from answers.question import parse_question
from core.context import Context
from core.spoken import spoken_numbers, unwrap
from tests.support.answer_sets import flat


@pytest.fixture
def ctx(asked_corpus: Context) -> Context:
    return asked_corpus


# --- owners asked in other grammar ------------------------------------------------------

@pytest.mark.parametrize("question, owner", [
    # a doing verb after the question word: "归谁管" / "由谁来抓"
    ("城市生活垃圾分类归谁管", "省住房城乡建设厅"),
    ("高速公路服务区品质提升由谁来抓", "省交通运输厅"),
    # a choice between two owners
    ("城市公共停车泊位那条，牵头的是交通厅还是住建厅？", "省住房城乡建设厅"),
    ("老旧小区改造是发改委还是住建厅牵头", "省住房城乡建设厅"),
    # the leader and the unit asked together
    ("城乡环境综合整治牵头的省领导和部门", "吴浩"),
])
def test_owner_in_other_grammar(ctx: Context, question: str, owner: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "owner" and owner in flat(ans.answer), ans.answer


def test_choice_words_never_join_the_task() -> None:
    q = parse_question("老旧小区改造是发改委还是住建厅牵头")
    assert q.intent == "owner" and q.topic == "老旧小区改造"


# --- a unit's or a leader's own list ------------------------------------------------------

def test_unit_asked_what_it_leads(ctx: Context) -> None:
    # "负责牵头什么" after a unit's name asks for its tasks, not for an owner; the 省委 prefix
    # names the same unit
    ans = ask(ctx, "省委政法委牵头啥")
    assert ans.intent == "unit_tasks" and "市域社会治理" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question", ["吴浩同志牵头哪些工作", "吴浩领导负责的任务都有啥"])
def test_title_after_a_leader_never_narrows_the_list(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "leader_tasks", ans.answer
    # the whole list, and an index title that keeps the task's noun, not its figures
    assert "共25项" in flat(ans.answer) and "老旧小区" in flat(ans.answer), ans.answer


# --- a report's own facts ---------------------------------------------------------------

@pytest.mark.parametrize("question, meeting", [
    ("南昌24年那份政府工作报告是在什么会上作的", "南昌市第十六届人民代表大会第四次会议"),
    ("省里24年的报告在哪次大会上做的", "江西省第十四届人民代表大会第二次会议"),
])
def test_meeting_a_report_was_delivered_at(ctx: Context, question: str, meeting: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact" and meeting in flat(ans.answer), ans.answer


# --- a glossary entry asked by its name and 名词解释 ------------------------------------

@pytest.mark.parametrize("question, body", [
    ("南昌24年报告 平急两用 名词解释", "平时用作旅游"),
    ("四首的定义", "区域首店"),
    ("一网进 解释一下", "一体化政务服务平台"),
])
def test_glossary_asked_with_a_trailing_request(ctx: Context, question: str, body: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact" and body in flat(ans.answer), ans.answer


# --- an answer whose evidence holds the thing asked is an answer -------------------------

@pytest.mark.parametrize("question, said", [
    ("方特项目是几期", "方特二期"),          # the counter asked (期) with its number in the clause
    ("南昌23年一共吸引了多少人才", "14.7万名"),  # 人才 is a noun, not the measure 人; 名 counts people
])
def test_evidence_with_the_asked_thing_is_no_refusal(ctx: Context, question: str, said: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and said in flat(ans.answer), ans.answer
    assert "没有找到" not in ans.answer and "没有给出具体数字" not in ans.answer


def test_last_year_of_a_city_report_is_the_year_it_reviews(ctx: Context) -> None:
    ans = ask(ctx, "南昌去年吸引人才多少")
    assert ans.intent == "fact" and "14.7万" in flat(ans.answer), ans.answer


# --- two questions in one, the second without a subject ----------------------------------

def test_second_part_takes_the_subject_before(ctx: Context) -> None:
    # no punctuation between the two; "去年修了多少" names no road
    ans = ask(ctx, "赣州今年农村公路新改建多少公里去年修了多少")
    text = flat(ans.answer)
    assert "800公里" in text and "755公里" in text, ans.answer


def test_done_part_never_inherits_the_target(ctx: Context) -> None:
    # the first part asks a target; "去年完成了多少" asks what was done, of the same roads
    ans = ask(ctx, "赣州23年新改建农村公路的目标是多少公里，去年完成了多少")
    text = flat(ans.answer)
    assert "800公里" in text and "755公里" in text and "2022年目标" not in text, ans.answer


# --- voice input, WeChat wrappers, spoken numbers ----------------------------------------

@pytest.mark.parametrize("said, typed", [
    ("二四年南昌GDP目标", "24年南昌GDP目标"),
    ("二零二三年赣州", "2023年赣州"),
    ("增长百分之五点五吗", "增长5.5%吗"),
    ("新改建两千公里", "新改建2000公里"),
    ("增加零点五个百分点", "增加0.5个百分点"),
    # words that only look like numbers stay
    ("十四五规划", "十四五规划"),
    ("千万工程是什么", "千万工程是什么"),
    ("四名工程是哪四名", "四名工程是哪四名"),
    ("第二十项谁牵头", "第二十项谁牵头"),
    ("一二年内完成", "一二年内完成"),
])
def test_spoken_numbers_in_digits(said: str, typed: str) -> None:
    assert spoken_numbers(said) == typed


@pytest.mark.parametrize("wrapped, inner", [
    ("李处长让问下24年全省GDP目标", "24年全省GDP目标"),
    ("麻烦确认一下南昌24年固投目标，谢谢！", "南昌24年固投目标"),
    ("收到。帮我查下赣州23年社零增长多少哈", "赣州23年社零增长多少"),
    ("您好，请问一下省里22年粮食产量", "省里22年粮食产量"),
    ("帮扶资金多少", "帮扶资金多少"),  # 帮 of 帮扶 is no request
])
def test_chat_wrappers_are_not_the_question(wrapped: str, inner: str) -> None:
    assert unwrap(wrapped) == inner


@pytest.mark.parametrize("question, figure", [
    ("刘主任让我问一下二四年南昌规上工业增加值目标多少", "6.5%"),
    ("麻烦帮忙查一下２０２３年赣州ＧＤＰ预期增长，谢谢", "7.5%"),
    ("干州23年GDP增涨目标是几个点", "7.5%"),           # a region and an ask word typed by sound
    ("南常二四年固投目标是不是百分之十", "不是"),       # a premise said in words, checked
])
def test_voice_and_chat_questions(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target" and figure in flat(ans.answer), ans.answer


def test_two_questions_without_a_stop(ctx: Context) -> None:
    ans = ask(ctx, "二四年南昌GDP目标多少那固投呢")
    text = flat(ans.answer)
    assert "5.0%" in text and "固定资产投资" in text, ans.answer


# --- pasted fragments and run-together asks ----------------------------------------------

@pytest.mark.parametrize("question, figure", [
    ("赣州 23 GDP", "7.5%"),                     # a year pasted without 年
    ("江西 2024 社零 目标", "6.5%"),
    ("23年赣州GDP目标多少全省24年多少", "5%"),   # two asks, no stop, the second names only a region and year
])
def test_fragments_and_run_together(ctx: Context, question: str, figure: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "target" and figure in flat(ans.answer), ans.answer


def test_bare_number_is_no_year_when_it_counts() -> None:
    assert spoken_numbers("第 12 项 谁牵头") == "第 12 项 谁牵头"
    assert spoken_numbers("2024年 南昌 12 个项目") == "2024年 南昌 12 个项目"


def test_bare_verb_of_owning_after_a_task(ctx: Context) -> None:
    ans = ask(ctx, "城市生活垃圾分类 负责单位")
    assert ans.intent == "owner" and "省住房城乡建设厅" in flat(ans.answer), ans.answer
    # a unit then the verb is still that unit's list
    assert parse_question("住建厅牵头", units_in_text=lambda t: ["省住房城乡建设厅"]).intent == "unit_tasks"


@pytest.mark.parametrize("wrapped, inner", [
    ("报告领导，南昌24年GDP目标", "南昌24年GDP目标"),
    ("请示一下 全省社零目标咧", "全省社零目标"),
])
def test_more_wrappers(wrapped: str, inner: str) -> None:
    assert unwrap(wrapped) == inner


# --- a WeChat message, and 今年/去年 beside a report named by its year --------------------

@pytest.mark.parametrize("wrapped, inner", [
    ("@督查助手 赣州23年社零目标[抱拳]", "赣州23年社零目标"),
    ("刘秘书：请帮忙查询一下全省24年固投目标。", "全省24年固投目标。"),
    ("南昌24年财政收入目标？（急）", "南昌24年财政收入目标？"),
    ("省里22年粮食产量多少 在线等🙏", "省里22年粮食产量多少"),
])
def test_chat_marks_are_not_the_question(wrapped: str, inner: str) -> None:
    assert unwrap(wrapped) == inner


@pytest.mark.parametrize("question, year", [
    ("24年南昌报告里今年的固投目标", [2024]),
    ("二二年省政府工作报告里去年粮食总产多少", [2021]),
    ("2022年的报告中说去年城镇新增就业多少", [2021]),
])
def test_relative_year_counts_from_the_report_named(question: str, year: list[int]) -> None:
    q = parse_question(question, home_province="江西省", known_regions=["江西省", "南昌市"])
    assert q.years.explicit == year and not q.years.relative


def test_last_year_of_a_named_report_answers(ctx: Context) -> None:
    ans = ask(ctx, "22年省报告里去年粮食总产多少")
    assert ans.intent == "fact" and "438.5亿斤" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("said, topic", [
    ("生活垃圾分类是那个单位牵头", "生活垃圾分类"),   # 那 for 哪, as voice input writes it
    ("城市公共停车泊位那个部门负责", "城市公共停车泊位"),
])
def test_that_for_which_in_owner_questions(said: str, topic: str) -> None:
    q = parse_question(said)
    assert q.intent == "owner" and q.topic == topic


def test_letters_said_one_by_one(ctx: Context) -> None:
    ans = ask(ctx, "赣州23年G D P增长目标")
    assert ans.intent == "target" and "7.5%" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question", [
    "帮我看一下江西二零二四年规上工业增加值目标是多少然后再看一下南昌的",  # voice input, moving on
    "江西24年规上工业增加值目标是多少，南昌的是多少",                       # only a region in the second
])
def test_second_part_naming_only_a_region(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "target" and "江西省2024年目标" in text and "南昌市2024年目标" in text, ans.answer
    assert "实际完成情况" not in text


@pytest.mark.parametrize("question, said", [
    ("城市公共停车泊位牵头人是谁", "省住房城乡建设厅"),
    ("城市生活垃圾分类是不是住建厅牵头的", "是的"),
    ("城市生活垃圾分类是不是发改委牵头", "不是"),
    ("城市生活垃圾分类是住建厅牵头的对吧", "是的"),
])
def test_owner_offered_or_asked_as_a_person(ctx: Context, question: str, said: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "owner" and said in flat(ans.answer), ans.answer


def test_pasted_task_with_owner_and_deadline_asked(ctx: Context) -> None:
    # a task pasted in quotes, two short asks: the task's own owner and deadline, not "due this week"
    ans = ask(ctx, "“新改建农村公路3000公里”这条谁牵头？啥时候截止？")
    text = flat(ans.answer)
    assert "省交通运输厅" in text and "2021-12-31" in text, ans.answer


@pytest.mark.parametrize("question, figures", [
    ("赣州23年GDP目标和全省比谁高", ["赣州市2023年目标", "7.5%"]),
    ("全省24年GDP增长目标比南昌低吗", ["江西省2024年目标", "南昌市2024年目标"]),
])
def test_compared_region_is_answered_too(ctx: Context, question: str, figures: list[str]) -> None:
    ans = ask(ctx, question)
    assert ans.intent != "none" and all(f in flat(ans.answer) for f in figures), ans.answer
    assert "江西省" in ans.answer


@pytest.mark.parametrize("wrapped, inner", [
    ("请提供2024年全省社零增长目标数据", "2024年全省社零增长目标"),
    ("麻烦发一下南昌24年固投目标", "南昌24年固投目标"),
    ("需要赣州23年GDP目标的数据", "赣州23年GDP目标"),
    ("核实：南昌24年GDP增长目标为5%", "南昌24年GDP增长目标为5%"),
    ("请发展改革委牵头的任务", "发展改革委牵头的任务"),  # 发 of 发展 is no request
    ("请提供就业岗位多少个", "提供就业岗位多少个"),     # 提供 before a noun is the question's own word
    ("南昌大数据", "南昌大数据"),
])
def test_requests_of_a_secretary(wrapped: str, inner: str) -> None:
    assert unwrap(wrapped) == inner


def test_was_it_mentioned(ctx: Context) -> None:
    ans = ask(ctx, "24年省报告有没有提到低空经济")
    assert ans.intent != "none" and "低空经济" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, leader", [("吴昊同志牵头哪些任务", "吴浩"), ("秦毅分管几项", "秦义")])
def test_leader_named_by_sound(ctx: Context, question: str, leader: str) -> None:
    # voice input writes a person's name with the right sound, not always the right characters
    # (since session 12 the answer first says which leader the typed name was read as)
    ans = ask(ctx, question)
    lines = ans.answer.splitlines()
    assert ans.intent == "leader_tasks" and leader in lines[0], ans.answer
    assert any(line.startswith(leader + "牵头") for line in lines), ans.answer


@pytest.mark.parametrize("question, unit", [("住建听牵头几项", "省住房城乡建设厅"), ("水力厅负责哪些", "省水利厅")])
def test_unit_named_by_sound(ctx: Context, question: str, unit: str) -> None:
    # (since session 15 a unit read by its sound may be said first: "（分工方案中没有“水力厅”，按同音的“水利厅”理解。）")
    ans = ask(ctx, question)
    body = [line for line in ans.answer.splitlines() if not line.startswith("（")]
    assert ans.intent == "unit_tasks" and body[0].startswith(unit), ans.answer


@pytest.mark.parametrize("question, figures", [
    ("江西24年GDP、规上工业增加值、固投目标各是多少", ["5%", "6.5%", "3%"]),   # a list of three, one measure
    ("江西24年GDP目标多少规上工业多少固投多少", ["5%", "6.5%", "3%"]),           # three asks, no stops
])
def test_three_asks_in_one(ctx: Context, question: str, figures: list[str]) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent == "target" and all(f in text for f in figures) and text.count("江西省2024年目标") == 3, ans.answer


@pytest.mark.parametrize("question, body", [("平急两用是个什么概念", "平时用作旅游"), ("四首是啥东西啊", "区域首店")])
def test_glossary_asked_as_what_kind_of_thing(ctx: Context, question: str, body: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "fact" and body in flat(ans.answer), ans.answer


def test_last_year_in_a_second_part_counts_from_the_first(ctx: Context) -> None:
    # the question is about 2022; "去年" in its second part is 2021, not the year before the newest report
    ans = ask(ctx, "22年省里GDP增长目标多少，去年实际增长多少")
    text = flat(ans.answer)
    assert "江西省2022年目标" in text and "江西省2021年" in text and "8.8%" in text, ans.answer


def test_follow_up_naming_only_an_earlier_year(ctx: Context) -> None:
    ans = ask(ctx, "24年南昌GDP增长目标多少 23年呢")
    text = flat(ans.answer)
    assert "南昌市2024年目标" in text and "南昌市2023年" in text and "4.0%" in text, ans.answer


@pytest.mark.parametrize("question", [
    "1.江西24年固投目标多少？2.南昌24年固投目标多少？",
    "（1）江西24年固投目标（2）南昌24年固投目标",
    "一是江西24年固投目标，二是南昌的",
])
def test_numbered_list_of_questions(ctx: Context, question: str) -> None:
    ans = ask(ctx, question)
    text = flat(ans.answer)
    assert "江西省2024年目标：固定资产投资增长3%" in text and "南昌市2024年目标：固定资产投资增长5.0%" in text, ans.answer


def test_brackets_inside_a_name_are_no_list() -> None:
    from answers.multipart import separate_asks

    assert separate_asks("中国(江西)自贸区目标") == []
    assert separate_asks("3.5谁牵头") == []


def test_due_next_month_and_next_week(ctx: Context) -> None:
    import datetime as dt

    # the sample table's tasks fall due on 2021-12-31
    assert "下月到期" in ask(ctx, "下个月到期的任务有哪些", today=dt.date(2021, 11, 15)).answer
    assert ask(ctx, "下个月到期的任务有哪些", today=dt.date(2021, 11, 15)).tasks
    assert not ask(ctx, "下个月到期的任务有哪些", today=dt.date(2021, 12, 1)).tasks
    assert ask(ctx, "下周到期的有哪些", today=dt.date(2021, 12, 22)).tasks       # 12-27 … 01-02
    assert not ask(ctx, "下周到期的有哪些", today=dt.date(2021, 12, 13)).tasks   # 12-20 … 12-26


@pytest.mark.parametrize("question, what", [
    ("住建厅有几项预期了", "overdue"),          # 预期 for 逾期, said of tasks
    ("预期的任务有哪些", "overdue"),
    ("24年工作预期目标", None),                 # an expected target stays one
    ("南昌24年预期目标GDP", None),
])
def test_expected_and_overdue_told_apart(question: str, what: str | None) -> None:
    q = parse_question(question, units_in_text=lambda t: ["省住房城乡建设厅"] if "住建" in t else [])
    assert q.status_what == what


@pytest.mark.parametrize("question, said", [
    ("城市公共停车泊位由哪个部门牵头负责", "省住房城乡建设厅"),
    ("城市生活垃圾分类谁配合", "省生态环境厅"),        # the co-units stand in the task's block
    ("城乡环境综合整治这项省领导是谁", "吴浩"),
])
def test_more_owner_forms(ctx: Context, question: str, said: str) -> None:
    ans = ask(ctx, question)
    assert ans.intent == "owner" and said in flat(ans.answer), ans.answer
