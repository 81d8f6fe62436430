from django.apps import AppConfig


class TranslatorsConfig(AppConfig):
    """The translators' dashboard (app label `translators`): what is missing or out of date in each language.

    Its own app because it reads the theme pages of `initiatives` to filter the backlog: above the content apps,
    not in `home`, which they all build on.
    """

    name = "home.translators"
    label = "translators"
