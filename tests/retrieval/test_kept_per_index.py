"""What search keeps per index (every character, the joined text, the headings) belongs to that
index: two contexts open in one process, or one closed and another opened where it stood, never
read each other's documents. Keyed by `id(ctx.index)` and the generation, a second context could
be served the first one's text (seen when several rounds were compared in one process)."""
from __future__ import annotations

import gc

from retrieval.search import chars_held, heading_holds, text_holds
from tests.support.answer_sets import report_context

_BODY = ("全年地区生产总值增长5.6%，一般公共预算收入增长3.2%，城乡居民人均可支配收入分别增长4.5%、6.8%。"
         "深入实施创新驱动发展战略，新增高新技术企业120家，规上工业增加值增长7.1%。\n")
ONE = "澜溪市2025年政府工作报告\n\n一、2024年工作回顾\n\n建成澜溪大剧院。新增城镇就业2.1万人。" + _BODY
TWO = "柏川县2025年政府工作报告\n\n一、2024年工作回顾\n\n建成柏川体育馆。新增城镇就业0.8万人。" + _BODY


def test_two_contexts_in_one_process_keep_their_own_text(tmp_path) -> None:
    (tmp_path / "one").mkdir(); (tmp_path / "two").mkdir()
    first = report_context(tmp_path / "one", ONE, "澜溪市2025年政府工作报告.txt")
    second = report_context(tmp_path / "two", TWO, "柏川县2025年政府工作报告.txt")
    try:
        assert text_holds(first, "澜溪大剧院") and not text_holds(second, "澜溪大剧院")
        assert text_holds(second, "柏川体育馆") and not text_holds(first, "柏川体育馆")
        assert "剧" in chars_held(first) and "剧" not in chars_held(second)
        assert heading_holds(first, "2024年工作回顾") and heading_holds(second, "2024年工作回顾")
    finally:
        first.close()
        second.close()


def test_a_context_opened_after_another_closed_reads_its_own(tmp_path) -> None:
    (tmp_path / "one").mkdir(); (tmp_path / "two").mkdir()
    first = report_context(tmp_path / "one", ONE, "澜溪市2025年政府工作报告.txt")
    assert text_holds(first, "澜溪大剧院")
    first.close()
    del first
    gc.collect()
    again = report_context(tmp_path / "two", TWO, "柏川县2025年政府工作报告.txt")
    try:
        assert not text_holds(again, "澜溪大剧院") and text_holds(again, "柏川体育馆")
    finally:
        again.close()
