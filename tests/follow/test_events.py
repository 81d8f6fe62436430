"""The agenda, event pages and their iCalendar files, read back with the icalendar parser."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar

from home.models import PARTNERS_GROUP
from search.documents import documents_for_group

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_agenda_lists_upcoming_then_past_events_with_filters(client, follow_site):
    html = client.get(follow_site.agenda.url).content.decode()
    assert html.index("Rencontre de Québec") < html.index("Séminaire")
    assert "Rencontre régionale passée" not in html
    past = client.get(follow_site.agenda.url, {"when": "past"}).content.decode()
    assert "Rencontre régionale passée" in past and "Rencontre de Québec" not in past
    by_theme = client.get(follow_site.agenda.url, {"theme": "sante"}).content.decode()
    assert "Séminaire" in by_theme and "Rencontre de Québec" not in by_theme
    by_place = client.get(follow_site.agenda.url, {"place": "Québec"}).content.decode()
    assert "Rencontre de Québec" in by_place and "Séminaire" not in by_place


def test_event_page_shows_when_where_and_its_relations(client, follow_site):
    html = client.get(follow_site.quebec.url).content.decode()
    assert "America/Toronto" in html and "Université Laval" in html
    assert "Communautique" in html and "Le Cyberbus" in html
    assert reverse("events:event_ics", args=[follow_site.quebec.pk]) in html


def test_event_ics_keeps_the_local_time_and_its_zone(client, follow_site):
    calendar = parse(client.get(reverse("events:event_ics", args=[follow_site.quebec.pk])))
    (event,) = calendar.walk("VEVENT")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start.tzinfo is not None and str(event["dtstart"].params["TZID"]) == "America/Toronto"
    day = follow_site.quebec.start_date
    expected = datetime.datetime.combine(day, datetime.time(9), tzinfo=zoneinfo.ZoneInfo("America/Toronto"))
    assert start == expected  # the same instant, whatever the reader's zone
    assert start.astimezone(UTC).hour in (13, 14)  # 9:00 in Québec is 13:00 or 14:00 UTC (summer or winter)
    assert end - start == datetime.timedelta(hours=8, minutes=30)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/Toronto"]
    assert str(event["location"]) == "Université Laval, Québec"


def test_all_day_events_are_dates_with_an_exclusive_end(client, follow_site):
    calendar = parse(client.get(reverse("events:event_ics", args=[follow_site.seminar.pk])))
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == follow_site.seminar.start_date
    assert event.decoded("dtend") == follow_site.seminar.end_date + datetime.timedelta(days=1)


def test_calendar_feed_per_theme_and_language(client, follow_site, translate):
    translate(follow_site.agenda, "en")
    translate(follow_site.quebec, "en", title="Quebec meeting")
    calendar = parse(client.get(reverse("events:agenda_ics")))
    titles = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert titles == {"Rencontre de Québec", "Séminaire", "Rencontre régionale passée"}
    with translation.override("en"):
        url = reverse("events:agenda_ics")
    assert url.startswith("/en/")
    english = parse(client.get(url, {"theme": "acces"}))
    events = {str(e["summary"]): e for e in english.walk("VEVENT")}
    assert set(events) == {"Quebec meeting", "Rencontre régionale passée"}
    assert events["Quebec meeting"]["summary"].params["LANGUAGE"] == "en"
    assert events["Rencontre régionale passée"]["summary"].params["LANGUAGE"] == "fr"  # a French original
    past = events["Rencontre régionale passée"].decoded("dtstart")
    assert past.tzinfo is not None and past.utcoffset() in (datetime.timedelta(hours=1), datetime.timedelta(hours=2))
    assert client.get(url, {"theme": "inconnu"}).status_code == 404


def test_partner_only_events_stay_hidden(client, follow_site, django_user_model):
    follow_site.restrict(follow_site.seminar)
    assert "Séminaire" not in client.get(follow_site.agenda.url).content.decode()
    titles = {str(e["summary"]) for e in parse(client.get(reverse("events:agenda_ics"))).walk("VEVENT")}
    assert "Séminaire" not in titles
    assert client.get(reverse("events:event_ics", args=[follow_site.seminar.pk])).status_code == 404
    partner = django_user_model.objects.create_user("p", "p@example.org", "a-long-password-123")
    partner.groups.add(Group.objects.get(name=PARTNERS_GROUP))
    client.force_login(partner)
    assert client.get(reverse("events:event_ics", args=[follow_site.seminar.pk])).status_code == 200


def test_events_are_search_documents_with_a_date(follow_site):
    (document, *_others) = documents_for_group(follow_site.quebec.translation_key)
    assert document["type"] == ["event"]
    assert document["published_year"] == follow_site.quebec.start_date.year
    assert document["theme"] == ["acces"]
    assert document["organisation"] == ["communautique"]


def test_theme_pages_show_their_upcoming_events(client, follow_site):
    html = client.get(follow_site.access.url).content.decode()
    assert "Rencontre de Québec" in html and "Rencontre régionale passée" not in html


def test_an_event_cannot_end_before_it_starts(follow_site):
    from django.core.exceptions import ValidationError

    event = follow_site.quebec
    event.end_date = event.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        event.full_clean()
