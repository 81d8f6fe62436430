"""Logins are throttled (django-axes), every response carries the security headers, robots.txt names the sitemap,
and errors are the site's own pages in the visitor's language."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-123"


@pytest.fixture
def partner(db):
    return get_user_model().objects.create_user("partenaire", "p@example.org", PASSWORD)


def login_urls():
    with translation.override("fr"):
        frontend = reverse("login")
    return [frontend, "/admin/login/"]


@pytest.mark.parametrize("url", login_urls())
def test_logins_lock_after_repeated_failures_even_with_the_right_password(client, partner, settings, url):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "partenaire", "password": "wrong"})
        assert response.status_code == 200
    assert client.post(url, {"username": "partenaire", "password": "wrong"}).status_code == 429  # the limit-th
    response = client.post(url, {"username": "partenaire", "password": PASSWORD})
    assert response.status_code == 429
    assert "Trop de tentatives de connexion échouées" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_message_is_in_the_visitors_language(client, partner, settings):
    with translation.override("es"):
        url = reverse("login")
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(url, {"username": "partenaire", "password": "wrong"}, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 429
    assert "Demasiados intentos" in response.content.decode()


def test_an_administrator_unlocks_an_account_with_a_command(client, partner, settings):
    url = login_urls()[0]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": "partenaire", "password": "wrong"})
    assert client.post(url, {"username": "partenaire", "password": PASSWORD}).status_code == 429
    call_command("axes_reset_username", "partenaire")
    response = client.post(url, {"username": "partenaire", "password": PASSWORD})
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(partner.pk)


def test_pages_carry_csp_and_permissions_policy(client, sample_site):
    response = client.get(sample_site.initiatives[0].url)
    policy = response["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "'self'" in script_src and "unsafe-inline" not in script_src
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "<script>" not in response.content.decode()  # no inline script the policy would block


def test_the_admin_has_its_own_policy_and_still_works(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]


@override_settings(
    SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=31536000, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")
)
def test_hsts_behind_the_proxy_header(client, sample_site):
    assert client.get("/", HTTP_X_FORWARDED_PROTO="http").status_code == 301
    response = client.get("/", HTTP_X_FORWARDED_PROTO="https", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_robots_txt_names_the_sitemap(client, sample_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http" in text and text.strip().endswith("/sitemap.xml")


@pytest.mark.parametrize(
    ("prefix", "words"), [("", "Page introuvable"), ("/en", "Page not found"), ("/es", "Página no encontrada")]
)
def test_a_missing_page_is_the_sites_own_404_in_the_visitors_language(client, sample_site, prefix, words):
    response = client.get(f"{prefix}/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert words in response.content.decode()


def test_a_server_error_is_the_sites_own_page(client, settings):
    from django.test import RequestFactory
    from django.views.defaults import server_error

    request = RequestFactory().get("/")
    with translation.override("fr"):
        response = server_error(request)
    assert response.status_code == 500
    assert "Erreur du serveur" in response.content.decode()


def test_the_api_names_pages_with_the_configured_base_url(client, sample_site, settings):
    data = client.get("/api/v2/pages/", {"limit": 1}).json()
    detail_url = data["items"][0]["meta"]["detail_url"]
    assert detail_url.startswith(settings.WAGTAILAPI_BASE_URL) and "localhost" not in detail_url
