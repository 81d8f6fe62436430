"""The blocks of a letter issue: a section heading and the pages it relays (pre-filled, then edited freely)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class LetterSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=255)
    pages = blocks.ListBlock(blocks.PageChooserBlock(label=_("Page")), label=_("Pages"))

    class Meta:
        icon = "list-ul"
        label = _("Section of published pages")


class LetterBodyBlock(blocks.StreamBlock):
    section = LetterSectionBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=["bold", "italic", "link"])

    class Meta:
        label = _("Content")
