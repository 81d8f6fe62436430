"""Restricted pages with marker words, beside a generated public site: the material of the leak battery.

Every restricted title and slug contains MARKER; their summaries contain SEARCH_WORD (what a visitor would type,
so the query's echo on a search page never counts as a leak). They are reserved to Partenaires directly, through
a restricted ancestor, to another group (Rédaction) and by password, and are linked from public pages: a public
initiative's related references, a public note's chapter block and footnote, shared themes and organisations.
"""

import json
import uuid
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.factories import KeywordFactory, StandardPageFactory
from home.models import PARTNERS_GROUP
from home.permissions import EDITORS_GROUP
from initiatives.factories import InitiativePageFactory
from initiatives.models import InitiativeOrganisation, OrganisationRole
from library.factories import ReferencePageFactory, ThematicNotePageFactory

MARKER = "zorglub"
SEARCH_WORD = "secretissime"


@dataclass
class Secrets:
    partners: dict = field(default_factory=dict)  # name -> page a Partenaires member may see
    others: dict = field(default_factory=dict)  # name -> page nobody outside Rédaction (or with the password) sees
    public_note: object = None
    keyword: object = None

    @property
    def pages(self):
        return {**self.partners, **self.others}


def restrict(page, kind=PageViewRestriction.GROUPS, group=None):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password="mot-de-passe-1")
    if group:
        restriction.groups.set([Group.objects.get(name=group)])
    return restriction


def _initiative(site, parent, name):
    page = InitiativePageFactory(
        parent=parent, title=f"Initiative {MARKER.title()} {name}", slug=f"{MARKER}-{name}", summary=SEARCH_WORD
    )
    page.themes.set([site.themes[0]])
    return page


def build_secrets(site):
    secrets = Secrets()
    secrets.keyword = KeywordFactory(name=f"{MARKER}mot", slug=f"{MARKER}mot")
    direct = _initiative(site, site.tree.initiatives, "direct")
    restrict(direct, group=PARTNERS_GROUP)
    space = StandardPageFactory(parent=site.tree.home, title=f"Espace {MARKER}", slug=f"{MARKER}-espace")
    restrict(space, group=PARTNERS_GROUP)
    below = _initiative(site, space, "ancestor")
    reference = ReferencePageFactory(
        parent=site.tree.library, title=f"Rapport {MARKER.title()}", slug=f"{MARKER}-rapport", summary=SEARCH_WORD
    )
    restrict(reference, group=PARTNERS_GROUP)
    note = ThematicNotePageFactory(
        parent=site.tree.library, title=f"Note {MARKER.title()}", slug=f"{MARKER}-note", summary=SEARCH_WORD
    )
    restrict(note, group=PARTNERS_GROUP)
    editors = _initiative(site, site.tree.initiatives, "redaction")
    restrict(editors, group=EDITORS_GROUP)
    password = _initiative(site, site.tree.initiatives, "password")
    restrict(password, kind=PageViewRestriction.PASSWORD)
    secrets.partners = {"direct": direct, "ancestor": below, "reference": reference, "note": note}
    secrets.others = {"redaction": editors, "password": password}
    for page in [direct, below, editors, password, reference, note]:
        page.keywords.add(secrets.keyword)
        page.save()
    for page in [direct, editors, password]:
        InitiativeOrganisation.objects.create(
            initiative=page, organisation=site.organisations[0], role=OrganisationRole.CARRIER
        )
    public = site.initiatives[0]
    public.related_references.add(reference)
    public.save()
    secrets.public_note = _note_linking(site, [site.initiatives[1], direct, editors, password], reference)
    return secrets


def _note_linking(site, initiatives, reference):
    chapters = [
        {
            "type": "chapter",
            "id": str(uuid.uuid4()),
            "value": {
                "title": "Chapitre",
                "body": [
                    {"type": "paragraph", "id": str(uuid.uuid4()), "value": "<p>Les initiatives [1].</p>"},
                    {
                        "type": "initiatives",
                        "id": str(uuid.uuid4()),
                        "value": {"title": "", "initiatives": [page.pk for page in initiatives]},
                    },
                ],
            },
        }
    ]
    footnotes = [
        {
            "type": "footnote",
            "id": str(uuid.uuid4()),
            "value": {"number": "1", "text": "<p>Source.</p>", "reference": reference.pk},
        }
    ]
    note = ThematicNotePageFactory(
        parent=site.tree.library,
        title="Note publique",
        slug="note-publique",
        chapters=json.dumps(chapters),
        footnotes=json.dumps(footnotes),
    )
    note.themes.set([site.themes[0]])
    note.save()
    return note
