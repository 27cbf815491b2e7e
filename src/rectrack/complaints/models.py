import datetime

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from rectrack.core.dates import parse_partial_date  # noqa: F401 - the catalogue's dates are partial
from rectrack.core.links import cached_reverse
from rectrack.core.vocabulary import RECIPIENTS_UNKNOWN, ComplaintStatus, LifeEvent, RecipientClass, TextStatus, choices
from rectrack.organisations.models import Organisation


class SuperComplaint(models.Model):
    slug = models.SlugField(primary_key=True, max_length=100)
    title = models.TextField()
    short_title = models.CharField(max_length=200)
    designated_bodies = models.ManyToManyField(Organisation, blank=True, related_name="super_complaints_raised")
    # Designated bodies the inspectorate has opened this super-complaint to for views on adequacy (besides
    # the ones that raised it).
    adequacy_opened_to = models.ManyToManyField(Organisation, blank=True, related_name="adequacy_opened")
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
    status = models.CharField(max_length=30, choices=choices(ComplaintStatus), default=ComplaintStatus.RECEIVED)
    sources = models.JSONField(default=list, blank=True)  # public pages the catalogue's facts come from
    # The catalogue file's values as last loaded (None: created in the service). A re-load compares the
    # file, this and the row three ways, so it never overwrites what someone changed in the service (ADR 0014).
    loaded = models.JSONField(null=True, blank=True, editable=False)
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords(excluded_fields=["loaded"])

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.short_title or self.title

    def get_absolute_url(self) -> str:
        return cached_reverse("tracker:complaint", self.slug)

    @property
    def status_term(self) -> ComplaintStatus:
        return ComplaintStatus(self.status)

    @property
    def web_sources(self) -> list[str]:
        """Sources safe to link to: http(s) addresses only (never a javascript: or data: link)."""
        return [u for u in self.sources or [] if str(u).startswith(("https://", "http://"))]

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
    # No classes and no named bodies: the addressees are not yet known, and nobody owes a response yet.
    recipient_classes = models.JSONField(default=list)
    # Organisations addressed by name besides the classes (a force, a national body): ids.
    named_bodies = models.JSONField(default=list, blank=True)
    parts = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)
    # Progress-update clock: from the catalogue's due date or a date in the text; editable.
    update_due = models.DateField(null=True, blank=True)
    # A retired recommendation stays on the record with its responses but asks nothing more of anyone.
    retired_on = models.DateField(null=True, blank=True)
    retired_reason = models.TextField(blank=True)
    loaded = models.JSONField(null=True, blank=True, editable=False)  # as on SuperComplaint
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords(excluded_fields=["loaded"])

    class Meta:
        ordering = ["super_complaint", "order"]
        constraints = [
            models.UniqueConstraint(fields=["super_complaint", "number"], name="unique_recommendation_number")
        ]

    def __str__(self) -> str:
        return f"Recommendation {self.number}"

    def get_absolute_url(self) -> str:
        return cached_reverse("tracker:recommendation", self.super_complaint_id, self.number)

    @property
    def text_status(self) -> TextStatus:
        if not self.text_known:
            return TextStatus.UNKNOWN
        return TextStatus.SUMMARY if self.text_is_summary else TextStatus.VERBATIM

    @property
    def recipients_known(self) -> bool:
        return bool(self.recipient_classes or self.named_bodies)

    @property
    def addressed_to(self) -> str:
        """Who it is addressed to, as people read it ("Recipients not yet recorded" while unknown). Named
        bodies cost one query, only for the few recommendations that have them."""
        if not self.recipients_known:
            return RECIPIENTS_UNKNOWN
        labels = {m.value: m.label for m in RecipientClass}
        names = [labels.get(c, c) for c in self.recipient_classes or []]
        if self.named_bodies:
            by_id = dict(Organisation.objects.filter(pk__in=self.named_bodies).values_list("pk", "name"))
            names += [by_id.get(i, i) for i in self.named_bodies]
        return "; ".join(names)

    @property
    def retired(self) -> bool:
        return self.retired_on is not None


class Recipient(models.Model):
    """One organisation that owes a response to one recommendation (the fan-out of its classes)."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="recipients")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="recipient_of")
    recipient_class = models.CharField(max_length=40)
    history = HistoricalRecords()

    class Meta:
        ordering = ["recommendation", "organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["recommendation", "organisation"], name="unique_recipient")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} owes {self.recommendation}"


class TimelineEvent(models.Model):
    """One dated step of a super-complaint's life that is not already a field of the record (its received
    and publication dates and its deadlines are, and the timeline shows them from there)."""

    super_complaint = models.ForeignKey(SuperComplaint, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=30, choices=choices(LifeEvent))
    date = models.CharField(max_length=10, help_text="YYYY, YYYY-MM or YYYY-MM-DD")  # partial, as known
    sort_date = models.DateField()
    description = models.TextField()
    outcome = models.CharField(max_length=200, blank=True)  # e.g. the eligibility decision
    # Seeded from the catalogue file: this key stops a re-load adding it twice (the service owns it after).
    source_key = models.CharField(max_length=200, blank=True)
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords()

    class Meta:
        ordering = ["super_complaint", "sort_date", "pk"]
        constraints = [models.UniqueConstraint(fields=["super_complaint", "source_key"], name="unique_seeded_event",
                                               condition=~models.Q(source_key=""))]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date}"


class FollowUpRequest(models.Model):
    """The inspectorate asked some recipients for an update on some recommendations by a date: a deadline
    for exactly the owed pairs among them (``pairs``), answered by a response published on or after ``asked_on``."""

    super_complaint = models.ForeignKey(SuperComplaint, on_delete=models.CASCADE, related_name="follow_up_requests")
    asked_on = models.DateField()
    due = models.DateField()
    description = models.TextField()
    recommendations = models.ManyToManyField(Recommendation, related_name="follow_up_requests")
    organisations = models.ManyToManyField(Organisation, related_name="follow_up_requests")
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords(m2m_fields=[recommendations, organisations])

    class Meta:
        ordering = ["super_complaint", "-asked_on", "-pk"]

    def __str__(self) -> str:
        return f"Follow-up of {self.asked_on}"

    def pairs(self):
        """The Recipient rows asked: a chosen body that does not owe a chosen recommendation is not asked it."""
        return Recipient.objects.filter(recommendation__in=self.recommendations.all(),
                                        organisation__in=self.organisations.all())


class AdequacyAccessChange(models.Model):
    """A log line: the inspectorate opened a super-complaint to designated bodies (or closed it again)."""

    super_complaint = models.ForeignKey(SuperComplaint, on_delete=models.CASCADE, related_name="adequacy_changes")
    added = models.JSONField(default=list)
    removed = models.JSONField(default=list)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
