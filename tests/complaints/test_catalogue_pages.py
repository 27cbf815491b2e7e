"""The inspectorate's catalogue pages: the list, super-complaints and recommendations, fan-out at once,
history, and bad input that changes nothing."""
import pytest
from django.urls import reverse

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.tracker.models import Standing

pytestmark = pytest.mark.django_db


def rec_data(**overrides):
    data = {"number": "9", "text_status": "verbatim", "text": "Chief constables should publish a plan.",
            "recipient_classes": ["chief_constables"], "parts": "9.1 Publish it\n9.2 Review it",
            "update_due_0": "27", "update_due_1": "3", "update_due_2": "2025"}
    data.update(overrides)
    return data


def test_only_the_inspectorate_sees_the_catalogue(users, client_for):
    assert client_for(users.sussex_editor).get(reverse("catalogue:list")).status_code == 403
    assert client_for(None).get(reverse("catalogue:list")).status_code == 302
    page = client_for(users.inspector).get(reverse("catalogue:list"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Policing and immigration status" in text
    assert "Text not yet recorded" in text  # safe-to-share recommendation 7


def test_the_list_counts_recommendations_text_and_recipients(users):
    from rectrack.complaints.selectors import catalogue_rows

    row = next(r for r in catalogue_rows() if r.super_complaint.slug == "safe-to-share")
    assert row.recommendations == 8
    assert row.text_unknown == 1 and row.summary == 2 and row.verbatim == 5
    assert row.pairs == Recipient.objects.filter(recommendation__super_complaint="safe-to-share").count()


def test_the_list_takes_the_same_queries_however_many_super_complaints(
    users, client_for, django_assert_max_num_queries
):
    client = client_for(users.inspector)
    client.get(reverse("catalogue:list"))
    with django_assert_max_num_queries(12):
        client.get(reverse("catalogue:list"))


def test_adding_a_recommendation_fans_out_at_once_and_is_in_the_history(users, client_for):
    page = client_for(users.inspector).post(reverse("catalogue:recommendation_create", args=["safe-to-share"]),
                                            rec_data())
    assert page.status_code == 302
    rec = Recommendation.objects.get(super_complaint="safe-to-share", number="9")
    assert rec.parts == [{"id": "9.1", "text": "Publish it"}, {"id": "9.2", "text": "Review it"}]
    assert rec.update_due.isoformat() == "2025-03-27"
    forces = Organisation.objects.filter(kind="force").count()
    assert rec.recipients.count() == forces
    assert Standing.objects.filter(recommendation=rec).count() == forces  # the read model followed
    entry = rec.history.latest()
    assert entry.history_user == users.inspector and entry.history_change_reason == "Added in the service"


def test_changing_recipients_changes_the_fan_out(users, client_for):
    client = client_for(users.inspector)
    client.post(reverse("catalogue:recommendation_create", args=["safe-to-share"]), rec_data())
    rec = Recommendation.objects.get(super_complaint="safe-to-share", number="9")
    page = client.post(reverse("catalogue:recommendation_edit", args=["safe-to-share", "9"]), rec_data(
        recipient_classes=["home_office"], named_bodies=["sussex-police"], version=rec.version))
    assert page.status_code == 302
    assert set(rec.recipients.values_list("organisation_id", flat=True)) == {"home-office", "sussex-police"}
    assert set(Standing.objects.filter(recommendation=rec).values_list("organisation_id", flat=True)) == {
        "home-office", "sussex-police"}


def test_unknown_recipients_owe_nothing_and_say_so(users, client_for):
    client = client_for(users.inspector)
    client.post(reverse("catalogue:recommendation_create", args=["safe-to-share"]),
                rec_data(recipient_classes=[], text_status="unknown", text=""))
    rec = Recommendation.objects.get(super_complaint="safe-to-share", number="9")
    assert not rec.recipients.exists() and not rec.text_known
    page = client.get(rec.get_absolute_url()).content.decode()
    assert "Text not yet recorded" in page and "Recipients not yet recorded" in page
    api = client_for(None).get("/api/recommendations/safe-to-share/9").json()
    assert api["text"] is None and api["recipient_classes"] is None and api["text_status"] == "unknown"


@pytest.mark.parametrize("overrides, field, message", [
    ({"number": "1"}, "number", "already has a recommendation 1"),
    ({"number": "a b/c"}, "number", "number as the report gives it"),
    ({"text": ""}, "text", "Enter the recommendation"),
    ({"parts": "no number here"}, "parts", "must start with the part"),
    ({"recipient_classes": ["wizards"]}, "recipient_classes", "wizards"),
    ({"update_due_0": "31", "update_due_1": "2"}, "update_due", "must be a real date"),
])
def test_bad_input_gets_a_clear_error_and_changes_nothing(users, client_for, overrides, field, message):
    before = (Recommendation.objects.count(), Recipient.objects.count(), Recommendation.history.count())
    page = client_for(users.inspector).post(reverse("catalogue:recommendation_create", args=["safe-to-share"]),
                                            rec_data(**overrides))
    assert page.status_code == 200
    assert message in " ".join(page.context["form"].errors.get(field, [])) + str(page.context["form"].errors)
    assert (Recommendation.objects.count(), Recipient.objects.count(), Recommendation.history.count()) == before


def test_a_stale_edit_is_refused(users, client_for):
    rec = Recommendation.objects.get(super_complaint="safe-to-share", number="2")
    client = client_for(users.inspector)
    data = rec_data(number="2", recipient_classes=["home_office"], text="First edit.", version=rec.version)
    assert client.post(reverse("catalogue:recommendation_edit", args=["safe-to-share", "2"]), data).status_code == 302
    page = client.post(reverse("catalogue:recommendation_edit", args=["safe-to-share", "2"]),
                       {**data, "text": "Second edit from an old page."})
    assert page.status_code == 200 and "Someone else changed this recommendation" in page.content.decode()
    rec.refresh_from_db()
    assert rec.text == "First edit."


def test_retiring_keeps_the_recommendation_and_says_so(users, client_for):
    rec = Recommendation.objects.get(super_complaint="safe-to-share", number="6")
    client = client_for(users.inspector)
    url = reverse("catalogue:recommendation_retire", args=["safe-to-share", "6"])
    page = client.post(url, {"retired_on_0": "1", "retired_on_1": "6", "retired_on_2": "2024", "reason": "",
                             "version": rec.version})
    assert page.status_code == 200 and "Say why" in page.content.decode()
    page = client.post(url, {"retired_on_0": "1", "retired_on_1": "6", "retired_on_2": "2024",
                             "reason": "Superseded by recommendation 9", "version": rec.version})
    assert page.status_code == 302
    rec.refresh_from_db()
    assert rec.retired and rec.retired_reason == "Superseded by recommendation 9"
    assert "Retired" in client.get(rec.get_absolute_url()).content.decode()


def test_creating_and_editing_a_super_complaint(users, client_for):
    client = client_for(users.inspector)
    page = client.post(reverse("catalogue:create"), {"slug": "new-one", "title": "A new <b>super-complaint</b>",
                                                     "designated_bodies": ["liberty"], "received": "2026-02",
                                                     "status": "received"})
    assert page.status_code == 302
    super_complaint = SuperComplaint.objects.get(slug="new-one")
    assert super_complaint.short_title == "A new <b>super-complaint</b>" and super_complaint.received == "2026-02"
    assert "A new &lt;b&gt;super-complaint&lt;/b&gt;" in client.get(reverse("catalogue:list")).content.decode()
    page = client.post(reverse("catalogue:edit", args=["new-one"]), {
        "title": "Renamed", "received": "last week", "version": super_complaint.version})
    assert page.status_code == 200 and "YYYY" in page.content.decode()
    assert SuperComplaint.objects.get(slug="new-one").title != "Renamed"
    page = client.post(reverse("catalogue:create"), {"slug": "new-one", "title": "Again", "status": "received"})
    assert "already a super-complaint" in page.content.decode()


def test_others_cannot_change_the_catalogue(users, client_for):
    client = client_for(users.sussex_editor)
    assert (
        client.post(reverse("catalogue:recommendation_create", args=["safe-to-share"]), rec_data()).status_code == 403
    )
    assert not Recommendation.objects.filter(super_complaint="safe-to-share", number="9").exists()
