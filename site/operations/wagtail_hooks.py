"""The administrators' personal-data view: export or erase what the site keeps about one e-mail address."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from operations.admin_views import personal_data_view


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [path("personal-data/", personal_data_view, name="operations_personal_data")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def personal_data_menu_item():
    return SuperuserMenuItem(_("Personal data"), reverse("operations_personal_data"), icon_name="user", order=900)
