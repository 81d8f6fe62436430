"""Settings per environment: production refuses to start without a secret and passes `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_manage(*args, settings="config.settings.production", **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    environment.update(DJANGO_SETTINGS_MODULE=settings, **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_check_deploy():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", SECRET_KEY="x" * 64 + "-prod-not-a-real-key")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_off_in_production_even_when_unset():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DEBUG, settings.SECURE_SSL_REDIRECT)",
        SECRET_KEY="y" * 64,
    )
    assert result.stdout.split() == ["False", "True"], result.stderr


def test_production_security_settings():
    """Cookies secure and HTTP-only, HSTS behind the proxy's header, nosniff, a referrer policy, CSP and axes on."""
    names = [
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "SECURE_PROXY_SSL_HEADER",
        "SECURE_HSTS_SECONDS",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
    ]
    code = (
        "from django.conf import settings; "
        f"print(repr([getattr(settings, n) for n in {names!r}])); "
        "print('csp.middleware' in ' '.join(settings.MIDDLEWARE) or 'CSPMiddleware' in ' '.join(settings.MIDDLEWARE)); "
        "print('axes.middleware.AxesMiddleware' in settings.MIDDLEWARE)"
    )
    result = run_manage("shell", "--no-imports", "-c", code, SECRET_KEY="z" * 64)
    lines = result.stdout.strip().splitlines()
    assert lines[0] == repr(
        [True, True, True, ("HTTP_X_FORWARDED_PROTO", "https"), 31536000, True, "strict-origin-when-cross-origin"]
    ), result.stderr
    assert lines[1:] == ["True", "True"]
