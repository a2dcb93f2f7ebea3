"""A report's 名词解释 published as a file of its own, as a 研究室 prints it: the title
"《…政府工作报告》名词解释", the issuer and the date, a line of introduction, then each term in
bold on a line of its own with its explanation in the paragraph below (no numbers, no colon).

Every entry is read as an entry: "啥叫链长制" answers the explanation, the file keeps its title
with its marks, and a term asked of the glossary that it does not hold ("名词解释里新质生产力是咋
解释的") is said to be absent from it, never answered from a report sentence that merely uses it.
The documents are invented for these tests."""
from __future__ import annotations

import datetime as dt

import docx
import pytest

from answers.ask import ask
from tests.support.answer_sets import flat, ingested_context

TODAY = dt.date(2026, 12, 3)
ENTRIES = {
    "链长制": "指围绕我省制造业重点产业链，由省领导担任“链长”、龙头企业担任“链主”，统筹推进补链、延链、强链工作的推进机制。",
    "首发经济": "指企业发布新产品、推出新业态、开展新模式、建设新门店等经济活动的总称。",
    "科技副总": "指从高校、科研院所选派科技人员到企业兼任分管技术创新工作的副总经理，服务期一般为两年。",
}
REPORT = """岚溪省2026年政府工作报告
——2026年1月20日在岚溪省第十四届人民代表大会第五次会议上
省长 周启衡
一、2025年工作回顾
全省地区生产总值增长5.6%。向企业选派科技副总412名。
二、2026年重点工作
深化链长制，规模以上工业增加值增长6.5%左右。因地制宜发展新质生产力，培育首发经济，全年引进品牌首店150家以上。
"""


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("glossary_file")
    document = docx.Document()
    for line in ("《岚溪省2026年政府工作报告》名词解释", "岚溪省人民政府研究室", "2026年1月",
                 "为便于各位代表、委员更好理解省政府工作报告，省政府研究室对报告中出现的部分名词作如下解释。"):
        document.add_paragraph(line)
    for term, explanation in ENTRIES.items():
        document.add_paragraph().add_run(term).bold = True
        document.add_paragraph(explanation)
    glossary = tmp / "岚溪省2026年政府工作报告名词解释.docx"
    document.save(glossary)
    report = tmp / "岚溪省2026年政府工作报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    c, results = ingested_context(tmp / "data", [report, glossary])
    assert [r.status for r in results] == ["ingested", "ingested"], results
    yield c
    c.close()


def test_a_term_on_its_own_line_is_an_entry(ctx):
    answer = ask(ctx, "啥叫科技副总", today=TODAY)
    text = flat(answer.answer)
    assert "副总经理" in text and "服务期一般为两年" in text, text
    assert "《岚溪省2026年政府工作报告》名词解释" in text, text


def test_the_glossary_asked_for_an_entry_it_lacks_says_so(ctx):
    answer = ask(ctx, "名词解释里新质生产力是咋解释的", today=TODAY)
    assert answer.intent == "none", answer.answer
    assert "名词解释里没有“新质生产力”" in flat(answer.answer)
    entry = flat(ask(ctx, "那个解释里链长制咋说的", today=TODAY).answer)
    assert "链主" in entry, entry


def test_the_glossary_file_is_asked_of_by_its_name(ctx):
    text = flat(ask(ctx, "名词解释那个文件是哪个单位出的", today=TODAY).answer)
    assert "岚溪省人民政府研究室" in text, text
    speaker = flat(ask(ctx, "26年报告是谁作的", today=TODAY).answer)
    assert "周启衡" in speaker and "研究室" not in speaker, speaker
