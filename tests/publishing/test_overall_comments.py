"""A commissioner's overall comments on the response record: written by its own editors (or the inspectorate),
kept unpublished until someone chooses to publish them; the public record and its PDF show the published text
only, the internal record also the working copy (ADR 0019)."""
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from rectrack.complaints.models import SuperComplaint
from rectrack.core.audit import StaleEdit
from rectrack.organisations.models import Organisation
from rectrack.publishing import comments
from tests.support.users import make_user

pytestmark = pytest.mark.django_db
SLUG = "safe-to-share"
DRAFT = "DRAFT-OVERALL: we are still weighing the plan of the force"
FINAL = "PUBLISHED-OVERALL: the commissioner holds the force to account on every recommendation"


@pytest.fixture
def pcc(users):
    return make_user("sussex-pcc-editor", "org_editor", "sussex-pcc")


def _save(user, text, publish=False, version=None, org="sussex-pcc"):
    return comments.save(user=user, super_complaint=SuperComplaint.objects.get(slug=SLUG),
                         organisation=Organisation.objects.get(pk=org), text=text, publish=publish,
                         expected_version=version)


def test_only_the_commissioners_editors_and_the_inspectorate_write_them(users, pcc):
    kent_pcc = make_user("kent-pcc-editor", "org_editor", "kent-pcc")
    for outsider in (users.sussex_editor, users.northumbria_editor, users.liberty, kent_pcc):
        with pytest.raises(PermissionDenied):
            _save(outsider, DRAFT)
    with pytest.raises(PermissionDenied):
        _save(users.inspector, DRAFT, org="sussex-police")  # a force has no overall comments
    assert not comments.OverallComment.objects.exists()
    assert _save(pcc, DRAFT).text == DRAFT
    assert _save(users.inspector, FINAL, version=1).version == 2


def test_a_saved_draft_is_never_public_until_published(client, client_for, users, pcc):
    public_url = reverse("publishing:record", args=[SLUG, "sussex-police"])
    pdf_url = reverse("publishing:record_pdf", args=[SLUG, "sussex-police"])
    comment = _save(pcc, DRAFT)
    assert DRAFT not in client.get(public_url).content.decode()
    assert DRAFT not in client_for(pcc).get(public_url).content.decode()  # the public record, whoever reads
    internal = client_for(pcc).get(reverse("work:record", args=[SLUG, "sussex-police"])).content.decode()
    assert DRAFT in internal and "Not published" in internal

    comment = _save(pcc, FINAL, publish=True, version=comment.version)
    page = client.get(public_url).content.decode()
    assert FINAL in page and DRAFT not in page and "Published by Sussex" in page
    assert "sussex-pcc-editor" not in page  # the organisation speaks, not a username
    assert client.get(pdf_url).status_code == 200

    # A later draft leaves the published text in place until it too is published.
    _save(pcc, DRAFT, version=comment.version)
    page = client.get(public_url).content.decode()
    assert FINAL in page and DRAFT not in page
    # Publishing nothing takes the comments off the record.
    _save(pcc, "", publish=True, version=comment.version + 1)
    assert FINAL not in client.get(public_url).content.decode()


def test_a_stale_save_is_refused_and_changes_nothing(users, pcc):
    first = _save(pcc, DRAFT)
    _save(users.inspector, FINAL, version=first.version)
    with pytest.raises(StaleEdit):
        _save(pcc, "overwrite", version=first.version)
    assert comments.current(first.super_complaint, first.organisation).text == FINAL


def test_the_page_saves_and_publishes_with_the_version(client_for, users, pcc):
    url = reverse("work:overall_comments", args=[SLUG, "sussex-police"])  # the record's address: force or PCC
    assert client_for(users.sussex_editor).get(url).status_code == 403
    assert client_for(None).get(url).status_code == 302  # sign in first
    editor = client_for(pcc)
    assert editor.get(url).status_code == 200
    response = editor.post(url, {"text": DRAFT, "action": "save"})
    assert response.status_code == 302
    comment = comments.OverallComment.objects.get()
    assert comment.text == DRAFT and comment.published_text == ""
    response = editor.post(url, {"text": FINAL, "action": "publish", "version": 1})
    comment.refresh_from_db()
    assert response.status_code == 302 and comment.published_text == FINAL and comment.version == 2
    stale = editor.post(url, {"text": "late", "action": "publish", "version": 1})
    assert stale.status_code == 200 and "govuk-error-summary" in stale.content.decode()
    comment.refresh_from_db()
    assert comment.published_text == FINAL
    assert editor.get(reverse("work:overall_comments", args=[SLUG, "sussex-pcc"])).status_code == 200
    national = reverse("work:overall_comments", args=[SLUG, "home-office"])
    assert client_for(users.inspector).get(national).status_code == 404
    bad = editor.post(url, {"text": "bell\x07", "action": "save", "version": 2})
    assert bad.status_code == 200 and "control characters" in bad.content.decode()
