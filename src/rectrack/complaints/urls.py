from django.urls import path

from rectrack.complaints.views import adequacy, follow_ups, recommendations, super_complaints, timeline

app_name = "catalogue"
urlpatterns = [
    path("", super_complaints.CatalogueView.as_view(), name="list"),
    path("new/", super_complaints.SuperComplaintCreateView.as_view(), name="create"),
    path("<slug:slug>/edit/", super_complaints.SuperComplaintEditView.as_view(), name="edit"),
    path("<slug:slug>/adequacy-access/", adequacy.AdequacyAccessView.as_view(), name="adequacy_access"),
    path("<slug:slug>/recommendations/new/", recommendations.RecommendationCreateView.as_view(),
         name="recommendation_create"),
    path("<slug:slug>/recommendations/<str:number>/edit/", recommendations.RecommendationEditView.as_view(),
         name="recommendation_edit"),
    path("<slug:slug>/recommendations/<str:number>/retire/", recommendations.RetireView.as_view(),
         name="recommendation_retire"),
    path("<slug:slug>/timeline/", timeline.TimelineView.as_view(), name="timeline"),
    path("<slug:slug>/timeline/<int:pk>/edit/", timeline.EventEditView.as_view(), name="event_edit"),
    path("<slug:slug>/timeline/<int:pk>/delete/", timeline.EventDeleteView.as_view(), name="event_delete"),
    path("<slug:slug>/follow-ups/new/", follow_ups.FollowUpCreateView.as_view(), name="follow_up_create"),
]
