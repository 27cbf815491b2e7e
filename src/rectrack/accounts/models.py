from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    class Role(models.TextChoices):
        INSPECTORATE = "inspectorate", "Inspectorate"
        ORG_EDITOR = "org_editor", "Organisation editor"
        DESIGNATED_BODY = "designated_body", "Designated body"

    role = models.CharField(max_length=20, choices=Role.choices, default=Role.ORG_EDITOR)
    organisation = models.ForeignKey(
        "organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )

    @property
    def is_inspectorate(self) -> bool:
        return self.is_active and self.role == self.Role.INSPECTORATE

    @property
    def is_org_editor(self) -> bool:
        return self.is_active and self.role == self.Role.ORG_EDITOR and self.organisation_id is not None

    @property
    def is_designated_body(self) -> bool:
        return self.is_active and self.role == self.Role.DESIGNATED_BODY and self.organisation_id is not None
