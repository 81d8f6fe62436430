"""Partner-only pages in the sections' listings: a Partenaires member finds them, marked, on every listing; an
anonymous visitor and a member of another group never do, whichever of them asked first (listings are cached).
"""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.factories import ArticlePageFactory
from home.models import PARTNERS_GROUP
from home.permissions import REVIEWERS_GROUP
from initiatives.events.factories import EventIndexPageFactory, EventPageFactory
from initiatives.factories import OrganisationPageFactory
from tests.trust.secrets import MARKER, build_secrets, restrict

pytestmark = pytest.mark.django_db

BADGE = "Réservé aux partenaires"


@pytest.fixture
def sample_site(db):
    from tests.sample_site import build_sample_site

    return build_sample_site(initiatives=6, organisations=4, references=4, notes=1)


@pytest.fixture
def reserved(sample_site, django_capture_on_commit_callbacks, settings):
    """Partner-only pages of every kind a listing shows; their titles all contain MARKER."""
    settings.PAGE_CACHE_TIMEOUT = 300  # the anonymous whole-page cache on, as in production
    with django_capture_on_commit_callbacks(execute=True):
        secrets = build_secrets(sample_site)
        tree = sample_site.tree
        for page in (secrets.partners["reference"], secrets.partners["note"]):
            page.themes.set([sample_site.themes[0]])
            page.save()
        organisation = OrganisationPageFactory(parent=tree.organisations, title=f"Association {MARKER.title()}")
        restrict(organisation, group=PARTNERS_GROUP)
        article = ArticlePageFactory(parent=tree.articles, title=f"Article {MARKER.title()}")
        restrict(article, group=PARTNERS_GROUP)
        agenda = EventIndexPageFactory(parent=tree.home)
        event = EventPageFactory(parent=agenda, title=f"Rencontre {MARKER.title()}")
        event.themes.set([sample_site.themes[0]])
        event.save()
        restrict(event, group=PARTNERS_GROUP)
    partners = {
        "initiative": secrets.partners["direct"],
        "initiative below a restricted page": secrets.partners["ancestor"],
        "reference": secrets.partners["reference"],
        "note": secrets.partners["note"],
        "organisation": organisation,
        "article": article,
        "event": event,
    }
    return partners, secrets.others, agenda


def listings(site, partners, agenda):
    """(name, url, titles of the partner-only pages this listing must show a partner)."""
    tree, theme = site.tree, site.themes[0]
    initiatives = [partners["initiative"].title, partners["initiative below a restricted page"].title]
    library = [partners["reference"].title, partners["note"].title]
    return [
        ("home page blocks", tree.home.url, initiatives[:1] + library),
        ("initiative index", tree.initiatives.url, initiatives),
        ("theme page", theme.url, initiatives + library + [partners["event"].title]),
        ("library", tree.library.url, library),
        ("organisation directory", tree.organisations.url, [partners["organisation"].title]),
        ("organisation page", site.organisations[0].url, initiatives[:1]),
        ("article index", tree.articles.url, [partners["article"].title]),
        ("agenda", agenda.url, [partners["event"].title]),
    ]


def member_of(group_name):
    user = get_user_model().objects.create_user(f"member-{group_name}", password="a-long-password-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def theme_counts(client, site):
    """{theme title: "N initiatives"} as the theme index shows them."""
    html = client.get(site.tree.themes.url).content.decode()
    found = re.findall(r'card__title"><a href="[^"]+"[^>]*>([^<]+)</a>.*?<span>(\d+) initiatives?</span>', html, re.S)
    return {unescape(title): count for title, count in found}


def walk(client, site, partners, agenda):
    """{listing: html} of every listing."""
    pages = {}
    for name, url, _titles in listings(site, partners, agenda):
        response = client.get(url)
        assert response.status_code == 200, (name, url)
        pages[name] = response.content.decode()
    return pages


def assert_partner_sees_them(html_by_listing, site, partners, others, agenda):
    for name, _url, titles in listings(site, partners, agenda):
        html = html_by_listing[name]
        missing = [title for title in titles if title not in html]
        assert not missing, (name, missing)
        assert BADGE in html, name
        assert not [page.title for page in others.values() if page.title in html], name


def assert_nothing_reserved(html_by_listing):
    shown = {name: MARKER for name, html in html_by_listing.items() if MARKER in html.lower()}
    assert shown == {}
    assert not [name for name, html in html_by_listing.items() if BADGE in html]


def test_a_partner_finds_partner_only_pages_in_every_listing_after_an_anonymous_visit(client, sample_site, reserved):
    partners, others, agenda = reserved
    assert_nothing_reserved(walk(client, sample_site, partners, agenda))  # anonymous first: the caches are full
    client.force_login(member_of(PARTNERS_GROUP))
    assert_partner_sees_them(walk(client, sample_site, partners, agenda), sample_site, partners, others, agenda)


def test_an_anonymous_visitor_never_gets_a_partner_s_cached_listing(client, sample_site, reserved):
    partners, others, agenda = reserved
    client.force_login(member_of(PARTNERS_GROUP))
    assert_partner_sees_them(walk(client, sample_site, partners, agenda), sample_site, partners, others, agenda)
    client.logout()
    assert_nothing_reserved(walk(client, sample_site, partners, agenda))
    client.force_login(member_of(REVIEWERS_GROUP))
    assert_nothing_reserved(walk(client, sample_site, partners, agenda))


def test_theme_counts_include_partner_only_initiatives_for_partners_only(client, sample_site, reserved):
    anonymous = theme_counts(client, sample_site)
    client.force_login(member_of(PARTNERS_GROUP))
    partner = theme_counts(client, sample_site)
    theme = sample_site.themes[0].title
    assert anonymous and set(anonymous) == set(partner)
    # two partner-only initiatives are filed under the first theme (the ones for Rédaction or a password are not)
    assert int(partner[theme]) == int(anonymous[theme]) + 2
    assert {t: c for t, c in partner.items() if t != theme} == {t: c for t, c in anonymous.items() if t != theme}
