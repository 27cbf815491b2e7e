from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.vocabulary import (
    ActionStatus,
    Adequacy,
    Assessment as AssessmentStatus,
    Position,
    Progress,
    WorkflowState,
    choices,
)


class Response(models.Model):
    """One organisation's answer to one recommendation; a joint response also counts for others."""

    class Source(models.TextChoices):
        TYPED = "typed", "Typed in"
        DOCUMENT = "document", "Extracted from a document"

    recommendation = models.ForeignKey(Recommendation, on_delete=models.PROTECT, related_name="responses")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="responses")
    counts_for = models.ManyToManyField(Organisation, blank=True, related_name="joint_responses")
    position = models.CharField(max_length=20, choices=choices(Position), default=Position.NOT_STATED)
    progress = models.CharField(max_length=20, choices=choices(Progress), default=Progress.NOT_STATED)
    narrative = models.TextField(blank=True)
    as_of = models.DateField(null=True, blank=True)
    inspectorate_ref = models.CharField(max_length=100, blank=True)
    local_ref = models.CharField(max_length=100, blank=True)
    owner = models.CharField(max_length=200, blank=True)
    governance_board = models.CharField(max_length=200, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.TYPED)
    source_document = models.ForeignKey(
        "ingestion.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="responses"
    )
    source_start = models.PositiveIntegerField(null=True, blank=True)
    source_end = models.PositiveIntegerField(null=True, blank=True)
    source_label = models.CharField(max_length=300, blank=True)
    state = models.CharField(max_length=12, choices=choices(WorkflowState), default=WorkflowState.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[counts_for])

    class Meta:
        ordering = ["recommendation__order", "organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["recommendation", "organisation"], name="unique_response_per_recipient")
        ]
        indexes = [models.Index(fields=["organisation", "recommendation"]), models.Index(fields=["state"])]

    def __str__(self) -> str:
        return f"{self.organisation} on {self.recommendation}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("responses:detail", args=[self.pk])


class Action(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="actions")
    description = models.TextField()
    owner = models.CharField(max_length=200, blank=True)
    due_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=choices(ActionStatus), default=ActionStatus.NOT_STARTED)
    completed_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["response", "due_date", "pk"]

    def __str__(self) -> str:
        return self.description[:80]


def evidence_upload_to(instance: "Evidence", filename: str) -> str:
    # Stored under the content hash, never under the uploader's file name: nothing user-chosen in paths.
    return f"evidence/{instance.sha256[:2]}/{instance.sha256}"


class Evidence(models.Model):
    class Kind(models.TextChoices):
        FILE = "file", "File"
        LINK = "link", "Link"

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=4, choices=Kind.choices)
    title = models.CharField(max_length=300)
    url = models.URLField(max_length=1000, blank=True)
    file = models.FileField(upload_to=evidence_upload_to, blank=True, max_length=300)
    filename = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["response", "uploaded_at"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.title


class Assessment(models.Model):
    """The inspectorate's verdict on a response: a separate axis only inspectorate users set."""

    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="assessment")
    status = models.CharField(max_length=30, choices=choices(AssessmentStatus), default=AssessmentStatus.NOT_ASSESSED)
    comment = models.TextField(blank=True)
    assessed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    assessed_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.response})"


class AdequacyView(models.Model):
    """A designated body's view of whether a response is adequate."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="adequacy_views")
    designated_body = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="adequacy_views")
    verdict = models.CharField(max_length=20, choices=choices(Adequacy))
    comment = models.TextField(blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "designated_body"], name="unique_adequacy_view")
        ]


class NoResponseCheck(models.Model):
    """A recorded finding that an organisation had published no response to a super-complaint."""

    super_complaint = models.ForeignKey(SuperComplaint, on_delete=models.CASCADE, related_name="no_response_checks")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="no_response_checks")
    checked_on = models.DateField()
    checked_where = models.CharField(max_length=1000, help_text="Where it was looked for: a web address or a description")
    note = models.TextField(blank=True)
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-checked_on", "-pk"]
