"""Page type rules: editors cannot build an invalid tree on any site."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from blog.models import BlogIndexPage, BlogPage, NewsIndexPage, NewsPage
from board.models import BulletinBoardPage
from events.models import EventCalendarPage, EventPage
from home.models import NationalHomePage, StandardPage
from members.models import DirectoryPage
from municipalities.models import MunicipalityHomePage, MunicipalityIndexPage
from practices.models import (
    InstrumentIndexPage,
    InstrumentPage,
    PracticeExamplePage,
    PracticeIndexPage,
)
from tests.factories import municipality


class PageTypeRulesTests(WagtailPageTestCase):
    def test_national_home_only_under_root(self):
        self.assertAllowedParentPageTypes(NationalHomePage, {Page})
        self.assertCanNotCreateAt(NationalHomePage, NationalHomePage)
        self.assertCanNotCreateAt(MunicipalityHomePage, NationalHomePage)

    def test_national_home_children(self):
        self.assertAllowedSubpageTypes(
            NationalHomePage,
            {
                StandardPage,
                MunicipalityIndexPage,
                NewsIndexPage,
                BlogIndexPage,
                PracticeIndexPage,
                InstrumentIndexPage,
                EventCalendarPage,
                BulletinBoardPage,
                DirectoryPage,
            },
        )

    def test_municipality_index_only_under_national_home(self):
        self.assertAllowedParentPageTypes(MunicipalityIndexPage, {NationalHomePage})
        self.assertAllowedSubpageTypes(MunicipalityIndexPage, {MunicipalityHomePage})

    def test_municipality_home_only_under_the_index(self):
        self.assertAllowedParentPageTypes(MunicipalityHomePage, {MunicipalityIndexPage})
        self.assertAllowedSubpageTypes(
            MunicipalityHomePage,
            {
                StandardPage,
                NewsIndexPage,
                BlogIndexPage,
                PracticeIndexPage,
                EventCalendarPage,
                BulletinBoardPage,
                DirectoryPage,
            },
        )
        self.assertCanNotCreateAt(MunicipalityHomePage, MunicipalityHomePage)
        # Instruments are national only.
        self.assertCanNotCreateAt(MunicipalityHomePage, InstrumentIndexPage)

    def test_standard_page_placement(self):
        self.assertAllowedParentPageTypes(
            StandardPage, {NationalHomePage, StandardPage, MunicipalityHomePage}
        )
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, MunicipalityIndexPage)

    def test_articles_only_in_their_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedParentPageTypes(PracticeExamplePage, {PracticeIndexPage})
        self.assertAllowedParentPageTypes(InstrumentPage, {InstrumentIndexPage})
        for leaf in (NewsPage, BlogPage, PracticeExamplePage, InstrumentPage):
            self.assertAllowedSubpageTypes(leaf, set())
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertCanNotCreateAt(NewsIndexPage, BlogPage)

    def test_one_index_of_a_kind_per_site(self):
        # A provisioned site with its sections has its news index; a second one cannot be added.
        home = municipality("alkmaar")
        self.assertFalse(NewsIndexPage.can_create_at(home))
        self.assertFalse(PracticeIndexPage.can_create_at(home))

    def test_generic_wagtail_page_cannot_be_created(self):
        self.assertFalse(Page.is_creatable)

    def test_events_only_in_a_calendar(self):
        self.assertAllowedParentPageTypes(
            EventCalendarPage, {NationalHomePage, MunicipalityHomePage}
        )
        self.assertAllowedSubpageTypes(EventCalendarPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventCalendarPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_one_board_per_site(self):
        self.assertAllowedParentPageTypes(
            BulletinBoardPage, {NationalHomePage, MunicipalityHomePage}
        )
        self.assertAllowedSubpageTypes(BulletinBoardPage, set())
