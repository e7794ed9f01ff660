"""The pages the benchmark loads, found in the database (Django must be set up): the national
site's and those of one municipality, the first that was provisioned (generate_dataset makes
the same one first at every size, so runs at 21 and 342 municipalities load the same pages).

Each page has a kind, which sets its target as a share of the ceiling's requests per second
(uncached): home pages and listings (feeds are listings too) 3 %, detail pages 5 %, the
search 2 %; cached anonymous pages 90 %."""

from dataclasses import dataclass

HOME, LISTING, DETAIL, SEARCH, CEILING = "home", "listing", "detail", "search", "ceiling"
UNCACHED_TARGET = {HOME: 0.03, LISTING: 0.03, DETAIL: 0.05, SEARCH: 0.02}
CACHED_TARGET = 0.90
SEARCH_QUERY = "buurttuin"
FILTER_THEME = "groen"


@dataclass(frozen=True)
class Target:
    key: str  # the same at every size, for comparisons
    label: str
    kind: str
    host: str
    path: str

    def as_dict(self):
        return {
            "key": self.key,
            "label": self.label,
            "kind": self.kind,
            "host": self.host,
            "path": self.path,
        }


def _path(page):
    """The page's path on its own site."""
    return page.get_url_parts()[2]


def _route(page, name, *args):
    return _path(page) + page.reverse_subpage(name, args=args)


def targets():
    """The pages, with Django set up (the report reads the kinds above without it)."""
    from django.urls import reverse
    from django.utils import timezone
    from wagtail.models import Locale, Site

    from blog.models import NewsIndexPage
    from board.models import BulletinBoardPage
    from core.feeds import FEED_ROUTE
    from events.models import EventCalendarPage, EventPage
    from municipalities.models import MunicipalityHomePage
    from practices.models import PracticeIndexPage

    dutch = Locale.get_default()
    national_site = Site.objects.get(is_default_site=True)
    national = national_site.root_page.specific
    home = MunicipalityHomePage.objects.filter(locale=dutch).order_by("pk").first()
    if home is None:
        raise SystemExit("No municipality in the benchmark database: run generate_dataset.")
    local_host = Site.objects.get(root_page=home).hostname
    national_host = national_site.hostname

    def section(model, parent):
        return model.objects.child_of(parent).get()

    calendar = section(EventCalendarPage, home)
    today = timezone.localdate()
    event = (
        EventPage.objects.live()
        .child_of(calendar)
        .exclude(repeat_rule="")
        .filter(series_end__gte=timezone.now())
        .order_by("path")
        .first()
    ) or EventPage.objects.live().child_of(calendar).order_by("path").first()
    news = _path(section(NewsIndexPage, national))
    practices = _path(section(PracticeIndexPage, national))
    return [
        Target("national-home", "National home", HOME, national_host, "/"),
        Target("municipality-home", f"{home.title}: home", HOME, local_host, "/"),
        Target(
            "municipality-news",
            f"{home.title}: news",
            LISTING,
            local_host,
            _path(section(NewsIndexPage, home)),
        ),
        Target(
            "national-news-50",
            "National news, page 50",
            LISTING,
            national_host,
            f"{news}?pagina=50",
        ),
        Target(
            "national-practices-filtered",
            "National practices, 2 filters",
            LISTING,
            national_host,
            f"{practices}?thema={FILTER_THEME}&gemeente={home.slug}",
        ),
        Target(
            "calendar-month",
            f"{home.title}: calendar {today:%m-%Y}",
            LISTING,
            local_host,
            _route(calendar, "month", today.year, today.month),
        ),
        Target(
            "calendar-archive",
            f"{home.title}: calendar archive",
            LISTING,
            local_host,
            _route(calendar, "archive"),
        ),
        Target(
            "board",
            f"{home.title}: bulletin board",
            LISTING,
            local_host,
            _path(section(BulletinBoardPage, home)),
        ),
        Target(
            "search",
            f"National search “{SEARCH_QUERY}”",
            SEARCH,
            national_host,
            f"{reverse('search')}?q={SEARCH_QUERY}",
        ),
        Target("event", f"{home.title}: event page", DETAIL, local_host, _path(event)),
        Target(
            "news-rss",
            "National news RSS",
            LISTING,
            national_host,
            _route(section(NewsIndexPage, national), FEED_ROUTE),
        ),
        Target(
            "calendar-ical",
            "National iCalendar feed",
            LISTING,
            national_host,
            _route(section(EventCalendarPage, national), FEED_ROUTE),
        ),
        Target("ceiling", "Ceiling (1 KB view)", CEILING, national_host, reverse("bench_ceiling")),
    ]
