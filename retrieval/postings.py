"""BM25 postings persisted per document, so a process opens the lexical index without
re-tokenizing the corpus.

A one-shot `ducha ask` used to cut every chunk of every report into bigrams before its
first query (~0.05–0.07 s of a ~0.35 s process, docs/benchmarks.md issue 15). `ingest`
now writes each report's postings beside its chunks, in the same transaction
(`store.documents.save_postings`), and a process reads them back as flat arrays.
Unpacking is a string split (terms are stored sorted and found by bisection); a term's ids
and frequencies are sliced out of the arrays only when a query reads that term (a query
reads a few dozen of ~25 000). The postings are the ones `build_segment` makes from the
same text, so BM25 scores, rankings and ties do not change (tests/retrieval/test_postings.py).

Stored arrays are keyed by `KEY`: the tokenizer's version and this machine's byte order.
A row under another key (an older tokenizer, a data folder copied across architectures) is
ignored and the document's postings are built from its chunks as before.
"""
from __future__ import annotations

import sys
from bisect import bisect_left
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Protocol

from retrieval.lexical import TOKENIZER, Segment, build_segment, chunk_text

KEY = f"{TOKENIZER}/{sys.byteorder}/I{array('I').itemsize}"
_SEP = "\x00"  # between terms; no token contains it (CJK runs, Latin words, numbers)


@dataclass(frozen=True)
class Packed:
    """A segment as stored: five byte strings (the columns of the `postings` table)."""

    lengths: bytes  # array("I"): tokens per chunk
    terms: bytes  # UTF-8 terms joined by NUL, in the segment's order
    offsets: bytes  # array("I"), len(terms) + 1: where each term's run starts in ids/tfs
    ids: bytes  # array("I"): chunk ids local to the segment, term after term
    tfs: bytes  # array("I"): the matching term frequencies


class PackedPostings(Mapping):
    """term → (chunk ids, term frequencies), read from the packed arrays on demand.

    Behaves as the dict `build_segment` makes for what BM25 asks of it (`get`, `in`, `[]`,
    `len(ids)`); the values are array slices of the same integers in the same order."""

    def __init__(self, terms: list[str], offsets: array, ids: array, tfs: array) -> None:
        self._terms = terms  # sorted: found by bisection (a dict of ~25 000 terms costs ~3 ms to build)
        self._offsets, self._ids, self._tfs = offsets, ids, tfs

    def _find(self, term: object) -> int:
        i = bisect_left(self._terms, term) if isinstance(term, str) else len(self._terms)
        return i if i < len(self._terms) and self._terms[i] == term else -1

    def __getitem__(self, term: str) -> tuple[array, array]:
        i = self._find(term)
        if i < 0:
            raise KeyError(term)
        start, end = self._offsets[i], self._offsets[i + 1]
        return self._ids[start:end], self._tfs[start:end]

    def __contains__(self, term: object) -> bool:
        return self._find(term) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


class _Chunk(Protocol):
    header: str
    text: str


def build(chunks: Iterable[_Chunk]) -> Segment:
    """A document's postings from its chunks (a `retrieval.chunk.Chunk` or a stored row)."""
    return build_segment([chunk_text(c.header, c.text) for c in chunks])


def columns(packed: Packed) -> dict[str, bytes]:
    """The `postings` table's columns of a packed segment."""
    return asdict(packed)


def pack(segment: Segment) -> Packed | None:
    """The segment as stored, or None when a term could not be stored (none can today)."""
    terms = sorted(segment.postings)  # code point order, as `PackedPostings` bisects
    if any(_SEP in t for t in terms):
        return None
    offsets, ids, tfs = array("I", [0]), array("I"), array("I")
    for term in terms:
        term_ids, term_tfs = segment.postings[term]
        ids.extend(term_ids)
        tfs.extend(term_tfs)
        offsets.append(len(ids))
    return Packed(
        lengths=array("I", segment.lengths).tobytes(),
        terms=_SEP.join(terms).encode("utf-8"),
        offsets=offsets.tobytes(),
        ids=ids.tobytes(),
        tfs=tfs.tobytes(),
    )


def unpack(packed: Packed) -> Segment | None:
    """The segment back from its stored form; None when the arrays do not fit together
    (a damaged row: the caller rebuilds from the chunks)."""
    lengths, offsets, ids, tfs = array("I"), array("I"), array("I"), array("I")
    try:
        lengths.frombytes(packed.lengths)
        offsets.frombytes(packed.offsets)
        ids.frombytes(packed.ids)
        tfs.frombytes(packed.tfs)
        terms = packed.terms.decode("utf-8").split(_SEP) if packed.terms else []
    except (ValueError, UnicodeDecodeError):
        return None
    if len(offsets) != len(terms) + 1 or len(ids) != len(tfs) or offsets[-1] != len(ids):
        return None
    return Segment(lengths.tolist(), PackedPostings(terms, offsets, ids, tfs))  # type: ignore[arg-type]
