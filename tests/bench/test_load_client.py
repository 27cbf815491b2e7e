"""The load benchmark's HTTP client and load loop (bench/bench_load.py), against a tiny local server."""
import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench import bench_load


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"hello ", b"chunked ", b"world"):
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/signed":
            ok = "sessionid=abc" in self.headers.get("Cookie", "")
            self._plain(200 if ok else 403, b"signed in" if ok else b"no")
        elif self.path == "/broken":
            self._plain(500, b"oops")
        else:
            self._plain(200, b"plain body", {"Set-Cookie": "csrftoken=t1; Path=/; SameSite=Lax"})

    def _plain(self, status, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def test_client_reads_both_body_framings_on_one_connection_and_keeps_cookies(server):
    async def go():
        client = bench_load.HttpClient("127.0.0.1", server)
        try:
            assert (await client.request("GET", "/plain"))[::2] == (200, b"plain body")
            writer = client.writer
            assert (await client.request("GET", "/chunked"))[::2] == (200, b"hello chunked world")
            assert client.writer is writer, "the connection is kept alive"
            assert client.cookies == {"csrftoken": "t1"}
        finally:
            await client.close()

    asyncio.run(go())


def test_load_counts_requests_and_every_failure(server):
    urls = [("public", "/plain", 3), ("matrix", "/signed", 1), ("api", "/broken", 1)]
    result = asyncio.run(bench_load.run_load("127.0.0.1", server, urls, {"sessionid": "abc"}, clients=4,
                                             seconds=0.5))
    kinds = {s.kind for s in result.samples}
    assert kinds == {"public", "matrix", "api"}
    assert all(s.status == 200 for s in result.samples if s.kind != "api"), "signed-in clients send the session"
    assert len(result.errors) == sum(s.kind == "api" for s in result.samples) > 0
    assert all(e.endswith("HTTP 500") for e in result.errors)
    assert 0.5 <= result.seconds < 2


def test_percentiles():
    assert bench_load.percentile([], 95) != bench_load.percentile([], 95)  # nan
    assert bench_load.percentile(list(range(1, 101)), 95) == pytest.approx(95.05)


def test_a_kept_alive_connection_the_server_dropped_is_retried_once(server):
    async def go():
        client = bench_load.HttpClient("127.0.0.1", server)
        try:
            await client.request("GET", "/plain")
            client.writer.transport.abort()  # as if the server had closed it after its keep-alive timeout
            client.reader.feed_eof()
            assert (await client.request("GET", "/plain"))[0] == 200
        finally:
            await client.close()

    asyncio.run(go())
