"""gunicorn settings for rectrack (`rectrack serve`, or `gunicorn -c python:rectrack.core.gunicorn_conf
rectrack.wsgi`). Every value can be changed from the environment or on the command line (ADR 0010).

- ``gthread`` workers: ``WEB_CONCURRENCY`` processes (default: CPUs + 1) of ``GUNICORN_THREADS``
  threads (default 4). Pages spend part of their time waiting for PostgreSQL, so a few threads per
  process keep the CPUs busy; processes, not threads, give parallel Python.
- ``GUNICORN_TIMEOUT`` (default 60 s) kills a worker stuck that long (the slowest pages, a national XLSX
  or a PDF record, take a few seconds); ``graceful_timeout`` 30 s on restart; ``keepalive`` 5 s for the
  proxy's connections.
- ``max_requests`` 2000 (with jitter) recycles each process now and then, bounding memory growth.
- No access log: rectrack writes its own request line (JSON, with the request id); gunicorn's own
  messages go to standard output as JSON too.
"""
import os

bind = os.environ.get("RECTRACK_BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY") or (os.cpu_count() or 1) + 1)
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# The worker heartbeat file on a RAM disk: a slow or full disk must not get healthy workers killed.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
proc_name = "rectrack"
# gunicorn's control socket (gunicornc) is not used; off, so that two servers on one host cannot clash.
control_socket_disable = True

_formatter = ("rectrack.core.logs.TextFormatter" if os.environ.get("LOG_FORMAT", "json").lower() == "text"
              else "rectrack.core.logs.JsonFormatter")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"rectrack": {"()": _formatter}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                            "formatter": "rectrack"}},
    "root": {"handlers": ["stdout"], "level": loglevel.upper()},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}
