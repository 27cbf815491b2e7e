"""Structured logs: one JSON object a line on standard output, and one line per request.

Each line has ``time`` (UTC, ISO 8601), ``level``, ``logger`` and ``message``; lines written while a
request is handled carry its ``request_id``; the request line adds ``method``, ``path`` (never the query
string, which may hold personal data), ``status`` and ``duration_ms``. A traceback (``traceback``) is
written only for server errors: Django attaches the exception to its 4xx records too (a 403 carries
``PermissionDenied``), and those get the exception's class name (``error``) and no traceback.
``LOG_FORMAT=text`` gives one readable line instead, for a terminal.
"""
from __future__ import annotations

import contextvars
import datetime
import json
import logging
import re
import time
import uuid

from django.conf import settings

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("rectrack_request_id", default=None)
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
REQUEST_FIELDS = ("request_id", "method", "path", "status", "duration_ms")
logger = logging.getLogger("rectrack.request")


class RequestContextFilter(logging.Filter):
    """Adds the current request's id (or None) to every record; never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            record.request_id = request_id_var.get()
        return True


def _status(record: logging.LogRecord) -> int | None:
    status = getattr(record, "status", None) or getattr(record, "status_code", None)
    return status if isinstance(status, int) else None


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)  # Django's own records carry the HttpRequest
        for name in REQUEST_FIELDS:
            value = getattr(record, name, None)
            if value is None and request is not None and name in ("method", "path"):
                value = getattr(request, name, None)
            if value is None and name == "status":
                value = _status(record)
            if value is not None:
                out[name] = value
        if record.exc_info and record.exc_info[0] is not None:
            status = _status(record)
            if status is not None and status < 500:
                out["error"] = record.exc_info[0].__name__
            else:
                out["traceback"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """``LOG_FORMAT=text``: the same facts on one readable line; tracebacks only for server errors."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        status = _status(record)
        if record.exc_info and status is not None and status < 500:
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None})
        text = super().format(record)
        if getattr(record, "request_id", None):
            text += f" request_id={record.request_id}"
        return text


class RequestLogMiddleware:
    """Gives each request an id (``X-Request-ID``) and writes one line when its response is done.

    The id is taken from the proxy's ``X-Request-ID`` header when ``RECTRACK_TRUST_REQUEST_ID`` is on
    (it is with ``BEHIND_PROXY``) and the value is a plain token, so a request can be followed from the
    proxy's log into ours; otherwise it is a fresh random id. Streamed responses (downloads) are logged
    when the server closes them, so their duration covers the whole body.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.trust_header = getattr(settings, "RECTRACK_TRUST_REQUEST_ID", False)

    def _request_id(self, request) -> str:
        if self.trust_header:
            incoming = request.headers.get("X-Request-ID", "")
            if REQUEST_ID.match(incoming):
                return incoming
        return uuid.uuid4().hex

    def __call__(self, request):
        request_id = self._request_id(request)
        request.request_id = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-ID"] = request_id

        def done():
            from rectrack.core.health import PATHS

            status = response.status_code
            level = logging.ERROR if status >= 500 else (
                logging.DEBUG if request.path_info in PATHS and status == 200 else logging.INFO)
            duration = round((time.perf_counter() - started) * 1000, 1)
            # The path is escaped in the message: a %0A in a URL must not start a new line of a text log.
            logger.log(level, "%s %s %s %.1f ms", request.method, request.path.encode("unicode_escape").decode(),
                       status, duration, extra={
                "request_id": request_id, "method": request.method, "path": request.path, "status": status,
                "duration_ms": duration})

        closers = getattr(response, "_resource_closers", None)
        if getattr(response, "streaming", False) and closers is not None:
            closers.append(done)  # Django calls these from response.close(), after the last byte
        else:
            done()
        return response
