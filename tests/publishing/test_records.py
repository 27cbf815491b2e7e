"""The printable response record and its PDF: published responses only, rendered offline."""
import io

import pypdfium2
import pytest
from django.urls import reverse

from rectrack.core.vocabulary import WorkflowState
from rectrack.publishing.printing import StaticFilesFetcher, html_to_pdf
from rectrack.responses import services
from tests.publishing.conftest import set_state


@pytest.fixture
def with_actions(users, published):
    resp = published["sussex_1"]
    services.add_action(user=users.inspector, response=resp,
                        data={"description": "Issue new guidance to officers", "owner": "Head of PPU"})
    services.add_evidence_link(user=users.inspector, response=resp, url="https://sussex.example/guidance",
                               title="Guidance note", public=True)
    set_state(resp, WorkflowState.PUBLISHED)  # the revision, with its action and public evidence
    return published


def pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(io.BytesIO(data))
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def test_printable_record(client, with_actions, super_complaint):
    html = client.get(reverse("publishing:record", args=[super_complaint.slug, "sussex-police"])).content.decode()
    assert "Sussex Police" in html and super_complaint.title.replace("'", "&#x27;") in html
    for text in ["Recommendation 1", "Recommendation 4", "Recommendation 5", "Recommendation 8", "Complete",
                 "Sussex stopped sharing data.", "Issue new guidance to officers", "Guidance note",
                 "https://sussex.example/guidance", "No response published"]:
        assert text in html, text
    assert 'href="https://sussex.example/guidance"' not in html  # links as text
    assert 'id="recommendation-1"' in html


def test_pdf_record(client, with_actions, super_complaint):
    response = client.get(reverse("publishing:record_pdf", args=[super_complaint.slug, "sussex-police"]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    for expected in ["Sussex Police", "Recommendation 1", "Sussex stopped sharing data.",
                     "Issue new guidance to officers", "Guidance note", "No response published"]:
        assert expected in text, expected


def test_pdf_leaves_out_drafts(client, published, super_complaint):
    text = pdf_text(
        client.get(reverse("publishing:record_pdf", args=[super_complaint.slug, "northumbria-police"])).content
    )
    assert "Northumbria Police" in text
    assert "SECRET DRAFT TEXT" not in text and "No response published" in text


def test_fetcher_reads_static_files_and_refuses_the_network():
    fetcher = StaticFilesFetcher()
    css = fetcher.fetch("https://rectrack.invalid/static/publishing/record-pdf.css")
    assert b"@page" in css.read()
    for url in ["https://example.org/x.css", "https://rectrack.invalid/static/../settings.py",
                "file:///etc/passwd", "https://rectrack.invalid/media/evidence/x"]:
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    # A document that points elsewhere still renders, without fetching it.
    pdf = html_to_pdf('<html><body><img src="https://example.org/tracker.png"><p>Hello</p></body></html>')
    assert "Hello" in pdf_text(pdf)
