"""The events app's Wagtail hooks: a theme page's next events (home.page_sections)."""

from wagtail import hooks

from home import page_sections
from initiatives.events.listings import theme_event_cards


@hooks.register(page_sections.THEME_PAGE)
def theme_events(theme, request):
    return {"event_cards": theme_event_cards(theme, request)}
