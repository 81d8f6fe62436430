"""Words of wagtail-localize's translation editor, corrected for French and Spanish translators.

wagtail-localize 1.14:
- writes a segment's "Translated manually on {date}" with `strftime("%-d %B %Y")`, whose month name follows the
  C library's locale, not the translator's language: "Traduit manuellement le 1 December 2026". `install()`
  (called from `home.apps.HomeConfig.ready`) replaces `StringTranslation.get_comment` by the same three messages
  with the date formatted by Django in the active language ("1 décembre 2026", "1 de diciembre de 2026").
- translates "Locales" as "Régions" in French (the submit-translation form's field, "Régions*"): the project's
  catalogues, which come first, give "Langues" / "Idiomas". The msgids are marked below so makemessages keeps them.
- loses the space of the JavaScript "Publish in " ("Publier dansEspañol"): the project's djangojs catalogues
  (locale/{fr,es}/LC_MESSAGES/djangojs.po, merged over wagtail-localize's by Django's JavaScriptCatalog) fix it.

Not patchable here: the editor's "Français to Español translation" heading is an English template literal in
wagtail-localize's compiled JavaScript, outside gettext (to report upstream).

Remove the date part when wagtail-localize formats these dates itself (tests/translation/test_editor_strings.py's
`test_upstream_still_formats_comment_dates_with_strftime` fails on that day), and the catalogue entries when its
French and Spanish catalogues read right.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtail_localize.models import StringTranslation

UPSTREAM_CATALOGUE_OVERRIDES = [
    gettext_noop("Locales"),
    gettext_noop("{} locales"),
    gettext_noop("All child pages will be created."),  # fr: « crées » for « créées »
]

upstream_get_comment = StringTranslation.get_comment


def translator_date(value):
    return formats.date_format(timezone.localtime(value) if timezone.is_aware(value) else value, "DATE_FORMAT")


def get_comment(self):
    """The upstream messages, with the date in the translator's language."""
    date = translator_date(self.updated_at)
    if self.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=self.tool_name, date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def install():
    StringTranslation.get_comment = get_comment
