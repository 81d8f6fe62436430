def test_pages_render(client, sample_site, translate):
    site = sample_site
    for page in [site.tree.home, site.tree.initiatives, site.initiatives[0], site.tree.themes, site.themes[0],
                 site.tree.organisations, site.organisations[0], site.tree.library, site.notes[0], site.references[0], site.tree.articles]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    en = translate(site.initiatives[0], "en", title="Initiative EN")
    response = client.get(en.url)
    assert response.status_code == 200
    print(en.url)
    print(response.content.decode()[:6000])
