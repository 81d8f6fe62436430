"""The translators' dashboard in the admin: its URL and its menu item (shown to those who may translate)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.translators import keywords
from home.translators import views as translator_views


@hooks.register("register_admin_urls")
def register_translators_dashboard_url():
    return [path("translations-to-do/", translator_views.dashboard, name="translators_dashboard")]


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(translator_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_translators_dashboard_menu_item():
    return TranslatorsMenuItem(
        _("Translations to do"),
        reverse("translators_dashboard"),
        name="translators-dashboard",
        icon_name="wagtail-localize-language",
        order=260,
    )


@hooks.register("before_edit_page", order=-1)
def warn_translators_of_french_keywords(request, page):
    """Runs before wagtail-localize's hook, which answers with the translation editor for a translated page."""
    if request.method == "GET":
        keywords.warn_of_french_keywords(request, page)
