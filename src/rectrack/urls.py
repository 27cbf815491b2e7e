from django.contrib import admin
from django.urls import include, path

from rectrack.work.views.home import root

urlpatterns = [
    # Signed-in people land on their own work; everyone else on the super-complaints.
    path("", root, name="root"),
    path("", include("rectrack.tracker.urls")),
    path("work/", include("rectrack.work.urls")),
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
