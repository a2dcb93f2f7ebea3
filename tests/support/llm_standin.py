"""An OpenAI-compatible chat model stand-in on 127.0.0.1 over real HTTP, and scripted models.

`ChatStandin(model)` serves `POST /v1/chat/completions`; `model(messages)` returns the reply
text, or a `Fault` (sleep past the client's timeout, an HTTP status, a body that is not a
chat completion). Every request is recorded with what the model did (`Served.kind`), so a
test or a benchmark can tell a lie it served from the answer ducha sent.

The scripted models read what ducha's prompt gives any model — the evidence and the
extractive draft — and either reword it faithfully (`faithful`) or reword it and, for some
questions, lie the way hosted models do (`Liar`): a figure of another indicator from the
same passage, a changed qualifier or unit, another year or region, an owner the table does
not list, a rise said to be a fall. Stdlib only, so tests and benchmarks need nothing extra.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

_DRAFT = re.compile(r"参考答案[^\n]*：\n(?P<draft>.*)\Z", re.S)
_QUESTION = re.compile(r"\A问题：(?P<q>[^\n]*)")
_FIG = re.compile(r"(?<!第)(?<![\d.])\d+(?:\.\d+)?(?:%|个百分点|亿元|万元|公里|个|家|项|万人|万户|亩|吨)(?:左右|以上|以内)?")


@dataclass
class Fault:
    """A reply that is not a good completion: `sleep` seconds first, then `status` with `body`."""

    sleep: float = 0.0
    status: int = 200
    body: bytes | None = None
    text: str | None = None  # after the sleep, a normal reply with this text


@dataclass
class Served:
    question: str
    reply: str
    kind: str  # "faithful" or the lie told ("figure_elsewhere", "qualifier", ...)


Model = Callable[[list[dict]], "str | Fault | tuple[str, str]"]


class ChatStandin:
    """Serve `model` at `base_url` (…/v1) until `close()`; usable as a context manager."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.served: list[Served] = []
        self.requests: list[dict] = []
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                return

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                standin.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                if not self.path.endswith("/chat/completions"):
                    return self._send(404, b'{"error": "not found"}')
                out = standin.model(body.get("messages") or [])
                kind = "faithful"
                if isinstance(out, tuple):
                    out, kind = out
                if isinstance(out, Fault):
                    if out.sleep:
                        time.sleep(out.sleep)
                    if out.text is None:
                        return self._send(out.status, out.body if out.body is not None else b"")
                    out = out.text
                standin.served.append(Served(question_of(body.get("messages") or []), out, kind))
                reply = {"id": "standin-1", "object": "chat.completion", "model": body.get("model"),
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": out}}]}
                self._send(200, json.dumps(reply, ensure_ascii=False).encode("utf-8"))

            def _send(self, status: int, data: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "ChatStandin":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# --- reading the prompt ----------------------------------------------------------------

def _user(messages: list[dict]) -> str:
    return next((m.get("content", "") for m in reversed(messages) if m.get("role") == "user"), "")


def question_of(messages: list[dict]) -> str:
    m = _QUESTION.search(_user(messages))
    return m.group("q") if m else ""


def draft_of(messages: list[dict]) -> str:
    m = _DRAFT.search(_user(messages))
    return m.group("draft").strip() if m else ""


def evidence_text(messages: list[dict]) -> str:
    user = _user(messages)
    start, end = user.find("依据："), user.find("参考答案")
    return user[start:end] if start >= 0 else ""


# --- scripted models ---------------------------------------------------------------------

_LINE_RULES = [
    (re.compile(r"^(.*?)(\d{4})年目标：(.*)$"), r"根据\1\2年的安排，预期目标是\3"),
    (re.compile(r"^(.*?)(\d{4})年：(.*)$"), r"据报告，\1\2年的情况是：\3"),
    (re.compile(r"^牵头领导：(.*)$"), r"牵头领导为\1。"),
    (re.compile(r"^牵头单位：(.*)$"), r"这项工作由\1牵头。"),
    (re.compile(r"^责任单位：(.*)$"), r"责任单位为\1。"),
    (re.compile(r"^截止：(\S*)\s*状态：(.*)$"), r"完成时限是\1，目前\2。"),
    (re.compile(r"^(\d+\.\d+) (.*)$"), r"第\1项任务：\2"),
]


def faithful(messages: list[dict]) -> str:
    """Rewords the draft line by line and leaves every fact as it stands."""
    out = []
    for line in draft_of(messages).splitlines():
        line = line.strip()
        if not line or line.startswith(("原文：", "来源：")):
            continue
        for pattern, repl in _LINE_RULES:
            if pattern.match(line):
                line = pattern.sub(repl, line)
                break
        out.append(line)
    return "\n".join(out)


_QUAL_SWAP = {"左右": "以上", "以上": "左右", "以内": "左右"}
_UNIT_SWAP = [("个百分点", "%"), ("%", "个百分点"), ("亿元", "万元"), ("万元", "亿元"), ("公里", "米"), ("家", "个"),
              ("个", "项"), ("项", "个")]


def _lie_figure_elsewhere(text: str, messages: list[dict]) -> str | None:
    """The issue's lie: another indicator's figure from the same passage for this one."""
    said = _FIG.findall(text)
    if not said:
        return None
    other = [f for f in _FIG.findall(evidence_text(messages)) if f not in said and f.rstrip("左右以上内") not in text]
    return text.replace(said[0], other[0], 1) if other else None


def _lie_qualifier(text: str, _m: list[dict]) -> str | None:
    for f in _FIG.findall(text):
        for q, swapped in _QUAL_SWAP.items():
            if f.endswith(q):
                return text.replace(f, f[: -len(q)] + swapped, 1)
        return text.replace(f, f + "左右", 1)
    return None


def _lie_unit(text: str, _m: list[dict]) -> str | None:
    for f in _FIG.findall(text):
        for unit, swapped in _UNIT_SWAP:
            if unit in f:
                return text.replace(f, f.replace(unit, swapped, 1), 1)
    return None


def _lie_year(text: str, _m: list[dict]) -> str | None:
    m = re.search(r"(20\d{2})年", text)
    return text[: m.start()] + f"{int(m.group(1)) - 1}年" + text[m.end():] if m else None


_FAKE_REGIONS = ["湖南省", "长沙市", "武汉市", "合肥市", "贵阳市"]


def _lie_region(text: str, messages: list[dict]) -> str | None:
    """The first place the text names, swapped for one the evidence never names."""
    from core.places import CITIES, PROVINCES

    names = sorted({*PROVINCES.values(), *(full for full, _ in CITIES.values()), *PROVINCES, *CITIES}, key=len, reverse=True)
    m = re.search("|".join(map(re.escape, names)), text)
    context = evidence_text(messages) + text
    fake = next((f for f in _FAKE_REGIONS if f[:2] not in context), None)
    return text[: m.start()] + fake + text[m.end():] if m and fake else None


def _lie_owner(text: str, _m: list[dict]) -> str | None:
    m = re.search(r"由([^，。\n]+?)牵头", text)
    if m:
        return text[: m.start(1)] + "省水利厅" + text[m.end(1):]
    return text.rstrip("。") + "。该项工作由省水利厅牵头，副省长王建国负责。"


def _lie_direction(text: str, _m: list[dict]) -> str | None:
    m = re.search(r"增长(?=\d)", text)
    return text[: m.start()] + "下降" + text[m.end():] if m else None


LIES: dict[str, Callable[[str, list[dict]], str | None]] = {
    "figure_elsewhere": _lie_figure_elsewhere,
    "qualifier": _lie_qualifier,
    "unit": _lie_unit,
    "year": _lie_year,
    "region": _lie_region,
    "owner": _lie_owner,
    "direction": _lie_direction,
}


@dataclass
class Liar:
    """Faithful for most questions; for `share` of them (by a hash of the question, so runs
    repeat) tells one lie, the kinds taken in turn, the first that applies to the text."""

    share: float = 0.5
    told: dict[str, int] = field(default_factory=dict)

    def __call__(self, messages: list[dict]) -> str | tuple[str, str]:
        text = faithful(messages)
        digest = int(hashlib.sha1(question_of(messages).encode("utf-8")).hexdigest(), 16)
        if (digest % 1000) / 1000 >= self.share:
            return text
        kinds = list(LIES)
        start = digest % len(kinds)
        for kind in kinds[start:] + kinds[:start]:
            lie = LIES[kind](text, messages)
            if lie and lie != text:
                self.told[kind] = self.told.get(kind, 0) + 1
                return lie, kind
        return text


def scripted(*replies: "str | Fault") -> Model:
    """Replies in order, the last one repeated."""
    queue = list(replies)

    def model(_messages: list[dict]) -> "str | Fault":
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return model
