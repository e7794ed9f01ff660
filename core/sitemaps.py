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
"""

from collections import defaultdict

from django.db.models import Q, Subquery
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .canonical import canonical_url, own_host, site_root_paths
from .languages import alternates, locale_code
from .queries import public_q


def _other_sites_subtrees(site, own_roots, root_paths):
    """A Q for the pages under `site`'s roots that belong to another site (a municipality's
    tree under the national home), or None. Sites whose roots all lie under one parent (the
    index of municipalities, in each language) leave out that parent's subtree below it in one
    condition, instead of one per municipality."""
    own_url_paths = [root["url_path"] for root in own_roots]
    nested_site_ids = {
        other.site_id
        for other in root_paths
        if other.site_id != site.pk
        and any(other.root_path.startswith(own) and other.root_path != own for own in own_url_paths)
    }
    if not nested_site_ids:
        return None
    nested = list(
        Page.objects.filter(
            translation_key__in=Page.objects.filter(sites_rooted_here__in=nested_site_ids).values(
                "translation_key"
            ),
        )
        .filter(_under_any(own_roots))
        .values("path", "depth")
        .order_by("path")
    )
    # Only the outermost: a site inside another site's tree goes with that one.
    outermost = []
    for root in nested:
        if not outermost or not root["path"].startswith(outermost[-1]["path"]):
            outermost.append(root)
    steplen = Page.steplen
    children = defaultdict(list)
    for root in outermost:
        children[root["path"][:-steplen]].append(root)
    parents = Page.objects.filter(path__in=list(children)).values("path", "depth", "numchild")
    condition = Q()
    for parent in parents:
        found = children[parent["path"]]
        if len(found) == parent["numchild"]:
            condition |= Q(path__startswith=parent["path"], depth__gt=parent["depth"])
        else:
            for root in found:
                condition |= Q(path__startswith=root["path"])
    return condition


def _under_any(roots):
    condition = Q()
    for root in roots:
        condition |= Q(path__startswith=root["path"])
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
    pages = (
        Page.objects.live()
        .filter(_under_any(own_roots), public_q(), alias_of__isnull=True)
        .order_by("path")
    )
    others = _other_sites_subtrees(site, own_roots, root_paths)
    if others is not None:
        pages = pages.exclude(others)
    return list(pages)


class SiteSitemap(Sitemap):
    """The request's site's pages in every language, with their alternates."""

    def items(self):
        if not hasattr(self, "_pages"):
            site = self.get_wagtail_site()
            root_paths = site_root_paths(self.request)
            # Every listed page lies under one of the site's own roots: URLs are worked out
            # among those few, not among every site's.
            self._host = own_host(
                root_paths=[root for root in root_paths if root.site_id == site.pk]
            )
            self._pages = site_pages(site, root_paths)
        return self._pages

    def location(self, page):
        return canonical_url(page, host=self._host)

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def _urls(self, page, protocol, domain):
        # Every translation of a listed page is listed too (same site, same rules), so the
        # alternates are found among the items.
        locations = {item.pk: self.location(item) for item in self.items()}
        languages = defaultdict(dict)
        for item in self.items():
            if locations[item.pk]:
                languages[item.translation_key][locale_code(item.locale_id)] = locations[item.pk]
        urls = []
        for item in self.paginator.page(page).object_list:
            if not locations[item.pk]:
                continue
            pairs = alternates(languages[item.translation_key])
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": self.lastmod(item),
                    "alternates": [{"lang_code": code, "location": url} for code, url in pairs],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
