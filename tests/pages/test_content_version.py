"""Every kind of change shows at once on cached listings: one content version (home/versions.py) keys them all."""

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home import versions


def warm(client, *urls):
    for url in urls:
        assert client.get(url).status_code == 200


def test_every_cache_reads_the_one_content_version(sample_site):
    before = versions.content_version()
    sample_site.initiatives[0].save_revision().publish()
    assert versions.content_version() != before


def test_an_unpublished_initiative_leaves_the_listing_at_once(client, sample_site):
    index = sample_site.tree.initiatives.url
    gone = sample_site.initiatives[0]
    warm(client, index)
    gone.unpublish()
    assert gone.title not in client.get(index).content.decode()


def test_a_deleted_initiative_leaves_the_listing_at_once(client, sample_site):
    index = sample_site.tree.initiatives.url
    gone = sample_site.initiatives[1]
    warm(client, index)
    gone.delete()
    assert gone.title not in client.get(index).content.decode()


def test_a_restricted_initiative_leaves_the_listing_at_once(client, sample_site):
    index = sample_site.tree.initiatives.url
    hidden = sample_site.initiatives[2]
    warm(client, index)
    restriction = PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get_or_create(name="Partenaires")[0]])
    assert hidden.title not in client.get(index).content.decode()


def test_a_moved_section_leaves_the_menu_at_once(client, sample_site):
    home, articles = sample_site.tree.home, sample_site.tree.articles
    warm(client, home.url)
    articles.move(sample_site.tree.initiatives, pos="last-child")
    assert f'href="{articles.url}"' not in client.get(home.url).content.decode()


def test_a_renamed_status_shows_on_the_listing_at_once(client, sample_site):
    index = sample_site.tree.initiatives.url
    warm(client, index)
    status = sample_site.initiatives[0].status
    status.name = "Statut renommé à l’instant"
    status.save()
    assert "Statut renommé à l’instant" in client.get(index).content.decode()
