"""Request guards that apply before any view reads the request."""
from django.http import HttpResponseBadRequest
from django.utils.cache import patch_cache_control

from rectrack.core.validators import has_control


class RefuseControlCharactersMiddleware:
    """A query string or path with NUL or other control characters is bad input, refused with 400 before a
    filter reaches the database (PostgreSQL refuses NUL in text: it would be a server error)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The same rule as every form and API field (C1 controls included), so nothing refused there gets in here.
        if has_control(request.path) or any(has_control(key) or any(has_control(v) for v in values)
                                            for key, values in request.GET.lists()):
            return HttpResponseBadRequest("The address contains control characters (such as a null character): "
                                          "remove them and try again.", content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class PrivateCacheMiddleware:
    """What a signed-in person (or an API token's user) reads may hold working copies, drafts or their own
    details: unless a view chose its own caching (public data such as published evidence says so), the browser
    and any cache on the way must not keep it (``Cache-Control: private, no-store``; ADR 0021)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if getattr(user, "is_authenticated", False) and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response
