"""The privacy page, under the language prefixes (/confidentialite/, /en/privacy/, /es/privacidad/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from operations import views

urlpatterns = [path(_("privacy/"), views.privacy, name="privacy")]
