"""The numbers Word shows before automatically numbered paragraphs, which are not in their text.

Offices number a plan's 序号 column, a report's "（一）" sub-headings and "1." items, and a
glossary's entries with Word's list numbering (w:numPr): the page shows "12", the paragraph's
text is empty (round 64h: a plan whose 序号 cells were all blank was refused, its tasks found
no numbers). Each numbered paragraph gets the label Word would draw: the level's format
(decimal, Chinese counting, circled digits, letters, roman) in the level's text pattern
("%1.", "（%1）", "%1、"), counted in document order, a level restarting when one above it
moves on. Bullets draw no number. Pure reading of the .docx parts python-docx has loaded.
"""
from __future__ import annotations

from typing import Any

from core import lazy_re as re
from core.numerals import cn_numeral

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


class ListNumbers:
    """Labels of a document's automatically numbered paragraphs, in the order they are asked
    for (document order); a paragraph asked twice (a merged cell read again) keeps its label."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNum → level → (fmt, text, start)
        self._abstract: dict[str, str] = {}  # numId → abstractNum
        self._overrides: dict[str, dict[int, int]] = {}  # numId → level → start
        self._counts: dict[str, dict[int, int]] = {}
        self._seen_nums: set[str] = set()
        self._labels: dict[Any, str] = {}
        self._document = document
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in numbering.iter(_W + "abstractNum"):
            levels = {}
            for lvl in abstract.iter(_W + "lvl"):
                ilvl = int(lvl.get(_W + "ilvl", "0"))
                fmt = _val(lvl, "numFmt") or "decimal"
                text = _val(lvl, "lvlText")
                start = _val(lvl, "start")
                levels[ilvl] = (fmt, text if text is not None else f"%{ilvl + 1}.", int(start) if start and start.isdigit() else 1)
            self._levels[abstract.get(_W + "abstractNumId", "")] = levels
        for num in numbering.iter(_W + "num"):
            num_id = num.get(_W + "numId", "")
            abstract_id = _val(num, "abstractNumId")
            if abstract_id is not None:
                self._abstract[num_id] = abstract_id
            for override in num.iter(_W + "lvlOverride"):
                start = _val(override, "startOverride")
                if start and start.isdigit():
                    self._overrides.setdefault(num_id, {})[int(override.get(_W + "ilvl", "0"))] = int(start)

    def label(self, p: Any) -> str:
        """The number Word draws before paragraph element `p`, or "" when it draws none."""
        if p in self._labels:
            return self._labels[p]
        found = self._num_pr(p)
        label = self._next(*found) if found else ""
        self._labels[p] = label
        return label

    def _num_pr(self, p: Any) -> tuple[str, int] | None:
        """(numId, level) set on the paragraph, else on its style or the styles it is based on."""
        ppr = p.find(_W + "pPr")
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        if num_pr is None:
            style_id = _val(ppr, "pStyle") if ppr is not None else None
            num_pr = self._style_num_pr(style_id)
        if num_pr is None:
            return None
        num_id = _val(num_pr, "numId")
        level = _val(num_pr, "ilvl")
        if not num_id or num_id == "0":
            return None
        return num_id, int(level) if level and level.isdigit() else 0

    def _style_num_pr(self, style_id: str | None) -> Any:
        try:
            styles = self._document.styles.element
        except AttributeError:
            return None
        for _ in range(8):  # a style's base styles, not a cycle
            if not style_id:
                return None
            style = next((s for s in styles.iter(_W + "style") if s.get(_W + "styleId") == style_id), None)
            if style is None:
                return None
            ppr = style.find(_W + "pPr")
            num_pr = ppr.find(_W + "numPr") if ppr is not None else None
            if num_pr is not None:
                return num_pr
            style_id = _val(style, "basedOn")
        return None

    def _next(self, num_id: str, level: int) -> str:
        abstract = self._abstract.get(num_id)
        levels = self._levels.get(abstract or "", {})
        if level not in levels:
            return ""
        counts = self._counts.setdefault(abstract or "", {})
        if num_id not in self._seen_nums:
            self._seen_nums.add(num_id)
            for lvl, start in self._overrides.get(num_id, {}).items():
                counts[lvl] = start - 1
        fmt, text, start = levels[level]
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a level restarts under the one above it
        if fmt in ("bullet", "none"):
            return ""

        def drawn(m: re.Match[str]) -> str:
            lvl = int(m.group(1)) - 1
            f, _t, s = levels.get(lvl, (fmt, "", 1))
            return _format(counts.get(lvl, s), f)

        return re.sub(r"%(\d)", drawn, text)


def _val(element: Any, name: str) -> str | None:
    child = element.find(_W + name) if element is not None else None
    return child.get(_W + "val") if child is not None else None


def _format(n: int, fmt: str) -> str:
    if fmt.startswith("chinese") or fmt.startswith("ideograph") or fmt == "taiwaneseCounting":
        return cn_numeral(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        out, left = "", n
        for value, numeral in _ROMAN:
            while left >= value:
                out, left = out + numeral, left - value
        return out if fmt == "upperRoman" else out.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
