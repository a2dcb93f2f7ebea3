"""Data at rest for our eyes only: the data folder 0700, the files in it 0600.

ducha holds plans marked 此件不予公开, chat ids and an audit trail of named officials. The
permissions are set when a folder or file is created, whatever the umask (mkdir's mode is
masked by it, so the mode is set again with chmod), and tightened again when an existing
one is opened. `bot.cli.main` also narrows the process umask, so what libraries create on
their own (SQLite's -wal/-shm, Chroma's segments) is private too.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path | str) -> Path:
    """Create `path` (and missing parents) if needed; the folder itself ends up 0700."""
    path = Path(path)
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    _chmod(path, DIR_MODE)
    return path


def private_file(path: Path | str) -> Path:
    """Create an empty `path` if it does not exist, 0600 from the first byte; tighten it if it does.

    An existing file is never opened here: closing a descriptor of an SQLite file would drop
    the POSIX locks another connection of this process holds on it."""
    path = Path(path)
    private_dir(path.parent)
    if os.path.lexists(path):
        _chmod(path, FILE_MODE)
        return path
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    except OSError:
        return path  # read-only folder, or created meanwhile: opening the store says what is wrong
    try:
        if hasattr(os, "fchmod"):  # POSIX; Windows has no such modes to set
            os.fchmod(fd, FILE_MODE)
    except OSError:
        pass
    finally:
        os.close(fd)
    return path


def tighten_tree(root: Path | str) -> None:
    """Folders 0700 and regular files 0600 under `root` (a library's own files, e.g. Chroma's)."""
    root = Path(root)
    if not root.is_dir() or root.is_symlink():
        return
    _chmod(root, DIR_MODE)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            _chmod(Path(folder) / name, DIR_MODE)
        for name in files:
            _chmod(Path(folder) / name, FILE_MODE)


def loose_modes(root: Path | str) -> list[tuple[Path, int]]:
    """Entries under `root` (and root itself) readable or writable by group or others."""
    root = Path(root)
    found: list[tuple[Path, int]] = []
    if not root.exists():
        return found
    for path in [root, *_walk(root)]:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
        except OSError:
            continue
        if not path.is_symlink() and mode & 0o077:
            found.append((path, mode))
    return found


def _walk(root: Path):
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            yield Path(folder) / name


def _chmod(path: Path, mode: int) -> None:
    try:
        if not path.is_symlink() and stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except OSError:
        pass  # not ours (a shared mount): the doctor reports it
