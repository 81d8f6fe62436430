"""The leak battery of the take-part and partner surfaces: anonymous visitors and members of other groups see no
discussion, member, partner document or private contact detail on any surface."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from home.partners.setup import partner_collection
from initiatives.factories import InitiativePageFactory

pytestmark = pytest.mark.django_db

SECRETS = [
    "Atelier de réparation",  # a thread subject
    "Taller de reparación",  # its translation
    "prêter des ordinateurs",  # a message
    "Claire Dubois",  # a member
    "claire@example.org",
    "Villes Numériques Solidaires",  # shown only through the directory here: a member's organisation page is public
    "Compte rendu confidentiel",  # a partner document
    "porteur-prive@example.org",  # an initiative contact without consent
    "+33 6 00 00 00 00",
]
PUBLIC_SECRETS = [s for s in SECRETS if s != "Villes Numériques Solidaires"]


@pytest.fixture
def file_storage(settings, tmp_path):
    """Wagtail serves documents from a storage with real files (the in-memory one has no paths to stream)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}


@pytest.fixture
def surfaces(people, french_thread, site_tree, file_storage):
    document = get_document_model().objects.create(
        title="Compte rendu confidentiel",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="compte-rendu.pdf"),
        collection=partner_collection(),
    )
    initiative = InitiativePageFactory(
        parent=site_tree.initiatives,
        title="Point d'accès public",
        slug="point-acces",
        contact_name="Animateur",
        contact_email="porteur-prive@example.org",
        contact_phone="+33 6 00 00 00 00",
    )
    initiative.save_revision().publish()
    partner_urls = []
    for language in ("fr", "en", "es"):
        with translation.override(language):
            partner_urls += [
                reverse("partners:space"),
                reverse("partners:directory"),
                reverse("partners:list", kwargs={"slug": "reseau"}),
                reverse("partners:thread", kwargs={"pk": french_thread.pk}),
                reverse("partners:search") + "?q=atelier",
                reverse("partners:search") + "?q=taller",
            ]
    public_urls = [
        initiative.url,
        site_tree.initiatives.url,
        "/",
        reverse("search:search") + "?q=atelier",
        reverse("search:search") + "?q=ordinateurs",
        "/api/search/?q=atelier",
        "/api/search/autocomplete/?q=atel",
        f"/api/v2/pages/{initiative.pk}/",
        "/api/v2/pages/?type=initiatives.InitiativePage&fields=*",
        "/api/v2/documents/",
        "/sitemap.xml",
        "/sitemap-fr.xml",
    ]
    return {"partner_urls": partner_urls, "public_urls": public_urls, "document": document, "thread": french_thread}


def _text(response):
    return response.content.decode(errors="replace") + response.get("Location", "")


def assert_no_leak(client, urls, secrets):
    leaks = []
    for url in urls:
        response = client.get(url)
        body = _text(response)
        leaks += [(url, secret) for secret in secrets if secret in body]
    assert leaks == []


def test_partner_space_is_closed_to_anonymous_visitors(client, surfaces):
    for url in surfaces["partner_urls"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login")), url
    assert_no_leak(client, surfaces["partner_urls"], SECRETS)


def test_partner_space_is_closed_to_other_groups(client, people, surfaces):
    client.force_login(people["outsider"])
    for url in surfaces["partner_urls"]:
        assert client.get(url).status_code == 302, url
    assert_no_leak(client, surfaces["partner_urls"], SECRETS)


def test_posting_is_closed_to_outsiders(client, people, surfaces):
    from home.partners.models import Message, Thread

    client.force_login(people["outsider"])
    thread = surfaces["thread"]
    client.post(reverse("partners:list", kwargs={"slug": "reseau"}), {"title": "x", "body": "y", "language": "fr"})
    client.post(reverse("partners:thread", kwargs={"pk": thread.pk}), {"body": "intrus", "language": "fr"})
    client.post(reverse("partners:subscription", kwargs={"slug": "reseau"}))
    assert Thread.objects.count() == 1 and not Message.objects.filter(body="intrus").exists()
    assert not people["outsider"].discussion_lists.exists()


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_public_surfaces_carry_no_partner_content_nor_private_contact(client, people, surfaces, who):
    if who == "outsider":
        client.force_login(people["outsider"])
    assert_no_leak(client, surfaces["public_urls"], PUBLIC_SECRETS)


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_partner_document_is_not_served(client, people, surfaces, who):
    if who == "outsider":
        client.force_login(people["outsider"])
    response = client.get(surfaces["document"].url)
    assert response.status_code in (302, 403)
    assert b"%PDF" not in response.content


def test_partners_do_see_them(client, people, surfaces):
    client.force_login(people["lucia"])
    assert "Compte rendu confidentiel" in client.get(reverse("partners:space")).content.decode()
    assert client.get(surfaces["document"].url).status_code == 200
    assert "Claire Dubois" in client.get(reverse("partners:directory")).content.decode()
