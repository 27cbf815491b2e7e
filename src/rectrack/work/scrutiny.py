"""PCC scrutiny: a policing body comments on its force's responses and signs them off before publication.

Who scrutinises: an editor of a policing body (a PCC or equivalent) paired with the response's organisation (the
force it oversees, or a pair the inspectorate linked: ``organisations.selectors.partners``). Who reads it: whoever
may read the response's working copy (``Viewer.sees_internal``): the force, the policing body and the
inspectorate. A sign-off is of the response as it stood (its version): a later change makes it out of date.
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from rectrack.core import validators
from rectrack.core.vocabulary import WorkflowState
from rectrack.organisations.models import Organisation
from rectrack.organisations.selectors import partners
from rectrack.responses.models import Response
from rectrack.responses.selectors import viewer_for
from rectrack.work import notifications
from rectrack.work.models import ScrutinyEntry

MAX_TEXT = 10_000
# Scrutiny is of a response before it is published: a draft, one submitted or returned (a revision of a
# published response is a draft again, ADR 0012).
OPEN_STATES = (WorkflowState.DRAFT, WorkflowState.SUBMITTED, WorkflowState.RETURNED)


def can_scrutinise(user, response: Response) -> bool:
    if not getattr(user, "is_org_editor", False):
        return False
    org = user.organisation
    return org.kind == Organisation.Kind.POLICING_BODY and response.organisation_id in partners(org.pk)


def entries(user, response: Response) -> list[ScrutinyEntry]:
    """The scrutiny of a response, for those who may read its working copy; nothing for anyone else."""
    if not viewer_for(user).sees_internal(response.organisation_id):
        return []
    return list(ScrutinyEntry.objects.filter(response=response).select_related("organisation", "by"))


def current_sign_off(found: list[ScrutinyEntry], response: Response) -> ScrutinyEntry | None:
    """The latest sign-off if the response has not changed since."""
    signed = [e for e in found if e.kind == ScrutinyEntry.Kind.SIGN_OFF]
    return signed[-1] if signed and signed[-1].response_version == response.version else None


@transaction.atomic
def record(*, user, response: Response, text: str = "", sign_off: bool = False) -> ScrutinyEntry:
    """A comment (text required) or a sign-off (text optional) on the response as it stands now."""
    response = Response.objects.select_for_update().get(pk=response.pk)
    if not can_scrutinise(user, response):
        raise PermissionDenied("Only the policing body that oversees this organisation can scrutinise its responses.")
    if response.state not in OPEN_STATES:
        raise ValidationError("Scrutiny comes before publication: this response is "
                              f"{response.get_state_display().lower()}.")
    text = validators.text(text, "The comment", max_length=MAX_TEXT, field="text").strip()
    if not sign_off and not text:
        raise ValidationError({"text": "Enter your comment."})
    entry = ScrutinyEntry.objects.create(
        response=response, organisation_id=user.organisation_id, by=user, text=text,
        kind=ScrutinyEntry.Kind.SIGN_OFF if sign_off else ScrutinyEntry.Kind.COMMENT,
        response_version=response.version)
    notifications.scrutinised(entry, user)
    return entry
