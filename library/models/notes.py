"""The library index and thematic notes (the synthesis notes that analyse initiatives)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.dates import DatePrecision, fuzzy_date_display, iso_to_precision
from home.keyword_tagging import SourceLocaleTaggableManager
from home.models import BasePage, Keyword, SectionIndexPage
from home.panels import edit_tabs
from library.blocks import ChapterBlock, FootnoteBlock


class LibraryIndexPage(SectionIndexPage):
    subpage_types = ["library.ThematicNotePage", "library.ReferencePage"]
    template = "library/library_index_page.html"

    def get_page_context(self, request):
        # library.listings queries the models of this app: imported once the models are loaded.
        from library.listings import library_index_listing

        return library_index_listing(self, request)

    class Meta:
        verbose_name = _("library")


class NoteKeyword(ItemBase):
    tag = models.ForeignKey(Keyword, on_delete=models.CASCADE, related_name="tagged_notes")
    content_object = ParentalKey("library.ThematicNotePage", on_delete=models.CASCADE, related_name="keyword_items")


class ThematicNotePage(BasePage):
    authors = models.CharField(
        _("authors"), max_length=500, blank=True, help_text=_("Names separated by commas, as they appear on the note.")
    )
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("For a year or a month only, pick the first day; the precision says what is known."),
    )
    publication_precision = models.CharField(
        _("publication date precision"),
        max_length=8,
        choices=[(c.value, c.label) for c in DatePrecision if c != DatePrecision.UNKNOWN],
        default=DatePrecision.YEAR,
    )
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    chapters = StreamField(
        [
            (
                "chapter",
                blocks.StructBlock(
                    [("title", blocks.CharBlock(label=_("Chapter title"))), ("body", ChapterBlock())],
                    label=_("Chapter"),
                    icon="doc-full",
                ),
            )
        ],
        blank=True,
        verbose_name=_("chapters"),
        help_text=_("Each chapter appears in the table of contents. Write footnote markers as [1], [2]…"),
    )
    footnotes = StreamField([("footnote", FootnoteBlock())], blank=True, verbose_name=_("footnotes"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("attached document"),
        help_text=_("The note as a PDF, offered for download."),
    )
    themes = ParentalManyToManyField(
        "initiatives.ThemePage", blank=True, related_name="notes", verbose_name=_("themes")
    )
    keywords = SourceLocaleTaggableManager(through=NoteKeyword, blank=True, verbose_name=_("keywords"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldPanel("publication_date"),
                FieldPanel("publication_precision"),
                FieldPanel("document"),
            ],
            heading=_("Publication"),
        ),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("chapters"),
        FieldPanel("footnotes"),
    ]
    classification_panels = [FieldPanel("themes"), FieldPanel("keywords")]
    edit_handler = edit_tabs((content_panels, _("Content")), (classification_panels, _("Classification")))
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("introduction"),
        TranslatableField("chapters"),
        TranslatableField("footnotes"),
        SynchronizedField("authors"),
        SynchronizedField("publisher"),
        SynchronizedField("publication_date"),
        SynchronizedField("publication_precision", overridable=False),
        SynchronizedField("document"),
        SynchronizedField("themes"),
        SynchronizedField("keyword_items"),
    ]

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []
    template = "library/thematic_note_page.html"

    def get_page_context(self, request):
        # library.listings queries the models of this app: imported once the models are loaded.
        from library.listings import note_details

        return note_details(self, request)

    class Meta:
        verbose_name = _("thematic note")
        verbose_name_plural = _("thematic notes")

    def publication_date_display(self):
        """“2010” when only the year is known, “September 2010” for a month, the full date otherwise."""
        return fuzzy_date_display(self.publication_date, self.publication_precision) if self.publication_date else ""

    def publication_date_iso(self):
        return iso_to_precision(self.publication_date, self.publication_precision) if self.publication_date else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The cached part holds titles, anchors and links; the chapters' blocks render from the page itself.
        context["chapters"] = [
            {**entry, "body": block.value["body"]}
            for entry, block in zip(context["chapters"], self.chapters, strict=True)
        ]
        return context
