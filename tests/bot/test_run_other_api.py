"""`ducha run` against a second, independent Bot API implementation: the npm package
`telegram-test-api` (jehy/telegram-test-api), installed and started by this test when
`node` and `npm` are available, skipped with the reason otherwise.

It implements the core methods (getMe, getUpdates, sendMessage, editMessageText,
answerCallbackQuery, deleteWebhook…) but not setMyCommands, sendChatAction or sendPhoto,
which it answers with an HTTP 500 in its own error format. The bot must treat those as
the optional calls they are and answer every question.

Shims this test needs (here, never in the bot) — a small reverse proxy in front of it:
- its getMe result has no `is_bot` (required by the Bot API): added;
- the `date` of the messages it returns is in milliseconds, not Unix seconds: divided;
- the message it returns for sendMessage echoes the request's form fields, so objects such
  as `link_preview_options` come back as JSON strings: decoded;
- its getUpdates ignores `timeout` (no long polling) and answers at once: an empty answer
  is held for half a second, so the bot does not spin the CPU polling.
"""
from __future__ import annotations

import contextlib
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from tests.bot.test_run_e2e import HELP_MARK, ADMIN, STAFF, ingest_fixture
from tests.support.paths import PROJECT
from tests.support.telegram_standin import TOKEN

PACKAGE = "telegram-test-api@4.2.1"
NODE_DIR = Path(os.environ.get("DUCHA_TEST_NODE_DIR", PROJECT / "tests" / "support" / "node"))
SERVER_JS = """
const TelegramServer = require('telegram-test-api');
const server = new TelegramServer({port: Number(process.argv[2]), host: '127.0.0.1', storeTimeout: 600});
server.start().then(() => console.log('ready'));
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def package() -> Path:
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node/npm not installed: the second Bot API implementation (telegram-test-api) cannot run")
    if not (NODE_DIR / "node_modules" / "telegram-test-api").is_dir():
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", str(NODE_DIR), PACKAGE],
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            pytest.skip(f"npm could not install {PACKAGE}: {done.stderr.strip().splitlines()[-1:]}")
    (NODE_DIR / "server.js").write_text(SERVER_JS, encoding="utf-8")
    return NODE_DIR


@contextlib.contextmanager
def node_server(node_dir: Path) -> Iterator[int]:
    port = _free_port()
    proc = subprocess.Popen(["node", str(node_dir / "server.js"), str(port)], cwd=node_dir, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        line = proc.stdout.readline()
        assert "ready" in line, f"telegram-test-api did not start: {line}{proc.stdout.read() if proc.poll() is not None else ''}"
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


_OBJECT_FIELDS = {"link_preview_options", "reply_parameters", "reply_markup", "entities"}


def _fix(value: Any) -> Any:
    """Bring the package's answers to the Bot API's shapes (see the module docstring)."""
    if isinstance(value, list):
        return [_fix(v) for v in value]
    if isinstance(value, dict):
        out = {k: _fix(json.loads(v) if k in _OBJECT_FIELDS and isinstance(v, str) else v) for k, v in value.items()}
        if isinstance(out.get("date"), (int, float)) and out["date"] > 10**11:
            out["date"] = int(out["date"] // 1000)
        return out
    return value


@contextlib.contextmanager
def shim(upstream_port: int) -> Iterator[int]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            conn = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "content-length")}
            conn.request(self.command, self.path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            conn.close()
            method = self.path.rsplit("/", 1)[-1].split("?")[0]
            if resp.status == 200:
                payload = json.loads(data)
                if method == "getMe":
                    payload["result"].setdefault("is_bot", True)
                if method == "getUpdates" and not payload.get("result"):
                    time.sleep(0.5)
                data = json.dumps(_fix(payload)).encode()
            self.send_response(resp.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST  # noqa: N815

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


class Client:
    """A Telegram user talking to the bot through the package's client API."""

    def __init__(self, port: int, user: dict, chat: dict) -> None:
        self.url, self.user, self.chat = f"http://127.0.0.1:{port}", user, chat

    def say(self, text: str) -> None:
        message: dict[str, Any] = {"botToken": TOKEN, "from": self.user, "chat": self.chat, "date": int(time.time()), "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        httpx.post(f"{self.url}/sendMessage", json=message, timeout=10).raise_for_status()

    def replies(self, timeout: float = 60) -> list[str]:
        """The bot's next messages to this chat (waits for at least one)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = httpx.post(f"{self.url}/getUpdates", json={"token": TOKEN, "chatId": self.chat["id"]}, timeout=10).json()["result"]
            if got:
                return [u["message"]["text"] for u in got]
            time.sleep(0.3)
        raise AssertionError("the bot did not answer")


def test_ducha_run_against_telegram_test_api(package, tmp_path):
    root, env = ingest_fixture(tmp_path)
    with node_server(package) as port, shim(port) as shim_port:
        env = {**env, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{shim_port}/bot",
               "DUCHA_ADMIN_IDS": str(ADMIN["id"]), "DUCHA_ALLOWED_CHAT_IDS": str(STAFF["id"])}
        log = tmp_path / "bot.stderr"
        with open(log, "w") as err:
            proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"],
                                    env=env, cwd=root, stdout=err, stderr=subprocess.STDOUT)
            try:
                staff = Client(port, STAFF, {"id": STAFF["id"], "type": "private", "first_name": STAFF["first_name"]})
                staff.say("/help")
                assert any(HELP_MARK in t for t in staff.replies(timeout=90)), log.read_text()
                staff.say("今年地区生产总值增长目标是多少？")
                assert any("5.5%" in t for t in staff.replies())
                staff.say("/task 1.1")
                assert any("建设市级重点实验室" in t and "市科技局" in t for t in staff.replies())
                stranger = Client(port, {"id": 4242, "is_bot": False, "first_name": "路人"}, {"id": 4242, "type": "private", "first_name": "路人"})
                stranger.say("/task 1.1")
                (refusal,) = stranger.replies()
                assert "4242" in refusal and "实验室" not in refusal
                assert proc.poll() is None, "still running"
            finally:
                proc.terminate()
                proc.wait(20)
    out = log.read_text(encoding="utf-8")
    assert out.count("可选调用 setMyCommands 未成功") == 1 and "Traceback" not in out
