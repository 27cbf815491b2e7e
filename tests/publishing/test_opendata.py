"""Open data downloads of the public table, and the schema page that documents them."""
import csv
import io
import json

import openpyxl
from django.urls import reverse

from rectrack.complaints.models import Recipient
from rectrack.core.vocabulary import Position, Progress
from rectrack.publishing.opendata import COLUMNS, PUBLIC_COLUMNS, SNAPSHOT_COLUMNS


def body(response) -> bytes:
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def as_cell(value) -> str:
    """A JSON value as the CSV writes it (lists joined with '; ')."""
    return "" if value is None else "; ".join(value) if isinstance(value, list) else str(value)


def test_csv(client, published, super_complaint):
    response = client.get(reverse("publishing:opendata", args=[super_complaint.slug, "csv"]))
    assert response["Content-Disposition"] == f'attachment; filename="{super_complaint.slug}-responses.csv"'
    assert reverse("publishing:opendata", args=[super_complaint.slug, "csv"]) == f"/public/{super_complaint.slug}.csv"
    rows = list(csv.DictReader(io.StringIO(body(response).decode("utf-8-sig"))))
    assert list(rows[0]) == PUBLIC_COLUMNS
    assert PUBLIC_COLUMNS[:11] == ["organisation_id", "organisation_name", "kind", "region", "recommendation",
                                   "position", "progress", "as_of", "response_id", "response_url", "state"]
    assert len(rows) == Recipient.objects.filter(recommendation__super_complaint=super_complaint).count()
    by_key = {(r["organisation_id"], r["recommendation"]): r for r in rows}
    sussex = by_key[("sussex-police", "1")]
    assert sussex["state"] == "published" and sussex["progress"] == "complete"
    assert sussex["response_id"] == str(published["sussex_1"].pk) and sussex["as_of"] == "2021-06-01"
    assert sussex["response_url"] == f"http://testserver/public/{super_complaint.slug}/organisations/sussex-police/record/#recommendation-1"
    north = by_key[("northumbria-police", "1")]
    assert north["state"] == "no_response" and north["progress"] == "" and north["response_id"] == ""
    assert {r["state"] for r in rows} <= {"published", "no_response"}
    assert "SECRET" not in body(client.get(f"/public/{super_complaint.slug}.csv")).decode()


def test_xlsx_and_json_match_the_csv(client, published, super_complaint):
    csv_rows = list(
        csv.reader(io.StringIO(body(client.get(f"/public/{super_complaint.slug}.csv")).decode("utf-8-sig")))
    )
    book = openpyxl.load_workbook(io.BytesIO(body(client.get(f"/public/{super_complaint.slug}.xlsx"))), read_only=True)
    xlsx_rows = [["" if v is None else str(v) for v in row] for row in book.worksheets[0].values]
    assert xlsx_rows == csv_rows
    doc = json.loads(body(client.get(f"/public/{super_complaint.slug}.json")))
    assert doc["columns"] == PUBLIC_COLUMNS and doc["super_complaint"] == super_complaint.slug
    assert [[as_cell(r[c]) for c in PUBLIC_COLUMNS] for r in doc["rows"]] == csv_rows[1:]
    sussex = next(r for r in doc["rows"] if r["organisation_id"] == "sussex-police" and r["recommendation"] == "1")
    assert sussex["response_id"] == published["sussex_1"].pk
    assert client.get(f"/public/{super_complaint.slug}.pdf").status_code == 404


def test_schema_page_documents_every_column_and_value(client, super_complaint):
    html = body(client.get(reverse("publishing:schema"))).decode()
    assert reverse("publishing:schema") == "/public/schema/"
    for column in SNAPSHOT_COLUMNS:
        assert f"<code>{column}</code>" in html, column
    for value in [*Progress, *Position, "published", "no_response", "force", "policing_body"]:
        assert f"<code>{value}</code>" in html, value
    assert f"/public/{super_complaint.slug}.csv" in html and "/public/snapshots/" in html
    assert [c.name for c in COLUMNS if not c.snapshot_only] == PUBLIC_COLUMNS


def test_public_download_has_what_was_said_and_the_judgements(client, users, published, super_complaint):
    from rectrack.responses import services

    services.set_assessment(user=users.inspector, response=published["sussex_1"], status="discharged",
                            comment="Done; =SUM(A1) checked")
    services.record_adequacy(user=users.liberty, response=published["sussex_1"], verdict="inadequate",
                             comment="No safe pathway yet.")
    assert PUBLIC_COLUMNS[-5:] == ["narrative", "assessment", "assessment_comment", "adequacy_views",
                                   "adequacy_comments"]
    rows = list(
        csv.DictReader(io.StringIO(body(client.get(f"/public/{super_complaint.slug}.csv")).decode("utf-8-sig")))
    )
    by_key = {(r["organisation_id"], r["recommendation"]): r for r in rows}
    sussex = by_key[("sussex-police", "1")]
    assert sussex["narrative"] == "Sussex stopped sharing data."
    assert sussex["assessment"] == "discharged"
    assert sussex["assessment_comment"] == "Done; =SUM(A1) checked"  # not at the start of the cell: left as it is
    assert sussex["adequacy_views"] == "liberty: inadequate"
    assert sussex["adequacy_comments"] == "liberty: No safe pathway yet."
    assert by_key[("sussex-police", "4")]["assessment"] == "not_assessed"
    north = by_key[("northumbria-police", "1")]  # a draft: nothing of it
    assert (north["narrative"], north["assessment"], north["adequacy_views"]) == ("", "", "")
    doc = json.loads(body(client.get(f"/public/{super_complaint.slug}.json")))
    row = next(r for r in doc["rows"] if r["organisation_id"] == "sussex-police" and r["recommendation"] == "1")
    assert row["adequacy_views"] == ["liberty: inadequate"]


def test_judgement_columns_are_not_frozen_into_snapshots():
    assert "narrative" in SNAPSHOT_COLUMNS
    assert not {"assessment", "adequacy_views"} & set(SNAPSHOT_COLUMNS)
    assert SNAPSHOT_COLUMNS == PUBLIC_COLUMNS[:len(SNAPSHOT_COLUMNS)]  # both only ever append
