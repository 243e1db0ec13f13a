"""Kerntaken settings: one file, read from the environment.

Development works with no environment at all (SQLite, DEBUG on, a throwaway secret);
production must set SECRET_KEY and ALLOWED_HOSTS and leaves DEBUG off.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set in the environment (or DEBUG=1 for development)."
        )
    SECRET_KEY = "django-insecure-development-only-key-not-for-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "django_htmx",
    "simple_history",
    "axes",
    "django_tasks_db",
    # Django REST framework works without being an installed app; installed, its Dutch
    # catalog would replace Django's own wording of shared messages ("Dit veld is vereist").
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "kerntaken",
    "notifications",
    "plans",
    "processes",
    "reviews",
    "followup",
    "exchange",
    "publication",
    "insight",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kerntaken.sessions.SessionRenewalMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "kerntaken.middleware.PrivateResponsesMiddleware",
    "kerntaken.middleware.RefusalLogMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, so that throttled sign-ins are answered before any view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kerntaken.urls"
WSGI_APPLICATION = "kerntaken.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kerntaken.context_processors.navigation",
                "kerntaken.context_processors.page_address",
                "kerntaken.context_processors.notifications",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # Wait for a competing writer instead of failing at once ("database is locked").
            "timeout": 20,
            # Take the write lock when a transaction begins: a transaction that read first
            # and then writes can no longer fail at once on the upgrade, whatever the timeout.
            "transaction_mode": "IMMEDIATE",
            # WAL: readers never wait for the writer (nor the writer for readers).
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

# Caches: rendered fragments of the busiest pages (kerntaken/fragments.py). By default each
# process keeps its own in memory, so `make run` needs nothing; production points CACHE_URL
# at Redis (redis://host:6379/0) so that every worker shares what was rendered. A fragment's
# key is a digest of all it shows, so the choice of cache never decides whether a page is
# current, only how often a fragment is rendered again.
CACHE_URL = os.environ.get("CACHE_URL", "").strip()
CACHE_TIMEOUT = int(os.environ.get("CACHE_TIMEOUT", str(6 * 3600)))
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "TIMEOUT": CACHE_TIMEOUT,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "kerntaken"),
        }
    }
elif CACHE_URL:
    raise ImproperlyConfigured("CACHE_URL must be a redis://, rediss:// or unix:// address.")
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": CACHE_TIMEOUT,
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "2000"))},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, reading the signed-in user with a statement compiled once.
    "kerntaken.sessions.UserBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Sign-in throttling: per username and address, a cool-off instead of a permanent lock-out.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]
AXES_VERBOSE = False

# Internationalisation: Belgian Dutch first, English complete.
LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", _("Nederlands")), ("en", _("English"))]
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", BASE_DIR / "node_modules" / "bootstrap" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Uploads: decision documents, round documents and Excel imports.
MAX_UPLOAD_SIZE = int(os.environ.get("MAX_UPLOAD_SIZE_MB", "10")) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Mail: the console in development; SMTP from the environment in production.
EMAIL_BACKEND_PATH = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
MAILERS = {"default": {"BACKEND": EMAIL_BACKEND_PATH}}
if EMAIL_BACKEND_PATH.endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        "host": os.environ.get("EMAIL_HOST", "localhost"),
        "port": int(os.environ.get("EMAIL_PORT", "25")),
        "username": os.environ.get("EMAIL_HOST_USER", ""),
        "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
        "use_tls": env_bool("EMAIL_USE_TLS", False),
    }
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kerntaken@localhost")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
# Where the accessibility statement asks people to report a problem.
ACCESSIBILITY_CONTACT_EMAIL = os.environ.get("ACCESSIBILITY_CONTACT_EMAIL", DEFAULT_FROM_EMAIL)

# Background work (mail): Django's task framework on a queue in the database, run by
# `manage.py db_worker` beside the web server. Another backend (e.g. Redis through
# django-tasks-rq) is a change of TASKS_BACKEND and its options (see README).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# Where `send_reminders` finds the deadlines to remind of (each a callable(today) -> int);
# the follow-up stage adds its reporting deadlines here.
REMINDER_SOURCES = [
    "plans.reminders.submission_reminders",
    "followup.reminders.reporting_reminders",
]

# Sessions end after an idle hour and with the browser. A request renews the session (moves
# its expiry) when its last renewal is a minute old, not on every request: a write per
# page would cost every page a database UPDATE (kerntaken/sessions.py).
SESSION_ENGINE = "kerntaken.sessions"  # Django's database sessions, read more cheaply
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_SECONDS", "3600"))
SESSION_RENEW_SECONDS = 60
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Transport security: on by default in production, off on the development server.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Django's built-in Content Security Policy: everything from our own origin, nothing inline.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# The read-only JSON API (publication/api/): personal tokens for scripts, the session for
# the browser; JSON only (no browsable HTML pages); pages of 100; a rate per token.
REST_FRAMEWORK = {
    # The token first: an anonymous request gets 401 with `WWW-Authenticate: Bearer`.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "publication.api.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # The API reads no body; the form parsers let the session's CSRF check read a refused
    # POST (405) instead of answering it 415.
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "publication.api.negotiation.JsonWhateverIsAsked",
    "DEFAULT_PAGINATION_CLASS": "publication.api.pagination.Pagination",
    "DEFAULT_THROTTLE_CLASSES": ["publication.api.auth.TokenRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"api": os.environ.get("API_RATE", "600/minute")},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "COERCE_DECIMAL_TO_STRING": False,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kerntaken API",
    "DESCRIPTION": (
        "Read-only JSON API of Kerntaken: rounds, plans, core processes, government "
        "decisions and the follow-up (tracks, progress reports), each user seeing exactly "
        "what the web pages show them. Sign in (session) or send a personal token: "
        "`Authorization: Bearer <token>`."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SWAGGER_UI_DIST": "SIDECAR",
    # No deep links: Swagger UI puts them as links inside buttons (nested interactive).
    "SWAGGER_UI_SETTINGS": {"deepLinking": False},
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "PlanStatusEnum": "plans.models.Plan.Status",
        "TrackStatusEnum": "followup.models.TrackStatus",
        "ReportStatusEnum": "followup.models.ProgressReport.Status",
        "PeriodStatusEnum": "followup.models.ReportingPeriod.Status",
        "AssessmentEnum": "processes.models.Assessment",
        "AxisEnum": "processes.models.Axis",
        "TransferLevelEnum": "processes.models.TransferLevel",
    },
}

# Logs: one JSON object per line on stdout (kerntaken.logs); the application's events
# (transitions, refused sign-ins and permissions, failed tasks) at INFO.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "kerntaken.logs.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "kerntaken": {"level": os.environ.get("EVENT_LOG_LEVEL", "INFO")},
        "django_tasks_db": {"level": "INFO"},
        "django.tasks": {"level": "INFO"},
    },
}
