"""Data built once per test module (``module_db`` in tests/conftest.py) and handed to each test as its own copy.

A module's tests each rebuilding the same record through the services cost most of the suite's time (a world of
responses in every state is about a second on SQLite and more on PostgreSQL). Built once per module in a
transaction that is rolled back at the module's end, with each test in a savepoint inside it, every test meets
the same database it met before, for one build. The pattern (``tests/security/conftest.py``, ``tests/api/sample.py``):
a module-scoped fixture taking ``module_db`` builds inside ``with module_db():``; a function-scoped one taking
``db`` returns ``per_test(built)``.
"""
import contextlib
import copy

import pytest
from django.db import transaction


def per_test(built):
    """A deep copy of what a module fixture built (model instances included): the database rolls back after each
    test, and the copy makes the objects in memory do the same, so a test that changes an instance (its version,
    its state) never hands the change to the next test."""
    return copy.deepcopy(built)


@contextlib.contextmanager
def rolled_back(unblock):
    """A transaction open for the block (a savepoint when one is already open), always rolled back at its end.
    ``unblock`` is pytest-django's ``django_db_blocker.unblock`` (what ``module_db`` yields): the database is
    reached only to open and close it, and inside ``with unblock():`` blocks."""
    with unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield
    finally:
        with unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(name="users")
def module_users_per_test(module_users, db):
    """``users`` for a module whose shared data the module's cast wrote (import it into the module or its conftest):
    the same four people for every test, as copies."""
    return per_test(module_users)
