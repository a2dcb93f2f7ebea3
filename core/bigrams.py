"""Character bigrams: the one tokenizer that lexical search, the task full-text index and
answer scoring share.

Chinese has no spaces and government text is built from fixed four-character phrases
("固定资产投资"); overlapping bigrams match them without a word segmenter (see
docs/benchmarks/retrieval.md). Every part must cut text the same way, or a question scores
differently in search than in the answer picker.
"""
from __future__ import annotations

from core import lazy_re as re

CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def bigrams(text: str) -> list[str]:
    """Overlapping bigrams of each CJK run, in order; a lone character stays a unigram.
    "5G网络覆盖" → ["网络", "络覆", "覆盖"] (Latin words and numbers are the caller's choice)."""
    out: list[str] = []
    for run in CJK_RUN.findall(text or ""):
        if len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out
