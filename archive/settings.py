"""One settings module, read from the environment: safe local defaults, strict in production.

ARCHIVE_DATA_DIR    where everything the site writes lives (SQLite db, search index, caches);
                    default <repo>/var/, created at startup.
DJANGO_DEBUG        "1"/"0" (default 1: local development).
DJANGO_SECRET_KEY   required when DJANGO_DEBUG is off.
DJANGO_ALLOWED_HOSTS comma-separated (default: the loopback names).
DATABASE_URL        e.g. postgres://user:pass@host/db (default: SQLite in ARCHIVE_DATA_DIR).
DATABASE_REPLICA_URL a streaming replica of DATABASE_URL's server: searches read there.
ARCHIVE_SEARCH_ENGINE whoosh (default: an index folder, nothing but Python) or postgres (full
                    text in DATABASE_URL's PostgreSQL; see README "Search engines").
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


ARCHIVE_DATA_DIR = Path(os.environ.get("ARCHIVE_DATA_DIR") or BASE_DIR / "var").resolve()
ARCHIVE_DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = _env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = _env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
if not DEBUG and not os.environ.get("DJANGO_ALLOWED_HOSTS", "").strip():
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off.")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "simple_history",
    "archive.apps.ArchiveConfig",
    "search.apps.SearchConfig",
    "search.backends.postgres.apps.PostgresSearchConfig",  # its table exists on PostgreSQL only
    "haystack",  # after search: the first app's command of a name wins (search's rebuild_index)
]

MIDDLEWARE = [
    "archive.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "archive.locale.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # who made each history record
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{ARCHIVE_DATA_DIR / 'archive.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (editors, an ingest, index flushes) wait for the lock instead of
    # failing with "database is locked"; IMMEDIATE takes it at BEGIN, so no upgrade deadlock.
    DATABASES["default"].setdefault("OPTIONS", {}).update(timeout=20, transaction_mode="IMMEDIATE")

if os.environ.get("DATABASE_REPLICA_URL", "").strip():
    # A read-only alias on a streaming replica: search.backends.postgres.routers sends the
    # searches there. In tests it is the primary's test database, as the replica copies it.
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"], conn_max_age=600, conn_health_checks=True
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["search.backends.postgres.routers.SearchRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]  # English: the language switch
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = ARCHIVE_DATA_DIR / "static"  # collectstatic's output, served by WhiteNoise
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Full-text search (search/), ARCHIVE_SEARCH_ENGINE: "whoosh", an index inside ARCHIVE_DATA_DIR
# updated after each commit; or "postgres", a table in the database written in the same
# transaction as each change.
# The public address permalinks and citations are built on ("https://archive.example.org");
# empty: the address each request came in on.
SITE_URL = os.environ.get("ARCHIVE_SITE_URL", "").strip().rstrip("/")

SEARCH_ENGINE = os.environ.get("ARCHIVE_SEARCH_ENGINE", "").strip() or "whoosh"
_ENGINES = {
    "whoosh": {
        "ENGINE": "search.backends.whoosh.backend.ArchiveWhooshEngine",
        "PATH": str(ARCHIVE_DATA_DIR / "whoosh_index"),
    },
    "postgres": {"ENGINE": "search.backends.postgres.backend.PostgresEngine"},
}
if SEARCH_ENGINE not in _ENGINES:
    raise ImproperlyConfigured(
        f"ARCHIVE_SEARCH_ENGINE must be whoosh or postgres, not {SEARCH_ENGINE!r}."
    )
if SEARCH_ENGINE == "postgres" and DATABASES["default"]["ENGINE"] != (
    "django.db.backends.postgresql"
):
    raise ImproperlyConfigured(
        "ARCHIVE_SEARCH_ENGINE=postgres needs a PostgreSQL DATABASE_URL (postgres://…)."
    )
HAYSTACK_CONNECTIONS = {
    # an index that cannot be written is an error, not a warning
    "default": {**_ENGINES[SEARCH_ENGINE], "SILENTLY_FAIL": False}
}
# ARCHIVE_SEARCH_INDEX_MODE: "commit" indexes in-process with each commit (Whoosh: after it;
# PostgreSQL: inside the transaction); "queue" writes search.IndexTask rows with each change
# and `manage.py drain_index` indexes them (README).
SEARCH_INDEX_MODE = os.environ.get("ARCHIVE_SEARCH_INDEX_MODE", "").strip() or "commit"
_SIGNAL_PROCESSORS = {
    "commit": "InTransactionSignalProcessor"
    if SEARCH_ENGINE == "postgres"
    else "OnCommitSignalProcessor",
    "queue": "QueueSignalProcessor",
}
if SEARCH_INDEX_MODE not in _SIGNAL_PROCESSORS:
    raise ImproperlyConfigured(
        f"ARCHIVE_SEARCH_INDEX_MODE must be commit or queue, not {SEARCH_INDEX_MODE!r}."
    )
HAYSTACK_SIGNAL_PROCESSOR = f"search.signals.{_SIGNAL_PROCESSORS[SEARCH_INDEX_MODE]}"
# Seconds one search may take before it is stopped and answered "too broad" (search.budget);
# well under GUNICORN_TIMEOUT, so a worker is never killed over one query. 0 turns it off.
SEARCH_TIME_BUDGET = float(os.environ.get("ARCHIVE_SEARCH_BUDGET") or 2)
# Whoosh: searches kept per process (count, facets, first pages), keyed by the index
# generation, so paging and repeated searches skip the walk over the matches. 0 turns it off.
SEARCH_RESULT_CACHE = int(os.environ.get("ARCHIVE_SEARCH_CACHE") or 128)
# PostgreSQL: a search's facets are counted over every match up to this many matches; past it,
# over a sample of about this many of them, scaled, and shown as estimates (the count stays
# exact). 0: always every match.
SEARCH_EXACT_FACETS = int(os.environ.get("ARCHIVE_SEARCH_EXACT_FACETS") or 5_000)
# Whoosh: articles past which its search p95 passes 300 ms on a 2-core machine (bench_search,
# README "Search engines"); check_index warns past it. 0: never warn.
SEARCH_WHOOSH_MAX_ARTICLES = int(os.environ.get("ARCHIVE_WHOOSH_MAX_ARTICLES") or 30_000)
# Seconds a page file must have been left unchanged before ingest reads it (archive.ingest.
# reading): a writer that stalls mid-file for less than this is waited for, never read torn.
# 0: read at once, for files moved into place only when whole.
INGEST_SETTLE_SECONDS = float(os.environ.get("ARCHIVE_INGEST_SETTLE_SECONDS") or 1)

# --- Production: hardening read from the environment (see README "Production") -------------
# DJANGO_SECURE_HSTS_SECONDS defaults to 0 (no HSTS) because browsers remember it: raise it
# once HTTPS works everywhere; `check --deploy` warns until then.
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS") or 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = _env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = _env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load-balancer probes speak plain HTTP
if _env_bool("DJANGO_BEHIND_TLS_PROXY", False):  # the proxy sets X-Forwarded-Proto: https
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
CSRF_TRUSTED_ORIGINS = _env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

# django-csp 4: no inline script or style anywhere; everything comes from our own origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# django-axes: lock an (IP, username) pair out of the admin login after repeated failures.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT") or 5)
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS") or 1)  # hours
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
# Behind the TLS proxy, the header in which it names the client (archive.client_ip); without
# it every client shares the proxy's address and one attacker locks editors out for everyone.
CLIENT_IP_HEADER = (
    os.environ.get("DJANGO_CLIENT_IP_HEADER", "").strip()
    if _env_bool("DJANGO_BEHIND_TLS_PROXY", False)
    else ""
)
AXES_CLIENT_IP_CALLABLE = "archive.client_ip.client_ip"

# Logs: JSON lines on stderr (archive.logs); one line per request and one per ingested file.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "archive.logs.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},  # lockouts only, not its start-up banner
}
