from django.urls import path

from rectrack.organisations.views import OrganisationListView, PairsView

app_name = "organisations"
urlpatterns = [
    path("", OrganisationListView.as_view(), name="list"),
    path("<slug:org_id>/pairs/", PairsView.as_view(), name="pairs"),
]
