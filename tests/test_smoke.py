from django.core.management import call_command
from wagtail.models import Locale


def test_three_locales_exist(db):
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "es", "fr"]


def test_models_have_migrations(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
