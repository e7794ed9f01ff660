"""What of the page tree and the collections a user may see in the admin.

A municipality's editors and moderators see their own tree and collection in full (drafts,
unpublished changes, documents); of other sites only live public pages, where choosing a link
to them makes sense. Superusers and anyone holding a permission on the tree's root (the group
"Landelijke redactie") see everything. The rule follows the groups' Wagtail permissions
(GroupPagePermission, GroupCollectionPermission), so a new municipality needs nothing here.
"""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

_CACHE_ATTRIBUTE = "_admin_scope"


@dataclass(frozen=True)
class AdminScope:
    everything: bool
    page_paths: tuple[str, ...]
    collection_paths: tuple[str, ...]

    def _under(self, field, paths):
        condition = Q(pk__in=[])
        for path in paths:
            condition |= Q(**{f"{field}__startswith": path})
        return condition

    def own_pages(self, pages):
        """Pages of the user's own trees: the only ones whose work in progress they see."""
        if self.everything:
            return pages
        return pages.filter(self._under("path", self.page_paths))

    def choosable_pages(self, pages):
        """Own pages plus live public pages elsewhere (links to them make sense)."""
        if self.everything:
            return pages
        public = pages.live().public()
        return pages.filter(self._under("path", self.page_paths) | Q(pk__in=public.values("pk")))

    def workflows(self, workflows):
        """Workflows that govern pages of the user's own trees: attached inside them or above."""
        if self.everything:
            return workflows
        attached = Q(pk__in=[])
        for path in self.page_paths:
            ancestors = [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]
            attached |= Q(workflow_pages__page__path__startswith=path)
            attached |= Q(workflow_pages__page__path__in=ancestors)
        return workflows.filter(attached).distinct()

    def sees_work_of(self, obj):
        """May the user see this object's title and state (a page, or an object in a collection)?"""
        if self.everything:
            return True
        if isinstance(obj, Page):
            return obj.path.startswith(self.page_paths)
        collection = getattr(obj, "collection", None)
        if collection is not None:
            return collection.path.startswith(self.collection_paths)
        return False


def admin_scope(user):
    """The user's scope, cached on the user object for the request (as Wagtail caches its
    permissions)."""
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    if not user.is_active:
        scope = AdminScope(everything=False, page_paths=(), collection_paths=())
    elif user.is_superuser:
        scope = AdminScope(everything=True, page_paths=(), collection_paths=())
    else:
        groups = user.groups.all()
        page_paths = tuple(
            set(
                GroupPagePermission.objects.filter(group__in=groups).values_list(
                    "page__path", flat=True
                )
            )
        )
        collection_paths = tuple(
            set(
                GroupCollectionPermission.objects.filter(group__in=groups).values_list(
                    "collection__path", flat=True
                )
            )
        )
        root = Page.get_first_root_node()
        scope = AdminScope(
            everything=root is not None and root.path in page_paths,
            page_paths=page_paths,
            collection_paths=collection_paths,
        )
    setattr(user, _CACHE_ATTRIBUTE, scope)
    return scope
