"""Frontend login for partners (translated paths under i18n_patterns; French msgstr “connexion/”)."""

from django.contrib.auth import views as auth_views
from django.urls import path
from django.utils.translation import gettext_lazy as _

urlpatterns = [
    path(_("login/"), auth_views.LoginView.as_view(redirect_authenticated_user=False), name="login"),
    path(_("logout/"), auth_views.LogoutView.as_view(), name="logout"),
]
