"""A generated resource centre of any size, built with the factories (tests and `make bench`, not the demo).

`build_sample_site(initiatives=60)` creates the French tree (home, the five sections, seven themes,
organisations, taxonomies, keywords, initiatives linked to all of them, notes whose chapters list initiatives and
whose footnotes cite references) and returns a `SampleSite` holding what it made. `translate_page()` makes a
translation through wagtail-localize's own flow (TranslationSource → Translation → save_target).
"""

import datetime
import json
import random
import uuid
from dataclasses import dataclass, field

from wagtail.models import Locale

from home.factories import ArticleIndexPageFactory, KeywordFactory, make_home_site
from initiatives.factories import InitiativePageFactory, OrganisationPageFactory
from initiatives.models import InitiativeOrganisation, OrganisationRole
from library.factories import LibraryIndexPageFactory, ReferencePageFactory, ThematicNotePageFactory
from library.models import ReferenceContributor

THEME_TITLES = [
    ("acces", "Accès à la connexion et à l'équipement"),
    ("fracture", "Lutter contre la fracture numérique et renforcer le lien social"),
    ("entraide", "Entraide numérique"),
    ("sante", "Santé et prévention"),
    ("culture", "La culture pour tous"),
    ("lieux", "Lieux sociaux"),
    ("cooperation", "Coopération décentralisée"),
]
COUNTRIES = ["FR", "SN", "ML", "BF", "MA", "CM", "BJ", "HT"]


@dataclass
class SampleSite:
    tree: object
    rng: random.Random
    statuses: list = field(default_factory=list)
    types: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    kinds: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    initiatives: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    references: list = field(default_factory=list)
    keywords: list = field(default_factory=list)


class SiteTree:
    """The home page and the five section indexes, French, served as the default site."""

    def __init__(self):
        from initiatives.factories import (
            InitiativeIndexPageFactory,
            OrganisationIndexPageFactory,
            ThemeIndexPageFactory,
        )

        self.home = make_home_site()
        self.themes = ThemeIndexPageFactory(parent=self.home)
        self.initiatives = InitiativeIndexPageFactory(parent=self.home)
        self.organisations = OrganisationIndexPageFactory(parent=self.home)
        self.library = LibraryIndexPageFactory(parent=self.home)
        self.articles = ArticleIndexPageFactory(parent=self.home)


def build_sample_site(initiatives=60, organisations=None, references=None, notes=3, seed=7, tree=None):
    """A French site of the given size; `grow_sample_site` adds more items to it later."""
    from initiatives.factories import (
        AudienceFactory,
        InitiativeStatusFactory,
        InitiativeTypeFactory,
        OrganisationKindFactory,
        ThemePageFactory,
    )

    site = SampleSite(tree=tree or SiteTree(), rng=random.Random(seed))
    site.statuses = [
        InitiativeStatusFactory(name=name, slug=slug)
        for slug, name in [("operationnel", "Opérationnel"), ("en-cours", "En cours")]
    ]
    site.types = [InitiativeTypeFactory(name=f"Type {i}", slug=f"type-{i}") for i in range(4)]
    site.audiences = [
        AudienceFactory(name=name, slug=slug)
        for slug, name in [("jeunes", "Jeunes"), ("seniors", "Personnes âgées"), ("tous", "Tout public")]
    ]
    site.kinds = [
        OrganisationKindFactory(name=name, slug=slug)
        for slug, name in [("association", "Association"), ("collectivite", "Collectivité territoriale")]
    ]
    site.keywords = [KeywordFactory(name=f"mot-clé {i}", slug=f"mot-cle-{i}") for i in range(12)]
    for number, (code, title) in enumerate(THEME_TITLES, start=1):
        site.themes.append(
            ThemePageFactory(parent=site.tree.themes, title=title, code=code, number=number, summary=title)
        )
    grow_sample_site(
        site,
        initiatives=initiatives,
        organisations=organisations if organisations is not None else max(4, initiatives // 2),
        references=references if references is not None else max(4, initiatives // 3),
        notes=notes,
    )
    return site


def grow_sample_site(site, initiatives=0, organisations=0, references=0, notes=0):
    """Adds items to a sample site (numbering continues), linking them to what exists."""
    for _i in range(organisations):
        _add_organisation(site)
    for _i in range(references):
        _add_reference(site)
    for _i in range(initiatives):
        _add_initiative(site)
    for _i in range(notes):
        _add_note(site)
    return site


def _add_organisation(site):
    i = len(site.organisations)
    site.organisations.append(
        OrganisationPageFactory(
            parent=site.tree.organisations,
            title=f"Association {i}",
            kind=site.rng.choice(site.kinds),
            country=site.rng.choice(COUNTRIES),
            town=f"Ville {i}",
            summary="Une structure qui porte des projets numériques.",
        )
    )


def _add_reference(site):
    i = len(site.references)
    reference = ReferencePageFactory(
        parent=site.tree.library,
        title=f"Rapport sur les solidarités numériques {i}",
        issued_year=2000 + i % 20,
        publisher="Éditions du Net",
        summary="Un rapport de référence.",
    )
    ReferenceContributor.objects.create(reference=reference, family=f"Auteur{i}", given="Anne")
    reference.themes.set(site.rng.sample(site.themes, 2))
    reference.keywords.add(*site.rng.sample(site.keywords, 2))
    reference.save()
    site.references.append(reference)


def _add_initiative(site):
    rng = site.rng
    i = len(site.initiatives)
    initiative = InitiativePageFactory(
        parent=site.tree.initiatives,
        title=f"Initiative {i:03d}",
        summary="Un espace public numérique ouvert à tous les habitants.",
        context="<p>Le contexte du projet.</p>",
        website="https://example.org/",
        countries=rng.sample(COUNTRIES, 2),
        launch_date=datetime.date(2000 + i % 15, 1, 1),
        launch_precision="year",
        launch_period=rng.choice(["", "early", "late"]),
        collected_on=datetime.date(2011, 3, 1),
        collected_precision="month",
        status=rng.choice(site.statuses),
    )
    initiative.themes.set(rng.sample(site.themes, 2))
    initiative.audiences.set(rng.sample(site.audiences, 2))
    initiative.initiative_types.set(rng.sample(site.types, 1))
    initiative.related_references.set(rng.sample(site.references, min(2, len(site.references))))
    initiative.keywords.add(*rng.sample(site.keywords, 3))
    initiative.save()
    roles = [OrganisationRole.CARRIER, OrganisationRole.PARTNER, OrganisationRole.FUNDER]
    for role, organisation in zip(roles, rng.sample(site.organisations, min(3, len(site.organisations))), strict=False):
        InitiativeOrganisation.objects.create(initiative=initiative, organisation=organisation, role=role)
    site.initiatives.append(initiative)


def _add_note(site):
    rng = site.rng
    i = len(site.notes)
    listed = rng.sample(site.initiatives, min(5, len(site.initiatives)))
    cited = rng.sample(site.references, min(3, len(site.references)))
    chapters = [
        {
            "type": "chapter",
            "id": block_id(rng),
            "value": {
                "title": f"Chapitre {c}",
                "body": [
                    {
                        "type": "paragraph",
                        "id": block_id(rng),
                        "value": f"<p>Les initiatives du chapitre {c} [{c}].</p>",
                    },
                    {
                        "type": "quote",
                        "id": block_id(rng),
                        "value": {"quote": "Le numérique relie.", "attribution": "Un acteur"},
                    },
                    {
                        "type": "initiatives",
                        "id": block_id(rng),
                        "value": {"title": "", "initiatives": [page.pk for page in listed]},
                    },
                ],
            },
        }
        for c in range(1, 4)
    ]
    footnotes = [
        {
            "type": "footnote",
            "id": block_id(rng),
            "value": {"number": str(c), "text": f"<p>Source {c}.</p>", "reference": reference.pk},
        }
        for c, reference in enumerate(cited, start=1)
    ]
    note = ThematicNotePageFactory(
        parent=site.tree.library,
        title=f"Note de synthèse {i}",
        summary="Une analyse des initiatives.",
        publication_date=datetime.date(2011, 6, 1),
        chapters=json.dumps(chapters),
        footnotes=json.dumps(footnotes),
    )
    note.themes.set(rng.sample(site.themes, 2))
    note.save()
    site.notes.append(note)


def block_id(rng):
    """StreamField block ids: wagtail-localize needs them on nested blocks too (they are its segment paths)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def translate_page(page, language_code, title=None):
    """The live translation of `page` in `language_code`, made with wagtail-localize (parents copied as needed).

    Untranslated strings fall back to the French source, as when a translator publishes an incomplete
    translation; `title` gives the translated title. Inside a test transaction, wrap the call in
    `captureOnCommitCallbacks(execute=True)`.
    """
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if title:
        segment = StringSegment.objects.select_related("string", "context").get(source=source, context__path="title")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": title}
        )
    translation.save_target(publish=True)
    return page.get_translation(locale)
