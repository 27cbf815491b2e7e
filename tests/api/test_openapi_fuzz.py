"""Schemathesis against our own OpenAPI document, in-process through the WSGI application.

Checks: no server errors, status codes declared, and every response body conforms to its declared schema.
Run as an anonymous caller and as a signed-in inspector (with a valid CSRF token, so writes really run).
"""
import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
CSRF_TOKEN = "s" * 32


# Loaded when the module is collected: serving the document touches no database.
# (schemathesis.pytest.from_fixture does not work with pytest 9.2: it reads Function._nodeid.)
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())


@pytest.fixture(autouse=True)
def keep_test_connection(db):
    # As Django's test client does: keep the test's database connection (and transaction) open across requests.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
FUZZ = settings(max_examples=12, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.filter_too_much, HealthCheck.data_too_large])


@pytest.fixture
def fuzz_data(sample):
    # The module's sample (built once, tests/api/sample.py): every operation is fuzzed against the same record, and
    # what the examples of one operation write is rolled back before the next.
    return sample


@pytest.fixture
def inspector_cookies(users, client):
    client.force_login(users.inspector)
    return {"sessionid": client.cookies["sessionid"].value, "csrftoken": CSRF_TOKEN}


@schema.parametrize()
@FUZZ
def test_api_anonymous(case, fuzz_data):
    response = case.call()
    case.validate_response(response, checks=CHECKS)


@schema.parametrize()
@FUZZ
def test_api_inspector(case, fuzz_data, inspector_cookies):
    response = case.call(cookies=inspector_cookies, headers={"X-CSRFToken": CSRF_TOKEN})
    case.validate_response(response, checks=CHECKS)
