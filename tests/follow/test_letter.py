"""« Le courrier »: composing an issue, double opt-in, sending through the locmem backend, unsubscribing, alerts."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from library.letter.factories import LetterIssuePageFactory, SubscriberFactory
from library.letter.models import Delivery, SearchAlert, Subscriber
from library.letter.tasks import send_issue

pytestmark = pytest.mark.django_db


def publish_issue(site, **fields):
    issue = LetterIssuePageFactory(parent=site.letters, title=fields.pop("title", "Le premier courrier"), **fields)
    issue.save_revision().publish()
    return type(issue).objects.get(pk=issue.pk)


def fr(text):
    """A section heading as the composer writes it: in French."""
    with translation.override("fr"):
        return translation.gettext(text)


def section_titles(issue):
    return {block.value["heading"]: [page.title for page in block.value["pages"]] for block in issue.body}


def send(issue):
    delivery = Delivery.objects.create(issue=issue)
    result = send_issue.enqueue(delivery.pk)
    delivery.refresh_from_db()
    return delivery, result


def test_a_new_issue_starts_with_what_was_published_since_the_previous_one(follow_site):
    first = publish_issue(follow_site)
    sections = section_titles(first)
    assert sections[fr("New initiatives")] == ["Le Cyberbus"]
    assert set(sections[fr("Upcoming events")]) == {"Rencontre de Québec", "Séminaire", "Rencontre régionale passée"}
    assert first.number == 1
    follow_site.event("Rencontre de Montréal", "montreal", town="Montréal")
    second = publish_issue(follow_site, title="Le deuxième courrier")
    assert second.number == 2
    assert section_titles(second) == {fr("Upcoming events"): ["Rencontre de Montréal"]}


def test_issue_page_and_email_previews_leave_out_partner_pages(client, follow_site):
    issue = publish_issue(follow_site)
    follow_site.restrict(follow_site.seminar)  # restricted after being chosen: still never shown
    html = client.get(issue.url).content.decode()
    assert "Rencontre de Québec" in html and "Séminaire" not in html
    email_preview = issue.make_preview_request(preview_mode="email").content.decode()
    assert 'style="' in email_preview and "<style" not in email_preview  # CSS inlined for mail clients
    assert "Rencontre de Québec" in email_preview and "Séminaire" not in email_preview
    text_preview = issue.make_preview_request(preview_mode="text").content.decode()
    assert f"== {fr('Upcoming events')} ==" in text_preview and "Rencontre de Québec" in text_preview


def test_subscription_is_double_opt_in_and_stores_nothing_before_confirmation(client, follow_site):
    with translation.override("es"):
        url = reverse("letter:subscribe")
    response = client.post(url, {"email": "Lectora@Example.org", "language": "es"})
    assert response.status_code == 200
    assert Subscriber.objects.count() == 0
    (message,) = mail.outbox
    assert message.to == ["lectora@example.org"]
    assert message.alternatives and message.alternatives[0][1] == "text/html"
    link = re.search(r"http://testserver(/\S+/confirm/\S+/)", message.body).group(1)
    assert link.startswith("/es/")
    assert client.get(link).status_code == 200 and Subscriber.objects.count() == 0  # a link checker's GET
    client.post(link)
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.letter) == ("lectora@example.org", "es", True)
    assert client.post(link).status_code == 200 and Subscriber.objects.count() == 1  # confirming twice is harmless
    assert client.get(link.replace("/confirm/", "/confirm/x")).status_code == 400


def test_sending_reaches_every_subscriber_in_their_language(follow_site, translate):
    issue = publish_issue(follow_site)
    translate(follow_site.letters, "en")
    translate(issue, "en", title="The first letter")
    SubscriberFactory.create_batch(3, language="fr")
    SubscriberFactory(email="reader@example.org", language="en")
    SubscriberFactory(email="alerts-only@example.org", letter=False)
    delivery, result = send(issue)
    assert (delivery.status, delivery.sent, delivery.refused, delivery.failed) == ("done", 4, 0, 0)
    assert result.return_value["sent"] == 4
    assert len(mail.outbox) == 4
    english = next(m for m in mail.outbox if m.to == ["reader@example.org"])
    assert "The first letter" in english.subject
    assert "Rencontre de Québec (in French)" in english.body
    french = next(m for m in mail.outbox if m.to != ["reader@example.org"])
    assert "Le premier courrier" in french.subject
    unsubscribe = french.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://testserver/letter/unsubscribe/")
    assert french.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe[1:-1] in french.body and unsubscribe[1:-1] in french.alternatives[0][0]
    assert type(issue).objects.get(pk=issue.pk).sent_at is not None


def test_one_click_unsubscribe_deletes_the_address(follow_site):
    issue = publish_issue(follow_site)
    SubscriberFactory(email="leaving@example.org")
    SearchAlert.objects.create(subscriber=Subscriber.objects.get(), query_string="q=cyberbus")
    send(issue)
    url = mail.outbox[0].extra_headers["List-Unsubscribe"][1:-1].removeprefix("http://testserver")
    mail_client = Client(enforce_csrf_checks=True)  # what a mail client does: a POST without any cookie
    assert mail_client.get(url).status_code == 200 and Subscriber.objects.exists()
    response = mail_client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscriber.objects.exists() and not SearchAlert.objects.exists()


def test_a_followed_search_is_mailed_with_the_next_issue(client, follow_site):
    from search import indexing

    indexing.rebuild()
    url = reverse("letter:subscribe")
    assert "type=event" in client.get(url, {"alert": "type=event&theme=acces"}).content.decode()
    client.post(url, {"email": "curious@example.org", "language": "fr", "alert": "type=event&theme=acces"})
    client.post(re.search(r"http://testserver(/\S+/confirm/\S+/)", mail.outbox[0].body).group(1))
    subscriber = Subscriber.objects.get()
    assert subscriber.letter is False and subscriber.alerts.get().query_string == "type=event&theme=acces"
    mail.outbox.clear()
    delivery, _result = send(publish_issue(follow_site))
    assert (delivery.sent, delivery.alerts_sent) == (0, 1)
    (alert,) = mail.outbox
    assert "Rencontre de Québec" in alert.body and "Séminaire" not in alert.body
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_editors_send_from_the_admin_and_read_the_report(client, follow_site):
    issue = publish_issue(follow_site)
    SubscriberFactory.create_batch(2)
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-123")
    client.force_login(editor)
    assert (
        reverse("letter_send", args=[issue.pk])
        in client.get(reverse("wagtailadmin_pages:edit", args=[issue.pk])).content.decode()
    )
    page = client.get(reverse("letter_send", args=[issue.pk])).content.decode()
    with translation.override("fr"):  # the editor's admin language
        count = translation.ngettext(
            "%(counter)s subscriber receives the letter.", "%(counter)s subscribers receive the letter.", 2
        )
    assert count % {"counter": 2} in page
    response = client.post(reverse("letter_send", args=[issue.pk]), follow=True)
    assert response.status_code == 200
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.sent) == ("done", 2)
    assert len(mail.outbox) == 2


def test_the_archive_lists_issues_and_links_the_subscription(client, follow_site):
    publish_issue(follow_site)
    html = client.get(follow_site.letters.url).content.decode()
    assert "Le premier courrier" in html and reverse("letter:subscribe") in html


def test_the_command_queues_an_issue_and_prints_its_report(follow_site):
    import io

    from django.core.management import call_command

    issue = publish_issue(follow_site)
    SubscriberFactory.create_batch(2)
    out = io.StringIO()
    call_command("send_letter", str(issue.pk), stdout=out)
    assert "sent 2, refused 0, failed 0" in out.getvalue()
    assert len(mail.outbox) == 2
