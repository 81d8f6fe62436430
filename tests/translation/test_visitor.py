"""What visitors see of translations: the language switcher, hreflang alternates and the per-locale sitemaps."""

import re

import pytest
from django.contrib.auth.models import Group
from django.template import Context, Template
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from home.models import PARTNERS_GROUP
from initiatives.factories import InitiativePageFactory
from tests.translation.helpers import locale, translate_and_publish


def spanish(text):
    return f"ES {text}"


@pytest.fixture
def translated_tree(site_tree, django_capture_on_commit_callbacks):
    """French home and initiatives; Spanish home, section and one initiative; English home only."""
    translated = InitiativePageFactory(parent=site_tree.initiatives, title="Cyber-base", slug="cyber-base")
    untranslated = InitiativePageFactory(parent=site_tree.initiatives, title="Jumelage", slug="jumelage")
    for page in (site_tree.home, site_tree.initiatives, translated):
        translate_and_publish(page, "es", spanish, django_capture_on_commit_callbacks)
    translate_and_publish(site_tree.home, "en", str.upper, django_capture_on_commit_callbacks)
    return {"translated": translated, "untranslated": untranslated, "home": site_tree.home}


def render(template, page):
    request = RequestFactory().get(page.url)
    return Template(template).render(Context({"page": page, "request": request}))


def links(html):
    return dict(re.findall(r'hreflang="(\w\w)" href="([^"]+)"', html))


def switcher_links(html):
    return {lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="(\w\w)"', html)}


def test_switcher_links_to_the_translation_or_to_the_home_with_a_notice(translated_tree):
    html = render('{% include "includes/language_switcher.html" %}', translated_tree["translated"])
    targets = switcher_links(html)
    assert targets["fr"] == "/initiatives/cyber-base/"
    spanish_page = translated_tree["translated"].get_translation(locale("es"))
    assert targets["es"] == spanish_page.url
    assert targets["es"].startswith("/es/") and "untranslated" not in targets["es"]
    assert targets["en"] == "/en/?untranslated=1"

    html = render('{% include "includes/language_switcher.html" %}', translated_tree["untranslated"])
    assert switcher_links(html)["es"] == "/es/?untranslated=1"


def test_untranslated_notice_shows_on_the_home_page(client, translated_tree):
    response = client.get("/en/?untranslated=1")
    assert response.status_code == 200
    assert "notice--untranslated" in response.content.decode()
    assert "notice--untranslated" not in client.get("/en/").content.decode()


def test_hreflang_lists_only_real_translations(translated_tree, django_capture_on_commit_callbacks):
    untranslated = translated_tree["untranslated"]
    untranslated.copy_for_translation(locale("en"), copy_parents=True, alias=True)  # an alias is not a translation
    html = render('{% include "includes/hreflang.html" %}', translated_tree["translated"])
    assert set(links(html)) == {"fr", "es"}
    html = render('{% include "includes/hreflang.html" %}', untranslated)
    assert set(links(html)) == {"fr"}


def test_one_sitemap_per_locale_with_real_public_translations(client, translated_tree, site_tree):
    index = client.get("/sitemap.xml").content.decode()
    for code in ("fr", "en", "es"):
        assert f"/sitemap-{code}.xml" in index

    partners_only = InitiativePageFactory(parent=site_tree.initiatives, title="Réservé", slug="reserve")
    restriction = PageViewRestriction.objects.create(page=partners_only, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get_or_create(name=PARTNERS_GROUP)[0]])
    translated_tree["untranslated"].copy_for_translation(locale("es"), alias=True)

    french = client.get("/sitemap-fr.xml").content.decode()
    assert "/initiatives/jumelage/" in french
    assert "/reserve/" not in french
    spanish_sitemap = client.get("/sitemap-es.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", spanish_sitemap)
    assert all("/es/" in location for location in locations)
    assert len(locations) == 3  # home, section, the translated initiative; never the alias of "Jumelage"
    assert client.get("/sitemap-de.xml").status_code == 404
