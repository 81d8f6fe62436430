"""Taking part in Debian's Chromium: a visitor's proposal through review to publication, and partners discussing
across languages while an anonymous visitor sees none of it."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from wagtail.models import Locale

from home.models import PARTNERS_GROUP
from home.partners.models import DiscussionList, MemberProfile, Message
from home.permissions import REVIEWERS_GROUP, ensure_groups_and_workflow
from initiatives.factories import ThemePageFactory
from initiatives.models import InitiativePage
from tests.conftest import SiteTree

PASSWORD = "a-long-password-123"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site():
    for code in ("fr", "en", "es"):
        Locale.objects.get_or_create(language_code=code)
    ensure_groups_and_workflow()
    tree = SiteTree()
    ThemePageFactory(parent=tree.themes, title="Lien social", slug="lien-social").save_revision().publish()
    return tree


@pytest.fixture(autouse=True)
def content_types_cached(site):
    """Torn down before the database flush: every content type stays cached under its serialized id, so the next
    serialized_rollback restore never makes get_for_model (called by Wagtail's Task.__init__) insert one."""
    yield
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)


def keyboard_submit(page, button_name):
    """Reach the submit button with the keyboard and press Enter, as a keyboard-only visitor does."""
    button = page.get_by_role("button", name=button_name)
    button.focus()
    page.keyboard.press("Enter")


def site_login(page, base, language_prefix, username):
    page.goto(f"{base}{language_prefix}/")
    page.locator("a.login-link").click()
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state("load")


def test_a_proposal_is_reviewed_published_and_the_proposer_told(browser, live_server, site):  # noqa: F811
    reviewer = User.objects.create_user("relectrice", "relectrice@example.org", PASSWORD)
    reviewer.groups.add(Group.objects.get(name=REVIEWERS_GROUP))

    visitor = browser.new_page()
    visitor.set_default_timeout(20_000)
    visitor.goto(f"{live_server.url}/initiatives/")
    visitor.get_by_role("link", name="Proposer une initiative").click()
    visitor.get_by_label("Votre nom").fill("Karim Benali")
    visitor.get_by_label("Votre adresse électronique").fill("karim@example.org")
    visitor.get_by_label("Nom de l’initiative").fill("Atelier numérique de Belleville")
    visitor.get_by_label("Présentation").fill("Des ateliers pour les seniors du quartier.")
    visitor.get_by_label("Territoire").fill("Paris 20e")
    visitor.get_by_label("Lien social").check()
    keyboard_submit(visitor, "Envoyer la proposition")
    visitor.wait_for_url(re.compile(r"/proposer-une-initiative/merci/$"))
    assert "La rédaction a bien reçu votre contribution" in visitor.locator("main").inner_text()

    draft = InitiativePage.objects.get(title="Atelier numérique de Belleville")
    assert not draft.live
    assert {tuple(m.to) for m in mail.outbox} == {("karim@example.org",), ("relectrice@example.org",)}
    mail.outbox.clear()

    editor = browser.new_page()
    editor.set_default_timeout(20_000)
    editor.goto(f"{live_server.url}/admin/login/")
    editor.fill("input[name=username]", "relectrice")
    editor.fill("input[name=password]", PASSWORD)
    editor.click("button[type=submit]")
    editor.wait_for_url(f"{live_server.url}/admin/")
    editor.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    editor.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").last.click()
    with editor.expect_navigation():
        editor.locator("button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])").click()

    draft.refresh_from_db()
    assert draft.live
    [notice] = mail.outbox
    assert notice.to == ["karim@example.org"] and draft.url in notice.body
    visitor.goto(f"{live_server.url}{draft.url}")
    assert visitor.locator("h1").inner_text() == "Atelier numérique de Belleville"
    visitor.close()
    editor.close()


@pytest.fixture
def partners(site, monkeypatch):
    from django.conf import settings

    monkeypatch.setattr(settings, "DISCUSSION_TRANSLATOR", "tests.partners.translator.PhrasebookTranslator")
    group = Group.objects.get(name=PARTNERS_GROUP)
    people = {}
    for username, language, first, last in (("claire", "fr", "Claire", "Dubois"), ("lucia", "es", "Lucía", "Gómez")):
        user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, first_name=first, last_name=last)
        user.groups.add(group)
        MemberProfile.objects.create(user=user, language=language)
        people[username] = user
    item = DiscussionList.objects.create(name="Réseau", slug="reseau")
    item.subscribers.add(*people.values())
    return people


def test_partners_discuss_across_languages_and_anonymous_visitors_see_nothing(
    browser,  # noqa: F811
    live_server,
    partners,
):
    from playwright.sync_api import expect

    claire = browser.new_page()
    claire.set_default_timeout(20_000)
    site_login(claire, live_server.url, "", "claire")
    claire.get_by_role("link", name="Espace partenaires").first.click()
    claire.get_by_role("link", name="Réseau").click()
    claire.get_by_label("Sujet").fill("Atelier de réparation d'ordinateurs")
    claire.get_by_role("textbox", name="Votre message (obligatoire)").fill(
        "Qui peut prêter des ordinateurs pour l'atelier de samedi ?"
    )
    expect(claire.get_by_label("Langue de votre message")).to_have_value("fr")
    keyboard_submit(claire, "Publier le message")
    claire.wait_for_url(re.compile(r"/partenaires/fils/\d+/$"))
    thread_path = claire.url.removeprefix(live_server.url)
    assert [m.to for m in mail.outbox] == [["lucia@example.org"]]

    lucia = browser.new_page()
    lucia.set_default_timeout(20_000)
    site_login(lucia, live_server.url, "/es", "lucia")
    lucia.goto(f"{live_server.url}/es/socios/")
    lucia.get_by_role("link", name="Taller de reparación de ordenadores").click()
    main = lucia.locator("main")
    expect(main.locator("h1")).to_have_text("Taller de reparación de ordenadores")
    expect(main.get_by_text("Traducción automática (Phrasebook); idioma original: Francés").first).to_be_visible()
    expect(main.get_by_text("¿Quién puede prestar ordenadores para el taller del sábado?")).to_be_visible()
    original = main.get_by_text("Qui peut prêter des ordinateurs", exact=False)
    expect(original).to_be_hidden()
    main.get_by_text("Mostrar el original (Francés)").click()
    expect(original).to_be_visible()

    lucia.get_by_role("textbox", name="Su mensaje (obligatorio)").fill("Nosotros podemos prestar cinco.")
    expect(lucia.get_by_label("Idioma de su mensaje")).to_have_value("es")
    keyboard_submit(lucia, "Publicar la respuesta")
    lucia.wait_for_load_state("load")
    expect(lucia.locator("main").get_by_text("Nosotros podemos prestar cinco.")).to_be_visible()
    assert Message.objects.count() == 2

    claire.reload()
    expect(claire.locator("main").get_by_text("Nous pouvons en prêter cinq.")).to_be_visible()

    anonymous = browser.new_context().new_page()
    anonymous.set_default_timeout(20_000)
    for path in (thread_path, "/partenaires/", "/es/socios/", "/partenaires/membres/"):
        anonymous.goto(f"{live_server.url}{path}")
        assert "/connexion/" in anonymous.url or "/es/" in anonymous.url
        text = anonymous.locator("body").inner_text()
        assert "réparation" not in text and "reparación" not in text and "Claire Dubois" not in text
    anonymous.goto(f"{live_server.url}/recherche/?q=ordinateurs")
    anonymous.wait_for_load_state("networkidle")  # the search page's script still asks the API after load
    assert "réparation" not in anonymous.locator("body").inner_text()
    for page in (claire, lucia, anonymous):
        page.close()
