"""Editors create an agenda, an event and a letter issue through the real admin forms."""

import datetime

from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from initiatives.events.factories import EventIndexPageFactory
from initiatives.events.models import EventIndexPage, EventPage
from initiatives.factories import InitiativePageFactory, OrganisationPageFactory, ThemePageFactory
from library.letter.factories import LetterIndexPageFactory
from library.letter.models import LetterIndexPage, LetterIssuePage
from tests.sample_site import SiteTree


class AdminFormTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = SiteTree()
        cls.theme = ThemePageFactory(parent=cls.tree.themes, title="Entraide numérique", code="entraide")
        cls.organisation = OrganisationPageFactory(parent=cls.tree.organisations, title="Communautique")
        cls.initiative = InitiativePageFactory(parent=cls.tree.initiatives, title="Le Cyberbus")
        cls.initiative.save_revision().publish()

    def setUp(self):
        self.client.force_login(get_user_model().objects.create_superuser("editor", "e@example.org", "pw"))

    def test_indexes_are_created_under_the_home_page(self):
        for model, title in ((EventIndexPage, "Agenda"), (LetterIndexPage, "Le courrier")):
            data = {"title": title, "summary": "", "introduction": rich_text("<p>Intro</p>")}
            self.assertCanCreate(self.tree.home, model, nested_form_data(data))

    def test_an_event_with_its_time_zone_and_relations(self):
        agenda = EventIndexPageFactory(parent=self.tree.home)
        data = nested_form_data(
            {
                "title": "Rencontre de Québec",
                "summary": "Une rencontre.",
                "start_date": "2027-05-14",
                "start_time": "09:00",
                "end_date": "",
                "end_time": "17:00",
                "time_zone": "America/Toronto",
                "place": "Université Laval",
                "town": "Québec",
                "online_url": "",
                "registration_url": "https://example.org/inscription",
                "body": streamfield([]),
            }
        )
        relations = {
            "organisers": [self.organisation.pk],
            "themes": [self.theme.pk],
            "related_initiatives": [self.initiative.pk],
        }
        self.assertCanCreate(agenda, EventPage, {**data, **relations})
        event = EventPage.objects.get(title="Rencontre de Québec")
        assert event.starts_at.utcoffset() == datetime.timedelta(hours=-4)  # EDT in May
        assert list(event.themes.all()) == [self.theme]

    def test_an_unknown_time_zone_is_refused(self):
        agenda = EventIndexPageFactory(parent=self.tree.home)
        url = f"/admin/pages/add/events/eventpage/{agenda.pk}/"
        data = nested_form_data(
            {
                "title": "X",
                "summary": "",
                "start_date": "2027-05-14",
                "time_zone": "Mars/Olympus",
                "body": streamfield([]),
            }
        )
        response = self.client.post(url, {**data, "slug": "x"})
        assert response.status_code == 200 and not EventPage.objects.filter(title="X").exists()

    def test_a_letter_issue_is_prefilled_with_what_was_published(self):
        letters = LetterIndexPageFactory(parent=self.tree.home)
        data = nested_form_data(
            {"title": "Numéro 1", "summary": "", "number": "0", "introduction": rich_text("<p>Bonjour</p>")}
        )
        data.update(nested_form_data({"body": streamfield([])}))
        self.assertCanCreate(letters, LetterIssuePage, data)
        issue = LetterIssuePage.objects.get(title="Numéro 1")
        assert issue.number == 1
        assert [page.title for block in issue.body for page in block.value["pages"]] == ["Le Cyberbus"]
