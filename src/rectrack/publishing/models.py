"""Dated snapshots of the public record: "the position as at DATE", frozen and verifiable.

A snapshot copies the published position into its own rows (``SnapshotRow``) when it is taken, so it
can be viewed, downloaded and compared later exactly as it was, whatever happens to the live data.
``content_sha256`` is the SHA-256 of the snapshot's canonical JSON (the bytes of its JSON download),
so anyone can check that a download is unchanged. Snapshots are immutable: there is no update path.
"""
from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords


class ImmutableError(Exception):
    """Raised on any attempt to change or delete a snapshot once it is taken."""


class ImmutableQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise ImmutableError("Snapshots are immutable: they cannot be updated.")

    def delete(self):
        raise ImmutableError("Snapshots are immutable: they cannot be deleted.")


class Snapshot(models.Model):
    # Null super_complaint: a national snapshot of every super-complaint.
    super_complaint = models.ForeignKey(
        "complaints.SuperComplaint", null=True, blank=True, on_delete=models.PROTECT, related_name="snapshots"
    )
    # The scope's title when the snapshot was taken, so the snapshot never reads live data to show itself.
    scope_title = models.CharField(max_length=300)
    title = models.CharField(max_length=300)
    as_at = models.DateField()
    taken_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    taken_by_name = models.CharField(max_length=150, blank=True)
    taken_at = models.DateTimeField()
    row_count = models.PositiveIntegerField(default=0)
    content_sha256 = models.CharField(max_length=64, blank=True)

    objects = ImmutableQuerySet.as_manager()

    class Meta:
        ordering = ["-as_at", "-taken_at", "-pk"]
        indexes = [models.Index(fields=["super_complaint", "as_at"])]

    def __str__(self) -> str:
        return f"{self.scope_title}: {self.title}"

    def save(self, *args, **kwargs):
        # Only the service saves a snapshot, twice while taking it (rows first, then their hash).
        if not self._state.adding and not getattr(self, "_sealing", False):
            raise ImmutableError("Snapshots are immutable: they cannot be updated.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableError("Snapshots are immutable: they cannot be deleted.")

    @property
    def scope(self) -> str:
        return self.super_complaint_id or "national"

    def get_absolute_url(self) -> str:
        return reverse("publishing:snapshot", args=[self.pk])


class SnapshotRow(models.Model):
    """One recipient x recommendation in a snapshot, with the published response as it stood."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="rows")
    super_complaint = models.CharField(max_length=100)
    organisation_id = models.CharField(max_length=100)
    organisation_name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20)
    region = models.CharField(max_length=100, blank=True)
    recommendation = models.CharField(max_length=20)
    recommendation_order = models.PositiveIntegerField(default=0)
    # "published" or "no_response"; empty position/progress when no response was published.
    state = models.CharField(max_length=24)
    position = models.CharField(max_length=20, blank=True)
    progress = models.CharField(max_length=20, blank=True)
    as_of = models.DateField(null=True, blank=True)
    narrative = models.TextField(blank=True)
    response_id = models.BigIntegerField(null=True, blank=True)
    response_url = models.CharField(max_length=500, blank=True)
    # The organisation that wrote the response when it is a joint response counting for this one.
    written_by = models.CharField(max_length=100, blank=True)

    objects = ImmutableQuerySet.as_manager()

    class Meta:
        ordering = ["snapshot", "super_complaint", "organisation_name", "organisation_id", "recommendation_order"]
        indexes = [models.Index(fields=["snapshot", "super_complaint"])]

    def __str__(self) -> str:
        return f"{self.organisation_name}, recommendation {self.recommendation}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableError("Snapshot rows are immutable.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableError("Snapshot rows are immutable.")


class SnapshotCount(models.Model):
    """How many of a snapshot's rows of one super-complaint are in each state and progress, counted when it is
    taken (rows never change their state or progress: a redaction removes text only). The public page's chart of
    snapshots reads these few counts instead of grouping every row of every snapshot on each view, which grew
    with each snapshot taken."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="counts")
    super_complaint = models.CharField(max_length=100)
    state = models.CharField(max_length=24)
    progress = models.CharField(max_length=20, blank=True)
    n = models.PositiveIntegerField()

    objects = ImmutableQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["super_complaint", "snapshot"])]
        constraints = [models.UniqueConstraint(fields=["snapshot", "super_complaint", "state", "progress"],
                                               name="snapshot_count_once")]

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableError("Snapshot counts are immutable.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableError("Snapshot counts are immutable.")


class SnapshotRedaction(models.Model):
    """Text removed from a snapshot's rows by the inspectorate's redaction of a published response: the one
    reason a snapshot's content may no longer match its hash."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="redactions")
    redaction = models.ForeignKey("responses.Redaction", on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]


class SnapshotRehash(models.Model):
    """A snapshot's metadata corrected and its hash recomputed, with why: the reason a download taken before
    ``at`` has ``previous_sha256`` rather than the current hash. (Migration 0004: snapshots taken before
    issue 7 named the person who took them; that name was removed, ADR 0020.)"""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="rehashes")
    at = models.DateTimeField()
    reason = models.TextField()
    previous_sha256 = models.CharField(max_length=64)
    # Equal to previous_sha256 when the content no longer matched it (it had been redacted): then the hash was
    # left alone, so that the page still says the content changed.
    new_sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["at", "pk"]

    @property
    def recomputed(self) -> bool:
        return self.new_sha256 != self.previous_sha256


class SearchEntry(models.Model):
    """One searchable passage of the public record: a published response (its current published version),
    one of that version's published actions, or a recommendation of the catalogue.

    Kept by ``rectrack.publishing.search`` (never written elsewhere): an entry exists only while its version
    is the response's current, unwithdrawn published version, and its text is the version's text as it
    stands now (a redaction rewrites it). The full-text index lives beside it: ``vector`` with a GIN index
    on PostgreSQL, the FTS5 table ``publishing_search_fts`` (external content, kept by triggers) on SQLite;
    both are created by migration 0003 for the database in use (ADR 0016).
    """

    class Kind(models.TextChoices):
        RESPONSE = "response", "Response"
        ACTION = "action", "Action"
        RECOMMENDATION = "recommendation", "Recommendation"

    kind = models.CharField(max_length=16, choices=Kind.choices)
    super_complaint = models.ForeignKey("complaints.SuperComplaint", on_delete=models.CASCADE, related_name="+")
    recommendation = models.ForeignKey("complaints.Recommendation", on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.CASCADE,
                                     related_name="+")
    response = models.ForeignKey("responses.Response", null=True, blank=True, on_delete=models.CASCADE,
                                 related_name="+")
    version = models.ForeignKey("responses.ResponseVersion", null=True, blank=True, on_delete=models.CASCADE,
                                related_name="+")
    action_id = models.BigIntegerField(null=True, blank=True)
    # The response's progress (an action carries its response's, so "progress" filters both) and, for an
    # action, its own status.
    progress = models.CharField(max_length=20, blank=True)
    status = models.CharField(max_length=20, blank=True)
    as_of = models.DateField(null=True, blank=True)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    # PostgreSQL only (a plain unused column on SQLite).
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["response"], name="publishing_search_response"),
                   models.Index(fields=["kind", "super_complaint"], name="publishing_search_kind_sc")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"


class OverallComment(models.Model):
    """A commissioner's overall comments on its own and its force's responses to one super-complaint: the last part
    of the response record (ADR 0019). The commissioner (an editor of the policing body) or the inspectorate writes
    it; ``text`` is the working copy, read only by those who may read the commissioner's working copies; the public
    record shows ``published_text`` alone, from when someone chose to publish it."""

    super_complaint = models.ForeignKey("complaints.SuperComplaint", on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="+",
                                     help_text="The commissioner (policing body) whose comments these are")
    text = models.TextField(blank=True)
    published_text = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["super_complaint", "organisation"],
                                               name="one_overall_comment")]

    def __str__(self) -> str:
        return f"Overall comments of {self.organisation_id} on {self.super_complaint_id}"
