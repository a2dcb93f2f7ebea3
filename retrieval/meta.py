"""What a document is, read from its words (never from its file name).

Staff ask "南昌2024年的目标" and expect the Nanchang report that plans 2024, not
the province's; so every document needs its region and the year it plans for.
They come from the title, the date line ("——2024年1月15日在南昌市第十六届人民
代表大会…"), the plan heading ("二、2024年工作安排"), and for a clipped text
without a title from "我市/我省" and the place names that dominate. What cannot
be read is listed in `missing` so the summary can say so instead of guessing.
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re
from collections import Counter
from dataclasses import asdict, dataclass, field

from core.dates import date_or_none
from core.numerals import CN_DIGITS, cn_number
from core.places import CITIES, PROVINCES

_HEAD_PARAS = 12  # title, date line and salutation sit in the first few paragraphs
_DATE_LINE = re.compile(
    r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:在|于)?([^，。\d]{0,20}?)第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大|居民代表会议)"
)  # (a 街道 has no congress: its 办事处 reports to the 居民代表会议, round 71a)
_ANY_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_TITLE_REGION = re.compile(
    r"(?:\d{4}年)?(?:度)?([\u4e00-\u9fff]{2,12}?(?:自治区|特别行政区|省|市|自治州|州|县|区|旗|盟|镇|乡))(?:人民)?(?:管委会|管理委员会)?(?:政府|\d{4}年)"
)
_PLAN_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}(?:部分|篇|章))\s*(\d{4})年(?:的)?(?:主要)?(?:工作|目标|重点)"
)
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}(?:部分|篇|章))")
_REVIEW_WORDS = re.compile(r"回顾|总结|成绩|成就|过去")
# a document that reports what was done in a year ("关于2024年十件民生实事完成情况的报告"): its
# items are that year's results, written after it, as a work report's review is
# a table titled by its results alone ("XX市2025年度市政府工作报告目标任务完成情况", "…完成情况表")
# is one too, unless the title names the plan itself (分工, 分解, 台账: a plan with a progress column)
RESULTS_TABLE_TITLE = r"^(?!.*(?:分工|分解|责任|台账|清单)).{4,60}(?:完成|落实)情况(?:(?:统计|汇总|一览)?表)?$"
# a progress table or notice titled by what it reports ("2025年前三季度重点工作进展情况", "1-11月重点
# 任务进展台账", "第三季度重点工作督查通报", "重点工作月调度台账（7月）"): no plan is titled so (a plan's own 推进情况表 to be
# filled in is told apart by its deadline or leader column, `retrieval.plans.parse.reports_progress`)
PROGRESS_TITLE = (r"^(?!.*(?:分工|分解|责任|方案|清单|安排|计划)).{4,60}?(?:(?:进展|推进)情况(?:统计|汇总|一览)?表?|"
                  r"(?:进展|推进|落实)(?:情况)?(?:台账|一览表|表)|(?:月)?调度台账|进度表|督查通报)(?:[（(][^）)]{0,24}[)）])?$")
DONE_TITLE = re.compile(r"(?:完成|落实|进展|推进|办理)情况的?(?:报告|通报|汇报|说明)|工作总结|情况通报|" + RESULTS_TABLE_TITLE
                        + "|" + PROGRESS_TITLE)
# a document's own title without its region ("关于…的报告"): kept as printed
_TITLED = re.compile(r"^关于.{4,60}的(?:报告|通报|汇报|说明|通知|意见)$")
_PLAN_YEAR_ANY = re.compile(r"(\d{4})年(?:政府)?(?:工作安排|主要目标|重点工作|主要预期目标)")
_TITLE_YEAR = re.compile(r"(\d{4})年")
_ISSUED = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(?:印发|发布|起施行)?$")
# The speaker's line under the date line: "云岭省省长 石清远", "XX市代理市长 某某".
_SPEAKER = re.compile(
    r"^([\u4e00-\u9fff]{2,12}?(?:自治区|特别行政区|省|市|自治州|州|县|区|旗|盟|镇|乡|街道))(?:人民政府|办事处)?(?:代理|代|副)?"
    r"(?:省长|市长|县长|区长|州长|主席|旗长|盟长|镇长|乡长|主任)"
)
# The signature a text ends with ("云梦市人民政府", optionally with the date).
_SIGNATURE = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:自治区|省|市|自治州|州|县|区|旗|盟|镇|乡))人民政府(?:办公室|办公厅|督查室)?"
                        r"(?:\d{4}年\d{1,2}月\d{1,2}日)?$")
_LEVEL_WORDS = {"自治区", "自治州", "自治县", "自治旗", "特别行政区"}
_ISSUER = re.compile(r"^([\u4e00-\u9fff]{2,10}?(?:自治区|省|市|自治州|县|区))人民政府(?:办公厅|办公室)?(?:文件|关于)")
_GENERIC_TITLES = {"政府工作报告", "工作报告", "报告"}
# "赣府厅字〔2021〕8号", "国发〔2024〕7号", "云政办发[2025]12号": issuer abbreviation, year
# in brackets of any kind, serial number; a line of its own near the top of an issued document.
_DOC_NUMBER = re.compile(r"^([\u4e00-\u9fff]{1,8})\s*([〔\[［(（【])\s*(\d{4})\s*([〕\]］)）】])\s*(\d{1,4})\s*号$")
# what follows a number on its issuing line: the issuer, then the date
_ISSUED_AFTER = re.compile(r"^\s*(?:(?:印发|发文)(?:单位|机关)\s*[:：]\s*)?(?:[\u4e00-\u9fff]{0,20}?(?:办公室|办公厅|人民政府))?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_ISSUER_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:人民政府办公室|人民政府办公厅|政府办公室|办公室|办公厅)\s*")
_NUMBER_PARAS = 30
_FOOTER_PARAS = 6  # a spreadsheet's rows under its table: the issuing line some offices put there
# … or inside the issuing line above an annex table, its issuer's short name holding 府/政/办/委.
# (the line opens with it, in brackets or not, and 附件 follows: never a number quoted in a sentence)
_DOC_NUMBER_INLINE = re.compile(r"[（(]?\s*([\u4e00-\u9fff]{0,3}[府政办委][\u4e00-\u9fff]{0,3})\s*[〔\[［【]\s*(\d{4})\s*[〕\]］】]\s*(\d{1,4})\s*号")


@dataclass
class DocMeta:
    kind: str = "report"  # "report" | "plan"
    region: str | None = None
    year: int | None = None  # the year the document plans for
    delivered: dt.date | None = None
    title: str = ""
    missing: list[str] = field(default_factory=list)  # fields not read from the text
    title_made: bool = False  # the title was composed because the text has none
    number: str | None = None  # document number (文号) under the issuer, as printed
    issuer: str | None = None  # the office that issued or wrote it, as printed on its cover or under it

    def to_dict(self) -> dict:
        d = asdict(self)
        d["delivered"] = self.delivered.isoformat() if self.delivered else None
        return d


def read_meta(text: str, *, kind: str | None = None) -> DocMeta:
    """Read kind, region, plan year, date and title from cleaned text (one paragraph per line).

    `kind` is given when the caller already knows it (ingest routes by the tables a file
    holds): a report that mentions "责任分工…牵头单位" in passing is still read as a report.
    """
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    paragraphs[:_HEAD_PARAS] = [_arabic_dates(p) for p in paragraphs[:_HEAD_PARAS]]
    head = paragraphs[:_HEAD_PARAS]
    meta = DocMeta(kind=kind or _kind(text))
    title = _title(paragraphs[:40] if meta.kind == "plan" else head, meta.kind)
    title = _one_title_for_its_months(title, paragraphs)

    date_match = next((m for p in head if (m := _DATE_LINE.search(p))), None)
    if date_match:
        meta.delivered = date_or_none(date_match.group(1), date_match.group(2), date_match.group(3))
        meta.region = _clean_region(date_match.group(4))
    elif meta.kind == "plan":
        # An issued document carries its date alone on a line ("2021年2月10日印发").
        m = next((m for p in paragraphs if (m := _ISSUED.match(p))), None)
        if m:
            meta.delivered = date_or_none(*m.groups())
    else:
        m = next((m for p in head if len(p) <= 40 and (m := _ANY_DATE.search(p))), None)
        if m:
            meta.delivered = date_or_none(*m.groups())
    if not meta.region:
        m = next((m for p in head if (m := _ISSUER.match(p))), None)
        if m:
            meta.region = _clean_region(m.group(1))
    if not meta.region and title:
        m = _TITLE_REGION.search(title)
        if m:
            meta.region = _clean_region(m.group(1))
    if not meta.region:
        m = next((m for p in head if len(p) <= 30 and (m := _SPEAKER.match(p))), None)
        if m:
            meta.region = _clean_region(m.group(1))
    if not meta.region:
        # The author signs with its own name; the places it merely names (partners,
        # neighbours) never sign, however often they are mentioned.
        m = next((m for p in (head + paragraphs[-5:]) if (m := _SIGNATURE.match(p))), None)
        if m:
            meta.region = _clean_region(m.group(1))
    if not meta.region:
        meta.region = _dominant_region(text)

    if not meta.delivered and meta.kind != "plan":
        # the date signed under the text ("特此报告。…2025年1月6日")
        m = next((m for p in reversed(paragraphs[-3:]) if (m := _ISSUED.match(p))), None)
        if m:
            meta.delivered = date_or_none(*m.groups())
    meta.year = _plan_year(paragraphs, title, meta)
    meta.number = _doc_number(paragraphs[:_NUMBER_PARAS], paragraphs[-_FOOTER_PARAS:])
    meta.issuer = _issuer(paragraphs[:_NUMBER_PARAS], paragraphs[-_FOOTER_PARAS:])

    if title and title not in _GENERIC_TITLES and (
            meta.region is None or _region_core(meta.region) in title or _TITLED.match(title)
            or _zone_named(meta.region, title)
            or DONE_TITLE.search(title)):  # "2025年上半年重点工作进展情况通报": its own title
        meta.title = title
    else:
        if not title:
            meta.title_made = True
        kind_word = "政府工作报告" if meta.kind == "report" else "重点工作责任分工方案"
        meta.title = f"{meta.region or ''}{meta.year or ''}{'年' if meta.year else ''}{kind_word}"
    for name in ("region", "year", "delivered"):
        if getattr(meta, name) is None:
            meta.missing.append(name)
    if meta.title_made:
        meta.missing.append("title")
    return meta


_NUMBER_LABEL = re.compile(r"^\s*(?:文号|发文字号|发文编号|文件编号)\s*[:：]\s*")


_MONTH_BRACKET = re.compile(r"[（(](?:1[0-2]|[1-9])月(?:份)?[）)]$")


def _one_title_for_its_months(title: str, paragraphs: list[str]) -> str:
    """A workbook of one sheet a month ("…月调度台账（7月）", "…（8月）", round 63g) is titled
    without its first sheet's month: each month is said in its own sheet's rows."""
    if not title or not _MONTH_BRACKET.search(title):
        return title
    stem = _MONTH_BRACKET.sub("", title)
    months = {p.rstrip("。") for p in paragraphs if p.startswith(stem) and _MONTH_BRACKET.search(p.rstrip("。"))
              and len(p) <= len(title) + 3}
    return stem if len(months) >= 2 else title


# an office's name on a line of its own: "江西省人民政府办公厅文件", "岚江省人民政府研究室", the
# signature "澜石市委市政府督查室" (its date on the same line or the next)
_ISSUER_LINE = re.compile(r"^((?:[\u4e00-\u9fff]{2,12}?(?:自治区|省|市|自治州|州|县|区|旗|盟|镇|乡))"
                          r"(?:委|人民政府|政府|委市政府|委县政府|委区政府)?(?:办公厅|办公室|研究室|督查室|政策研究室|党政办公室)|"
                          r"[\u4e00-\u9fff]{2,12}?(?:自治区|省|市|自治州|州|县|区|旗|盟|镇|乡)人民政府)"
                          r"(?:文件)?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:印发)?)?$")


def _issuer(head: list[str], tail: list[str] = ()) -> str | None:
    """The office a document names as its issuer, on its cover first, else in its signature."""
    for p in [*head, *reversed(tail)]:
        m = _ISSUER_LINE.match(re.sub(r"[\s\u3000]+", "", p))
        if m:
            return m.group(1)
    return None


def _doc_number(head: list[str], tail: list[str] = ()) -> str | None:
    """The 文号 printed under the issuer, normalised to the 〔〕 brackets of the standard
    (GB/T 9704); None when the document carries none (reports are delivered, not issued).
    An annex's issuing line may stand above its table or, in a spreadsheet, below it (`tail`).
    A line broken inside a Word paragraph (Shift+Enter) is a line of its own."""
    head = [line for p in head for line in (p.splitlines() or [p])]
    # "文号：栖政办发〔2025〕6号　　印发单位：…" (a sheet's row, round 59a): the label is no part of it
    head = [_NUMBER_LABEL.sub("", p) for p in head]
    for p in head:
        # (a sheet's issuing row: "桐政办发〔2026〕4号　　　…　桐溪市人民政府办公室　2026年2月6日印发",
        # the number first, then the issuer and date after a run of spaces)
        m = _DOC_NUMBER.match(p.strip()) or _DOC_NUMBER.match(re.split(r"[\s\u3000]{2,}|\t", p.strip())[0])
        if m:
            return f"{m.group(1)}〔{m.group(3)}〕{m.group(5)}号"
        # ("宁禾县人民政府办公室　　宁政办发〔2026〕3号　　2026年2月6日印发", round 63b: the issuer first)
        parts = re.split(r"[\s\u3000]{2,}|\t", p.strip())
        if len(parts) >= 2 and re.search(r"(?:办公室|办公厅|人民政府)$", parts[0]):
            m = next((m for part in parts[1:] if (m := _DOC_NUMBER.match(part))), None)
            if m:
                return f"{m.group(1)}〔{m.group(3)}〕{m.group(5)}号"
        # (cleaning joins the row's cells: "栖政办发〔2026〕4号2026年2月6日印发"; the issuer may
        # stand first: "宁禾县人民政府办公室宁政办发〔2026〕3号2026年2月6日印发")
        line = p.strip()
        issuer = _ISSUER_FIRST.match(line)
        for start in (0, issuer.end() if issuer else None):
            m = _DOC_NUMBER_INLINE.match(line, start) if start is not None else None
            if m and _ISSUED_AFTER.match(line[m.end():]):
                return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    for p in head:  # an annex's issuing line: "（棠府办发〔2025〕5号附件　…2025年2月17日印发）"
        m = _DOC_NUMBER_INLINE.match(p.strip())
        if m and re.match(r"\s*(?:文件)?附件", p.strip()[m.end():]):
            return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    for p in tail:  # …under the table, where a spreadsheet's last rows may run into one paragraph
        end = p.strip()[-200:]
        for m in _DOC_NUMBER_INLINE.finditer(end):
            if re.match(r"\s*(?:文件)?附件", end[m.end():]) and (m.start() == 0 or end[m.start()] in "（(" or end[m.start() - 1] in "（(。；\n\t "):
                return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号"
    return None


def _kind(text: str) -> str:
    start = text[:4000]
    if re.search(r"分工方案|责任分工|任务分解", start) and re.search(r"牵头单位|责任单位|牵头领导", text):
        return "plan"
    return "report"


# "附件1　…分工清单" / "附件：…" / "附件二、…": the annex mark before a table's title, no part of it
_ANNEX_MARK = re.compile(r"^附件\s*[\d一二三四五六七八九十]{0,2}\s*[:：、.．]?\s*")
_LIST_TITLE = re.compile(r"(?:19|20)\d{2}年.{0,30}(?:分工表|分解表|任务分解|(?:任务|责任|项目|工作)清单|民生实事项目)")


def _title(head: list[str], kind: str) -> str:
    if kind == "plan":
        for p in head:
            p = _ANNEX_MARK.sub("", p).strip()
            p = re.sub(r"[,，\t ]+$", "", p)  # a title row of a CSV/XLSX table
            if len(p) <= 60 and re.search(r"分工方案|责任分工", p) and not re.search(r"[，。,]|通知", p):
                return p
        for p in head:  # a plan titled as a list ("…民生实事项目清单", "…重点工作任务分解表", round 64g)
            p = _ANNEX_MARK.sub("", p).strip()
            if len(p) <= 60 and "\t" not in p and _LIST_TITLE.search(p) and not re.search(r"[，。,：:]|通知", p):
                return p
        for p in head:
            if "分工方案" in p and "关于印发" in p and len(p) <= 80:
                return re.sub(r"^.*?关于印发", "", p).removesuffix("的通知").strip()
        return ""
    about = [p for p in head[:6] if p.startswith("关于") and _REPORTED.search(p) and len(p) <= 70 and not re.search(r"[，。：]", p)]
    if about:
        return about[0]  # "关于2024年…完成情况的通报" under a masthead ("督查通报 / 第1期", round 53b)
    for i, p in enumerate(head[:6]):
        if "关于" in p and not _REPORTED.search(p) and i + 1 < len(head) and _REPORTED.search(head[i + 1]) \
                and len(head[i + 1]) <= 30:
            # a title set on two lines ("…办公室关于2024年县级民生实事" / "项目完成情况的通报", round 51d)
            p = p + head[i + 1]
        if len(p) > 70 or _MASTHEAD.fullmatch(p):
            continue  # ("督查通报 / 第7期 / …督查室 / 澄泉市2025年上半年重点工作推进情况": the masthead, round 61a)
        if ("报告" in p or _REPORTED.search(p) or _DONE_TABLE_TITLE.match(p)) and not p.startswith("——") \
                and not re.search(r"[，。：]", p):
            # The date line set on the title's own line: "政府工作报告（2025年1月14日在…会议上）"
            title = _TITLE_DATE_TAIL.sub("", p).strip()
            # "《岚江省2026年政府工作报告》名词解释": the marks go only when they wrap the whole title
            return title.strip("《》") if title.startswith("《") and title.endswith("》") or title.count("《") != title.count("》") \
                else title
    return ""


# a progress or results table's own title line ("…前三季度重点工作进展情况", "…目标任务完成情况表")
_DONE_TABLE_TITLE = re.compile(RESULTS_TABLE_TITLE + "|" + PROGRESS_TITLE)
# a bulletin's masthead, printed above its title: "督查通报", "工作专报"
_MASTHEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:通报|专报|快报|简报|情况)")
# a title's last words for a report of what was done ("…完成情况的通报")
_REPORTED = re.compile(r"(?:报告|通报|汇报)$")
_TITLE_DATE_TAIL = re.compile(r"\s*(?:[（(]\s*[—―-]*\s*|[—―]{1,2}\s*)(?:\d{4}|[〇零一二三四五六七八九]{4})年.*?(?:会议上|大会上)?[)）]?$")


def _plan_year(paragraphs: list[str], title: str, meta: DocMeta) -> int | None:
    for p in paragraphs:
        m = _PLAN_HEADING.match(p)
        if not m or len(p) > 40 or _REVIEW_WORDS.search(p):
            continue
        if meta.delivered and int(m.group(1)) < meta.delivered.year:
            continue  # "一、2024年工作总结" in a report delivered in 2025 is its review
        return int(m.group(1))
    if title:
        m = _TITLE_YEAR.search(title)
        if m:
            return int(m.group(1))
    # "三、扎实做好2025年经济社会发展工作": a section heading naming a year it does not review.
    years = [
        int(m.group(1))
        for p in paragraphs
        if len(p) <= 40 and _SECTION_HEADING.match(p) and not _REVIEW_WORDS.search(p) and (m := _TITLE_YEAR.search(p))
    ]
    if meta.delivered:
        years = [y for y in years if y >= meta.delivered.year]
    if years:
        return max(years)
    counts = Counter(int(m.group(1)) for p in paragraphs for m in _PLAN_YEAR_ANY.finditer(p))
    if meta.delivered:
        # "完成了2024年主要目标任务" in the review of a report delivered in 2025 is not its plan.
        counts = Counter({y: n for y, n in counts.items() if y >= meta.delivered.year})
    if counts:
        return counts.most_common(1)[0][0]
    if meta.delivered and meta.kind == "report":
        # A report delivered in January..March plans that year ("今年"); the rare one
        # delivered in November or December plans the next ("明年工作安排").
        return meta.delivered.year + (1 if meta.delivered.month >= 11 else 0)
    return None


_CN_DATE = re.compile(r"([〇零○ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_YEAR_DIGITS = CN_DIGITS | {"O": 0}  # a Latin O typed for 〇


def _arabic_dates(paragraph: str) -> str:
    """Official documents may date in Chinese numerals ("二〇二五年一月十四日"); read them as digits."""
    return _CN_DATE.sub(
        lambda m: f"{''.join(str(_YEAR_DIGITS[c]) for c in m.group(1))}年{cn_number(m.group(2))}月{cn_number(m.group(3))}日",
        paragraph,
    )


# a zone's full name, which its other papers print short as "高新区"
_ZONE_FULL = r"高新技术(?:产业)?开发区"


def _clean_region(name: str) -> str | None:
    name = name.strip().removeprefix("在").removeprefix("关于")  # "关于青漪县2025年上半年…的通报"
    name = re.sub(r"^(?:中华人民共和国|中国)", "", name)
    # "澜江高新技术产业开发区管委会2026年工作报告" (round 68d): the zone by the name its other papers use
    name = re.sub(_ZONE_FULL + "$", "高新区", name)
    if len(name) < 2 or len(name) > 12 or name[:-1] in ("", "本", "全", "我") or name in _LEVEL_WORDS:
        return None  # "在市十六届人大…" names the level, not the place
    if re.search(r"\d|季度|上半年|下半年|年度|月份|^(?:今年|去年|明年|本年|前年|全年)", name):
        return None  # "关于2025年三季度县政府…": a period before the level, no place
    return name


def _zone_named(region: str, title: str) -> bool:
    """"澜江高新技术产业开发区管委会2026年工作报告" names the zone 澜江高新区 in full: its own title."""
    stem = re.sub(r"高新区$", "", region)
    return stem != region and len(stem) >= 2 and re.search(re.escape(stem) + _ZONE_FULL, title) is not None


def _region_core(region: str) -> str:
    return re.sub(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", "", region)


def _dominant_region(text: str) -> str | None:
    """For a text without title or date line: "我市/全市" vs "我省/全省" gives the level,
    the most frequent known place name of that level gives the region."""
    city_level = len(re.findall(r"我市|本市|市人民政府|全市", text))
    province_level = len(re.findall(r"我省|本省|省人民政府", text))
    if city_level == 0 and province_level == 0:
        return None
    # A county's, district's or autonomous region's own words ("全县", "我区"): places.py
    # lists no such names, and the city it mentions is its parent, not its author.
    local_level = len(re.findall(r"我县|全县|本县|县人民政府|我区|全区|本区|区人民政府|我州|全州|州人民政府|我旗|全旗", text))
    if local_level > max(city_level, province_level):
        return None
    # Places named in a list ("与南昌、九江、赣州合作") are partners, not the author.
    listed = Counter(m.group(0) for span in _PLACE_LIST.finditer(text) for m in _PLACE.finditer(span.group(0)))
    if city_level >= province_level:
        counts = Counter({short: text.count(short) - listed[short] for short in CITIES})
        short, n = counts.most_common(1)[0]
        return CITIES[short][0] if n >= 3 else None
    counts = Counter({short: text.count(short) - listed[short] for short in PROVINCES})
    short, n = counts.most_common(1)[0]
    return PROVINCES[short] if n >= 3 else None


_PLACE = re.compile("|".join(sorted({*CITIES, *PROVINCES}, key=len, reverse=True)))
_PLACE_LIST = re.compile(f"(?:{_PLACE.pattern})(?:[、和与及](?:{_PLACE.pattern}))+")
