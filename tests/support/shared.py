"""Data built once per test module (``module_db`` in tests/conftest.py) and handed to each test as its own copy.

A module's tests each rebuilding the same record through the services cost most of the suite's time (a world of
responses in every state is about a second on SQLite and more on PostgreSQL). Built once per module in a
transaction that is rolled back at the module's end, with each test in a savepoint inside it, every test meets
the same database it met before, for one build. The pattern (``tests/security/conftest.py``, ``tests/api/sample.py``):
a module-scoped fixture taking ``module_db`` builds inside ``with module_db():``; a function-scoped one taking
``db`` returns ``per_test(built)``.
"""
import copy

import pytest


def per_test(built):
    """A deep copy of what a module fixture built (model instances included): the database rolls back after each
    test, and the copy makes the objects in memory do the same, so a test that changes an instance (its version,
    its state) never hands the change to the next test."""
    return copy.deepcopy(built)


@pytest.fixture(name="users")
def module_users_per_test(module_users, db):
    """``users`` for a module whose shared data the module's cast wrote (import it into the module or its conftest):
    the same four people for every test, as copies."""
    return per_test(module_users)
