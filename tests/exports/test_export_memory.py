"""Peak memory of the full responses export at the benchmark size (opt-in: RECTRACK_EXPORT_BENCH=1, ~6 min).

Builds bench.dataset at scale 1.25 (~24,800 responses, ~74,000 actions: above the 22,000/66,000 benchmark),
then streams /exports/responses.csv and /exports/actions.csv as the inspectorate (every row) and measures
the peak of Python allocations during the download with tracemalloc. The budget is 150 MB for the whole
process; the allocations of one download must stay well inside it.
"""
import os
import tracemalloc

import pytest

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not os.environ.get("RECTRACK_EXPORT_BENCH"), reason="set RECTRACK_EXPORT_BENCH=1 to run"),
]

BUDGET_MB = 60  # allocations during one download; the process itself starts at ~55 MB


@pytest.mark.parametrize("table", ["responses", "actions"])
def test_full_export_peak_memory(client, table):
    from bench.dataset import BENCH_USERNAME, generate
    from rectrack.accounts.models import User

    generate(scale=1.25)
    client.force_login(User.objects.get(username=BENCH_USERNAME))
    tracemalloc.start()
    try:
        response = client.get(f"/exports/{table}.csv")
        size = sum(len(chunk) for chunk in response.streaming_content)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"BENCH export {table}.csv: {size / 1e6:.1f} MB, peak allocations {peak / 1e6:.1f} MB")
    assert size > 5_000_000
    assert peak < BUDGET_MB * 1_000_000
