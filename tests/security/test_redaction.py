"""Redaction (ADR 0012): text the inspectorate removes from a published version is gone from every view (every
route, every reader, the internal history and its simple-history rows, snapshots), and a tombstone says who,
when and why."""
import pytest
from django.test import Client
from django.utils import timezone

from rectrack.publishing.models import SnapshotRow
from rectrack.publishing.snapshots import take_snapshot
from rectrack.responses.models import Redaction, Response, ResponseVersion
from tests.security.conftest import ROLES, marker
from tests.security.routes import ROUTES, body_text, url_for
from tests.support.shared import per_test, rolled_back

SECRET = marker("narr", "published")
REASON = "It names a victim (reason-zx)"


def redact(world) -> None:
    """The published response's narrative, published by mistake, removed through the page by the inspector, after a
    snapshot copied it."""
    world.snapshot = take_snapshot(user=world.people["inspector"], super_complaint=world.super_complaint)
    assert SnapshotRow.objects.filter(snapshot=world.snapshot, narrative__contains=SECRET).exists()
    response = world.responses["published"]
    client = Client()
    client.force_login(world.people["inspector"])
    page = client.post(f"/responses/{response.pk}/versions/1/redact/", {"fields": ["narrative"], "reason": REASON})
    assert page.status_code == 302, page.content.decode()[:2000]


@pytest.fixture(scope="class")
def class_redacted(module_world, module_db):
    """One redaction for the class's tests, which only read (tests/support/shared.py): made in a savepoint of the
    module's transaction and rolled back when the class ends, so the tests after it meet the unredacted world."""
    with rolled_back(module_db):
        redacted = per_test(module_world)
        with module_db():
            redact(redacted)
        yield redacted


@pytest.fixture
def redacted(class_redacted, db):
    return per_test(class_redacted)


class TestAfterARedaction:
    def test_the_text_is_gone_from_the_stored_record(self, redacted):
        response = redacted.responses["published"]
        assert not ResponseVersion.objects.filter(narrative__contains=SECRET).exists()
        assert ResponseVersion.objects.get(response=response, number=1).redacted == ["narrative"]
        assert SECRET not in Response.objects.get(pk=response.pk).narrative
        # The internal history: no simple-history row keeps the text, though the rows themselves remain.
        assert Response.history.filter(id=response.pk).count() > 1
        assert not Response.history.filter(narrative__contains=SECRET).exists()
        assert not SnapshotRow.objects.filter(narrative__contains=SECRET).exists()
        # Only that response's text: the revision's published version is untouched.
        assert ResponseVersion.objects.filter(narrative__contains=marker("narr", "revision")).exists()

    @pytest.mark.parametrize("role", ROLES)
    def test_the_text_is_gone_from_every_view(self, redacted, client_for, role):
        client = client_for(redacted.people.get(role))
        shown = []
        for route in ROUTES:
            for state in ("published",) if route.per_state else (None,):
                url = url_for(route, redacted, state)
                page = client.get(url)
                if page.status_code == 200 and SECRET.encode() in body_text(page):
                    shown.append(url)
        assert not shown, f"{role} still reads the removed text at {shown}"

    @pytest.mark.parametrize("role", ["anonymous", "owner", "inspector"])
    def test_the_tombstone_says_who_when_and_why(self, redacted, client_for, role):
        response = redacted.responses["published"]
        tombstone = Redaction.objects.get(response=response)
        assert tombstone.redacted_by == redacted.people["inspector"] and tombstone.fields == ["narrative"]
        assert tombstone.reason == REASON
        page = client_for(redacted.people.get(role)).get(f"/responses/{response.pk}/").content.decode()
        inspector = redacted.people["inspector"].username
        who = f"{inspector} (the inspectorate)" if role != "anonymous" else "the inspectorate"
        line = f"{timezone.localdate():%-d %B %Y}, from published version 1: What they said removed by {who}. Reason: "
        assert "Text removed by the inspectorate" in page
        assert line + REASON in page.replace("&#x27;", "'")
        if role == "anonymous":
            assert redacted.people["inspector"].username not in page


def test_only_the_inspectorate_redacts_and_a_refusal_changes_nothing(world, client_for):
    response = world.responses["published"]
    for role in ("owner", "paired_pcc", "designated"):
        page = client_for(world.people[role]).post(f"/responses/{response.pk}/versions/1/redact/",
                                                   {"fields": ["narrative"], "reason": "Mine"})
        assert page.status_code in (403, 404), role
    assert ResponseVersion.objects.filter(narrative__contains=SECRET).exists()
    assert not Redaction.objects.exists()


def test_a_redaction_needs_a_reason(world, client_for):
    response = world.responses["published"]
    page = client_for(world.people["inspector"]).post(f"/responses/{response.pk}/versions/1/redact/",
                                                      {"fields": ["narrative"], "reason": ""})
    assert page.status_code == 200
    assert (
        "govuk-error-summary" in page.content.decode()
        and "Enter why the text is being removed" in page.content.decode()
    )
    assert ResponseVersion.objects.filter(narrative__contains=SECRET).exists()
