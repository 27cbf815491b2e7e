from django.urls import path

from rectrack.api.api import api

urlpatterns = [path("", api.urls)]
