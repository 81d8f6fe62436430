"""A broken demo dataset or a failure half-way gives a clear error and leaves the database as it was."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from home.models import HomePage
from initiatives.models import Audience
from library.demo.initiatives_c import INITIATIVES_C
from library.demo.loader import DemoLoader

pytestmark = pytest.mark.django_db


def welcome_page():
    return Page.objects.get(depth=2, content_type__model="page")


def test_inconsistent_data_is_refused_before_anything_is_written(monkeypatch):
    monkeypatch.setitem(INITIATIVES_C[0], "organisations", [("nowhere", "carrier")])
    with pytest.raises(CommandError, match="initiative 19: unknown organisation 'nowhere'"):
        call_command("load_demo")
    assert not HomePage.objects.exists() and not Audience.objects.exists()


def test_a_failure_half_way_rolls_everything_back(monkeypatch):
    welcome = welcome_page()

    def broken(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(DemoLoader, "load_themes", broken)  # after the vocabularies, the home page and indexes
    with pytest.raises(RuntimeError, match="disk full"):
        call_command("load_demo")
    assert not HomePage.objects.exists() and not Audience.objects.exists()
    assert welcome_page() == welcome and Site.objects.get(is_default_site=True).root_page_id == welcome.pk
