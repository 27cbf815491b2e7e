"""The response record in the shape forces publish (force, commissioner, chief constable; the report; the
recommendations; the commissioner's response; the chief constable's response; the commissioner's overall
comments), public and internal: the commissioner's scrutiny is only ever in the internal one, marked "not
published" (ADR 0019)."""
import html as htmllib
import io

import pypdfium2
import pytest
from django.urls import reverse

from rectrack.publishing import printing
from rectrack.responses import services as responses
from rectrack.work import scrutiny
from tests.responses.factories import make_response
from tests.support.record import publish
from tests.support.users import make_user

pytestmark = pytest.mark.django_db
SLUG = "safe-to-share"
SECRET_COMMENT = "SCRUTINY-SECRET: say who owns the training"
ORDER = ["Force", "Sussex Police and Crime Commissioner", "Chief constable", "The report",
         "The recommendations", "The commissioner's response", "The chief constable's response",
         "The commissioner's overall comments"]


@pytest.fixture
def pcc(users):
    return make_user("sussex-pcc-editor", "org_editor", "sussex-pcc")


@pytest.fixture
def scrutinised(users, pcc):
    """Sussex Police: recommendation 1 published after the PCC's comment and sign-off; recommendation 4 a draft
    the PCC commented on. The PCC's own answer to recommendation 6 is published."""
    published = make_response(users.sussex_editor, "1", "sussex-police", published=False,
                              narrative="Sussex stopped sharing data.")
    scrutiny.record(user=pcc, response=published, text=SECRET_COMMENT)
    scrutiny.record(user=pcc, response=published, sign_off=True)
    publish(published)
    draft = make_response(users.sussex_editor, "4", "sussex-police", published=False,
                          narrative="DRAFT-SECRET pathways text")
    scrutiny.record(user=pcc, response=draft, text="DRAFT-COMMENT-SECRET needs owners")
    make_response(pcc, "6", "sussex-pcc", narrative="The PCC mapped specialist support services.")
    return {"published": published, "draft": draft}


def _record(html):
    """The record itself: after its heading (the page's title and the signed-in header name people too)."""
    end = html.find("<footer")
    return html[html.index("</h1>"):end if end > 0 else None]


def _in_order(html, words):
    html = htmllib.unescape(_record(html))
    positions = [html.index(w) for w in words]
    assert positions == sorted(positions), list(zip(words, positions))


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(io.BytesIO(data)))


@pytest.fixture
def printed(monkeypatch):
    """The HTML each PDF is printed from."""
    pages = []
    real = printing.html_to_pdf

    def capture(html):
        pages.append(html)
        return real(html)

    monkeypatch.setattr(printing, "html_to_pdf", capture)
    return pages


SECRETS = [SECRET_COMMENT, "DRAFT-COMMENT-SECRET", "DRAFT-SECRET", "sussex-pcc-editor", "Signed off",
           "Not published"]


def test_the_public_record_reads_in_the_forces_shape_without_scrutiny(client, scrutinised):
    for org_id in ("sussex-police", "sussex-pcc"):  # the force's record and its commissioner's: one shape
        html = client.get(reverse("publishing:record", args=[SLUG, org_id])).content.decode()
        _in_order(html, ORDER)
        _in_order(html, ["The commissioner's response", "The PCC mapped specialist support services.",
                         "The chief constable's response", "Sussex stopped sharing data."])
        assert "Addressed to the chief constable and the commissioner." in html  # recommendation 5
        for secret in SECRETS:
            assert secret not in _record(html), (org_id, secret)
        assert "has published no overall comments" in html


def test_signed_in_readers_of_the_public_record_see_the_public_record(client_for, users, pcc, scrutinised):
    url = reverse("publishing:record", args=[SLUG, "sussex-police"])
    for user in (pcc, users.inspector, users.sussex_editor):
        html = client_for(user).get(url).content.decode()
        for secret in SECRETS:
            assert secret not in _record(html), secret
        assert reverse("work:record", args=[SLUG, "sussex-police"]) in html  # a link to the internal one
    outsider_page = client_for(users.liberty).get(url).content.decode()
    assert reverse("work:record", args=[SLUG, "sussex-police"]) not in outsider_page


def test_the_public_pdf_has_the_same_sections_and_no_scrutiny(client, scrutinised, printed):
    response = client.get(reverse("publishing:record_pdf", args=[SLUG, "sussex-police"]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    [html] = printed
    _in_order(html, ORDER)
    text = _pdf_text(response.content)
    for secret in SECRETS:
        assert secret not in html and secret not in text, secret
    assert "The chief constable's response" in text and "Sussex stopped sharing data." in text


def test_the_internal_record_shows_working_copies_and_scrutiny_marked_not_published(
        client_for, users, pcc, scrutinised):
    url = reverse("work:record", args=[SLUG, "sussex-police"])
    for user in (pcc, users.sussex_editor, users.inspector):
        html = client_for(user).get(url).content.decode()
        _in_order(html, ORDER)
        assert "Internal response record: not published" in html and "Not published" in html
        assert "DRAFT-SECRET pathways text" in html and "DRAFT-COMMENT-SECRET needs owners" in html
        assert "SCRUTINY-SECRET: say who owns the training" in html
        overall = html[html.index("The commissioner's overall comments"):]
        assert "Signed off" in overall and "Not signed off" in overall  # recommendation 1, recommendation 4
        assert "sussex-pcc-editor" not in _record(html)  # the body, never the person
        # Counted as the public record counts: recommendation 1 and the PCC's recommendation 6 are published.
        assert "7, of which 2 with a published response" in html


def test_the_internal_record_is_refused_to_outsiders(client, client_for, users, scrutinised):
    url = reverse("work:record", args=[SLUG, "sussex-police"])
    assert client.get(url).status_code == 302  # sign in first
    for outsider in (users.liberty, users.northumbria_editor):
        response = client_for(outsider).get(url)
        assert response.status_code == 403 and b"DRAFT-SECRET" not in response.content
    assert client_for(users.liberty).get(reverse("work:record_pdf", args=[SLUG, "sussex-police"])).status_code == 403


def test_a_changed_response_shows_its_sign_off_out_of_date(client_for, users, pcc, scrutinised):
    draft = scrutinised["draft"]
    scrutiny.record(user=pcc, response=draft, sign_off=True)
    draft.refresh_from_db()
    responses.update_response(user=users.sussex_editor, response=draft, data={"narrative": "Changed."},
                              expected_version=draft.version)
    html = client_for(pcc).get(reverse("work:record", args=[SLUG, "sussex-police"])).content.decode()
    assert "the response changed after it was signed off" in html


def test_the_internal_pdf_has_the_same_sections_with_the_scrutiny(client_for, pcc, scrutinised, printed):
    response = client_for(pcc).get(reverse("work:record_pdf", args=[SLUG, "sussex-police"]))
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert "internal" in response["Content-Disposition"]
    [html] = printed
    _in_order(html, ORDER)
    assert SECRET_COMMENT in html and "DRAFT-SECRET pathways text" in html and "Not published" in html
    text = _pdf_text(response.content)
    assert "Internal response record: not published" in text and "SCRUTINY-SECRET" in text
    assert text.count("internal record, NOT PUBLISHED") == len(pypdfium2.PdfDocument(io.BytesIO(response.content)))


def test_a_national_body_has_one_part(client):
    html = client.get(reverse("publishing:record", args=[SLUG, "home-office"])).content.decode()
    assert "The response of Home Office" in html and "The commissioner" not in html
    assert "The recommendations" in html and "Addressed to this organisation." in html
