"""Does a text look like a government work report? Checked before anything is indexed.

Any text used to become a "report": links to a server's `.env` and `/etc/shadow` ingested as
`报告｜未知｜未知`, and the bot then answered "TELEGRAM_BOT_TOKEN 是什么" with the token. A
report is Chinese prose with the structure every such report has: a title or the delivery /
signature line, or parts numbered "一、二、" / "（一）". A text without enough Chinese, or with
Chinese but none of that structure, is refused with the reason, and never indexed.
(Responsibility tables are recognised separately, by their header and numbered task rows.)

A document that calls itself a responsibility plan (its title or its covering notice says
分工方案 / 任务分解表 / 责任清单) but whose table was not read is never a report either: stored
as one, it answered "谁牵头" with nothing and, as "the report of that year", hid the real one.
It is refused with the reason (`check_not_plan`), and nothing already stored changes.
"""
from __future__ import annotations

from core import lazy_re as re

from core.errors import UserError
from prompts import ingest as msg
from retrieval.meta import PROGRESS_TITLE, RESULTS_TABLE_TITLE

# A clipped report still has a few sentences of Chinese; a key, a password file or a config file has none.
MIN_CJK = 60
# Share of CJK among letters (CJK + Latin): "GDP", "5G" and English names are rare in a report.
MIN_CJK_SHARE = 0.6
_HEAD = 15

# ("2025年上半年重点工作进展情况通报": a notice of progress or results, its title on its own line)
_TITLE = re.compile(r"报告|工作报告|政府工作|(?:完成|落实|进展|推进)情况的?通报$|督查通报|" + RESULTS_TABLE_TITLE + "|" + PROGRESS_TITLE)
_DELIVERY = re.compile(r"人民代表大会|人大.{0,10}会议|在.{0,20}会议上|^[—\-－]{1,2}")
_SPEAKER = re.compile(r"(?:省长|市长|县长|区长|州长|主席|旗长|盟长)\s*\S{0,4}$")
_SIGNATURE = re.compile(r"人民政府(?:办公室|办公厅|督查室)?(?:\s*\d{4}年\d{1,2}月\d{1,2}日)?$|政府督查室$")
_PART = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:部分|篇|章))")


# A plan's own name: the title line ends with it, or the notice prints it ("关于印发…的通知").
_PLAN_WORDS = r"(?:责任分工|分工方案|分工意见|任务分解|分解方案|分解表|责任清单|任务清单|分工表|任务台账)"
_PLAN_TITLE = re.compile(rf"^(?![一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[)）]|\d+[、．.])[^，。；,;！？]{{2,80}}?{_PLAN_WORDS}(?:表|台账)?(?:[（(][^）)]{{0,12}}[)）])?$")
_PLAN_NOTICE = re.compile(rf"关于印发[^，。；]{{2,80}}?{_PLAN_WORDS}[^，。；]{{0,12}}?的通知")
_PLAN_HEAD = 30


# a work report runs to thousands of characters; a plan that borrows its title line is a page or two
MIN_REPORT_CHARS = 3000
# the report's own delivery line ("——2026年1月14日在岚溪市第十七届人民代表大会第六次会议上")
_DELIVERED_AT = re.compile(r"^[—\-－]*(?:[（(])?(?:\d{4}年\d{1,2}月\d{1,2}日)?在.{2,40}(?:人民代表大会|人大).{0,20}会议上")


def report_with_a_table(text: str, tables: list[list[list[str]]]) -> bool:
    """A work report that holds a table (its 民生实事 set out as 序号 | 项目 | 目标 | 责任单位, round
    65d), not a plan: its head has the delivery line ("…在…人民代表大会…会议上") or the
    speaker's, it names no plan, and its prose outweighs its tables threefold."""
    if plan_name(text):
        return False
    head = [re.sub(r"\s+", "", p) for p in text.split("\n") if p.strip()][:_HEAD]
    titled = any("政府工作报告" in p and not re.search(r"分工|分解|清单|台账|责任|方案|通知", p) for p in head[:3])
    if not (titled and any(_DELIVERED_AT.search(p) for p in head)):
        return False
    in_tables = sum(len(cell) for table in tables for row in table for cell in row)
    chars = len(re.sub(r"\s+", "", text))
    if not in_tables:
        # its 民生实事 written as items each ending "（责任单位：…）" (round 65c's 2025 report) read
        # as a plan of labelled fields: a report's length says it is the report
        return chars >= MIN_REPORT_CHARS
    return chars - in_tables > 3 * in_tables


def plan_name(text: str) -> str | None:
    """The plan name a text gives itself in its head (a title line "…重点工作责任分工方案",
    "…任务分解表", or "关于印发…方案的通知"); None for a report. Lines inside sentences never count."""
    lines = [re.sub(r"\s+", "", p) for p in text.split("\n") if p.strip()][:_PLAN_HEAD]
    for line in lines:
        if _PLAN_TITLE.match(line):
            return line
    joined = "".join(lines)
    for m in _PLAN_NOTICE.finditer(joined):
        before = joined[:m.start()]
        if before.rfind("《") > before.rfind("》"):
            continue  # "根据《…关于印发〈…分工方案〉的通知》要求": a notice citing the plan it checks
        return m.group(0)
    return None


def check_not_plan(text: str) -> None:
    """Refuse, as a report, a text whose head names it a responsibility plan (its table was not
    read, or it would have been ingested as a plan)."""
    name = plan_name(text)
    if name:
        raise UserError(msg.PLAN_NOT_READ.format(name=name[:40]))


def cjk_counts(text: str) -> tuple[int, int]:
    """(CJK ideographs, Latin letters) in `text`."""
    cjk = latin = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            cjk += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    return cjk, latin


def check_chinese(text: str) -> None:
    """Refuse a text that is not mostly Chinese (an English file, a key, a password file)."""
    cjk, latin = cjk_counts(text)
    share = cjk / max(cjk + latin, 1)
    if cjk < MIN_CJK or share < MIN_CJK_SHARE:
        raise UserError(msg.NOT_CHINESE.format(cjk=cjk, share=round(100 * share)))


def check_report(text: str) -> None:
    """Refuse (UserError with the reason) a cleaned text that does not look like a report."""
    check_chinese(text)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    head, tail = paragraphs[:_HEAD], paragraphs[-5:]
    # (a sheet's title row comes back from the table reading with a stop: "…推进台账（截至10月底）。")
    titled = any(_TITLE.search(p.rstrip("。")) and len(p) <= 60 for p in head) or any(_DELIVERY.search(p) or _SPEAKER.search(p) for p in head)
    signed = any(_SIGNATURE.search(p) and len(p) <= 40 for p in tail)
    parts = sum(1 for p in paragraphs if _PART.match(p))
    if not (titled or signed or parts >= 2):
        raise UserError(msg.NOT_A_REPORT)
