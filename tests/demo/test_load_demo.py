"""What a visitor and an editor find after `manage.py load_demo`, and that a second run changes nothing."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page, PageViewRestriction, Site
from wagtail_localize.models import StringTranslation, TranslationSource

from home.models import ArticleIndexPage, ArticlePage, HomePage, Keyword, StandardPage
from home.permissions import TRANSLATORS_GROUP
from initiatives.events.models import EventIndexPage, EventPage
from initiatives.models import (
    Audience,
    InitiativeIndexPage,
    InitiativePage,
    InitiativeStatus,
    InitiativeType,
    OrganisationIndexPage,
    OrganisationKind,
    ThemeIndexPage,
    ThemePage,
)
from library.letter.models import LetterIndexPage
from library.models import LibraryIndexPage, ReferencePage, ThematicNotePage

pytestmark = pytest.mark.django_db


def french(model):
    return model.objects.filter(locale__language_code="fr")


def initiative(slug):
    return french(InitiativePage).get(slug=slug)


def test_the_french_resource_centre_is_complete(demo):
    assert french(InitiativePage).live().count() == 27
    assert sorted(french(ThemePage).values_list("number", flat=True)) == [1, 2, 3, 4, 5, 6, 7]
    assert french(ReferencePage).count() >= 8
    assert french(ArticlePage).count() == 4
    assert french(ThematicNotePage).count() == 1


def test_home_page_replaces_the_welcome_page_as_default_site_root(demo):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage) and home.locale.language_code == "fr"
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()  # Wagtail's welcome page is gone
    sections = {page.slug: type(page.specific) for page in home.get_children()}
    assert sections == {
        "themes": ThemeIndexPage,
        "initiatives": InitiativeIndexPage,
        "acteurs": OrganisationIndexPage,
        "bibliotheque": LibraryIndexPage,
        "articles": ArticleIndexPage,
        "agenda": EventIndexPage,
        "courrier": LetterIndexPage,
        "espace-partenaires": StandardPage,
    }
    assert home.featured_themes.count() == 7


def test_initiatives_carry_the_facts_of_their_record(demo):
    royans = initiative("espaces-ressources-internet-royans-vercors")
    assert (royans.launch_date.year, royans.launch_precision, royans.launch_period) == (2010, "year", "early")
    assert royans.status.slug == "en-cours"
    assert (royans.collected_on, royans.collected_precision) == (datetime.date(2010, 2, 1), "month")
    assert [link.organisation.title for link in royans.organisation_links.all()] == ["Association Les Tracols"]

    grigny = initiative("la-maison-de-grigny")
    roles = {link.organisation.title: link.role for link in grigny.organisation_links.all()}
    assert roles == {"La Maison de Grigny": "carrier", "Ville de Grigny": "partner", "Région Rhône-Alpes": "funder"}

    albi = initiative("visite-virtuelle-cathedrale-albi")
    assert (albi.launch_date, albi.launch_precision) == (datetime.date(2009, 1, 27), "day")

    saint_louis = initiative("cerenum-saint-louis-le-havre")
    assert [country.code for country in saint_louis.countries] == ["FR", "SN"]
    assert saint_louis.launch_precision == "unknown"
    assert {org.country.code for org in (link.organisation for link in saint_louis.organisation_links.all())} == {
        "FR",
        "SN",
    }
    assert saint_louis.related_references.filter(slug="guide-daect-solidarite-numerique").exists()

    quimper = initiative("cyberbus-de-quimper")
    assert quimper.website == "http://www.altivis.fr/Quimper-un-cyberbus-pour.html"
    assert {term.slug for term in quimper.audiences.all()} >= {"jeunes", "seniors", "gens-du-voyage"}
    assert {keyword.name for keyword in quimper.keywords.all()} == {"accès", "haut débit", "fracture numérique"}
    assert quimper.description[0].block_type == "paragraph"


def test_every_initiative_has_a_theme_and_its_prose(demo):
    for page in french(InitiativePage):
        assert page.themes.exists(), page.title
        assert page.summary and page.context and len(page.description) >= 1, page.title


def test_the_note_lists_every_initiative_and_points_footnotes_to_references(demo):
    note = french(ThematicNotePage).get()
    assert note.authors.startswith("Emmanuel Eveno") and "OTeN" in note.publisher
    chapters = [chapter.value for chapter in note.chapters]
    assert len(chapters) == 8  # the analysis, then one chapter per theme
    listed = [
        page.pk
        for chapter in chapters
        for block in chapter["body"]
        if block.block_type == "initiatives"
        for page in block.value["initiatives"]
    ]
    assert sorted(listed) == sorted(french(InitiativePage).values_list("pk", flat=True))
    footnote_references = [footnote.value["reference"] for footnote in note.footnotes]
    assert footnote_references and all(isinstance(ref.specific, ReferencePage) for ref in footnote_references)


def test_a_visitor_reads_the_notes_theme_chapters_their_initiatives_and_linked_footnotes(demo, client):
    note = french(ThematicNotePage).get()
    html = client.get(note.url).content.decode()
    assert "Les 3 initiatives de ce thème" in html and 'class="chapter"' in html
    cyberbus = initiative("cyberbus-de-quimper")
    assert f'href="{cyberbus.url}"' in html
    thery = french(ReferencePage).get(slug="thery-1994-autoroutes")
    assert f'href="{thery.url}"' in html  # footnote 2 links to its reference
    assert "La fracture numérique est devenue" in html  # the quote of the first theme's chapter


def test_references_use_csl_fields_without_invented_identifiers(demo):
    thery = french(ReferencePage).get(slug="thery-1994-autoroutes")
    assert (thery.reference_type, thery.issued_year, thery.publisher) == ("report", 1994, "La Documentation française")
    assert [(c.family, c.given) for c in thery.contributors.all()] == [("Théry", "Gérard")]
    guide = french(ReferencePage).get(slug="guide-daect-solidarite-numerique")
    assert all(contributor.literal for contributor in guide.contributors.all())
    assert not french(ReferencePage).exclude(doi="").exists()
    assert not french(ReferencePage).exclude(isbn="").exists()


def test_articles_have_author_date_licence_and_links(demo):
    article = french(ArticlePage).get(slug="programme-i-jumelages-alis")
    assert (article.author, article.date, article.licence) == ("VECAM", datetime.date(2004, 1, 15), "cc-by-sa")
    assert [link.value["url"] for link in article.more_links] == [
        "http://www.vecam.org/",
        "http://www.villes-internet.net/",
    ]
    assert article.themes.filter(code="cooperation-decentralisee").exists()


def test_partner_page_is_restricted_to_the_partners_group(demo, client):
    page = french(StandardPage).get(slug="espace-partenaires")
    restriction = PageViewRestriction.objects.get(page=page)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert list(restriction.groups.all()) == [Group.objects.get(name="Partenaires")]
    response = client.get("/espace-partenaires/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next=/espace-partenaires/"


def test_api_lists_the_french_initiatives_and_the_spanish_themes_but_not_the_partner_page(demo, client):
    initiatives = client.get("/api/v2/pages/?type=initiatives.InitiativePage&locale=fr").json()
    assert initiatives["meta"]["total_count"] == 27
    themes = client.get("/api/v2/pages/?locale=es&type=initiatives.ThemePage&fields=title").json()
    assert themes["meta"]["total_count"] == 7
    assert "Salud y prevención" in [item["title"] for item in themes["items"]]
    assert client.get("/api/v2/pages/?slug=espace-partenaires").json()["meta"]["total_count"] == 0


@pytest.mark.parametrize("language", ["en", "es"])
def test_translated_trees_mirror_the_french_site(demo, language):
    locale = Locale.objects.get(language_code=language)
    home = HomePage.objects.get(locale=locale)
    assert home.live and home.translation_key == french(HomePage).get().translation_key
    # The section indexes are children of the translated home page (a page treebeard sees as a leaf would 404).
    assert home.get_children().live().count() == 7  # five sections, the agenda and the letter archive
    themes = ThemePage.objects.filter(locale=locale).live()
    assert themes.count() == 7 and not themes.filter(title__in=french(ThemePage).values("title")).exists()


@pytest.mark.parametrize("language", ["en", "es"])
def test_at_least_five_initiatives_are_translated_through_wagtail_localize(demo, language):
    translated = InitiativePage.objects.filter(locale__language_code=language).live()
    assert translated.count() >= 5
    for page in translated:
        source_page = page.get_translation(Locale.get_default())
        assert page.title != source_page.title and page.summary != source_page.summary
        assert list(page.themes.all()) == list(source_page.themes.all())  # relations stay on the French themes
        source = TranslationSource.objects.get(object_id=page.translation_key)
        assert StringTranslation.objects.filter(
            translation_of__segments__source=source, locale=page.locale, translation_type="manual"
        ).exists()


@pytest.mark.parametrize("language", ["en", "es"])
def test_taxonomy_labels_and_keywords_are_translated(demo, language):
    for model in (InitiativeType, Audience, InitiativeStatus, OrganisationKind):
        french_terms = french(model)
        translated = model.objects.filter(locale__language_code=language)
        assert translated.count() == french_terms.count()
        assert set(translated.values_list("slug", flat=True)) == set(french_terms.values_list("slug", flat=True))
        assert not translated.filter(name__in=french_terms.values("name")).exclude(name="E-administration").exists()
    quimper = InitiativePage.objects.get(locale__language_code=language, slug__contains="quimper")
    for keyword in quimper.keywords.all():
        assert Keyword.objects.filter(translation_key=keyword.translation_key, locale__language_code=language).exists()


def test_translators_may_edit_the_english_and_spanish_trees(demo):
    translators = Group.objects.get(name=TRANSLATORS_GROUP)
    roots = {perm.page.locale.language_code for perm in GroupPagePermission.objects.filter(group=translators)}
    assert roots == {"en", "es"}


def test_a_second_run_creates_nothing_and_changes_nothing(demo):
    assert demo.first.created > 300 and demo.first.updated == 0
    assert (demo.second.created, demo.second.updated) == (0, 0), demo.second.changes()
    assert demo.second.unchanged > 300  # every page and translation again, found unchanged
    assert demo.counts_after_second == demo.counts_after_first


def test_the_meetings_of_the_legacy_documents_are_in_the_agenda_in_three_languages(demo, client):
    quebec = french(EventPage).get(source_key="event-quebec")
    assert (quebec.start_date.isoformat(), quebec.time_zone, quebec.town) == ("2002-05-14", "America/Toronto", "Québec")
    assert french(EventPage).filter(title__startswith="Rencontre régionale mensuelle").count() == 3
    assert french(EventPage).filter(title__contains="journée de conférence ouverte").count() == 2
    for language in ("en", "es"):
        assert EventPage.objects.filter(locale__language_code=language).live().count() == french(EventPage).count()
    english = quebec.get_translation(Locale.objects.get(language_code="en"))
    assert english.title == "Québec meeting: a citizen Internet platform"
    assert "Québec meeting" in client.get(english.get_parent().url, {"when": "past"}).content.decode()
