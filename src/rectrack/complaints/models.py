import datetime

from django.db import models

from rectrack.organisations.models import Organisation


def parse_partial_date(value: str | None) -> datetime.date | None:
    """'2021-08' -> 1 Aug 2021; '2021' -> 1 Jan 2021; None or '' -> None."""
    if not value:
        return None
    parts = [int(p) for p in str(value).split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts[:3])


class SuperComplaint(models.Model):
    slug = models.SlugField(primary_key=True, max_length=100)
    title = models.TextField()
    short_title = models.CharField(max_length=200)
    designated_bodies = models.ManyToManyField(Organisation, blank=True, related_name="super_complaints_raised")
    # Dates in the catalogue can be partial ("2021-08"): kept as given, with a date for arithmetic.
    received = models.CharField(max_length=10, blank=True)
    report_published = models.CharField(max_length=10, blank=True)
    report_published_date = models.DateField(null=True, blank=True)
    investigated_by = models.JSONField(default=list, blank=True)
    features_of_policing = models.JSONField(default=list, blank=True)
    keywords = models.JSONField(default=list, blank=True)
    follow_up = models.JSONField(default=list, blank=True)
    recipient_classes = models.JSONField(default=list, blank=True)
    recommendation_count = models.PositiveIntegerField(null=True, blank=True)
    # Deadlines: the initial-response clock is a report-level setting the inspectorate may edit.
    initial_response_days = models.PositiveIntegerField(default=56)
    initial_response_due_override = models.DateField(null=True, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.short_title or self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("complaints:detail", args=[self.slug])

    @property
    def initial_response_due(self) -> datetime.date | None:
        if self.initial_response_due_override:
            return self.initial_response_due_override
        if self.report_published_date and len(self.report_published) == 10:
            return self.report_published_date + datetime.timedelta(days=self.initial_response_days)
        return None


class Recommendation(models.Model):
    super_complaint = models.ForeignKey(SuperComplaint, on_delete=models.CASCADE, related_name="recommendations")
    number = models.CharField(max_length=20)
    order = models.PositiveIntegerField(default=0)
    text = models.TextField(blank=True)
    text_is_summary = models.BooleanField(default=False)
    text_known = models.BooleanField(default=True)
    recipient_classes = models.JSONField(default=list)
    parts = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)
    # Progress-update clock: from the catalogue's due date or a date in the text; editable.
    update_due = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["super_complaint", "order"]
        constraints = [
            models.UniqueConstraint(fields=["super_complaint", "number"], name="unique_recommendation_number")
        ]

    def __str__(self) -> str:
        return f"Recommendation {self.number}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("complaints:recommendation", args=[self.super_complaint_id, self.number])


class Recipient(models.Model):
    """One organisation that owes a response to one recommendation (the fan-out of its classes)."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="recipients")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="recipient_of")
    recipient_class = models.CharField(max_length=40)

    class Meta:
        ordering = ["recommendation", "organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["recommendation", "organisation"], name="unique_recipient")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} owes {self.recommendation}"


class DataVersion(models.Model):
    """A counter in the database, read by the data stamp that keys cached tables (rectrack.publishing.stamp).

    Most of what the matrix and the public pages show has a timestamp or an id the stamp reads (responses,
    transitions, extensions, checks); reference data (organisations, super-complaints, recommendations,
    recipients, joint responses) does not, so every save or delete of it bumps this counter, in the
    writer's transaction (``rectrack.complaints.versions``): every process sees the change when it commits.
    """

    name = models.CharField(primary_key=True, max_length=40)
    value = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.name} v{self.value}"
