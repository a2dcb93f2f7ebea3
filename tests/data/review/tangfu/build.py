"""Build report_2024.txt, the 棠阜 report as PDF-to-text extraction leaves it, from
paragraphs_2024.txt (the same report, one paragraph per line).

What the layout does to it (the shape of real extracted reports): every paragraph longer
than the line is cut every WIDTH characters, wherever that falls (inside a word, a number,
before a "，"); most paragraphs have a blank line after every cut line; a few lines start
with a stray space; page marks ("— 2 —") stay on their own lines. Headings and short lines
stay whole. Run from anywhere: `python tests/data/review/tangfu/build.py`.
"""
from pathlib import Path

WIDTH = 42
HERE = Path(__file__).resolve().parent
# Paragraphs whose cut lines follow each other without blank lines (by their first words).
TIGHT = ("2024年是实现",)


def build(text: str) -> str:
    out: list[str] = []
    n = 0
    for para in text.split("\n"):
        if not para.strip():
            continue
        if len(para) <= WIDTH:
            out += [para, ""]
            continue
        lines = [para[i:i + WIDTH] for i in range(0, len(para), WIDTH)]
        for line in lines:
            n += 1
            if n % 9 == 0:
                line = " " + line  # a stray space the extraction put at the line start
            out.append(line)
            if not para.startswith(TIGHT):
                out.append("")
        if para.startswith(TIGHT):
            out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    source = (HERE / "paragraphs_2024.txt").read_text(encoding="utf-8")
    (HERE / "report_2024.txt").write_text(build(source), encoding="utf-8")
