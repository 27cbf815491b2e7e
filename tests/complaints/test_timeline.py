"""The life of a super-complaint: seeded from the catalogue, editable by the inspectorate, public, in the API."""
import pytest
from django.urls import reverse

from rectrack.complaints.models import SuperComplaint, TimelineEvent
from rectrack.complaints.selectors import timeline

pytestmark = pytest.mark.django_db


def test_seeded_from_the_catalogue_in_date_order(reference_data):
    super_complaint = SuperComplaint.objects.get(pk="safe-to-share")
    entries = timeline(super_complaint)
    kinds = [e.kind.value for e in entries]
    assert kinds[0] == "received" and "report_published" in kinds and "follow_up" in kinds
    assert [e.sort_date for e in entries] == sorted(e.sort_date for e in entries)
    follow = [e for e in entries if e.kind == "follow_up"]
    assert follow[0].date == "2021-11-24" and "recommendations 1, 4 and 5" in follow[0].description
    assert any(e.kind == "response_deadline" and "recommendation 8" in e.description for e in entries)
    assert super_complaint.status == "published" and super_complaint.sources


def test_reloading_does_not_add_the_seeded_events_twice(reference_data):
    from django.core.management import call_command

    before = TimelineEvent.objects.count()
    assert before > 0
    call_command("load_reference", verbosity=0)
    assert TimelineEvent.objects.count() == before


def test_the_inspectorate_records_an_eligibility_decision_shown_publicly_and_in_the_api(users, client_for):
    client = client_for(users.inspector)
    page = client.post(reverse("catalogue:timeline", args=["safe-to-share"]), {
        "kind": "eligibility", "date": "2019-02-05", "description": "Decision <script>x</script>",
        "outcome": "Eligible"})
    assert page.status_code == 302
    event = TimelineEvent.objects.get(kind="eligibility")
    assert event.history.latest().history_user == users.inspector
    public = client_for(None).get(reverse("publishing:complaint", args=["safe-to-share"])).content.decode()
    assert "Eligibility decision" in public and "Eligible" in public
    assert "<script>x</script>" not in public and "&lt;script&gt;" in public
    api = client_for(None).get("/api/super-complaints/safe-to-share/timeline").json()
    assert api["status"] == "published"
    eligibility = [e for e in api["entries"] if e["kind"] == "eligibility"]
    assert eligibility == [{"kind": "eligibility", "label": "Eligibility decision", "date": "2019-02-05",
                            "description": "Decision <script>x</script>", "outcome": "Eligible"}]


def test_bad_event_changes_nothing(users, client_for):
    before = TimelineEvent.objects.count()
    page = client_for(users.inspector).post(reverse("catalogue:timeline", args=["safe-to-share"]), {
        "kind": "eligibility", "date": "5 Feb", "description": "x"})
    assert page.status_code == 200 and "YYYY-MM-DD" in page.content.decode()
    assert TimelineEvent.objects.count() == before
    assert client_for(users.sussex_editor).post(reverse("catalogue:timeline", args=["safe-to-share"]), {
        "kind": "closure", "date": "2026-01-01", "description": "x"}).status_code == 403


def test_closure_closes_and_an_event_can_be_deleted(users, client_for):
    client = client_for(users.inspector)
    client.post(reverse("catalogue:timeline", args=["safe-to-share"]), {
        "kind": "closure", "date": "2026-01", "description": "All recommendations discharged"})
    super_complaint = SuperComplaint.objects.get(pk="safe-to-share")
    assert super_complaint.status == "closed"
    event = TimelineEvent.objects.get(kind="closure")
    assert client.post(reverse("catalogue:event_delete", args=["safe-to-share", event.pk]),
                       {"version": event.version}).status_code == 302
    assert not TimelineEvent.objects.filter(pk=event.pk).exists()
    assert event.history.filter(history_type="-").exists()
