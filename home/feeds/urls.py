"""Feed addresses under the language prefix: /feed/, /rss/, /atom/ (everything new), /feeds/<section>.<rss|atom>,
/feeds/themes/<code>.<rss|atom> and /feeds/search.<rss|atom>?<search parameters>."""

from django.urls import path

from home.feeds import views

app_name = "feeds"
urlpatterns = [
    path("feed/", views.view(views.LatestFeed), {"fmt": "rss"}, name="latest_rss"),
    path("rss/", views.view(views.LatestFeed), {"fmt": "rss"}),
    path("atom/", views.view(views.LatestFeed), {"fmt": "atom"}, name="latest_atom"),
    path("feeds/search.<str:fmt>", views.view(views.SearchFeed), name="search"),
    path("feeds/themes/<slug:code>.<str:fmt>", views.view(views.ThemeFeed), name="theme"),
    path("feeds/<slug:section>.<str:fmt>", views.view(views.SectionFeed), name="section"),
]
