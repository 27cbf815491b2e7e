from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.core.vocabulary import Term, choices
from rectrack.organisations.models import Organisation


def document_upload_to(instance: "Document", filename: str) -> str:
    return f"documents/{instance.sha256[:2]}/{instance.sha256}"


class Document(models.Model):
    """A published response document, stored once by its SHA-256."""

    sha256 = models.CharField(max_length=64, unique=True)
    filename = models.CharField(max_length=255)
    file = models.FileField(upload_to=document_upload_to, max_length=300)
    size = models.PositiveBigIntegerField()
    format = models.CharField(max_length=10, blank=True)
    content_type = models.CharField(max_length=100, blank=True,
                                    help_text="What the bytes are, sniffed on upload (never the browser's word)")
    source_url = models.URLField(max_length=1000, blank=True)
    text = models.TextField(blank=True, help_text="The plain text the extraction offsets point into")
    super_complaint = models.ForeignKey(SuperComplaint, null=True, blank=True, on_delete=models.SET_NULL)
    # Set when the inspectorate moved the document to a super-complaint (``services.reassign_document``): every
    # later extraction then reads it against that super-complaint only and keeps it (ADR 0019).
    super_complaint_chosen_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                                  on_delete=models.SET_NULL, related_name="+")
    super_complaint_chosen_at = models.DateTimeField(null=True, blank=True)
    organisations = models.ManyToManyField(Organisation, blank=True, related_name="documents")
    document_date = models.CharField(max_length=10, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    # A document fetched from ``source_url`` (ADR 0018): when, when the address was last checked for a
    # change, and the version it replaced (a changed document is a new row; the old one stays).
    fetched_at = models.DateTimeField(null=True, blank=True, help_text="When rectrack fetched it from its address")
    checked_at = models.DateTimeField(null=True, blank=True,
                                      help_text="When its address was last checked for a new version")
    check_error = models.CharField(max_length=500, blank=True,
                                   help_text="Why the last scheduled check of its address failed (empty: it did not)")
    previous = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="next_versions", help_text="The version this one replaced")
    # Who uploaded and who deleted, with the hash, name and size; never the text (the offsets' target,
    # large) and never the bytes, which go when the document does (ADR 0011). A check of a fetched
    # document's address that found nothing new is no event either (ADR 0018).
    history = HistoricalRecords(excluded_fields=["text", "checked_at", "check_error"])

    class Meta:
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.filename


class ExtractionJob(models.Model):
    """One run of the engine over a document. A retry is a new job; the failed one stays as the record.

    A running job is leased to one worker (``worker``) until ``lease_expires_at``; the worker renews the
    lease while the engine runs (``heartbeat_at``). A lapsed lease means the worker died, and the sweep
    marks the job failed (ADR 0011).
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="jobs")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    task_id = models.CharField(max_length=64, blank=True)
    error = models.TextField(blank=True)
    warnings = models.JSONField(default=list, blank=True)
    result = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", help_text="Who uploaded or retried (empty: the command line)")
    worker = models.CharField(
        max_length=100, blank=True, help_text="The worker holding the lease: host, process, token"
    )
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "lease_expires_at"], name="ingestion_job_status_lease")]

    @property
    def active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class ExtractedAnswer(models.Model):
    """What the machine proposed for one recommendation, and what a reviewer decided."""

    class Decision(models.TextChoices):
        PENDING = "pending", "Awaiting review"
        ACCEPTED = "accepted", "Accepted"
        CORRECTED = "corrected", "Corrected"
        REJECTED = "rejected", "Rejected"

    job = models.ForeignKey(ExtractionJob, on_delete=models.CASCADE, related_name="answers")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="answers")
    recommendation = models.ForeignKey(Recommendation, null=True, blank=True, on_delete=models.SET_NULL)
    recommendation_label = models.CharField(max_length=300, blank=True)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL)
    proposed = models.JSONField(help_text="The extractor's output for this answer, as produced")
    confidence = models.FloatField(default=0)
    start = models.PositiveIntegerField(default=0)
    end = models.PositiveIntegerField(default=0)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided = models.JSONField(null=True, blank=True, help_text="The values the reviewer settled on")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(blank=True)
    response = models.ForeignKey(
        "responses.Response", null=True, blank=True, on_delete=models.SET_NULL, related_name="extracted_answers"
    )

    class Meta:
        ordering = ["decision", "confidence", "pk"]


class ProposalDecision(Term):
    """What the inspectorate decided about one recommendation the engine read from a report."""

    PENDING = "pending", "Awaiting review", "govuk-tag--yellow"
    ACCEPTED = "accepted", "Accepted", "govuk-tag--green"
    EDITED = "edited", "Edited and accepted", "govuk-tag--blue"
    REJECTED = "rejected", "Rejected", "govuk-tag--grey"


class CatalogueMatch(Term):
    """A proposal against what the catalogue has now for the same number."""

    NEW = "new", "New", "govuk-tag--turquoise"
    DIFFERS = "differs", "Differs from the catalogue", "govuk-tag--orange"
    SAME = "same", "Same as the catalogue", "govuk-tag--grey"


class RecommendationProposal(models.Model):
    """One numbered recommendation the engine read from an uploaded report, kept until a person decides.
    Nothing here is in the catalogue: accepting (or editing) goes through ``complaints.services``."""

    super_complaint = models.ForeignKey(SuperComplaint, on_delete=models.CASCADE, related_name="proposals")
    filename = models.CharField(max_length=255)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField()
    order = models.PositiveIntegerField(default=0)  # where the report had it
    number = models.CharField(max_length=20)
    text = models.TextField(blank=True)
    recipient_classes = models.JSONField(default=list)
    due = models.DateField(null=True, blank=True)
    parts = models.JSONField(default=list)  # [{"id": "7.1", "text": "..."}], as the catalogue keeps them
    decision = models.CharField(max_length=10, choices=choices(ProposalDecision), default=ProposalDecision.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    recommendation = models.ForeignKey(Recommendation, null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="proposals")

    class Meta:
        ordering = ["super_complaint", "order", "pk"]

    def __str__(self) -> str:
        return f"Proposed recommendation {self.number} ({self.filename})"

    @property
    def decision_term(self) -> ProposalDecision:
        return ProposalDecision(self.decision)
