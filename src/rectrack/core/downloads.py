"""The one writer for every CSV, XLSX and JSON download (exports, public open data, snapshots).

Every spreadsheet cell goes through ``neutralise``: text that a spreadsheet would run as a formula
(``=HYPERLINK(...)``, ``+``, ``-``, ``@``, a tab or CR first, also after leading spaces) gets a leading
``'`` so it is shown as text (OWASP: CSV injection). XLSX cells are written as strings, numbers or
booleans, never as formulas or URLs. JSON is data, not a spreadsheet: it keeps text exactly as recorded.

Memory stays constant in the number of rows: rows arrive from any iterable (a generator over a chunked
queryset, or a cached list), CSV and JSON text leaves in batches, and XlsxWriter's ``constant_memory``
mode flushes each row to a temporary file that is served from its open handle.
"""
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from itertools import batched

import xlsxwriter
from django.core.serializers.json import DjangoJSONEncoder
from django.http import FileResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header

BATCH_ROWS = 500
XLSX_MAX_CELL = 32767  # Excel's limit on the characters in one cell
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# A spreadsheet treats a cell starting with one of these as a formula (OWASP: CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_AFTER_SPACES = ("=", "+", "-", "@")


def neutralise(value: str) -> str:
    """Prefix a would-be formula with a single quote so spreadsheets show it as text.

    Spreadsheets skip leading spaces (and other white space) before deciding that a cell is a formula,
    so "  =1+1" is neutralised as well as "=1+1".
    """
    if value.startswith(FORMULA_TRIGGERS) or value.lstrip().startswith(_AFTER_SPACES):
        return "'" + value
    return value


# The API's renderer (django-ninja) encodes dates and times with Django's JSON encoder: so do we.
_encoder = DjangoJSONEncoder()
_json_encoder = DjangoJSONEncoder(ensure_ascii=False)


def plain(value):
    """A JSON-ready value: dates and times as the API writes them (ISO 8601)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return _encoder.default(value)


def spreadsheet_cell(value) -> str | int | float | bool | None:
    """One cell for a spreadsheet: lists joined with '; ', dates in ISO 8601, strings neutralised."""
    value = plain(value)
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str):
        return neutralise(value)
    return value


def csv_cell(value) -> str | int | float:
    """``spreadsheet_cell`` as CSV text: None empty, booleans as in JSON. Plain strings take the short way."""
    if value.__class__ is str:
        return neutralise(value)
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    return spreadsheet_cell(value)


def _take(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def csv_stream(columns: list[str], rows: Iterable[dict]) -> Iterator[str]:
    """The header at once (before any row is read), then the rows in batches of BATCH_ROWS."""

    def parts():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write("\ufeff")  # the byte-order mark lets Excel read the file as UTF-8
        writer.writerow([neutralise(c) for c in columns])
        yield _take(buffer)
        for batch in batched(rows, BATCH_ROWS):
            writer.writerows([map(csv_cell, map(row.get, columns)) for row in batch])
            yield _take(buffer)

    return parts()


def json_stream(columns: list[str], rows: Iterable[dict]) -> Iterator[str]:
    """A JSON array of objects written incrementally; values typed as in the API."""

    def parts():
        yield "["
        separator = "\n"
        for batch in batched(rows, BATCH_ROWS):
            texts = []
            for row in batch:
                texts.append(separator + _json_encoder.encode({c: row.get(c) for c in columns}))
                separator = ",\n"
            yield "".join(texts)
        yield "\n]\n"

    return parts()


def json_document_stream(columns: list[str], rows: Iterable[dict], meta: dict) -> Iterator[str]:
    """``{...meta, "columns": [...], "rows": [{...}, ...]}`` with sorted keys, written incrementally."""

    def parts():
        head = json.dumps({**meta, "columns": columns}, ensure_ascii=False, sort_keys=True)
        yield head[:-1] + ',"rows":['
        separator = ""
        for batch in batched(rows, BATCH_ROWS):
            texts = []
            for row in batch:
                texts.append(separator + json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False,
                                                    sort_keys=True, cls=DjangoJSONEncoder))
                separator = ","
            yield "".join(texts)
        yield "]}"

    return parts()


def _write_cell(sheet, r: int, c: int, value) -> None:
    value = spreadsheet_cell(value)
    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_boolean(r, c, value)
    elif isinstance(value, (int, float)):
        sheet.write_number(r, c, value)
    else:
        sheet.write_string(r, c, value[:XLSX_MAX_CELL])


def xlsx_file(columns: list[str], rows: Iterable[dict], sheet_name: str, *, meta: dict | None = None):
    """Write an .xlsx to a temporary file and return it opened for reading (already unlinked on POSIX).

    One sheet of rows (bold, frozen header with a filter), and an "about" sheet with ``meta`` if given.
    """
    handle, path = tempfile.mkstemp(suffix=".xlsx", prefix="rectrack-download-")
    os.close(handle)
    try:
        workbook = xlsxwriter.Workbook(path, {
            "constant_memory": True,
            # Belt and braces: every string is written with write_string, but if anything ever goes
            # through write(), XlsxWriter must not turn it into a formula, URL or number either.
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        })
        sheet = workbook.add_worksheet(sheet_name[:31])
        bold = workbook.add_format({"bold": True})
        for c, column in enumerate(columns):
            sheet.write_string(0, c, neutralise(column), bold)
        sheet.freeze_panes(1, 0)
        last = 0
        for last, row in enumerate(rows, start=1):
            for c, column in enumerate(columns):
                _write_cell(sheet, last, c, row.get(column))
        if columns:
            sheet.autofilter(0, 0, max(last, 1), len(columns) - 1)
        if meta:
            about = workbook.add_worksheet("about")
            for r, (key, value) in enumerate(meta.items()):
                about.write_string(r, 0, neutralise(str(key)), bold)
                _write_cell(about, r, 1, value)
        workbook.close()
        return open(path, "rb")
    finally:
        os.unlink(path)


def download_response(fmt: str, filename: str, columns: list[str], rows: Iterable[dict], *,
                      sheet: str = "data", meta: dict | None = None, json_document: bool = False):
    """An attachment named ``filename`` (with its extension) in ``fmt`` (csv, xlsx or json).

    CSV and JSON stream; XLSX is served from its temporary file. JSON is an array of row objects, or
    with ``json_document`` the open-data document ``{...meta, "columns", "rows"}``.
    """
    if fmt == "xlsx":
        return FileResponse(xlsx_file(columns, rows, sheet, meta=meta), as_attachment=True, filename=filename,
                            content_type=CONTENT_TYPES[fmt])
    if fmt == "csv":
        stream = csv_stream(columns, rows)
    elif fmt == "json":
        stream = json_document_stream(columns, rows, meta or {}) if json_document else json_stream(columns, rows)
    else:
        raise ValueError(f"Unknown download format: {fmt!r}")
    response = StreamingHttpResponse(stream, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
