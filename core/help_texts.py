"""The help texts on the fields editors write in. Many readers are still learning Dutch, so
every main text field asks for plain language (B1: short sentences, common words) and says
what the field is for and where it is shown.

The advice is a handful of sentences, each one msgid, joined to each field's own sentence by
`plain()`: translators see the advice once, and a change to it reaches every field."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

# The advice, from long to short: texts, one-line fields, the practice example's sections;
# and for names.
SENTENCES = _("Schrijf korte zinnen met gewone woorden.")
LEARNERS = _("Veel lezers leren nog Nederlands.")
WORDS = _("Gebruik gewone woorden.")
SHORT = _("Korte zinnen, gewone woorden.")
ABBREVIATIONS = _(
    "Schrijf een afkorting voluit, bijvoorbeeld: Centraal Orgaan opvang asielzoekers (COA)."
)


def plain(purpose, *advice):
    """What the field is for, then the advice: one help text, translated when shown."""
    return format_lazy(" ".join(["{}"] * (1 + len(advice))), purpose, *advice)


# Every page (BasePage's panels).
TITLE = plain(_("Staat boven de pagina en in overzichten. Houd de titel kort."), WORDS)
SEARCH_DESCRIPTION = plain(
    _("De tekst onder de titel bij Google en andere zoekmachines. Mag leeg blijven."), SHORT
)
LISTING_TITLE = plain(_("Een kortere titel voor overzichten. Leeg: de titel van de pagina."), WORDS)
LISTING_SUMMARY = plain(
    _("Eén of twee zinnen onder de titel in overzichten. Leeg: de inleiding."), SHORT
)

# Intros: the lead paragraph in larger letters at the top of the page.
PAGE_INTRO = plain(_("Eén of twee zinnen bovenaan de pagina, in grotere letters."), SENTENCES)
INDEX_INTRO = plain(_("Een korte tekst boven de lijst."), SENTENCES)
NATIONAL_HOME_INTRO = plain(
    _("Wat is Aan de Slag? Vertel het in twee of drie zinnen."), SENTENCES, LEARNERS
)
MUNICIPALITY_HOME_INTRO = plain(
    _("Wat doet Aan de Slag in deze gemeente? Vertel het in twee of drie zinnen."),
    SENTENCES,
    LEARNERS,
)
ARTICLE_INTRO = plain(
    _("Eén of twee zinnen. Ze staan bovenaan de pagina, in overzichten en bij zoekmachines."),
    SENTENCES,
)
EVENT_INTRO = plain(
    _("Eén of twee zinnen over de activiteit. Ze staan in de kalender en bovenaan de pagina."),
    SENTENCES,
)

# Bodies.
BODY = plain(_("De tekst van de pagina. Zet een tussenkop boven elk deel."), SENTENCES, LEARNERS)
EVENT_BODY = plain(_("Wat gaan we doen? Wat moet je weten?"), SENTENCES, LEARNERS)
# Shown on the event page under "Toegankelijkheid".
ACCESSIBILITY = plain(
    _("Bijvoorbeeld: rolstoeltoegankelijk, aangepast toilet, rustige ruimte."), WORDS
)

# Practice examples and instruments.
PRACTICE_SUMMARY = plain(
    _("Verplicht om te publiceren. Staat bovenaan de pagina en in overzichten."), SENTENCES
)
WHY_AND_GOAL = plain(_("Waarom zijn jullie begonnen? Wat willen jullie bereiken?"), SHORT)
APPROACH = plain(_("Wat hebben jullie gedaan? Vertel het stap voor stap."), SHORT)
WORKS_WELL = plain(_("Wat ging goed? Wat kunnen anderen ook doen?"), SHORT)
COULD_BE_BETTER = plain(_("Wat ging minder goed? Wat zou je nu anders doen?"), SHORT)
RESULTS = plain(_("Wat heeft het opgeleverd? Noem aantallen als je die hebt."), SHORT)
TARGET_GROUP = _("Voor wie is het? Bijvoorbeeld: bewoners van het azc en buurtbewoners.")
INSTRUMENT_SUMMARY = plain(
    _("Waarvoor is het, en voor wie? Staat bovenaan de pagina en in overzichten."), SENTENCES
)

# Snippets.
THEME_NAME = plain(_("Staat op labels en filters, bijvoorbeeld Groen of Sport."), WORDS)
THEME_DESCRIPTION = plain(_("Eén zin: waar gaat dit thema over?"), WORDS)
PARTNER_NAME = plain(_("Staat in de lijst met partners."), ABBREVIATIONS)
PARTNER_ROLE = _("Wat doet de partner? Bijvoorbeeld: organiseert de groepen, geeft geld.")
