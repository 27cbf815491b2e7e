from django.urls import path

from rectrack.complaints.views import AdequacyAccessView

app_name = "catalogue"
urlpatterns = [
    path("<slug:slug>/adequacy-access/", AdequacyAccessView.as_view(), name="adequacy_access"),
]
