from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("rectrack.complaints.urls")),
    path("organisations/", include("rectrack.organisations.urls")),
    path("responses/", include("rectrack.responses.urls")),
    path("accounts/", include("rectrack.accounts.urls")),
    path("admin/", admin.site.urls),
]
