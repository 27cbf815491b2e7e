"""The sign-in audit log: what is recorded, and the page only the inspectorate can read."""
import pytest
from django.test import Client

from rectrack.accounts import audit
from rectrack.accounts.models import SignInEvent
from tests.support.users import PASSWORD

LOG = "/accounts/sign-in-log/"
UA = "Mozilla/5.0 (test browser)"


def sign_in(client, username, password, address="10.5.0.1"):
    return client.post("/accounts/sign-in/", {"username": username, "password": password},
                       REMOTE_ADDR=address, headers={"User-Agent": UA})


def test_successes_failures_and_lock_outs_are_recorded(users):
    own = Client()
    sign_in(own, "sussex-editor", PASSWORD)
    own.post("/accounts/sign-out/")
    client = Client()  # another browser (the first one is now a known browser, with its own count)
    for _ in range(5):
        sign_in(client, "sussex-editor", "wrong")
    sign_in(client, "sussex-editor", PASSWORD)
    sign_in(client, "no-such-user", "wrong", address="10.5.0.2")
    events = list(SignInEvent.objects.order_by("pk"))
    assert [e.outcome for e in events] == ["success", "signed_out"] + ["failure"] * 5 + ["locked_out", "failure"]
    success, *_, locked, unknown = events
    assert (success.user, success.username, success.address, success.user_agent) == (
        users.sussex_editor, "sussex-editor", "10.5.0.1", UA)
    assert locked.user == users.sussex_editor and locked.detail == "Locked for 15 minutes"
    assert unknown.user is None and unknown.username == "no-such-user" and unknown.address == "10.5.0.2"


def test_what_was_typed_is_stored_safely(db):
    event = audit.record(audit.Outcome.FAILURE, None, username="evil\x00name" + "x" * 500)
    assert "\x00" not in event.username and len(event.username) == 150


@pytest.mark.parametrize("who, status", [(None, 302), ("sussex_editor", 403), ("liberty", 403), ("inspector", 200)])
def test_only_the_inspectorate_can_read_the_log(users, client_for, who, status):
    audit.record(audit.Outcome.FAILURE, None, username="secret-name")
    response = client_for(getattr(users, who) if who else None).get(LOG)
    assert response.status_code == status
    assert (b"secret-name" in response.content) is (status == 200)


def test_the_log_is_filterable_by_outcome_and_user(users, client_for):
    client = client_for(users.inspector)
    SignInEvent.objects.all().delete()  # the inspector's own sign-in
    audit.record(audit.Outcome.SUCCESS, None, user=users.sussex_editor)
    audit.record(audit.Outcome.FAILURE, None, username="Sussex-Editor")
    audit.record(audit.Outcome.FAILURE, None, username="liberty-user", user=users.liberty)

    def usernames(**query):
        page = client.get(LOG, query)
        return sorted(e.username for e in page.context["events"])

    assert usernames() == ["Sussex-Editor", "liberty-user", "sussex-editor"]
    assert usernames(outcome="failure") == ["Sussex-Editor", "liberty-user"]
    assert usernames(user="sussex-editor") == ["Sussex-Editor", "sussex-editor"]
    assert usernames(outcome="failure", user="SUSSEX-EDITOR") == ["Sussex-Editor"]
    bad = client.get(LOG, {"outcome": "nonsense"})
    assert bad.status_code == 200 and b"govuk-error-summary" in bad.content


def test_the_log_is_paged_with_a_constant_number_of_queries(users, client_for, django_assert_max_num_queries):
    SignInEvent.objects.bulk_create([SignInEvent(outcome="failure", username=f"u{i}", user=users.liberty)
                                     for i in range(120)])
    client = client_for(users.inspector)
    with django_assert_max_num_queries(6):
        first = client.get(LOG, {"outcome": "failure"})
    assert len(first.context["events"]) == 50
    html = first.content.decode()
    assert 'href="?outcome=failure&amp;page=2"' in html and "Page 1 of 3" in html
    with django_assert_max_num_queries(6):
        last = client.get(LOG, {"outcome": "failure", "page": 3})
    assert len(last.context["events"]) == 20


def test_user_supplied_text_is_escaped(users, client_for):
    audit.record(audit.Outcome.FAILURE, None, username="<script>alert(1)</script>")
    html = client_for(users.inspector).get(LOG).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
