"""Reads of the workflow's own records: deadline extensions and the reminder log."""
from rectrack.workflow.models import DeadlineExtension, ReminderLog


def extensions_for(*, super_complaint=None, organisation=None):
    qs = DeadlineExtension.objects.select_related("recommendation__super_complaint", "organisation", "granted_by")
    if super_complaint is not None:
        qs = qs.filter(recommendation__super_complaint=super_complaint)
    if organisation is not None:
        qs = qs.filter(organisation=organisation)
    return qs.order_by("-granted_at", "-pk")


def reminder_log(*, organisation=None, limit: int = 500):
    qs = ReminderLog.objects.select_related("organisation", "recommendation__super_complaint")
    if organisation:
        qs = qs.filter(organisation=organisation)
    return qs.order_by("-sent_at", "-pk")[:limit]
