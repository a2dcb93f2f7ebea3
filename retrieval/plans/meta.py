"""What a plan says about itself: its title, region, year and issue date, read from its own
words (the title line, the issuer, the document number 赣府厅字〔2021〕8号, the 印发 date).

The file name is never read here, and neither are the places its tasks name: a plan whose title
and header name no place has an unknown region here; `retrieval.ingest` may then take it from the
file name or the one loaded report region of its level, and says so (`ducha ingest --region` sets it). The issuer
is a line of its own ("江西省人民政府办公厅", "云岭省人民政府关于…"), never a unit cell such as
"岚川市政府、省教育厅".
"""
from __future__ import annotations

import datetime as dt
from core import lazy_re as re

# Province-level abbreviations as used in document numbers (赣府厅字〔2021〕8号).
PROVINCE_ABBR = {
    "京": "北京市", "津": "天津市", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区", "辽": "辽宁省",
    "吉": "吉林省", "黑": "黑龙江省", "沪": "上海市", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省",
    "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
    "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省", "渝": "重庆市", "川": "四川省", "黔": "贵州省",
    "滇": "云南省", "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
}
TITLE_RE = re.compile(
    r"^\s*(?:附件\s*\d*\s*[:：]?\s*(?:\d{1,2}\s*[.．、]\s*)?)?(.{4,80}?(?:(?:分工方案|责任分工|任务分解|分解方案|任务清单|责任清单|项目清单|分工|分解)(?:表|台账|清单)?|台账|(?:项目)?安排表|任务表|项目表|计划表|(?:十|[一二三四五六七八九]|\d{1,2})件民生实事(?:项目)?|民生实事(?:项目)?(?:清单|安排)?))\s*(?:[（(][^）)]{0,12}[）)])?\s*$"
)
# The issuer is a line of its own, or the start of a title line "…人民政府关于…": never a unit cell.
# A town's (乡镇/街道) issuer: "青石镇人民政府", "青石镇党政办公室", "南湖街道办事处", "南湖街道党工委".
ISSUER_RE = re.compile(
    r"^\s*(?!各)(?:([\u4e00-\u9fa5]{2,12}?(?:省|市|自治区|县|区|州|盟|镇|乡))(?:人民政府|政府)(?:办公厅|办公室|党政办公室|党政办)?"
    r"|([\u4e00-\u9fa5]{2,12}?(?:镇|乡|街道))(?:办事处|党政办公室|党政办|党工委))\s*(?:文件|关于.*|"
    # an issuing line: "岚桥县人民政府办公室　2025年2月14日印发（岚府办字〔2025〕6号附件）"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发?\s*(?:[（(][^）)]{0,30}[）)])?)?$"
)
# A title naming its town first: "青石镇2024年…", "南湖街道《政府工作报告》…" (never "全市乡村振兴…":
# the town's name is followed by a year, its government or the report's name).
TOWN_TITLE_RE = re.compile(r"^(?:20\d{2}\s*年)?\s*([\u4e00-\u9fa5]{2,10}?(?:镇|乡|街道))(?=\s*(?:20\d{2}\s*年|人民政府|政府|办事处|党委|《|政府工作报告))")
# "云岭省人民政府关于落实《政府工作报告》重点工作分工的意见": the State Council's style of title.
OPINION_RE = re.compile(r"^\s*(.{0,30}?关于.{2,60}?(?:分工|分解|责任).{0,6}的(?:意见|通知))\s*$")
DOCNO_RE = re.compile(r"([\u4e00-\u9fa5])[\u4e00-\u9fa5]{0,2}府[\u4e00-\u9fa5]{0,3}字?\s*[〔\[［(（]\s*(\d{4})")
DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def read_plan_meta(text: str) -> tuple[str | None, str | None, int | None, dt.date | None]:
    """(title, region, year, issued) from the text itself: the title line ending in 分工方案,
    the year in the title, the issuer (江西省人民政府办公厅 → 江西省, or the 赣 of 赣府厅字),
    the 印发 date. The file name is never read here (`retrieval.ingest` falls back to it, saying so)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = None
    for line in lines[:200]:
        if "\t" in line:
            break
        m = TITLE_RE.match(line)
        # a wrapped line of the cover letter can end in "…责任分工": a title has no sentence
        # punctuation (the colon of "附件：" before it is not the title's)
        if m and "关于" not in line and "通知" not in line and not re.search(r"[，。；：,;]", m.group(1)):
            title = re.sub(r"\s+", "", m.group(1))
            break
    if title is None:
        for line in lines[:20]:
            m = OPINION_RE.match(line)
            if m and "关于印发" not in line:
                title = re.sub(r"\s+", "", m.group(1)).replace("〈", "《").replace("〉", "》")
                break
    if title is None:
        # the notice's title, often wrapped over two lines: "…关于印发X《政府工作报告》" / "重点工作…方案的通知"
        head = re.sub(r"\s+", "", "".join(lines[:60]))
        m = re.search(r"关于印发([^，。；]+?)的通知", head)
        if m:
            title = m.group(1).replace("〈", "《").replace("〉", "》")
            if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
                title = title[1:-1]  # 关于印发《X方案》的通知: the title is X
    year = None
    if title:
        m = re.search(r"(20\d{2})\s*年", title)
        if m:
            year = int(m.group(1))
    region = None
    for line in lines[:40]:
        m = ISSUER_RE.match(line)
        if m and not re.search(r"各|乡镇$", m.group(1) or m.group(2)):  # "全县各乡镇人民政府" is no issuer
            region = m.group(1) or m.group(2)
            break
    if region is None and title:
        # the title's own place before a 文号's first character: "桂府办发" is 桂川区's, not 广西's
        m = TOWN_TITLE_RE.match(title) or re.match(r"^(?:20\d{2}\s*年)?\s*([\u4e00-\u9fa5]{2,8}?(?:省|市|自治区|县|区))", title)
        if m:
            region = m.group(1)
    if region is None:
        m = DOCNO_RE.search("\n".join(lines[:40]))
        if m and m.group(1) in PROVINCE_ABBR:
            region = PROVINCE_ABBR[m.group(1)]
    issued = None
    for line in reversed(lines[-40:] if len(lines) > 40 else lines):
        m = DATE_RE.search(line)
        if m and ("印发" in line or DATE_RE.fullmatch(line.replace(" ", ""))):
            issued = _date(m)
            if issued:
                break
    if issued is None:
        # an issuing line above the table: "…办公室　2025年2月14日印发（…号附件）"
        for line in lines[:40]:
            m = DATE_RE.search(line)
            if m and "印发" in line and (ISSUER_RE.match(line) or re.search(r"(?:人民政府|政府)(?:办公厅|办公室)\s*\d{4}\s*年", line)):
                issued = _date(m)
                break
    if issued is None:
        # a cover notice signed before its 附件: the issuer's line, then the date alone
        for prev, line in zip(lines[:60], lines[1:60]):
            m = DATE_RE.fullmatch(line.replace(" ", ""))
            if m and re.search(r"(?:人民政府|办公室|办公厅|办事处)$", prev):
                issued = _date(m)
                break
    if year is None:
        m = DOCNO_RE.search("\n".join(lines[:40]))
        if m:
            year = int(m.group(2))
        elif issued:
            year = issued.year
    return title, region, year, issued


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# A unit's first character says its government's level when the plan names no place.
_LEVEL_WORDS = (("省", "省"), ("自治区", "自治区"), ("市", "市"), ("州", "州"), ("县", "县"), ("区", "区"),
                ("镇", "镇"), ("乡", "乡"), ("街道", "街道"))


def plan_level(rows: list) -> str | None:
    """The level of government a plan's own units belong to, read from their names
    (省科技厅 → 省, 市发展改革委 → 市): the level most lead units start with, None when no
    level word leads. Collectives (各设区市政府) and named places do not count."""
    counts: dict[str, int] = {}
    for row in rows:
        for unit in row.lead_units:
            for word, level in _LEVEL_WORDS:
                if unit.startswith(word) and not unit.startswith(("市场", "区域", "乡村")):
                    counts[level] = counts.get(level, 0) + 1
                    break
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])
