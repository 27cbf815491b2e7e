from django.contrib import admin

from rectrack.core.admin import InspectorateAdmin
from rectrack.organisations.models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(InspectorateAdmin):
    list_display = ["id", "name", "kind", "region", "oversees"]
    list_filter = ["kind", "region"]
    search_fields = ["id", "name"]
