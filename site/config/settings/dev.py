"""Local development: `make run`. Debug on, a fixed throw-away key unless SECRET_KEY is set."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-change-me"  # noqa: F405
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"  # the worker prints them
