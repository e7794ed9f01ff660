"""/sitemap.xml of every site: its own live public pages, each at its canonical URL
(core.canonical), with the other languages it exists in as hreflang alternates.

Built on wagtail.contrib.sitemaps (Django's sitemap view and template). What differs from
Wagtail's own Sitemap, which lists the Dutch tree of the request's site at the request's host:

- Every language's tree is listed: a translation is a page of its own, at its own address
  (/ar/nieuws/fietsles/). A Dutch page that has no translation yet is served under every
  prefix too (core.language_tree), but that copy is not listed: its canonical URL is the Dutch
  one. Aliases are left out for the same reason.
- Only the site's own pages: a municipality's home lies under the national home (and is
  reachable as /gemeenten/<slug>/ there), but its tree belongs to the sitemap of its own host;
  the national sitemap leaves out every subtree that is another site's. A municipality without
  a Site of its own stays in the national sitemap, its only address being the national one.
- Alternates come from the listed pages themselves (the translations of a page are in the
  same sitemap), through the rule the page head uses (core.languages.alternates): a fixed
  number of queries however many pages and translations there are.
- What it renders is cached per site (core.cache), stale as soon as the site's pages change.
"""

from collections import defaultdict

from django.contrib.sitemaps.views import x_robots_tag
from django.db.models import Q, Subquery
from django.http import HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page, Site

from .cache import cached, subtree_scope
from .canonical import canonical_url, own_host, site_root_paths
from .languages import alternates, locale_code
from .queries import public_q


def _next_sibling(path):
    """The tree path just after every page under `path` (treebeard's next sibling's)."""
    step = Page.steplen
    key = Page._int2str(Page._str2int(path[-step:]) + 1)
    return path[:-step] + key.rjust(step, Page.alphabet[0])


def _other_sites(site, own_roots, root_paths):
    """The parts of the tree under `site`'s roots that belong to another site (a
    municipality's tree under the national home), as (first path, path after, whether the
    first is the site's own), in path order. Sites whose roots are all the children of one
    parent (the index of municipalities, in each language) make one part: all below that
    parent, instead of one per municipality."""
    own_url_paths = [root["url_path"] for root in own_roots]
    nested_site_ids = {
        other.site_id
        for other in root_paths
        if other.site_id != site.pk
        and any(other.root_path.startswith(own) and other.root_path != own for own in own_url_paths)
    }
    if not nested_site_ids:
        return []
    # The other sites' roots in every language (by translation key: the index), those under
    # the site's own roots.
    own_paths = tuple(root["path"] for root in own_roots)
    nested = sorted(
        path
        for path in Page.objects.filter(
            translation_key__in=Page.objects.filter(sites_rooted_here__in=nested_site_ids).values(
                "translation_key"
            ),
        ).values_list("path", flat=True)
        if path.startswith(own_paths)
    )
    # Only the outermost: a site inside another site's tree goes with that one.
    outermost = []
    for path in nested:
        if not outermost or not path.startswith(outermost[-1]):
            outermost.append(path)
    children = defaultdict(list)
    for path in outermost:
        children[path[: -Page.steplen]].append(path)
    parts = []
    for parent, numchild in Page.objects.filter(path__in=list(children)).values_list(
        "path", "numchild"
    ):
        found = children[parent]
        if len(found) == numchild:
            # Below the parent, which itself stays.
            parts.append((parent, _next_sibling(parent), True))
        else:
            parts += [(path, _next_sibling(path), False) for path in found]
    return sorted(parts)


def _own_tree(own_roots, others):
    """A Q for the pages under the site's roots outside `others` (_other_sites), as ranges of
    tree paths (a root's subtree runs from its path to its next sibling's), so the database
    reads the site's own rows from the path index and not every municipality's."""
    condition = Q()
    for root in own_roots:
        start, end = root["path"], _next_sibling(root["path"])
        for first, after, first_is_own in others:
            if start <= first < end:
                before = Q(path__lte=first) if first_is_own else Q(path__lt=first)
                condition |= Q(path__gte=start) & before
                start = after
        condition |= Q(path__gte=start, path__lt=end)
    return condition


def site_pages(site, root_paths):
    """The live public pages of `site` in every language, in tree order (base Page objects:
    what a URL and a lastmod need)."""
    own_roots = list(
        Page.objects.filter(
            translation_key=Subquery(
                Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
            )
        ).values("path", "depth", "url_path")
    )
    if not own_roots:
        return []
    others = _other_sites(site, own_roots, root_paths)
    pages = (
        Page.objects.live()
        .filter(_own_tree(own_roots, others), public_q(), alias_of__isnull=True)
        .order_by("path")
    )
    return list(pages)


def site_entries(site, request=None):
    """The sitemap's entries of `site`: {location, lastmod, alternates} per listed page, in
    tree order. Every translation of a listed page is listed too (same site, same rules), so
    a page's alternates are found among the entries."""
    root_paths = site_root_paths(request)
    # Every listed page lies under one of the site's own roots: URLs are worked out among
    # those few root paths, not among every site's.
    host = own_host(root_paths=[root for root in root_paths if root.site_id == site.pk])
    pages = [(page, canonical_url(page, host=host)) for page in site_pages(site, root_paths)]
    languages = defaultdict(dict)
    for page, location in pages:
        if location:
            languages[page.translation_key][locale_code(page.locale_id)] = location
    return [
        {
            "location": location,
            "lastmod": page.last_published_at or page.latest_revision_created_at,
            "alternates": [
                {"lang_code": code, "location": url}
                for code, url in alternates(languages[page.translation_key])
            ],
        }
        for page, location in pages
        if location
    ]


class SiteSitemap(Sitemap):
    """The request's site's pages in every language, with their alternates."""

    def items(self):
        if not hasattr(self, "_entries"):
            self._entries = site_entries(self.get_wagtail_site(), self.request)
        return self._entries

    def _urls(self, page, protocol, domain):
        urls = list(self.paginator.page(page).object_list)
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


SITEMAPS = {"pages": SiteSitemap}


@x_robots_tag
def sitemap(request):
    """/sitemap.xml: wagtail.contrib.sitemaps' view of SiteSitemap. What it renders is kept in
    the shared cache (core/cache.py) until a publish, unpublish, move or view restriction under
    the site's home makes it stale; the national sitemap also holds a municipality without a
    host of its own, so it goes stale with a change under any municipality. A request with a
    query (?p=, the page of a sitemap of over 50,000 addresses) is rendered as it comes."""
    site = Site.find_for_request(request)
    if request.GET or site is None:
        return sitemap_views.sitemap(request, SITEMAPS)

    def render():
        response = sitemap_views.sitemap(request, SITEMAPS)
        response.render()
        return response.content, response.get("Last-Modified")

    content, last_modified = cached(
        ("sitemap", site.pk), render, scope=subtree_scope(site.root_page_id)
    )
    response = HttpResponse(content, content_type="application/xml")
    if last_modified:
        response["Last-Modified"] = last_modified
    return response
