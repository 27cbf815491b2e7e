"""Importing a report's recommendations: upload (the real engine, in its child process), proposals, review
(accept / edit / reject through the catalogue's services), permissions, bad files, constant queries.

The reports are written here; none is a published document."""
import datetime
import io

import pytest
from django.urls import reverse

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.ingestion import engine
from rectrack.ingestion.models import ProposalDecision, RecommendationProposal
from rectrack.organisations.models import Organisation

pytestmark = pytest.mark.django_db

SLUG = "import-test"

REPORT_TEXT = b"""Safer streets: how the police respond to harassment

Summary

This report looks at how forces respond to harassment.

Recommendations

Recommendation 1: By 27 March 2025, chief constables should publish a plan for victims of harassment.

Recommendation 2: Chief constables and police and crime commissioners should review how they commission \
support services.

Conclusion

We will ask for an update.
"""

REPORT_HTML = b"""<!DOCTYPE html><html lang="en"><head><title>Safer streets</title></head><body>
<h1>Safer streets</h1>
<h2>Recommendations</h2>
<h3>Recommendation 7</h3>
<p>By 27 March 2025, chief constables should make sure that:</p>
<ol><li>7.1 every officer is trained in risk assessment; and</li><li>7.2 victims are referred to support.</li></ol>
<h3>Recommendation 8</h3>
<p>Chief constables and police and crime commissioners should review how they commission support services.</p>
</body></html>"""


@pytest.fixture
def super_complaint(reference_data):
    return SuperComplaint.objects.create(slug=SLUG, title="Safer streets: a test report", short_title="Safer streets")


def upload(client, data: bytes, filename: str):
    f = io.BytesIO(data)
    f.name = filename
    return client.post(reverse("ingestion:report_upload", args=[SLUG]), {"file": f})


def review(client):
    return client.get(reverse("ingestion:report_review", args=[SLUG]))


def proposal(number: str) -> RecommendationProposal:
    return RecommendationProposal.objects.get(super_complaint=SLUG, number=number, decision="pending")


def decide(client, action: str, p: RecommendationProposal, **data):
    return client.post(reverse(f"ingestion:proposal_{action}", args=[SLUG, p.pk]), data)


def test_a_text_report_becomes_proposals_with_recipients_and_due_date(users, client_for, super_complaint):
    page = upload(client_for(users.inspector), REPORT_TEXT, "safer-streets.txt")
    assert page.status_code == 302 and page["Location"] == reverse("ingestion:report_review", args=[SLUG])
    one, two = RecommendationProposal.objects.filter(super_complaint=super_complaint).order_by("order")
    assert (one.number, one.recipient_classes, one.due) == ("1", ["chief_constables"], datetime.date(2025, 3, 27))
    assert "publish a plan for victims" in one.text
    assert two.number == "2" and set(two.recipient_classes) == {"chief_constables", "policing_bodies"}
    assert two.due is None and one.decision == two.decision == ProposalDecision.PENDING
    assert one.uploaded_by == users.inspector and one.filename == "safer-streets.txt"
    assert not Recommendation.objects.filter(super_complaint=super_complaint).exists()  # nothing without a person


def test_an_html_report_gives_parts(users, client_for, super_complaint):
    upload(client_for(users.inspector), REPORT_HTML, "safer-streets.html")
    seven = proposal("7")
    assert seven.parts == [{"id": "7.1", "text": "every officer is trained in risk assessment; and"},
                           {"id": "7.2", "text": "victims are referred to support."}]
    assert seven.due == datetime.date(2025, 3, 27)


def test_a_docx_report_is_read(users, client_for, super_complaint):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Recommendations", level=1)
    document.add_paragraph("Recommendation 3: By 27 March 2025, chief constables should publish a plan.")
    document.add_paragraph("Recommendation 4: Police and crime commissioners should fund support services.")
    out = io.BytesIO()
    document.save(out)
    upload(client_for(users.inspector), out.getvalue(), "report.docx")
    assert proposal("3").recipient_classes == ["chief_constables"]
    assert proposal("4").recipient_classes == ["policing_bodies"]


def test_accepting_creates_the_recommendation_fans_it_out_and_the_engine_reads_it(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, REPORT_TEXT, "safer-streets.txt")
    two = proposal("2")
    page = decide(client, "accept", two)
    assert page.status_code == 302
    rec = Recommendation.objects.get(super_complaint=super_complaint, number="2")
    assert rec.text_known and not rec.text_is_summary and "review how they commission" in rec.text
    owing = Organisation.objects.filter(kind__in=[Organisation.Kind.FORCE, Organisation.Kind.POLICING_BODY]).count()
    assert Recipient.objects.filter(recommendation=rec).count() == owing > 0
    two.refresh_from_db()
    assert (two.decision, two.decided_by, two.recommendation) == ("accepted", users.inspector, rec)
    assert rec.history.latest().history_user == users.inspector
    ours = next(c for c in engine.catalogue().super_complaints if c.slug == SLUG)
    assert [r.id for r in ours.recommendations] == ["2"]
    assert ours.recommendations[0].recipients == ("chief_constables", "policing_bodies")
    # the page now says the proposal was accepted, and offers no second decision
    text = review(client).content.decode()
    assert "Accepted" in text and reverse("ingestion:proposal_accept", args=[SLUG, two.pk]) not in text


def test_accepting_twice_changes_nothing_the_second_time(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, REPORT_TEXT, "safer-streets.txt")
    one = proposal("1")
    decide(client, "accept", one)
    rec = Recommendation.objects.get(super_complaint=super_complaint, number="1")
    page = decide(client, "reject", one)
    assert page.status_code == 302
    one.refresh_from_db()
    assert one.decision == "accepted"
    assert "already decided" in review(client).content.decode()
    assert Recommendation.objects.get(pk=rec.pk).version == rec.version


def test_the_review_says_new_differs_and_same(users, client_for, super_complaint):
    client = client_for(users.inspector)
    Recommendation.objects.create(super_complaint=super_complaint, number="1", text="An older wording.",
                                  recipient_classes=["chief_constables"], update_due=datetime.date(2025, 3, 27))
    upload(client, REPORT_TEXT, "safer-streets.txt")
    text = review(client).content.decode()
    assert "Differs from the catalogue" in text and "Differs in: text." in text
    assert "An older wording." in text and "New" in text
    decide(client, "accept", proposal("2"))
    upload(client, REPORT_TEXT, "safer-streets.txt")  # the same report again: 2 is now the same
    from rectrack.ingestion.report_import import review_rows
    matches = {r.proposal.number: r.comparison.match.value for r in review_rows(super_complaint)
               if r.proposal.decision == "pending"}
    assert matches == {"1": "differs", "2": "same"}


def test_accepting_a_differing_proposal_updates_the_recommendation_with_a_version_check(
    users, client_for, super_complaint
):
    client = client_for(users.inspector)
    rec = Recommendation.objects.create(super_complaint=super_complaint, number="1", text="An older wording.",
                                        recipient_classes=["policing_bodies"])
    upload(client, REPORT_TEXT, "safer-streets.txt")
    one = proposal("1")
    # someone changed the recommendation after the page was read: the accept is refused, nothing changes
    page = decide(client, "accept", one, version=rec.version + 5)
    assert page.status_code == 302
    rec.refresh_from_db()
    assert rec.text == "An older wording." and proposal("1").pk == one.pk
    decide(client, "accept", one, version=rec.version)
    rec.refresh_from_db()
    assert "publish a plan" in rec.text and rec.recipient_classes == ["chief_constables"]
    assert rec.update_due == datetime.date(2025, 3, 27)
    assert set(rec.recipients.values_list("recipient_class", flat=True)) == {"chief_constables"}


def test_editing_saves_the_corrected_recommendation(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, REPORT_HTML, "safer-streets.html")
    seven = proposal("7")
    url = reverse("ingestion:proposal_edit", args=[SLUG, seven.pk])
    form = client.get(url)
    assert form.status_code == 200
    html = form.content.decode()
    assert "7.1 every officer is trained in risk assessment; and" in html and 'value="27"' in html
    page = client.post(url, {"number": "7", "text_status": "summary", "text": "Train officers; refer victims.",
                             "recipient_classes": ["policing_bodies"], "parts": "7.1 Train\n7.2 Refer",
                             "update_due_0": "30", "update_due_1": "4", "update_due_2": "2025"})
    assert page.status_code == 302
    rec = Recommendation.objects.get(super_complaint=super_complaint, number="7")
    assert rec.text_is_summary and rec.text == "Train officers; refer victims."
    assert rec.parts == [{"id": "7.1", "text": "Train"}, {"id": "7.2", "text": "Refer"}]
    assert rec.update_due == datetime.date(2025, 4, 30)
    assert rec.recipients.count() == Organisation.objects.filter(kind=Organisation.Kind.POLICING_BODY).count()
    seven.refresh_from_db()
    assert seven.decision == "edited" and seven.recommendation == rec


def test_an_edit_with_bad_input_is_a_form_error_and_changes_nothing(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, REPORT_HTML, "safer-streets.html")
    seven = proposal("7")
    page = client.post(reverse("ingestion:proposal_edit", args=[SLUG, seven.pk]),
                       {"number": "7", "text_status": "verbatim", "text": "", "parts": "no number here"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "govuk-error-summary" in html and "Enter the recommendation" in html
    assert not Recommendation.objects.filter(super_complaint=super_complaint).exists()
    seven.refresh_from_db()
    assert seven.decision == "pending"


def test_rejecting_leaves_the_catalogue_alone(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, REPORT_TEXT, "safer-streets.txt")
    one = proposal("1")
    assert decide(client, "reject", one).status_code == 302
    one.refresh_from_db()
    assert one.decision == "rejected" and one.decided_by == users.inspector
    assert not Recommendation.objects.filter(super_complaint=super_complaint).exists()


def test_a_new_upload_replaces_only_the_pending_proposals(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, REPORT_TEXT, "safer-streets.txt")
    decide(client, "reject", proposal("1"))
    upload(client, REPORT_HTML, "safer-streets.html")
    assert sorted(
        RecommendationProposal.objects.filter(super_complaint=super_complaint).values_list("number", "decision")
    ) == [("1", "rejected"), ("7", "pending"), ("8", "pending")]


def test_only_the_inspectorate(users, client_for, super_complaint):
    inspector = client_for(users.inspector)
    upload(inspector, REPORT_TEXT, "safer-streets.txt")
    one = proposal("1")
    for user in (users.sussex_editor, users.liberty):
        client = client_for(user)
        assert review(client).status_code == 403
        assert client.get(reverse("ingestion:report_upload", args=[SLUG])).status_code == 403
        assert upload(client, REPORT_HTML, "r.html").status_code == 403
        assert decide(client, "accept", one).status_code == 403
        assert decide(client, "reject", one).status_code == 403
        assert client.get(reverse("ingestion:proposal_edit", args=[SLUG, one.pk])).status_code == 403
    anonymous = client_for(None)
    assert review(anonymous).status_code == 302 and decide(anonymous, "accept", one).status_code == 302
    assert RecommendationProposal.objects.filter(super_complaint=super_complaint).count() == 2
    assert (
        proposal("1").decision == "pending"
        and not Recommendation.objects.filter(super_complaint=super_complaint).exists()
    )


def test_the_service_refuses_other_users(users, super_complaint):
    from django.core.exceptions import PermissionDenied

    from rectrack.ingestion import report_import
    with pytest.raises(PermissionDenied):
        report_import.propose(
            user=users.sussex_editor, super_complaint=super_complaint, source=REPORT_TEXT, filename="r.txt"
        )
    assert not RecommendationProposal.objects.exists()


@pytest.mark.parametrize("data, filename, message", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "picture.png", "must be a"),
    (b"", "empty.txt", "The selected file is empty."),
    (b"A short note with no recommendations in it at all.\n", "note.txt", "found no numbered recommendations"),
    (REPORT_TEXT, "report.pdf", "name ends in .pdf"),
])
def test_a_bad_file_is_a_form_error_and_changes_nothing(users, client_for, super_complaint, data, filename, message):
    client = client_for(users.inspector)
    upload(client, REPORT_TEXT, "safer-streets.txt")
    before = list(RecommendationProposal.objects.values_list("pk", "decision"))
    page = upload(client, data, filename)
    assert page.status_code == 200
    assert message in page.content.decode()
    assert list(RecommendationProposal.objects.values_list("pk", "decision")) == before


def test_a_file_the_engine_cannot_read_shows_its_sentence(users, client_for, super_complaint):
    page = upload(client_for(users.inspector), b"%PDF-1.4\nthis is not really a PDF\n%%EOF\n", "broken.pdf")
    assert page.status_code == 200
    assert "govuk-error-summary" in page.content.decode()
    assert not RecommendationProposal.objects.exists()


def queries_of(client) -> int:
    """The queries one review page takes (counted as they run: the request resets Django's query log)."""
    from django.db import connection
    count = []
    with connection.execute_wrapper(lambda execute, sql, params, many, ctx: count.append(sql) or execute(
            sql, params, many, ctx)):
        assert review(client).status_code == 200
    return len(count)


def test_the_review_page_takes_the_same_queries_however_many_proposals(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, REPORT_TEXT, "safer-streets.txt")
    decide(client, "accept", proposal("1"))
    review(client)
    few = queries_of(client)
    upload(client, REPORT_HTML, "safer-streets.html")
    decide(client, "accept", proposal("7"))
    decide(client, "reject", proposal("8"))
    Recommendation.objects.create(
        super_complaint=super_complaint, number="8", text="Another.", recipient_classes=["npcc"]
    )
    assert (
        RecommendationProposal.objects.filter(super_complaint=super_complaint).count() == 3
    )  # 2, pending, was replaced
    assert 0 < queries_of(client) == few


def test_proposed_text_is_escaped(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, b"Recommendations\n\nRecommendation 1: Chief constables should stop <script>alert(1)</script>.\n",
           "r.txt")
    html = review(client).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_a_decided_proposal_cannot_be_edited(users, client_for, super_complaint):
    client = client_for(users.inspector)
    upload(client, REPORT_TEXT, "safer-streets.txt")
    one = proposal("1")
    decide(client, "reject", one)
    url = reverse("ingestion:proposal_edit", args=[SLUG, one.pk])
    assert client.get(url)["Location"] == reverse("ingestion:report_review", args=[SLUG])
    page = client.post(url, {"number": "1", "text_status": "verbatim", "text": "Chief constables should act.",
                             "recipient_classes": ["chief_constables"]})
    assert page.status_code == 200 and "already decided" in page.content.decode()
    assert not Recommendation.objects.filter(super_complaint=super_complaint).exists()


def test_an_edit_may_not_renumber_onto_another_recommendation(users, client_for, super_complaint):
    client = client_for(users.inspector)
    other = Recommendation.objects.create(
        super_complaint=super_complaint, number="5", text="Five.", recipient_classes=["npcc"]
    )
    upload(client, REPORT_TEXT, "safer-streets.txt")
    one = proposal("1")
    page = client.post(reverse("ingestion:proposal_edit", args=[SLUG, one.pk]),
                       {"number": "5", "text_status": "verbatim", "text": "Chief constables should act.",
                        "recipient_classes": ["chief_constables"]})
    assert page.status_code == 200 and "already has a recommendation 5" in page.content.decode()
    other.refresh_from_db()
    assert other.text == "Five." and proposal("1").pk == one.pk
