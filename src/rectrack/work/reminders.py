"""'Send a reminder' from the overdue page: today's reminder for one organisation, now, with a preview.

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

from rectrack.complaints.models import Recommendation
from rectrack.organisations.models import Organisation
from rectrack.tracker.reminders import Item, days_before, event_for, reminder_body, reminder_subject
from rectrack.tracker.selectors import cells_for, standings
from rectrack.work.notifications import reminder_recipients
from rectrack.workflow.models import ReminderLog

log = logging.getLogger(__name__)


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
    recommendations = {r.pk: r for r in Recommendation.objects.filter(standings__organisation=organisation)
                       .select_related("super_complaint")}
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
