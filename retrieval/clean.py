"""Undo what PDF extraction does to a Chinese report, and nothing more.

Extracted text has lines broken at the column edge (often with a blank line
after each), page markers of newspaper layouts ("(上接1版)"), page numbers,
watermark lines repeated on every page, `<u>` markup, check marks, and spaces
around every number ("增长 8.8%", "1 万"). The output is one paragraph per line,
which is what metadata reading and chunking expect. Spaces between Latin words
stay: only spaces touching CJK text or splitting a number go.
"""
from __future__ import annotations

from core import lazy_re as re
import unicodedata
from collections import Counter
from collections.abc import Callable

CJK = r"\u3400-\u9fff\uf900-\ufaff"
# Full-width punctuation and CJK symbols count as CJK for spacing purposes.
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
_CJKISH = f"[{CJK}{CJK_PUNCT}]"

_TAGS = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_STRAY_MARKS = re.compile(r"[✓✔✗✘√△▲☑☒☐]")
_PAGE_MARKER = re.compile(r"[（(]\s*(?:上接|下转|接上|转下|紧接|续|转)\s*第?\s*[\d一二三四五六七八九十]+\s*[版页]\s*[)）]")
_PAGE_NUMBER = re.compile(r"^[-—–－·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—–－·\s]*$")
_URL = re.compile(r"https?://|www\.|\.(?:com|cn|net|org)\b", re.I)
# What never opens a paragraph: a line starting so continues the one before it.
_CONTINUATION = ("，", "。", "、", "；", "：", "）", "”", "’", "！", "？", "%", ",")
_NUMBER_CUT = re.compile(r"\d\.$")
_SENTENCE_END = re.compile(r"[。！？!?；;…][”’」』）)]*$")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}(?:部分|篇|章)\s*)"
)
# An unnumbered chapter heading, common in reports extracted from PDF ("过去一年的主要工作",
# "2025年总体要求和主要任务", "全面加强政府自身建设"): a line of its own, short, without
# punctuation, ending in the kind of chapter it opens.
_CHAPTER = re.compile(r"^[^，。；：！？,;:!?、]{2,26}(?:工作|任务|要求|安排|回顾|建设|目标|部署|举措)$")
_ITEM_NUMBER = re.compile(r"^(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[)）]|[①-⑳])")
# The line under a report's title ("——2025年1月14日在…人民代表大会第三次会议上") stands
# alone even when it is the widest line of a short text: it starts and ends a paragraph.
_DATE_LINE_START = re.compile(r"^[（(]?[—―－-]{1,2}\s*\d{4}\s*年")
_DATE_LINE_END = re.compile(r"(?:会议|大会)上\s*[)）]?$")
# A newspaper's running head and foot, different on every page so never caught as a
# repeat: "2024年1月20日 星期六 3版", "第3版", "A3版 要闻", "责任编辑：某某".
_WEEKDAY = r"(?:星期|礼拜|周)[一二三四五六日天]"
_NEWSPAPER_LINE = re.compile(
    r"^(?:"
    rf"[^。；！？]{{0,16}}\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*{_WEEKDAY}[^。；！？]{{0,16}}"
    r"|第?\s*[A-Za-z]?\d{1,2}\s*版(?:\s*[:：]?\s*[\u4e00-\u9fff]{0,6})?"
    r"|(?:本版|责任|版面)?(?:编辑|校对|美编|组版|审读)\s*[:：].{0,20}"
    r")$"
)
# The chrome of a web page copied with the report: "发布时间：2025-01-21 来源：…", "【字体：大 中 小】",
# "打印本页 关闭窗口", "浏览次数：1024", "首页 > 政务公开 > …". Short lines only; a sentence
# of the report is longer.
_WEB_CHROME = re.compile(
    r"发布(?:时间|日期)\s*[:：]|信息来源\s*[:：]|^来源\s*[:：]|(?:浏览|阅读|点击|访问)(?:次数|量)\s*[:：]|字[号体]\s*[:：]?\s*[【\[]?\s*大"
    r"|分享到|打印本页|关闭窗口|[【\[](?:打印|关闭|收藏)[】\]]|返回顶部|扫一扫在手机"
    r"|^(?:当前位置\s*[:：]?\s*)?(?:网站)?首页\s*[>＞›»/]"
    # the site's footer: "主办单位：…办公室 网站标识码：3601000001 赣ICP备…号"
    r"|网站标识码|ICP备|公网安备|版权所有|^(?:主办|承办)单位\s*[:：]|技术支持\s*[:：]"
)
# The paper's name ("嘉禾日报"): only when it repeats or opens the text, since a narrow
# column can end a line of running text with "…日报" too.
_MASTHEAD = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|都市报)(?:\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?$")
_WORDY = re.compile(r"\w")  # a letter, digit or ideograph
_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u2009]+")
# Full-width digits, Latin letters and %: typed by some offices ("增长７．１％", "ＧＤＰ").
# Only these become ASCII; full-width Chinese punctuation (，：；) stays as it is.
_HALF_WIDTH = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05]}
_WIDE_POINT = re.compile(r"(?<=\d)[．·](?=\d)")
# Some PDF producers map common ideographs to Kangxi radicals or compatibility ideographs
# ("⼯作" with U+2F2F for "工作"), which look the same and match nothing; web copies carry
# zero-width spaces and soft hyphens inside words and numbers ("增长\u200b5.3%").
_RADICALS = {
    c: unicodedata.normalize("NFKC", chr(c))
    for c in [*range(0x2E80, 0x2EFF), *range(0x2F00, 0x2FE0), *range(0xF900, 0xFB00)]
    if unicodedata.normalize("NFKC", chr(c)) != chr(c)
}
_INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD])


def clean_text(raw: str) -> str:
    """Return the text as clean paragraphs, one per line."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _WIDE_POINT.sub(".", text.translate(_HALF_WIDTH).translate(_RADICALS).translate(_INVISIBLE))
    text = _TAGS.sub("", text)
    text = _STRAY_MARKS.sub("", text)
    text = _PAGE_MARKER.sub("", text)
    lines = [_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n")]
    lines = bar_headings(drop_noise_lines(lines))
    paragraphs = [fix_spaces(p) for p in join_broken_lines(lines)]
    paragraphs = strip_note_refs([p for p in paragraphs if p])
    return "\n".join(paragraphs)


# A WeChat article's part headings ("01 | 2025年工作回顾", "PART 02丨主要目标") in place of
# "一、…": read as the numbered part they stand for, when two or more run 1, 2, … in order.
_BAR_HEADING = re.compile(r"^(?:PART\s*)?0?([1-9])\s*[|｜丨]\s*([^|｜丨。；]{2,30})$", re.I)
_NUMERALS = "一二三四五六七八九"


def bar_headings(lines: list[str]) -> list[str]:
    """Rewrite bar-numbered part headings as "一、…" so chunking finds the report's parts."""
    found = [(i, _BAR_HEADING.match(line)) for i, line in enumerate(lines)]
    marks = [(i, m) for i, m in found if m]
    if len(marks) < 2 or [int(m.group(1)) for _, m in marks] != list(range(1, len(marks) + 1)):
        return lines
    out = list(lines)
    for i, m in marks:
        out[i] = f"{_NUMERALS[int(m.group(1)) - 1]}、{m.group(2).strip()}"
    return out


def drop_noise_lines(lines: list[str]) -> list[str]:
    """Drop page numbers, watermark lines, running headers/footers and web-page chrome.

    A watermark is a line carrying a URL that repeats, or any short line that
    repeats three times or more (a running header); both are layout, not text.
    A repeated line of punctuation alone ("。", "”。") is the tail of a sentence cut
    at the line's end, and stays.
    A PDF repeats the title as the running head of every page: the title's first
    occurrence, opening the text, keeps its place.
    """
    counts = Counter(line for line in lines if line)
    opening = [line for line in lines[:40] if line][:2]
    first = next((line for line in lines if line and not _is_layout(line, counts, opening)), "")
    title_kept = not ("报告" in first and not _URL.search(first))
    kept = []
    for line in lines:
        if not line:
            kept.append(line)
            continue
        if not title_kept and line == first:
            title_kept = True
            kept.append(line)
            continue
        if _is_layout(line, counts, opening):
            continue
        if counts[line] >= 3 and display_width(line) <= 60 and not _HEADING_START.match(line) and _WORDY.search(line):
            if (_DOC_NUMBER_LINE.match(line) or _ISSUER_LINE.match(line)) and line not in kept:
                # a 文号 or the issuing government printed as every page's running head (or on the
                # cover, the title block and the signature, round 52a): its first print is the cover's
                kept.append(line)
            continue
        kept.append(line)
    return kept


# the issuing government alone on its line ("甑川县人民政府"): the cover, the title block, the signature
_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:自治区|省|市|自治州|州|县|区|旗)人民政府(?:办公厅|办公室)?$")


# a government gazette's running head ("云垣县人民政府公报 2025年第2期", "…公报 — 3 —"): its issue
# or page number makes it differ from page to page, so it is never caught as a repeat
_GAZETTE_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,16}公报\s*(?:\d{4}\s*年)?\s*(?:第\s*\d{1,3}\s*期|[—\-－]\s*\d{1,3}\s*[—\-－])"
                           r"(?:\s*[（(]?总第\s*\d{1,4}\s*期[)）]?)?\s*(?:[—\-－]?\s*\d{1,3}\s*[—\-－]?)?$")


def _is_layout(line: str, counts: Counter, opening: list[str]) -> bool:
    """Page furniture, whatever the page: numbers, newspaper heads, web chrome, URL lines."""
    width = display_width(line)
    return bool(
        _PAGE_NUMBER.match(line)
        or (width <= 80 and _NEWSPAPER_LINE.match(line))
        or (width <= 100 and _WEB_CHROME.search(line))
        or (_MASTHEAD.match(line) and (counts[line] >= 2 or line in opening))
        or (width <= 60 and _GAZETTE_HEAD.match(line) is not None)
        or (_URL.search(line) and (counts[line] >= 2 or width <= 80))
    )


def display_width(text: str) -> int:
    """Width as the page sets it: CJK full width (2), ASCII half width (1)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# a document number alone on its line ("蓼政发〔2025〕3号", GB/T 9704): a paragraph of its own,
# never glued to the title above it, which ends with no stop ("…的通知")
_DOC_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,8}\s*[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*\d{1,4}\s*号$")


def join_broken_lines(lines: list[str]) -> list[str]:
    """Rejoin lines the PDF broke at the column edge into paragraphs.

    A line ends its paragraph when it ends a sentence, when it is clearly shorter
    than the column (the last line of a paragraph), or when it is a heading on its
    own. The column is measured per document, since a newspaper column and an A4
    page differ fourfold, and in the unit the document was cut in: the width a
    typesetter fills (a CJK character two, a digit one), or, for a plain-text export
    cut every N characters, the count of characters ("增长 5.6%，98.6 亿元" fills
    such a line with half the width, so by width it would pass for a paragraph's
    last line). Blank lines are ignored: extraction puts one after every line in
    some files and none in others. A line opening with a comma or a closing mark
    continues the paragraph before it; a numbered heading after a line ending in
    "：" ("重点抓好以下工作：" / "（一）…") starts a new one.
    """
    content = [l for l in lines if l]
    if not content:
        return []
    size, column = _measure(content)
    paragraphs: list[str] = []
    current = ""
    for line in content:
        if not current and paragraphs and line.startswith(_CONTINUATION):
            current = paragraphs.pop()
        if current and (
            _HEADING_START.match(line) and (_is_heading_line(line) or current.endswith(("：", ":")))
            or _DATE_LINE_START.match(line)
            or is_chapter_heading(line)
            or _DOC_NUMBER_LINE.match(line)
        ):
            paragraphs.append(current)
            current = ""
        current = _glue(current, line)
        if _NUMBER_CUT.search(line):
            continue  # "…增加值增长 8." / "7%；…": a figure cut at its decimal point goes on (round 51d)
        if (
            _SENTENCE_END.search(line)
            or size(line) < 0.8 * column
            or _is_heading_line(line)
            or _DOC_NUMBER_LINE.match(line)
            or (_DATE_LINE_END.search(line) and "届" in current)
        ):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _measure(lines: list[str]) -> tuple[Callable[[str], int], int]:
    """How this document measures a line, and where its column ends: by display width over
    all lines, unless its cut lines (those not ending a sentence) end at one character count
    more tightly than at one width — a text cut every N characters, whatever their width,
    whose column is then where its cut lines end (paragraphs left uncut, one long line
    each, do not move it)."""
    cut = [l for l in lines if not _SENTENCE_END.search(l)]
    if len(cut) >= 10:
        by_count = _spread([len(l) for l in cut])
        by_width = _spread([display_width(l) for l in cut])
        if by_count <= MAX_CUT_SPREAD and by_count <= by_width:
            return len, _column([len(l) for l in cut])
        if len(cut) >= 30 and by_width <= MAX_CUT_SPREAD:
            # a typeset page whose cut lines all reach one edge: lines longer than it (a table's
            # rows read as sentences, footnotes set wider) do not move it (round 63c: a targets
            # annex pushed the edge from 72 to 91 and every body line ended a paragraph)
            return display_width, min(_column([display_width(l) for l in cut]), _column([display_width(l) for l in lines]))
    return display_width, _column([display_width(l) for l in lines])


# Cut lines of a text cut every N characters are within 6 % of one length, give or take
# a character (measured on reports cut at 40-43 characters: at most 4.7 %; typeset pages
# measured by character count: 8.7-10 %).
MAX_CUT_SPREAD = 0.06


def _spread(sizes: list[int]) -> float:
    """How far the median line falls short of the column's edge, as a share of it."""
    sizes = sorted(sizes)
    edge = sizes[int(len(sizes) * 0.9)]
    return (edge - sizes[len(sizes) // 2]) / max(edge, 1)


def _column(sizes: list[int]) -> int:
    """The line length most lines reach (the 90th percentile): the column's edge."""
    sizes = sorted(sizes)
    return sizes[int(len(sizes) * 0.9)] if len(sizes) > 1 else sizes[0]


def _is_heading_line(line: str) -> bool:
    """A numbered heading standing alone ("一、2024年工作安排", "（一）推动工业倍增升级")."""
    if not _HEADING_START.match(line) or len(line) > 32:
        return False
    body = _HEADING_START.sub("", line)
    return not re.search(r"[，。；：,;:]", body)


def is_chapter_heading(line: str) -> bool:
    """An unnumbered chapter heading ("过去一年的主要工作"), not a running title ("…工作报告")."""
    return bool(_CHAPTER.match(line)) and "报告" not in line and not _HEADING_START.match(line) and not _ITEM_NUMBER.match(line)


def _glue(left: str, right: str) -> str:
    if not left:
        return right
    if left[-1].isascii() and left[-1].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return left + " " + right  # a Latin word wrapped at the line end
    return left + right


def fix_spaces(text: str) -> str:
    """Remove spaces the extraction put around CJK text and inside numbers."""
    text = re.sub(rf"(?<={_CJKISH})\s+|\s+(?={_CJKISH})", "", text)
    text = re.sub(r"(?<=\d[.．])\s+(?=\d)", "", text)  # "8. 8%"
    text = re.sub(r"(?<=\d)\s+(?=[.．]\d)", "", text)  # "8 .8%"
    text = re.sub(r"(?<=\d)\s+(?=[%‰℃])", "", text)  # "8.8 %"
    return _SPACE_RUN.sub(" ", text).strip()


_NOTE_ENTRY = re.compile(r"^(\d{1,3})\s*[.．、]\s*([^：:]{1,40})[：:]")


def strip_note_refs(paragraphs: list[str]) -> list[str]:
    """Remove footnote numbers glued to a glossary term in the body ("“四首”17经济").

    Only a number that equals the glossary entry of the term right before it is
    removed, so figures in the text are never touched.
    """
    notes: dict[str, str] = {}
    for p in paragraphs:
        m = _NOTE_ENTRY.match(p)
        if m:
            term = m.group(2).strip().strip("“”\"")
            if len(term) >= 2:
                notes[term] = m.group(1)
    if not notes:
        return paragraphs
    patterns = [
        (re.compile(re.escape(term) + r"([”’」]?)" + number + r"(?![\d.．%‰])"), term)
        for term, number in notes.items()
    ]
    out = []
    for p in paragraphs:
        if not _NOTE_ENTRY.match(p):
            for pattern, term in patterns:
                p = pattern.sub(lambda m, t=term: t + m.group(1), p)
        out.append(p)
    return out
