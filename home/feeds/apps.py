from django.apps import AppConfig


class FeedsConfig(AppConfig):
    """RSS and Atom feeds of the site, its sections, themes and searches (app label `feeds`).

    Its own app because a feed lists every content type and runs searches: it sits above the content apps and
    `search`, not in `home`, which they all build on.
    """

    name = "home.feeds"
    label = "feeds"
