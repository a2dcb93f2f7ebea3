"""Shapes and asks of batch 68 (paraphrased here, the documents invented), each read by a rule
rather than by its words:

- a report copied from a WeChat article numbers its parts "01 | 2025年工作回顾": last year's
  result and this year's target are told apart as under "一、";
- a list of 民生实事 names its overseeing leaders in a closing paragraph ("副省长X督办第一件…"):
  a leader's items and an item's leader are answered as from a leader column;
- a leader asked of a task whose plan prints no leader is "not written", with the task shown;
- a subjectless reason ("主要原因：…") comes with the sentence that names the item;
- what the asker says after the ask ("有代表问", "要填表") and ask words typed by sound
  ("牵了机项", "负则", "时间要球") are read away.
"""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from answers.leader_titles import leaders_by_office, leaders_by_title
from answers.padding import drop_padding
from answers.year_spans import states_span
from core.spoken import standard_asks
from retrieval.meta import read_meta
from tests.support.answer_sets import flat, report_context, table_plan_context

TODAY = dt.date(2026, 12, 4)

WECHAT_REPORT = """鹭川区发布 2026-01-22 08:30 发表于鹭川
点击蓝字 关注我们
1月20日上午，鹭川区第三届人民代表大会第五次会议开幕，区长林海作政府工作报告。全文如下：
政府工作报告
——2026年1月20日在鹭川区第三届人民代表大会第五次会议上
区长 林海
01 | 2025年工作回顾
城镇新增就业1.26万人，新建社区长者食堂11个。
02 | 2026年工作总体要求和主要目标
城镇新增就业1.2万人以上，城镇登记失业率控制在3.5%以内。
03 | 2026年重点工作
新建社区长者食堂12个，完成适老化改造500户。
阅读原文
"""

PROMISES = """鹭川省2026年十件民生实事
经省人民代表大会票决，省人民政府确定2026年实施以下十件民生实事。
一、扩大普惠托育服务供给。新增普惠性托位2万个。（牵头单位：省卫生健康委；完成时限：2026年12月底前）
二、增加公办学前教育学位。新增公办学前教育学位1.5万个。（牵头单位：省教育厅；完成时限：2026年8月底前）
三、提升农村公路通行条件。新改建农村公路4500公里。（牵头单位：省交通运输厅；完成时限：2026年10月底前）
省政府领导同志按分工督办：常务副省长杨志诚督办第三件农村公路；副省长吴佩兰督办第一件普惠托育服务、第二件公办学前教育学位。
鹭川省人民政府
2026年2月16日
"""


@pytest.fixture(scope="module")
def wechat(tmp_path_factory):
    c = report_context(tmp_path_factory.mktemp("wechat_68"), WECHAT_REPORT, "鹭川区2026年政府工作报告.txt")
    yield c
    c.close()


def test_bar_numbered_parts_tell_last_years_result_from_this_years_target(wechat):
    text = flat(ask(wechat, "去年城镇新增就业实际是多少人", today=TODAY).answer)
    assert "1.26万人" in text, text
    text = flat(ask(wechat, "长者食堂今年要建几个啊 领导明天要去街道看", today=TODAY).answer)
    assert "12个" in text, text


@pytest.fixture(scope="module")
def promises(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("promises_68")
    report = ("鹭川省2026年政府工作报告\n——2026年1月21日在鹭川省第十四届人民代表大会第五次会议上\n省长 周启明\n"
              "一、2025年工作回顾\n新增普惠性托位1.6万个，新改建农村公路4200公里，新增公办学前教育学位1.2万个。\n"
              "二、2026年重点工作\n大力发展低空经济，开通低空航线50条，建设通用机场3个。用心办好十件民生实事。\n")
    c = table_plan_context(tmp, report, "鹭川省2026年政府工作报告重点工作分工方案", ["序号", "重点工作", "责任单位", "完成时限"],
                           ["一、产业", ["1", "大力发展低空经济，开通低空航线50条", "省发展改革委、省交通运输厅", "2026年10月底前"]],
                           report_name="鹭川省2026年政府工作报告.txt")
    from retrieval.ingest import ingest_paths

    (tmp / "鹭川省2026年十件民生实事.txt").write_text(PROMISES, encoding="utf-8")
    results = ingest_paths(c, [tmp / "鹭川省2026年十件民生实事.txt"])
    assert [r.status for r in results] == ["ingested"], results
    yield c
    c.close()


def test_leaders_named_in_the_closing_paragraph_lead_their_items(promises):
    text = flat(ask(promises, "吴副省长督办的民生实事是哪几件", today=TODAY).answer)
    assert "托位" in text and "学前教育" in text and "农村公路" not in text, text
    text = flat(ask(promises, "农村公路那件民生实事是哪个付省长督办", today=TODAY).answer)
    assert "杨志诚" in text, text


def test_a_leader_asked_where_the_plan_prints_none_is_not_written(promises):
    answer = ask(promises, "低空经济那条 分工方案里是哪位副省长负责的", today=TODAY)
    assert answer.intent == "none" and "低空航线" in flat(answer.answer), answer.answer


def test_the_promised_list_is_a_document_with_its_issue_date(promises):
    text = flat(ask(promises, "十件民生实事是哪天发的 哪个单位印发的", today=TODAY).answer)
    assert "2026年2月16日" in text and "鹭川省人民政府" in text, text


def test_a_subjectless_reason_comes_with_the_sentence_naming_the_item(tmp_path):
    notice = ("岚川市2026年1-10月重点任务推进情况通报\n一、已完成的任务\n第1项市重点项目建设（市发展改革委牵头）已完成。\n"
              "二、进展滞后的任务\n（一）第31项新建高标准农田（市农业农村局牵头）。截至10月底，已建成高标准农田8.4万亩，"
              "完成年度目标的70%。主要原因：7-8月持续强降雨影响施工，部分项目招标延迟。\n")
    c = report_context(tmp_path, notice, "岚川市2026年1-10月重点任务推进情况通报.txt")
    try:
        text = flat(ask(c, "高标准农田为啥滞后了 现在建了多少", today=TODAY).answer)
    finally:
        c.close()
    assert "强降雨" in text and "8.4万亩" in text, text


def test_what_is_said_after_the_ask_and_ask_words_typed_by_sound():
    assert drop_padding("啥叫链长制 有代表问") == "啥叫链长制"
    assert drop_padding("22年社零增速目标多少 商务厅要填表") == "22年社零增速目标多少"
    assert standard_asks("住建局一共牵了机项 分别是啥") == "住建局一共牵头了几项 分别是啥"
    assert standard_asks("普惠托位那件 是民政局负则的吧") == "普惠托位那件 是民政局负责的吧"
    assert standard_asks("那个项目 时间要球是哪个时候") == "那个项目 时间要求是哪个时候"
    # a machine's "几" stays where it names a thing ("机场", "机器人")
    assert standard_asks("机场项目几项") == "机场项目几项"


def test_offices_said_short_and_offices_inside_a_name():
    assert leaders_by_title("黄常务负责的那些", ["黄志诚", "刘振国"]) == "黄志诚常务负责的那些"
    assert leaders_by_office("市长热线12345今年接了多少件", [("周启明", "市长")]) == "市长热线12345今年接了多少件"


def test_a_quoted_slogans_years_are_no_span_of_the_sentence():
    assert not states_span("1664座病险水库除险加固“五年任务三年完成”")
    assert states_span("回顾“十四五”以来的四年，全市综合实力实现新跨越")


def test_a_zones_report_is_the_zones_by_its_full_name():
    meta = read_meta("澜江高新技术产业开发区管委会2026年工作报告\n——2026年2月26日在高新区工作会议上\n"
                     "党工委副书记、管委会主任 周启航\n同志们：\n一、2025年工作回顾\n全年实现营业收入1862亿元。\n")
    assert meta.region == "澜江高新区" and meta.title == "澜江高新技术产业开发区管委会2026年工作报告", meta


def test_more_slips_and_remarks_of_the_held_out_sets():
    from answers.question import FIELD_GUESSED
    from answers.years import parse_years
    from core.spoken import unwrap

    assert standard_asks("招商局牵头的都有那几项") == "招商局牵头的都有哪几项"
    assert standard_asks("孙富省长牵头的那些") == "孙副省长牵头的那些"
    assert standard_asks("科创中心那个 时线是哪天") == "科创中心那个 时限是哪天"
    assert drop_padding("招商局牵头的都有哪几项 周一例会要过一遍") == "招商局牵头的都有哪几项"
    assert unwrap("有人问链长制是啥") == "链长制是啥"
    assert leaders_by_title("梁委员那边分管的几项", ["梁俊", "何立"]) == "梁俊委员那边分管的几项"
    # a field guessed after the ask narrows nothing; a field asked does
    assert FIELD_GUESSED.search("罗副省长牵头的都有哪些 主要是科技那块吧")
    assert not FIELD_GUESSED.search("罗副省长牵头的科技那块有哪些")
    # "今年也就是26年": the year said, never the newest report's year in its place
    ref = parse_years("今年也就是26年 省里定的粮食产量目标是多少")
    assert ref.explicit == [2026] and ref.relative == []


def test_a_glossary_entry_is_no_answer_to_the_years_target(tmp_path):
    report = ("泓川高新技术产业开发区管委会2026年工作报告\n——2026年2月10日在高新区工作会议上\n管委会主任 陈立\n"
              "一、2025年工作回顾\n全年实现营业收入1386亿元、增长11.2%。\n"
              "二、2026年工作目标\n今年全区发展主要预期目标是：营业收入增长10%以上、突破1520亿元；新增高新技术企业80家。\n"
              "名词解释\n1.瞪羚企业：进入高速成长期的科技型企业，一般指连续3年营业收入年均增长20%以上的企业。\n")
    c = report_context(tmp_path, report, "泓川高新区2026年工作报告.txt")
    try:
        text = flat(ask(c, "领导下午要个数 今年营收目标定的多少来着", today=TODAY).answer)
    finally:
        c.close()
    assert "1520亿元" in text and "20%" not in text, text
