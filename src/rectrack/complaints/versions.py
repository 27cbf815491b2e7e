"""The reference-data version (``DataVersion``): bumped by signals, read by the data stamp.

Organisations, super-complaints (their deadline settings included), recommendations (``update_due``),
recipients and joint responses have no timestamp to read; no-response checks and deadline extensions
have ids (a new or deleted one changes the stamp) but may be edited. A save, delete or joint-response
change of any of them bumps the counter in the same transaction as the change, so the web processes and
the background worker all see it once it commits. Changes made with ``QuerySet.update()`` send no signal:
call ``bump()`` after them if they change what the pages show.
"""
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

REFERENCE = "reference"
WATCHED = ("organisations.Organisation", "complaints.SuperComplaint", "complaints.Recommendation",
           "complaints.Recipient", "responses.NoResponseCheck", "workflow.DeadlineExtension")


def bump(*args, **kwargs) -> None:
    """One UPDATE (an INSERT the first time)."""
    from rectrack.complaints.models import DataVersion

    if kwargs.get("action", "post_").startswith("pre_"):
        return  # m2m_changed: only once the rows have changed
    if not DataVersion.objects.filter(name=REFERENCE).update(value=F("value") + 1):
        DataVersion.objects.get_or_create(name=REFERENCE, defaults={"value": 1})


def connect() -> None:
    from django.apps import apps

    for label in WATCHED:
        model = apps.get_model(label)
        post_save.connect(bump, sender=model, dispatch_uid=f"data-version-{label}-save")
        post_delete.connect(bump, sender=model, dispatch_uid=f"data-version-{label}-delete")
    through = apps.get_model("responses.Response").counts_for.through
    m2m_changed.connect(bump, sender=through, dispatch_uid="data-version-joint")
