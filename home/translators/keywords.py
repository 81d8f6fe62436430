"""The warning a translator reads in the translation editor while the page's keywords still show in French."""

from django.contrib import messages
from django.utils.translation import ngettext
from wagtail.models import Locale

from home.models import Keyword


def untranslated_keywords(page):
    """The keywords of a translated page with no translation in its language (visitors read them in French)."""

    if not hasattr(page, "keywords") or page.locale_id == Locale.get_default().pk:
        return []
    keywords = list(page.keywords.all())
    translated = set(
        Keyword.objects.filter(
            translation_key__in=[keyword.translation_key for keyword in keywords], locale_id=page.locale_id
        ).values_list("translation_key", flat=True)
    )
    return [keyword for keyword in keywords if keyword.translation_key not in translated]


def warn_of_french_keywords(request, page):
    """Adds the warning on the editor's page (and so after each publish, which shows the editor again)."""
    keywords = untranslated_keywords(page)
    if not keywords:
        return
    messages.warning(
        request,
        ngettext(
            "%(count)s keyword of this page has no translation in %(language)s and shows in French: "
            "%(keywords)s. Translate it from “Translations to do”, section “Taxonomies”.",
            "%(count)s keywords of this page have no translation in %(language)s and show in French: "
            "%(keywords)s. Translate them from “Translations to do”, section “Taxonomies”.",
            len(keywords),
        )
        % {
            "count": len(keywords),
            "language": page.locale.get_display_name(),
            "keywords": ", ".join(keyword.name for keyword in keywords),
        },
    )
