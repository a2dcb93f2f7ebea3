"""SQL of the document manifest, chunks and embedding cache (schema in schema_documents.py).

Writes that change what is indexed bump `index_state.generation`, which every
process compares before a search to know when to rebuild its in-memory BM25.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from store.db import transaction

if TYPE_CHECKING:
    import numpy as np
    import sqlite_utils


@dataclass
class ChunkRow:
    id: str
    doc_id: int
    seq: int
    section: str
    span_year: int | None
    header: str
    text: str
    file: str
    title: str
    region: str | None
    year: int | None
    kind: str


def find_document(db: sqlite_utils.Database, *, path: str) -> dict | None:
    row = db.execute("SELECT * FROM documents WHERE path = ?", [path]).fetchone()
    return _doc(db, row) if row else None


def find_by_hash(db: sqlite_utils.Database, content_hash: str) -> dict | None:
    row = db.execute("SELECT * FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1", [content_hash]).fetchone()
    return _doc(db, row) if row else None


def list_documents(db: sqlite_utils.Database, *, include_superseded: bool = False) -> list[dict]:
    """The manifest, without the versions a newer one superseded unless asked for."""
    where = "" if include_superseded else " WHERE superseded_by IS NULL"
    rows = db.execute(f"SELECT * FROM documents{where} ORDER BY region, year, file").fetchall()
    return [_doc(db, r) for r in rows]


def same_year_reports(db: sqlite_utils.Database, path: str) -> list[tuple[int, str]]:
    """(id, file) of the other current reports with the region and year of the report at
    `path`: the versions it may supersede. Both must state their region and year: an unknown
    one is never taken for the same."""
    row = db.execute("SELECT kind, region, year FROM documents WHERE path = ?", [path]).fetchone()
    if not row or row[0] != "report" or not row[1] or not row[2]:
        return []
    return [(r[0], r[1]) for r in db.execute(
        "SELECT id, file FROM documents WHERE kind = 'report' AND region = ? AND year = ? AND path != ? "
        "AND superseded_by IS NULL ORDER BY id", [row[1], row[2], path])]


def supersede(db: sqlite_utils.Database, doc_ids: Sequence[int], by_file: str) -> None:
    """Mark the documents `doc_ids` as superseded by the newer version `by_file`: kept, not searched."""
    if not doc_ids:
        return
    with transaction(db):
        db.execute(f"UPDATE documents SET superseded_by = ? WHERE id IN ({', '.join('?' for _ in doc_ids)})",
                   [by_file, *doc_ids])
        _bump_generation(db)


def document_regions(db: sqlite_utils.Database) -> set[str]:
    """The regions the current documents name (reports, plans), each once."""
    return {r[0] for r in db.execute(
        "SELECT DISTINCT region FROM documents WHERE region IS NOT NULL AND superseded_by IS NULL")}


def rename_region(db: sqlite_utils.Database, old: str, new: str) -> None:
    """One place, one name: every document, plan and unit of region `old` takes the fuller
    name `new` ("鹊岭区" → "泓州市鹊岭区"), in one transaction. A plan whose (region, year,
    title) the new name would duplicate keeps its name."""
    with transaction(db):
        db.execute("UPDATE documents SET region = ? WHERE region = ?", [new, old])
        db.execute("UPDATE plans SET region = ? WHERE region = ? AND NOT EXISTS (SELECT 1 FROM plans p "
                   "WHERE p.region = ? AND p.year = plans.year AND p.title = plans.title)", [new, old, new])
        db.execute("UPDATE units SET region = ? WHERE region = ?", [new, old])
        _bump_generation(db)


def _doc(db: sqlite_utils.Database, row: Sequence) -> dict:
    cols = [d[0] for d in db.execute("SELECT * FROM documents LIMIT 0").description]
    d = dict(zip(cols, row))
    d["missing"] = json.loads(d.get("missing") or "[]")
    return d


def replace_document(db: sqlite_utils.Database, doc: dict, chunks: Iterable[dict]) -> tuple[int, list[str]]:
    """Write one document and all its chunks in one transaction, replacing any older
    version at the same path. Returns (doc id, ids of the chunks that were dropped)."""
    chunks = list(chunks)
    with transaction(db):
        old = db.execute("SELECT id FROM documents WHERE path = ?", [doc["path"]]).fetchone()
        old_ids: list[str] = []
        if old:
            old_ids = [r[0] for r in db.execute("SELECT id FROM chunks WHERE doc_id = ?", [old[0]])]
            db.execute("DELETE FROM chunks WHERE doc_id = ?", [old[0]])
            db.execute("DELETE FROM postings WHERE doc_id = ?", [old[0]])  # SQLite may reuse the id
            db.execute("DELETE FROM documents WHERE id = ?", [old[0]])
        values = dict(doc)
        values["missing"] = json.dumps(values.get("missing") or [], ensure_ascii=False)
        cols = list(values)
        cur = db.execute(
            f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
            [values[c] for c in cols],
        )
        doc_id = cur.lastrowid
        db.conn.executemany(
            "INSERT INTO chunks (id, doc_id, seq, section, span_year, header, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(c["id"], doc_id, c["seq"], c["section"], c["span_year"], c["header"], c["text"]) for c in chunks],
        )
        _bump_generation(db)
    new_ids = {c["id"] for c in chunks}
    return doc_id, [i for i in old_ids if i not in new_ids]


_POSTINGS = ("lengths", "terms", "offsets", "ids", "tfs")


def save_postings(db: sqlite_utils.Database, doc_id: int, tokenizer: str, columns: dict[str, bytes]) -> None:
    """Store a document's BM25 postings (retrieval/postings.py), replacing any older ones.
    Called inside the transaction that wrote its chunks, so both change together."""
    with transaction(db):
        db.execute(
            f"INSERT OR REPLACE INTO postings (doc_id, tokenizer, {', '.join(_POSTINGS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [doc_id, tokenizer, *(columns[c] for c in _POSTINGS)],
        )


def load_postings(db: sqlite_utils.Database, docs: Sequence[tuple[int, str]], tokenizer: str) -> dict[int, dict[str, bytes]]:
    """Stored postings of the (doc id, content hash) given, written with `tokenizer`; a
    document replaced since it was listed (another hash under its id) is left out."""
    out: dict[int, dict[str, bytes]] = {}
    for doc_id, content_hash in docs:
        row = db.execute(
            f"SELECT {', '.join('p.' + c for c in _POSTINGS)} FROM postings p JOIN documents d ON d.id = p.doc_id "
            "WHERE p.doc_id = ? AND p.tokenizer = ? AND d.content_hash = ?",
            [doc_id, tokenizer, content_hash],
        ).fetchone()
        if row:
            out[doc_id] = dict(zip(_POSTINGS, row))
    return out


def has_postings(db: sqlite_utils.Database, doc_id: int, tokenizer: str) -> bool:
    return db.execute("SELECT 1 FROM postings WHERE doc_id = ? AND tokenizer = ?", [doc_id, tokenizer]).fetchone() is not None


def update_document(db: sqlite_utils.Database, doc_id: int, **fields: object) -> None:
    with transaction(db):
        sets = ", ".join(f"{k} = ?" for k in fields)
        db.execute(f"UPDATE documents SET {sets} WHERE id = ?", [*fields.values(), doc_id])
        _bump_generation(db)


def mark_embedded(db: sqlite_utils.Database, doc_id: int, *, content_hash: str, model: str) -> None:
    """Record that a document's vectors are in Chroma, unless it was replaced meanwhile
    (another process re-ingested it while we embedded: its new chunks are still pending)."""
    with transaction(db):
        db.execute("UPDATE documents SET embedding = ? WHERE id = ? AND content_hash = ?", [model, doc_id, content_hash])


def _bump_generation(db: sqlite_utils.Database) -> None:
    db.execute("UPDATE index_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


def generation(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM index_state WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


_CHUNK_SELECT = """SELECT c.id, c.doc_id, c.seq, c.section, c.span_year, c.header, c.text,
                  d.file, d.title, d.region, d.year, d.kind
           FROM chunks c JOIN documents d ON d.id = c.doc_id"""


def indexed_documents(db: sqlite_utils.Database) -> list[tuple]:
    """(id, content hash, ingested at, file, title, region, year, kind) of every document that
    has chunks, in search order: what the in-memory lexical index compares to know which
    documents it must (re)read. SQLite may reuse a replaced document's id, hence the hash."""
    return [tuple(r) for r in db.execute(
        "SELECT id, content_hash, ingested_at, file, title, region, year, kind FROM documents "
        "WHERE chunks > 0 AND superseded_by IS NULL ORDER BY id"
    ).fetchall()]


def all_chunks(db: sqlite_utils.Database) -> list[ChunkRow]:
    """Every searchable chunk: a superseded version's chunks are kept but not searched."""
    return [ChunkRow(*r) for r in db.execute(_CHUNK_SELECT + " WHERE d.superseded_by IS NULL ORDER BY d.id, c.seq").fetchall()]


def chunks_of(db: sqlite_utils.Database, doc_id: int) -> list[ChunkRow]:
    return [ChunkRow(*r) for r in db.execute(_CHUNK_SELECT + " WHERE c.doc_id = ? ORDER BY c.seq", [doc_id]).fetchall()]


def cached_vectors(db: sqlite_utils.Database, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
    import numpy as np  # only where vectors are read or written: a registry lookup never loads numpy

    out: dict[str, np.ndarray] = {}
    for start in range(0, len(hashes), 500):
        part = list(hashes[start : start + 500])
        rows = db.execute(
            f"SELECT hash, vector FROM embedding_cache WHERE model = ? AND hash IN ({', '.join('?' for _ in part)})",
            [model, *part],
        ).fetchall()
        out.update({h: np.frombuffer(v, dtype=np.float32) for h, v in rows})
    return out


def store_vectors(db: sqlite_utils.Database, model: str, vectors: dict[str, np.ndarray]) -> None:
    import numpy as np

    with transaction(db):
        db.conn.executemany(
            "INSERT OR REPLACE INTO embedding_cache (model, hash, vector) VALUES (?, ?, ?)",
            [(model, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
        )
