"""Shared test set-up and fixtures.

Environment: ``RECTRACK_TESTING=1`` (plain static storage, no collectstatic needed) and a throwaway
``RECTRACK_VAR`` (media, secret key) are set here; because pytest-django may import the settings
before this file, the same values are also applied with ``override_settings`` in ``pytest_configure``.
Passwords are hashed with a fast hasher in tests (argon2 costs ~0.1 s a hash); the argon2 tests in
``tests/accounts/`` switch the real hashers back on.

Markers (declared in pyproject.toml):
- ``browser``: Playwright tests; every test under ``tests/browser/`` gets it automatically.
- ``postgres``: needs PostgreSQL; skipped unless ``DATABASE_URL`` points at PostgreSQL
  (``make test`` runs the suite a second time on a throwaway cluster, see ``tests/support/pg.py``).

Fixtures:
- ``reference_data``: organisations and the super-complaint catalogue (``load_reference``); uses ``db``.
  They are loaded once per session, when the test database is created (``django_db_setup``), and every
  test's transaction rolls back to them. Transactional tests (live server, concurrency) flush the
  database at their end, so this fixture puts them back when they are missing, in bulk from the rows the
  session loaded (``tests/support/reference.py``): pytest-django runs those tests after all the others.
- ``users``: a namespace with ``inspector`` (inspectorate), ``sussex_editor`` and
  ``northumbria_editor`` (org_editor of ``sussex-police`` / ``northumbria-police``) and ``liberty``
  (designated body user of ``liberty``); all have the password ``tests.support.users.PASSWORD`` (also
  ``users.password``).
- ``client_for``: ``client_for(user)`` returns a Django test ``Client`` signed in as that user
  (``client_for(None)`` is an anonymous client).
- ``module_db`` (module scope): a transaction open for the whole module, with the reference data, rolled back
  when the module ends. A module-scoped fixture that takes it builds its data once for the module (inside
  ``with module_db():``, which lets it reach the database); each test's own transaction is a savepoint inside
  it, so whatever a test writes is undone before the next test. Hand each test its own copy of the built objects
  (``tests.support.shared.per_test``) so that one test's changes to an instance in memory never reach the next.
  Not for transactional tests (they commit, and other connections could not see the module's data): collection
  refuses a test that asks for both. ``module_users`` is the ``users`` namespace built that way.
"""
import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.support import reference, shared

_VAR = Path(tempfile.mkdtemp(prefix="rectrack-test-var-"))
atexit.register(shutil.rmtree, _VAR, True)  # also when pytest stops before pytest_unconfigure
os.environ["RECTRACK_TESTING"] = "1"
os.environ["RECTRACK_VAR"] = str(_VAR)

BROWSER_DIR = Path(__file__).parent / "browser"

_override = None


def pytest_configure(config):
    global _override
    from django.conf import settings
    from django.test import override_settings

    (_VAR / "staticfiles").mkdir(exist_ok=True)
    if not settings.configured:
        return
    _override = override_settings(
        VAR_DIR=_VAR,
        MEDIA_ROOT=_VAR / "media",
        STATIC_ROOT=_VAR / "staticfiles",
        STORAGES={**settings.STORAGES,
                  "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
        WHITENOISE_USE_FINDERS=True,
        # settings.MEDIA_URL is None (uploads are never served from a URL), but Django's live server
        # wraps a media handler around the app that needs a string: give it one that nothing links to.
        MEDIA_URL="/_media-not-served/",
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher", *settings.PASSWORD_HASHERS],
    )
    _override.enable()


def pytest_unconfigure(config):
    if _override is not None:
        _override.disable()
    shutil.rmtree(_VAR, ignore_errors=True)


def _on_postgres() -> bool:
    from django.conf import settings

    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


# Fixtures through which a test reaches the database (pytest-django refuses database access to any other).
_DATABASE_FIXTURES = frozenset({"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback",
                                "live_server"})


def _uses_database(item) -> bool:
    """A pytest test marked or given a database fixture, or a Django test case (the Hypothesis property tests
    are ``hypothesis.extra.django.TestCase``: no marker, yet they must run on PostgreSQL too)."""
    from django.test import TransactionTestCase  # after pytest_configure has set the environment up

    cls = getattr(item, "cls", None)
    return bool(item.get_closest_marker("django_db")) or not _DATABASE_FIXTURES.isdisjoint(
        getattr(item, "fixturenames", ())) or (isinstance(cls, type) and issubclass(cls, TransactionTestCase))


# Fixtures (and the marker) that make a test transactional: it commits, so it cannot run inside ``module_db``.
_TRANSACTIONAL_FIXTURES = frozenset({"transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback",
                                     "live_server"})


def _transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))) or (
        not _TRANSACTIONAL_FIXTURES.isdisjoint(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config, items):
    mixed = [item.nodeid for item in items if "module_db" in getattr(item, "fixturenames", ()) and _transactional(item)]
    if mixed:
        raise pytest.UsageError("A transactional test cannot use module_db (or a fixture built on it): "
                                + ", ".join(mixed))
    skip_pg = None if _on_postgres() else pytest.mark.skip(
        reason="needs PostgreSQL: set DATABASE_URL, or run 'make test' which starts a throwaway cluster"
    )
    for item in items:
        if BROWSER_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
        if skip_pg and item.get_closest_marker("postgres"):
            item.add_marker(skip_pg)
    # ``make test`` runs the suite on SQLite and again on PostgreSQL. A test that never touches the database
    # (the extraction engine, pure helpers) gives the same answer on both, so the PostgreSQL run leaves it to the
    # SQLite run (RECTRACK_DATABASE_TESTS_ONLY=1, set by ``make test`` only; ADR 0013).
    if _on_postgres() and os.environ.get("RECTRACK_DATABASE_TESTS_ONLY") == "1":
        independent = [item for item in items if not _uses_database(item)]
        if independent:
            config.hook.pytest_deselected(items=independent)
            items[:] = [item for item in items if _uses_database(item)]


@pytest.fixture(autouse=True)
def _clear_cache():
    """Cached pages and tables (the matrix, the public record) never leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        reference.ensure()


@pytest.fixture
def reference_data(db):
    reference.ensure()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    with shared.rolled_back(django_db_blocker.unblock):
        with django_db_blocker.unblock():
            reference.ensure()
        yield django_db_blocker.unblock


@pytest.fixture(scope="module")
def module_users(module_db):
    from tests.support.users import make_users

    with module_db():
        return make_users()


@pytest.fixture
def users(reference_data):
    from tests.support.users import make_users

    return make_users()


@pytest.fixture
def client_for(db):
    from django.test import Client

    def signed_in(user=None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return signed_in
