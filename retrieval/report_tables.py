"""A table inside a report (a Word table of 主要预期目标: 指标 | 2024年完成情况 | 2025年预期目标), read
as sentences: each cell said with its row's name and its column's, "2024年，城镇居民人均可支配收入
完成情况41260元，增长4.8%。2025年，城镇居民人均可支配收入预期目标增长5%。"

The loader keeps a row as its cells joined by tabs, and cleaning joins CJK text across
whitespace, so a row read plain runs its figures together ("增长5.9%增长6%左右") and nothing says
which is the result and which the target. Said with the header, each figure carries its year
and its kind, as the report's prose would. Plans keep their own reading of tables
(`retrieval.plans`); this serves reports only.
"""
from __future__ import annotations

from core import lazy_re as re
from core.ledger_words import MONTH

_NUMBER_COLUMN = re.compile(r"^(?:序号|编号|序|No\.?|NO\.?)$")
_FIGURE_ONLY = re.compile(r"^[\d\s.,，%％+\-—()（）]*$")
MAX_HEADER_CHARS = 20  # a header cell is a column's name, not a sentence


# a header's note of the values it takes: "状态（已完成/序时推进/滞后）" is the column 状态
_OPTIONS_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{2,}(?:[/／|][\u4e00-\u9fff]{2,})+[)）]")  # not a unit note "（亿元/%）"


def _header(rows: list[list[str]]) -> list[str] | None:
    head = [_OPTIONS_NOTE.sub("", c).strip() for c in rows[0]]
    named = [c for c in head if c]
    if len(named) < 2 or any(len(c) > MAX_HEADER_CHARS or _FIGURE_ONLY.match(c) for c in named):
        return None
    return head


def _label_column(head: list[str], rows: list[list[str]]) -> int | None:
    """The column that names each row: the first that is neither a row number nor figures."""
    for j, name in enumerate(head):
        if _NUMBER_COLUMN.match(name):
            continue
        cells = [r[j].strip() for r in rows[1:] if j < len(r) and r[j].strip()]
        if cells and sum(bool(re.search(r"[\u4e00-\u9fffA-Za-z]{2}", c)) for c in cells) * 2 >= len(cells):
            return j
    return None


_YEAR_HEAD = re.compile(r"^((?:19|20)\d{2})\s*年(?:度)?(.*)$")


def _said(name: str, column: str, value: str) -> str:
    """"2025年预期目标" of 城镇居民人均可支配收入 = "增长5%" → "2025年，城镇居民人均可支配收入预期目标增长5%。":
    a column naming a year opens the sentence with it, as the report's prose does ("2024年，全市…")."""
    m = _YEAR_HEAD.match(column)
    if m:
        return f"{m.group(1)}年，{name}{m.group(2)}{value}。"
    said = _YEAR_HEAD.match(value)
    if said:
        # a note column's cell that names its own year ("备注：2024年增长7.2%") is that year's
        # figure, never one of the year the table plans
        return f"{said.group(1)}年，{name}{said.group(2)}。"
    # "老旧小区改造目标任务：改造老旧小区32个。": the column's name stands as a label, so a
    # report of what was done says which cell is the target and which the result
    # (answers/evidence.py `_LABELLED_KIND`); a cell is one sentence ("超额完成。新增2146个" →
    # "超额完成；新增2146个"), so its figures keep the label
    cell = re.sub(r"。(?=.)", "；", value.rstrip("。"))
    return f"{name}{column}：{cell}。"


# a row named by its own target ("固定资产投资增长5.5%" | 完成情况 "增长5.3%", round 53b): the name
# is the item and the year's target, said apart so each figure keeps its kind
_NAMED_TARGET = re.compile(r"^(?P<item>[\u4e00-\u9fffA-Za-z（）()]{2,24}?)(?P<target>(?:增长|下降|提高到?|降低到?|达到|突破|超过|"
                           r"控制在|保持在|稳定在|新增|净增|完成|实现|不低于|不超过)?\s*\d[\d.]*\s*\S{0,12})$")
_RESULT_COLUMN = re.compile(r"完成情况|完成值|实际完成|实际|进展|推进情况|落实情况|完成进度|实施进度|完成比例|完成率")
_TARGET_COLUMN = re.compile(r"目标|计划|任务")
_UNIT_COLUMN = re.compile(r"(?:牵头|责任|配合|协办|主办|主责)(?:单位|部门)|^(?:单位|部门)$")


# a measure unit column and its cells ("单位" / "计量单位": %, 万人, 亿元, 微克/立方米)
_MEASURE_HEAD = re.compile(r"^(?:计量)?单位$")
_MEASURE_CELL = re.compile(r"%|％|‰|个百分点|(?:万亿|亿|万|千|百)?(?:元|美元|人|人次|户|家|个|所|座|条|公里|千米|米|亩|吨|斤|辆|部|套|项|张|千瓦|千瓦时|标准煤)|"
                           r"微克/立方米|平方米|万平方米|天|年|岁|‰")


def _with_measure(cell: str, measure: str) -> str:
    """"5以上" with "%" → "5%以上"; a cell that says its own unit, or no figure first, as it is."""
    return re.sub(r"^(\d[\d.]*)(?=\s*(?:左右|以上|以下|以内|及以上)?\s*$)", lambda m: m.group(1) + measure, cell.strip())


def _named_target(name: str, head: list[str]) -> tuple[str, str] | None:
    """(item, target) of a row named by its target, in a table with a result column and no
    target column; None otherwise."""
    if not any(_RESULT_COLUMN.search(h) for h in head) or any(_TARGET_COLUMN.search(h) for h in head[1:]):
        return None
    m = _NAMED_TARGET.match(name)
    return (m.group("item"), m.group("target")) if m else None


# a sheet of one month of a monthly ledger, said in its title ("…月调度台账（9月）", "2026年9月…")
_MONTH_TITLE = re.compile(rf"(?:[（(]|(?:19|20)\d{{2}}年)({MONTH})月(?:份)?(?:[）)]|[^\d至到—\-~]|$)")
_OWN_TIME = re.compile(rf"^(?:本月|当月|{MONTH}月|(?:19|20)\d{{2}}年|截至|截止)")


def sheet_month(title_lines: list[str]) -> str | None:
    """"9月" when the lines above a sheet's header name exactly one month: the month its
    本月进展 and 累计完成 speak of (round 63g: one sheet a month, the same tasks on each)."""
    months = {m.group(1) for line in title_lines for m in _MONTH_TITLE.finditer(line)}
    return f"{months.pop()}月" if len(months) == 1 else None


def _of_month(head: list[str], month: str | None, label: int) -> list[str]:
    """The header with each reporting column said of the sheet's month ("本月进展" → "9月进展",
    "累计完成" → "9月累计完成"): the same task's rows on twelve sheets are told apart by it."""
    if not month:
        return head
    return [h if j == label or not h or _NUMBER_COLUMN.match(h) or _UNIT_COLUMN.search(h)
            else re.sub(r"^(?:本月|当月)", month, h) if _OWN_TIME.match(h) else month + h
            for j, h in enumerate(head)]


def row_sentences(rows: list[list[str]], month: str | None = None) -> list[str] | None:
    """Each data row as one sentence with its header; None when the table has no header row
    and a column naming its rows (it is then left as it is). `month`: the sheet's month, said
    with each reporting column (`sheet_month`)."""
    if len(rows) < 2 or (head := _header(rows)) is None or (label := _label_column(head, rows)) is None:
        return None
    head = _of_month(head, month, label)
    out = []
    for row in rows[1:]:
        cells = [c.strip() for c in row] + [""] * (len(head) - len(row))
        # "开工建设X，年内完成投资15亿元": a row's name read as one clause, so each of its cells
        # keeps the whole name before it (a comma in it cut the name from its cell, round 59b)
        name = re.sub(r"\s*[，,；;]\s*", "、", cells[label].strip().rstrip("。；;，,"))
        columns = [j for j in range(len(head)) if j != label and cells[j] and not _NUMBER_COLUMN.match(head[j])]
        # "指标 | 单位 | 2025年完成 | 2026年目标" (round 71d): the unit column is the measure of the row's
        # figures ("%", "万人", "亿斤"), written onto each bare figure ("5以上" → "5%以上"), no owner
        measure = next((cells[j] for j in columns if _MEASURE_HEAD.match(head[j]) and _MEASURE_CELL.fullmatch(cells[j])), None)
        if measure:
            columns = [j for j in columns if not _MEASURE_HEAD.match(head[j])]
            cells = [_with_measure(c, measure) if j in columns else c for j, c in enumerate(cells)]
        named = _named_target(name, [h for j, h in enumerate(head) if j != label]) if columns else None
        item = named[0] if named else name
        # a unit column is said beside the row's other cells, not as a sentence of its own: as
        # one ("X牵头单位：市交通运输局。") it stood with the row's name and answered "X卡在哪了"
        units = [j for j in columns if _UNIT_COLUMN.search(head[j])] if len(columns) > 1 else []
        said = ([_said(item, "年度目标", named[1])] if named else []) + [_said(item, head[j], cells[j]) for j in columns if j not in units]
        if units and said:
            said[-1] = said[-1].removesuffix("。") + "（" + "；".join(f"{head[j]}：{cells[j]}" for j in units) + "）。"
        # one sentence a column: each figure stands with the row's name and its column's
        out.append("".join(said) if name and said else "\t".join(row))
    return out


def _leading_lines(rows: list[list[str]]) -> int:
    """How many rows open the table with one cell of text each (a spreadsheet's merged title row,
    its "市政府督查室 2026年1月9日" line) before the header."""
    n = 0
    while n < len(rows) - 1 and sum(bool(c.strip()) for c in rows[n]) <= 1:
        n += 1
    return n


def with_tables_read(text: str, tables: list[list[list[str]]]) -> str:
    """`text` with each table's rows (as the loader joined them) replaced by their sentences."""
    if not tables:
        return text
    lines = text.split("\n")
    at = 0
    for rows in tables:
        # a sheet's title and issuing lines above its header (one cell each) stay lines of their own
        lead = _leading_lines(rows)
        month = sheet_month([" ".join(r) for r in rows[:lead]])
        rows = rows[lead:]
        sentences = row_sentences(rows, month)
        joined = ["\t".join(r) for r in rows]
        # the table's rows stand together, in order, after the lines already read
        for i in range(at, len(lines) - len(joined) + 1):
            if lines[i:i + len(joined)] == joined:
                if sentences is not None:
                    # the header row itself says nothing once each row carries it; a caption above
                    # ("表1 澄溪市2025年主要经济社会发展指标") ends there, or the first row's "2024年，…"
                    # would be read as part of it, in the caption's year; a second sheet's title ("…问题
                    # 清单（截至11月30日）") was read into its first row's sentence the same way (round
                    # 60h). The document's own first line stays as printed: it is the title read.
                    if (i > 0 and lines[i - 1].strip() and not re.search(r"[。；;！!？?：:]\s*$", lines[i - 1]) and sentences
                            and (i - 1 > 0 or re.match(r"\s*(?:19|20)\d{2}\s*年", sentences[0]))):
                        lines[i - 1] = lines[i - 1].rstrip() + "。"
                    lines[i:i + len(joined)] = [""] + sentences
                at = i + len(joined)
                break
    return "\n".join(lines)
