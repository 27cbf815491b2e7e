"""Sign-in throttling: after too many failures for a username or an address, refuse for a while.

Counts live in Django's cache (per-process locmem by default; configure a shared cache in production).
"""
from django.conf import settings
from django.core.cache import cache


def _keys(username: str, address: str) -> list[str]:
    return [f"login-fail:user:{username.lower()}", f"login-fail:addr:{address}"]


def is_locked_out(username: str, address: str) -> bool:
    return any((cache.get(k) or 0) >= settings.LOGIN_THROTTLE_LIMIT for k in _keys(username, address))


def record_failure(username: str, address: str) -> None:
    for key in _keys(username, address):
        cache.add(key, 0, settings.LOGIN_THROTTLE_WINDOW_SECONDS)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, settings.LOGIN_THROTTLE_WINDOW_SECONDS)


def clear(username: str, address: str) -> None:
    cache.delete_many(_keys(username, address))
