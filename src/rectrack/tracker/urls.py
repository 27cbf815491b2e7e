from django.urls import path

from rectrack.tracker.views import complaints, deadlines, organisations, recommendations

app_name = "tracker"
urlpatterns = [
    path("super-complaints/", complaints.SuperComplaintListView.as_view(), name="complaints"),
    path("super-complaints/<slug:slug>/", complaints.SuperComplaintDetailView.as_view(), name="complaint"),
    path("super-complaints/<slug:slug>/recommendations/<str:number>/",
         recommendations.RecommendationDetailView.as_view(), name="recommendation"),
    path("organisations/<slug:org_id>/", organisations.OrganisationDetailView.as_view(), name="organisation"),
    path("workflow/deadlines/", deadlines.DeadlineListView.as_view(), name="deadline_list"),
    path("workflow/complaints/<slug:slug>/extend/<slug:org_id>/", deadlines.ExtensionView.as_view(), name="extend"),
]
