"""Timings at the benchmark's size. Slow (builds ~22,000 responses): run with RECTRACK_PERF=1."""
import os
import statistics
import time

import pytest
from django.core.cache import cache
from django.urls import reverse

from rectrack.publishing.snapshots import take_snapshot
from tests.publishing import benchdata

pytestmark = pytest.mark.skipif(not os.environ.get("RECTRACK_PERF"), reason="set RECTRACK_PERF=1 to run")


def _time(fn, n=1):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def test_benchmark_sized_timings(users, client):
    complaints = benchdata.build()
    sc = complaints[0]
    org_id = "avon-and-somerset-constabulary"

    [snap_s] = _time(lambda: take_snapshot(user=users.inspector, super_complaint=None))
    url = reverse("publishing:complaint", args=[sc.slug])
    cache.clear()
    [cold] = _time(lambda: client.get(url))
    warm = sorted(_time(lambda: client.get(url), 40))
    p95 = warm[int(0.95 * len(warm)) - 1]
    pdf_url = reverse("publishing:record_pdf", args=[sc.slug, org_id])
    client.get(pdf_url)  # WeasyPrint's first run loads fonts
    pdf = sorted(_time(lambda: client.get(pdf_url), 5))
    csv_url = reverse("publishing:opendata", args=[sc.slug, "csv"])
    [csv_s] = _time(lambda: b"".join(client.get(csv_url).streaming_content))
    print(f"\nnational snapshot {snap_s:.2f}s; public table cold {cold * 1000:.0f} ms, warm median "
          f"{statistics.median(warm) * 1000:.0f} ms p95 {p95 * 1000:.0f} ms; PDF median "
          f"{statistics.median(pdf):.2f}s max {pdf[-1]:.2f}s; CSV {csv_s * 1000:.0f} ms")
    assert snap_s < 10
    assert p95 < 0.1
    assert pdf[-1] < 2
