"""Listing and landing pages run a fixed number of SQL queries whatever the number of items, within budget.

Counts are taken on a warm cache (labels, navigation, site root paths), as a visitor's second page view.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import ArticlePageFactory
from tests.sample_site import build_sample_site, grow_sample_site

pytestmark = pytest.mark.django_db

BUDGET = 15  # issue 2 §6: home, an initiative, a theme page and a note


def warm_count(client, url, cold=False):
    assert client.get(url).status_code == 200, url
    if cold:  # nothing cached: labels, navigation and page contexts are all rebuilt
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def page_urls(site, translations):
    """The pages measured, French and (when translated) English."""
    urls = {
        "home": site.tree.home.url,
        "initiative index": site.tree.initiatives.url,
        "initiative": site.initiatives[0].url,
        "theme index": site.tree.themes.url,
        "theme": site.themes[0].url,
        "organisation index": site.tree.organisations.url,
        "organisation": site.organisations[0].url,
        "library": site.tree.library.url,
        "note": site.notes[0].url,
        "reference": site.references[0].get_url(),
        "article index": site.tree.articles.url,
    }
    for name, page in translations.items():
        urls[f"{name} (en)"] = page.get_url()
    return urls


def measure(client, site, translations, cold=False):
    return {name: warm_count(client, url, cold) for name, url in page_urls(site, translations).items()}


def test_query_counts_do_not_grow_with_the_number_of_items(client, translate, settings):
    settings.PAGE_CACHE_TIMEOUT = 0  # measure the pages themselves, not the anonymous HTML cache
    site = build_sample_site(initiatives=10, organisations=5, references=5, notes=1)
    for i in range(10):
        ArticlePageFactory(parent=site.tree.articles, title=f"Article {i}")
    # the measured theme lists every kind of item (an empty list skips its queries altogether)
    for page in (site.notes[0], site.references[0], site.initiatives[0]):
        page.themes.add(site.themes[0])
        page.save()
    translations = {
        "home": translate(site.tree.home, "en", title="Home"),
        "initiative index": translate(site.tree.initiatives, "en", title="Initiatives EN"),
        "theme": translate(site.themes[0], "en", title="Theme EN"),
        "initiative": translate(site.initiatives[0], "en", title="Initiative EN"),
        "note": translate(site.notes[0], "en", title="Note EN"),
    }
    small = measure(client, site, translations)
    small_cold = measure(client, site, translations, cold=True)

    grow_sample_site(site, initiatives=50, organisations=25, references=25, notes=2)
    for i in range(10, 60):
        ArticlePageFactory(parent=site.tree.articles, title=f"Article {i}")
    for page in site.initiatives[10:20]:  # some English translations among the listed items
        translate(page, "en", title=f"{page.title} EN")
    large = measure(client, site, translations)
    large_cold = measure(client, site, translations, cold=True)

    print("\nSQL queries per page, 10 items -> 60 items: warm cache | cold cache")
    for name in small:
        print(f"  {name:24} {small[name]:3} -> {large[name]:3} | {small_cold[name]:3} -> {large_cold[name]:3}")
    assert large == small
    assert large_cold == small_cold  # no query per item even when nothing is cached
    for name in ("home", "initiative", "theme", "note", "home (en)", "initiative (en)", "theme (en)", "note (en)"):
        assert large[name] <= BUDGET, f"{name}: {large[name]} queries"


def test_caches_follow_publishing(client, sample_site):
    """A new initiative appears on the cached listing and home page, an unpublished section leaves the menu."""
    from initiatives.factories import InitiativePageFactory

    index_url = sample_site.tree.initiatives.url
    home_url = sample_site.tree.home.url
    client.get(index_url), client.get(home_url)  # warm
    page = InitiativePageFactory(parent=sample_site.tree.initiatives, title="Aaa nouvelle initiative", live=False)
    page.save_revision().publish()
    assert "Aaa nouvelle initiative" in client.get(index_url).content.decode()
    assert "Aaa nouvelle initiative" in client.get(home_url).content.decode()

    articles = sample_site.tree.articles
    assert f'href="{articles.url}"' in client.get(home_url).content.decode()
    articles.unpublish()
    assert f'href="{articles.url}"' not in client.get(home_url).content.decode()


def test_language_switcher_follows_a_new_translation(client, sample_site, translate):
    initiative = sample_site.initiatives[0]
    assert 'hreflang="en"' not in client.get(initiative.url).content.decode()  # cached without English
    english = translate(initiative, "en", title="Initiative in English")
    html = client.get(initiative.url).content.decode()
    assert f'href="{english.get_url()}" lang="en" hreflang="en"' in html


def test_anonymous_html_cache(client, sample_site, django_user_model):
    """A repeated anonymous view skips the page's own queries; sessions and other parameters bypass the cache."""
    url = sample_site.initiatives[0].url
    client.get(url)
    with CaptureQueriesContext(connection) as cached:
        response = client.get(url)
    html = response.content.decode()
    assert response["X-Frame-Options"]  # the other middlewares still run
    assert sample_site.initiatives[0].title in html
    # answered by the middleware before Wagtail routes the request, after reading the content versions (the one
    # query that lets every worker see a publish or a privacy change at once)
    assert len(cached) == 1
    with CaptureQueriesContext(connection) as filtered:
        client.get(url + "?utm=x")
    assert len(filtered) > len(cached)

    user = django_user_model.objects.create_user("editor", "e@example.org", "a-long-password-123")
    client.force_login(user)
    html = client.get(url).content.decode()
    assert 'class="logout-form"' in html  # a logged-in visitor never gets the anonymous HTML
