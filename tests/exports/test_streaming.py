"""Large exports stream: nothing is read before the first chunk is asked for, and rows come in chunks.

With a chunk size of 2, four responses take one query for the rows (read with a cursor, not materialised)
plus one query per chunk for the joint recipients; the header leaves before any query runs.
"""
import pytest
from django.db import connection
from django.db.models.query import QuerySet
from django.test.utils import CaptureQueriesContext

from rectrack.core import downloads as writers
from rectrack.exports import tables

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(tables, "CHUNK_SIZE", 2)
    monkeypatch.setattr(writers, "BATCH_ROWS", 1)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_streaming_reads_the_queryset_in_chunks(sample, api_client, small_chunks, fmt):
    client = api_client("inspector")  # sees all four responses
    response = client.get(f"/exports/responses.{fmt}")
    assert response.streaming
    chunks = iter(response.streaming_content)
    with CaptureQueriesContext(connection) as queries:
        first = next(chunks)
    assert first.startswith(b"\xef\xbb\xbfid,super_complaint" if fmt == "csv" else b"[")
    assert len(queries) == 0, "the header must not wait for the data"
    with CaptureQueriesContext(connection) as queries:
        rest = list(chunks)
    selects = [q["sql"] for q in queries]
    assert len(rest) == 4 + (fmt == "json")  # one chunk per row (BATCH_ROWS = 1), then the closing bracket
    assert sum('FROM "responses_response"' in sql for sql in selects) == 1
    assert sum('FROM "responses_jointlink"' in sql for sql in selects) == 2  # one per chunk of 2


def test_rows_are_iterated_not_materialised(sample, monkeypatch):
    """The export never fills a queryset's result cache (which would hold every row in memory)."""
    fetched = []
    original = QuerySet._fetch_all

    def spy(self):
        if self.model.__name__ in {"Response", "Action"} and self._result_cache is None:
            fetched.append(self.model.__name__)
        return original(self)

    monkeypatch.setattr(QuerySet, "_fetch_all", spy)
    from django.contrib.auth.models import AnonymousUser

    rows = list(tables.TABLES["responses"].rows(AnonymousUser(), tables.Scope()))
    actions = list(tables.TABLES["actions"].rows(AnonymousUser(), tables.Scope()))
    assert len(rows) == 3 and len(actions) == 2
    assert fetched == []
