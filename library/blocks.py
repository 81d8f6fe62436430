"""Blocks of a thematic note's chapters: initiative lists and footnotes that point to references."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import BodyBlock


class InitiativeListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)
    initiatives = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="initiatives.InitiativePage"), label=_("Initiatives")
    )

    class Meta:
        icon = "list-ul"
        label = _("List of initiatives")
        template = "components/initiative_list_block.html"


class ChapterBlock(BodyBlock):
    initiatives = InitiativeListBlock()

    class Meta:
        label = _("Chapters")


class FootnoteBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("Number"), max_length=8, help_text=_("The marker used in the text, e.g. 3 for “[3]”.")
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])
    reference = blocks.PageChooserBlock(page_type="library.ReferencePage", required=False, label=_("Reference"))

    class Meta:
        icon = "info-circle"
        label = _("Footnote")
