"""Letter-spaced labels, as PDFs print short labels to fill a fixed width: "责 任 领 导：",
"牵 头 单 位：", "完 成 时 限：", and header cells "序 号", "牵头 单位".

They are read as the plain labels by their structure, never from a list of spaced spellings:
- a label: a run of single CJK characters, each separated from the next by one space, that
  starts a line or follows a separator or bracket and ends in a colon (or "】"): the spaces
  go, "责 任 领 导 ：" becomes "责任领导：";
- a header cell in column-aligned text (cells separated by spaces): a run of single CJK
  characters is one cell ("序 号" → "序号"; a run over several cells is cut where whole
  header cells end), and two fragments that together are a whole
  header cell (`header.HEADER_LABELS`: "牵头" + "单位" → "牵头单位") are one cell.
Table cells (DOCX, XLSX, tab lines) need neither: `header.header_columns` drops every space
inside a cell.
"""
from __future__ import annotations

from core import lazy_re as re

_CJK = "\u4e00-\u9fff"
_GAP = "[ \u3000\xa0]"  # one space, ideographic or not
# Two to six single characters: "责 任 领 导", "牵 头 市 领 导". Not after a CJK character or
# digit (then it is text, not a label's start); followed by the colon, spaces allowed before it.
_LABEL_RE = re.compile(
    rf"(?<![^\s（(【\[；;，,。、:：.．)）])((?:[{_CJK}]{_GAP}){{1,5}}[{_CJK}])(?={_GAP}*[:：】])", re.M)
# How every spaced label ends: a space, its last character, the colon.
_LAST_RE = re.compile(rf"{_GAP}[{_CJK}]{_GAP}*[:：】]")
_SINGLE_RE = re.compile(rf"^[{_CJK}]$")


def join_spaced_labels(text: str) -> str:
    """`text` with every letter-spaced label written plainly ("牵 头 单 位：A" → "牵头单位：A")."""
    if not _LAST_RE.search(text):  # most files: no spaced label at all, found in one quick pass
        return text
    return _LABEL_RE.sub(lambda m: re.sub(_GAP, "", m.group(1)), text)


def join_header_tokens(tokens: list[str], labels: frozenset[str]) -> list[str]:
    """The cells of a column-aligned line read as a header: runs of single characters joined
    ("序 号"), then two neighbours joined when together they are one of `labels` (whole header
    cells: "牵头" + "领导" → "牵头领导") and neither is one alone ("序号" "任务" stay two)."""
    runs: list[str] = []
    single: list[str] = []
    for token in [*tokens, ""]:
        if _SINGLE_RE.match(token):
            single.append(token)
            continue
        if single:
            runs.extend(_segment("".join(single), labels))
            single = []
        if token:
            runs.append(token)
    out: list[str] = []
    for token in runs:
        if out and out[-1] + token in labels and out[-1] not in labels and token not in labels:
            out[-1] += token
        else:
            out.append(token)
    return out


def _segment(run: str, labels: frozenset[str]) -> list[str]:
    """A run of single characters spanning several cells ("序 号 工 作 任 务", one space
    between cells as between letters) cut where whole header cells end: ["序号", "工作任务"].
    The run whole when it is one cell or cannot be cut into known cells."""
    if run in labels:
        return [run]
    best: list[list[str] | None] = [[]] + [None] * len(run)  # best[i]: cells covering run[:i]
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 8), end):
            prefix = best[start]
            if prefix is not None and run[start:end] in labels and (best[end] is None or len(prefix) + 1 < len(best[end])):
                best[end] = prefix + [run[start:end]]
    return best[-1] or [run]
