from django.contrib import admin


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

