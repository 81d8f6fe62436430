"""Discussion lists: threads on the site, messages in the reader's language, e-mail to subscribers, moderation."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from home.partners.models import DiscussionList, Message, MessageTranslation, Thread

pytestmark = pytest.mark.django_db


def url_in(language, name, *args, **kwargs):
    with translation.override(language):
        return reverse(name, args=args, kwargs=kwargs)


def test_partner_starts_a_thread_and_subscribers_get_it_by_email(
    client, people, general_list, translator, django_capture_on_commit_callbacks
):
    client.force_login(people["claire"])
    data = {
        "title": "Atelier de réparation d'ordinateurs",
        "language": "fr",
        "body": "Qui peut prêter des ordinateurs pour l'atelier de samedi ?",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url_in("fr", "partners:list", slug="reseau"), data)
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == url_in("fr", "partners:thread", pk=thread.pk)
    [sent] = mail.outbox  # the author is not sent her own message
    assert sent.to == ["lucia@example.org"]
    assert "¿Quién puede prestar ordenadores para el taller del sábado?" in sent.body
    assert "Qui peut prêter des ordinateurs" in sent.body  # the original follows the translation
    assert "Phrasebook" in sent.body and sent.extra_headers["List-Id"] == "<reseau.lists.resource-centre>"
    assert "/es/socios/hilos/" in sent.body


def test_reader_sees_the_marked_translation_with_the_original_one_click_away(client, people, french_thread):
    client.force_login(people["lucia"])
    html = client.get(url_in("es", "partners:thread", pk=french_thread.pk)).content.decode()
    assert '<h1 lang="es">Taller de reparación de ordenadores</h1>' in html
    assert "Traducción automática (Phrasebook); idioma original: Francés" in html
    assert '<div class="message-body" lang="es"><p>¿Quién puede prestar ordenadores' in html
    assert "<details" in html and "<summary>Mostrar el original (Francés)</summary>" in html
    assert "Qui peut prêter des ordinateurs" in html


def test_author_language_shows_the_original_alone(client, people, french_thread):
    client.force_login(people["claire"])
    html = client.get(url_in("fr", "partners:thread", pk=french_thread.pk)).content.decode()
    assert "Traduction automatique" not in html and "<details" not in html
    assert (
        "Qui peut prêter des ordinateurs pour l’atelier" in html
        or "Qui peut prêter des ordinateurs pour l&#x27;atelier" in html
    )


def test_without_a_translator_the_original_shows_with_its_language(
    client, people, general_list, settings, django_capture_on_commit_callbacks
):
    settings.DISCUSSION_TRANSLATOR = ""
    settings.DEEPL_API_KEY = ""
    client.force_login(people["claire"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url_in("fr", "partners:list", slug="reseau"), {"title": "Bonjour", "language": "fr", "body": "Salut"}
        )
    assert not MessageTranslation.objects.exists()
    client.force_login(people["lucia"])
    html = client.get(url_in("es", "partners:thread", pk=Thread.objects.get().pk)).content.decode()
    assert "Idioma: Francés" in html and '<div class="message-body" lang="fr"><p>Salut</p></div>' in html
    assert "Traducción automática" not in html


def test_a_failing_translator_never_loses_the_message(
    client, people, general_list, settings, django_capture_on_commit_callbacks
):
    settings.DISCUSSION_TRANSLATOR = "tests.partners.translator.BrokenTranslator"
    client.force_login(people["claire"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url_in("fr", "partners:list", slug="reseau"), {"title": "Panne", "language": "fr", "body": "Test"})
    assert Message.objects.get().delivered_at is not None
    assert len(mail.outbox) == 1 and "Test" in mail.outbox[0].body


def test_reply_in_spanish_is_translated_for_the_french_author(
    client, people, french_thread, django_capture_on_commit_callbacks
):
    client.force_login(people["lucia"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url_in("es", "partners:thread", pk=french_thread.pk),
            {"body": "Nosotros podemos prestar cinco.", "language": "es"},
        )
    assert response.status_code == 302
    [sent] = mail.outbox
    assert sent.to == ["claire@example.org"] and "Nous pouvons en prêter cinq." in sent.body
    client.force_login(people["claire"])
    html = client.get(url_in("fr", "partners:thread", pk=french_thread.pk)).content.decode()
    assert "Nous pouvons en prêter cinq." in html and "Nosotros podemos prestar cinco." in html


def test_moderated_list_holds_messages_until_an_editor_approves(
    client, people, general_list, translator, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group, User

    from home.permissions import REVIEWERS_GROUP

    DiscussionList.objects.filter(pk=general_list.pk).update(moderated=True)
    client.force_login(people["claire"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url_in("fr", "partners:list", slug="reseau"), {"title": "À valider", "language": "fr", "body": "Texte"}
        )
    message = Message.objects.get()
    assert message.status == Message.Status.PENDING and not mail.outbox
    client.force_login(people["lucia"])
    assert client.get(url_in("es", "partners:thread", pk=message.thread_id)).status_code == 404
    assert "À valider" not in client.get(url_in("es", "partners:list", slug="reseau")).content.decode()

    editor = User.objects.create_user("moderatrice", "moderatrice@example.org", "a-long-password-123")
    editor.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    client.force_login(editor)
    edit_url = reverse("partner-messages:edit", args=[message.pk])
    assert client.get(edit_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"status": "published", "body": "Texte"})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["lucia@example.org"]]
    client.force_login(people["lucia"])
    assert client.get(url_in("es", "partners:thread", pk=message.thread_id)).status_code == 200


def test_editor_hides_a_message(client, people, french_thread):
    Message.objects.filter(thread=french_thread).update(status=Message.Status.HIDDEN)
    client.force_login(people["lucia"])
    assert client.get(url_in("es", "partners:thread", pk=french_thread.pk)).status_code == 404


def test_subscription_toggle(client, people, general_list):
    client.force_login(people["lucia"])
    client.post(url_in("es", "partners:subscription", slug="reseau"))
    assert not general_list.subscribers.filter(pk=people["lucia"].pk).exists()
    client.post(url_in("es", "partners:subscription", slug="reseau"))
    assert general_list.subscribers.filter(pk=people["lucia"].pk).exists()


def test_search_finds_threads_in_original_or_translation(client, people, french_thread):
    client.force_login(people["lucia"])
    found = client.get(url_in("es", "partners:search"), {"q": "taller"}).content.decode()
    assert "Taller de reparación de ordenadores" in found
    assert "Taller" not in client.get(url_in("es", "partners:search"), {"q": "inexistente"}).content.decode()


def test_directory_lists_partners_and_their_organisation(client, people):
    client.force_login(people["lucia"])
    html = client.get(url_in("es", "partners:directory")).content.decode()
    assert "Claire Dubois" in html and "Villes Numériques Solidaires" in html and "Lucía Gómez" in html
    assert "curieux" not in html


def test_thread_page_queries_do_not_grow_with_messages(client, people, french_thread, django_assert_max_num_queries):
    for n in range(15):
        Message.objects.create(thread=french_thread, author=people["claire"], language="fr", body=f"Message {n}")
    client.force_login(people["lucia"])
    url = url_in("es", "partners:thread", pk=french_thread.pk)
    client.get(url)
    with django_assert_max_num_queries(14):
        assert client.get(url).status_code == 200


def test_list_page_queries_do_not_grow_with_threads(client, people, general_list, django_assert_max_num_queries):
    for n in range(12):
        thread = Thread.objects.create(discussion_list=general_list, title=f"Fil {n}", language="fr")
        Message.objects.create(thread=thread, author=people["claire"], language="fr", body=f"Texte {n}")
    client.force_login(people["lucia"])
    url = url_in("es", "partners:list", slug="reseau")
    client.get(url)
    with django_assert_max_num_queries(14):
        assert client.get(url).status_code == 200
