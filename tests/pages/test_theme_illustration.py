"""A theme editors create after the seven (a code without its drawing) shows the default illustration: its
listings never point to a static file that does not exist (a 500 under the production manifest storage)."""

import pytest

from initiatives.factories import ThemePageFactory
from initiatives.models.themes import theme_illustration

pytestmark = pytest.mark.django_db


def test_a_new_theme_shows_the_default_illustration_on_every_listing(client, sample_site):
    new = ThemePageFactory(parent=sample_site.tree.themes, title="Sobriété numérique", code="sobriete", number=8)
    assert theme_illustration("sante-prevention") == "illustrations/themes/sante-prevention.svg"  # one of the seven
    assert new.illustration == "illustrations/themes/default.svg"
    for url in (sample_site.tree.themes.url, sample_site.tree.home.url, new.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "illustrations/themes/sobriete.svg" not in response.content.decode()
