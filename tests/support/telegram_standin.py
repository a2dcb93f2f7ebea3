"""A Bot API stand-in served on 127.0.0.1 over real HTTP, for tests and the transcript script.

It speaks enough of https://core.telegram.org/bots/api for ducha: `getMe`, `getUpdates`
(long polling over queued updates, with Telegram's 409 when a second poller shows up),
and it records every other call (`sendMessage`, `editMessageText`, `sendPhoto`, ...).
Faults are injected the way Telegram reports them: a 429 with `parameters.retry_after`,
a 403 "bot was kicked", a 400 with `parameters.migrate_to_chat_id` (a group upgraded to a
supergroup), any 5xx, a method the server does not implement, an answer that comes later
than the client waits (a timeout after the message was delivered), and a server that is not
there yet (`TelegramStandIn(port=...)` started later). Runs in a thread (stdlib
`http.server`), so no extra dependency.
"""
from __future__ import annotations

import contextlib
import email.parser
import email.policy
import itertools
import json
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

TOKEN = "123456789:AAH-standin_TOKEN_abcdefghijklmnopq"
BOT_ID = 123456789
BOT_USERNAME = "ducha_test_bot"

# Parameters Telegram takes as plain strings; every other form value is JSON-encoded by PTB.
_STRING_PARAMS = {"text", "caption", "parse_mode", "callback_query_id", "url", "secret_token", "action", "language_code", "inline_message_id"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    status: int = 200

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")

    @property
    def raw(self) -> str:
        """The text or caption as sent (HTML source)."""
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def text(self) -> str:
        """What the user sees: the HTML parsed the way Telegram parses it."""
        try:
            return _visible(self.raw, self.params.get("parse_mode"))
        except _BadHTML:
            return self.raw


@dataclass
class Fault:
    method: str
    status: int
    times: int
    retry_after: int = 1
    chat_id: int | None = None
    description: str = ""
    delay: float = 0.0  # > 0: answer normally, but only after this many seconds


class TelegramStandIn:
    """Start with `with TelegramStandIn() as tg:`; point the bot at `tg.base_url`."""

    def __init__(self, token: str = TOKEN, username: str = BOT_USERNAME, bot_id: int = BOT_ID, *, port: int = 0,
                 host: str = "127.0.0.1") -> None:
        self.token = token
        self._port, self._host = port, host
        self.migrated: dict[int, int] = {}  # old chat id -> new (supergroup) chat id
        self.missing: set[str] = set()  # methods this server does not implement (404)
        self.bot_user = {"id": bot_id, "is_bot": True, "first_name": "督查助手", "username": username}
        self.username = username
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.commands: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}  # (chat_id, message_id) -> message
        self.faults: list[Fault] = []
        self.forbidden_chats: set[int] = set()
        self.files: dict[str, bytes] = {}  # file_id -> content, served by getFile + /file/bot<token>/...
        self._cond = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._poll_generation = 0
        self._server: ThreadingHTTPServer | None = None
        self._open: set[socket.socket] = set()
        self._stopping = False
        self._thread: threading.Thread | None = None

    # ---- lifecycle -------------------------------------------------------------------
    def start(self) -> "TelegramStandIn":
        standin = self
        self._stopping = False

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def setup(self) -> None:
                super().setup()
                standin._open.add(self.connection)

            def finish(self) -> None:
                standin._open.discard(self.connection)
                with contextlib.suppress(OSError):
                    super().finish()

            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                if standin._stopping:
                    self.close_connection = True
                    return
                standin._handle(self)

            do_GET = do_POST  # noqa: N815

        self._server = ThreadingHTTPServer((self._host, self._port), Handler)
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, address: None  # a client killed mid-request: nothing to report
        self._thread = threading.Thread(target=self._server.serve_forever, name="tg-standin", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Go away like a server that crashed or a network that dropped: the listening socket
        and every open connection are closed (a pending getUpdates gets no answer)."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
        for conn in list(self._open):
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> "TelegramStandIn":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should be (the token is appended by the client)."""
        return f"http://127.0.0.1:{self.port}/bot"

    # ---- building updates ------------------------------------------------------------
    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            if "update_id" not in update:
                update["update_id"] = next(self._update_ids)
            self.updates.append(update)
            self._cond.notify_all()
        return update

    def message(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
        push: bool = True,
    ) -> dict[str, Any]:
        """A text message as Telegram would deliver it, with command and mention entities."""
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        entities = _entities(text)
        if entities:
            msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        update = {"update_id": next(self._update_ids), "message": msg}
        return self.push(update) if push else update

    def upload(
        self, chat: dict[str, Any], user: dict[str, Any], data: bytes, *, file_name: str | None = None,
        mime: str = "application/octet-stream", caption: str | None = None, reply_to: dict[str, Any] | None = None,
        declared_size: int | None = None, photo: bool = False, push: bool = True,
    ) -> dict[str, Any]:
        """A document (or, with photo=True, a photo) message; the content is downloadable through
        getFile. `declared_size` is the file_size Telegram reports (default: the real size)."""
        file_id = f"file{next(self._message_ids)}"
        with self._cond:
            self.files[file_id] = data
        size = len(data) if declared_size is None else declared_size
        msg: dict[str, Any] = {"message_id": next(self._message_ids), "from": user, "chat": chat, "date": int(time.time())}
        if photo:
            msg["photo"] = [{"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 1280, "height": 960, "file_size": size}]
        else:
            msg["document"] = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name, "mime_type": mime, "file_size": size}
        if caption:
            msg["caption"] = caption
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        update = {"update_id": next(self._update_ids), "message": msg}
        return self.push(update) if push else update

    def callback(self, chat: dict[str, Any], user: dict[str, Any], message: dict[str, Any], data: str, *, push: bool = True) -> dict[str, Any]:
        update = {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": str(next(self._message_ids)),
                "from": user,
                "chat_instance": str(chat["id"]),
                "message": message,
                "data": data,
            }
        }
        return self.push(update) if push else update

    # ---- faults ----------------------------------------------------------------------
    def fail(self, method: str, status: int = 429, *, times: int = 1, retry_after: int = 1, chat_id: int | None = None, description: str = "") -> None:
        with self._cond:
            self.faults.append(Fault(method, status, times, retry_after, chat_id, description))

    def delay(self, method: str, seconds: float, *, times: int = 1, chat_id: int | None = None) -> None:
        """The next `times` calls are carried out (a message is delivered) but answered late."""
        with self._cond:
            self.faults.append(Fault(method, 200, times, chat_id=chat_id, delay=seconds))

    def migrate(self, old: int, new: int) -> None:
        """The group `old` became the supergroup `new`: sending to `old` answers 400 with
        migrate_to_chat_id, as Telegram does."""
        with self._cond:
            self.migrated[old] = new

    def forbid(self, chat_id: int) -> None:
        """From now on, sending to this chat answers 403 like a chat that kicked the bot."""
        with self._cond:
            self.forbidden_chats.add(chat_id)

    # ---- inspecting ------------------------------------------------------------------
    def sent(self, method: str | None = None, chat_id: int | None = None, *, ok_only: bool = True) -> list[Call]:
        with self._cond:
            return [
                c
                for c in self.calls
                if (method is None or c.method == method)
                and (chat_id is None or c.chat_id == chat_id)
                and (not ok_only or c.status == 200)
            ]

    def replies(self, chat_id: int) -> list[str]:
        """Texts and captions the bot got through to a chat, in order (edits included)."""
        return [c.text for c in self.sent(chat_id=chat_id) if c.method in ("sendMessage", "editMessageText", "sendPhoto", "sendDocument")]

    def bot_message(self, chat_id: int, index: int = -1) -> dict[str, Any]:
        """A message the bot sent to the chat, as Telegram stored it (for replies and buttons)."""
        with self._cond:
            mine = [m for (c, _), m in sorted(self.messages.items(), key=lambda kv: kv[0][1]) if c == chat_id]
        return mine[index]

    def wait_for(self, predicate: Callable[[Call], bool], *, timeout: float = 10.0, count: int = 1) -> list[Call]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self.calls if predicate(c)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    methods = [(c.method, c.chat_id, c.status) for c in self.calls[-15:]]
                    raise TimeoutError(f"no matching call within {timeout}s; last calls: {methods}")
                self._cond.wait(left)

    def wait_sent(self, chat_id: int, *, method: str = "sendMessage", count: int = 1, timeout: float = 10.0) -> list[Call]:
        return self.wait_for(lambda c: c.method == method and c.chat_id == chat_id and c.status == 200, count=count, timeout=timeout)

    def wait_consumed(self, timeout: float = 10.0) -> None:
        """Until the bot has confirmed every queued update (a later getUpdates offset)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.updates:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(self.updates)} updates never fetched")
                self._cond.wait(left)

    # ---- the HTTP side ---------------------------------------------------------------
    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        path = urllib.parse.urlparse(req.path).path
        file_prefix = f"/file/bot{self.token}/"
        if urllib.parse.unquote(path).startswith(file_prefix):  # the client may quote the token's ':'
            path = urllib.parse.unquote(path)
            data = self.files.get(path[len(file_prefix):].rsplit("/", 1)[-1])
            with self._cond:
                self.calls.append(Call("download", {"path": path}, status=200 if data is not None else 404))
                self._cond.notify_all()
            return _reply_bytes(req, data)
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return _reply(req, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = path[len(prefix):]
        params = _read_params(req)
        call = Call(method, params)
        status, body = self._answer(method, params, call)
        call.status = status
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()
        if call.params.get("_late"):
            time.sleep(call.params.pop("_late"))
        _reply(req, status, body)

    def _answer(self, method: str, params: dict[str, Any], call: Call) -> tuple[int, dict[str, Any]]:
        with self._cond:
            late = 0.0
            for fault in self.faults:
                if fault.method == method and fault.times > 0 and (fault.chat_id is None or fault.chat_id == params.get("chat_id")):
                    fault.times -= 1
                    if fault.delay:
                        late = fault.delay
                        break
                    return _error(fault.status, fault.retry_after, fault.description)
            if method in self.missing:
                return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
            if method.startswith(("send", "edit")) and params.get("chat_id") in self.forbidden_chats:
                return _error(403, 0, "Forbidden: bot was kicked from the group chat")
            if method.startswith(("send", "edit")) and params.get("chat_id") in self.migrated:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: group chat was upgraded to a supergroup chat",
                             "parameters": {"migrate_to_chat_id": self.migrated[params["chat_id"]]}}
            if late:
                call.params["_late"] = late
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return 200, {"ok": True, "result": True}
        try:
            return 200, {"ok": True, "result": handler(params)}
        except _Conflict:
            return _error(409, 0, "")
        except _Gone:
            return 503, {"ok": False, "error_code": 503, "description": "Service Unavailable"}
        except _BadHTML as exc:
            return _error(400, 0, f"Bad Request: {exc}")

    def _m_getMe(self, params: dict[str, Any]) -> Any:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 5.0)
        deadline = time.monotonic() + timeout
        with self._cond:
            # Like Telegram: a newer getUpdates terminates the pending one with 409.
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()
            if offset:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                self._cond.notify_all()
            while True:
                if self._stopping:
                    raise _Gone()
                if generation != self._poll_generation:
                    raise _Conflict()
                ready = [u for u in self.updates if u["update_id"] >= offset]
                left = deadline - time.monotonic()
                if ready or left <= 0:
                    return ready[: int(params.get("limit") or 100)]
                self._cond.wait(left)

    def _new_message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        chat_id = params["chat_id"]
        msg = {
            "message_id": next(self._message_ids),
            "from": self.bot_user,
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "date": int(time.time()),
            **extra,
        }
        if (params.get("reply_markup") or {}).get("inline_keyboard"):  # like Telegram: a ForceReply is not echoed
            msg["reply_markup"] = params["reply_markup"]
        with self._cond:
            self.messages[(chat_id, msg["message_id"])] = msg
        return msg

    def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        return self._new_message(params, text=_visible(params.get("text", ""), params.get("parse_mode")))

    def _m_sendPhoto(self, params: dict[str, Any]) -> Any:
        size = len(params.get("photo") or b"")
        photo = [{"file_id": "photo1", "file_unique_id": "p1", "width": 800, "height": 600, "file_size": size}]
        return self._new_message(params, photo=photo, caption=_visible(params.get("caption", ""), params.get("parse_mode")))

    def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        data = params.get("document") or b""
        name = (params.get("_filenames") or {}).get("document", "file")
        doc = {"file_id": f"doc{len(self.calls)}", "file_unique_id": f"d{len(self.calls)}", "file_name": name, "file_size": len(data)}
        return self._new_message(params, document=doc, caption=_visible(params.get("caption", ""), params.get("parse_mode")))

    def documents(self, chat_id: int) -> list[tuple[str, bytes, str]]:
        """(file name, bytes, caption) of every document the bot sent to the chat, in order."""
        return [((c.params.get("_filenames") or {}).get("document", ""), c.params.get("document") or b"", c.raw)
                for c in self.sent("sendDocument", chat_id)]

    def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        key = (params.get("chat_id"), params.get("message_id"))
        with self._cond:
            msg = dict(self.messages.get(key) or self._new_message(params))
            msg["text"] = _visible(params.get("text", ""), params.get("parse_mode"))
            msg["edit_date"] = int(time.time())
            if params.get("reply_markup"):
                msg["reply_markup"] = params["reply_markup"]
            else:
                msg.pop("reply_markup", None)
            self.messages[key] = msg
        return msg

    def _m_getFile(self, params: dict[str, Any]) -> Any:
        file_id = params.get("file_id")
        data = self.files.get(file_id)
        if data is None:
            raise _BadHTML("Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(data), "file_path": f"documents/{file_id}"}

    def _m_setMyCommands(self, params: dict[str, Any]) -> Any:
        self.commands = params.get("commands") or []
        return True

    def _m_getMyCommands(self, params: dict[str, Any]) -> Any:
        return self.commands

    def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = params
        return True

    def _m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = {}
        return True

    def _m_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": len(self.updates)}


class _Conflict(Exception):
    pass


class _Gone(Exception):
    """The stand-in is stopping while a long poll waits."""


def _error(status: int, retry_after: int, description: str) -> tuple[int, dict[str, Any]]:
    if status == 429:
        return 429, {
            "ok": False,
            "error_code": 429,
            "description": description or f"Too Many Requests: retry after {retry_after}",
            "parameters": {"retry_after": retry_after},
        }
    if status == 403:
        return 403, {"ok": False, "error_code": 403, "description": description or "Forbidden: bot was blocked by the user"}
    if status == 409:
        return 409, {"ok": False, "error_code": 409, "description": description or "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}
    return status, {"ok": False, "error_code": status, "description": description or "Bad Request"}


def _reply(req: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    try:
        req.send_response(status)
        req.send_header("Content-Type", "application/json")
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)
    except (BrokenPipeError, ConnectionResetError):
        pass


def _reply_bytes(req: BaseHTTPRequestHandler, data: bytes | None) -> None:
    try:
        req.send_response(200 if data is not None else 404)
        req.send_header("Content-Type", "application/octet-stream")
        req.send_header("Content-Length", str(len(data or b"")))
        req.end_headers()
        req.wfile.write(data or b"")
    except (BrokenPipeError, ConnectionResetError):
        pass


def _read_params(req: BaseHTTPRequestHandler) -> dict[str, Any]:
    length = int(req.headers.get("Content-Length") or 0)
    raw = req.rfile.read(length) if length else b""
    ctype = req.headers.get("Content-Type", "")
    fields: dict[str, Any] = {}
    filenames: dict[str, str] = {}
    if ctype.startswith("multipart/form-data"):
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + raw
        )
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            fields[name] = payload if part.get_filename() else payload.decode("utf-8")
            if part.get_filename():
                filenames[name] = part.get_filename()
    elif ctype.startswith("application/json"):
        return json.loads(raw or b"{}")
    else:
        fields = dict(urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        query = urllib.parse.urlparse(req.path).query
        fields.update(urllib.parse.parse_qsl(query))
    params: dict[str, Any] = {}
    for key, value in fields.items():
        if key in _STRING_PARAMS or not isinstance(value, str):
            params[key] = value
            continue
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    if filenames:
        params["_filenames"] = filenames  # uploaded files' names, e.g. {"document": "台账.xlsx"}
    return params


def _visible(text: str, parse_mode: str | None) -> str:
    """What the user sees: Telegram refuses malformed HTML, so we check it the same way."""
    if parse_mode and parse_mode.upper() == "HTML":
        from html.parser import HTMLParser

        allowed = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span"}
        stack: list[str] = []
        out: list[str] = []

        class P(HTMLParser):
            def handle_starttag(self, tag: str, attrs: Any) -> None:
                if tag not in allowed:
                    raise _BadHTML(f"Can't parse entities: unsupported start tag \"{tag}\"")
                stack.append(tag)

            def handle_endtag(self, tag: str) -> None:
                if not stack or stack.pop() != tag:
                    raise _BadHTML(f"Can't parse entities: unmatched end tag \"{tag}\"")

            def handle_data(self, data: str) -> None:
                out.append(data)

        parser = P(convert_charrefs=True)
        parser.feed(text)
        parser.close()
        if stack:
            raise _BadHTML("Can't parse entities: unclosed start tag")
        text = "".join(out)
    if len(text.encode("utf-16-le")) // 2 > 4096:
        raise _BadHTML("Bad Request: message is too long")
    return text


class _BadHTML(Exception):
    pass


def _entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities with UTF-16 offsets, as Telegram computes them."""
    import re

    found = []
    for m in re.finditer(r"(?<![\w/])/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?|@[A-Za-z0-9_]{5,}", text):
        kind = "bot_command" if m.group().startswith("/") else "mention"
        if kind == "bot_command" and m.start() != 0:
            continue
        offset = len(text[: m.start()].encode("utf-16-le")) // 2
        length = len(m.group().encode("utf-16-le")) // 2
        found.append({"type": kind, "offset": offset, "length": length})
    return found


def chat_private(user: dict[str, Any]) -> dict[str, Any]:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def chat_group(chat_id: int, title: str) -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": title}


def user(user_id: int, first_name: str, username: str | None = None) -> dict[str, Any]:
    u: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "zh-hans"}
    if username:
        u["username"] = username
    return u
