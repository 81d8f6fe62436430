"""Settings shared by every environment. Everything secret or host-specific comes from the environment."""

import os
from pathlib import Path

import dj_database_url

# site/config/settings/base.py -> project root is three folders up from site/.
PROJECT_DIR = Path(__file__).resolve().parents[3]
BASE_DIR = PROJECT_DIR


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "axes",
    "csp",
    "initiatives",
    "initiatives.contributions",
    "home.partners",
    "initiatives.events",
    "library",
    "library.letter",
    "search",
    "operations",
    "search.opendata",
    "search.synonyms",
    "search.spelling",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "operations.request_id.RequestIdMiddleware",
    # first: restrictions and content versions are read from the database once per request, never kept longer
    "home.request_memo.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.security.SiteCSPMiddleware",
    "home.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # after AuthenticationMiddleware: answers locked-out logins with registration/lockout.html
    "axes.middleware.AxesMiddleware",
    # last, so every other middleware still adds its headers (X-Frame-Options…) to a cached page
    "home.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# DATABASE_URL selects the database; the embedded default is a SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{PROJECT_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# CACHE_URL (or REDIS_URL) selects a shared cache; without one each process keeps its own memory cache.
_cache_url = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
if _cache_url and _cache_url.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": _cache_url,
            "KEY_PREFIX": "resource-centre",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the source; English and Spanish are translations.
LANGUAGE_CODE = "fr"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("es", "Español"),
]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"
LOCALE_PATHS = [PROJECT_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", PROJECT_DIR / "staticfiles"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", PROJECT_DIR / "media"))

# Partners log in on the site (home/urls.py); restricted pages redirect there. URL names follow the language.
LOGIN_URL = "login"
# Seconds an anonymous visitor's page HTML stays cached (home/page_cache.py). 0: off. Its keys follow content
# versions kept in the database (home/versions.py), so a publish or a privacy change reaches every process at its
# next request, with or without a shared cache.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "300"))
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

WAGTAIL_SITE_NAME = "Solidarités numériques"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "zip", "bib", "ris", "json"]
WAGTAIL_PASSWORD_RESET_ENABLED = False
# No Gravatar: the admin would send a hash of every editor's e-mail to a third party (and the CSP blocks it).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILAPI_LIMIT_MAX = 100

# Wagtail's own page search (admin search bar). The visitors' search is the resource index in search/.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# The resource index (search/): Elasticsearch when ELASTICSEARCH_URL is set, the database engine otherwise.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
RESOURCE_INDEX_PREFIX = os.environ.get("RESOURCE_INDEX_PREFIX", "resources")
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "5"))
ELASTICSEARCH_API_KEY = os.environ.get("ELASTICSEARCH_API_KEY", "")  # an encoded API key (Elasticsearch 8 security)
ELASTICSEARCH_CA_CERTS = os.environ.get("ELASTICSEARCH_CA_CERTS", "")  # CA bundle path for a self-signed cluster
# Engine bugs (a 4xx from Elasticsearch) are logged at error level and answered by the database engine; the test
# settings raise them instead.
SEARCH_RAISE_ENGINE_BUGS = False

# The map (search/opendata/): country outlines served from our static files; tiles only from a server named here.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "")

# Machine pre-translation: wagtail-localize's DeepL translator only when a key is given.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

TAGGIT_CASE_INSENSITIVE = True

# Take-part forms: submissions allowed per client IP and per e-mail address in a window of seconds.
CONTRIBUTION_RATE_LIMIT = (int(os.environ.get("CONTRIBUTION_RATE_LIMIT", "5")), 3600)
CONTRIBUTION_UPLOAD_MAX_BYTES = 5 * 1024 * 1024
# Discussion messages in the reader's language: a home.partners.translation.Translator class (dotted path);
# empty means DeepL when DEEPL_API_KEY is set, otherwise no machine translation.
DISCUSSION_TRANSLATOR = os.environ.get("DISCUSSION_TRANSLATOR", "")

COUNTRIES_FIRST = ["FR"]

# Background tasks (django-tasks): the one place that chooses the backend. Queued in the database and run by
# `manage.py run_worker` (every queue; `make run` and docker-compose start it). Tests use the ImmediateBackend.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
# What the worker enqueues by itself, every so many seconds ("max_every": the longest back-off delay).
RECURRING_TASKS = {
    "home.worker.tasks.publish_scheduled_pages": {"every": 60},
    "home.worker.tasks.drain_index_queue": {"every": 15, "max_every": 60},
    "home.worker.tasks.apply_retention_limits": {"every": 86400},
}

# E-mail (workflow notices, relays, discussion lists, the letter, confirmations and alerts) goes through the
# worker, which delivers it with EMAIL_DELIVERY_BACKEND.
EMAIL_BACKEND = "home.worker.mail.TaskEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get("EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Solidarités numériques <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
LETTER_FROM_EMAIL = os.environ.get("LETTER_FROM_EMAIL", DEFAULT_FROM_EMAIL)
# Letter messages sent over one SMTP connection before the worker opens the next one.
LETTER_BATCH_SIZE = int(os.environ.get("LETTER_BATCH_SIZE", "200"))

# Logs go to standard output; LOG_FORMAT=json writes one JSON object a line (for a log collector). Every line
# carries the request id (operations/request_id.py).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "operations.request_id.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # django-tasks logs each task's outcome (failures with their traceback): kept at INFO so the worker's log
    # says what every background task did.
    "loggers": {"django_tasks": {"level": "INFO"}},
}

# Errors reported to Sentry (or a compatible service) only when a DSN is given; no personal data is sent.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN, send_default_pii=False, environment=os.environ.get("SENTRY_ENVIRONMENT", "production")
    )

# The address the privacy page gives for requests about personal data (export, correction, erasure).
PRIVACY_CONTACT_EMAIL = os.environ.get("PRIVACY_CONTACT_EMAIL", "")

# Where `manage.py backup` writes its archives unless --output says otherwise.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", PROJECT_DIR / "backups"))

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Login throttling (django-axes) on /admin/login/ and the partners' login: after AXES_FAILURE_LIMIT failures for a
# user name, that account is locked for AXES_COOLOFF_TIME hours, whatever the password. Unlock:
# `manage.py axes_reset_username NAME` (or `axes_reset` for everyone). Keyed by user name, not IP address: behind
# the proxy every visitor shares one address.
# AxesBackend only checks the lockout (and, being a ModelBackend, lets force_login and permissions work); the
# ModelBackend after it checks the password.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = ["username"]
SILENCED_SYSTEM_CHECKS = ["axes.W006"]  # "no ip_address": on purpose, see above
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"

# Content-Security-Policy (django-csp 4): scripts and styles from the site only, no inline script. The admin's own
# relaxed policy and the Permissions-Policy are in home/security.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
