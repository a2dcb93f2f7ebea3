"""`ducha doctor`: where the settings came from, and whether what they point at works.

Started from the wrong folder, ducha used to create an empty ./var and answer that nothing was
ingested; a token pasted with a space, a proxy that is down or a data folder others can read
were found only by reading logs. The doctor prints which `.env` files were used (and which
variable came from where, names only), checks the token's format and asks the Bot API who
the bot is (through the proxy when one is set), checks the proxy, the data folder's
permissions and the index. Every network check has a short timeout and reports failure as a
line, so it is safe offline. Exit 0 when all is well, 2 when something needs fixing.
"""
from __future__ import annotations

import argparse
import re
import socket
import stat
import urllib.parse
from pathlib import Path

from core.context import Context
from prompts import doctor as texts

TOKEN_RE = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,50}$")
TIMEOUT = 5.0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="检查设置来源、令牌、Bot API 与代理、数据目录权限和索引")
    p.set_defaults(func=cmd_doctor)


def cmd_doctor(ctx: Context, args: argparse.Namespace) -> int:
    settings = ctx.settings
    problems = 0
    problems += _sources()
    problems += _data_dir(settings.data_dir)
    problems += _index(settings)
    token = settings.telegram_bot_token.get_secret_value().strip() if settings.telegram_bot_token else ""
    problems += _token(token)
    proxy = _setting(settings, "DUCHA_PROXY_URL")
    problems += _proxy(proxy)
    problems += _bot_api(settings.telegram_api_base_url, token if TOKEN_RE.match(token) else "", proxy)
    print(texts.SUMMARY_OK if not problems else texts.SUMMARY_BAD.format(n=problems))
    return 0 if not problems else 2


def _sources() -> int:
    from core.settings import env_files, settings_sources

    print(texts.HEADER_SOURCES)
    files = env_files()
    bad = 0
    for path in files:
        print(texts.ENV_FILE_USED.format(path=path))
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            print(texts.ENV_FILE_LOOSE.format(mark=texts.BAD, path=path, mode=mode))
            bad += 1
    if not files:
        print(texts.NO_ENV_FILES)
    for name, origin in settings_sources():
        shown = {"env": texts.ORIGIN_ENV, "override": texts.ORIGIN_OVERRIDE}.get(origin, origin)
        print(texts.SOURCE_LINE.format(name=name, origin=shown))
    return bad


def _data_dir(path: Path) -> int:
    from core.private import loose_modes

    if not path.exists():
        print(texts.DATA_DIR_MISSING.format(mark=texts.WARN, path=path))
        return 0
    print(texts.DATA_DIR.format(mark=texts.OK, path=path.resolve()))
    loose = loose_modes(path)
    if loose:
        example, mode = loose[0]
        print(texts.DATA_DIR_LOOSE.format(mark=texts.BAD, n=len(loose), example=example, mode=mode, path=path))
        return 1
    print(texts.DATA_DIR_PRIVATE.format(mark=texts.OK))
    return 0


def _index(settings) -> int:
    import sqlite3

    from store.health import index_counts

    if not settings.db_path.exists():
        print(texts.INDEX_MISSING.format(mark=texts.WARN, path=settings.db_path))
        return 0
    try:
        counts = index_counts(settings.db_path)
    except sqlite3.Error as exc:
        print(texts.INDEX_BROKEN.format(mark=texts.BAD, path=settings.db_path, reason=str(exc).splitlines()[0]))
        return 1
    if not counts["reports"] and not counts["plans"]:
        print(texts.INDEX_EMPTY.format(mark=texts.WARN))
    else:
        print(texts.INDEX.format(mark=texts.OK, **counts))
    chroma = settings.chroma_url or texts.CHROMA_EMBEDDED.format(path=settings.chroma_path)
    print(texts.EMBEDDING.format(embedding=settings.embedding, chroma=chroma))
    return 0


def _token(token: str) -> int:
    if not token:
        print(texts.TOKEN_UNSET.format(mark=texts.WARN))
        return 0
    if not TOKEN_RE.match(token):
        print(texts.TOKEN_BAD.format(mark=texts.BAD))
        return 1
    print(texts.TOKEN_OK.format(mark=texts.OK))
    return 0


def _proxy(proxy: str | None) -> int:
    if not proxy:
        print(texts.PROXY_UNSET.format(mark=texts.OK))
        return 0
    parts = urllib.parse.urlsplit(proxy)
    shown = f"{parts.scheme}://{parts.hostname}:{parts.port}" if parts.hostname else proxy.split("@")[-1]
    reason = _tcp(parts.hostname or "", parts.port or (1080 if parts.scheme.startswith("socks") else 8080))
    if reason:
        print(texts.PROXY_UNREACHABLE.format(mark=texts.BAD, proxy=shown, reason=reason))
        return 1
    print(texts.PROXY_OK.format(mark=texts.OK, proxy=shown))
    return 0


def _bot_api(base_url: str, token: str, proxy: str | None) -> int:
    import httpx

    from bot.logs import SecretFilter

    parts = urllib.parse.urlsplit(base_url)
    host = parts.netloc
    if not token:  # nothing to ask with: is the host's port open at all?
        if proxy:
            return 0
        reason = _tcp(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80))
        if reason:
            print(texts.API_UNREACHABLE.format(mark=texts.BAD, host=host, reason=reason))
            return 1
        print(texts.API_HOST_REACHABLE.format(mark=texts.OK, host=host))
        return 0
    mask = SecretFilter([token]).mask
    try:
        with httpx.Client(proxy=proxy or None, timeout=TIMEOUT, trust_env=False) as client:
            resp = client.post(f"{base_url}{token}/getMe")
    except Exception as exc:  # noqa: BLE001 - any failure to reach is one line
        print(texts.API_UNREACHABLE.format(mark=texts.BAD, host=host, reason=mask(f"{type(exc).__name__}: {exc}")[:160]))
        return 1
    if resp.status_code in (401, 404):
        print(texts.API_REJECTED.format(mark=texts.BAD, host=host, status=resp.status_code))
        return 1
    if resp.status_code != 200:
        print(texts.API_HTTP.format(mark=texts.BAD, host=host, status=resp.status_code))
        return 1
    try:
        username = resp.json()["result"]["username"]
    except (ValueError, KeyError, TypeError):
        print(texts.API_HTTP.format(mark=texts.BAD, host=host, status=resp.status_code))
        return 1
    print(texts.API_OK.format(mark=texts.OK, host=host, username=username))
    return 0


def _tcp(host: str, port: int) -> str | None:
    """None when a TCP connection opens within the timeout, else the reason."""
    if not host:
        return "no host"
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT):
            return None
    except OSError as exc:
        return f"{type(exc).__name__}: {exc.strerror or exc}"


def _setting(settings, alias: str) -> str | None:
    """A setting by its variable name, whichever field holds it (DUCHA_PROXY_URL is added by
    the proxy work; the doctor reads it when it is there)."""
    for name, info in type(settings).model_fields.items():
        if info.alias == alias:
            value = getattr(settings, name)
            if value is None:
                return None
            return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)
    return None
