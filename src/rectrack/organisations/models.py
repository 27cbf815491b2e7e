from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords


class Organisation(models.Model):
    class Kind(models.TextChoices):
        FORCE = "force", "Police force"
        POLICING_BODY = "policing_body", "Policing body (PCC or equivalent)"
        NATIONAL = "national", "National body"
        DESIGNATED_BODY = "designated_body", "Designated body"

    # The reference data's stable ids are the primary key so URLs, API and exports share one name.
    id = models.SlugField(primary_key=True, max_length=100)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    oversees = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="overseen_by"
    )
    body_type = models.CharField(max_length=50, blank=True)
    country = models.CharField(max_length=100, blank=True)
    region = models.CharField(max_length=100, blank=True)
    former_names = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("tracker:organisation", args=[self.id])


class Pairing(models.Model):
    """Two organisations the inspectorate links so that one may answer jointly for the other.

    A force and the policing body that oversees it are paired without one (``Organisation.oversees``).
    Stored with ``first`` < ``second`` (by id), so a pair has one row whichever way it was asked for.
    """

    first = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="unique_pairing"),
            models.CheckConstraint(condition=models.Q(first__lt=models.F("second")), name="pairing_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.first_id} and {self.second_id}"
