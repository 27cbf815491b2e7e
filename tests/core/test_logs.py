"""Structured logs: one JSON object a line, a line per request, tracebacks only for server errors."""
import io
import json
import logging
import sys

import pytest
from django.test import Client

from rectrack.core.logs import JsonFormatter, RequestContextFilter, TextFormatter

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.core.error_urls")]


@pytest.fixture
def log_lines():
    """Everything logged at INFO and above, through the same filter and formatter as production."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestContextFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def requests(lines):
    return [line for line in lines if line["logger"] == "rectrack.request"]


def test_settings_log_json_to_standard_output():
    from django.conf import settings

    handler = settings.LOGGING["handlers"]["stdout"]
    assert handler["stream"] == "ext://sys.stdout"
    assert settings.LOGGING["formatters"][handler["formatter"]]["()"].endswith("JsonFormatter")
    assert settings.LOGGING["root"]["handlers"] == ["stdout"]


def test_one_line_per_request_with_id_method_path_status_duration(log_lines):
    response = Client().get("/fine/?email=someone@example.org")
    assert response.status_code == 200
    [line] = requests(log_lines())
    assert set(line) >= {"time", "level", "logger", "message", "request_id", "method", "path", "status",
                         "duration_ms"}
    assert line["time"].endswith("Z") and line["level"] == "INFO"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/fine/", 200)
    assert "email" not in json.dumps(line), "the query string may hold personal data: never logged"
    assert response["X-Request-ID"] == line["request_id"] and len(line["request_id"]) == 32


def test_a_forbidden_page_is_logged_without_a_traceback(log_lines):
    assert Client().get("/forbidden/").status_code == 403
    lines = log_lines()
    assert [(r["status"], r["level"]) for r in requests(lines)] == [(403, "INFO")]
    assert not any("traceback" in line for line in lines)
    assert "Traceback" not in json.dumps(lines)


def test_a_missing_page_is_logged_without_a_traceback(log_lines):
    assert Client().get("/no-such-page/").status_code == 404
    lines = log_lines()
    assert [r["status"] for r in requests(lines)] == [404]
    assert "Traceback" not in json.dumps(lines)


def test_a_server_error_is_logged_with_its_traceback(log_lines):
    assert Client(raise_request_exception=False).get("/broken/").status_code == 500
    lines = log_lines()
    [error] = [line for line in lines if "traceback" in line]
    assert error["logger"] == "django.request" and error["level"] == "ERROR" and error["status"] == 500
    assert "RuntimeError: the server fell over" in error["traceback"]
    [request] = requests(lines)
    assert request["status"] == 500 and request["level"] == "ERROR"
    assert error["request_id"] == request["request_id"], "lines of one request share its id"


def test_streamed_responses_are_logged_when_the_body_is_done(log_lines):
    response = Client().get("/streamed/")
    assert requests(log_lines()) == [], "not before the body is sent"
    assert b"".join(response.streaming_content) == b"ab"
    response.close()
    assert [r["status"] for r in requests(log_lines())] == [200]


def test_request_ids_from_a_trusted_proxy_only(log_lines, settings):
    client = Client()
    assert client.get("/fine/", HTTP_X_REQUEST_ID="proxy-123")["X-Request-ID"] != "proxy-123"
    settings.RECTRACK_TRUST_REQUEST_ID = True
    client = Client()  # a new client builds its middleware, which reads the setting
    assert client.get("/fine/", HTTP_X_REQUEST_ID="proxy-123")["X-Request-ID"] == "proxy-123"
    # Anything but a plain token is replaced: it would otherwise be written into every log line.
    assert client.get("/fine/", HTTP_X_REQUEST_ID="a\nb")["X-Request-ID"] != "a\nb"


def test_the_formatter_keeps_one_line_and_hides_4xx_tracebacks():
    try:
        raise PermissionDenied_()
    except PermissionDenied_:
        exc_info = sys.exc_info()
    record = logging.makeLogRecord({"name": "django.request", "levelno": logging.WARNING, "levelname": "WARNING",
                                    "msg": "Forbidden: %s", "args": ("/x\ny",), "exc_info": exc_info,
                                    "status_code": 403})
    text = JsonFormatter().format(record)
    assert "\n" not in text
    line = json.loads(text)
    assert line["message"] == "Forbidden: /x\ny" and line["error"] == "PermissionDenied_" and "traceback" not in line
    assert "Traceback" not in TextFormatter().format(record)
    record.status_code = 500
    assert "traceback" in json.loads(JsonFormatter().format(record))


class PermissionDenied_(Exception):
    pass


def test_log_level_and_format_come_from_the_environment(tmp_path):
    import os
    import subprocess

    code = ("import django, logging; django.setup(); from django.conf import settings; "
            "print(settings.LOG_LEVEL, logging.getLogger().level, settings.LOGGING['handlers']['stdout']['formatter'])")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "rectrack.settings", "RECTRACK_VAR": str(tmp_path),
           "LOG_LEVEL": "error", "LOG_FORMAT": "text"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["ERROR", str(logging.ERROR), "text"]
