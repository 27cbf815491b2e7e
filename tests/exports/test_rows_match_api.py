"""Every exported row is the API's JSON for the same object, field by field, in every format and for every table.

The downloads build their rows from ``.values_list()`` (no schema per row), so this is what keeps the two
definitions from drifting: same rows in the same order, same column names, same values. CSV and XLSX show
the API's value as a spreadsheet does (lists joined with '; ', null empty, would-be formulas quoted).
"""
import datetime

import pytest

from rectrack.complaints.models import SuperComplaint
from rectrack.exports import tables, writers
from rectrack.organisations.models import Organisation
from rectrack.responses import services
from tests.api.sample import org
from tests.exports.test_exports import READERS

pytestmark = pytest.mark.django_db

API_LISTS = {"super-complaints": "/api/super-complaints", "recommendations": "/api/recommendations",
             "organisations": "/api/organisations", "responses": "/api/responses", "actions": "/api/actions"}
DETAILS = {"responses": "/api/responses/{id}", "actions": "/api/actions/{id}",
           "organisations": "/api/organisations/{id}", "super-complaints": "/api/super-complaints/{slug}",
           "recommendations": "/api/recommendations/{super_complaint}/{number}"}


@pytest.fixture
def richer(sample, users):
    """The sample, plus the values a row can hold that it lacks: an assessment, a second joint recipient,
    a super-complaint with a fixed initial-response date, an organisation that oversees another and was renamed."""
    services.add_evidence_link(user=users.inspector, response=sample.sussex_1, url="https://example.org/audit",
                               title="Audit report")  # "evidence accepted" needs evidence
    services.set_assessment(user=users.inspector, response=sample.sussex_1, status="evidence_accepted")
    services.update_response(user=users.inspector, response=sample.northumbria_5,
                             data={"as_of": datetime.date(2022, 1, 31), "governance_board": "+ Joint board"},
                             counts_for=[org("northumbria-pcc"), org("sussex-pcc")])
    SuperComplaint.objects.filter(slug="safe-to-share").update(initial_response_due_override=datetime.date(2021, 3, 1))
    Organisation.objects.filter(pk="sussex-pcc").update(former_names=["Sussex Police Authority", "-old"])
    return sample


def api_items(client, url: str, params: dict) -> list[dict]:
    items, offset = [], 0
    while True:
        page = client.get(url, {**params, "limit": 1000, "offset": offset})
        assert page.status_code == 200, page.content
        items += page.json()["items"]
        offset += 1000
        if offset >= page.json()["count"]:
            return items


def as_spreadsheet(value, fmt: str):
    """The API's JSON value as the CSV or XLSX reader gives it back."""
    if isinstance(value, list):
        value = "; ".join(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("true" if value else "false") if fmt == "csv" else value
    if isinstance(value, str):
        return writers.neutralise(value)
    return str(value) if fmt == "csv" else value


def assert_same_rows(exported: list[dict], api_rows: list[dict], fmt: str, columns: list[str]) -> None:
    assert len(exported) == len(api_rows)
    for row, api_row in zip(exported, api_rows):
        assert list(api_row) == columns
        expected = api_row if fmt == "json" else {k: as_spreadsheet(v, fmt) for k, v in api_row.items()}
        for column in columns:  # field by field, so a failure names the column
            assert (column, row[column]) == (column, expected[column]), f"row {api_row}"
        assert set(row) == set(columns)


@pytest.mark.parametrize("role", [None, "inspector", "sussex_editor"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
@pytest.mark.parametrize("table", list(API_LISTS))
def test_every_exported_row_is_the_api_json(richer, api_client, table, fmt, role):
    client = api_client(role)
    columns = tables.TABLES[table].columns()
    exported_columns, exported = READERS[fmt](client.get(f"/exports/{table}.{fmt}"))
    api_rows = api_items(client, API_LISTS[table], {})
    assert api_rows, "the comparison needs rows"
    if exported:
        assert list(exported_columns) == columns
    assert_same_rows(exported, api_rows, fmt, columns)


@pytest.mark.parametrize("table, query", [
    ("responses", {"super_complaint": "safe-to-share", "recommendation": "5"}),
    ("responses", {"organisation": "sussex-pcc"}),  # joint responses count for their other recipients
    ("actions", {"organisation": "sussex-police"}),
    ("recommendations", {"super_complaint": "safe-to-share", "organisation": "sussex-pcc"}),
    ("organisations", {"super_complaint": "safe-to-share", "recommendation": "3"}),
    ("super-complaints", {"organisation": "sussex-police"}),
])
def test_scoped_exports_are_the_scoped_api_lists(richer, api_client, table, query):
    client = api_client("inspector")
    _, exported = READERS["json"](client.get(f"/exports/{table}.json", query))
    api_rows = api_items(client, API_LISTS[table], query)
    assert api_rows
    assert exported == api_rows


@pytest.mark.parametrize("table", list(DETAILS))
def test_every_exported_row_is_the_api_detail_of_its_object(richer, api_client, table):
    """The detail operations read through other querysets: their JSON must be the row too."""
    client = api_client("inspector")
    _, exported = READERS["json"](client.get(f"/exports/{table}.json"))
    for row in exported:
        detail = client.get(DETAILS[table].format(**row))
        assert detail.status_code == 200
        assert detail.json() == row


def test_richer_values_are_exported(richer, api_client):
    """The fixture's values reach the rows (so the comparisons above cover them)."""
    client = api_client("inspector")
    responses = {r["id"]: r for r in READERS["json"](client.get("/exports/responses.json"))[1]}
    assert responses[richer.sussex_1.pk]["assessment"] == "evidence_accepted"
    assert responses[richer.sussex_4.pk]["assessment"] == "not_assessed"
    assert responses[richer.northumbria_5.pk]["counts_for"] == ["northumbria-pcc", "sussex-pcc"]
    complaints = {r["slug"]: r for r in READERS["json"](client.get("/exports/super-complaints.json"))[1]}
    assert complaints["safe-to-share"]["initial_response_due"] == "2021-03-01"
    assert complaints["safe-to-share"]["designated_bodies"] == ["liberty", "southall-black-sisters"]
    organisations = {r["id"]: r for r in READERS["csv"](client.get("/exports/organisations.csv"))[1]}
    assert organisations["sussex-pcc"]["former_names"] == "Sussex Police Authority; -old"
    assert organisations["sussex-pcc"]["oversees"] == "sussex-police"


@pytest.mark.parametrize("role", [None, "inspector"])
def test_matrix_rows_are_the_api_matrix_rows(richer, api_client, role):
    client = api_client(role)
    _, exported = READERS["json"](client.get("/exports/matrix.json?super_complaint=safe-to-share"))
    api_rows = client.get("/api/super-complaints/safe-to-share/matrix").json()["rows"]
    assert exported == [{**{k: v for k, v in row.items() if k != "cells"}, **row["cells"]} for row in api_rows]
