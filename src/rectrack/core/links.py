"""``reverse()`` remembered: pages that link to thousands of rows (the matrix, an organisation's page) reverse
the same few URL patterns with the same arguments again and again, and each ``reverse()`` costs tens of
microseconds. The key includes the script prefix and the URLconf in force, so a deployment under a path or a
test with its own URLconf gets its own entries; the cache is bounded."""
import functools

from django.urls import get_script_prefix, get_urlconf, reverse


@functools.lru_cache(maxsize=16384)
def _reverse(urlconf, prefix: str, name: str, args: tuple) -> str:
    return reverse(name, urlconf=urlconf, args=args)


def cached_reverse(name: str, *args) -> str:
    """``reverse(name, args=args)`` for hashable ``args``, remembered."""
    return _reverse(get_urlconf(), get_script_prefix(), name, args)
