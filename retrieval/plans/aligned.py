"""A table as `pdftotext -layout` prints it: cells placed by position, columns separated by runs
of spaces, every cell wrapped inside its own column.

    序号           工作任务                责任领导    牵头单位       配合单位       完成时限
                              一、扩大有效需求（12项）
           实施重大项目攻坚行动，全年
      1    新开工项目120个，完成投资       张明远     市发展改革委   市财政局、市   2025年12月
           500亿元。                                                自然资源局     底前
           建成城市快速路二期工程。                   市交通运输局   市城管局       2025年9月
      2                                                                            底前
                                                           — 3 —

Columns come from the header line (or two or three lines when its cells wrap: "牵头" over
"单位"), then each gutter is placed where no word of the table's lines crosses it, between the
end of one header cell and the start of the next. Positions are counted three ways, in
characters, in display width (a CJK character is two) and in display width with quotation marks
and other East Asian ambiguous characters wide, as a Chinese font prints them; a block is read
in the one whose gutters no word crosses, of those the one whose cells line up best. A cell
whose edge drifts a few columns over a gutter (mixed half- and full-width text) is placed at the
one space that parts it from the next cell; a word that still crosses a gutter cannot be placed:
the plan is refused naming the line.

A row is several lines: the task text is the tallest cell and starts on the row's first line;
the 序号 cell (the row's anchor) and the short cells sit on the first line ("top") or in the
middle of the row ("middle", often on a line of their own). Where one row ends and the next
begins is read from the text cell ending in "。" and from the anchors: every row holds exactly
one number. Rows parted by blank lines, each stretch holding one number, are those stretches
(short cells centred on a tall row may start above its number). Otherwise "top" puts each row's start at its number; "middle" puts it after the text that
closed before the number, or, without a full stop, where the number sits in the middle of its
row. A boundary neither can settle is refused, never guessed.

Section rows ("一、…", "（一）…") span the table; page numbers ("— 5 —", "-5-", "第5页") and the
header repeated at each page top are dropped; a leader printed once for a run of rows merged
in the leader column is every following row's in the same (sub)section, and the rows above it
in that (sub)section when none is printed there (a merged cell's name sits at its middle).

The result is rows of cells for `table.read_rows`, with the line each row starts on, and the
problems found here.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from core import lazy_re as re
from core.numerals import cn_number
from prompts import registry as msg
from retrieval.plans.cells import NAME_STARTS, has_suffix
from retrieval.plans.header import HEADER_LABELS, header_tokens_columns
from retrieval.plans.numbering import (CODE_RE, DECLARED_RE, MARK_SECTION_RE, MARK_SUBSECTION_RE, MARK_TASK_RE, PAGE_FOOTER_RE,
                                       SECTION_RE, SUBSECTION_RE, TASK_RE, task_number)
from retrieval.plans.spaced import join_header_tokens

_SPACES = " \u3000\xa0"
_HEADER_WORD_RE = re.compile(r"[\u4e00-\u9fff]{1,8}")
_TEXT_END_RE = re.compile(r"[。；;！？!?][”’」）)]*$")
_LIST_MARKS = ("、", "，", ",", "；", ";")
_NOTE_RE = re.compile(r"^(?:注|备注|说明)\s*[:：]")
# positions in characters, in display width, in display width with East Asian ambiguous
# characters (“ ” ‘ ’ … — Ⅱ) wide as a Chinese font prints them
METRICS = (0, 1, 2)
_DRIFT = 3  # how far (display columns) a cell's edge may drift over a gutter and still be placed


@dataclass(frozen=True)
class Word:
    """A run of non-space characters and where it sits: (start, end) in each metric."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def start(self, m: int) -> int:
        return self.spans[m][0]

    def end(self, m: int) -> int:
        return self.spans[m][1]


def _width(ch: str, wide: str = "WF") -> int:
    return 2 if unicodedata.east_asian_width(ch) in wide else 1


def line_words(line: str) -> list[Word]:
    """The words of one printed line with their positions in every metric."""
    out: list[Word] = []
    char = disp = amb = 0
    while char < len(line):
        if line[char] in _SPACES:
            disp += _width(line[char])
            amb += _width(line[char], "WFA")
            char += 1
            continue
        start_char, start_disp, start_amb = char, disp, amb
        while char < len(line) and line[char] not in _SPACES:
            disp += _width(line[char])
            amb += _width(line[char], "WFA")
            char += 1
        out.append(Word(line[start_char:char], ((start_char, char), (start_disp, disp), (start_amb, amb))))
    return out


def _merge(words: list[Word], text: str | None = None) -> Word:
    return Word(text if text is not None else "".join(w.text for w in words),
                tuple((min(w.spans[m][0] for w in words), max(w.spans[m][1] for w in words)) for m in METRICS))  # type: ignore[arg-type]


# --- the header -------------------------------------------------------------------------------

@dataclass
class Header:
    cells: list[Word]  # in column order
    columns: dict[str, int]
    lines: int  # printed lines it takes


def _line_cells(words: list[Word]) -> list[Word] | None:
    """A header line's cells: letter-spaced characters ("序 号") and split labels joined."""
    tokens = join_header_tokens([w.text for w in words], HEADER_LABELS)
    cells, k = [], 0
    for token in tokens:
        taken: list[Word] = []
        while k < len(words) and "".join(w.text for w in taken) != token:
            taken.append(words[k])
            k += 1
        if "".join(w.text for w in taken) != token:
            return None
        cells.append(_merge(taken, token))
    return cells


def _stacked(lines: list[list[Word]], m: int) -> list[Word]:
    """Header cells printed over several lines ("牵头" over "单位"), joined where they overlap."""
    pieces = sorted(((w, row) for row, ws in enumerate(lines) for w in (_line_cells(ws) or ws)), key=lambda p: p[0].start(m))
    clusters: list[list[tuple[Word, int]]] = []
    for w, row in pieces:
        if clusters and w.start(m) < max(x.end(m) for x, _ in clusters[-1]):
            clusters[-1].append((w, row))
        else:
            clusters.append([(w, row)])
    return [_merge([w for w, _ in c], "".join(w.text for w, _ in sorted(c, key=lambda p: (p[1], p[0].start(m))))) for c in clusters]


def _aligned(cells: list[Word]) -> bool:
    """Cells set apart by runs of spaces, as a layout keeps them (not one space, as a stripped line).
    One gap of a single space is allowed in a header of four cells or more: a narrow 序号 column
    printed right against the task column's label ("序号 重点任务    责任区领导   责任单位")."""
    gaps = [b.start(0) - a.end(0) for a, b in zip(cells, cells[1:])]
    narrow = sum(1 for g in gaps if g < 2)
    return narrow == 0 or (narrow == 1 and len(gaps) >= 3)


def read_header(lines: list[str], at: int) -> Header | None:
    """The header starting at line `at`: one line, or two or three whose cells wrap."""
    first = line_words(lines[at])
    cells = _line_cells(first) if first else None
    if cells and (columns := header_tokens_columns([c.text for c in cells])) is not None:
        return Header(cells, columns, 1) if _aligned(cells) else None
    window: list[list[Word]] = []
    for k in range(at, min(at + 3, len(lines))):
        words = line_words(lines[k])
        if not words or not all(_HEADER_WORD_RE.fullmatch(w.text) for w in words):
            return None
        window.append(words)
        if len(window) < 2:
            continue
        for m in METRICS:
            cells = _stacked(window, m)
            columns = header_tokens_columns([c.text for c in cells])
            if columns is not None and _aligned(cells):
                return Header(cells, columns, len(window))
    return None


# --- columns ------------------------------------------------------------------------------------

def _crossing(words: list[Word], x: int, m: int) -> int:
    return sum(1 for w in words if w.start(m) < x < w.end(m))


def _gutters(header: Header, words: list[Word], m: int) -> tuple[list[int], int]:
    """Where each column after the first starts, and how many words cross those places."""
    out, cost = [], 0
    for a, b in zip(header.cells, header.cells[1:]):
        lo, hi = a.end(m), b.start(m)
        costs = [(_crossing(words, x, m), x) for x in range(lo, hi + 1)]
        best = min(c for c, _ in costs)
        run: list[int] = []
        longest: list[int] = []
        for c, x in costs:
            run = run + [x] if c == best else []
            if len(run) > len(longest):
                longest = run
        out.append(longest[len(longest) // 2])
        cost += best
    return out, cost


def _column_of(word: Word, gutters: list[int], m: int) -> int:
    return sum(1 for g in gutters if word.start(m) >= g)


# --- reading ------------------------------------------------------------------------------------

@dataclass
class _Line:
    no: int  # 1-based line number in the file
    cells: dict[int, str]
    full: dict[int, bool] = field(default_factory=dict)  # the cell's line reaches its column's right edge
    after_blank: bool = False  # a blank line (or a page break) is printed just above


@dataclass
class ColumnTable:
    """Rows of cells (header first), the file line each row starts on, and every problem."""

    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class _Block:
    header: Header
    gutters: list[int]
    metric: int
    right: dict[int, int] = field(default_factory=dict)  # how far each column's words reach
    left: dict[int, int] = field(default_factory=dict)  # where each column's words start, at the leftmost
    starts: dict[int, int] = field(default_factory=dict)  # where each column's words start most often


def _snippet(text: str) -> str:
    return text[:20] + ("…" if len(text) > 20 else "")


def _is_section(flat: str) -> bool:
    m = SECTION_RE.match(flat)
    return bool((m and cn_number(m.group(1) or m.group(2))) or SUBSECTION_RE.match(flat))


def _one_segment(words: list[Word]) -> bool:
    return all(b.start(0) - a.end(0) <= 1 for a, b in zip(words, words[1:]))


def read_aligned(text: str) -> ColumnTable | None:
    """The table in `text` read by position; None when no header is printed by position."""
    lines = text.split("\n")
    raw = [ln.replace("\f", "").rstrip() for ln in lines]
    headers: dict[int, Header] = {}
    k = 0
    while k < len(raw):
        words = raw[k].split()
        header = read_header(raw, k) if 2 <= len(words) <= 24 else None
        if header is not None:
            headers[k] = header
            k += header.lines
        else:
            k += 1
    if not headers:
        return None
    out = ColumnTable()
    reader = _Reader(out)
    starts = sorted(headers)
    for n, at in enumerate(starts):
        header = headers[at]
        end = starts[n + 1] if n + 1 < len(starts) else len(raw)
        body = list(range(at + header.lines, end))
        block = _block(header, [line_words(raw[i]) for i in body])
        reader.header(block, at + 1)
        for i in body:
            reader.line(i + 1, raw[i], line_words(raw[i]))
    reader.close()
    return out


def _block(header: Header, lines: list[list[Word]]) -> _Block:
    """The block's gutters in the metric no word crosses; of metrics equally clean, the one in
    which cells line up best (fewest distinct places a cell starts), then characters."""
    kept = [ws for ws in lines if ws and not (_one_segment(ws) and (_is_section(" ".join(x.text for x in ws))
                                                                    or PAGE_FOOTER_RE.match(" ".join(x.text for x in ws))))]
    words = [w for ws in kept for w in ws]
    best: _Block | None = None
    best_cost: tuple[int, int] = (0, 0)
    for m in METRICS:
        gutters, crossed = _gutters(header, words, m)
        cost = (crossed, _spread(kept, gutters, m))
        if best is None or cost < best_cost:
            best, best_cost = _Block(header, gutters, m), cost
    assert best is not None
    counts: dict[int, Counter[int]] = {}
    for w in words:
        col = _column_of(w, best.gutters, best.metric)
        best.right[col] = max(best.right.get(col, 0), w.end(best.metric))
        best.left[col] = min(best.left.get(col, w.start(best.metric)), w.start(best.metric))
        counts.setdefault(col, Counter())[w.start(best.metric)] += 1
    best.starts = {col: c.most_common(1)[0][0] for col, c in counts.items()}
    return best


def _spread(lines: list[list[Word]], gutters: list[int], m: int) -> int:
    """How many distinct places cells start at, counting each line's first word in each column."""
    starts: set[tuple[int, int]] = set()
    for ws in lines:
        seen: set[int] = set()
        for w in ws:
            col = _column_of(w, gutters, m)
            if col not in seen:
                seen.add(col)
                starts.add((col, w.start(m)))
    return len(starts)


def place_words(words: list[Word], block: _Block) -> tuple[list[int], list[tuple[Word, int]]]:
    """Each word's column, and the words crossing a gutter that cannot be placed.

    Mixed half- and full-width characters ("500P。", “ ”) make a printed line drift: a cell may
    end a few columns over its gutter, or the next cell start a few columns before it. Such a
    word is placed when one space parts it from its neighbour across the gutter and the word on
    the right starts within `_DRIFT` of where its column's words start (and the left one ends
    no further past that); a word that runs across the gutter without that space, or far past
    the next column's start, is a word across two columns, refused."""
    m, gutters = block.metric, block.gutters
    cols = [_column_of(w, gutters, m) for w in words]
    crossing: list[tuple[Word, int]] = []
    for k, w in enumerate(words):
        for c, g in enumerate(gutters):
            if not w.start(m) < g < w.end(m):
                continue
            home = block.starts.get(c + 1, g)
            nxt = words[k + 1] if k + 1 < len(words) else None
            prev = words[k - 1] if k > 0 else None
            if w.end(m) - home <= _DRIFT and nxt is not None and nxt.start(0) - w.end(0) == 1 \
                    and abs(nxt.start(m) - home) <= _DRIFT:
                continue  # this cell's end drifted over: it stays in the column it starts in
            if prev is not None and w.start(0) - prev.end(0) == 1 and abs(w.start(m) - home) <= _DRIFT:
                cols[k] = c + 1  # the next cell's start drifted before the gutter
                continue
            roles = set(block.header.columns.values())
            if c + 1 not in roles and c in roles:
                continue  # run on into a column nothing is read from (备注): its own column's
            if c not in roles and c + 1 in roles:
                cols[k] = c + 1
                continue
            crossing.append((w, g))
    return cols, crossing


class _Reader:
    """Lines → runs of row lines between section rows → rows."""

    def __init__(self, out: ColumnTable) -> None:
        self.out = out
        self.block: _Block | None = None
        self.run: list[_Line] = []
        self.section_at: int | None = None  # index in out.rows of the section row a title may go on in
        self.section_start = -1
        self.section_full = False
        self.ended: tuple[int, str] | None = None  # past the table's last row: (line, text) of a note or prose
        self.tasks_seen = False
        self.last_number = 0  # the last task number printed at the start of a text
        self.blank = True  # the last line seen was blank, a page break or a header

    @property
    def columns(self) -> dict[str, int]:
        assert self.block is not None
        return self.block.header.columns

    def header(self, block: _Block, line_no: int) -> None:
        changed = self.block is None or block.header.columns != self.columns
        if changed:
            self._flush()
        self.block = block  # a note seen before stays: rows on the next page after it are refused
        self.blank = True
        self.section_at = None
        if changed:
            self._emit([c.text for c in block.header.cells], line_no)

    def line(self, no: int, line: str, words: list[Word]) -> None:
        assert self.block is not None
        if not words:
            self.blank = True
            return
        flat = " ".join(w.text for w in words)
        if _one_segment(words) and PAGE_FOOTER_RE.match(flat):
            self.blank = True
            return
        after_blank, self.blank = self.blank, False
        m, gutters = self.block.metric, self.block.gutters
        cells: dict[int, list[str]] = {}
        ends: dict[int, int] = {}
        cols, crossing = place_words(words, self.block)
        for w, col in zip(words, cols):
            cells.setdefault(col, []).append(w.text)
            ends[col] = w.end(m)
        roles = set(self.columns.values())
        # a column no role reads (备注: "区十件民生实事") holds nothing a row is built from
        joined = {c: " ".join(ts) for c, ts in cells.items() if c in roles}
        if not joined:
            return
        section = _one_segment(words) and _is_section(flat)
        if self.ended is not None:
            # past what looked like the table's end: a note or prose may follow it, rows may not
            if section or _anchor(_Line(no, joined), self.columns):
                at, text = self.ended
                self.out.problems.append(msg.LAYOUT_INSIDE.format(row=at, text=text, next=no))
                self.ended = None
            else:
                return
        if section and (crossing or self._closed() or DECLARED_RE.search(flat) or self._off_text_edge(words[0].start(m))):
            self._section(flat.replace(" ", ""), no, words[0].start(m), words[-1].end(m) >= gutters[-1])
            return
        if self.section_at is not None and self.section_full and _one_segment(words) \
                and abs(words[0].start(m) - self.section_start) <= 1 and not _anchor(_Line(no, joined), self.columns):
            self.out.rows[self.section_at][0] += flat.replace(" ", "")  # a section title wrapped
            return
        self.section_at = None
        if crossing or _NOTE_RE.match(flat):
            if (self.tasks_seen or any(_anchor(ln, self.columns) for ln in self.run)) and (_NOTE_RE.match(flat) or _one_segment(words)):
                self.ended = (no, _snippet(flat))  # a note or a line of prose under the table
                return
            if crossing:
                w, g = crossing[0]
                names = self.block.header.cells
                col = gutters.index(g)
                self.out.problems.append(msg.LAYOUT_CROSSING.format(row=no, text=_snippet(w.text), left=names[col].text,
                                                                    right=names[col + 1].text))
                return
        full = {c: end >= self.block.right.get(c, end) - (1 if m == 0 else 2) for c, end in ends.items()}
        code, text = self.columns.get("code"), self.columns.get("text")
        if code is not None and set(joined) <= {code, text} and joined.get(code) and joined.get(text) \
                and (MARK_SECTION_RE.match(joined[code]) or MARK_SUBSECTION_RE.match(joined[code])) and self._closed():
            mark = joined[code].strip()
            self._section((mark if mark.endswith(("、", "）", ")")) else mark + "、") + joined[text].replace(" ", ""), no,
                          words[0].start(m), False)
            return
        self.run.append(_Line(no, joined, full, after_blank))

    def close(self) -> None:
        self._flush()

    # -- sections and runs --

    def _off_text_edge(self, start: int) -> bool:
        """A line that does not start where the task text's lines start (a title centred over the
        table, or one from its left edge) is not the text's next line."""
        assert self.block is not None
        edge = self.block.left.get(self.columns.get("text", -1))
        return edge is not None and abs(start - edge) > 1

    def _closed(self) -> bool:
        """No row is open: nothing read yet since the header or section, or the last text ended."""
        text = self.columns.get("text")
        texts = [ln.cells[text] for ln in self.run if text is not None and ln.cells.get(text)]
        return not texts or bool(_TEXT_END_RE.search(texts[-1]))

    def _section(self, title: str, no: int, start: int, full: bool) -> None:
        """A section row; `full`: its title reaches the last column, so it may wrap onto the next line."""
        self._flush()
        self.section_at, self.section_start, self.section_full = len(self.out.rows), start, full
        self._emit([title] + [""] * (len(self.block.header.cells) - 1), no)  # type: ignore[union-attr]

    def _emit(self, cells: list[str], no: int) -> None:
        self.out.rows.append(cells)
        self.out.lines.append(no)

    def _flush(self) -> None:
        run, self.run = self.run, []
        if not run:
            return
        rows = group_rows(run, self.columns, self.out.problems, self.last_number)
        if rows and "code" not in self.columns:
            self.last_number = _inline_number(rows[-1][0], self.columns) or self.last_number
        leader = self.columns.get("leaders")
        width = len(self.block.header.cells)  # type: ignore[union-attr]
        joined = [join_cells(lines, self.columns, width) for lines in rows]
        if leader is not None:
            # a leader printed once for rows merged in its column is every following row's; the
            # name of a merged cell is printed at its middle, so rows of the run above the first
            # name printed are that cell's too
            last = next((cells[leader] for cells in joined if cells[leader]), "")
            for cells in joined:
                cells[leader] = cells[leader] or last
                last = cells[leader]
        for lines, cells in zip(rows, joined):
            self.tasks_seen = True
            self._emit(cells, lines[0].no)


def _anchor(line: _Line, columns: dict[str, int]) -> bool:
    if "code" in columns:
        code = line.cells.get(columns["code"], "")
        return bool(MARK_TASK_RE.match(code) or CODE_RE.match(code))
    return _inline_number(line, columns) is not None


def _inline_number(line: _Line, columns: dict[str, int]) -> int | None:
    """The number a task text starts with ("1. …", "（1）…") in a table without a 序号 column."""
    m = TASK_RE.match(line.cells.get(columns.get("text", -1), ""))
    return task_number(m)[0] if m else None


def group_rows(run: list[_Line], columns: dict[str, int], problems: list[str], last: int = 0) -> list[list[_Line]]:
    """The lines of a run (between section rows) cut into rows, one number each. `last`: the
    number before the run, for numbers printed at the start of the text."""
    text_col = columns.get("text", -1)
    has_text = [bool(ln.cells.get(text_col)) for ln in run]
    closes = [h and bool(_TEXT_END_RE.search(ln.cells[text_col])) for h, ln in zip(has_text, run)]
    anchors = [i for i, ln in enumerate(run) if _anchor(ln, columns)]
    if "code" not in columns:
        # a number at the start of the text starts a row only after the text before it closed,
        # and in sequence (a list "1. … 2. …" inside a task is not rows)
        kept = []
        for i in anchors:
            number = _inline_number(run[i], columns)
            if (not any(has_text[:i]) or closes[max(j for j in range(i) if has_text[j])]) and number in (last + 1, 1):
                kept.append(i)
                last = number  # type: ignore[assignment]
        anchors = kept
    if anchors and (blocks := _blank_rows(run, anchors)) is not None:
        return blocks
    if not anchors:
        problems.append(msg.LAYOUT_ORPHAN.format(row=run[0].no, text=_snippet(_line_text(run[0]))))
        return []
    first_text = next((i for i, h in enumerate(has_text) if h), anchors[0])
    top_ok = first_text == anchors[0] and all(has_text[a] for a in anchors)
    top = anchors
    middle, ambiguous = _middle_starts(anchors, has_text, closes)
    if "code" not in columns or middle == top or (ambiguous and top_ok):
        starts = top
    elif ambiguous:
        a, b = ambiguous
        problems.append(msg.LAYOUT_AMBIGUOUS.format(first=run[a].no, last=run[b].no, a=_code(run[a], columns), b=_code(run[b], columns)))
        return []
    elif not top_ok:
        starts = middle
    else:
        ends_top, ends_mid = (_closed_rows(s, has_text, closes) for s in (top, middle))
        starts = middle if ends_mid > ends_top else top
    if starts is top and anchors[0] > 0:
        problems.append(msg.LAYOUT_ORPHAN.format(row=run[0].no, text=_snippet(_line_text(run[0]))))
        return []
    if starts is middle:
        for k, s in enumerate(starts[1:], start=1):
            last_text = max(j for j in range(starts[k - 1], s) if has_text[j])
            # a leader's merged cell printed at its middle, between two rows' lines, is the row above's
            strays = [j for j in range(last_text + 1, s) if not has_text[j] and not _continues(run[j - 1], run[j])
                      and set(run[j].cells) != {columns.get("leaders")}]
            if strays:
                stray = strays[0]
                problems.append(msg.LAYOUT_STRAY.format(row=run[stray].no, text=_snippet(_line_text(run[stray]))))
                return []
    bounds = [0] + starts[1:] + [len(run)] if starts is middle else starts + [len(run)]
    if starts is not middle:
        bounds = _centred_units(run, bounds, columns)
    return [run[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)]


# the end of a unit's name: a unit cell's line that starts with one was cut inside a name
_NAME_TAIL_RE = re.compile(r"^[局厅委办部院会处所站队室]")


def _centred_units(run: list[_Line], bounds: list[int], columns: dict[str, int]) -> list[int]:
    """A unit cell taller than its row's text, centred on it, starts on the line above the row's
    number: "省水利厅、省应急管理厅、省自然资源厅、省气象" over "61 加强防汛抗旱… 杜国良 局". When that
    line holds unit cells (and the short cells centred with them: the deadline, the leader) only,
    and the number's line goes on with a name's broken-off end ("局"),
    the line is the next row's first, not the row above's last."""
    units = {columns[r] for r in ("lead", "co") if r in columns}
    out = list(bounds)
    for k in range(1, len(out) - 1):
        at = out[k]
        above = at - 1
        if above <= out[k - 1] or not units:
            continue
        line, anchor = run[above], run[at]
        short = units | {columns[r] for r in ("due", "leaders") if r in columns}  # centred with it
        if not set(line.cells) & units or not set(line.cells) <= short:
            continue
        if any(_NAME_TAIL_RE.match(anchor.cells.get(c, "")) and not line.cells.get(c, "").endswith(_LIST_MARKS)
               for c in units if c in line.cells):
            out[k] = above
    return out


def _blank_rows(run: list[_Line], anchors: list[int]) -> list[list[_Line]] | None:
    """Rows parted by blank lines, when the run is printed so: every stretch between blank lines
    holds exactly one number, and the run starts after a blank line or has two rows or more.
    Short cells centred on a tall row may then start on a line above its number (a unit list
    beside the text's first line) or go on below its text: the blank lines say whose they are."""
    cuts = [i for i, ln in enumerate(run) if i == 0 or ln.after_blank]
    blocks = [run[a:b] for a, b in zip(cuts, cuts[1:] + [len(run)])]
    bounds = list(zip(cuts, cuts[1:] + [len(run)]))
    if any(sum(1 for i in anchors if a <= i < b) != 1 for a, b in bounds):
        return None
    if len(blocks) < 2 and not run[0].after_blank:
        return None
    return blocks


def _middle_starts(anchors: list[int], has_text: list[bool], closes: list[bool]) -> tuple[list[int], tuple[int, int] | None]:
    """Row starts when numbers sit mid-row: after the text that closed before each number, else
    where the number above sits in the middle of its row. (starts, the two anchors whose boundary
    is ambiguous or None)."""
    starts = [0]
    for k in range(1, len(anchors)):
        lo, hi = anchors[k - 1], anchors[k]
        texts = [j for j in range(lo + 1, hi + 1) if has_text[j]]
        closed = [j for j in texts if _prev_closes(j, has_text, closes)]
        choices = closed or texts
        if len(choices) == 1:
            starts.append(choices[0])
            continue
        if not choices:
            return starts, (lo, hi)
        errors = sorted((_centre_error(starts[-1], lo, j, has_text), j) for j in choices)
        if len(errors) > 1 and errors[0][0] == errors[1][0]:
            return starts, (lo, hi)
        starts.append(errors[0][1])
    return starts, None


def _prev_closes(j: int, has_text: list[bool], closes: list[bool]) -> bool:
    before = [i for i in range(j) if has_text[i]]
    return not before or closes[before[-1]]


def _centre_error(start: int, anchor: int, end: int, has_text: list[bool]) -> float:
    last = max(j for j in range(start, end) if has_text[j]) if any(has_text[start:end]) else anchor
    height = max(last, anchor) - start + 1
    return abs((anchor - start) - (height - 1) / 2)


def _closed_rows(starts: list[int], has_text: list[bool], closes: list[bool]) -> int:
    bounds = starts[1:] + [len(has_text)]
    count = 0
    for s, e in zip(starts, bounds):
        texts = [j for j in range(s, e) if has_text[j]]
        count += bool(texts) and closes[texts[-1]]
    return count


def _continues(above: _Line, line: _Line) -> bool:
    """Every cell of `line` goes on with a cell cut by the wrap on the line above: the cell above
    filled its column and did not end a list item ("…各乡镇人民政" over "府"). A unit cell taller
    than its row's text runs on below the text's last line; such a line is that row's."""
    return all(above.full.get(col, False) and not above.cells.get(col, "").endswith(_LIST_MARKS) for col in line.cells)


def _line_text(line: _Line) -> str:
    return " ".join(v for _, v in sorted(line.cells.items()))


def _code(line: _Line, columns: dict[str, int]) -> str:
    return line.cells.get(columns.get("code", -1), "") or _line_text(line)[:6]


def _whole_names(upper: str, lower: str) -> bool:
    """A full line that ends a name ("…规划局") over one that starts a name ("市水利局"): one
    name a line, not a name cut by the wrap."""
    last = re.split(r"[、，,；;\s]", upper)[-1]
    return has_suffix(last) and lower.startswith(NAME_STARTS)


def join_cells(lines: list[_Line], columns: dict[str, int], width: int) -> list[str]:
    """One row's cells from its lines: the task text and the deadline joined as printed (a wrap,
    no space). Leader and unit cells: a line that filled its column and did not end a list item
    ("、") was cut inside a name, which goes on below ("市人力资源社会" / "保障局"); any other
    line is a line of its own, and `cells.split_units` keeps apart the names a "、" or a line parted.
    A leader's name is never glued: names are short, a full leader line is a whole name (one
    name a line in a narrow column) and `cells.split_leaders` rejoins a one-character remnant."""
    joined_roles = {columns[r] for r in ("text", "detail", "due", "code") if r in columns}
    cells = [""] * width
    cut: dict[int, bool] = {}
    for line in lines:
        for col, value in line.cells.items():
            if col >= width:
                continue
            if col in joined_roles:
                cells[col] += value.replace(" ", "") if col == columns.get("due") else value
            elif cut.get(col) and col != columns.get("leaders") and not value.startswith(_LIST_MARKS) \
                    and not _whole_names(cells[col], value):
                cells[col] += value
            else:
                cells[col] = (cells[col] + "\n" + value).strip()
            cut[col] = line.full.get(col, False) and not value.endswith(_LIST_MARKS)
    return cells
