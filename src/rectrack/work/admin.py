"""Read-only admin views of notifications and scrutiny: the inspectorate's log of what was sent to whom.
Writes go through ``rectrack.work`` services (the pages, the signals, the scheduler)."""
from django.contrib import admin

from rectrack.core.admin import ReadOnlyAdmin
from rectrack.work.models import Notification, NotificationPreference, ScrutinyEntry


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "event", "email", "subject", "digest", "sent_at", "error"]
    list_filter = ["event", "digest"]
    search_fields = ["email", "subject"]


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(ReadOnlyAdmin):
    list_display = ["user", "frequency", "updated_at"]
    list_filter = ["frequency"]
    list_select_related = ["user"]


@admin.register(ScrutinyEntry)
class ScrutinyEntryAdmin(ReadOnlyAdmin):
    list_display = ["at", "organisation", "response", "kind", "response_version", "by"]
    list_filter = ["kind"]
    list_select_related = ["organisation", "response__organisation", "response__recommendation", "by"]
