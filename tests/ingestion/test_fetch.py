"""Documents from web addresses (ADR 0018): fetching safely, storing, re-fetching, the CLI and the page."""
from __future__ import annotations

import socket
import time

import pytest

from rectrack.ingestion import fetch
from rectrack.ingestion.fetch import FetchError
from tests.ingestion.fetch_server import LocalServer

PAGE = (b"<!doctype html><html><head><title>Our response</title></head><body><h1>Response to the "
        b"super-complaint</h1><p>We accept recommendation 1.</p></body></html>")
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def server():
    with LocalServer() as s:
        yield s


@pytest.fixture
def allow_local(settings):
    settings.RECTRACK_FETCH_ALLOW_PRIVATE = True
    return settings


# --- Fetching from a local server ------------------------------------------------------------------

def test_a_page_is_fetched_and_sniffed_as_html(server, allow_local):
    server.routes["/news/response.aspx"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
    got = fetch.fetch(server.url("/news/response.aspx"))
    assert got.data == PAGE
    assert got.format.key == "html"
    assert got.filename == "response.html"  # named as what it is, not as the server's script
    assert got.url == server.url("/news/response.aspx")
    assert server.httpd.seen_hosts[-1] == f"127.0.0.1:{server.port}"


def test_a_pdf_is_sniffed_by_its_content_not_the_servers_word(server, allow_local):
    server.routes["/files/download?id=7"] = (200, {"Content-Type": "text/plain",
                                                   "Content-Disposition": 'attachment; filename="Reply.pdf"'}, PDF)
    got = fetch.fetch(server.url("/files/download?id=7"))
    assert got.format.key == "pdf" and got.filename == "Reply.pdf" and got.data == PDF


def test_a_redirect_chain_is_followed_to_its_end(server, allow_local):
    for i in range(1, 5):
        server.routes[f"/r{i}"] = (302 if i % 2 else 301, {"Location": f"/r{i + 1}"}, b"")
    server.routes["/r5"] = (200, {}, PAGE)
    got = fetch.fetch(server.url("/r1"))
    assert got.data == PAGE and got.url == server.url("/r5")
    assert all(server.hits[f"/r{i}"] == 1 for i in range(1, 6))


def test_more_than_five_redirects_are_refused(server, allow_local):
    for i in range(7):
        server.routes[f"/loop{i}"] = (307, {"Location": f"/loop{i + 1}"}, b"")
    with pytest.raises(FetchError, match="redirected more than 5 times"):
        fetch.fetch(server.url("/loop0"))
    assert "/loop6" not in server.hits


def test_a_body_over_the_size_limit_is_refused_while_streaming(server, allow_local):
    allow_local.RECTRACK_MAX_UPLOAD_BYTES = 10_000

    def endless(handler):  # no Content-Length: only the streaming limit can stop it
        for _ in range(100):
            handler.wfile.write(b"a" * 1000)

    server.routes["/big"] = (200, {"Content-Type": "text/plain"}, endless)
    with pytest.raises(FetchError, match=r"larger than 9.77 KB") as e:
        fetch.fetch(server.url("/big"))
    assert e.value.message.count(". ") == 0  # one sentence


def test_a_declared_length_over_the_limit_is_refused_before_reading(server, allow_local):
    allow_local.RECTRACK_MAX_UPLOAD_BYTES = 100
    server.routes["/declared"] = (200, {}, b"x" * 500)
    with pytest.raises(FetchError, match="larger than"):
        fetch.fetch(server.url("/declared"))


def test_a_slow_response_hits_the_time_limit(server, allow_local):
    allow_local.RECTRACK_FETCH_TIMEOUT_SECONDS = 0.5

    def trickle(handler):  # a byte every 0.1 s: no single read times out, the whole fetch does
        for _ in range(40):
            handler.wfile.write(b"a")
            handler.wfile.flush()
            time.sleep(0.1)

    server.routes["/slow"] = (200, {"Content-Type": "text/plain"}, trickle)
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 0.5 seconds"):
        fetch.fetch(server.url("/slow"))
    assert time.monotonic() - started < 2


def test_an_error_status_and_content_we_do_not_read_are_refused(server, allow_local):
    with pytest.raises(FetchError, match=r"HTTP 404 \(Not Found\)"):
        fetch.fetch(server.url("/missing"))
    server.routes["/prog"] = (200, {}, b"MZ\x90\x00" + b"\x00" * 100)
    with pytest.raises(FetchError) as e:
        fetch.fetch(server.url("/prog"))
    assert e.value.message == ("The document at the address is a Windows program, not a PDF, DOCX, HTML, "
                               "Markdown or plain text file.")
    server.routes["/empty"] = (200, {}, b"")
    with pytest.raises(FetchError, match="is empty"):
        fetch.fetch(server.url("/empty"))


# --- Refusals -------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("file:///etc/passwd", "this one has file:"),
    ("ftp://example.org/response.pdf", "this one has ftp:"),
    ("gopher://example.org/", "this one has gopher:"),
    ("//example.org/x", "this one has no scheme"),
    ("https://user:secret@example.org/", "user name or password"),
    ("https:///nohost", "no host name"),
    ("http://example.org:99999/", "not valid"),
])
def test_other_schemes_and_malformed_addresses_are_refused(url, expected):
    with pytest.raises(FetchError, match=expected):
        fetch.fetch(url)


@pytest.mark.parametrize("url, kind", [
    ("http://127.0.0.1:8000/", "loopback"),
    ("http://10.0.0.1/", "private"),
    ("http://192.168.1.20/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://224.0.0.1/", "multicast"),
    ("http://100.64.0.1/", "non-public"),
    ("http://[fe80::1]/", "link-local"),
])
def test_private_addresses_are_refused_without_the_setting(url, kind, settings):
    settings.RECTRACK_FETCH_ALLOW_PRIVATE = False
    with pytest.raises(FetchError, match=f"at a {kind} address") as e:
        fetch.fetch(url)
    assert e.value.message.endswith("which rectrack does not fetch from.")


def _resolving_to(monkeypatch, mapping: dict[str, list[str]]):
    real = socket.getaddrinfo
    calls = []

    def fake(host, port, *args, **kwargs):
        calls.append(host)
        if host in mapping:
            return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                    for a in mapping[host]]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return calls


def test_a_name_that_resolves_to_loopback_is_refused(monkeypatch, settings):
    settings.RECTRACK_FETCH_ALLOW_PRIVATE = False
    _resolving_to(monkeypatch, {"innocent.example.org": ["127.0.0.1"]})
    with pytest.raises(FetchError, match=r"innocent.example.org is at a loopback address \(127.0.0.1\)"):
        fetch.fetch("https://innocent.example.org/response.pdf")


def test_one_private_address_among_public_ones_is_enough_to_refuse(monkeypatch, settings):
    settings.RECTRACK_FETCH_ALLOW_PRIVATE = False
    _resolving_to(monkeypatch, {"mixed.example.org": ["93.184.216.34", "10.1.2.3"]})
    with pytest.raises(FetchError, match="private address"):
        fetch.fetch("http://mixed.example.org/")


def test_the_connection_goes_to_the_checked_address_with_one_lookup(server, monkeypatch, allow_local):
    # The name resolves once; a rebinding DNS server's second answer would never be asked for.
    server.routes["/doc"] = (200, {}, PAGE)
    calls = _resolving_to(monkeypatch, {"docs.example.test": ["127.0.0.1"]})
    got = fetch.fetch(f"http://docs.example.test:{server.port}/doc")
    assert got.data == PAGE
    assert calls.count("docs.example.test") == 1
    assert set(calls) == {"docs.example.test", "127.0.0.1"}  # the socket is opened to the checked address
    assert server.httpd.seen_hosts[-1] == f"docs.example.test:{server.port}"  # the name, for virtual hosts


def test_a_redirect_to_a_private_address_is_refused(server, monkeypatch, settings):
    # The first host is "public" (a name we resolve to the local server); it redirects to 10.0.0.1.
    settings.RECTRACK_FETCH_ALLOW_PRIVATE = False
    _resolving_to(monkeypatch, {"public.example.test": ["127.0.0.1"]})
    monkeypatch.setattr(fetch, "_why_not_public",
                        lambda ip: "" if str(ip) == "127.0.0.1" else "private")
    server.routes["/start"] = (302, {"Location": "http://10.0.0.1/admin"}, b"")
    with pytest.raises(FetchError, match=r"10.0.0.1 is at a private address"):
        fetch.fetch(f"http://public.example.test:{server.port}/start")
    assert server.hits["/start"] == 1


def test_a_redirect_to_another_scheme_is_refused(server, allow_local):
    server.routes["/to-file"] = (301, {"Location": "file:///etc/passwd"}, b"")
    with pytest.raises(FetchError, match="this one has file:"):
        fetch.fetch(server.url("/to-file"))
