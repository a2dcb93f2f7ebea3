"""Two small proxies on 127.0.0.1 that count what passes through them, for the test that
every Bot API request of the bot goes through DUCHA_PROXY_URL.

Both resolve host names themselves through `hosts` (e.g. {"standin.invalid": "127.0.0.1"}),
so a bot pointed at http://standin.invalid:PORT/bot can only reach the stand-in through the
proxy: a request that bypasses it fails to resolve instead of silently going direct.
- CountingHTTPProxy: a forward proxy for http:// URLs (absolute-form request lines);
- CountingSocks5Proxy: SOCKS5 without authentication, CONNECT only; requests are counted by
  their request line in the tunnelled bytes.
"""
from __future__ import annotations

import http.client
import re
import select
import socket
import struct
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te", "trailers", "transfer-encoding", "upgrade"}


class CountingHTTPProxy:
    def __init__(self, hosts: dict[str, str]) -> None:
        self.hosts = hosts
        self.requests: list[str] = []  # "METHOD url"
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                if not url.scheme:  # not proxy-style: refuse like a real proxy would
                    self.send_error(400, "absolute URL required")
                    return
                with proxy._lock:
                    proxy.requests.append(f"{self.command} {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                host = proxy.hosts.get(url.hostname or "", url.hostname or "")
                upstream = http.client.HTTPConnection(host, url.port or 80, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
                path = url.path + (f"?{url.query}" if url.query else "")
                try:
                    upstream.request(self.command, path, body=body, headers=headers)
                    resp = upstream.getresponse()
                    data = resp.read()
                except OSError as exc:
                    self.send_error(502, f"upstream: {exc}")
                    return
                finally:
                    upstream.close()
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in _HOP and k.lower() != "content-length":
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _forward  # noqa: N815

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def methods(self) -> list[str]:
        with self._lock:
            return [r.rsplit("/", 1)[-1].split("?")[0] for r in self.requests]

    def __enter__(self) -> "CountingHTTPProxy":
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


_REQUEST_LINE = re.compile(rb"(?:GET|POST) /bot[^/ ]*/(\w+)")


class CountingSocks5Proxy:
    def __init__(self, hosts: dict[str, str]) -> None:
        self.hosts = hosts
        self.connections = 0
        self._methods: list[str] = []
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._stop = False

    @property
    def url(self) -> str:
        return f"socks5://127.0.0.1:{self._sock.getsockname()[1]}"

    def methods(self) -> list[str]:
        with self._lock:
            return list(self._methods)

    def __enter__(self) -> "CountingSocks5Proxy":
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop = True
        self._sock.close()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            ver, n = _recv(client, 2)
            _recv(client, n)
            client.sendall(b"\x05\x00")  # no authentication
            ver, cmd, _, atyp = _recv(client, 4)
            if atyp == 1:
                host = socket.inet_ntoa(_recv(client, 4))
            elif atyp == 3:
                host = _recv(client, _recv(client, 1)[0]).decode()
            else:
                host = socket.inet_ntop(socket.AF_INET6, _recv(client, 16))
            port = struct.unpack(">H", _recv(client, 2))[0]
            upstream = socket.create_connection((self.hosts.get(host, host), port), timeout=10)
        except OSError:
            client.close()
            return
        with self._lock:
            self.connections += 1
        client.sendall(b"\x05\x00\x00\x01" + socket.inet_aton("127.0.0.1") + struct.pack(">H", 0))
        upstream.settimeout(None)
        self._pipe(client, upstream)

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        pair = {client: upstream, upstream: client}
        try:
            while True:
                ready, _, _ = select.select(list(pair), [], [], 120)
                if not ready:
                    return
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        found = [m.decode() for m in _REQUEST_LINE.findall(data)]
                        if found:
                            with self._lock:
                                self._methods.extend(found)
                    pair[sock].sendall(data)
        except OSError:
            return
        finally:
            client.close()
            upstream.close()


def _recv(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise OSError("closed")
        data += chunk
    return data
