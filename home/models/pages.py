"""The home page, plain pages (such as the partners' space) and editorial articles."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import page_sections
from home.blocks import RICH_TEXT_FEATURES, BodyBlock, LinkBlock
from home.keyword_tagging import SourceLocaleTaggableManager
from home.models.base import BasePage, SectionIndexPage
from home.models.keywords import Keyword
from home.panels import edit_tabs
from home.routing import DirectRouteMixin


class HomePage(DirectRouteMixin, BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    featured_themes = ParentalManyToManyField(
        "initiatives.ThemePage",
        blank=True,
        related_name="+",
        verbose_name=_("featured themes"),
        help_text=_("Themes shown first on the home page; all themes are listed when empty."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("featured_themes"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("introduction"),
        SynchronizedField("featured_themes"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "home/home_page.html"

    def get_page_context(self, request):
        """Themes, latest initiatives, notes and references: contributed by the apps that own them."""
        return page_sections.sections_from_apps(page_sections.HOME_PAGE, self, request)

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A plain page under the home page: about, legal notice, the partners' space…"""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    template = "home/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


class ArticleIndexPage(SectionIndexPage):
    subpage_types = ["home.ArticlePage"]
    template = "home/article_index_page.html"

    def get_page_context(self, request):
        # home.articles queries the models of this app: imported once the models are loaded.
        from home.articles import article_index_listing

        return article_index_listing(self, request)

    class Meta:
        verbose_name = _("article index")


class ArticleKeyword(ItemBase):
    tag = models.ForeignKey(Keyword, on_delete=models.CASCADE, related_name="tagged_articles")
    content_object = ParentalKey("home.ArticlePage", on_delete=models.CASCADE, related_name="keyword_items")


class Licence(models.TextChoices):
    CC_BY = "cc-by", "Creative Commons BY 4.0"
    CC_BY_SA = "cc-by-sa", "Creative Commons BY-SA 4.0"
    CC_BY_NC = "cc-by-nc", "Creative Commons BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa", "Creative Commons BY-NC-SA 4.0"
    CC_BY_ND = "cc-by-nd", "Creative Commons BY-ND 4.0"
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


class ArticlePage(BasePage):
    author = models.CharField(_("author"), max_length=255, blank=True)
    date = models.DateField(_("publication date"), null=True, blank=True)
    licence = models.CharField(
        _("licence"), max_length=32, choices=Licence.choices, default=Licence.CC_BY_SA, blank=True
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    more_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("to know more"),
        help_text=_("Links to further reading shown at the end of the article."),
    )
    themes = ParentalManyToManyField(
        "initiatives.ThemePage", blank=True, related_name="articles", verbose_name=_("themes")
    )
    keywords = SourceLocaleTaggableManager(through=ArticleKeyword, blank=True, verbose_name=_("keywords"))

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("author"), FieldPanel("date"), FieldPanel("licence")], heading=_("Publication")),
        FieldPanel("body"),
        FieldPanel("more_links"),
    ]
    classification_panels = [FieldPanel("themes"), FieldPanel("keywords")]
    edit_handler = edit_tabs((content_panels, _("Content")), (classification_panels, _("Classification")))
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        TranslatableField("more_links"),
        SynchronizedField("author"),
        SynchronizedField("date"),
        SynchronizedField("licence"),
        SynchronizedField("themes"),
        SynchronizedField("keyword_items"),
    ]

    parent_page_types = ["home.ArticleIndexPage"]
    subpage_types = []
    template = "home/article_page.html"

    class Meta:
        verbose_name = _("article")
