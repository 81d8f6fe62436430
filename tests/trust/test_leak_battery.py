"""The leak battery: partner-only and otherwise restricted pages never reach a visitor outside their groups.

An anonymous visitor and a member of another group (Relecture) walk every surface of the site; none may show a
restricted page's title or URL (they all contain MARKER). A Partenaires member finds what is reserved to Partenaires
in search, and nothing reserved to Rédaction or behind a password. tests/trust/test_two_workers.py repeats the walk
on two gunicorn workers after a privacy change and an unpublish.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.models import PARTNERS_GROUP
from home.permissions import REVIEWERS_GROUP
from search import indexing
from search.engines.database import DatabaseEngine
from tests.trust.secrets import MARKER, SEARCH_WORD, build_secrets

pytestmark = pytest.mark.django_db


def surfaces(site, secrets):
    """(name, url) of every surface a visitor can reach without knowing a restricted page's address."""
    theme, organisation = site.themes[0], site.organisations[0]
    space = secrets.partners["ancestor"].get_parent()
    ids = [page.pk for page in secrets.pages.values()]
    found = [
        ("home", site.tree.home.url),
        ("initiative index", site.tree.initiatives.url),
        ("initiative index page 2", site.tree.initiatives.url + "?page=2"),
        ("initiative with related references", site.initiatives[0].url),
        ("initiative in English", "/en" + site.initiatives[0].url),
        ("theme index", site.tree.themes.url),
        ("theme page", theme.url),
        ("organisation index", site.tree.organisations.url),
        ("organisation page", organisation.url),
        ("library", site.tree.library.url),
        ("note with a chapter block and a footnote", secrets.public_note.url),
        ("reference page", site.references[0].url),
        ("article index", site.tree.articles.url),
        ("search page (fr)", f"/recherche/?q={SEARCH_WORD}"),
        ("search page (en)", f"/en/search/?q={SEARCH_WORD}&include_untranslated=1"),
        ("search page (es)", f"/es/busqueda/?q={SEARCH_WORD}&include_untranslated=1"),
        ("search page facets", "/recherche/"),
        ("search page, a theme selected", f"/recherche/?theme={theme.code}"),
        ("search API", f"/api/search/?q={SEARCH_WORD}"),
        ("search API facet counts", "/api/search/?page_size=50"),
        ("search API, two facets", f"/api/search/?theme={theme.code}&type=initiative&type=reference"),
        ("autocomplete", f"/api/search/autocomplete/?q={MARKER}"),
        ("autocomplete (initiative)", "/api/search/autocomplete/?q=Initiative"),
        ("search export", f"/api/search/export.bibtex?q={SEARCH_WORD}"),
        ("search export, all references", "/api/search/export.csljson"),
        ("library export", "/references/export.bib"),
        ("library export (RIS)", "/references/export.ris"),
        ("reference export", f"/references/{secrets.partners['reference'].pk}/export.bib"),
        ("sitemap index", "/sitemap.xml"),
        ("sitemap (fr)", "/sitemap-fr.xml"),
        ("API v2 list", "/api/v2/pages/?limit=20"),
        ("API v2 list, second page", "/api/v2/pages/?limit=20&offset=20"),
        ("API v2 initiatives with fields", "/api/v2/pages/?type=initiatives.InitiativePage&fields=*&limit=20"),
        ("API v2 search", f"/api/v2/pages/?search={MARKER}"),
        ("API v2 search (summary word)", f"/api/v2/pages/?search={SEARCH_WORD}"),
        ("API v2 child_of", f"/api/v2/pages/?child_of={space.pk}"),
        ("API v2 descendant_of", f"/api/v2/pages/?descendant_of={space.pk}"),
        ("API v2 descendant_of the home", f"/api/v2/pages/?descendant_of={site.tree.home.pk}&limit=20"),
        ("API v2 find", f"/api/v2/pages/find/?html_path={secrets.partners['direct'].url}"),
    ]
    found += [(f"API v2 detail {pk}", f"/api/v2/pages/{pk}/") for pk in ids]
    return [(name, url, MARKER) for name, url in found] + [
        # asked for by its address: the login redirect or password form may name the address, never the content
        (f"the page itself: {name}", page.url, page.title.lower())
        for name, page in secrets.pages.items()
    ]


@pytest.fixture
def secrets(sample_site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        secrets = build_secrets(sample_site)
    indexing.rebuild(engines=[DatabaseEngine()])
    return secrets


def member_of(group_name):
    user = get_user_model().objects.create_user(f"member-{group_name}", password="a-long-password-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def leaks(client, site, secrets):
    """{surface: status} of the surfaces that show a restricted page's title or address."""
    found = {}
    for name, url, needle in surfaces(site, secrets):
        response = client.get(url)
        assert response.status_code < 500, (name, url)
        if needle in response.content.decode().lower():
            found[name] = response.status_code
    return found


def test_the_battery_covers_at_least_twenty_surfaces(sample_site, secrets):
    assert len(surfaces(sample_site, secrets)) >= 20


def test_an_anonymous_visitor_finds_no_restricted_page_anywhere(client, sample_site, secrets):
    assert leaks(client, sample_site, secrets) == {}


def test_a_member_of_another_group_finds_no_restricted_page_anywhere(client, sample_site, secrets):
    client.force_login(member_of(REVIEWERS_GROUP))
    assert leaks(client, sample_site, secrets) == {}


def test_a_filter_on_a_keyword_only_restricted_pages_carry_counts_nothing(client, sample_site, secrets):
    data = client.get("/api/search/", {"keyword": secrets.keyword.slug, "q": SEARCH_WORD}).json()
    assert data["count"] == 0 and data["results"] == []
    assert set(data.get("without_filter", {}).values()) <= {0}


def search_titles(client, text):
    return {hit["title"] for hit in client.get("/api/search/", {"q": text, "page_size": 50}).json()["results"]}


def test_a_partner_finds_partner_pages_and_nothing_reserved_to_others(client, sample_site, secrets):
    client.force_login(member_of(PARTNERS_GROUP))
    titles = search_titles(client, SEARCH_WORD)
    assert titles == {page.title for page in secrets.partners.values()}
    suggestions = client.get("/api/search/autocomplete/", {"q": MARKER}).json()["results"]
    assert {s["title"] for s in suggestions} <= titles and suggestions
    for page in secrets.partners.values():
        assert client.get(page.url).status_code == 200
    for page in secrets.others.values():
        assert page.title not in client.get(sample_site.tree.initiatives.url).content.decode()


def test_nothing_leaks_after_a_privacy_change_and_an_unpublish(
    client, sample_site, secrets, django_capture_on_commit_callbacks
):
    public = sample_site.initiatives[2]
    url = public.url
    assert public.title in client.get(sample_site.tree.initiatives.url).content.decode()  # cached now
    with django_capture_on_commit_callbacks(execute=True):
        public.title = f"Initiative {MARKER} rendue privée"
        public.save_revision().publish()
        from tests.trust.secrets import restrict

        restrict(public, group=PARTNERS_GROUP)
    with django_capture_on_commit_callbacks(execute=True):
        secrets.partners["reference"].get_parent()  # nothing: the reference stays restricted
        sample_site.initiatives[3].unpublish()
    assert leaks(client, sample_site, secrets) == {}
    assert sample_site.initiatives[3].title not in client.get(sample_site.tree.initiatives.url).content.decode()
    assert client.get(url).status_code == 302
