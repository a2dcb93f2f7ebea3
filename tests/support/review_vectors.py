"""A stand-in embedder for the commitment check's dense vote: the test says which text lies
where, every other text gets its own orthogonal axis, so a cosine is exactly what the test set."""
from __future__ import annotations

import numpy as np

DIM = 64


class FixedVectors:
    """text → vector as the test set it; `key` keeps each test's cached vectors apart."""

    def __init__(self, vectors: dict[str, np.ndarray], key: str) -> None:
        self.vectors, self.spare, self.key = vectors, 40, key

    def passages(self, texts):
        out = []
        for t in texts:
            if t not in self.vectors:
                self.spare += 1
                v = np.zeros(DIM, dtype=np.float32)
                v[self.spare] = 1.0
                self.vectors[t] = v
            out.append(self.vectors[t])
        return np.stack(out)


def vector_at(cosine: float, axis: int) -> np.ndarray:
    """A unit vector at `cosine` to axis 0 (where the clause under test lies)."""
    v = np.zeros(DIM, dtype=np.float32)
    v[0], v[axis] = cosine, (1.0 - cosine * cosine) ** 0.5
    return v
