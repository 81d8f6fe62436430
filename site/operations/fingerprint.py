"""What a visitor would see of the site, reduced to comparable hashes: to check a restore or an upgrade changed nothing.

Every live, public page in every locale is rendered anonymously; the text of its <main> is hashed (markup, nonces
and tokens aside). A few searches in each language record their hit URLs in order.
"""

import hashlib
import re
from html.parser import HTMLParser

from django.test import Client
from wagtail.models import Page

from operations.manifest import manifest_counts

SEARCHES = {"fr": ["numérique", "santé", "cyberbus"], "en": ["digital", "health"], "es": ["digital", "salud"]}


class _MainText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "main" or self.depth:
            self.depth += 1 if tag not in {"br", "img", "input", "meta", "link", "hr", "source", "wbr"} else 0

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def main_text(html):
    parser = _MainText()
    parser.feed(html)
    return re.sub(r"\s+", " ", " ".join(parser.parts)).strip()


def site_fingerprint():
    client = Client(HTTP_HOST="localhost")
    pages = {}
    for page in Page.objects.live().public().exclude(depth=1).specific().order_by("path", "locale_id"):
        url = page.get_url()
        if not url:
            continue
        response = client.get(url)
        text = main_text(response.content.decode()) if response.status_code == 200 else ""
        pages[url] = f"{response.status_code}:{hashlib.sha1(text.encode()).hexdigest()}"
    searches = {}
    for language, queries in SEARCHES.items():
        for query in queries:
            data = client.get("/api/search/", {"q": query, "lang": language}).json()
            searches[f"{language}:{query}"] = [hit.get("url") for hit in data.get("results", data.get("hits", []))]
    return {"counts": manifest_counts(), "pages": pages, "searches": searches}
