"""The library's Wagtail hooks: the notes and references the home, theme and initiative pages show
(home.page_sections)."""

from wagtail import hooks

from home import page_sections
from library import listings

hooks.register(page_sections.HOME_PAGE, listings.home_sections)
hooks.register(page_sections.THEME_PAGE, listings.theme_sections)
hooks.register(page_sections.INITIATIVE_PAGE, listings.initiative_sections)
