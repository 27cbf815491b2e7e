"""Reminder emails to recipients before their deadlines and when they are overdue.

One run (``run_reminders``): work out every owed clock that is not met; each gives at most one event
today: ``due_soon`` (due within ``RECTRACK_REMINDER_DAYS_BEFORE`` days, default 14), ``overdue`` or
``long_overdue`` (more than ``RECTRACK_LONG_OVERDUE_DAYS`` past). An event already in ``ReminderLog``
(same organisation, recommendation, clock, event and due date) is never sent again; an extension
changes the due date and so starts a fresh series. Each organisation gets one email per run listing
its new events, sent to its active organisation editors with an email address; the log rows and the
email go together (if sending fails the rows are rolled back and the next run tries again).
Escalation: new long-overdue events are also listed in one email per run to the inspectorate's users.
"""
import datetime
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from rectrack.accounts.models import User
from rectrack.complaints.models import Recommendation
from rectrack.complaints.selectors import by_id_with_super_complaints
from rectrack.core.dates import format_date
from rectrack.tracker.deadline_rows import follow_up_rows
from rectrack.tracker.deadlines import LONG_OVERDUE, OVERDUE
from rectrack.tracker.selectors import Cell, cells_for, standings
from rectrack.workflow.models import ReminderLog

log = logging.getLogger(__name__)
EVENT_FOR_STATE = {OVERDUE: ReminderLog.Event.OVERDUE, LONG_OVERDUE: ReminderLog.Event.LONG_OVERDUE}


def days_before() -> int:
    return int(getattr(settings, "RECTRACK_REMINDER_DAYS_BEFORE", 14))


@dataclass
class Item:
    cell: Cell  # for a follow-up request: anything with its organisation and recommendation
    clock: object  # DeadlineState
    event: str

    @property
    def organisation_id(self) -> str:
        return self.cell.organisation.id

    @property
    def key(self) -> tuple:
        return (self.organisation_id, self.cell.recommendation.pk, self.clock.clock, self.event, self.clock.due)

    def line(self) -> str:
        rec = self.cell.recommendation
        when = {
            ReminderLog.Event.DUE_SOON: f"due {format_date(self.clock.due)}",
            ReminderLog.Event.OVERDUE: f"overdue: it was due {format_date(self.clock.due)}",
            ReminderLog.Event.LONG_OVERDUE: f"long overdue: it was due {format_date(self.clock.due)}, "
                                            f"{self.clock.days_late} days ago",
        }[self.event]
        return f"- {rec.super_complaint}: recommendation {rec.number}, {self.clock.clock_label.lower()} {when}"


@dataclass
class Summary:
    today: datetime.date
    events: int = 0  # new events found
    sent: int = 0  # events logged and emailed
    emails: int = 0
    already_sent: int = 0
    no_recipients: list[str] = field(default_factory=list)  # organisations with nobody to email
    failed: list[str] = field(default_factory=list)
    escalations: int = 0

    def as_dict(self) -> dict:
        return {"today": self.today.isoformat(), "events": self.events, "sent": self.sent, "emails": self.emails,
                "already_sent": self.already_sent, "no_recipients": self.no_recipients, "failed": self.failed,
                "escalations": self.escalations}

    def __str__(self) -> str:
        text = (f"Reminders for {format_date(self.today)}: {self.sent} event(s) sent in {self.emails} email(s); "
                f"{self.already_sent} already sent before")
        if self.no_recipients:
            names = ", ".join(self.no_recipients[:5]) + (f" and {len(self.no_recipients) - 5} more"
                                                         if len(self.no_recipients) > 5 else "")
            text += f"; nobody to email at {len(self.no_recipients)} organisation(s) ({names})"
        if self.failed:
            text += f"; sending failed for {', '.join(self.failed)} (will retry next run)"
        if self.escalations:
            text += f"; {self.escalations} long-overdue item(s) escalated to the inspectorate"
        return text + "."


def event_for(clock, today: datetime.date, before: int) -> str | None:
    if clock.state in EVENT_FOR_STATE:
        return EVENT_FOR_STATE[clock.state]
    if clock.is_open and clock.due and 0 <= (clock.due - today).days <= before:
        return ReminderLog.Event.DUE_SOON
    return None


def pending_items(today: datetime.date) -> list[Item]:
    """Every event that applies today (whether or not already sent), from the standings: two queries."""
    recommendations = by_id_with_super_complaints(Recommendation.objects.all())
    cells = cells_for(standings(), recommendations, today=today, stream=True)
    cells.sort(key=lambda c: (c.organisation.name, c.recommendation.super_complaint.order, c.recommendation.order))
    before = days_before()
    items = [Item(cell, clock, event) for cell in cells for clock in cell.deadlines
             if (event := event_for(clock, today, before))]
    # Follow-up requests (ADR 0014): each pair asked has its own clock, logged as clock "follow_up".
    for status in follow_up_rows(None, today):
        for answer in status.answers:
            if event := event_for(answer.clock, today, before):
                items.append(Item(SimpleNamespace(organisation=answer.organisation,
                                                  recommendation=answer.recommendation), answer.clock, event))
    return items


def _editor_emails() -> dict[str, list[str]]:
    out = defaultdict(list)
    for org_id, email in (User.objects.filter(role=User.Role.ORG_EDITOR, is_active=True, organisation__isnull=False)
                          .exclude(email="").order_by("email").values_list("organisation_id", "email")):
        out[org_id].append(email)
    return out


def _inspectorate_emails() -> list[str]:
    return list(User.objects.filter(role=User.Role.INSPECTORATE, is_active=True).exclude(email="")
                .order_by("email").values_list("email", flat=True))


def _link(path: str) -> str:
    base = getattr(settings, "RECTRACK_BASE_URL", "").rstrip("/")
    return f"{base}{path}" if base else path


def reminder_body(org, items: list[Item]) -> str:
    lines = [f"Dear colleague at {org.name},", "",
             "These responses to police super-complaint recommendations are due soon or overdue:", ""]
    lines += [i.line() for i in items]
    lines += ["", "Record or update your response in rectrack:", _link(reverse("tracker:deadline_list")) +
              f"?organisation={org.pk}", "",
              "If you need more time, ask the inspectorate's super-complaints team for an extension.", "",
              "This is an automatic reminder; you will not be sent the same reminder twice."]
    return "\n".join(lines)


def reminder_subject(items: list[Item]) -> str:
    events = {i.event for i in items}
    if ReminderLog.Event.LONG_OVERDUE in events:
        return "Long overdue: super-complaint responses"
    if ReminderLog.Event.OVERDUE in events:
        return "Overdue: super-complaint responses"
    return "Due soon: super-complaint responses"


def run_reminders(today: datetime.date | None = None, *, dry_run: bool = False,
                  recipients: Callable[[], dict[str, list[str]]] | None = None,
                  escalation_to: Callable[[], list[str]] | None = None) -> Summary:
    """Send today's reminders once. ``dry_run`` counts what would be sent, sending and logging nothing.
    ``recipients``: the addresses by organisation (default: every active editor with an email address);
    ``escalation_to``: the inspectorate's addresses (default: all of them). ``rectrack.work`` passes both,
    leaving out people who turned emails off (the tracker cannot know their preferences)."""
    today = today or timezone.localdate()
    summary = Summary(today)
    items = pending_items(today)
    sent_before = set(ReminderLog.objects.filter(due__in={i.clock.due for i in items})
                      .values_list("organisation_id", "recommendation_id", "clock", "event", "due"))
    new = [i for i in items if i.key not in sent_before]
    summary.already_sent = len(items) - len(new)
    summary.events = len(new)
    by_org: dict[str, list[Item]] = defaultdict(list)
    for item in new:
        by_org[item.organisation_id].append(item)
    emails = (recipients or _editor_emails)()
    escalated: list[Item] = []
    for org_id, org_items in by_org.items():
        org = org_items[0].cell.organisation
        to = emails.get(org_id, [])
        if not to:
            summary.no_recipients.append(org.name)  # not logged: it is sent once someone can receive it
            continue
        if dry_run:
            summary.sent += len(org_items)
            summary.emails += 1
            continue
        try:
            with transaction.atomic():
                ReminderLog.objects.bulk_create([
                    ReminderLog(organisation_id=org_id, recommendation_id=i.cell.recommendation.pk,
                                clock=i.clock.clock, event=i.event, due=i.clock.due, recipients="\n".join(to))
                    for i in org_items
                ])
                EmailMessage(reminder_subject(org_items), reminder_body(org, org_items), None, to).send()
        except IntegrityError:
            # Another run logged these first: they have been sent.
            summary.already_sent += len(org_items)
            continue
        except Exception:  # noqa: BLE001 - one organisation's mail failure must not stop the others
            log.exception("Sending reminders to %s failed", org_id)
            summary.failed.append(org.name)
            continue
        summary.sent += len(org_items)
        summary.emails += 1
        escalated += [i for i in org_items if i.event == ReminderLog.Event.LONG_OVERDUE]
    if escalated and not dry_run and (inspectorate := (escalation_to or _inspectorate_emails)()):
        body = "\n".join(["These responses became long overdue; the organisations have been reminded:", ""] +
                         [f"- {i.cell.organisation.name}: {i.line()[2:]}" for i in escalated])
        try:
            EmailMessage(f"Escalation: {len(escalated)} long-overdue super-complaint response(s)", body, None,
                         inspectorate).send()
            summary.escalations = len(escalated)
            summary.emails += 1
        except Exception:  # noqa: BLE001
            log.exception("Sending the escalation email failed")
    return summary
