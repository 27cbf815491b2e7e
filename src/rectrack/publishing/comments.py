"""A commissioner's overall comments on the response record (``OverallComment``, ADR 0019).

Written by an editor of the policing body (or the inspectorate) as a working copy; published only when that
person chooses to ("Save and publish"), which copies the text to what the public record shows. Publishing an
empty text takes the comments off the public record. Every save carries the version it started from.
"""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from rectrack.complaints.models import SuperComplaint
from rectrack.core import validators
from rectrack.core.audit import attach_history_user, bump_version, check_version, require
from rectrack.organisations.models import Organisation
from rectrack.publishing.models import OverallComment

MAX_TEXT = 20_000


def can_write(user, organisation: Organisation) -> bool:
    """The commissioner's own editors, or the inspectorate; only a policing body has overall comments."""
    if organisation is None or organisation.kind != Organisation.Kind.POLICING_BODY or not getattr(
            user, "is_authenticated", False):
        return False
    return bool(user.is_inspectorate or (user.is_org_editor and user.organisation_id == organisation.pk))


def current(super_complaint: SuperComplaint, organisation: Organisation) -> OverallComment | None:
    return OverallComment.objects.filter(super_complaint=super_complaint, organisation=organisation).first()


def published(super_complaint: SuperComplaint, organisation: Organisation | None) -> OverallComment | None:
    """The comments as the public record shows them (None when none are published)."""
    if organisation is None:
        return None
    return (OverallComment.objects.filter(super_complaint=super_complaint, organisation=organisation)
            .exclude(published_text="").first())


@transaction.atomic
def save(*, user, super_complaint: SuperComplaint, organisation: Organisation, text: str, publish: bool,
         expected_version: int | None) -> OverallComment:
    require(user, "publishing.write_overall_comment", organisation,
            "Only the commissioner's own editors and the inspectorate can write its overall comments.")
    text = validators.text(text, "The overall comments", max_length=MAX_TEXT, field="text").strip()
    comment, created = OverallComment.objects.select_for_update().get_or_create(
        super_complaint=super_complaint, organisation=organisation)
    if not created:
        # No version means the form was opened before any comments existed (version 0): someone saved first.
        check_version(comment, expected_version if expected_version is not None else 0,
                      what="These overall comments", fields=["text", "published_text"])
    comment.text = text
    if publish:
        comment.published_text = text
        comment.published_at = timezone.now() if text else None
    if not created:
        bump_version(comment)
    attach_history_user(comment, user, "Published" if publish else "Saved")
    comment.save()
    return comment

