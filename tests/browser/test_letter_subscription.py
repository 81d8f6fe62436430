"""A visitor subscribes to « Le courrier » in Spanish, confirms from the e-mail, then unsubscribes, in Chromium."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.models import Locale

from library.letter.models import Delivery, Subscriber
from library.letter.tasks import send_issue
from tests.conftest import SiteTree
from tests.follow.conftest import FollowSite
from tests.follow.test_letter import publish_issue

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def link_in(message, kind):
    return re.search(rf"https?://\S+/{kind}/\S+/", message.body).group(0)


def test_subscribe_confirm_and_unsubscribe(browser, live_server, settings):  # noqa: F811
    settings.WAGTAILADMIN_BASE_URL = live_server.url  # the links in the messages point at this server
    for code in ("fr", "en", "es"):
        Locale.objects.get_or_create(language_code=code)
    site = FollowSite(SiteTree())
    page = browser.new_page()

    page.goto(f"{live_server.url}{site.letters.url}")
    page.locator(f"main a[href='{reverse('letter:subscribe')}']").first.click()
    page.get_by_label(gettext("Your e-mail address")).fill("lectora@example.org")
    page.get_by_label(gettext("Language of the letter")).select_option("es")
    page.locator("main form button[type=submit]").click()
    page.get_by_role("status").wait_for()
    assert "lectora@example.org" in page.get_by_role("status").inner_text()
    assert not Subscriber.objects.exists()  # nothing kept before the confirmation

    (confirmation,) = mail.outbox
    page.goto(link_in(confirmation, "confirm"))
    page.locator("main form button").click()
    page.get_by_role("status").wait_for()
    assert Subscriber.objects.get().language == "es"

    delivery = Delivery.objects.create(issue=publish_issue(site))
    send_issue.enqueue(delivery.pk)
    letter = mail.outbox[-1]
    assert letter.to == ["lectora@example.org"]
    page.goto(link_in(letter, "unsubscribe"))
    assert page.url.startswith(f"{live_server.url}/es/")
    page.locator("main form button").click()
    page.get_by_role("status").wait_for()
    assert "lectora@example.org" in page.get_by_role("status").inner_text()
    assert not Subscriber.objects.exists()
