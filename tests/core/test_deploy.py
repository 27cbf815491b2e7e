"""The documented production run: `check --deploy` is clean, and gunicorn serves with JSON logs."""
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RECTRACK = [sys.executable, "-m", "rectrack.cli"]


def production_env(var: Path, **more) -> dict:
    """The environment README's "Deploy" section documents (PostgreSQL, SMTP, behind a TLS proxy)."""
    keep = {k: v for k, v in os.environ.items()
            if k in {"PATH", "HOME", "LANG", "PYTHONPATH", "VIRTUAL_ENV", "TMPDIR"}}
    return {
        **keep,
        "RECTRACK_VAR": str(var),
        "DJANGO_SETTINGS_MODULE": "rectrack.settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "rectrack.example.gov.uk",
        "CSRF_TRUSTED_ORIGINS": "https://rectrack.example.gov.uk",
        "DATABASE_URL": "postgresql://rectrack:secret@db.internal:5432/rectrack",
        "BEHIND_PROXY": "1",
        "SECURE_SSL_REDIRECT": "1",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_PRELOAD": "1",
        "EMAIL_HOST": "smtp.example.gov.uk",
        "EMAIL_HOST_USER": "rectrack",
        "EMAIL_HOST_PASSWORD": "secret",
        "DEFAULT_FROM_EMAIL": "rectrack@example.gov.uk",
        **more,
    }


def check_deploy(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([*RECTRACK, "check", "--deploy", "--fail-level", "WARNING"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean_in_the_documented_production_environment(tmp_path):
    result = check_deploy(production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize("change, expected", [
    ({"SECURE_HSTS_SECONDS": "0"}, "security.W004"),
    ({"SECURE_SSL_REDIRECT": "0"}, "security.W008"),
    ({"DEBUG": "1"}, "security.W018"),
    ({"EMAIL_HOST": ""}, "mail.E001"),  # no SMTP server: mail would only be printed
    ({"SECRET_KEY": "short"}, "security.W009"),
])
def test_check_deploy_reports_what_is_missing(tmp_path, change, expected):
    result = check_deploy(production_env(tmp_path, **change))
    assert result.returncode != 0 and expected in result.stdout + result.stderr


def test_smtp_settings_come_from_the_environment(tmp_path):
    code = ("import django; django.setup(); from django.conf import settings; import json; "
            "print(json.dumps(settings.MAILERS))")
    env = production_env(tmp_path, EMAIL_PORT="2525")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    mailer = json.loads(out)["default"]
    assert mailer["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert mailer["OPTIONS"] == {"host": "smtp.example.gov.uk", "port": 2525, "username": "rectrack",
                                 "password": "secret", "use_tls": True, "use_ssl": False, "timeout": 20}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, host: str):
    request = urllib.request.Request(url, headers={"Host": host, "X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_rectrack_serve_runs_gunicorn_with_json_logs(tmp_path):
    """`rectrack serve` on a migrated SQLite database with collected static files, as in production."""
    env = production_env(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
                         ALLOWED_HOSTS="rectrack.example.gov.uk", WEB_CONCURRENCY="1", GUNICORN_THREADS="2",
                         RECTRACK_HEALTH_WORKER_MAX_AGE_SECONDS="0")
    for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([*RECTRACK, *command], env=env, cwd=ROOT, check=True, timeout=300)
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        server = subprocess.Popen([*RECTRACK, "serve", "--bind", f"127.0.0.1:{port}"], env=env, cwd=ROOT,
                                  stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                status, headers, body = _get(f"{base}/healthz", "10.0.0.7")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise AssertionError(log.read_text()) from None
                time.sleep(0.3)
        assert status == 200 and json.loads(body)["status"] == "ok"
        status, headers, body = _get(f"{base}/public/", "rectrack.example.gov.uk")
        assert status == 200 and b"govuk" in body
        assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
        # Static files: collected, linked under hashed names, served by whitenoise with a long cache life.
        css = re.search(rb'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', body).group(1).decode()
        status, headers, _ = _get(base + css, "rectrack.example.gov.uk")
        assert status == 200 and "immutable" in headers["Cache-Control"]
        assert _get(f"{base}/no-such-page/", "rectrack.example.gov.uk")[0] == 404
    finally:
        server.terminate()
        server.wait(timeout=30)
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert any(line["logger"] == "gunicorn.error" and "Listening at" in line["message"] for line in lines)
    requests = [(line["path"], line["status"]) for line in lines if line["logger"] == "rectrack.request"]
    assert ("/public/", 200) in requests and ("/no-such-page/", 404) in requests
    assert not any("traceback" in line for line in lines)


def test_serve_refuses_to_start_without_collected_static_files(tmp_path):
    env = production_env(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    result = subprocess.run([*RECTRACK, "serve", "--dry-run"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0 and "collectstatic" in result.stderr
