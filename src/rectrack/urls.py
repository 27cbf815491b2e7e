from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("rectrack.tracker.urls")),
    path("organisations/", include("rectrack.organisations.urls")),
    path("catalogue/", include("rectrack.complaints.urls")),
    path("responses/", include("rectrack.responses.urls")),
    path("accounts/", include("rectrack.accounts.urls")),
    path("documents/", include("rectrack.ingestion.urls")),
    path("workflow/", include("rectrack.workflow.urls")),
    path("public/", include("rectrack.publishing.urls")),
    path("exports/", include("rectrack.exports.urls")),
    path("api/", include("rectrack.api.urls")),
    path("admin/", admin.site.urls),
]
