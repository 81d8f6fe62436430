"""Subscribing (double opt-in), confirming, unsubscribing (one click, RFC 8058) and following a search."""

from django.core import signing
from django.db import transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from library.letter.forms import SubscribeForm
from library.letter.models import SearchAlert, Subscriber
from library.letter.tasks import send_confirmation
from library.letter.tokens import read_confirmation, read_unsubscribe


@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The subscription form; with `?alert=<query string>` it follows that search instead."""
    initial = {"alert": request.GET.get("alert", "")}
    form = SubscribeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        # Nothing is stored yet: the address only reaches the database when its owner confirms.
        send_confirmation.enqueue(data["email"].lower(), data["language"], data["alert"])
        return render(request, "letter/subscribe_sent.html", {"email": data["email"]})
    alert = form["alert"].value() or ""
    return render(request, "letter/subscribe.html", {"form": form, "alert": alert})


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        email, language, alert = read_confirmation(token)
    except signing.BadSignature:
        return render(request, "letter/link_invalid.html", status=400)
    if request.method == "GET":  # a link checker opening the mail must not subscribe anyone
        return render(request, "letter/confirm.html", {"email": email, "alert": alert})
    with transaction.atomic():
        subscriber, created = Subscriber.objects.get_or_create(
            email=email, defaults={"language": language, "letter": not alert}
        )
        if not alert and not (created or subscriber.letter and subscriber.language == language):
            subscriber.letter, subscriber.language = True, language
            subscriber.save(update_fields=["letter", "language"])
        if alert:
            SearchAlert.objects.get_or_create(subscriber=subscriber, query_string=alert)
    return render(request, "letter/confirmed.html", {"alert": alert, "search_url": _search_url(alert)})


@csrf_exempt  # the signed token is the proof; mail clients POST "List-Unsubscribe=One-Click" without a cookie
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        email = read_unsubscribe(token)
    except signing.BadSignature:
        return render(request, "letter/link_invalid.html", status=400)
    if request.method == "GET":
        return render(request, "letter/unsubscribe.html", {"email": email})
    Subscriber.objects.filter(email=email).delete()  # its alerts go with it: nothing about the person is kept
    return render(request, "letter/unsubscribed.html", {"email": email, "message": _("You are unsubscribed.")})


def _search_url(alert):
    return f"{reverse('search:search')}?{alert}" if alert else ""
