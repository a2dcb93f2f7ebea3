"""An exclusive lock file in the data dir, so that two `ducha ingest` on one data dir do
not write the index and the registry at the same time: the second one says who holds the
lock and waits for it (the lock goes with the process, so a killed holder frees it at once).
POSIX `flock`; where that does not exist (Windows) the lock is a no-op."""
from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Callable, Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def _holder(f) -> str:  # noqa: ANN001 - an open text file
    """The holder's pid as it wrote it. The holder writes its pid just after taking the lock,
    so a process that fails to take it in that instant finds the file still empty: it looks
    again for a moment (0.5 s at most) before saying it does not know who holds it."""
    for _ in range(25):
        f.seek(0)
        pid = f.read().strip()
        if pid:
            return pid
        time.sleep(0.02)
    return "?"


@contextlib.contextmanager
def exclusive(path: Path, *, on_wait: Callable[[str], None] = lambda holder: None) -> Iterator[None]:
    """Hold `path` exclusively; when another process holds it, call on_wait(its pid) once and
    block until it is free."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as f:
        if fcntl is not None:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                on_wait(_holder(f))
                fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        try:
            yield
        finally:
            f.seek(0)
            f.truncate()
            f.flush()
            if fcntl is not None:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)
