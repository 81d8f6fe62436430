"""Every page type previews in the admin's preview panel, before its first save and after, as an editor sees it:
the form posted to Wagtail's preview view, then the framed page, allowed to be framed by the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from home.models.base import BasePage
from initiatives.events.factories import EventIndexPageFactory, EventPageFactory
from library.letter.factories import LetterIndexPageFactory, LetterIssuePageFactory
from tests.pages.test_rendering import all_pages

pytestmark = pytest.mark.django_db


def every_page_type(site):
    agenda = EventIndexPageFactory(parent=site.tree.home)
    letters = LetterIndexPageFactory(parent=site.tree.home)
    pages = [
        *all_pages(site),
        agenda,
        EventPageFactory(parent=agenda),
        letters,
        LetterIssuePageFactory(parent=letters),
    ]
    concrete = {model for model in BasePage.__subclasses__() if not model._meta.abstract}
    concrete |= {sub for model in list(concrete) for sub in model.__subclasses__()}
    assert {type(page) for page in pages} >= {model for model in concrete if not model._meta.abstract}
    return pages


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("apercu", "apercu@example.org", "x"))
    return client


def edit_form_data(client, page):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    for field in page.specific_class._meta.get_fields():
        if isinstance(field, StreamField):  # rendered by the admin's script, not in the HTML: posted empty
            data.setdefault(f"{field.name}-count", "0")
    return data


def assert_previews(client, preview_url, data, title):
    answer = client.post(preview_url, data=data)
    assert answer.json() == {"is_valid": True, "is_available": True}, (preview_url, answer.content[:300])
    framed = client.get(preview_url, {"in_preview_panel": "true"})
    assert framed.status_code == 200, preview_url
    assert title in framed.content.decode()
    policy = framed["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "'none'" not in policy.split("frame-ancestors")[1].split(";")[0]


def test_every_page_type_previews_before_and_after_its_first_save(admin_client, sample_site):
    for page in every_page_type(sample_site):
        if page.depth <= 2:  # the home page is created once, with the site
            continue
        data = edit_form_data(admin_client, page)
        data["title"] = f"{page.title} (aperçu)"
        assert_previews(admin_client, reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data, "aperçu")

        parent = Page.objects.get(pk=page.get_parent().pk)
        data["slug"] = f"{page.slug}-nouvelle"
        model = page.specific_class._meta
        add_preview = reverse("wagtailadmin_pages:preview_on_add", args=[model.app_label, model.model_name, parent.pk])
        assert_previews(admin_client, add_preview, data, "aperçu")
