"""What Debian's Chromium receives and enforces: the security headers on a public page and on the admin, and the
login throttling (django-axes) that locks an account after the configured failures, with its message in French."""

import pytest
from django.contrib.auth.models import User

from home.factories import StandardPageFactory
from tests.conftest import SiteTree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "une-phrase-longue-2026"
LOCKED = "Trop de tentatives de connexion échouées"


@pytest.fixture
def public_page():
    tree = SiteTree()
    page = StandardPageFactory(parent=tree.home, title="À propos du centre", slug="a-propos")
    User.objects.create_user("partenaire", "partenaire@example.org", PASSWORD)
    return page


def directives(policy):
    """{directive: [sources]} of a Content-Security-Policy header."""
    parts = (part.strip().split() for part in policy.split(";") if part.strip())
    return {words[0]: words[1:] for words in parts}


def french_page(browser):
    context = browser.new_context(locale="fr-FR", extra_http_headers={"Accept-Language": "fr"})
    page = context.new_page()
    page.set_default_timeout(20_000)
    return page


def test_a_public_page_s_headers_reach_the_browser_and_its_policy_blocks_inline_scripts(
    browser, live_server, public_page, screenshot
):
    page = french_page(browser)
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security" in message.text else 0)
    response = page.goto(f"{live_server.url}{public_page.url}")
    assert response.status == 200
    headers = response.all_headers()
    policy = directives(headers["content-security-policy"])
    assert policy["script-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert headers["x-frame-options"] in {"DENY", "SAMEORIGIN"}
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert headers["x-content-type-options"] == "nosniff"
    features = {feature.strip() for feature in headers["permissions-policy"].split(",")}
    assert {"camera=()", "geolocation=()", "microphone=()"} <= features
    assert violations == []  # the site's own page runs under its policy without a single refusal

    # An injected inline script (what a stored XSS would be) does not run: Chromium enforces the policy.
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
        " document.head.appendChild(s); }"
    )
    assert page.evaluate("() => window.injected") is None
    assert any("script-src" in text for text in violations)
    screenshot(page, "public-page")
    page.context.close()


def test_the_admin_s_headers_reach_the_browser(browser, live_server, public_page, screenshot):
    page = french_page(browser)
    response = page.goto(f"{live_server.url}/admin/login/")
    assert response.status == 200
    headers = response.all_headers()
    policy = directives(headers["content-security-policy"])
    assert "'self'" in policy["script-src"]  # the admin's own, relaxed policy (Wagtail runs inline scripts)
    assert policy["frame-ancestors"] == ["'self'"]  # the preview panel frames the site, nobody else does
    assert headers["x-frame-options"] in {"DENY", "SAMEORIGIN"}
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["permissions-policy"]
    screenshot(page, "admin-login")
    page.context.close()


@pytest.mark.parametrize("login_path", ["/connexion/", "/admin/login/"])
def test_logins_lock_after_the_configured_failures_with_a_french_message(
    browser, live_server, public_page, screenshot, settings, login_path
):
    page = french_page(browser)
    page.goto(f"{live_server.url}{login_path}")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        page.fill("input[name=username]", "partenaire")
        page.fill("input[name=password]", f"mauvais-{attempt}")
        with page.expect_navigation() as navigation:
            page.locator("main form button[type=submit], form button[type=submit]").first.click()
        if attempt < settings.AXES_FAILURE_LIMIT - 1:
            assert navigation.value.status == 200
            assert LOCKED not in page.locator("body").inner_text()
    assert navigation.value.status == 429
    assert LOCKED in page.locator("body").inner_text()

    # Even the right password is refused now, with the same message; no session is opened.
    page.goto(f"{live_server.url}{login_path}")
    page.fill("input[name=username]", "partenaire")
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit], form button[type=submit]").first.click()
    assert navigation.value.status == 429
    assert LOCKED in page.locator("[role=alert]").inner_text()
    assert "sessionid" not in {cookie["name"] for cookie in page.context.cookies()}
    screenshot(page, "locked")
    page.context.close()
