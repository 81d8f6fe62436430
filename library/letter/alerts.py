"""Followed searches: the e-mail alert sent with each issue (the letter's cadence), and the opt-in message."""

from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from library.letter.emails import absolute, message, render_pair, unsubscribe_url
from library.letter.models import SearchAlert
from library.letter.tokens import confirmation_token
from search.searches import SearchParameterError, request_from_params, run_search

ALERT_HITS = 50


def new_hits(query_string, language, since):
    """Public hits of a followed search whose page was first published after `since` (newest first)."""
    params = QueryDict(query_string, mutable=True)
    params.pop("page", None)
    params["sort"], params["page_size"] = "newest", str(ALERT_HITS)
    try:
        response = run_search(request_from_params(params, language=language))
    except SearchParameterError:
        return []
    ids = [hit.page_id for hit in response.hits]
    fresh = Page.objects.filter(pk__in=ids)
    if since:
        fresh = fresh.filter(first_published_at__gt=since)
    fresh = set(fresh.values_list("pk", flat=True))
    return [
        {"title": hit.title, "url": absolute(hit.url) if hit.url.startswith("/") else hit.url, "lang": hit.untranslated}
        for hit in response.hits
        if hit.page_id in fresh
    ]


def search_url(query_string, language):
    with translation.override(language):
        return absolute(f"{reverse('search:search')}?{query_string}")


def send_alerts(since):
    """One message per followed search that has new results; returns how many were sent."""
    sent = 0
    for alert in SearchAlert.objects.select_related("subscriber").order_by("pk"):
        subscriber = alert.subscriber
        hits = new_hits(alert.query_string, subscriber.language, since)
        if not hits:
            continue
        with translation.override(subscriber.language):
            html, text = render_pair(
                "alert",
                {"hits": hits, "search_url": search_url(alert.query_string, subscriber.language)},
            )
            subject = gettext("New results for a search you follow")
        unsubscribe = unsubscribe_url(subscriber.email, subscriber.language)
        message(subject, html, text, subscriber.email, unsubscribe).send(fail_silently=True)
        sent += 1
    return sent


def confirmation_message(email, language, alert=""):
    with translation.override(language):
        url = absolute(reverse("letter:confirm", args=[confirmation_token(email, language, alert)]))
        context = {"confirm_url": url, "alert_url": search_url(alert, language) if alert else ""}
        html, text = render_pair("confirm", context)
        subject = gettext("Please confirm your subscription") if not alert else gettext("Please confirm your alert")
    return message(subject, html, text, email)
