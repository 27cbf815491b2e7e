from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.vocabulary import (
    ActionStatus,
    Adequacy,
    JointStatus,
    Position,
    Progress,
    WorkflowState,
    choices,
)
from rectrack.core.vocabulary import (
    Assessment as AssessmentStatus,
)
from rectrack.organisations.models import Organisation


class Versioned(models.Model):
    """A row edited by people: ``version`` goes up with every saved change, so a save that started from an
    older version can be refused instead of silently undoing someone else's (``rectrack.core.audit``)."""

    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True


class Response(Versioned):
    """One organisation's answer to one recommendation: the working copy its editors change.

    The public never reads this row: it reads ``published_version``, the copy the inspectorate last
    published (``ResponseVersion``). A joint response also counts for another recipient only where that
    body agreed (``JointLink`` accepted).
    """

    class Source(models.TextChoices):
        TYPED = "typed", "Typed in"
        DOCUMENT = "document", "Extracted from a document"

    recommendation = models.ForeignKey(Recommendation, on_delete=models.PROTECT, related_name="responses")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="responses")
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
    # What the public sees: the latest published version, None before publication or once withdrawn.
    published_version = models.ForeignKey("ResponseVersion", null=True, blank=True, on_delete=models.SET_NULL,
                                          related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["published_version"])

    class Meta:
        ordering = ["recommendation__order", "organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["recommendation", "organisation"], name="unique_response_per_recipient")
        ]
        indexes = [models.Index(fields=["organisation", "recommendation"]), models.Index(fields=["state"])]

    def __str__(self) -> str:
        return f"{self.organisation} on {self.recommendation}"

    def get_absolute_url(self) -> str:
        return reverse("responses:detail", args=[self.pk])


class JointLink(models.Model):
    """A request that ``response`` also count for ``organisation`` (a joint answer), and that body's decision.

    Only paired bodies may be linked (a force and the policing body that oversees it, or a pair the
    inspectorate links: ``organisations.Pairing``). Until the other body accepts, nothing of its own
    standing changes; a link never lets it edit the response. The inspectorate may set or remove any link.
    """

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="joint_links")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="joint_links")
    status = models.CharField(max_length=10, choices=choices(JointStatus), default=JointStatus.PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["response", "organisation__name"]
        constraints = [models.UniqueConstraint(fields=["response", "organisation"], name="unique_joint_link")]
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        return f"{self.response} also for {self.organisation_id} ({self.status})"


class ResponseVersion(models.Model):
    """A response as the inspectorate published it: what the public reads, frozen.

    Written once when a response is published (``rectrack.workflow``); afterwards only two things ever
    change it: withdrawal of the response (``withdrawn_at``: it disappears from every public view) and the
    inspectorate's redaction of a field (the text is replaced, ``redacted`` names the field and a
    ``Redaction`` records who, when and why).
    """

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    position = models.CharField(max_length=20, choices=choices(Position))
    progress = models.CharField(max_length=20, choices=choices(Progress))
    narrative = models.TextField(blank=True)
    as_of = models.DateField(null=True, blank=True)
    inspectorate_ref = models.CharField(max_length=100, blank=True)
    local_ref = models.CharField(max_length=100, blank=True)
    owner = models.CharField(max_length=200, blank=True)
    governance_board = models.CharField(max_length=200, blank=True)
    source = models.CharField(max_length=10, choices=Response.Source.choices, default=Response.Source.TYPED)
    source_label = models.CharField(max_length=300, blank=True)
    # The organisations the response counted for when published (accepted joint links), by id.
    counts_for = models.JSONField(default=list, blank=True)
    # The evidence marked public, as it stood when published (title, kind, link or file name, size, hash,
    # and the evidence id that serves the file). The actions are rows: ``PublishedAction``.
    evidence = models.JSONField(default=list, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    redacted = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["response", "number"]
        constraints = [models.UniqueConstraint(fields=["response", "number"], name="unique_response_version")]

    def __str__(self) -> str:
        return f"{self.response} (published version {self.number})"


class PublishedAction(models.Model):
    """An action as it stood when its response was published (part of a ``ResponseVersion``)."""

    version = models.ForeignKey(ResponseVersion, on_delete=models.CASCADE, related_name="actions")
    action_id = models.BigIntegerField(help_text="The id of the live action this copies (stable in the API)")
    description = models.TextField()
    owner = models.CharField(max_length=200, blank=True)
    due_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=choices(ActionStatus))
    completed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["version", "due_date", "action_id"]
        constraints = [models.UniqueConstraint(fields=["version", "action_id"], name="unique_published_action")]

    def __str__(self) -> str:
        return self.description[:80]


class Redaction(models.Model):
    """A tombstone: the inspectorate removed text published by mistake (e.g. personal data)."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="redactions")
    version = models.ForeignKey(ResponseVersion, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="redactions")
    fields = models.JSONField(default=list)
    reason = models.TextField()
    redacted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    redacted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-redacted_at", "-pk"]


class Action(Versioned):
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


def evidence_upload_to(instance: "Evidence | None", filename: str) -> str:
    """Stored under the content hash, never under the uploader's file name: nothing user-chosen in paths.
    (Called with no instance and the hash as ``filename`` to find a published file by its hash.)"""
    sha256 = instance.sha256 if instance is not None else filename
    return f"evidence/{sha256[:2]}/{sha256}"


class Evidence(Versioned):
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
    # Evidence is internal unless marked public; public evidence reaches the public with the next publication.
    public = models.BooleanField(default=False)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["response", "uploaded_at"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.title


class Assessment(Versioned):
    """The inspectorate's verdict on a response: a separate axis only inspectorate users set."""

    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="assessment")
    status = models.CharField(max_length=30, choices=choices(AssessmentStatus), default=AssessmentStatus.NOT_ASSESSED)
    comment = models.TextField(blank=True)
    assessed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    assessed_at = models.DateTimeField(auto_now=True)
    # The published version the assessment was made on (None: made before anything was published).
    on_version = models.ForeignKey(ResponseVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.response})"


class AdequacyView(Versioned):
    """A designated body's view of whether a response is adequate."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="adequacy_views")
    designated_body = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="adequacy_views")
    verdict = models.CharField(max_length=20, choices=choices(Adequacy))
    comment = models.TextField(blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(auto_now=True)
    on_version = models.ForeignKey(ResponseVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
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
    checked_where = models.CharField(
        max_length=1000, help_text="Where it was looked for: a web address or a description"
    )
    note = models.TextField(blank=True)
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-checked_on", "-pk"]
