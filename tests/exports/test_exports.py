"""Exports: the API's column names, CSV/XLSX/JSON that open and hold the rows, scoping, visibility, injection."""
import csv
import io
import json

import openpyxl
import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from rectrack.exports import tables
from rectrack.responses.models import Response

pytestmark = pytest.mark.django_db

SCHEMAS = {"super-complaints": "SuperComplaintOut", "recommendations": "RecommendationOut",
           "organisations": "OrganisationOut", "responses": "ResponseOut", "actions": "ActionOut"}


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def read_csv(response) -> tuple[list[str], list[dict]]:
    text = body(response).decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    return reader.fieldnames, list(reader)


def read_xlsx(response) -> tuple[list[str], list[dict]]:
    sheet = openpyxl.load_workbook(io.BytesIO(body(response)), read_only=True).active
    rows = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def read_json(response) -> tuple[list[str], list[dict]]:
    rows = json.loads(body(response))
    return (list(rows[0]) if rows else []), rows


READERS = {"csv": read_csv, "xlsx": read_xlsx, "json": read_json}


def test_url_names():
    assert reverse("exports:download", args=["matrix", "csv"]) == "/exports/matrix.csv"


@pytest.mark.parametrize("table", list(SCHEMAS))
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_columns_are_the_api_schema_field_names(sample, client, table, fmt):
    openapi = client.get("/api/openapi.json").json()
    api_fields = list(openapi["components"]["schemas"][SCHEMAS[table]]["properties"])
    assert tables.TABLES[table].columns() == api_fields
    columns, rows = READERS[fmt](client.get(f"/exports/{table}.{fmt}"))
    assert rows, f"{table}.{fmt} is empty"
    assert list(columns) == api_fields


def test_matrix_columns_are_the_api_row_fields_then_recommendation_numbers(sample, client):
    openapi = client.get("/api/openapi.json").json()
    row_fields = [f for f in openapi["components"]["schemas"]["MatrixRowOut"]["properties"] if f != "cells"]
    columns, rows = read_csv(client.get("/exports/matrix.csv?super_complaint=safe-to-share"))
    assert columns == row_fields + [str(n) for n in range(1, 9)]
    by_org = {row["organisation"]: row for row in rows}
    assert by_org["sussex-police"]["1"] == "complete"
    assert by_org["sussex-police"]["4"] == "no_response"
    assert by_org["northumbria-pcc"]["5"] == "in_progress"
    api_rows = client.get("/api/super-complaints/safe-to-share/matrix").json()["rows"]
    assert [r["organisation"] for r in api_rows] == [r["organisation"] for r in rows]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_rows_match_the_api(sample, client, fmt):
    _, rows = READERS[fmt](client.get(f"/exports/responses.{fmt}"))
    api_rows = client.get("/api/responses").json()["items"]
    assert [int(r["id"]) for r in rows] == [r["id"] for r in api_rows]
    if fmt == "json":
        assert rows == api_rows  # the same values, typed and encoded as the API does
    else:
        first = rows[0]
        assert first["as_of"] in ("", api_rows[0]["as_of"])
        assert first["updated_at"] == api_rows[0]["updated_at"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_anonymous_downloads_published_responses_only(sample, client, api_client, fmt):
    _, public = READERS[fmt](client.get(f"/exports/responses.{fmt}"))
    assert {int(r["id"]) for r in public} == {r.pk for r in sample.published}
    _, actions = READERS[fmt](client.get(f"/exports/actions.{fmt}"))
    assert {int(r["id"]) for r in actions} == {sample.action_1.pk, sample.action_2.pk}
    # A designated body reads published versions only; the inspectorate every working copy.
    _, outside = READERS[fmt](api_client("liberty").get(f"/exports/responses.{fmt}"))
    assert {int(r["id"]) for r in outside} == {r.pk for r in sample.published}
    _, everything = READERS[fmt](api_client("inspector").get(f"/exports/responses.{fmt}"))
    assert {int(r["id"]) for r in everything} == set(Response.objects.values_list("pk", flat=True))


def test_matrix_hides_unpublished_responses_from_anonymous(sample, client, api_client):
    _, public = read_csv(client.get("/exports/matrix.csv?super_complaint=safe-to-share&organisation=sussex-police"))
    _, signed_in = read_csv(api_client("inspector").get(
        "/exports/matrix.csv?super_complaint=safe-to-share&organisation=sussex-police"))
    assert public[0]["4"] == "no_response"
    assert signed_in[0]["4"] == "in_progress"


@pytest.mark.parametrize("query, expected", [
    ("super_complaint=safe-to-share", {"sussex_1", "northumbria_1", "northumbria_5"}),
    ("super_complaint=safe-to-share&recommendation=1", {"sussex_1", "northumbria_1"}),
    ("super_complaint=safe-to-share&recommendation=1&organisation=sussex-police", {"sussex_1"}),
    ("organisation=northumbria-pcc", {"northumbria_5"}),
    ("super_complaint=stalking", set()),
])
def test_scoping_by_query_string(sample, client, query, expected):
    _, rows = read_csv(client.get(f"/exports/responses.csv?{query}"))
    assert {int(r["id"]) for r in rows} == {getattr(sample, name).pk for name in expected}


def test_scoping_reference_tables(sample, client):
    _, recs = read_csv(client.get("/exports/recommendations.csv?super_complaint=safe-to-share&organisation=sussex-pcc"))
    assert [r["number"] for r in recs] == ["5", "6", "8"]
    _, orgs = read_csv(client.get("/exports/organisations.csv?super_complaint=safe-to-share&recommendation=3"))
    assert {r["id"] for r in orgs} == {"home-office", "npcc"}
    _, complaints = read_csv(client.get("/exports/super-complaints.csv?super_complaint=safe-to-share"))
    assert [r["slug"] for r in complaints] == ["safe-to-share"]
    assert complaints[0]["designated_bodies"] == "liberty; southall-black-sisters"


def test_formula_injection_is_neutralised(sample, client):
    _, csv_rows = read_csv(client.get("/exports/responses.csv?organisation=northumbria-police&recommendation=1"))
    assert csv_rows[0]["narrative"].startswith("'=HYPERLINK(")
    _, xlsx_rows = read_xlsx(client.get("/exports/responses.xlsx?organisation=northumbria-police&recommendation=1"))
    assert xlsx_rows[0]["narrative"].startswith("'=HYPERLINK(")
    _, actions = read_csv(client.get("/exports/actions.csv"))
    assert "'@SUM(1+1) audit" in [a["description"] for a in actions]
    # XLSX cells are strings, never formulas.
    sheet = openpyxl.load_workbook(io.BytesIO(body(client.get("/exports/actions.xlsx")))).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    # JSON is data, not a spreadsheet: the text is exactly as recorded.
    _, json_rows = read_json(client.get("/exports/responses.json?organisation=northumbria-police&recommendation=1"))
    assert json_rows[0]["narrative"].startswith("=HYPERLINK(")


@pytest.mark.parametrize("fmt, content_type", [
    ("csv", "text/csv; charset=utf-8"), ("json", "application/json"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
])
def test_download_headers(sample, client, api_client, fmt, content_type):
    response = client.get(f"/exports/responses.{fmt}?super_complaint=safe-to-share&recommendation=1")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert 'rectrack-responses-safe-to-share-rec-1-' in disposition and disposition.endswith(f'.{fmt}"')
    assert "Cookie" in response["Vary"]
    signed_in = api_client("inspector").get(f"/exports/responses.{fmt}")
    assert "private" in signed_in["Cache-Control"] and "no-store" in signed_in["Cache-Control"]


def test_csv_and_json_stream(sample, client):
    for fmt in ("csv", "json"):
        assert isinstance(client.get(f"/exports/responses.{fmt}"), StreamingHttpResponse)


@pytest.mark.parametrize("url, status", [
    ("/exports/nothing.csv", 404),
    ("/exports/responses.pdf", 404),
    ("/exports/matrix.csv", 400),
    ("/exports/matrix.csv?super_complaint=no-such-report", 404),
])
def test_bad_export_urls(sample, client, url, status):
    assert client.get(url).status_code == status


def test_exports_only_answer_get(sample, client):
    assert client.post("/exports/responses.csv").status_code == 405


def test_empty_exports_still_have_headers(sample, client):
    columns, rows = read_csv(client.get("/exports/responses.csv?super_complaint=stalking"))
    assert columns == tables.TABLES["responses"].columns() and rows == []
    assert json.loads(body(client.get("/exports/responses.json?super_complaint=stalking"))) == []
    columns, rows = read_xlsx(client.get("/exports/responses.xlsx?super_complaint=stalking"))
    assert list(columns) == tables.TABLES["responses"].columns() and rows == []
