"""The sitemap index and the sitemaps it names give one origin: the Site record's, whatever host was asked."""

import re

import pytest
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_index_and_sitemaps_share_the_site_records_origin(client, sample_site):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "centre.example.org", 443
    site.save()
    index = client.get("/sitemap.xml", HTTP_HOST="testserver")
    assert index.status_code == 200 and index["Content-Type"].startswith("application/xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", index.content.decode())
    assert locations == [f"https://centre.example.org/sitemap-{code}.xml" for code in ("fr", "en", "es")]
    pages = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap-fr.xml", HTTP_HOST="testserver").content.decode())
    assert pages and all(url.startswith("https://centre.example.org/") for url in pages)
