"""URLs for the logging tests: a page that is forbidden, and one that fails."""
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, StreamingHttpResponse
from django.urls import path

from rectrack.urls import urlpatterns as project_urls


def forbidden(request):
    raise PermissionDenied("Only the inspectorate may do that.")


def broken(request):
    raise RuntimeError("the server fell over")


def fine(request):
    return HttpResponse("fine")


def streamed(request):
    return StreamingHttpResponse(iter([b"a", b"b"]))


urlpatterns = [
    path("forbidden/", forbidden),
    path("broken/", broken),
    path("fine/", fine),
    path("streamed/", streamed),
    *project_urls,  # the error pages' templates link to the service's pages
]
