"""Every page type renders in French, English and Spanish, and shows what a visitor needs on it."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from home.factories import ArticlePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def all_pages(site):
    tree = site.tree
    article = ArticlePageFactory(
        parent=tree.articles,
        body='[{"type": "paragraph", "id": "8f0c2f7e-0b9e-4a51-9a4e-0d7c1d2e3f40", "value": "<p>Corps</p>"}]',
    )
    standard = StandardPageFactory(parent=tree.home, title="Espace partenaires test")
    return [
        tree.home,
        standard,
        tree.articles,
        article,
        tree.themes,
        site.themes[0],
        tree.initiatives,
        site.initiatives[0],
        tree.organisations,
        site.organisations[0],
        tree.library,
        site.notes[0],
        site.references[0],
    ]


@pytest.mark.parametrize("language_code", ["en", "es"])
def test_every_page_type_renders_in_each_language(client, sample_site, translate, language_code):
    pages = all_pages(sample_site)
    assert len({type(page) for page in pages}) == 13  # every page type of the site
    for page in pages:
        french = client.get(page.get_url())
        assert french.status_code == 200, page
        assert '<html lang="fr">' in french.content.decode()

        translated = translate(page, language_code, title=f"{page.title} [{language_code}]")
        assert translated.locale.language_code == language_code
        response = client.get(translated.get_url())
        html = response.content.decode()
        assert response.status_code == 200, translated.get_url()
        assert translated.get_url().startswith(f"/{language_code}/")
        assert f'<html lang="{language_code}">' in html
        assert escape(f"{page.title} [{language_code}]") in html
        # the language switcher links back to the French page
        assert f'href="{page.get_url()}" lang="fr"' in html


def test_base_layout_is_accessible(client, sample_site):
    html = client.get(sample_site.initiatives[0].url).content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert '<nav class="breadcrumbs container"' in html
    assert "Creative Commons" in html
    # header navigation lists the home page's sections
    for section in (sample_site.tree.themes, sample_site.tree.initiatives, sample_site.tree.library):
        assert f'<a href="{section.url}"' in html
    assert 'rel="alternate" hreflang="fr"' in html


def test_initiative_shows_its_facts_organisations_keywords_and_references(client, sample_site):
    initiative = sample_site.initiatives[0]
    html = client.get(initiative.url).content.decode()
    for link in initiative.organisation_links.select_related("organisation"):
        assert link.organisation.title in html
        assert link.get_role_display() in html or "Porteur" in html
    # countries in the active language (French names)
    assert initiative.countries[0].name in html
    with translation.override("fr"):
        assert str(initiative.launch_date_display()) in html
    for keyword in initiative.keywords.all():
        assert f'href="{reverse("search:search")}?keyword={keyword.slug}"' in html
    for reference in initiative.related_references.all():
        assert f'href="{reference.get_url()}"' in html
    for theme in initiative.themes.all():
        assert f'href="{theme.url}"' in html
    assert initiative.status.name in html
    # collected in "mars 2011", as the record says: not "1 mars 2011"
    assert '<time datetime="2011-03">en mars 2011</time>' in html


def test_english_initiative_shows_translated_labels_and_french_fallbacks(client, sample_site, translate):
    initiative = sample_site.initiatives[0]
    theme = initiative.themes.first()
    translate(theme, "en", title="Access to connection")
    keyword = initiative.keywords.first()
    english_keyword = keyword.copy_for_translation(translate_locale("en"))
    english_keyword.name = "broadband"
    english_keyword.save()
    english = translate(initiative, "en", title="Initiative in English")
    html = client.get(english.url).content.decode()
    assert "Access to connection" in html  # the theme in English, linked to the French theme's translation
    assert "broadband" in html  # keyword label in English, search link on the shared slug
    assert f"?keyword={keyword.slug}" in html
    # a reference with no English version is linked in French and marked as such
    reference = initiative.related_references.first()
    assert f'href="{reference.get_url()}" lang="fr"' in html


def translate_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def test_english_listing_marks_untranslated_pages_in_french(client, sample_site, translate):
    translated = translate(sample_site.initiatives[0], "en", title="Translated initiative")
    index = translated.get_parent()
    html = client.get(index.url).content.decode()
    assert "Translated initiative" in html
    untranslated = sample_site.initiatives[1]
    assert f'<a href="{untranslated.get_url()}" lang="fr">{untranslated.title}</a>' in html
    assert "in French" in html
    # the translated card has no badge
    card = re.search(r'<h2 class="card__title"><a href="[^"]+">Translated initiative</a></h2>', html)
    assert card, "the translated initiative is shown without the French badge"


def test_listing_is_paginated(client, sample_site):
    from initiatives.factories import InitiativePageFactory

    for i in range(14):
        InitiativePageFactory(parent=sample_site.tree.initiatives, title=f"Zeta {i:02d}")
    url = sample_site.tree.initiatives.url
    first = client.get(url).content.decode()
    second = client.get(url + "?page=2").content.decode()
    assert 'rel="next"' in first and "Zeta 13" not in first
    assert "Zeta 13" in second and 'rel="prev"' in second
    assert client.get(url + "?page=99").status_code == 200  # out of range shows the last page
    assert client.get(url + "?page=abc").status_code == 200


def test_theme_page_lists_its_initiatives_notes_references_and_links_to_search(client, sample_site):
    theme = sample_site.themes[0]
    html = client.get(theme.url).content.decode()
    assert f'href="{reverse("search:search")}?theme={theme.code}"' in html
    for initiative in theme.initiatives.all():
        assert initiative.title in html
    for other in sample_site.initiatives:
        if not other.themes.filter(pk=theme.pk).exists():
            assert f">{other.title}<" not in html
    for note in theme.notes.all():
        assert note.title in html
    for reference in theme.references.all():
        assert reference.title in html


def test_organisation_page_lists_initiatives_by_role(client, sample_site):
    organisation = sample_site.organisations[0]
    html = client.get(organisation.url).content.decode()
    links = list(organisation.initiative_links.select_related("initiative"))
    assert links, "the generated site links every organisation"
    for link in links:
        assert link.initiative.title in html


def test_note_has_table_of_contents_and_linked_footnotes(client, sample_site):
    note = sample_site.notes[0]
    html = client.get(note.url).content.decode()
    assert '<nav class="toc"' in html
    for chapter in note.chapters:
        title = chapter.value["title"]
        anchor = re.search(rf'<a href="#([\w-]+)">{title}</a>', html).group(1)
        assert f'id="{anchor}"' in html
    # "[1]" in the text links to footnote 1, which links to its reference page and back to the text
    assert '<a href="#note-1" id="ref-note-1" class="footnote-ref">[1]</a>' in html
    assert '<li id="note-1"' in html
    reference = note.footnotes[0].value["reference"]
    assert f'href="{reference.get_url()}"' in html
    # the chapter's initiative list links to the initiatives
    listed = note.chapters[0].value["body"][2].value["initiatives"][0]
    assert f'href="{listed.url}"' in html


def test_reference_page_shows_bibliographic_fields(client, sample_site):
    reference = sample_site.references[0]
    reference.doi = "10.1234/abcd"
    reference.isbn = "9782070368228"
    reference.save_revision().publish()
    html = client.get(reference.get_url()).content.decode()
    assert "Auteur0, Anne" in html
    assert "Éditions du Net" in html
    assert 'href="https://doi.org/10.1234/abcd"' in html
    assert "9782070368228" in html
    assert str(reference.issued_year) in html
    assert "CITATION SPOT" not in html  # the integration point is a template comment


def test_label_cache_follows_taxonomy_changes(client, sample_site):
    initiative = sample_site.initiatives[0]
    status = initiative.status
    assert status.name in client.get(initiative.url).content.decode()
    status.name = "Statut renommé"
    status.save()  # post_save invalidates the labels (home.signal_handlers)
    assert "Statut renommé" in client.get(initiative.url).content.decode()
