"""The partner space's URLs, translated per language under i18n_patterns."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from home.partners import views

app_name = "partners"
urlpatterns = [
    path(_("partners/"), views.space, name="space"),
    path(_("partners/members/"), views.directory, name="directory"),
    path(_("partners/search/"), views.search, name="search"),
    path(_("partners/lists/<slug:slug>/"), views.discussion_list, name="list"),
    path(_("partners/lists/<slug:slug>/subscription/"), views.toggle_subscription, name="subscription"),
    path(_("partners/threads/<int:pk>/"), views.thread_detail, name="thread"),
]
