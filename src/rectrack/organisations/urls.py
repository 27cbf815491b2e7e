from django.urls import path

from rectrack.organisations.views import OrganisationDetailView, OrganisationListView

app_name = "organisations"
urlpatterns = [
    path("", OrganisationListView.as_view(), name="list"),
    path("<slug:org_id>/", OrganisationDetailView.as_view(), name="detail"),
]
