"""A clause cut by a bracket is shown whole.

"开工建设县第三实验小学（设48个班，可新增学位2160个），建成…": the comma inside the bracket
splits the clause the figure was found in, and the answer showed "…小学（设48个班" with the
bracket's second half (the other figure staff asked) left out. The clause shown runs on to
the bracket's close, within its sentence.
"""
from __future__ import annotations

_OPEN, _CLOSE = "（(", "）)"


def _depth(text: str) -> int:
    return sum(ch in _OPEN for ch in text) - sum(ch in _CLOSE for ch in text)


def bracket_closed(clause: str, sentence: str, *, most: int = 80) -> str:
    """`clause` run on to where its open bracket closes in `sentence` (at most `most` more
    characters); unchanged when nothing is left open or the close is not found."""
    if _depth(clause) <= 0:
        return clause
    at = sentence.find(clause)
    if at < 0:
        return clause
    depth = _depth(clause)
    end = at + len(clause)
    for i in range(end, min(len(sentence), end + most)):
        ch = sentence[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return sentence[at:i + 1]
    return clause
