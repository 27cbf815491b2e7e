from django.urls import path

from rectrack.work.views import comments, home, notifications, overdue, records, scrutiny

app_name = "work"
urlpatterns = [
    path("", home.HomeView.as_view(), name="home"),
    path("notifications/", notifications.PreferenceView.as_view(), name="notifications"),
    path("scrutiny/<int:pk>/", scrutiny.ScrutinyView.as_view(), name="scrutiny"),
    path("overdue/", overdue.OverdueView.as_view(), name="overdue"),
    path("overdue/<slug:org_id>/reminder/", overdue.ReminderView.as_view(), name="reminder"),
    path("records/<slug:slug>/<slug:org_id>/", records.internal_record, name="record"),
    path("records/<slug:slug>/<slug:org_id>/record.pdf", records.internal_record_pdf, name="record_pdf"),
    path("records/<slug:slug>/<slug:org_id>/overall-comments/", comments.OverallCommentView.as_view(),
         name="overall_comments"),
]
