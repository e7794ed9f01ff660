from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.search import index

from core import help_texts
from core.blocks import BaseStreamBlock
from core.models import BasePage, PartnerLink
from core.sections import home_sections


class NationalHomePage(BasePage):
    """The national program: root page of the default Site."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=help_texts.NATIONAL_HOME_INTRO)
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("inhoud"), blank=True, help_text=help_texts.BODY
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("partners", heading=_("Partners van het programma"), label=_("partner")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "municipalities.MunicipalityIndexPage",
        "blog.NewsIndexPage",
        "blog.BlogIndexPage",
        "practices.PracticeIndexPage",
        "practices.InstrumentIndexPage",
        "events.EventCalendarPage",
        "board.BulletinBoardPage",
        "members.DirectoryPage",
    ]

    class Meta:
        verbose_name = _("landelijke homepage")
        verbose_name_plural = _("landelijke homepages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = list(self.partners.select_related("partner"))
        context["sections"] = home_sections(self, request)
        return context


class ProgramPartner(PartnerLink):
    """An organisation that runs or supports the national program."""

    page = ParentalKey(NationalHomePage, related_name="partners", on_delete=models.CASCADE)

    class Meta(PartnerLink.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


class StandardPage(BasePage):
    """A plain page: Over het programma, Integrale aanpak, Privacy, Contact, ..."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=help_texts.PAGE_INTRO)
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("inhoud"), blank=True, help_text=help_texts.BODY
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = [
        "home.NationalHomePage",
        "home.StandardPage",
        "municipalities.MunicipalityHomePage",
    ]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")
