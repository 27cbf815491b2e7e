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


class InspectorateAdmin(admin.ModelAdmin):
    """Reference data is the inspectorate's: every admin permission follows the role."""

    def _allowed(self, request, obj=None):
        return bool(request.user.is_active and getattr(request.user, "is_inspectorate", False))

    has_module_permission = _allowed
    has_view_permission = _allowed
    has_add_permission = _allowed
    has_change_permission = _allowed
    has_delete_permission = _allowed


class ReadOnlyAdmin(InspectorateAdmin):
    """Records written only through services (ingestion, snapshots): the admin may look, not touch."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

