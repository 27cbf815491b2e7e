"""Workflow records: transitions of responses, deadline extensions and changes, reminders sent.

All of these are append-only logs written by ``rectrack.workflow.services`` and ``reminders``.
"""
from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.vocabulary import CLOCK_LABELS, Clock, WorkflowState, choices
from rectrack.organisations.models import Organisation

CLOCK_CHOICES = [(c.value, CLOCK_LABELS[c]) for c in Clock]


class Transition(models.Model):
    """One move of a response through the workflow: who, when, from, to, and why."""

    response = models.ForeignKey("responses.Response", on_delete=models.CASCADE, related_name="transitions")
    name = models.CharField(max_length=30)
    from_state = models.CharField(max_length=12, choices=choices(WorkflowState))
    to_state = models.CharField(max_length=12, choices=choices(WorkflowState))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["response", "to_state"])]

    def __str__(self) -> str:
        return f"{self.response_id}: {self.from_state} -> {self.to_state}"


class DeadlineExtension(models.Model):
    """A later due date for one recipient on one recommendation and clock; the latest one wins."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="deadline_extensions")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="deadline_extensions")
    clock = models.CharField(max_length=10, choices=CLOCK_CHOICES)
    new_due = models.DateField()
    reason = models.TextField()
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    granted_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["granted_at", "pk"]
        indexes = [models.Index(fields=["recommendation", "organisation", "clock"])]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.recommendation} {self.clock} to {self.new_due}"


class DeadlineSettingChange(models.Model):
    """An audit line for each change the inspectorate makes to a report's deadline settings."""

    super_complaint = models.ForeignKey(SuperComplaint, on_delete=models.CASCADE, related_name="deadline_changes")
    recommendation = models.ForeignKey(Recommendation, null=True, blank=True, on_delete=models.CASCADE,
                                       related_name="deadline_changes")
    field = models.CharField(max_length=40)
    old_value = models.CharField(max_length=40, blank=True)
    new_value = models.CharField(max_length=40, blank=True)
    reason = models.TextField(blank=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]


class ReminderLog(models.Model):
    """One reminder event sent (the escalation log); unique, so no event is ever sent twice."""

    class Event(models.TextChoices):
        DUE_SOON = "due_soon", "Due soon"
        OVERDUE = "overdue", "Overdue"
        LONG_OVERDUE = "long_overdue", "Long overdue"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="reminders")
    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="reminders")
    clock = models.CharField(max_length=10, choices=CLOCK_CHOICES)
    event = models.CharField(max_length=20, choices=Event.choices)
    due = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.TextField(blank=True, help_text="Email addresses the reminder went to, one a line")

    class Meta:
        ordering = ["-sent_at", "organisation", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "recommendation", "clock", "event", "due"],
                                    name="unique_reminder_event")
        ]

    def __str__(self) -> str:
        return f"{self.get_event_display()}: {self.organisation_id} {self.recommendation} ({self.clock}, {self.due})"
