"""Django settings for rectrack.

Configuration comes from the environment: DATABASE_URL, SECRET_KEY, ALLOWED_HOSTS, DEBUG.
Without them, a development setup runs on SQLite under ./var with a per-machine secret key.
"""
import os
import secrets
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = Path(os.environ.get("RECTRACK_HOME", Path.cwd())).resolve()
VAR_DIR = Path(os.environ.get("RECTRACK_VAR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    # A key in the environment wins; otherwise a random one kept on this machine, never in the repo.
    if key := os.environ.get("SECRET_KEY"):
        return key
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("DEBUG", False)
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "rectrack.core.apps.RectrackAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Full-text search on PostgreSQL (the public search's vector field); harmless on SQLite (ADR 0016).
    "django.contrib.postgres",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "ninja",
    "django_tasks_db",
    "rectrack.core",
    "rectrack.accounts",
    "rectrack.organisations",
    "rectrack.complaints",
    "rectrack.responses",
    "rectrack.ingestion",
    "rectrack.publishing",
    "rectrack.workflow",
    "rectrack.tracker",
    "rectrack.work",
]

MIDDLEWARE = [
    # First: every request gets an id and a log line; /healthz is answered before the host check and
    # the HTTPS redirect, so a proxy can probe it over HTTP by address (ADR 0010).
    "rectrack.core.logs.RequestLogMiddleware",
    "rectrack.core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "rectrack.core.middleware.RefuseControlCharactersMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "rectrack.core.middleware.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "rectrack.accounts.middleware.IdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "rectrack.urls"
WSGI_APPLICATION = "rectrack.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "rectrack.core.templates.DjangoTemplates",  # frees a page's context once rendered
        "NAME": "django",  # the alias Django's own backend has
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "rectrack.core.context_processors.service",
                "rectrack.work.context_processors.work_counts",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'rectrack.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        # A kept connection is checked before reuse, so a database restart costs no failed request.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the background worker write while pages read. A 32 MB page cache per connection (SQLite's default
    # is 2 MB) keeps a national matrix's pages in the process between requests: its read is a tenth faster.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32000;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    if _env_bool("RECTRACK_TEST_SQLITE_FILE", False):
        # The browser tests' live server answers from several threads: a test database in a file, not
        # in shared memory, which Python's sqlite3 does not share safely between threads.
        DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-database.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    # ModelBackend with the sign-in throttle in front (ADR 0009): every sign-in form goes through it.
    "rectrack.accounts.backends.ThrottledModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "work:home"
LOGOUT_REDIRECT_URL = "tracker:complaints"
# Sign-in throttling (ADR 0009), counted in the database. Failed sign-ins allowed within the window:
# per (username, address) pair and per known browser, per username from unknown browsers, per address.
LOGIN_THROTTLE_LIMIT = int(os.environ.get("LOGIN_THROTTLE_LIMIT", "5"))
LOGIN_THROTTLE_USERNAME_LIMIT = int(os.environ.get("LOGIN_THROTTLE_USERNAME_LIMIT", "20"))
LOGIN_THROTTLE_ADDRESS_LIMIT = int(os.environ.get("LOGIN_THROTTLE_ADDRESS_LIMIT", "100"))
LOGIN_THROTTLE_WINDOW_SECONDS = int(os.environ.get("LOGIN_THROTTLE_WINDOW_SECONDS", str(15 * 60)))
LOGIN_DEVICE_COOKIE_NAME = "rectrack_device"
LOGIN_DEVICE_COOKIE_AGE = 180 * 24 * 60 * 60
# Password-reset emails per email address and per client address within the same window.
PASSWORD_RESET_EMAIL_LIMIT = 3
PASSWORD_RESET_ADDRESS_LIMIT = 20
PASSWORD_RESET_TIMEOUT = 60 * 60  # a reset link works for an hour, and only once
# The client's address: REMOTE_ADDR, unless CLIENT_IP_HEADER names the header the reverse proxy sets
# (e.g. X-Forwarded-For), with TRUSTED_PROXY_COUNT proxies of ours in front (rectrack/accounts/network.py).
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "").strip()
TRUSTED_PROXY_COUNT = max(1, int(os.environ.get("TRUSTED_PROXY_COUNT", "1")))
# Signed out after this long without a request (0: never); SESSION_COOKIE_AGE still caps a session.
SESSION_IDLE_TIMEOUT_SECONDS = int(os.environ.get("SESSION_IDLE_TIMEOUT_MINUTES", "30")) * 60
# Personal API tokens: the longest lifetime offered, how many live tokens a user may hold, and how
# stale "last used" may get before it is written again.
API_TOKEN_MAX_DAYS = max(1, int(os.environ.get("API_TOKEN_MAX_DAYS", "365")))
API_TOKEN_MAX_PER_USER = 10
API_TOKEN_LAST_USED_RESOLUTION_SECONDS = 5 * 60

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and not _env_bool("RECTRACK_TESTING", False)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = _env_bool("RECTRACK_TESTING", False) or DEBUG
# Source maps (most of the bytes: the API docs' bundles) are fetched only by a developer's tools: compressing
# them made collectstatic take most of a minute. Whitenoise's own list of already-compressed formats, plus "map".
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (
    "jpg", "jpeg", "png", "gif", "webp", "zip", "gz", "tgz", "bz2", "tbz", "xz", "br", "swf", "flv", "woff", "woff2",
    "3gp", "3gpp", "asf", "avi", "m4v", "mov", "mp4", "mpeg", "mpg", "webm", "wmv", "map",
)
MEDIA_ROOT = VAR_DIR / "media"
# Uploaded evidence and documents are never served from MEDIA_URL (no URL pattern serves it): views
# stream them as attachments after a permission check. It must still be a path for Django's static
# helpers and the live test server.
MEDIA_URL = "/_media-not-served/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
RECTRACK_MAX_UPLOAD_BYTES = int(os.environ.get("RECTRACK_MAX_UPLOAD_BYTES", str(25 * 1024 * 1024)))
# One handler for every upload: it stops keeping a file once the request passes the limit (ADR 0011).
FILE_UPLOAD_HANDLERS = ["rectrack.core.uploads.LimitedUploadHandler"]
# Extraction jobs: a worker's lease on a running job (renewed every quarter of it) and the longest a
# job may run before it is marked failed (ADR 0011).
RECTRACK_JOB_LEASE_SECONDS = int(os.environ.get("RECTRACK_JOB_LEASE_SECONDS", "120"))
RECTRACK_JOB_TIME_LIMIT_SECONDS = int(os.environ.get("RECTRACK_JOB_TIME_LIMIT_SECONDS", str(30 * 60)))
# Documents fetched from a web address (ADR 0018): never from private, loopback or link-local
# addresses unless allowed (tests allow it for a local server); one time limit per fetch; how often
# fetched documents are checked for a new version (0: never).
RECTRACK_FETCH_ALLOW_PRIVATE = _env_bool("RECTRACK_FETCH_ALLOW_PRIVATE", False)
RECTRACK_FETCH_TIMEOUT_SECONDS = float(os.environ.get("RECTRACK_FETCH_TIMEOUT_SECONDS", "20"))
RECTRACK_REFETCH_HOURS = float(os.environ.get("RECTRACK_REFETCH_HOURS", "24"))


TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Security: secure cookies whenever we are not on plain-HTTP localhost development.
SECURE_COOKIES = _env_bool("SECURE_COOKIES", not DEBUG and "127.0.0.1" not in ALLOWED_HOSTS)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 60 * 60
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = _env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_HSTS_SECONDS > 0)
SECURE_HSTS_PRELOAD = _env_bool("SECURE_HSTS_PRELOAD", False)
BEHIND_PROXY = _env_bool("BEHIND_PROXY", False)
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (and strips it from clients' requests).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
# Take the proxy's X-Request-ID for our logs (only a proxy we trust may set it).
RECTRACK_TRUST_REQUEST_ID = _env_bool("RECTRACK_TRUST_REQUEST_ID", BEHIND_PROXY)
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# SMTP when EMAIL_HOST is set; otherwise the console, so a demo machine prints reminders instead of
# sending them (and `check --deploy` reports mail.E001: production must not run like that).
_SMTP = "django.core.mail.backends.smtp.EmailBackend"
_EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    _SMTP if os.environ.get("EMAIL_HOST") else "django.core.mail.backends.console.EmailBackend")
MAILERS = {"default": {"BACKEND": _EMAIL_BACKEND}}
if _EMAIL_BACKEND == _SMTP:
    MAILERS["default"]["OPTIONS"] = {
        "host": os.environ.get("EMAIL_HOST", "localhost"),
        "port": int(os.environ["EMAIL_PORT"]) if os.environ.get("EMAIL_PORT") else None,  # 587 with TLS
        "username": os.environ.get("EMAIL_HOST_USER") or None,
        "password": os.environ.get("EMAIL_HOST_PASSWORD") or None,
        "use_tls": _env_bool("EMAIL_USE_TLS", not _env_bool("EMAIL_USE_SSL", False)),
        "use_ssl": _env_bool("EMAIL_USE_SSL", False),
        "timeout": int(os.environ.get("EMAIL_TIMEOUT", "20")),
    }
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "rectrack@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

NINJA_PAGINATION_PER_PAGE = 100

# Logs: one JSON object a line on standard output (LOG_FORMAT=text for a terminal), see
# rectrack.core.logs and ADR 0010. LOG_LEVEL INFO writes a line per request; WARNING only problems.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING" if _env_bool("RECTRACK_TESTING", False) else "INFO").upper()
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json").lower()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "rectrack.core.logs.RequestContextFilter"}},
    "formatters": {
        "json": {"()": "rectrack.core.logs.JsonFormatter"},
        "text": {"()": "rectrack.core.logs.TextFormatter"},
    },
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "filters": ["request"],
                   "formatter": "text" if LOG_FORMAT == "text" else "json"},
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        # Our request line already records every 4xx; Django's own line is kept for server errors,
        # where it carries the traceback.
        "django.request": {"level": "ERROR"},
        # runserver's access log repeats the request line.
        "django.server": {"level": "WARNING"},
    },
}

# Deadlines and reminders (see docs/decisions/0005-workflow-and-deadlines.md)
RECTRACK_LONG_OVERDUE_DAYS = int(os.environ.get("RECTRACK_LONG_OVERDUE_DAYS", "28"))
RECTRACK_REMINDER_DAYS_BEFORE = int(os.environ.get("RECTRACK_REMINDER_DAYS_BEFORE", "14"))

# Background workers and health (ADR 0010): `rectrack worker` beats every N seconds; /healthz fails
# when no worker beat within the maximum age (0: do not check workers).
RECTRACK_WORKER_HEARTBEAT_SECONDS = float(os.environ.get("RECTRACK_WORKER_HEARTBEAT_SECONDS", "10"))
RECTRACK_HEALTH_WORKER_MAX_AGE_SECONDS = int(os.environ.get("RECTRACK_HEALTH_WORKER_MAX_AGE_SECONDS", "60"))
