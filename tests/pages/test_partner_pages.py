"""Pages reserved to the "Partenaires" group: login redirect, access for partners, absent from the API and menus."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from home.models import PARTNERS_GROUP

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_page(sample_site):
    page = StandardPageFactory(
        parent=sample_site.tree.home,
        title="Espace partenaires",
        slug="espace-partenaires",
        body='[{"type": "paragraph", "id": "0b9e8f0c-2f7e-4a51-9a4e-0d7c1d2e3f41", "value": "<p>Compte rendu</p>"}]',
    )
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=PARTNERS_GROUP)])
    child = StandardPageFactory(parent=page, title="Réunion des partenaires", slug="reunion")
    return page, child


def make_user(name, partner):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "a-long-password-123")
    if partner:
        user.groups.add(Group.objects.get(name=PARTNERS_GROUP))
    return user


def test_anonymous_visitor_is_sent_to_the_login_page(client, partner_page):
    page, child = partner_page
    for target in (page, child):
        response = client.get(target.url)
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('login')}?next={target.url}"
        assert "Compte rendu" not in response.content.decode()


def test_login_page_renders_and_logs_a_partner_in(client, partner_page):
    page, _child = partner_page
    make_user("partner", partner=True)
    login_url = reverse("login")
    html = client.get(f"{login_url}?next={page.url}").content.decode()
    assert 'name="password"' in html and f'value="{page.url}"' in html
    response = client.post(login_url, {"username": "partner", "password": "a-long-password-123", "next": page.url})
    assert response.status_code == 302 and response["Location"] == page.url
    assert "Compte rendu" in client.get(page.url).content.decode()


def test_login_page_has_a_translated_path_per_language(client, sample_site):
    paths = set()
    for code in ("fr", "en", "es"):
        with translation.override(code):
            url = reverse("login")
        assert client.get(url).status_code == 200
        paths.add(url)
    assert len(paths) == 3
    with translation.override("en"):
        assert reverse("login").startswith("/en/")


def test_partner_sees_the_page_and_others_do_not(client, partner_page):
    page, child = partner_page
    client.force_login(make_user("partner", partner=True))
    assert client.get(page.url).status_code == 200
    assert "Réunion des partenaires" in client.get(child.url).content.decode()

    client.force_login(make_user("visitor", partner=False))
    assert client.get(page.url).status_code == 302


def test_api_never_lists_partner_pages(client, partner_page):
    page, child = partner_page
    listed = client.get("/api/v2/pages/", {"limit": 100}).json()
    ids = {item["id"] for item in listed["items"]}
    assert ids, "public pages are listed"
    assert page.pk not in ids and child.pk not in ids
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    assert client.get("/api/v2/pages/", {"type": "home.StandardPage"}).json()["meta"]["total_count"] == 0
    # a logged-in visitor outside the group sees no more (Wagtail checks the restriction against the request,
    # so a partner's own session does see the pages it may read anyway)
    client.force_login(make_user("visitor", partner=False))
    assert client.get(f"/api/v2/pages/{child.pk}/").status_code == 404
    assert page.pk not in {item["id"] for item in client.get("/api/v2/pages/").json()["items"]}


def test_partner_section_is_not_in_the_menu(client, partner_page, sample_site):
    page, _child = partner_page
    html = client.get(sample_site.tree.home.url).content.decode()
    assert f'href="{page.url}"' not in html
    assert f'href="{sample_site.tree.initiatives.url}"' in html
