"""Page type rules: editors cannot build an invalid tree on any site."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import NationalHomePage, StandardPage
from municipalities.models import MunicipalityHomePage, MunicipalityIndexPage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_national_home_only_under_root(self):
        self.assertAllowedParentPageTypes(NationalHomePage, {Page})
        self.assertCanNotCreateAt(NationalHomePage, NationalHomePage)
        self.assertCanNotCreateAt(MunicipalityHomePage, NationalHomePage)

    def test_national_home_children(self):
        self.assertAllowedSubpageTypes(NationalHomePage, {StandardPage, MunicipalityIndexPage})

    def test_municipality_index_only_under_national_home(self):
        self.assertAllowedParentPageTypes(MunicipalityIndexPage, {NationalHomePage})
        self.assertAllowedSubpageTypes(MunicipalityIndexPage, {MunicipalityHomePage})

    def test_municipality_home_only_under_the_index(self):
        self.assertAllowedParentPageTypes(MunicipalityHomePage, {MunicipalityIndexPage})
        self.assertAllowedSubpageTypes(MunicipalityHomePage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, MunicipalityHomePage)
        self.assertCanNotCreateAt(MunicipalityHomePage, MunicipalityHomePage)

    def test_standard_page_placement(self):
        self.assertAllowedParentPageTypes(
            StandardPage, {NationalHomePage, StandardPage, MunicipalityHomePage}
        )
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, MunicipalityIndexPage)

    def test_generic_wagtail_page_cannot_be_created(self):
        # Only our page types exist for editors; Wagtail's bare Page is not creatable.
        self.assertFalse(Page.is_creatable)
