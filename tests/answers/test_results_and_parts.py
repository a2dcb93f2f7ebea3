"""A county's documents of the shapes outsiders brought in session 23 (rounds 57g and 57h, read
after their first run): a spreadsheet of the last year's results ("…目标任务完成情况": 年度目标 |
完成情况 | 是否完成 | 牵头单位) that was refused, or read as a plan with overdue tasks; a
上半年 notice in prose whose figures answered "今年…" and were labelled as the year's targets;
a review sentence "全县实现地区生产总值286.4亿元，同比增长5.8%" whose growth was lost beside the
year's target; a city nobody loaded answered with this county's figure; a table of a year not
loaded answered with another year's. The documents are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2025, 8, 20)

REPORT_2024 = """翠溪县2024年政府工作报告
——2024年1月16日在翠溪县第十八届人民代表大会第四次会议上
翠溪县人民政府县长　韩立新
一、2023年工作回顾
过去一年，全县实现地区生产总值268.7亿元，同比增长6.1%。
二、2024年主要目标
全县经济社会发展主要预期目标是：地区生产总值增长6.5%左右；固定资产投资增长8%；城镇新增就业3000人以上。
三、2024年重点工作
（一）办好民生实事。今年集中财力办好十件民生实事：（1）新改建农村公路100公里；（2）为全县70周岁以上老年人免费开展健康体检；（3）新增城区公共停车位2000个。
"""

REPORT_2025 = """翠溪县2025年政府工作报告
——2025年1月14日在翠溪县第十八届人民代表大会第五次会议上
翠溪县人民政府代县长　周砚清
一、2024年工作回顾
过去一年，全县实现地区生产总值286.4亿元，同比增长5.8%；固定资产投资增长6.5%。城北第二小学开工建设。与沄州市签订区域合作协议，翠溪至沄州高速公路建成通车。
二、2025年主要目标
全县经济社会发展主要预期目标是：地区生产总值增长6%左右；固定资产投资增长7%；城镇新增就业3200人以上。
三、2025年重点工作
（一）办好民生实事。今年集中财力办好十件民生实事：（1）新改建农村公路120公里；（2）为全县65周岁以上老年人免费开展健康体检；（3）为适龄妇女免费开展“两癌”筛查1.2万人次。
"""

NOTICE = """翠溪县人民政府督查室关于2025年上半年重点工作推进情况的通报
各乡镇人民政府，县政府各部门：
一、总体情况
上半年，全县实现地区生产总值142.6亿元，同比增长5.6%；固定资产投资增长5.2%。经督查，48项重点工作中，已完成或达到序时进度的40项，进度滞后的8项。
二、主要进展
完成65周岁以上老年人健康体检2.1万人，“两癌”筛查7300人次。城北第二小学主体工程已封顶，正在进行内外装修。县人民医院新住院大楼主体施工至第11层（共16层）。
三、进度滞后的工作
1.新改建农村公路120公里，上半年仅完成38公里，完成率31.7%，主要原因是部分路段征迁协调不到位。责任单位：县交通运输局。
翠溪县人民政府督查室
2025年7月10日
"""

RESULTS = [["翠溪县2024年度县政府工作报告目标任务完成情况", "", "", "", "", ""],
           ["县政府督查室　2025年1月9日", "", "", "", "", ""],
           ["序号", "指标/任务", "年度目标", "完成情况", "是否完成", "牵头单位"],
           ["1", "地区生产总值增长", "6.5%左右", "286.4亿元，增长5.8%", "未完成", "县发展改革委"],
           ["2", "新增公共停车位", "2000个", "1800个", "未完成", "县住房城乡建设局"],
           ["3", "新改建农村公路", "100公里", "106公里", "完成", "县交通运输局"]]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    import openpyxl

    tmp = tmp_path_factory.mktemp("results_and_parts")
    paths = []
    for name, text in (("翠溪县2024年政府工作报告.txt", REPORT_2024), ("翠溪县2025年政府工作报告.txt", REPORT_2025),
                       ("上半年推进情况通报.txt", NOTICE)):
        (tmp / name).write_text(text, encoding="utf-8")
        paths.append(tmp / name)
    book = openpyxl.Workbook()
    for row in RESULTS:
        book.active.append(row)
    book.active.merge_cells("A1:F1")
    paths.append(tmp / "2024年度目标任务完成情况.xlsx")
    book.save(paths[-1])
    c, results = ingested_context(tmp / "data", paths)
    assert all(r.status == "ingested" for r in results), [(r.file, r.error) for r in results]
    yield c, results
    c.close()


def _ask(ctx, question: str):
    return ask(ctx[0], question, today=TODAY)


def test_a_results_sheet_is_a_report_not_a_plan(ctx) -> None:
    """Its rows are last year's results: no tasks, no overdue reminders, its own title kept."""
    sheet = next(r for r in ctx[1] if r.file.endswith(".xlsx"))
    assert (sheet.kind, sheet.tasks, sheet.title) == ("report", 0, "翠溪县2024年度县政府工作报告目标任务完成情况")
    ans = _ask(ctx, "24年停车位最后实际新增了多少个")
    assert ans.intent != "none" and "1800个" in flat(ans.answer), ans.answer


@pytest.mark.parametrize("question, wanted", [
    ("上半年固投增长多少", "5.2%"),
    ("上半年gdp多少亿 增速多少 通报里的", "5.6%"),
    ("督查通报说48项里滞后的有几项", "8项"),
])
def test_a_part_of_the_year_is_answered_by_its_notice(ctx, question: str, wanted: str) -> None:
    ans = _ask(ctx, question)
    assert ans.intent == "fact" and wanted in flat(ans.answer), ans.answer
    assert "2025年上半年" in flat(ans.answer), ans.answer  # labelled as the part, not the year


def test_the_years_figure_is_not_the_notices(ctx) -> None:
    """"今年两癌筛查多少人次": the year's commitment, never the 上半年 count."""
    ans = _ask(ctx, "今年两癌筛查多少人次")
    assert "1.2万人次" in flat(ans.answer) and "7300" not in ans.answer, ans.answer


def test_another_part_of_the_year_is_not_found(ctx) -> None:
    ans = _ask(ctx, "前三季度督查通报里滞后的有几项")
    assert ans.intent == "none" and "前三季度" in ans.answer and "上半年" in ans.answer, ans.answer


def test_a_review_sentence_gives_the_years_growth_beside_its_target(ctx) -> None:
    """"全县实现地区生产总值286.4亿元，同比增长5.8%": 全县 is the county itself, so the result
    stands beside the 2024 target instead of the target alone."""
    ans = _ask(ctx, "2024年全县gdp增长多少")
    assert "6.5%左右" in flat(ans.answer) and "5.8%" in flat(ans.answer), ans.answer


def test_an_age_is_a_figure(ctx) -> None:
    ans = _ask(ctx, "24年十件实事里老人免费体检是多少周岁以上的")
    assert "70周岁" in flat(ans.answer), ans.answer


def test_a_city_no_document_is_of_is_not_found(ctx) -> None:
    """The report names 沄州市 (a neighbour it signed with), never its GDP: no figure of this county
    stands for it."""
    ans = _ask(ctx, "沄州市今年gdp增长目标定的多少")
    assert ans.intent == "none" and "沄州市" in ans.answer, ans.answer


def test_a_notice_restating_a_task_answers_with_what_was_done(ctx) -> None:
    """"新改建农村公路120公里，上半年仅完成38公里": the clause after the task's is the result asked."""
    ans = _ask(ctx, "上半年农村公路干了多少公里")
    assert "38公里" in flat(ans.answer), ans.answer


def test_a_sheets_issuing_row_gives_its_number() -> None:
    """A sheet's row "桐政办发〔2026〕4号　　…　桐溪市人民政府办公室　2026年2月6日印发" (round 57h): the
    number first, then its issuer and date, in one row."""
    from retrieval.meta import read_meta

    meta = read_meta("桐溪市2026年重点任务分解表\n桐政办发〔2026〕4号　　　　　　桐溪市人民政府办公室　2026年2月6日印发\n"
                     "序号\t重点任务\t牵头单位\n1\t地区生产总值增长5.5%左右\t市发展改革委", kind="plan")
    assert meta.number == "桐政办发〔2026〕4号"


def test_last_years_report_and_its_speaker(ctx) -> None:
    """"去年那个报告是几次会议上作的 当时县长是谁" (round 57g): 去年 is counted as figures are (the
    2024 report, the newest being 2025's), the head asked after the meeting is asked too, and
    the 上半年 notice, no speech to a congress, is left out."""
    ans = _ask(ctx, "去年那个报告是几次会议上作的 当时县长是谁")
    text = flat(ans.answer)
    assert "第四次会议" in text and "韩立新" in text, ans.answer
    assert "第五次会议" not in text and "通报" not in text, ans.answer


@pytest.mark.parametrize("question, wanted, older", [
    # "现在咋样了": the latest word is the notice's, not last year's review ("开工建设")
    ("城北二小现在咋样了", "封顶", "开工建设"),
    ("城北二小进展咋样", "封顶", "开工建设"),
    # "盖到几层了": how far the building has got, a storey count the notice prints
    ("县医院住院楼盖到几层了", "第11层", None),
])
def test_how_far_the_work_has_got_is_the_notices(ctx, question: str, wanted: str, older: str | None) -> None:
    ans = _ask(ctx, question)
    text = flat(ans.answer)
    assert ans.intent != "none" and wanted in text, ans.answer
    assert older is None or older not in text, ans.answer


def test_a_labelled_number_row_gives_its_number() -> None:
    """"文号：栖政办发〔2025〕6号　　印发单位：…" (round 59a): the label is no part of the number."""
    from retrieval.meta import read_meta

    meta = read_meta("栖梧市2025年政府工作报告重点任务分解表\n文号：栖政办发〔2025〕6号\t\t印发单位：栖梧市人民政府办公室　2025年3月7日\n"
                     "序号\t任务内容\t牵头单位\n1\t壮大新能源电池产业集群\t市工业和信息化局", kind="plan")
    assert meta.number == "栖政办发〔2025〕6号"


def test_a_number_row_with_its_issuer_label() -> None:
    """"文号：栖政办发〔2025〕6号　印发单位：…" joined by cleaning into one line (round 59a)."""
    from retrieval.meta import read_meta

    meta = read_meta("栖梧市2025年政府工作报告重点任务分解表\n文号：栖政办发〔2025〕6号印发单位：栖梧市人民政府办公室2025年3月7日\n"
                     "序号任务内容牵头单位", kind="plan")
    assert meta.number == "栖政办发〔2025〕6号"


@pytest.mark.parametrize("title, asked", [
    ("昶平市2025年重点任务进展台账（截至2025年11月30日）", "城际铁路到11月底完成投资多少了"),
    ("2025年1-11月重点任务进展台账", "截至11月底新增就业多少"),
    ("关于2025年第三季度重点工作推进情况的督查通报", "前三季度固投增长多少"),
])
def test_a_notices_part_is_the_part_asked(title: str, asked: str) -> None:
    """A ledger "截至2025年11月30日" is the 1-11月 asked "到11月底"; a third quarter's notice gives the
    前三季度 figures (rounds 59c, 59f)."""
    from types import SimpleNamespace

    from answers.period_docs import period_scope

    notice, report = SimpleNamespace(title=title), SimpleNamespace(title="昶平市2025年政府工作报告")
    assert period_scope(asked, [report, notice]) == ([notice], None)


def test_the_latest_word_answers_now(ctx) -> None:
    """"现在…了几个" with no year: the notice first, not last year's review."""
    from types import SimpleNamespace

    from answers.period_docs import period_scope

    notice, report = SimpleNamespace(title="2025年上半年推进情况通报"), SimpleNamespace(title="2025年政府工作报告")
    assert period_scope("和美乡村示范村现在验收了几个", [report, notice]) == ([notice], None)
    assert period_scope("去年和美乡村示范村验收了几个", [report, notice]) == ([report], None)
