"""Password change (signed in) and reset by email: Django's views with GOV.UK templates, audited.

A reset request shows the same page whether or not the address belongs to an account, and whether or
not the request was throttled, so the form tells nobody which addresses have accounts.
"""
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.urls import reverse_lazy

from rectrack.accounts import audit, throttle
from rectrack.accounts.forms import PasswordChangeForm, PasswordResetForm, SetPasswordForm
from rectrack.accounts.network import client_address

NAV = {"nav_section": "account"}


def valid_for() -> str:
    return throttle.minutes(settings.PASSWORD_RESET_TIMEOUT)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    title = "Change your password"
    form_class = PasswordChangeForm
    success_url = reverse_lazy("accounts:account")
    extra_context = NAV

    def form_valid(self, form):
        response = super().form_valid(form)  # keeps this session signed in; other sessions are signed out
        audit.record(audit.Outcome.PASSWORD_CHANGED, self.request, user=form.user)
        messages.success(self.request, "Your password has been changed.")
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    title = "Reset your password"
    form_class = PasswordResetForm
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        users = list(form.get_users(email))
        user = users[0] if len(users) == 1 else None
        if not throttle.allow_reset_request(email, client_address(self.request)):
            audit.record(audit.Outcome.RESET_REFUSED, self.request, username=email, user=user)
            return HttpResponseRedirect(self.get_success_url())
        audit.record(audit.Outcome.RESET_REQUESTED, self.request, username=email, user=user,
                     detail="" if users else "No active account has this email address")
        self.extra_email_context = {"valid_for": valid_for()}
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(valid_for=valid_for(), **kwargs)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    title = "Choose a new password"
    form_class = SetPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        audit.record(audit.Outcome.PASSWORD_RESET, self.request, user=form.user)
        throttle.clear_for_username(form.user.get_username(), client_address(self.request))
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
