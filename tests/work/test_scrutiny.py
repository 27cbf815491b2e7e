"""PCC scrutiny: the policing body comments on and signs off its force's responses before publication; only the
force, the policing body and the inspectorate read it."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from rectrack.responses import services as responses
from rectrack.work import scrutiny
from rectrack.work.models import ScrutinyEntry
from tests.responses.factories import make_response
from tests.support.record import publish
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def pcc(users):
    return make_user("sussex-pcc-editor", "org_editor", "sussex-pcc")


@pytest.fixture
def draft(users):
    return make_response(users.sussex_editor, "1", "sussex-police", published=False)


def test_the_pcc_comments_and_signs_off(users, client_for, pcc, draft):
    client = client_for(pcc)
    url = reverse("work:scrutiny", args=[draft.pk])
    assert client.post(url, {"action": "comment", "text": ""}).status_code == 400  # a comment needs words
    assert client.post(url, {"action": "comment", "text": "Say who <owns> the training."}).status_code == 302
    assert client.post(url, {"action": "sign_off", "text": ""}).status_code == 302
    kinds = list(ScrutinyEntry.objects.filter(response=draft).values_list("kind", flat=True))
    assert kinds == ["comment", "sign_off"]
    # The force reads it on its response page, escaped, and signed off as it stands.
    page = client_for(users.sussex_editor).get(draft.get_absolute_url()).content.decode()
    assert "Say who &lt;owns&gt; the training." in page and "Signed off" in page
    # The PCC's home lists the force's response as signed off.
    assert "Responses to scrutinise" in client_for(pcc).get("/work/").content.decode()


def test_a_change_makes_the_sign_off_out_of_date(users, pcc, draft):
    scrutiny.record(user=pcc, response=draft, sign_off=True)
    assert scrutiny.current_sign_off(scrutiny.entries(pcc, draft), draft) is not None
    responses.update_response(user=users.sussex_editor, response=draft, data={"narrative": "Changed."},
                              expected_version=draft.version)
    draft.refresh_from_db()
    assert scrutiny.current_sign_off(scrutiny.entries(pcc, draft), draft) is None


def test_nobody_else_reads_or_writes_it(users, client_for, pcc, draft):
    scrutiny.record(user=pcc, response=draft, text="PRIVATE-SCRUTINY")
    for outsider in (users.northumbria_editor, users.liberty):
        assert scrutiny.entries(outsider, draft) == []
        with pytest.raises(PermissionDenied):
            scrutiny.record(user=outsider, response=draft, text="Me too")
    # The force itself does not scrutinise its own response.
    with pytest.raises(PermissionDenied):
        scrutiny.record(user=users.sussex_editor, response=draft, text="Self-review")
    assert client_for(users.northumbria_editor).get(reverse("work:scrutiny", args=[draft.pk])).status_code == 404
    assert client_for(users.inspector).get(reverse("work:scrutiny", args=[draft.pk])).status_code == 403
    assert "PRIVATE-SCRUTINY" in client_for(users.inspector).get(draft.get_absolute_url()).content.decode()
    published = publish(draft)[0]
    public = client_for(None).get(reverse("responses:detail", args=[published.pk])).content.decode()
    assert "PRIVATE-SCRUTINY" not in public


def test_scrutiny_comes_before_publication(pcc, draft):
    published = publish(draft)[0]
    with pytest.raises(ValidationError):
        scrutiny.record(user=pcc, response=published, text="Too late")


def test_the_force_is_told_and_nobody_else(users, pcc, draft, django_capture_on_commit_callbacks):
    from django.core import mail

    for user, address in ((users.sussex_editor, "sussex@example.org"), (users.northumbria_editor, "n@example.org"),
                          (users.liberty, "liberty@example.org"), (pcc, "pcc@example.org")):
        user.email = address
        user.save()
    with django_capture_on_commit_callbacks(execute=True):
        scrutiny.record(user=pcc, response=draft, text="PRIVATE words", sign_off=True)
    [message] = mail.outbox
    assert message.to == ["sussex@example.org"] and "signed off" in message.subject
    assert "PRIVATE" not in message.body
