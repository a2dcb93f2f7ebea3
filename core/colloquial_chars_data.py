"""Characters staff type in speech that the documents write otherwise, as data with where each
came from. A question word no document prints ("俩癌筛查") is read with these characters in the
documents' form ("两癌") before it is read as an abbreviation (`answers.abbreviated_words`).
Only spoken forms that are no in-order shortening of the printed word belong here: a
shortening (婚检 for 婚前医学检查) is found in the documents, never listed.
Rows: (typed, printed, provenance)."""
from __future__ import annotations

COLLOQUIAL_CHARS: tuple[tuple[str, str, str], ...] = (
    ("俩", "两", "口语：“俩”是“两个”的合音（现代汉语词典），公文写作“两”（“两癌”筛查、“两新”）"),
    ("仨", "三", "口语：“仨”是“三个”的合音（现代汉语词典），公文写作“三”（“三农”“三旧”改造）"),
)


def colloquial_map() -> dict[str, str]:
    """typed character → printed character."""
    return {typed: printed for typed, printed, _ in COLLOQUIAL_CHARS}
