"""Streaming writers for the exports: CSV and JSON as generators, XLSX through a temporary file.

Memory stays constant in the number of rows: rows arrive from a generator over a chunked queryset
iterator, CSV/JSON text leaves in batches, and XlsxWriter's constant_memory mode flushes each row.
"""
import csv
import io
import os
import tempfile
from collections.abc import Iterable, Iterator
from itertools import batched

import xlsxwriter
from django.core.serializers.json import DjangoJSONEncoder

BATCH_ROWS = 500
XLSX_MAX_CELL = 32767
# A spreadsheet treats a cell starting with one of these as a formula (OWASP: CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Prefix a would-be formula with a single quote so spreadsheets show it as text."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


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
        writer.writerow(columns)
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


def xlsx_file(columns: list[str], rows: Iterable[dict], sheet_name: str):
    """Write an .xlsx to a temporary file and return it opened for reading (already unlinked on POSIX)."""
    handle, path = tempfile.mkstemp(suffix=".xlsx", prefix="rectrack-export-")
    os.close(handle)
    try:
        workbook = xlsxwriter.Workbook(path, {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        })
        sheet = workbook.add_worksheet(sheet_name[:31])
        bold = workbook.add_format({"bold": True})
        sheet.write_row(0, 0, columns, bold)
        sheet.freeze_panes(1, 0)
        for r, row in enumerate(rows, start=1):
            for c, column in enumerate(columns):
                value = spreadsheet_cell(row.get(column))
                if value is None:
                    continue
                if isinstance(value, bool):
                    sheet.write_boolean(r, c, value)
                elif isinstance(value, (int, float)):
                    sheet.write_number(r, c, value)
                else:
                    sheet.write_string(r, c, value[:XLSX_MAX_CELL])
        workbook.close()
        return open(path, "rb")
    finally:
        os.unlink(path)
