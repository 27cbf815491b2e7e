from django.urls import path

from rectrack.workflow import views

app_name = "workflow"
urlpatterns = [
    path("responses/<int:pk>/transition/", views.TransitionView.as_view(), name="transition"),
    path("deadlines/", views.DeadlineListView.as_view(), name="deadline_list"),
    path("complaints/<slug:slug>/deadlines/", views.DeadlineSettingsView.as_view(), name="deadlines"),
    path("complaints/<slug:slug>/extend/<slug:org_id>/", views.ExtensionView.as_view(), name="extend"),
    path("reminders/", views.ReminderLogView.as_view(), name="reminders"),
]
