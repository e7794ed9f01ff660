"""Moving the former partner lists (a name and website typed on each page) onto the Partner
snippet, for the migrations of home, municipalities and practices; and letting the editors who
typed those lists add partners."""

PARTNER_ACTIONS = ["add", "change", "delete"]
ORGANISATION = "organisatie"


def _partner(Partner, name, url, kind):
    """The Partner of that name, made once, with the first website and most specific kind."""
    partner, created = Partner.objects.get_or_create(
        name=name.strip(), defaults={"url": url, "kind": kind}
    )
    if not created and ((url and not partner.url) or partner.kind == ORGANISATION != kind):
        partner.url = partner.url or url
        partner.kind = kind if partner.kind == ORGANISATION else partner.kind
        partner.save(update_fields=["url", "kind"])
    return partner


def move_partners(model_label, name_field, kind_field=None):
    """A RunPython function for one PartnerLink model: every row, and every row stored in the
    page's revisions (what the editor opens and what a revert brings back), gets the Partner
    of its old name. One way only: the old columns cannot come back without a default."""
    app_label, model_name = model_label.split(".")

    def forwards(apps, schema_editor):
        Partner = apps.get_model("core", "Partner")
        Link = apps.get_model(app_label, model_name)
        for link in Link.objects.order_by("pk"):
            kind = getattr(link, kind_field) if kind_field else ORGANISATION
            link.partner = _partner(Partner, getattr(link, name_field), link.url, kind)
            link.save(update_fields=["partner"])

        page_model = Link._meta.get_field("page").related_model._meta
        content_type = (
            apps.get_model("contenttypes", "ContentType")
            .objects.filter(app_label=page_model.app_label, model=page_model.model_name)
            .first()
        )
        revisions = apps.get_model("wagtailcore", "Revision").objects
        for revision in revisions.filter(content_type=content_type).iterator():
            rows = [row for row in revision.content.get("partners") or [] if name_field in row]
            for row in rows:
                kind = row.pop(kind_field, ORGANISATION) if kind_field else ORGANISATION
                row["partner"] = _partner(Partner, row.pop(name_field), row.pop("url", ""), kind).pk
            if rows:
                revision.save(update_fields=["content"])

    return forwards


def grant_partner_permissions(apps, schema_editor):
    """Groups that edit pages listed partners on them: they may now add partners; groups that
    edit from the root of the tree (the national editors) may also change and delete them."""
    from django.contrib.auth.management import create_permissions

    core = apps.get_app_config("core")
    core.models_module = True
    create_permissions(core, apps=apps, verbosity=0)
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    permissions = {
        action: Permission.objects.get(content_type__app_label="core", codename=f"{action}_partner")
        for action in PARTNER_ACTIONS
    }
    for grant in GroupPagePermission.objects.select_related("group", "page"):
        actions = PARTNER_ACTIONS if grant.page.depth == 1 else ["add"]
        grant.group.permissions.add(*(permissions[action] for action in actions))
