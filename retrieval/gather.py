"""Which files a path given to `ducha ingest` stands for, and reading one without surprises.

Folders come from USB sticks and e-mail attachments, so a folder may hold links to a server's
`.env` or `/etc/shadow`, a named pipe that blocks a read forever, or a private key beside the
reports. Inside a folder: symbolic links are followed only when their target is inside that
same folder (a link out is skipped with one line), special files are skipped, and dotfiles,
`.env`, keys and config-looking files are never opened whatever their extension. A file named
on the command line is the user's choice, but the secret-name rule holds for it too.
Reading uses O_NOFOLLOW on the resolved path and checks the size before the first byte, so a
file swapped for a link after the walk is not read either.
"""
from __future__ import annotations

import os
from core import lazy_re as re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from core.errors import UserError
from prompts import ingest as msg

# Inside a folder these are documentation, not documents (a README beside the reports): skipped silently.
SKIP_IN_FOLDERS = {".md", ".markdown", ".rst", ".json", ".log", ".py", ".sh", ".xml"}
# What an office PC leaves beside documents, skipped silently inside a folder: Word/WPS owner
# files of an open document ("~$报告.docx", "~WRL0001.tmp"), thumbnail caches.
_JUNK_NAMES = {"thumbs.db", "desktop.ini", "ehthumbs.db", "__macosx"}

# Names that hold secrets or configuration: never opened, in a folder or named explicitly.
_SECRET_SUFFIXES = {
    ".env", ".pem", ".key", ".crt", ".cer", ".der", ".p12", ".pfx", ".jks", ".keystore", ".kdbx",
    ".gpg", ".asc", ".ovpn", ".ppk", ".conf", ".cfg", ".cnf", ".ini", ".yaml", ".yml", ".toml",
    ".properties", ".secret", ".secrets", ".netrc", ".pgpass", ".htpasswd", ".sqlite", ".db",
}
_SECRET_NAMES = re.compile(
    r"^(?:\.?env(?:\..*)?|.*\.env|id_(?:rsa|dsa|ecdsa|ed25519)(?:\.pub)?|authorized_keys|known_hosts|"
    r"shadow|gshadow|passwd|group|sudoers|master\.passwd|credentials?(?:\..*)?|secrets?(?:\..*)?|"
    r"\.?(?:npm|pypi|docker|git)rc|\.?netrc|\.?pgpass|htpasswd|wp-config\.php|settings\.py|"
    r".*(?:password|passwd|apikey|api_key|private[_-]?key).*)$",
    re.IGNORECASE,
)


@dataclass
class Gathered:
    """Files to read, in a stable order, and one line for each path skipped or refused."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (file, path, reason)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (file, path, reason)


def looks_secret(name: str) -> bool:
    """A dotfile, `.env`, a key or certificate, or a config-looking file: never read."""
    lower = name.lower()
    return lower.startswith(".") or Path(lower).suffix in _SECRET_SUFFIXES or bool(_SECRET_NAMES.match(lower))


def _is_junk(name: str) -> bool:
    return name.startswith(("~$", "~WRL")) or name.lower() in _JUNK_NAMES


def gather(paths: Iterable[Path | str]) -> Gathered:
    out = Gathered()
    seen: set[Path] = set()
    for raw in paths:
        text = str(raw)
        if not text.strip():
            out.errors.append(("", "", msg.EMPTY_PATH))
            continue
        path = Path(text).expanduser()
        name = path.name or text
        if not os.path.lexists(path):
            out.errors.append((name, text, msg.NOT_FOUND.format(path=path)))
            continue
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            out.skipped.append((name, text, msg.LINK_BROKEN))
            continue
        if real.is_dir():
            _walk(real, out, seen)
            continue
        if looks_secret(path.name) or looks_secret(real.name):
            out.skipped.append((name, text, msg.SENSITIVE.format(name=path.name)))
        elif not _regular(real):
            out.skipped.append((name, text, msg.SPECIAL_FILE))
        elif real not in seen:
            seen.add(real)
            out.files.append(real)
    return out


def _walk(root: Path, out: Gathered, seen: set[Path]) -> None:
    found: list[Path] = []
    failures: list[OSError] = []
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=failures.append):
        base = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _is_junk(d) and not _link_handled(base / d, root, out))
        for fname in sorted(files):
            path = base / fname
            shown = str(path.relative_to(root))
            if fname.startswith(".") or _is_junk(fname):
                continue  # dotfiles (.env, .DS_Store) and office leftovers: never read, not reported
            if looks_secret(fname):
                out.skipped.append((shown, str(path), msg.SENSITIVE.format(name=fname)))
                continue
            if path.suffix.lower() in SKIP_IN_FOLDERS:
                continue
            if path.is_symlink():
                target = _inside(path, root)
                if target is None:
                    out.skipped.append((shown, str(path), _link_reason(path)))
                    continue
                if looks_secret(target.name):
                    out.skipped.append((shown, str(path), msg.SENSITIVE.format(name=target.name)))
                    continue
                path = target
            if not _regular(path):
                out.skipped.append((shown, str(path), msg.SPECIAL_FILE))
                continue
            found.append(path)
    for exc in failures:
        where = Path(exc.filename) if exc.filename else root
        out.errors.append((where.name or str(where), str(where), msg.FOLDER_UNREADABLE.format(path=where, reason=exc.strerror or exc)))
    if not found and not failures and not any(s[1].startswith(str(root)) for s in out.skipped):
        out.errors.append((root.name or str(root), str(root), msg.NO_FILES.format(path=root)))
    for path in sorted(found):
        if path not in seen:
            seen.add(path)
            out.files.append(path)


def _link_handled(path: Path, root: Path, out: Gathered) -> bool:
    """A linked folder is never descended into: one inside the root is read where it really is,
    one pointing out is skipped with a line."""
    if not path.is_symlink():
        return False
    if _inside(path, root) is None:
        out.skipped.append((str(path.relative_to(root)), str(path), _link_reason(path)))
    return True


def _inside(link: Path, root: Path) -> Path | None:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return target if target == root or root in target.parents else None


def _link_reason(link: Path) -> str:
    try:
        return msg.LINK_OUTSIDE.format(target=link.resolve(strict=True))
    except (OSError, RuntimeError):
        return msg.LINK_BROKEN


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, without following a link at the last component and without
    reading more than `max_bytes` (the size is checked before the first byte; a file that grows
    while being read is cut and refused)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == getattr(os, "ELOOP", 40):
            raise UserError(msg.LINK_OUTSIDE.format(target=path)) from None
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UserError(msg.SPECIAL_FILE)
        if info.st_size > max_bytes:
            raise UserError(msg.TOO_BIG.format(size=_mb(info.st_size), limit=_mb(max_bytes)))
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UserError(msg.TOO_BIG.format(size=f"{_mb(max_bytes)}+", limit=_mb(max_bytes)))
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}" if size >= 1024 * 1024 else f"{size / (1024 * 1024):.2f}"
