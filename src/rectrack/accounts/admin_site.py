"""The admin site: the inspectorate's only, signed in through the accounts' throttled form (ADR 0009).

Here rather than in ``core`` because it needs the sign-in form, and ``core`` (the ground layer) imports
nothing above it; the model admins' base classes stay in ``core.admin`` for every app to use."""
from django.contrib import admin

from rectrack.accounts.forms import AdminSignInForm


class RectrackAdminSite(admin.AdminSite):
    site_header = "rectrack administration"
    site_title = "rectrack admin"
    index_title = "Reference data and accounts"
    # Admits the inspectorate (like has_permission) and words a throttled attempt as /accounts/sign-in/ does;
    # the throttle itself runs in the authentication backend, for every sign-in form.
    login_form = AdminSignInForm

    def has_permission(self, request):
        # The admin is for the inspectorate role only, whatever Django's staff flag says.
        return bool(request.user.is_active and getattr(request.user, "is_inspectorate", False))
