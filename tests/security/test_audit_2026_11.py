"""The security review of November 2026 (ADR 0021): one test per finding, each failing before its fix.

The findings list, with what was tried and found sound, is in docs/decisions/0021-security-review-2026-11.md.
"""
import ipaddress
import re
import socket
import threading
import time
from html import unescape as html_unescape

import pytest
from django.urls import reverse

from rectrack.complaints.models import Recommendation
from rectrack.core.vocabulary import WorkflowState
from rectrack.ingestion import fetch
from rectrack.ingestion.services import store_document
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from rectrack.responses.models import Response
from tests.support import record
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

LETTER = (b"Sussex Police: our answers.\n"
          b"Recommendation 1: we have stopped sharing data, ask zx-officer-jones.\n"
          b"Recommendation 4: we are reviewing our policy.\n")


@pytest.fixture
def letter(reference_data):
    """A force's letter, stored by the inspectorate (the way uploads store it) and recognised as Sussex Police's."""
    document = store_document(user=None, source=LETTER, filename="sussex-letter.txt", enqueue=False).document
    document.organisations.add("sussex-police")
    # The text the extraction would read (not run here).
    type(document).objects.filter(pk=document.pk).update(text=LETTER.decode())
    return document


def from_letter(user, document, number: str, state: str, narrative: str = "We have stopped sharing data.",
                org_id: str = "sussex-police") -> Response:
    rec = Recommendation.objects.get(super_complaint_id="safe-to-share", number=number)
    response = services.create_response(
        user=user, recommendation=rec, organisation=Organisation.objects.get(pk=org_id),
        source=Response.Source.DOCUMENT,
        data={"position": "accepted", "progress": "complete", "narrative": narrative,
              "source_document": document, "source_start": 0, "source_end": 40})
    return record.set_state(response, state)


# --- Finding 1: any signed-in user read any stored document (drafts' source, redacted text) -------------------

PCCS = {"northumbria_pcc": "northumbria-pcc", "sussex_pcc": "sussex-pcc"}


def open_letter(client_for, users, letter, who):
    """The document page and the download, as ``who`` (a standard user, or a PCC's editor made here)."""
    from_letter(users.inspector, letter, "1", WorkflowState.DRAFT)
    person = make_user(f"zx-{who}", "org_editor", PCCS[who]) if who in PCCS else getattr(users, who)
    client = client_for(person)
    return (client.get(reverse("ingestion:document", args=[letter.pk])),
            client.get(reverse("ingestion:download", args=[letter.pk])))


@pytest.mark.parametrize("who", ["northumbria_editor", "liberty", "northumbria_pcc"])
def test_outsiders_cannot_read_or_download_another_bodys_stored_document(client_for, users, letter, who):
    page, download = open_letter(client_for, users, letter, who)
    assert page.status_code in (403, 404)
    assert b"zx-officer-jones" not in page.content
    assert download.status_code in (403, 404)


@pytest.mark.parametrize("who", ["inspector", "sussex_editor", "sussex_pcc"])
def test_the_inspectorate_the_body_and_its_paired_body_still_read_it(client_for, users, letter, who):
    page, download = open_letter(client_for, users, letter, who)
    assert page.status_code == 200
    assert b"zx-officer-jones" in page.content
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == LETTER


def test_a_body_named_only_by_an_accepted_answer_reads_its_document(client_for, users, reference_data):
    """A document rectrack did not recognise, whose answer a reviewer put on Northumbria Police's response."""
    document = store_document(user=None, source=b"An unrecognised letter.\n", filename="x.txt",
                              enqueue=False).document
    from_letter(users.inspector, document, "1", WorkflowState.DRAFT, org_id="northumbria-police")
    assert client_for(users.northumbria_editor).get(reverse("ingestion:document", args=[document.pk])).status_code \
        == 200
    assert client_for(users.sussex_editor).get(reverse("ingestion:document", args=[document.pk])).status_code \
        in (403, 404)


def test_anonymous_readers_are_sent_to_sign_in(client, letter):
    answer = client.get(reverse("ingestion:download", args=[letter.pk]))
    assert answer.status_code == 302 and "/accounts/sign-in/" in answer["Location"]


# --- Finding 2: a sibling answer's public source document still held redacted text ----------------------------

def test_redacting_one_answer_takes_the_shared_source_document_off_the_record(client, users, letter):
    first = from_letter(users.inspector, letter, "1", WorkflowState.PUBLISHED)
    second = from_letter(users.inspector, letter, "4", WorkflowState.PUBLISHED, narrative="We are reviewing.")
    url = reverse("publishing:source_document", args=[second.pk])
    assert client.get(url).status_code == 200
    version = Response.objects.get(pk=first.pk).published_version
    services.redact(user=users.inspector, version=version, fields=["narrative"], reason="Personal data")
    answer = client.get(url)
    assert answer.status_code == 404
    record_page = client.get(reverse("publishing:record", args=["safe-to-share", "sussex-police"])).content
    assert url.encode() not in record_page


# --- Finding 11: a published answer's public source document held its sibling answers still unpublished -------

def test_the_source_document_is_public_only_once_every_answer_from_it_is(client, users, letter):
    published = from_letter(users.inspector, letter, "1", WorkflowState.PUBLISHED)
    sibling = from_letter(users.inspector, letter, "4", WorkflowState.DRAFT, narrative="We are reviewing.")
    url = reverse("publishing:source_document", args=[published.pk])
    record_url = reverse("publishing:record", args=["safe-to-share", "sussex-police"])
    assert client.get(url).status_code == 404
    assert url.encode() not in client.get(record_url).content
    record.set_state(sibling, WorkflowState.PUBLISHED)
    assert client.get(url).status_code == 200
    assert url.encode() in client.get(record_url).content
    record.set_state(sibling, WorkflowState.WITHDRAWN)
    assert client.get(url).status_code == 404


# --- Finding 3: a server trickling its status line and headers held a fetch past its time limit -----------------

@pytest.fixture
def trickling_server():
    """A raw server that sends its headers a byte every 0.1 s for 3 s (no single read ever waits long)."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve():
        listener.settimeout(5)
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(30):
                if stop.is_set():
                    break
                try:
                    conn.sendall(b"a")
                except OSError:
                    break
                time.sleep(0.1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/letter.pdf"
    stop.set()
    listener.close()
    thread.join(timeout=5)


def test_slow_headers_hit_the_time_limit_of_the_whole_fetch(trickling_server, settings):
    settings.RECTRACK_FETCH_ALLOW_PRIVATE = True
    settings.RECTRACK_FETCH_TIMEOUT_SECONDS = 0.5
    started = time.monotonic()
    with pytest.raises(fetch.FetchError, match="within 0.5 seconds"):
        fetch.fetch(trickling_server)
    assert time.monotonic() - started < 2


# --- Finding 4: an IPv4 address inside a 6to4 one was taken as public -------------------------------------------

@pytest.mark.parametrize("address", [
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254 (the cloud metadata address)
])
def test_ipv4_addresses_inside_ipv6_translation_prefixes_are_checked(address):
    assert fetch._why_not_public(ipaddress.ip_address(address))


# --- Finding 5: pages and downloads for signed-in readers said nothing about caching ------------------------------

def _no_store(answer) -> bool:
    cache = {part.strip() for part in answer.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= cache


def test_signed_in_pages_api_answers_and_internal_pdfs_are_never_stored(client_for, users, letter):
    draft = from_letter(users.inspector, letter, "1", WorkflowState.DRAFT)
    editor = client_for(users.sussex_editor)
    for url in (reverse("responses:detail", args=[draft.pk]), f"/api/responses/{draft.pk}",
                reverse("work:record", args=["safe-to-share", "sussex-police"]),
                reverse("work:record_pdf", args=["safe-to-share", "sussex-police"]), reverse("work:home")):
        answer = editor.get(url)
        assert answer.status_code == 200, url
        assert _no_store(answer), url


def test_a_token_holders_api_answers_are_never_stored(client, users, letter):
    from rectrack.accounts import tokens

    draft = from_letter(users.inspector, letter, "1", WorkflowState.DRAFT)
    _, raw = tokens.create_token(user=users.sussex_editor, name="zx-script", access="read", days=7)
    answer = client.get(f"/api/responses/{draft.pk}", headers={"Authorization": f"Bearer {raw}"})
    assert answer.status_code == 200
    assert _no_store(answer)


def test_public_pages_for_anonymous_readers_keep_their_own_caching(client, users, letter):
    published = from_letter(users.inspector, letter, "1", WorkflowState.PUBLISHED)
    page = client.get(reverse("publishing:record", args=["safe-to-share", "sussex-police"]))
    assert "no-store" not in page.get("Cache-Control", "")
    assert client.get(reverse("publishing:source_document", args=[published.pk]))["Cache-Control"] \
        == "public, max-age=300"


# --- Finding 6: the commissioner's overall comments saved over another's without a version -----------------------

def _comment_url():
    return reverse("work:overall_comments", args=["safe-to-share", "sussex-pcc"])


def test_overall_comments_posted_without_a_version_do_not_overwrite_anothers(client_for, users):
    from rectrack.publishing import comments
    from rectrack.publishing.models import OverallComment

    pcc_editor = make_user("zx-pcc-editor", "org_editor", "sussex-pcc")
    # Both open the empty form; the inspector saves first.
    comments.save(user=users.inspector, super_complaint=Recommendation.objects.get(
        super_complaint_id="safe-to-share", number="1").super_complaint,
        organisation=Organisation.objects.get(pk="sussex-pcc"), text="zx-inspector-text", publish=False,
        expected_version=None)
    answer = client_for(pcc_editor).post(_comment_url(), {"text": "zx-pcc-text", "version": ""})
    assert answer.status_code == 200  # the form again, with the error
    assert "Someone else changed" in answer.content.decode()
    assert OverallComment.objects.get(organisation_id="sussex-pcc").text == "zx-inspector-text"


def test_overall_comments_with_the_current_version_save(client_for, users):
    from rectrack.publishing.models import OverallComment

    pcc = client_for(make_user("zx-pcc-editor", "org_editor", "sussex-pcc"))
    assert pcc.post(_comment_url(), {"text": "zx-first", "version": ""}).status_code == 302
    assert pcc.post(_comment_url(), {"text": "zx-second", "version": "1"}).status_code == 302
    assert OverallComment.objects.get(organisation_id="sussex-pcc").text == "zx-second"


# --- Finding 7: a huge page number on the public search was a server error -----------------------------------------

@pytest.mark.parametrize("page", ["9" * 40, str(2**63)])
def test_a_page_number_beyond_any_page_shows_the_last_page(client, users, letter, page):
    from_letter(users.inspector, letter, "1", WorkflowState.PUBLISHED)
    answer = client.get(reverse("publishing:search"), {"q": "sharing", "page": page})
    assert answer.status_code == 200
    assert "<mark>sharing</mark>" in answer.content.decode()  # the one result, on the last page


# --- Finding 8: deadline settings saved from a stale page undid another's change -----------------------------------

def _deadline_form(client, slug) -> dict:
    """The posted form as the page rendered it: every input's name and value (the date parts included)."""
    html = client.get(reverse("workflow:deadlines", args=[slug])).content.decode()
    start = html.index('<form method="post" novalidate>')  # not the sign-out form in the header
    form = html[start:html.index("</form>", start)]
    data = {}
    for tag in re.findall(r"<(?:input|textarea)\b[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and name.group(1) != "csrfmiddlewaretoken":
            data[name.group(1)] = html_unescape(value.group(1)) if value else ""
    return data


def test_deadline_settings_from_a_stale_page_do_not_undo_anothers_change(client_for, users, reference_data):
    from rectrack.complaints.models import SuperComplaint

    slug = "safe-to-share"
    inspector = client_for(users.inspector)
    other = client_for(make_user("zx-inspector-2", "inspectorate"))
    mine, theirs = _deadline_form(inspector, slug), _deadline_form(other, slug)
    days = SuperComplaint.objects.get(slug=slug).initial_response_days
    assert other.post(reverse("workflow:deadlines", args=[slug]),
                      {**theirs, "initial_response_days": str(days + 7), "reason": "zx-theirs"}).status_code == 302
    # The first person, from the page they opened before that change, writes only a reason: nothing of theirs
    # may put the days back.
    answer = inspector.post(reverse("workflow:deadlines", args=[slug]), {**mine, "reason": "zx-mine"})
    assert answer.status_code == 400
    assert "changed these deadlines" in answer.content.decode()
    assert SuperComplaint.objects.get(slug=slug).initial_response_days == days + 7
    # Saving again from the page it showed applies the edit knowingly.
    again = _deadline_form(inspector, slug)
    assert inspector.post(reverse("workflow:deadlines", args=[slug]),
                          {**again, "initial_response_days": str(days)}).status_code == 302
    assert SuperComplaint.objects.get(slug=slug).initial_response_days == days


# --- Finding 9: who may record views on adequacy, replaced from a stale page -----------------------------------------

def test_adequacy_access_from_a_stale_page_does_not_undo_anothers_change(client_for, users, reference_data):
    from rectrack.complaints.models import SuperComplaint

    slug, url = "safe-to-share", reverse("catalogue:adequacy_access", args=["safe-to-share"])
    inspector, other = client_for(users.inspector), client_for(make_user("zx-inspector-2", "inspectorate"))
    assert inspector.get(url).status_code == 200
    # What that page showed (none opened yet), as its hidden field carries it.
    stale = ",".join(sorted(SuperComplaint.objects.get(slug=slug).adequacy_opened_to.values_list("pk", flat=True)))
    body = Organisation.objects.filter(kind=Organisation.Kind.DESIGNATED_BODY).exclude(
        super_complaints_raised__slug=slug).order_by("pk").first()
    assert other.post(url, {"bodies": [body.pk], "started_from": stale}).status_code == 302
    # From the page opened before, with no body ticked: that would close it again to the body just let in.
    answer = inspector.post(url, {"started_from": stale})
    assert answer.status_code == 200
    assert "Someone else changed who may record views" in answer.content.decode()
    assert list(SuperComplaint.objects.get(slug=slug).adequacy_opened_to.values_list("pk", flat=True)) == [body.pk]
    fresh = inspector.get(url).content.decode()
    assert f'name="started_from" value="{body.pk}"' in fresh
    assert inspector.post(url, {"started_from": body.pk}).status_code == 302
    assert not SuperComplaint.objects.get(slug=slug).adequacy_opened_to.exists()


# --- Finding 10: a workflow decision posted without the version it decided on was not checked --------------------

def test_a_publish_without_the_version_it_decided_on_changes_nothing(client_for, users, letter):
    submitted = from_letter(users.inspector, letter, "1", WorkflowState.SUBMITTED)
    inspector = client_for(users.inspector)
    url = reverse("workflow:transition", args=[submitted.pk])
    answer = inspector.post(url, {"to_state": "published", "comment": ""})
    assert answer.status_code == 400
    assert "out of date" in answer.content.decode()
    assert Response.objects.get(pk=submitted.pk).state == WorkflowState.SUBMITTED
    assert inspector.post(url, {"to_state": "published", "version": submitted.version}).status_code == 302
    assert Response.objects.get(pk=submitted.pk).state == WorkflowState.PUBLISHED


def test_the_error_page_of_a_decision_carries_its_version(client_for, users, letter):
    submitted = from_letter(users.inspector, letter, "1", WorkflowState.SUBMITTED)
    inspector = client_for(users.inspector)
    url = reverse("workflow:transition", args=[submitted.pk])
    page = inspector.post(url, {"to_state": "returned", "comment": "", "version": submitted.version})
    assert page.status_code == 400  # a return needs a comment
    assert f'name="version" value="{submitted.version}"' in page.content.decode()
    assert inspector.post(url, {"to_state": "returned", "comment": "zx-fix", "version": submitted.version}) \
        .status_code == 302
    assert Response.objects.get(pk=submitted.pk).state == WorkflowState.RETURNED
