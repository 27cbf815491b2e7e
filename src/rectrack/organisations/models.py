from django.db import models


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
        from django.urls import reverse

        return reverse("organisations:detail", args=[self.id])
