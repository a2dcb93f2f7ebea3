"""Documents schema: the manifest of ingested files, their chunks, and the embedding cache.

SQLite is the source of truth for what is indexed: Chroma holds vectors keyed by
chunk id, and search ignores any Chroma id that is not a committed chunk here, so a
crash between the two stores never shows half an ingest. Append new migrations;
never edit a shipped one."""

MIGRATIONS = [
    """
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,      -- resolved path: identity of a file across re-ingests
  file TEXT NOT NULL,             -- display name
  content_hash TEXT NOT NULL,     -- sha256 of the file's bytes
  kind TEXT NOT NULL,             -- report | plan
  region TEXT,
  year INTEGER,                   -- the year the document plans for
  delivered TEXT,                 -- YYYY-MM-DD when stated
  title TEXT NOT NULL,
  missing TEXT NOT NULL DEFAULT '[]',  -- JSON list of fields not read from the text
  chunks INTEGER NOT NULL DEFAULT 0,
  tasks INTEGER NOT NULL DEFAULT 0,
  chars INTEGER NOT NULL DEFAULT 0,
  embedding TEXT,                 -- dense model whose collection holds this document's chunks
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);
CREATE TABLE chunks (
  id TEXT PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  section TEXT NOT NULL,
  span_year INTEGER,
  header TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX chunks_doc ON chunks(doc_id, seq);
CREATE TABLE embedding_cache (
  model TEXT NOT NULL,
  hash TEXT NOT NULL,             -- sha1 of the embedded text
  vector BLOB NOT NULL,           -- float32
  PRIMARY KEY (model, hash)
);
CREATE TABLE index_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO index_state (key, value) VALUES ('generation', '0');
""",
    # A corrected report ingested under a new file name (same region, year and kind) supersedes
    # the older one: kept, so re-ingesting the folder is still "unchanged", but no longer searched.
    """
ALTER TABLE documents ADD COLUMN superseded_by TEXT;  -- file name of the newer version
""",
    # The document number an issued document carries under its issuer (赣府厅字〔2021〕8号).
    """
ALTER TABLE documents ADD COLUMN doc_number TEXT;  -- '' when read and none printed; NULL: not read yet
""",
    # Who issued or wrote a document (江西省人民政府办公厅, 岚江省人民政府研究室): "哪个单位发的"
    """
ALTER TABLE documents ADD COLUMN issuer TEXT;  -- '' when read and none printed; NULL: not read yet
""",
    # BM25 postings of each report, written with its chunks (retrieval/postings.py): a process
    # reads them instead of re-tokenizing every chunk. `tokenizer` names the tokenizer version
    # and byte order they were written with; a row under another one is ignored and rebuilt.
    """
CREATE TABLE postings (
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  tokenizer TEXT NOT NULL,
  lengths BLOB NOT NULL,          -- uint32 tokens per chunk
  terms BLOB NOT NULL,            -- UTF-8 terms joined by NUL
  offsets BLOB NOT NULL,          -- uint32, one per term + 1: start of its run in ids/tfs
  ids BLOB NOT NULL,              -- uint32 chunk positions within the document
  tfs BLOB NOT NULL               -- uint32 term frequencies
);
""",
]
