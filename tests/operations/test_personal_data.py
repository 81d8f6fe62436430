"""A reader asks for their data, then to be forgotten: the command and the admin view give it and erase it."""

import json
import re

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner():
    user = User.objects.create_user("amina", "Amina.Diallo@example.org", "pw-12345678", first_name="Amina")
    user.groups.add(Group.objects.get_or_create(name="Partenaires")[0])
    return user


def test_export_then_erase_by_command(partner, capsys):
    call_command("personal_data", "export", "amina.diallo@EXAMPLE.org")
    exported = json.loads(capsys.readouterr().out)
    [account] = exported["accounts"]
    assert account["username"] == "amina" and account["groups"] == ["Partenaires"]
    call_command("personal_data", "erase", "amina.diallo@example.org", "--yes")
    assert "accounts 1" in capsys.readouterr().out
    assert not User.objects.filter(username="amina").exists()


def test_the_admin_view_is_for_administrators_only(client, partner):
    client.force_login(partner)
    assert client.get("/admin/personal-data/").status_code in (302, 403)


def test_the_admin_view_exports_and_erases(client, partner):
    admin = User.objects.create_superuser("root", "root@example.org", "pw-12345678")
    client.force_login(admin)
    page = client.get("/admin/personal-data/")
    assert page.status_code == 200 and b"E-mail address" in page.content or b"Adresse" in page.content
    exported = client.post("/admin/personal-data/", {"email": partner.email, "action": "export"})
    assert exported["Content-Type"] == "application/json"
    assert json.loads(exported.content)["accounts"][0]["username"] == "amina"
    unconfirmed = client.post("/admin/personal-data/", {"email": partner.email, "action": "erase"})
    assert unconfirmed.status_code == 200 and User.objects.filter(username="amina").exists()
    erased = client.post("/admin/personal-data/", {"email": partner.email, "action": "erase", "confirm": "on"})
    assert erased.status_code == 302 and not User.objects.filter(username="amina").exists()


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/confidentialite/", "Données personnelles"),
        ("/en/privacy/", "Personal data"),
        ("/es/privacidad/", "Datos personales"),
    ],
)
def test_privacy_page_in_each_language(client, url, heading):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert html.count("<tr>") >= 3  # a header row and one row per kind of data
    assert re.search(rf'href="{url}"', html)  # the footer links to it


def test_anonymous_pages_set_no_cookie_and_ask_nothing_of_other_sites(client):
    from wagtail.models import Page

    external = re.compile(r'<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I)
    for page in Page.objects.live().public().exclude(depth=1)[:60]:
        response = client.get(page.url)
        if response.status_code != 200:
            continue
        assert not response.cookies, (page.url, list(response.cookies))
        assert not external.search(response.content.decode()), page.url


def test_erasure_reaches_every_kind_of_personal_data(partner, capsys):
    """A partner's messages and profile, and a proposer's submissions, go with the person; the others stay."""
    from datetime import timedelta

    from django.utils import timezone

    from home.partners.models import DiscussionList, MemberProfile, Message, Thread
    from initiatives.contributions.models import Submission

    MemberProfile.objects.create(user=partner, role="Coordinatrice")
    other = User.objects.create_user("bruno", "bruno@example.org", "pw-12345678")
    thread = Thread.objects.create(
        discussion_list=DiscussionList.objects.create(name="Liste", slug="liste"), title="Bonjour", language="fr"
    )
    Message.objects.create(thread=thread, author=partner, body="Mon message", language="fr")
    Message.objects.create(thread=thread, author=other, body="Sa réponse", language="fr")
    Submission.objects.create(submitter_name="Amina", submitter_email="amina.diallo@example.org", language="fr")
    old = Submission.objects.create(submitter_name="Old", submitter_email="old@example.org", language="fr")
    Submission.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))

    from library.letter.models import SearchAlert, Subscriber

    reader = Subscriber.objects.create(email="amina.diallo@example.org", language="es")
    SearchAlert.objects.create(subscriber=reader, query_string="q=sant%C3%A9")

    call_command("personal_data", "export", partner.email)
    exported = json.loads(capsys.readouterr().out)
    assert exported["partner_space"]["messages"][0]["body"] == "Mon message"
    assert exported["partner_space"]["profiles"][0]["role"] == "Coordinatrice"
    assert exported["contributions"][0]["name"] == "Amina"
    assert exported["letter"] == [
        {
            "email": reader.email,
            "language": "es",
            "confirmed_at": reader.confirmed_at.isoformat(),
            "alerts": ["q=sant%C3%A9"],
        }
    ]

    call_command("personal_data", "erase", partner.email, "--yes")
    assert list(Message.objects.values_list("body", flat=True)) == ["Sa réponse"]
    assert not MemberProfile.objects.exists()
    assert not Submission.objects.filter(submitter_email__iexact=partner.email).exists()
    assert not User.objects.filter(username="amina").exists()
    assert not Subscriber.objects.exists() and not SearchAlert.objects.exists()

    call_command("personal_data", "retention")
    assert not Submission.objects.filter(pk=old.pk).exists()
