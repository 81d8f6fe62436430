"""What the initiative, theme and organisation pages list, with a fixed number of queries.

Every listing starts from French source pages (they carry the relations), prefetches what the cards show and
turns them into `home.listings.Card`s in the visitor's language.
"""

from urllib.parse import urlencode

from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.listings import keyword_links, make_cards, page_link, paginate, request_locale, source_pages
from home.localization import localized_label, localized_labels, localized_pages
from home.sorting import initial, sort_key
from home.visibility import public_only
from initiatives.models import InitiativeOrganisation, InitiativePage, OrganisationPage, OrganisationRole, ThemePage
from initiatives.related import related_context


def initiative_queryset(request=None):
    return source_pages(InitiativePage, request).select_related("status").prefetch_related("themes")


def initiative_facts(initiative):
    facts = []
    if initiative.launch_year:
        facts.append(str(initiative.launch_date_display()))
    facts.extend(country.name for country in initiative.countries)
    if initiative.status_id:
        facts.append(localized_label(initiative.status))
    return facts


def initiative_cards(initiatives, request=None):
    return make_cards(initiatives, request, facts=initiative_facts)


def paginated_initiatives(request, queryset=None, order=("title",)):
    """(page_obj, cards) for the requested page of initiatives."""
    queryset = initiative_queryset(request) if queryset is None else queryset
    page_obj, initiatives = paginate(request, queryset.order_by(*order))
    return page_obj, initiative_cards(initiatives, request)


def initiative_index_listing(page, request):
    page_obj, cards = paginated_initiatives(request)
    return {"initiatives_page": page_obj, "initiative_cards": cards}


def theme_listing(theme, request):
    """A theme's landing page: its initiatives (paginated) and the pre-filtered search (notes, references and
    events come from their apps: home.page_sections)."""
    key = theme.translation_key
    page_obj, cards = paginated_initiatives(request, initiative_queryset(request).filter(themes__translation_key=key))
    return {
        "initiatives_page": page_obj,
        "initiative_cards": cards,
        "search_url": f"{reverse('search:search')}?theme={theme.code}",
    }


def home_sections(home, request, latest=6):
    """The home page's themes (the featured ones, or all) and latest initiatives."""
    featured = public_only(home.featured_themes.all())
    if featured:
        theme_cards = make_cards(featured, request, with_themes=False)
    else:
        theme_cards = theme_index_listing(home, request)["theme_cards"]
    newest = F("first_published_at").desc(nulls_last=True)
    return {
        "theme_cards": theme_cards,
        "initiative_cards": initiative_cards(initiative_queryset(request).order_by(newest, "-pk")[:latest], request),
    }


def theme_index_listing(page, request):
    """The seven themes with the number of initiatives in each that the visitor may see."""
    shown = Q(initiatives__in=initiative_queryset(request).values("pk"))
    themes = (
        source_pages(ThemePage, request)
        .annotate(initiative_count=Count("initiatives", filter=shown, distinct=True))
        .order_by("number", "title")
    )
    themes = list(themes)
    cards = make_cards(
        themes,
        request,
        with_themes=False,
        facts=lambda theme: [
            ngettext("%(count)s initiative", "%(count)s initiatives", theme.initiative_count)
            % {"count": theme.initiative_count}
        ],
    )
    return {"theme_cards": cards}


def organisation_cards(organisations, request=None):
    return make_cards(
        organisations,
        request,
        with_themes=False,
        facts=lambda org: [
            fact for fact in (localized_label(org.kind) if org.kind_id else "", org.town, org.country.name) if fact
        ],
    )


def organisation_index_listing(page, request):
    """The directory: filters by kind, country and initial letter, in reading order (see home.sorting)."""
    everyone = sorted(
        source_pages(OrganisationPage, request).select_related("kind"), key=lambda org: sort_key(org.title)
    )
    chosen = {name: request.GET.get(name, "") for name in ("kind", "country", "initial")}
    tests = {
        "kind": lambda org: org.kind and org.kind.translation_key.hex == chosen["kind"],
        "country": lambda org: org.country.code == chosen["country"],
        "initial": lambda org: initial(org.title) == chosen["initial"],
    }
    shown = [org for org in everyone if all(tests[name](org) for name, value in chosen.items() if value)]
    kinds = {org.kind.translation_key.hex: localized_label(org.kind) for org in everyone if org.kind_id}
    countries = {org.country.code: org.country.name for org in everyone if org.country}
    page_obj, organisations = paginate(request, shown)
    kept = urlencode([(name, value) for name, value in chosen.items() if value])
    return {
        "organisations_page": page_obj,
        "organisation_cards": organisation_cards(organisations, request),
        "directory_filters": chosen,
        "directory_kinds": sorted(kinds.items(), key=lambda item: sort_key(item[1])),
        "directory_countries": sorted(countries.items(), key=lambda item: sort_key(item[1])),
        "directory_initials": [
            (letter, _initial_url(chosen, letter)) for letter in sorted({initial(org.title) for org in everyone})
        ],
        "directory_all_initials_url": _initial_url(chosen, ""),
        "directory_count": len(shown),
        "page_query": f"{kept}&" if kept else "",
    }


def _initial_url(chosen, letter):
    return "?" + urlencode([(n, v) for n, v in {**chosen, "initial": letter}.items() if v])


def organisation_initiatives(organisation, request):
    """[(role label, [Card])] for the initiatives an organisation carries, partners or funds."""
    links = list(
        InitiativeOrganisation.objects.filter(
            organisation__translation_key=organisation.translation_key,
            initiative__in=source_pages(InitiativePage, request),
        )
        .select_related("initiative", "initiative__status")
        .prefetch_related("initiative__themes")
        .order_by("role", "initiative__title")
    )
    initiatives = {link.initiative_id: link.initiative for link in links}
    cards = {card.source_pk: card for card in initiative_cards(initiatives.values(), request)}
    headings = {
        OrganisationRole.CARRIER: _("Initiatives it carries"),
        OrganisationRole.PARTNER: _("Initiatives it partners"),
        OrganisationRole.FUNDER: _("Initiatives it funds"),
    }
    groups = []
    for role in OrganisationRole.values:
        role_cards = [cards[link.initiative_id] for link in links if link.role == role]
        if role_cards:
            groups.append((headings[role], role_cards))
    return groups


def organisation_details(organisation, request):
    return {
        "initiative_groups": organisation_initiatives(organisation, request),
        "kind_label": localized_label(organisation.kind) if organisation.kind_id else "",
    }


def initiative_details(initiative, request):
    """Everything an initiative page shows besides its own text fields, in the visitor's language."""
    links = initiative.organisation_links.all().select_related("organisation", "organisation__kind")
    shown_organisations = {page.pk for page in public_only(link.organisation for link in links)}
    links = [link for link in links if link.organisation_id in shown_organisations]
    themes = public_only(initiative.themes.all())
    references = public_only(initiative.related_references.all())
    shown = localized_pages([link.organisation for link in links] + themes + references, request_locale(request))
    organisations = [
        {
            **page_link(shown[link.organisation.translation_key], link.organisation, initiative, request),
            "role": link.get_role_display(),
            "country": link.organisation.country,
            "kind": localized_label(link.organisation.kind) if link.organisation.kind_id else "",
        }
        for link in links
    ]
    keywords = [item.tag for item in initiative.keyword_items.all().select_related("tag")]
    return {
        **related_context(initiative, request, page_link, initiative_cards),
        "organisations": organisations,
        "theme_links": [page_link(shown[theme.translation_key], theme, initiative, request) for theme in themes],
        "reference_links": [page_link(shown[ref.translation_key], ref, initiative, request) for ref in references],
        "keyword_links": keyword_links(keywords),
        "initiative_type_labels": localized_labels(initiative.initiative_types.all()),
        "audience_labels": localized_labels(initiative.audiences.all()),
        "status_label": localized_label(initiative.status) if initiative.status_id else "",
    }
