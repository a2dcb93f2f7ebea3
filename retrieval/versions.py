"""Is a newly ingested report a version of an older one (a corrected draft), or another document?

`ingest` lets a report replace the older report of the same region and year (the corrected
version answers). Region and year alone are not enough: a plan read as a report, or a second
report of that year (a 县 report filed under its 市, a speech), would silently hide the real
one. So a newer text supersedes an older one only when they share most of their wording.

Measure: Jaccard of the two texts' sets of character bigrams (whitespace and punctuation
dropped, so a re-extraction with other line breaks is the same text). Measured on the sample
corpus, the shipped examples and the test reports (session 11, /tmp script, figures kept here):
- different documents, 45 pairs — consecutive years of one province (0.219), a city's report
  against its province's (0.211), a report against the plan of its own year (0.098, 0.195):
  at most 0.238;
- revisions of six reports — every figure changed (≥ 0.874), 20 % of paragraphs dropped
  (≥ 0.833) or added (≥ 0.706), 15 % of sentences rewritten (≥ 0.736), re-wrapped (1.0), and
  all of figures + drops + re-wrap at once (≥ 0.601).
The bar, 0.40, sits 0.16 above the closest different pair and 0.20 below the hardest revision.
"""
from __future__ import annotations

from core import lazy_re as re

REVISION_BAR = 0.40
_DROP_RE = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z%.]")


def _bigrams(text: str) -> set[str]:
    flat = _DROP_RE.sub("", text)
    return {flat[i:i + 2] for i in range(len(flat) - 1)}


def text_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' character-bigram sets, 0.0–1.0."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return len(x & y) / len(x | y)


def is_revision(old: str, new: str) -> bool:
    """True when `new` reads as a version of `old` (see the module docstring for the bar)."""
    return text_similarity(old, new) >= REVISION_BAR
