"""The garbage collector of a web process, set for pages that build thousands of small objects.

A national matrix makes ~2,800 cells; with CPython's default thresholds (700 allocations) a request ran
hundreds of young collections and a few full ones over every object the process had loaded (Django, the URL
patterns, the templates): about 27 ms of a ~75 ms page (measured, ADR 0013). Once the application is loaded,
``tune()`` moves everything alive into the permanent generation (``gc.freeze()``: never scanned again) and
raises the young generation's threshold, so a request pays a few collections of its own objects only.
Reference counting still frees almost everything at once; only cyclic garbage waits a little longer.

``GC_THRESHOLD`` in the environment sets the young threshold (0 leaves the collector as Python sets it).
"""
import gc
import os

DEFAULT_THRESHOLD = 20_000


def tune(threshold: int | None = None) -> int:
    """Freeze what is loaded and set the young threshold; returns the threshold in force (0: untouched)."""
    if threshold is None:
        threshold = int(os.environ.get("GC_THRESHOLD", DEFAULT_THRESHOLD))
    if threshold <= 0:
        return 0
    gc.collect()  # what is garbage now is not frozen
    gc.freeze()
    _, second, third = gc.get_threshold()
    gc.set_threshold(threshold, second, third)
    return threshold
