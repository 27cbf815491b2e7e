from django.contrib import admin

from rectrack.complaints.models import Recipient, Recommendation, SuperComplaint
from rectrack.core.admin import InspectorateAdmin


@admin.register(SuperComplaint)
class SuperComplaintAdmin(InspectorateAdmin):
    list_display = ["slug", "short_title", "report_published", "initial_response_days"]
    filter_horizontal = ["designated_bodies"]


@admin.register(Recommendation)
class RecommendationAdmin(InspectorateAdmin):
    list_display = ["super_complaint", "number", "update_due", "text_known"]
    list_filter = ["super_complaint"]


@admin.register(Recipient)
class RecipientAdmin(InspectorateAdmin):
    list_display = ["recommendation", "organisation", "recipient_class"]
    list_filter = ["recommendation__super_complaint", "recipient_class"]
    search_fields = ["organisation__name"]
