from django.urls import path

from rectrack.complaints.views.complaints import SuperComplaintDetailView, SuperComplaintListView
from rectrack.complaints.views.recommendations import RecommendationDetailView

app_name = "complaints"
urlpatterns = [
    path("", SuperComplaintListView.as_view(), name="list"),
    path("super-complaints/<slug:slug>/", SuperComplaintDetailView.as_view(), name="detail"),
    path("super-complaints/<slug:slug>/recommendations/<str:number>/", RecommendationDetailView.as_view(),
         name="recommendation"),
]
