"""What in the record touches which standings: model signals -> (recommendation, organisation) pairs.

The record does not know the tracker exists (it sits above the record): the tracker listens to saves and
deletes of the models the standings are made of and reports the pairs they touch to
``rectrack.core.projection``, which refreshes them at once or, inside ``projection.batch()``, once at the
end of the batch. Writes that bypass signals (``QuerySet.update()``, ``bulk_create``) must call
``projection.touch`` themselves or rebuild (``rectrack rebuild_tracker``).
"""
from django.db.models.signals import post_delete, post_save

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core import projection
from rectrack.responses.models import JointLink, NoResponseCheck, Response, ResponseVersion
from rectrack.tracker import projector
from rectrack.tracker.models import Standing
from rectrack.workflow.models import DeadlineExtension, Transition


def _response_pairs(response_id: int | None, recommendation_id=None, organisation_id=None) -> set:
    if response_id is None:
        return set()
    if recommendation_id is None:
        found = Response.objects.filter(pk=response_id).values_list("recommendation_id", "organisation_id").first()
        if found is None:
            return set()
        recommendation_id, organisation_id = found
    orgs = {organisation_id, *JointLink.objects.filter(response_id=response_id).values_list("organisation_id",
                                                                                           flat=True)}
    return {(recommendation_id, org) for org in orgs}


def _on_response(sender, instance, **kwargs):
    projection.touch(_response_pairs(instance.pk, instance.recommendation_id, instance.organisation_id))


def _on_response_delete(sender, instance, **kwargs):
    # Its links are deleted with it (cascade, each reporting its own pair); its own pair is reported here.
    projection.touch({(instance.recommendation_id, instance.organisation_id)})


def _on_child_of_response(sender, instance, **kwargs):
    projection.touch(_response_pairs(instance.response_id))


def _on_link(sender, instance, **kwargs):
    rec_id = Response.objects.filter(pk=instance.response_id).values_list("recommendation_id", flat=True).first()
    if rec_id is not None:
        projection.touch({(rec_id, instance.organisation_id)})


def _on_pair_model(sender, instance, **kwargs):
    projection.touch({(instance.recommendation_id, instance.organisation_id)})


def _on_check(sender, instance, **kwargs):
    projection.touch(set(Recipient.objects.filter(recommendation__super_complaint_id=instance.super_complaint_id,
                                                  organisation_id=instance.organisation_id)
                         .values_list("recommendation_id", "organisation_id")))


def _on_recommendation(sender, instance, created=False, **kwargs):
    if not created:  # a new recommendation has no recipients yet: they report themselves
        projection.touch(projector.pairs_of_recommendations([instance.pk]))


def _on_super_complaint(sender, instance, created=False, **kwargs):
    if not created:
        projection.touch(set(Recipient.objects.filter(recommendation__super_complaint_id=instance.pk)
                             .values_list("recommendation_id", "organisation_id")))


def connect() -> None:
    projection.register(projector.refresh)
    post_save.connect(_on_response, sender=Response, dispatch_uid="tracker-response")
    post_delete.connect(_on_response_delete, sender=Response, dispatch_uid="tracker-response-delete")
    for model in (ResponseVersion, Transition):
        post_save.connect(_on_child_of_response, sender=model, dispatch_uid=f"tracker-{model.__name__}")
        post_delete.connect(_on_child_of_response, sender=model, dispatch_uid=f"tracker-{model.__name__}-delete")
    post_save.connect(_on_link, sender=JointLink, dispatch_uid="tracker-link")
    post_delete.connect(_on_link, sender=JointLink, dispatch_uid="tracker-link-delete")
    for model in (Recipient, DeadlineExtension):
        post_save.connect(_on_pair_model, sender=model, dispatch_uid=f"tracker-{model.__name__}")
        post_delete.connect(_on_pair_model, sender=model, dispatch_uid=f"tracker-{model.__name__}-delete")
    post_save.connect(_on_check, sender=NoResponseCheck, dispatch_uid="tracker-check")
    post_delete.connect(_on_check, sender=NoResponseCheck, dispatch_uid="tracker-check-delete")
    post_save.connect(_on_recommendation, sender=Recommendation, dispatch_uid="tracker-recommendation")
    post_save.connect(_on_super_complaint, sender=SuperComplaint, dispatch_uid="tracker-super-complaint")


def rebuild_if_stale(sender, **kwargs) -> None:
    """After migrations: a database whose standings do not match its recipients (an older database, or one
    whose record was loaded without the tracker) is brought up to date."""
    if Standing.objects.count() != Recipient.objects.count():
        projector.rebuild()
