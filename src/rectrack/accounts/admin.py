from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils import timezone

from rectrack.accounts import audit
from rectrack.accounts.models import ApiToken, User
from rectrack.core.admin import InspectorateAdmin, ReadOnlyAdmin


@admin.register(User)
class UserAdmin(InspectorateAdmin, BaseUserAdmin):
    list_display = ["username", "email", "role", "organisation", "is_active"]
    list_filter = ["role", "is_active"]
    fieldsets = BaseUserAdmin.fieldsets + (("rectrack", {"fields": ("role", "organisation")}),)
    add_fieldsets = BaseUserAdmin.add_fieldsets + (("rectrack", {"fields": ("role", "organisation")}),)

    def user_change_password(self, request, id, form_url=""):
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302:
            audit.record(audit.Outcome.PASSWORD_CHANGED, request, user=self.get_object(request, unquote(id)),
                         detail=f"Set in the admin by {request.user.get_username()}")
        return response


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    """The inspectorate can see every token (never the token itself) and revoke any, e.g. after a leak."""

    list_display = ["name", "user", "prefix", "access", "created_at", "expires_at", "last_used_at", "revoked_at"]
    list_filter = ["access"]
    search_fields = ["name", "user__username", "prefix"]
    exclude = ["digest"]
    actions = ["revoke"]

    @admin.action(description="Revoke the selected API tokens")
    def revoke(self, request, queryset):
        tokens = list(queryset.filter(revoked_at__isnull=True))
        ApiToken.objects.filter(pk__in=[t.pk for t in tokens]).update(revoked_at=timezone.now())
        for token in tokens:
            audit.record(audit.Outcome.TOKEN_REVOKED, request, user=token.user,
                         detail=f"‘{token.name}’, revoked in the admin by {request.user.get_username()}")
        self.message_user(request, f"Revoked {len(tokens)} token{'s' if len(tokens) != 1 else ''}.", messages.SUCCESS)
