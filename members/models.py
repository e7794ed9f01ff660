from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core import help_texts
from core.http import private
from core.listing import ListingFilterSet, SearchFilter, paginate
from core.models import BasePage


class User(AbstractUser):
    """Our user model, in place from the first migration, so member accounts and profiles
    extend it without swapping the model."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")


class Profile(index.Indexed, models.Model):
    """What a member shows of themselves. Nothing here is public unless the member opts in to
    the directory; the role is shown only when they choose so."""

    class Role(models.TextChoices):
        PARTICIPANT = "deelnemer", _("Deelnemer")
        VOLUNTEER = "vrijwilliger", _("Vrijwilliger")
        PROFESSIONAL = "professional", _("Professional")
        MUNICIPALITY = "gemeente", _("Gemeente")
        OTHER = "anders", _("Anders")

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    display_name = models.CharField(_("naam die anderen zien"), max_length=60)
    municipality = models.ForeignKey(
        "municipalities.MunicipalityHomePage",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.CharField(_("organisatie"), max_length=100, blank=True)
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, blank=True)
    show_role = models.BooleanField(_("toon mijn rol"), default=False)
    bio = models.TextField(_("over mij"), max_length=500, blank=True)
    avatar = models.ImageField(_("foto"), upload_to="avatars/", blank=True)
    in_directory = models.BooleanField(_("toon mij bij de deelnemers"), default=False)
    # Mails to the member go in this language: the one they signed up in, until they choose.
    language = models.CharField(
        _("taal van je e-mails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    updated_at = models.DateTimeField(auto_now=True)

    # Found by the directory's search (core.search), among the members it shows.
    search_fields = [
        index.SearchField("display_name", boost=2),
        index.AutocompleteField("display_name"),
        index.SearchField("organisation"),
        index.AutocompleteField("organisation"),
    ]

    class Meta:
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")

    def __str__(self):
        return self.display_name


class DirectoryFilters(ListingFilterSet):
    q = SearchFilter(indexed=True)


class DirectoryPage(BasePage):
    """ "Deelnemers": members who chose to be shown; nationally all of them, on a municipality's
    site those who chose that municipality."""

    intro = models.TextField(_("inleiding"), blank=True, help_text=help_texts.INDEX_INTRO)
    per_page = 24

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.NationalHomePage", "municipalities.MunicipalityHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("deelnemerspagina")
        verbose_name_plural = _("deelnemerspagina's")

    def members(self):
        from municipalities.aggregation import scope_for

        profiles = Profile.objects.filter(in_directory=True, user__is_active=True)
        scope = scope_for(self)
        if not scope.is_national:
            profiles = profiles.filter(municipality_id=scope.municipality.pk)
        return profiles.select_related("municipality").order_by("display_name", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = DirectoryFilters(request, self.members())
        listing = paginate(request, filters.qs, self.per_page, filters)
        context.update(query=filters.values["q"], listing=listing, members=listing.page.object_list)
        return context

    def serve(self, request, *args, **kwargs):
        # What members show of themselves changes at any time: never keep a copy.
        return private(super().serve(request, *args, **kwargs))
