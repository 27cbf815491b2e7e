"""Request guards that apply before any view reads the request."""
import re

from django.http import HttpResponseBadRequest

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RefuseControlCharactersMiddleware:
    """A query string or path with NUL or other control characters is bad input, refused with 400 before a
    filter reaches the database (PostgreSQL refuses NUL in text: it would be a server error)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _CONTROL.search(request.path) or any(_CONTROL.search(key) or any(_CONTROL.search(v) for v in values)
                                                for key, values in request.GET.lists()):
            return HttpResponseBadRequest("The address contains control characters (such as a null character): "
                                          "remove them and try again.", content_type="text/plain; charset=utf-8")
        return self.get_response(request)
