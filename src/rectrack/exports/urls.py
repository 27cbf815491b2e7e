from django.urls import path

from rectrack.exports import views

app_name = "exports"
urlpatterns = [
    path("<slug:table>.<str:fmt>", views.download, name="download"),
]
