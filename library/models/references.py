"""Bibliography references with CSL-compatible fields."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField

from home.keyword_tagging import SourceLocaleTaggableManager
from home.models import BasePage, Keyword
from home.panels import InlinePanel, edit_tabs
from library.keys import make_citation_key
from library.validators import (
    normalise_doi,
    normalise_isbn,
    normalise_pages,
    validate_doi,
    validate_isbn,
    validate_issn,
)


class ReferenceType(models.TextChoices):
    """A subset of CSL item types; the values are CSL's own so exports need no mapping."""

    BOOK = "book", _("Book")
    CHAPTER = "chapter", _("Book chapter")
    ARTICLE_JOURNAL = "article-journal", _("Journal article")
    ARTICLE_MAGAZINE = "article-magazine", _("Magazine article")
    ARTICLE_NEWSPAPER = "article-newspaper", _("Newspaper article")
    REPORT = "report", _("Report")
    THESIS = "thesis", _("Thesis")
    PAPER_CONFERENCE = "paper-conference", _("Conference paper")
    WEBPAGE = "webpage", _("Web page")
    DATASET = "dataset", _("Dataset")
    DOCUMENT = "document", _("Other document")


class ContributorRole(models.TextChoices):
    AUTHOR = "author", _("Author")
    EDITOR = "editor", _("Editor")
    TRANSLATOR = "translator", _("Translator")


class ReferenceKeyword(ItemBase):
    tag = models.ForeignKey(Keyword, on_delete=models.CASCADE, related_name="tagged_references")
    content_object = ParentalKey("library.ReferencePage", on_delete=models.CASCADE, related_name="keyword_items")


class ReferenceContributor(Orderable):
    """A person (family and given names) or an organisation (literal name) with a role."""

    reference = ParentalKey("library.ReferencePage", on_delete=models.CASCADE, related_name="contributors")
    role = models.CharField(_("role"), max_length=16, choices=ContributorRole.choices, default=ContributorRole.AUTHOR)
    family = models.CharField(_("family name"), max_length=120, blank=True)
    given = models.CharField(_("given names"), max_length=120, blank=True)
    non_dropping_particle = models.CharField(
        _("particle"), max_length=32, blank=True, help_text=_("Kept with the family name when sorting: “de” Beauvoir.")
    )
    dropping_particle = models.CharField(
        _("particle sorted apart"), max_length=32, blank=True, help_text=_("Ignored when sorting: “von” Humboldt.")
    )
    suffix = models.CharField(_("suffix"), max_length=32, blank=True, help_text=_("Jr., III…"))
    literal = models.CharField(
        _("organisation"),
        max_length=255,
        blank=True,
        help_text=_("For an organisation as author; leave the names empty."),
    )

    panels = [
        FieldRowPanel([FieldPanel("role"), FieldPanel("family"), FieldPanel("given"), FieldPanel("literal")]),
        FieldRowPanel([FieldPanel("non_dropping_particle"), FieldPanel("dropping_particle"), FieldPanel("suffix")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contributor")
        verbose_name_plural = _("contributors")

    def clean(self):
        if not (self.family or self.literal):
            raise ValidationError(_("Give a family name for a person, or the organisation's name."))
        if self.family and self.literal:
            raise ValidationError(_("A contributor is a person or an organisation, not both."))

    def __str__(self):
        if self.literal:
            return self.literal
        family = " ".join(part for part in (self.non_dropping_particle, self.family) if part)
        given = " ".join(part for part in (self.given, self.dropping_particle) if part)
        return ", ".join(part for part in (family, given, self.suffix) if part)


class ReferencePage(BasePage):
    reference_type = models.CharField(
        _("type"), max_length=32, choices=ReferenceType.choices, default=ReferenceType.BOOK
    )
    container_title = models.CharField(
        _("container title"), max_length=500, blank=True, help_text=_("The journal, book or website it appears in.")
    )
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    publisher_place = models.CharField(_("place of publication"), max_length=255, blank=True)
    issued_year = models.PositiveSmallIntegerField(_("year issued"), null=True, blank=True)
    issued_month = models.PositiveSmallIntegerField(_("month issued"), null=True, blank=True)
    issued_day = models.PositiveSmallIntegerField(_("day issued"), null=True, blank=True)
    volume = models.CharField(_("volume"), max_length=32, blank=True)
    issue = models.CharField(_("issue"), max_length=32, blank=True)
    pages = models.CharField(_("pages"), max_length=32, blank=True)
    edition = models.CharField(_("edition"), max_length=32, blank=True)
    # Not "url": that would hide Page.url, the page's own address that reference managers must be given.
    document_url = models.URLField(_("address (URL)"), max_length=500, blank=True)
    citation_key = models.CharField(
        _("citation key"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The key of BibTeX and of reference managers (eveno2010); kept as imported, made once otherwise."),
    )
    doi = models.CharField(_("DOI"), max_length=255, blank=True, validators=[validate_doi], db_index=True)
    isbn = models.CharField(_("ISBN"), max_length=32, blank=True, validators=[validate_isbn], db_index=True)
    issn = models.CharField(_("ISSN"), max_length=16, blank=True, validators=[validate_issn])
    language = models.CharField(
        _("language"), max_length=16, blank=True, help_text=_("Language of the document, as a code: fr, en, es…")
    )
    abstract = models.TextField(_("abstract"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("attached document"),
        help_text=_("The reference's full text as a PDF, when it may be shared; its text is searched."),
    )
    accessed = models.DateField(_("accessed on"), null=True, blank=True)
    themes = ParentalManyToManyField(
        "initiatives.ThemePage", blank=True, related_name="references", verbose_name=_("themes")
    )
    keywords = SourceLocaleTaggableManager(through=ReferenceKeyword, blank=True, verbose_name=_("keywords"))
    related_notes = ParentalManyToManyField(
        "library.ThematicNotePage", blank=True, related_name="references", verbose_name=_("related notes")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("reference_type"),
        InlinePanel(
            "contributors",
            heading=_("Authors and editors"),
            label=_("Contributor"),
            add_label=_("Add an author or editor"),
            min_num=0,
        ),
        MultiFieldPanel(
            [
                FieldPanel("container_title"),
                FieldRowPanel([FieldPanel("publisher"), FieldPanel("publisher_place")]),
                FieldRowPanel([FieldPanel("issued_year"), FieldPanel("issued_month"), FieldPanel("issued_day")]),
                FieldRowPanel([FieldPanel("volume"), FieldPanel("issue"), FieldPanel("pages"), FieldPanel("edition")]),
            ],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("document_url"),
                FieldPanel("document"),
                FieldPanel("citation_key"),
                FieldRowPanel([FieldPanel("doi"), FieldPanel("isbn"), FieldPanel("issn")]),
                FieldRowPanel([FieldPanel("language"), FieldPanel("accessed")]),
            ],
            heading=_("Identifiers"),
        ),
        FieldPanel("summary"),
        FieldPanel("abstract"),
    ]
    classification_panels = [FieldPanel("themes"), FieldPanel("keywords"), FieldPanel("related_notes")]
    edit_handler = edit_tabs((content_panels, _("Content")), (classification_panels, _("Classification")))
    # A reference's bibliographic data is the same in every language; only its summary is translated.
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("reference_type", overridable=False),
        SynchronizedField("contributors"),
        SynchronizedField("container_title"),
        SynchronizedField("publisher"),
        SynchronizedField("publisher_place"),
        SynchronizedField("issued_year", overridable=False),
        SynchronizedField("issued_month"),
        SynchronizedField("issued_day"),
        SynchronizedField("volume"),
        SynchronizedField("issue"),
        SynchronizedField("pages"),
        SynchronizedField("edition"),
        SynchronizedField("document_url"),
        SynchronizedField("document"),
        SynchronizedField("citation_key", overridable=False),
        SynchronizedField("doi", overridable=False),
        SynchronizedField("isbn"),
        SynchronizedField("issn"),
        SynchronizedField("language", overridable=False),
        SynchronizedField("abstract"),
        SynchronizedField("accessed"),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("keyword_items", overridable=False),
        SynchronizedField("related_notes"),
    ]

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []
    template = "library/reference_page.html"

    def get_page_context(self, request):
        # library.listings queries the models of this app: imported once the models are loaded.
        from library.listings import reference_details

        return reference_details(self, request)

    class Meta:
        verbose_name = _("bibliography reference")
        verbose_name_plural = _("bibliography references")

    def clean(self):
        super().clean()
        self.doi = normalise_doi(self.doi)
        self.isbn = normalise_isbn(self.isbn)
        self.pages = normalise_pages(self.pages)
        if self.issued_month and not 1 <= self.issued_month <= 12:
            raise ValidationError({"issued_month": _("A month is a number from 1 to 12.")})
        if self.issued_day and not self.issued_month:
            raise ValidationError({"issued_day": _("Give the month before the day.")})
        if self.issued_day and not 1 <= self.issued_day <= 31:
            raise ValidationError({"issued_day": _("A day is a number from 1 to 31.")})

    def save(self, *args, **kwargs):
        if not self.citation_key:
            first = next(iter(self.contributors.all()), None)
            name = (first.family or first.literal) if first else ""
            self.citation_key = make_citation_key(name, self.issued_year, self.title)
        return super().save(*args, **kwargs)

    @property
    def authors(self):
        return [c for c in self.contributors.all() if c.role == ContributorRole.AUTHOR]
