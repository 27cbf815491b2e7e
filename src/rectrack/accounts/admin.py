from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from rectrack.accounts.models import User
from rectrack.core.admin import InspectorateAdmin


@admin.register(User)
class UserAdmin(InspectorateAdmin, BaseUserAdmin):
    list_display = ["username", "email", "role", "organisation", "is_active"]
    list_filter = ["role", "is_active"]
    fieldsets = BaseUserAdmin.fieldsets + (("rectrack", {"fields": ("role", "organisation")}),)
    add_fieldsets = BaseUserAdmin.add_fieldsets + (("rectrack", {"fields": ("role", "organisation")}),)
