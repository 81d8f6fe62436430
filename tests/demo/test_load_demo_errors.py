"""A broken demo dataset or a failure half-way gives a clear error and leaves the database as it was."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from home.models import HomePage
from initiatives.models import Audience
from library.demo import loader
from library.demo.loader import DemoLoader

pytestmark = pytest.mark.django_db


def welcome_page():
    return Page.objects.get(depth=2, content_type__model="page")


def test_a_broken_demo_file_is_refused_with_the_importers_message_and_nothing_is_written(monkeypatch, tmp_path):
    broken = tmp_path / "note.md"
    text = loader.NOTE_FILE.read_text(encoding="utf-8")
    broken.write_text(text.replace("**Date de lancement** : 2009", "**Date de lancement** : l'an dernier", 1),
                      encoding="utf-8")  # fmt: skip
    monkeypatch.setattr(loader, "NOTE_FILE", broken)
    with pytest.raises(CommandError, match="Nothing was loaded: .*“l'an dernier” is not a date"):
        call_command("load_demo")
    assert not HomePage.objects.exists() and not Audience.objects.exists()


def test_a_failure_half_way_rolls_everything_back(monkeypatch):
    welcome = welcome_page()

    def broken(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(DemoLoader, "load_organisations", broken)  # after the vocabularies, the indexes, the themes
    with pytest.raises(RuntimeError, match="disk full"):
        call_command("load_demo")
    assert not HomePage.objects.exists() and not Audience.objects.exists()
    assert welcome_page() == welcome and Site.objects.get(is_default_site=True).root_page_id == welcome.pk
