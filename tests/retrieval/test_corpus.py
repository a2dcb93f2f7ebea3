"""The real sample corpus (../shared/corpus), as text, GBK, DOCX and a generated PDF:
right kind/region/year per file, the table routed to the registry, no watermark or
broken number in any chunk, re-ingest unchanged; and retrieval quality on our
question set (BM25 here; the dense model in one slow test)."""
from __future__ import annotations

from tests.support.paths import DATA

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from retrieval.ingest import ingest_paths

from tests.support.retrieval_pdf import text_to_pdf

QUESTIONS = DATA / "retrieval_questions.json"

# What the corpus README says each file is; the software must find it in the text.
EXPECTED = {
    "000_743cd0f839ad087c": ("report", "江西省", 2022),
    "001_c41ed5da75bef198": ("report", "江西省", 2024),
    "002_b1c16f63db8304f6": ("report", "赣州市", 2023),
    "003_4c8e686c04f634e5": ("plan", "江西省", 2021),
    "004_d698cca8952d26ee": ("report", "南昌市", 2024),
}
BROKEN_NUMBER = re.compile(r"\d\s*[.．]\s+\d|\d\s+[.．%万亿千百]|\d\s+\d")
WATERMARK = re.compile(r"https?://|www\.|数据皮皮侠|上接\d|下转\d")


def _convert(corpus_dir: Path, target: Path, fmt: str) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for src in sorted(corpus_dir.glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        if fmt == "txt":
            (target / src.name).write_text(text, encoding="utf-8")
        elif fmt == "gbk":
            try:
                data = text.encode("gbk")
            except UnicodeEncodeError:  # ✓ and a few marks exist only in GB18030
                data = text.encode("gb18030")
            (target / src.name).write_bytes(data.replace(b"\n", b"\r\n"))
        elif fmt == "docx":
            _to_docx(text, target / (src.stem + ".docx"))
        elif fmt == "pdf":
            (target / (src.stem + ".pdf")).write_bytes(text_to_pdf(text))
    return target


def _to_docx(text: str, path: Path) -> None:
    """Paragraph per line; tab-separated rows (the responsibility table) become a Word table."""
    import docx

    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for i, row in enumerate(rows):
                for j, value in enumerate(row):
                    table.cell(i, j).text = value
            rows.clear()

    for line in text.split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        flush()
        document.add_paragraph(line)
    flush()
    document.save(path)


@pytest.mark.corpus
@pytest.mark.parametrize("fmt", ["txt", "gbk", "docx", "pdf"])
def test_corpus_ingests_right_in_every_format(corpus_dir: Path, make_ctx, tmp_path: Path, fmt: str) -> None:
    folder = _convert(corpus_dir, tmp_path / fmt, fmt)
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    results = ingest_paths(ctx, [folder])
    by_stem = {Path(r.file).stem: r for r in results}
    assert set(by_stem) == set(EXPECTED)
    for stem, (kind, region, year) in EXPECTED.items():
        r = by_stem[stem]
        assert r.status == "ingested", (stem, r.error)
        assert (r.kind, r.region, r.year) == (kind, region, year), stem
        assert r.title
    plan = next(r for r in results if r.kind == "plan")
    assert plan.tasks == 166
    assert ctx.db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 166
    # The clipped newspaper report has no title and no date: the summary says so.
    assert set(by_stem["002_b1c16f63db8304f6"].missing) == {"delivered", "title"}

    chunks = ctx.db.execute("SELECT text FROM chunks").fetchall()
    assert len(chunks) > 250
    for (text,) in chunks:
        assert not WATERMARK.search(text), text[:80]
        assert not BROKEN_NUMBER.search(text), BROKEN_NUMBER.search(text).group(0)
        assert "<u>" not in text and "✓" not in text

    again = ingest_paths(ctx, [folder])
    assert [r.status for r in again] == ["unchanged"] * len(EXPECTED)


@pytest.mark.corpus
def test_retrieval_quality_lexical(corpus_dir: Path, make_ctx) -> None:
    from retrieval.quality import evaluate

    today = json.loads(QUESTIONS.read_text(encoding="utf-8"))["today"]
    ctx = make_ctx(now=dt.datetime.fromisoformat(today + "T09:00"), DUCHA_EMBEDDING="none")
    ingest_paths(ctx, [corpus_dir])
    result = evaluate(ctx, QUESTIONS, dense=False)
    assert result["questions"] >= 60
    assert result["hit@5"] >= 0.95, result["misses"]
    assert result["hit@1"] >= 0.8, result["misses"]
