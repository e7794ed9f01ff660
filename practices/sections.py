from django.db.models import BooleanField, Case, Value, When
from django.utils.translation import gettext as _

from core.cache import EVERYWHERE, cached
from core.listing import in_order, with_card_images
from core.queries import public_q
from core.sections import Section, child_of_type
from municipalities.aggregation import label_items, scope_for

from .models import InstrumentPage, PracticeExamplePage, PracticeIndexPage

HOME_PRACTICE_COUNT = 3


def featured_instruments(home, count):
    """Featured instruments lead the national home (instruments are national only)."""
    scope = scope_for(home)
    if not scope.is_national:
        return []
    featured = (
        InstrumentPage.objects.live()
        .filter(
            public_q(),
            scope.items_q(InstrumentPage),
            scope.featured_q(InstrumentPage, national_flag=False),
        )
        .filter(locale=scope.locale_id)
        .order_by("-publication_date", "-pk")
    )
    return label_items(list(with_card_images(featured, themes=False)[:count]), scope)


def featured_practices(home, request, children):
    """Editor-chosen practice examples first, topped up with the newest. On the national home
    "chosen" means featured nationally (or featured on a national item); locally, featured."""
    index = child_of_type(children, PracticeIndexPage)
    scope = scope_for(home)
    chosen = scope.featured_q(PracticeExamplePage)

    built = []

    def shown():
        # Sorting on "chosen" reads every candidate (all of the country's on the national
        # home): which three is kept until the next publish, then read by their keys.
        items = (
            PracticeExamplePage.objects.live()
            .filter(
                public_q(),
                scope.items_q(
                    PracticeExamplePage, involved=PracticeExamplePage.involved_municipalities
                ),
                locale=scope.locale_id,
            )
            .annotate(
                chosen=Case(
                    When(chosen, then=Value(True)), default=False, output_field=BooleanField()
                )
            )
            .order_by("-chosen", "-publication_date", "-pk")
        )
        built.extend(with_card_images(items, themes=False)[:HOME_PRACTICE_COUNT])
        return [item.pk for item in built]

    pks = cached(("home-practices", home.pk), shown, scope=EVERYWHERE)
    items = built or in_order(
        with_card_images(PracticeExamplePage.objects.live().filter(pk__in=pks), themes=False),
        pks,
    )
    return Section(
        key="practices",
        title=_("Uitgelichte praktijkvoorbeelden"),
        items=label_items(items, scope),
        more_url=index.get_url(request) if index else "",
        more_label=_("Alle praktijkvoorbeelden"),
        empty_text=_("Er zijn nog geen praktijkvoorbeelden."),
    )
