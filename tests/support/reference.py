"""The reference data (organisations, the catalogue, their history, the tracker's rows for them), read once after the
session's ``load_reference`` and put back in bulk when a transactional test has emptied the database.

``load_reference`` on an empty database takes about 1,100 queries (2-3 s on SQLite, more on PostgreSQL), and every
transactional test (live server, concurrency, worker processes) and every browser test empties the database at its
end. Putting back the very rows the session loaded is a few bulk inserts and gives the same database: same rows,
same primary keys (``tests/complaints/test_load_reference.py`` still runs the command itself).
"""
import io

from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

_rows: dict = {}


def ensure() -> None:
    """The reference data in the database: left alone when there, put back when a flush emptied it, loaded by
    the command (and remembered) the first time."""
    from rectrack.organisations.models import Organisation

    if Organisation.objects.exists():
        return
    if _rows:
        restore()
    else:
        call_command("load_reference", verbosity=0, stdout=io.StringIO())
        remember()


def remember() -> None:
    """Read every row the session's set-up wrote (call right after ``load_reference``)."""
    _rows.clear()
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        rows = list(model._base_manager.order_by("pk"))
        if rows:
            _rows[model] = rows


def restore() -> None:
    """Insert the remembered rows into an emptied database. Tables the flush refills itself (content types and
    permissions, by the post-migrate signal) are left as they are; none of the reference rows points at them."""
    with transaction.atomic():  # foreign keys are checked at the end (deferred on both databases)
        restored = []
        for model, rows in _rows.items():
            if model._base_manager.exists():
                continue
            model._base_manager.bulk_create(rows, batch_size=500)
            restored.append(model)
        if connection.vendor == "postgresql":  # explicit keys leave the sequences behind
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), restored):
                    cursor.execute(sql)
