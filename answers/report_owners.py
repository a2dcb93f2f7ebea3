"""Who is responsible for an item, read off a report of what was done ("关于2024年十件民生实事完成
情况的报告": each item with its 年度目标, 完成情况 and "责任单位：市民政局（牵头）…" line, or a
通报's table with a 牵头单位 column). A past year's item is in no plan of the registry, so "社区食堂
是哪个局负责的" found no task (a new user's try, session 21); the report's own line answers it.

Only when the registry holds no task for the item, and strictly: the owner line must stand in the
item's own block (the line naming the item, or the lines from the item's heading down to it) and
that block must hold most of the words asked."""
from __future__ import annotations

from typing import Any

from answers import backends as B
from answers.compose import Answer, source_dict, source_line
from answers.evidence import coverage, grams
from core import lazy_re as re
from prompts import answers as P

MIN_COVERAGE = 0.6
MAX_BLOCK_LINES = 6
# "责任单位：市民政局（牵头），各县（区）人民政府。" / "普惠托育牵头单位：区卫生健康委。"
_OWNER_LINE = re.compile(r"(?:牵头单位|责任单位|责任部门|牵头部门)\s*[：:]\s*(?P<units>[^。\n]{2,80})")
# a line that opens an item: "三、…", "（三）…", "3．…"
_NOT_THE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:局|委|厅|办|中心)(?![\u4e00-\u9fff])|(?:十件|十项)?(?:民生)?实事|民生实施|"
                           r"那件|这件|那项|这项|那个|这个|那条|这条")
_ITEM_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、])")


def _blocks(text: str) -> list[tuple[str, str]]:
    """(the item's block, the units its owner line names) for each owner line of a passage."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        for m in _OWNER_LINE.finditer(line):
            if line[: m.start()].strip(" ；;。"):
                out.append((line[: m.start()], m.group("units")))  # the item named on the line itself
                continue
            start = i
            while start > 0 and i - start < MAX_BLOCK_LINES and not _ITEM_HEAD.match(lines[start]):
                start -= 1
            out.append(("\n".join(lines[start:i]), m.group("units")))
    return out


def report_owner_answer(ctx: Any, topic: str, region: str | None) -> Answer | None:
    """The owner line of the reported item the topic names best; None when none holds it."""
    # (a unit guessed beside the item, "…那件实事 是不是卫健局", and the kind the item is said by,
    # "民生实事…那件", name no word of it: round 65d)
    wanted = grams(_NOT_THE_ITEM.sub(" ", topic)) or grams(topic)
    if not wanted:
        return None
    best = None
    for hit in B.search(ctx, topic, k=6, region=region, kind="report", dense=False):
        for block, units in _blocks(B.field(hit, "text") or ""):
            cov = coverage(wanted, block)
            if cov >= MIN_COVERAGE and (best is None or cov > best[0]):
                best = (cov, block, units, hit)
    if best is None:
        return None
    _, block, units, hit = best
    item = _ITEM_HEAD.sub("", block.split("\n", 1)[0]).strip(" ：:。")
    text = P.OWNER_FROM_REPORT.format(item=item, units=units.strip(" ，,；;"),
                                      title=B.field(hit, "title") or "报告") + "\n" + source_line(
        B.field(hit, "title"), B.field(hit, "section"))
    return Answer(text, "owner", [source_dict(hit)])
