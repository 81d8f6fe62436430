"""Keywords, vocabulary terms and organisations for a batch of records: fetched once, missing ones bulk-created."""

from django.utils.text import slugify

from home.models import Keyword
from initiatives.models import (
    Audience,
    InitiativeStatus,
    InitiativeType,
    OrganisationKind,
    OrganisationPage,
    ThemePage,
)
from library.importing.fields import fold, without_article

# Organisation kinds recognised from the first words of a name, as the legacy records write them.
KIND_WORDS = {
    "collectivite-territoriale": (
        "Collectivité territoriale",
        ("commune", "communes", "ville", "municipalite", "mairie", "conseil general", "conseil regional",
         "conseil departemental", "communaute", "region", "departement", "agglomeration", "rennes metropole",
         "etat"),
    ),
    "association": ("Association", ("association", "asso")),
    "universite": ("Université", ("universite", "universites", "ecole", "lycee", "iut")),
}  # fmt: skip


def term_slug(name):
    return slugify(name)[:100] or "x"


class TermStore:
    """Terms of one model in one locale, by slug; get() returns an existing or newly created term."""

    def __init__(self, model, locale, counts, label):
        self.model, self.locale, self.counts, self.label = model, locale, counts, label
        terms = list(model.objects.filter(locale=locale))
        self.by_slug = {term.slug: term for term in terms}
        # A term is also found by its label, whatever its slug: "Personnes âgées" is the term of slug "seniors".
        self.by_label = {fold(term.name): term for term in terms}

    def need(self, names):
        """Creates, in one query, every term of `names` that does not exist yet."""
        missing, labels = {}, set()
        for name in sorted(names):  # sorted: which spelling names a new term does not depend on set order
            slug, label = self.slug(name), self.label_of(name)
            if self.find(name) is None and slug not in missing and label not in labels:
                missing[slug] = self.model(**self.fields(name, slug), locale=self.locale)
                labels.add(label)
        if missing:
            created = self.model.objects.bulk_create(list(missing.values()))
            if not all(term.pk for term in created):  # backends without RETURNING: read them back
                created = self.model.objects.filter(locale=self.locale, slug__in=list(missing))
            self.by_slug.update({term.slug: term for term in created})
            self.by_label.update({fold(term.name): term for term in created})
            self.counts[self.label]["created"] += len(missing)

    def slug(self, name):
        return term_slug(name)

    def fields(self, name, slug):
        return {"name": without_article(name)[:100], "slug": slug}

    def label_of(self, name):
        return fold(self.fields(name, "")["name"])

    def find(self, name):
        return self.by_label.get(self.label_of(name)) or self.by_slug.get(self.slug(name))

    def get(self, name):
        return self.find(name)


class KeywordStore(TermStore):
    def __init__(self, locale, counts):
        super().__init__(Keyword, locale, counts, "keyword")

    def fields(self, name, slug):
        return {"name": name.strip()[:100], "slug": slug}


def vocabularies(locale, counts):
    return {
        "initiative_types": TermStore(InitiativeType, locale, counts, "initiative_type"),
        "audiences": TermStore(Audience, locale, counts, "audience"),
        "status": TermStore(InitiativeStatus, locale, counts, "status"),
        "keywords": KeywordStore(locale, counts),
    }


class ThemeNames:
    """The locale's themes by code, number and title (case and accents aside): the ways a file may name one."""

    def __init__(self, locale):
        self.by_name = {}
        for page in ThemePage.objects.filter(locale=locale).order_by("number"):
            for name in (page.code, str(page.number or ""), page.title):
                if name:
                    self.by_name.setdefault(fold(name), page)

    def get(self, name):
        return self.by_name.get(fold(name))

    def unknown(self, names):
        return [name for name in names if self.get(name) is None]


def organisation_key(name):
    return "organisation:" + term_slug(without_article(name))


def guess_kind(name):
    folded = fold(without_article(name))
    for slug, (_label, words) in KIND_WORDS.items():
        if any(folded == word or folded.startswith(word + " ") for word in words):
            return slug
    return None


class OrganisationStore:
    """Organisation pages by source key; missing ones are made unsaved (`pending`) and written by `flush`."""

    def __init__(self, locale, counts, index_page, unique_slug):
        self.locale, self.counts, self.index_page, self.unique_slug = locale, counts, index_page, unique_slug
        self.by_key = {}
        self.kinds = None
        self.pending = []

    def prefetch(self, names):
        keys = {organisation_key(name) for name in names}
        pages = OrganisationPage.objects.filter(locale=self.locale)
        # A page's own key wins over another page's "other name" written the same way.
        for page in pages.exclude(other_names=""):
            for other in page.other_name_list():
                if organisation_key(other) in keys:
                    self.by_key[organisation_key(other)] = page
        # A name written as an existing page's title is that page ("Ville de Quimper"), whatever its source key.
        for page in pages.filter(title__in={without_article(name)[:255] for name in names}):
            self.by_key.setdefault(organisation_key(page.title), page)
        self.by_key.update({page.source_key: page for page in pages.filter(source_key__in=keys)})

    def get(self, name):
        key = organisation_key(name)
        page = self.by_key.get(key)
        if page is None:
            if self.kinds is None:
                self.kinds = {kind.slug: kind for kind in OrganisationKind.objects.filter(locale=self.locale)}
            kind_slug = guess_kind(name)
            if kind_slug and kind_slug not in self.kinds:
                self.kinds[kind_slug] = OrganisationKind.objects.create(
                    locale=self.locale, slug=kind_slug, name=KIND_WORDS[kind_slug][0]
                )
            title = without_article(name)[:255]
            page = OrganisationPage(
                title=title,
                slug=self.unique_slug(self.index_page, title),
                source_key=key,
                kind=self.kinds.get(kind_slug),
                locale=self.locale,
            )
            self.pending.append(page)
            self.by_key[key] = page
        return page
