from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone


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


class ThrottleBucket(models.Model):
    """Failed attempts counted under one key (a username, an address, a pair of both, a device) within a
    fixed window. In the database so that every web process shares the counts (ADR 0009)."""

    # SHA-256 of the key's kind and value: fixed length whatever was typed, and no usernames at rest here.
    key = models.CharField(max_length=64, unique=True)
    failures = models.PositiveIntegerField(default=0)
    window_started = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key[:12]}…: {self.failures} since {self.window_started:%Y-%m-%d %H:%M}"


class SignInEvent(models.Model):
    """The sign-in audit log: one row per attempt, lock-out, sign-out, password change or reset, and
    API token change. Written only by ``rectrack.accounts.audit``; read by the inspectorate."""

    class Outcome(models.TextChoices):
        SUCCESS = "success", "Signed in"
        FAILURE = "failure", "Failed sign-in"
        LOCKED_OUT = "locked_out", "Refused: too many failures"
        SIGNED_OUT = "signed_out", "Signed out"
        TIMED_OUT = "timed_out", "Signed out after inactivity"
        PASSWORD_CHANGED = "password_changed", "Password changed"
        RESET_REQUESTED = "reset_requested", "Password reset requested"
        RESET_REFUSED = "reset_refused", "Password reset refused: too many requests"
        PASSWORD_RESET = "password_reset", "Password reset"
        TOKEN_CREATED = "token_created", "API token created"
        TOKEN_REVOKED = "token_revoked", "API token revoked"

    at = models.DateTimeField(default=timezone.now, db_index=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    # What was typed (a username, or an email address for a reset request), kept even when no user has it.
    username = models.CharField(max_length=150, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="sign_in_events")
    address = models.CharField(max_length=45, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    detail = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["outcome", "-at"]), models.Index(fields=["user", "-at"]),
                   models.Index(fields=["username", "-at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_outcome_display()} {self.username}"

    @property
    def tag_class(self) -> str:
        """The GOV.UK tag colour for the outcome on the log page."""
        return {
            self.Outcome.SUCCESS: "govuk-tag--green",
            self.Outcome.FAILURE: "govuk-tag--red",
            self.Outcome.LOCKED_OUT: "govuk-tag--orange",
            self.Outcome.RESET_REFUSED: "govuk-tag--orange",
        }.get(self.outcome, "govuk-tag--grey")


class ApiToken(models.Model):
    """A personal API token. Only its SHA-256 digest is stored: the token is shown once, at creation."""

    class Access(models.TextChoices):
        READ = "read", "Read only"
        READ_WRITE = "read_write", "Read and write"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=40)
    access = models.CharField(max_length=10, choices=Access.choices)
    # The token's first characters, so that a person can tell their tokens apart (not enough to guess it).
    prefix = models.CharField(max_length=12)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], condition=models.Q(revoked_at__isnull=True),
                                    name="api_token_name_unique_while_active"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def can_write(self) -> bool:
        return self.access == self.Access.READ_WRITE

    def status(self, now=None) -> str:
        now = now or timezone.now()
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= now:
            return "expired"
        return "active"
