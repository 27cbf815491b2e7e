"""Forms for signing in, passwords, API tokens and the sign-in log filters (GOV.UK markup through
``govuk/field.html`` and ``GovukFormMixin``)."""
import datetime

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.password_validation import password_validators_help_texts
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format

from rectrack.accounts import throttle, tokens
from rectrack.accounts.models import ApiToken, SignInEvent
from rectrack.core.forms import GovukFormMixin

_INPUTS = (forms.PasswordInput, forms.EmailInput)


class _Wording:
    """Our labels, hints and error messages on Django's own form fields. Applied straight after the form
    builds its fields and before GovukFormMixin reads them (it caches the bound fields)."""

    labels: dict = {}
    hints: dict = {}
    messages: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in self.labels.items():
            self.fields[name].label = label
        for name, hint in self.hints.items():
            self.fields[name].help_text = hint() if callable(hint) else hint
        for name, messages in self.messages.items():
            self.fields[name].error_messages.update(messages)


class AccountFormMixin(GovukFormMixin, _Wording):
    """GovukFormMixin, plus the GOV.UK input classes on password and email boxes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, _INPUTS):
                field.widget.attrs["class"] = "govuk-input govuk-!-width-two-thirds"
                field.widget.attrs.setdefault("spellcheck", "false")

    def full_clean(self):
        super().full_clean()
        for name in self._errors or {}:
            if name in self.fields and isinstance(self.fields[name].widget, _INPUTS):
                self.fields[name].widget.attrs["class"] += " govuk-input--error"


class ThrottleMessageMixin:
    """When the throttle refused the attempt, say so (and for how long) instead of "wrong password"."""

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            decision = getattr(self.request, "sign_in_throttle", None)
            if decision is not None and decision.locked:
                raise ValidationError(
                    f"Too many failed attempts to sign in. Wait {throttle.minutes(decision.wait_seconds)}, "
                    "then try again. You can also reset your password.", code="throttled") from None
            raise

    @property
    def throttled(self) -> bool:
        return any(e.code == "throttled" for e in self.errors.as_data().get("__all__", []))


class SignInForm(ThrottleMessageMixin, auth_forms.AuthenticationForm):
    pass


class AdminSignInForm(ThrottleMessageMixin, AdminAuthenticationForm):
    """The admin's own sign-in form (``RectrackAdminSite.login_form``), with the same throttle message.

    Like ``RectrackAdminSite.has_permission``, it admits the inspectorate role, whatever the staff flag says."""

    def confirm_login_allowed(self, user):
        auth_forms.AuthenticationForm.confirm_login_allowed(self, user)
        if not getattr(user, "is_inspectorate", False):
            raise ValidationError(self.error_messages["invalid_login"], code="invalid_login",
                                  params={"username": self.username_field.verbose_name})


def _plain_password_hint() -> str:
    # Django's hint is an HTML list; the GOV.UK hint is one short paragraph of text.
    return " ".join(password_validators_help_texts())


class _NewPasswordWording(AccountFormMixin):
    labels = {"new_password2": "Confirm new password"}
    hints = {"new_password1": _plain_password_hint}


class PasswordChangeForm(_NewPasswordWording, auth_forms.PasswordChangeForm):
    pass


class SetPasswordForm(_NewPasswordWording, auth_forms.SetPasswordForm):
    pass


class PasswordResetForm(AccountFormMixin, auth_forms.PasswordResetForm):
    labels = {"email": "Email address"}
    hints = {"email": "The email address of your rectrack account"}
    messages = {"email": {"required": "Enter your email address",
                          "invalid": "Enter an email address in the correct format, like name@example.com"}}


class ApiTokenForm(GovukFormMixin, forms.Form):
    name = forms.CharField(
        max_length=40, label="Name",
        help_text="So that you can tell your tokens apart, for example the system that will use it",
        error_messages={"required": "Enter a name for the token, for example the system that will use it",
                        "max_length": "The name must be 40 characters or fewer"},
    )
    access = forms.ChoiceField(
        label="What may the token do?", widget=forms.RadioSelect,
        choices=[(ApiToken.Access.READ, "Read only: read what you can see"),
                 (ApiToken.Access.READ_WRITE, "Read and write: also make the changes you can make")],
        error_messages={"required": "Select what the token may do"},
    )
    days = forms.TypedChoiceField(label="When does it expire?", coerce=int, widget=forms.RadioSelect,
                                  error_messages={"required": "Select when the token expires"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["days"].choices = [
            (d, f"In {d} days ({date_format(today + datetime.timedelta(days=d), 'j F Y')})")
            for d in tokens.expiry_choices()
        ]


class SignInLogFilterForm(GovukFormMixin, forms.Form):
    outcome = forms.ChoiceField(label="Outcome", required=False,
                                choices=[("", "All outcomes"), *SignInEvent.Outcome.choices])
    user = forms.CharField(label="Username", required=False, max_length=150,
                           help_text="The username typed, or the user's username")
