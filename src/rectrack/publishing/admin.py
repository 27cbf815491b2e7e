"""Snapshots in the admin: read-only, because a snapshot is never changed once taken."""
from django.contrib import admin

# The ingestion app's read-only admin (inspectorate may view; nobody adds, changes or deletes).
from rectrack.core.admin import ReadOnlyAdmin
from rectrack.publishing.models import Snapshot, SnapshotRow


@admin.register(Snapshot)
class SnapshotAdmin(ReadOnlyAdmin):
    list_display = ["title", "scope_title", "as_at", "taken_by_name", "taken_at", "row_count", "content_sha256"]
    list_filter = ["super_complaint"]
    date_hierarchy = "as_at"


@admin.register(SnapshotRow)
class SnapshotRowAdmin(ReadOnlyAdmin):
    list_display = ["snapshot", "super_complaint", "organisation_name", "recommendation", "state", "progress"]
    list_filter = ["state", "progress"]
    list_select_related = ["snapshot"]
    show_full_result_count = False
