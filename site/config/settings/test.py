"""The test suite: the database comes from DATABASE_URL (PostgreSQL in CI), SQLite otherwise."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once, inside the request; the worker's own tests switch to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": []}}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Elasticsearch 4xx responses are query bugs: fail the test instead of quietly answering from the database.
SEARCH_RAISE_ENGINE_BUGS = True
# The live contract suite has its own variable: ELASTICSEARCH_URL from the environment would make every test write
# to the real aliases through the signal handlers.
ELASTICSEARCH_URL = ""
