"""Views that are not Wagtail pages (search) still offer the other languages, keeping the query."""


def test_search_page_links_to_the_same_search_in_every_language(site_tree, client):
    html = client.get("/en/search/?q=health").content.decode()
    assert 'hreflang="es" href' not in html  # alternates are in the switcher, not <link> tags
    assert 'href="/en/search/?q=health" lang="en" hreflang="en" aria-current="true"' in html
    assert (
        'lang="es" hreflang="es"' in html
        and "?q=health" in html.split('lang="es" hreflang="es"')[0].rsplit("href=", 1)[1]
    )
