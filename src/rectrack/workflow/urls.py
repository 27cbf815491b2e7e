from django.urls import path

from rectrack.workflow import views

app_name = "workflow"
urlpatterns = [
    path("responses/<int:pk>/transition/", views.TransitionView.as_view(), name="transition"),
    path("complaints/<slug:slug>/deadlines/", views.DeadlineSettingsView.as_view(), name="deadlines"),
    path("reminders/", views.ReminderLogView.as_view(), name="reminders"),
]
