"""Notifications: each person's choice of how to be told, and the log of every email sent (or held for a
digest). Written only by ``rectrack.work.notifications``."""
from django.conf import settings
from django.db import models


class Frequency(models.TextChoices):
    EACH = "each", "An email each time"
    DAILY = "daily", "One email a day (a digest)"
    OFF = "off", "No emails"


class NotificationPreference(models.Model):
    """Absent means ``each``: people are told unless they choose otherwise."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="notification_preference")
    frequency = models.CharField(max_length=5, choices=Frequency.choices, default=Frequency.EACH)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.user_id}: {self.frequency}"


class Notification(models.Model):
    """One message to one person: sent at once (``sent_at``), held for the daily digest (``digest``), or failed
    (``error``; retried by the next digest run)."""

    class Event(models.TextChoices):
        SUBMITTED = "submitted", "Response submitted"
        RETURNED = "returned", "Response returned"
        PUBLISHED = "published", "Response published"
        ASSESSED = "assessed", "Response assessed"
        JOINT_REQUEST = "joint_request", "Joint answer requested"
        SCRUTINY = "scrutiny", "Scrutiny by the policing body"
        DIGEST = "digest", "Daily digest"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    email = models.EmailField(max_length=254)
    event = models.CharField(max_length=20, choices=Event.choices)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    response = models.ForeignKey("responses.Response", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")
    digest = models.BooleanField(default=False, help_text="Held for the daily digest")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["sent_at", "digest"]), models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_event_display()} to {self.email}"


class ScrutinyEntry(models.Model):
    """A policing body's scrutiny of its force's response before publication: a comment, or its sign-off of the
    response as it stood (``response_version``). Read only by those who may read the working copy (ADR 0012:
    the force, the policing body, the inspectorate); never published."""

    class Kind(models.TextChoices):
        COMMENT = "comment", "Comment"
        SIGN_OFF = "sign_off", "Signed off"

    response = models.ForeignKey("responses.Response", on_delete=models.CASCADE, related_name="scrutiny")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="+",
                                     help_text="The scrutinising body")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    text = models.TextField(blank=True)
    response_version = models.PositiveIntegerField(help_text="The version of the response scrutinised")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["response", "at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.organisation_id} on {self.response_id}"
