"""Take-part URLs, translated per language under i18n_patterns."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from initiatives.contributions import views

app_name = "contributions"
urlpatterns = [
    path(_("propose-an-initiative/"), views.propose, name="propose"),
    path(_("propose-an-initiative/thanks/"), views.thanks, name="thanks"),
    path(_("initiatives/<int:page_id>/correction/"), views.correct, name="correct"),
    path(_("initiatives/<int:page_id>/contact/"), views.contact, name="contact"),
]
