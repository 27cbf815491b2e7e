"""Deadline reminders as each person chose: the daily run (the worker's schedule and ``rectrack send_reminders``
share ``run_deadline_reminders``), and 'send a reminder' from the overdue page, now, with a preview.

The same events, words and log as the daily run (``rectrack.tracker.reminders``): an event already in
``workflow.ReminderLog`` (organisation, recommendation, clock, event, due date) is never sent again, by hand
or by the schedule, and the log rows and the email go together (a failed send logs nothing).
"""
from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.utils import timezone

from rectrack.accounts.models import User
from rectrack.complaints.models import Recommendation
from rectrack.complaints.selectors import by_id_with_super_complaints
from rectrack.organisations.models import Organisation
from rectrack.tracker.reminders import (
    Item,
    Summary,
    days_before,
    event_for,
    reminder_body,
    reminder_subject,
    run_reminders,
)
from rectrack.tracker.selectors import cells_for, standings
from rectrack.work.models import Frequency, NotificationPreference
from rectrack.work.notifications import reminder_recipients
from rectrack.workflow.models import ReminderLog

log = logging.getLogger(__name__)


def escalation_recipients() -> list[str]:
    """The inspectorate's addresses for the long-overdue escalation, except those who turned emails off."""
    off = NotificationPreference.objects.filter(frequency=Frequency.OFF).values("user_id")
    return list(User.objects.filter(role=User.Role.INSPECTORATE, is_active=True).exclude(email="")
                .exclude(pk__in=off).order_by("email").values_list("email", flat=True))


def run_deadline_reminders(today: datetime.date | None = None, *, dry_run: bool = False) -> Summary:
    """Today's deadline reminders, to the people who have not turned emails off. The one entry point of the
    worker's schedule, its queued task and ``rectrack send_reminders``: whichever runs it, the same people are
    emailed. A digest reader gets reminders as they come (they are daily already); ``ReminderLog`` stops a
    second sending whichever path runs first."""
    return run_reminders(today, dry_run=dry_run, recipients=reminder_recipients, escalation_to=escalation_recipients)


@dataclass
class Preview:
    organisation: Organisation
    new: list[Item] = field(default_factory=list)  # events that would be sent now
    already: list[Item] = field(default_factory=list)  # events reminded before (never sent twice)
    to: list[str] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return reminder_subject(self.new) if self.new else ""

    @property
    def body(self) -> str:
        return reminder_body(self.organisation, self.new) if self.new else ""

    @property
    def can_send(self) -> bool:
        return bool(self.new and self.to)


def preview(organisation: Organisation, today: datetime.date | None = None) -> Preview:
    """What a reminder to ``organisation`` would say and to whom, today. Four queries."""
    today = today or timezone.localdate()
    recommendations = by_id_with_super_complaints(Recommendation.objects.filter(standings__organisation=organisation))
    cells = cells_for(standings(organisation=organisation), recommendations, today=today)
    cells.sort(key=lambda c: (c.recommendation.super_complaint.order, c.recommendation.order))
    before = days_before()
    items = [Item(cell, clock, event) for cell in cells for clock in cell.deadlines
             if (event := event_for(clock, today, before))]
    sent = set(ReminderLog.objects.filter(organisation=organisation)
               .values_list("organisation_id", "recommendation_id", "clock", "event", "due"))
    result = Preview(organisation, to=reminder_recipients().get(organisation.pk, []))
    for item in items:
        (result.already if item.key in sent else result.new).append(item)
    return result


def send(*, user, organisation: Organisation, today: datetime.date | None = None) -> Preview:
    """Send today's new reminder events to the organisation's editors, logged; refused if there is nothing
    new to say or nobody to say it to."""
    if not getattr(user, "is_inspectorate", False):
        raise PermissionDenied("Only the inspectorate can send reminders.")
    made = preview(organisation, today)
    if not made.new:
        raise ValidationError(f"{organisation.name} has already been sent every reminder that applies today.")
    if not made.to:
        raise ValidationError(f"Nobody at {organisation.name} can be emailed: no active editor has an email address.")
    try:
        with transaction.atomic():
            ReminderLog.objects.bulk_create([
                ReminderLog(organisation=organisation, recommendation_id=i.cell.recommendation.pk, clock=i.clock.clock,
                            event=i.event, due=i.clock.due, recipients="\n".join(made.to))
                for i in made.new
            ])
            EmailMessage(made.subject, made.body, None, made.to).send()
    except IntegrityError as e:
        # Another run or person logged one of these events since the preview: it has been sent.
        raise ValidationError(f"{organisation.name} was reminded meanwhile; look at the preview again.") from e
    log.info("Reminder sent by hand", extra={"organisation": organisation.pk, "events": len(made.new),
                                              "by": user.pk})
    return made
