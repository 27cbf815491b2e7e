"""The export writers now live in ``rectrack.core.downloads``: one formula-safe writer for every download.

This module only keeps the old import path working for code written before the move.
"""
from rectrack.core.downloads import (  # noqa: F401
    BATCH_ROWS,
    FORMULA_TRIGGERS,
    XLSX_MAX_CELL,
    csv_cell,
    csv_stream,
    json_stream,
    neutralise,
    plain,
    spreadsheet_cell,
    xlsx_file,
)
