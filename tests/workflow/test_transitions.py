"""Permissioned transitions: allowed per role, refused otherwise, each recorded with who, when and why."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rectrack.accounts.services import create_user
from rectrack.core.vocabulary import WorkflowState as S
from rectrack.organisations.models import Organisation
from rectrack.responses.models import Response
from rectrack.responses.services import record_adequacy, update_response
from rectrack.workflow import transitions as registry
from rectrack.workflow.models import Transition
from rectrack.workflow.services import transition


@pytest.fixture
def draft(rec, sussex, make_response):
    return make_response(rec, sussex)


def _reload(response):
    return Response.objects.get(pk=response.pk)


def test_full_cycle_is_recorded(users, draft):
    t1 = transition(users.sussex_editor, draft, S.SUBMITTED, "Signed off by the ACC")
    t2 = transition(users.inspector, draft, S.RETURNED, "Please say what you have done about 4e.")
    t3 = transition(users.sussex_editor, draft, S.SUBMITTED)
    t4 = transition(users.inspector, draft, S.PUBLISHED)
    assert _reload(draft).state == S.PUBLISHED
    log = list(Transition.objects.filter(response=draft))
    assert [(t.from_state, t.to_state, t.by, t.name) for t in log] == [
        (S.DRAFT, S.SUBMITTED, users.sussex_editor, "submit"),
        (S.SUBMITTED, S.RETURNED, users.inspector, "return"),
        (S.RETURNED, S.SUBMITTED, users.sussex_editor, "resubmit"),
        (S.SUBMITTED, S.PUBLISHED, users.inspector, "publish"),
    ]
    assert [t1, t2, t3, t4] == log and log[0].comment == "Signed off by the ACC" and all(t.at for t in log)
    latest = _reload(draft).history.first()
    assert (latest.state, latest.history_user, latest.history_change_reason) == (
        S.PUBLISHED,
        users.inspector,
        "Publish",
    )
    returned = _reload(draft).history.filter(state=S.RETURNED).first()
    assert returned.history_change_reason == "Return to the organisation: Please say what you have done about 4e."


def test_editor_cannot_publish(users, draft):
    transition(users.sussex_editor, draft, S.SUBMITTED)
    with pytest.raises(PermissionDenied):
        transition(users.sussex_editor, draft, S.PUBLISHED)
    with pytest.raises(PermissionDenied):
        transition(users.sussex_editor, draft, S.RETURNED, "I changed my mind")
    assert _reload(draft).state == S.SUBMITTED
    assert Transition.objects.filter(response=draft).count() == 1


def test_designated_body_cannot_submit(users, draft):
    with pytest.raises(PermissionDenied):
        transition(users.liberty, draft, S.SUBMITTED)
    assert _reload(draft).state == S.DRAFT and not Transition.objects.exists()


def test_editor_of_another_organisation_cannot_submit(users, draft):
    with pytest.raises(PermissionDenied):
        transition(users.northumbria_editor, draft, S.SUBMITTED)


def test_anonymous_cannot_transition(draft):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        transition(AnonymousUser(), draft, S.SUBMITTED)


def test_return_needs_a_comment(users, draft):
    transition(users.sussex_editor, draft, S.SUBMITTED)
    with pytest.raises(ValidationError) as e:
        transition(users.inspector, draft, S.RETURNED, "   ")
    assert "comment" in e.value.message_dict
    assert _reload(draft).state == S.SUBMITTED


def test_no_skipping_the_rules(users, draft):
    with pytest.raises(ValidationError):
        transition(users.inspector, draft, S.PUBLISHED)  # draft -> published is not a transition
    with pytest.raises(ValidationError):
        transition(users.inspector, draft, "archived")
    assert _reload(draft).state == S.DRAFT


def test_stale_object_uses_the_current_state(users, draft):
    stale = Response.objects.get(pk=draft.pk)
    transition(users.sussex_editor, draft, S.SUBMITTED)
    with pytest.raises(ValidationError):
        transition(users.sussex_editor, stale, S.SUBMITTED)  # already submitted


def test_empty_response_cannot_be_submitted(users, rec, sussex, make_response):
    empty = make_response(rec, sussex, narrative="")
    with pytest.raises(ValidationError):
        transition(users.sussex_editor, empty, S.SUBMITTED)


def test_joint_partner_editor_cannot_submit(users, rec8, sussex, make_response):
    """A joint answer counts for the PCC, but only the force (or the inspectorate) moves it on."""
    pcc_editor = create_user(username="pcc-editor", password="x", role="org_editor", organisation_id="sussex-pcc",
                             validate=False)
    response = make_response(rec8, sussex, counts_for=[Organisation.objects.get(pk="sussex-pcc")])
    with pytest.raises(PermissionDenied):
        transition(pcc_editor, response, S.SUBMITTED)
    assert _reload(response).state == S.DRAFT


def test_revision_then_withdrawal(users, draft):
    transition(users.sussex_editor, draft, S.SUBMITTED)
    transition(users.inspector, draft, S.PUBLISHED)
    first = _reload(draft).published_version
    update_response(user=users.sussex_editor, response=draft, data={"narrative": "Training delivered"})
    transition(users.sussex_editor, draft, S.SUBMITTED)
    transition(users.inspector, draft, S.PUBLISHED)
    second = _reload(draft).published_version
    assert (first.number, second.number, second.narrative) == (1, 2, "Training delivered")
    with pytest.raises(PermissionDenied):
        transition(users.sussex_editor, draft, S.WITHDRAWN, "withdraw")
    with pytest.raises(ValidationError):
        transition(users.inspector, draft, S.WITHDRAWN, "")  # withdrawing needs a reason
    transition(users.inspector, draft, S.WITHDRAWN, "Contains a victim's name")
    response = _reload(draft)
    assert (response.state, response.published_version) == (S.WITHDRAWN, None)
    assert all(v.withdrawn_at for v in response.versions.all())
    transition(users.sussex_editor, draft, S.SUBMITTED)  # it can come back, through the inspectorate again
    assert _reload(draft).state == S.SUBMITTED and _reload(draft).published_version is None


def test_editing_a_published_response_starts_a_revision(users, draft):
    transition(users.sussex_editor, draft, S.SUBMITTED)
    transition(users.inspector, draft, S.PUBLISHED)
    published = _reload(draft).published_version
    update_response(user=users.sussex_editor, response=draft, data={"narrative": "Updated narrative"})
    response = _reload(draft)
    assert response.state == S.DRAFT and response.published_version == published  # the public still sees it
    assert published.narrative == "We have done this." and response.narrative == "Updated narrative"
    assert response.history.first().history_user == users.sussex_editor


def test_a_submitted_response_is_locked(users, draft):
    transition(users.sussex_editor, draft, S.SUBMITTED)
    with pytest.raises(ValidationError) as e:
        update_response(user=users.sussex_editor, response=draft, data={"narrative": "Sneaky change"})
    assert e.value.code == "locked"
    assert _reload(draft).narrative == "We have done this."


def test_available_transitions_per_role(users, draft):
    assert [r.name for r in registry.available(users.sussex_editor, draft)] == ["submit"]
    assert [r.name for r in registry.available(users.northumbria_editor, draft)] == []
    assert [r.name for r in registry.available(users.liberty, draft)] == []
    transition(users.sussex_editor, draft, S.SUBMITTED)
    draft.refresh_from_db()
    assert [r.name for r in registry.available(users.inspector, draft)] == ["publish", "return"]
    assert registry.available(users.sussex_editor, draft) == []
    assert users.inspector.has_perm("workflow.publish_response", draft)
    assert not users.sussex_editor.has_perm("workflow.publish_response", draft)


def test_every_state_has_a_way_forward():
    for state in S:
        assert registry.from_state(state), state
    assert len(registry.BY_STATES) == len(registry.REGISTRY)


def test_adequacy_only_on_published_responses(users, draft):
    with pytest.raises(ValidationError):
        record_adequacy(user=users.liberty, response=draft, verdict="inadequate", comment="Too vague")
    transition(users.sussex_editor, draft, S.SUBMITTED)
    with pytest.raises(ValidationError):
        record_adequacy(user=users.liberty, response=_reload(draft), verdict="inadequate", comment="Too vague")
    transition(users.inspector, draft, S.PUBLISHED)
    view = record_adequacy(user=users.liberty, response=_reload(draft), verdict="inadequate", comment="Too vague")
    assert view.designated_body_id == "liberty" and view.comment == "Too vague"
