"""Documents from web addresses (ADR 0018): fetching safely, storing, re-fetching, the CLI and the page."""
from __future__ import annotations

import socket
import time

import pytest
from django.urls import reverse

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


def test_a_closed_port_is_one_sentence(allow_local):
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens on it
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError) as e:
        fetch.fetch(f"http://127.0.0.1:{port}/")
    assert e.value.message == "The server at 127.0.0.1 refused the connection."


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


# --- Storing a document from an address -------------------------------------------------------------

@pytest.fixture
def text_engine(monkeypatch):
    """Extraction whose text is the document's bytes decoded, so that versions can be compared."""
    from rectrack.ingestion import engine

    def extract(data: bytes, filename: str):
        return engine.Extracted(result={"file": filename, "format": "text", "super_complaint": None,
                                        "organisations": [], "document_date": "", "responses": [],
                                        "warnings": []}, text=data.decode("utf-8", "replace"))

    monkeypatch.setattr(engine, "extract", extract)


def _run_jobs(document):
    from rectrack.ingestion import services

    for job in document.jobs.filter(status="queued"):
        services.run_extraction(job.pk)
    document.refresh_from_db()
    return document


V1 = b"Response of Sussex Police\nWe accept recommendation 1.\nWe will report in March.\nSigned, the Chief Constable\n"
V2 = (b"Response of Sussex Police\nWe accept recommendation 1.\nWe have now completed the work <script>x</script>.\n"
      b"Signed, the Chief Constable\n")


def test_a_document_from_an_address_keeps_it_as_its_source_and_is_extracted(db, server, allow_local, text_engine):
    from rectrack.ingestion import sources

    server.routes["/reply.txt"] = (200, {"Content-Type": "text/plain"}, V1)
    stored = sources.store_from_address(user=None, url=server.url("/reply.txt"))
    assert stored.created and stored.job is not None
    document = _run_jobs(stored.document)
    assert document.source_url == server.url("/reply.txt")
    assert document.fetched_at is not None and document.checked_at == document.fetched_at
    assert document.filename == "reply.txt" and document.content_type == "text/plain"
    assert document.text == V1.decode() and document.jobs.get().status == "done"


def test_a_refused_address_stores_nothing(db, settings):
    from django.core.exceptions import ValidationError

    from rectrack.ingestion import sources
    from rectrack.ingestion.models import Document, ExtractionJob

    settings.RECTRACK_FETCH_ALLOW_PRIVATE = False
    with pytest.raises(ValidationError) as e:
        sources.store_from_address(user=None, url="http://10.0.0.1/reply.pdf")
    assert e.value.message_dict == {"url": ["The host 10.0.0.1 is at a private address (10.0.0.1), which rectrack "
                                            "does not fetch from."]}
    assert not Document.objects.exists() and not ExtractionJob.objects.exists()


def test_an_editor_may_not_fetch(users, server, allow_local):
    from django.core.exceptions import PermissionDenied

    from rectrack.ingestion import sources

    server.routes["/reply.txt"] = (200, {}, V1)
    with pytest.raises(PermissionDenied):
        sources.store_from_address(user=users.sussex_editor, url=server.url("/reply.txt"))
    assert server.hits == {}  # refused before anything was fetched


# --- Re-fetching ------------------------------------------------------------------------------------

def test_an_unchanged_document_is_only_recorded_as_checked(db, server, allow_local, text_engine):
    from rectrack.ingestion import sources
    from rectrack.ingestion.models import Document, ExtractionJob

    server.routes["/reply.txt"] = (200, {}, V1)
    document = _run_jobs(sources.store_from_address(user=None, url=server.url("/reply.txt")).document)
    before = document.checked_at
    history = document.history.count()
    result = sources.refetch_document(user=None, document=document)
    assert result.outcome == "unchanged" and result.new is None
    document.refresh_from_db()
    assert document.checked_at > before
    assert Document.objects.count() == 1 and ExtractionJob.objects.count() == 1
    assert document.history.count() == history  # a check that found nothing is not an event
    assert server.hits["/reply.txt"] == 2


def test_a_changed_document_is_a_new_version_extracted_again_with_its_changes(db, server, allow_local, text_engine):
    from rectrack.ingestion import selectors, sources

    server.routes["/reply.txt"] = (200, {}, V1)
    first = _run_jobs(sources.store_from_address(user=None, url=server.url("/reply.txt")).document)
    server.routes["/reply.txt"] = (200, {}, V2)
    result = sources.refetch_document(user=None, document=first)
    assert result.outcome == "changed" and result.job is not None
    new = _run_jobs(result.new)
    assert new.previous == first and new.source_url == first.source_url and new.fetched_at is not None
    assert new.jobs.get().status == "done" and new.text == V2.decode()
    assert list(first.next_versions.all()) == [new]
    assert not sources.refetchable(first) and sources.refetchable(new)

    changes = selectors.version_changes(new)
    assert changes.ready and changes.changed
    changed = [(line.kind, line.text) for line in changes.lines if line.kind in ("del", "ins")]
    assert changed == [("del", "We will report in March."),
                       ("ins", "We have now completed the work <script>x</script>.")]
    assert selectors.version_changes(first) is None

    # The earlier version is not checked any more: its successor is.
    from django.core.exceptions import ValidationError
    with pytest.raises(ValidationError, match="newer version"):
        sources.refetch_document(user=None, document=first)


def test_an_address_back_at_an_earlier_version_stores_nothing_new(db, server, allow_local, text_engine):
    from rectrack.ingestion import sources
    from rectrack.ingestion.models import Document

    server.routes["/reply.txt"] = (200, {}, V1)
    first = sources.store_from_address(user=None, url=server.url("/reply.txt")).document
    server.routes["/reply.txt"] = (200, {}, V2)
    second = sources.refetch_document(user=None, document=first).new
    server.routes["/reply.txt"] = (200, {}, V1)
    result = sources.refetch_document(user=None, document=second)
    assert result.outcome == "earlier" and result.new == first
    assert Document.objects.count() == 2


def test_a_failed_refetch_changes_nothing(db, server, allow_local, text_engine):
    from django.core.exceptions import ValidationError

    from rectrack.ingestion import sources
    from rectrack.ingestion.models import Document

    server.routes["/reply.txt"] = (200, {}, V1)
    document = sources.store_from_address(user=None, url=server.url("/reply.txt")).document
    checked = document.checked_at
    del server.routes["/reply.txt"]
    with pytest.raises(ValidationError, match="HTTP 404"):
        sources.refetch_document(user=None, document=document)
    document.refresh_from_db()
    assert document.checked_at == checked and Document.objects.count() == 1


def test_an_uploaded_document_is_not_refetched(db):
    from django.core.exceptions import ValidationError

    from rectrack.ingestion import services, sources

    document = services.store_document(user=None, source=V1, filename="reply.txt", enqueue=False,
                                       source_url="https://www.example.police.uk/reply.txt").document
    assert not sources.refetchable(document)
    with pytest.raises(ValidationError, match="Only a document fetched"):
        sources.refetch_document(user=None, document=document)


def test_the_schedule_queues_due_documents_and_the_task_refetches(db, server, allow_local, text_engine):
    import datetime

    from django.utils import timezone

    from rectrack.core import scheduler
    from rectrack.ingestion import periodic, sources
    from rectrack.ingestion.models import Document

    assert any(j.name == "ingestion.refetch_documents" and j.interval == datetime.timedelta(hours=24)
               for j in scheduler.jobs())
    server.routes["/a.txt"] = (200, {}, V1)
    server.routes["/b.txt"] = (200, {}, b"Another response.\n")
    a = sources.store_from_address(user=None, url=server.url("/a.txt")).document
    b = sources.store_from_address(user=None, url=server.url("/b.txt")).document
    assert periodic.refetch_documents() == []  # just fetched: not due
    Document.objects.filter(pk=a.pk).update(checked_at=timezone.now() - datetime.timedelta(hours=25))
    server.routes["/a.txt"] = (200, {}, V2)
    assert periodic.refetch_documents() == [a.pk]
    assert sources.refetch_task.call(a.pk) == "changed"
    assert sources.refetch_task.call(b.pk) == "unchanged"
    assert list(sources.due_for_refetch()) == []  # the new version was just fetched; the old one is replaced

    allow_local.RECTRACK_REFETCH_HOURS = 0
    Document.objects.update(checked_at=timezone.now() - datetime.timedelta(days=30))
    assert periodic.refetch_documents() == []  # 0 turns the schedule off


def test_a_scheduled_refetch_that_is_refused_is_logged(db, server, allow_local, text_engine, caplog):
    from rectrack.ingestion import sources

    server.routes["/gone.txt"] = (200, {}, V1)
    document = sources.store_from_address(user=None, url=server.url("/gone.txt")).document
    del server.routes["/gone.txt"]
    assert sources.refetch_task.call(document.pk) == "refused"
    assert "HTTP 404" in caplog.text
    document.refresh_from_db()
    assert document.check_error == "The address answered with HTTP 404 (Not Found), not a document."
    server.routes["/gone.txt"] = (200, {}, V1)
    assert sources.refetch_task.call(document.pk) == "unchanged"
    document.refresh_from_db()
    assert document.check_error == ""  # a check that worked clears it


def test_the_document_page_says_when_the_last_scheduled_check_failed(users, client_for, db):
    from rectrack.ingestion import services
    from rectrack.ingestion.models import Document

    document = services.store_document(user=None, source=V1, filename="reply.txt", enqueue=False).document
    Document.objects.filter(pk=document.pk).update(check_error="The address answered with <b>HTTP 500</b>.")
    html = client_for(users.inspector).get(f"/documents/{document.pk}/").content.decode()
    assert "The last scheduled check of the address failed: The address answered with &lt;b&gt;HTTP 500" in html
    assert "check of the address failed" not in client_for(users.sussex_editor).get(
        f"/documents/{document.pk}/").content.decode()


# --- The command line -------------------------------------------------------------------------------

@pytest.mark.django_db(transaction=True)
def test_the_ingest_command_accepts_addresses_and_files(server, allow_local, text_engine, tmp_path):
    import io

    from django.core.management import call_command
    from django.core.management.base import CommandError

    from rectrack.ingestion.models import Document

    server.routes["/reply.txt"] = (200, {}, V1)
    local = tmp_path / "local.txt"
    local.write_bytes(b"A local response.\n")
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", server.url("/reply.txt"), str(local), stdout=out, stderr=err)
    assert f"{server.url('/reply.txt')}: done: " in out.getvalue() and f"{local}: done: " in out.getvalue()
    fetched = Document.objects.get(filename="reply.txt")
    assert fetched.source_url == server.url("/reply.txt") and fetched.fetched_at is not None
    assert Document.objects.get(filename="local.txt").fetched_at is None

    out = io.StringIO()
    with pytest.raises(CommandError) as e:
        call_command("ingest", "ftp://example.org/x.pdf", server.url("/missing"), stdout=out, stderr=io.StringIO())
    assert e.value.returncode == 1
    assert "ftp://example.org/x.pdf: failed: Only http and https addresses can be fetched" in out.getvalue()
    assert "/missing: failed: The address answered with HTTP 404" in out.getvalue()
    assert Document.objects.count() == 2


# --- The pages --------------------------------------------------------------------------------------

def test_the_upload_page_fetches_an_address_for_the_inspectorate(users, client_for, server, allow_local, text_engine):
    from rectrack.ingestion.models import Document

    server.routes["/reply.txt"] = (200, {}, V1)
    client = client_for(users.inspector)
    page = client.get("/documents/upload/")
    assert b'action="/documents/fetch/"' in page.content and b'id="id_url"' in page.content
    response = client.post("/documents/fetch/", {"url": server.url("/reply.txt")})
    document = Document.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/documents/jobs/{document.jobs.get().pk}/"
    assert document.source_url == server.url("/reply.txt") and document.uploaded_by == users.inspector


def test_a_refused_address_is_a_govuk_error_on_the_upload_page(users, client_for, settings):
    from rectrack.ingestion.models import Document

    settings.RECTRACK_FETCH_ALLOW_PRIVATE = False
    client = client_for(users.inspector)
    response = client.post("/documents/fetch/", {"url": "http://[::1]/<b>x</b>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html and 'href="#id_url"' in html
    assert "The host ::1 is at a loopback address (::1), which rectrack does not fetch from." in html
    assert "<title>Error:" in html.replace("\n", "")
    assert "<b>x</b>" not in html  # the address typed is shown escaped
    response = client.post("/documents/fetch/", {"url": ""})
    assert "Enter the web address of the document." in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize("who", ["sussex_editor", "liberty"])
def test_others_may_not_fetch_or_refetch(users, client_for, server, allow_local, who):
    from rectrack.ingestion import sources

    server.routes["/reply.txt"] = (200, {}, V1)
    document = sources.store_from_address(user=None, url=server.url("/reply.txt"), enqueue=False).document
    client = client_for(getattr(users, who))
    assert client.post("/documents/fetch/", {"url": server.url("/reply.txt")}).status_code == 403
    assert client.post(f"/documents/{document.pk}/refetch/").status_code == 403
    assert b"Check the address" not in client.get(f"/documents/{document.pk}/").content
    assert server.hits["/reply.txt"] == 1
    anonymous = client_for(None).post(f"/documents/{document.pk}/refetch/")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("accounts:login"))


def test_the_refetch_button_stores_a_new_version_whose_pages_show_the_changes(
        users, client_for, server, allow_local, text_engine):
    from rectrack.ingestion import sources

    server.routes["/reply.txt"] = (200, {}, V1)
    first = _run_jobs(sources.store_from_address(user=None, url=server.url("/reply.txt")).document)
    client = client_for(users.inspector)
    page = client.get(f"/documents/{first.pk}/").content.decode()
    assert f'action="/documents/{first.pk}/refetch/"' in page and "Check the address for a new version" in page

    same = client.post(f"/documents/{first.pk}/refetch/", follow=True)
    assert "has not changed at its address" in same.content.decode()
    assert client.get(f"/documents/{first.pk}/refetch/").status_code == 405  # POST only

    server.routes["/reply.txt"] = (200, {}, V2)
    response = client.post(f"/documents/{first.pk}/refetch/")
    new = first.next_versions.get()
    assert response["Location"] == f"/documents/{new.pk}/"
    _run_jobs(new)
    for url in (f"/documents/{new.pk}/", f"/documents/{new.pk}/review/"):
        html = client.get(url).content.decode()
        assert "Changes since the last version" in html
        assert "<span class=\"govuk-visually-hidden\">Removed: </span>We will report in March.</del>" in html
        assert "We have now completed the work &lt;script&gt;x&lt;/script&gt;.</ins>" in html
        assert "<script>x</script>" not in html
    old_page = client.get(f"/documents/{first.pk}/").content.decode()
    assert "Check the address for a new version" not in old_page and f"/documents/{new.pk}/" in old_page
