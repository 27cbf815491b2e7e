"""The hook between the record and its read model, in the ground layer so both sides can reach it.

The record (responses, workflow, the catalogue) never imports the read model (``rectrack.tracker``),
which sits above it. Instead the read model registers a ``refresh`` callable here and reports the
(recommendation id, organisation id) pairs a write touched with ``touch``; a writer that makes many
changes at once wraps them in ``batch()`` so the pairs are refreshed once, when the outermost batch
ends (still inside the writer's transaction: the read model never lags its record).
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager

Pair = tuple[int, str]

_refresher: Callable[[set[Pair]], None] | None = None
_local = threading.local()


def register(refresher: Callable[[set[Pair]], None]) -> None:
    global _refresher
    _refresher = refresher


def touch(pairs: Iterable[Pair]) -> None:
    pairs = set(pairs)
    if not pairs or _refresher is None:
        return
    pending = getattr(_local, "pending", None)
    if pending is not None:
        pending |= pairs
    else:
        _refresher(pairs)


@contextmanager
def batch():
    """Collect touched pairs and refresh them once at the end (nested batches join the outermost)."""
    if getattr(_local, "pending", None) is not None:
        yield
        return
    _local.pending = set()
    try:
        yield
    except BaseException:
        _local.pending = None  # the writer's transaction rolls back: nothing to refresh
        raise
    pairs, _local.pending = _local.pending, None
    if pairs and _refresher is not None:
        _refresher(pairs)


@contextmanager
def suspended():
    """Collect and drop touches (bulk loaders that rebuild the read model afterwards)."""
    previous = getattr(_local, "pending", None)
    _local.pending = set()
    try:
        yield
    finally:
        _local.pending = previous
