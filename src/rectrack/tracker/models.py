"""The tracker's read model: one row per recipient x recommendation, the *standing* of that pair.

A standing is never edited by a person: ``rectrack.tracker.projector`` derives it from the record
(responses, joint links, published versions, workflow transitions, deadline extensions, no-response checks,
the catalogue) whenever any of those change, in the same transaction. It holds the cell twice:

- the **internal** answer (the working copy of the recipient's own response, else of a joint response it
  agreed to): what the inspectorate and the body's own side see;
- the **public** answer (the published version of its own response, else of a joint one): what everyone
  else sees. The public columns are empty until something is published, and after a withdrawal.

and both deadline clocks (effective due date, the date before any extension, when it was met), so pages,
exports, charts, snapshots, reminders and the API all read one table, two ways (ADR 0012).
"""
from django.db import models

from rectrack.complaints.models import Recommendation, SuperComplaint
from rectrack.organisations.models import Organisation
from rectrack.responses.models import NoResponseCheck, Response, ResponseVersion
from rectrack.workflow.models import DeadlineExtension


class Standing(models.Model):
    super_complaint = models.ForeignKey(SuperComplaint, on_delete=models.CASCADE, related_name="+")
    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="standings")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="standings")

    # The internal answer.
    response = models.ForeignKey(Response, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    written_by = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", help_text="The writer, when a joint response answers")
    state = models.CharField(max_length=12, blank=True)
    progress = models.CharField(max_length=20, blank=True)
    position = models.CharField(max_length=20, blank=True)
    as_of = models.DateField(null=True, blank=True)

    # The public answer.
    public_response = models.ForeignKey(Response, null=True, blank=True, on_delete=models.SET_NULL,
                                        related_name="+")
    public_version = models.ForeignKey(ResponseVersion, null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+")
    public_written_by = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                          related_name="+")
    public_progress = models.CharField(max_length=20, blank=True)
    public_position = models.CharField(max_length=20, blank=True)
    public_as_of = models.DateField(null=True, blank=True)
    first_published_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, help_text="When the public answer was published")

    # The deadline clocks: effective due date (after any extension), the original one, and when met.
    initial_due = models.DateField(null=True, blank=True)
    initial_original_due = models.DateField(null=True, blank=True)
    initial_met_on = models.DateField(null=True, blank=True)
    initial_extension = models.ForeignKey(DeadlineExtension, null=True, blank=True, on_delete=models.SET_NULL,
                                          related_name="+")
    has_update_clock = models.BooleanField(default=False)
    update_due = models.DateField(null=True, blank=True)
    update_original_due = models.DateField(null=True, blank=True)
    update_met_on = models.DateField(null=True, blank=True)
    update_extension = models.ForeignKey(DeadlineExtension, null=True, blank=True, on_delete=models.SET_NULL,
                                         related_name="+")

    no_response_check = models.ForeignKey(NoResponseCheck, null=True, blank=True, on_delete=models.SET_NULL,
                                          related_name="+")
    # Joint answers offered to this body and still waiting for its decision.
    pending_joint = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["recommendation", "organisation"], name="unique_standing"),
        ]
        indexes = [
            models.Index(fields=["super_complaint", "organisation"]),
            models.Index(fields=["organisation", "super_complaint"]),
            # Covers the public index's count of owed and published answers per super-complaint.
            models.Index(fields=["super_complaint", "public_response"], name="standing_public_count"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} on {self.recommendation_id}"

    @property
    def joint(self) -> bool:
        return self.written_by_id is not None
