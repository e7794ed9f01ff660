"""The demo's words: the national program and the participating municipalities (Dutch)."""

NATIONAL_INTRO = (
    "Aan de Slag brengt bewoners van asielzoekerscentra en Nederlandse vrijwilligers samen. "
    "In kleine groepjes doen zij samen vrijwilligerswerk: in de buurttuin, bij de sportclub, "
    "in de zorg of op een festival."
)

NATIONAL_BODY = [
    ("heading", "Samen actief in de buurt"),
    (
        "paragraph",
        "Wie in een azc woont, heeft vaak veel tijd en weinig te doen. Bij Aan de Slag gaan "
        "bewoners samen met Nederlandse vrijwilligers aan het werk. Ze zijn actief, dragen bij "
        "aan hun nieuwe omgeving, leren Nederlanders kennen en oefenen de taal. Zo ontdekken ze "
        "Nederland, en dat is goed voor hun gezondheid en veerkracht.",
    ),
    ("heading", "Wat doen de groepen?"),
    (
        "list",
        [
            "Groen: werken in buurttuinen en helpen bij het onderhoud van bossen.",
            "Zorg: activiteitenbegeleiding, wandelclubs, samen koken en eten.",
            "Sport: helpen bij sportverenigingen, op de velden en bij toernooien.",
            "Evenementen: festivals, buurtfeesten, de Vierdaagse en Koningsdag.",
        ],
    ),
    ("heading", "Wie organiseert het?"),
    (
        "paragraph",
        "Lokale vrijwilligerscentrales organiseren de activiteiten, samen met maatschappelijke "
        "organisaties in de gemeente. Het programma begon in Utrecht en Nijmegen en groeit nu "
        "in gemeenten door het hele land.",
    ),
    (
        "paragraph",
        "Pharos voert het landelijke programma uit, samen met VNOV, COA, VNG en "
        "VluchtelingenWerk Nederland. Het ministerie van Sociale Zaken en Werkgelegenheid, "
        "het Oranje Fonds en het Kansfonds steunen Aan de Slag.",
    ),
]

PROGRAM_PARTNERS = [
    ("Pharos", "Uitvoering van het landelijke programma", "https://www.pharos.nl/"),
    ("VNOV", "Vereniging Nederlandse Organisaties Vrijwilligerswerk", "https://www.vnov.nl/"),
    ("COA", "Centraal Orgaan opvang asielzoekers", "https://www.coa.nl/"),
    ("VNG", "Vereniging van Nederlandse Gemeenten", "https://vng.nl/"),
    ("VluchtelingenWerk Nederland", "Partner", "https://www.vluchtelingenwerk.nl/"),
    (
        "Ministerie van Sociale Zaken en Werkgelegenheid",
        "Financier",
        "https://www.rijksoverheid.nl/ministeries/ministerie-van-sociale-zaken-en-werkgelegenheid",
    ),
    ("Oranje Fonds", "Financier", "https://www.oranjefonds.nl/"),
    ("Kansfonds", "Financier", "https://www.kansfonds.nl/"),
]

# slug, title, show in menu, intro, body paragraphs
NATIONAL_PAGES = [
    (
        "over-het-programma",
        "Over het programma",
        True,
        "Aan de Slag helpt bewoners van azc's om actief mee te doen in hun nieuwe omgeving.",
        [
            "Vrijwilligerswerk in groepjes geeft structuur aan de dag, nieuwe contacten en een "
            "plek om Nederlands te oefenen. Nederlandse vrijwilligers werken zij aan zij met "
            "nieuwkomers, zodat ontmoeting vanzelf ontstaat.",
            "Het programma begon in Utrecht en Nijmegen. Inmiddels doen gemeenten in alle "
            "provincies mee, elk met een eigen projectteam.",
        ],
    ),
    (
        "integrale-aanpak",
        "Integrale aanpak",
        True,
        "Gemeente, vrijwilligerscentrale, COA en maatschappelijke organisaties werken samen.",
        [
            "Een goede start vraagt om samenwerking. De gemeente brengt partijen bij elkaar, de "
            "vrijwilligerscentrale zoekt passende klussen, het COA legt contact met bewoners en "
            "organisaties bieden een plek om mee te doen.",
        ],
    ),
    (
        "contact",
        "Contact",
        True,
        "Vragen over Aan de Slag? Neem contact op met het landelijke programmabureau.",
        [
            "Het landelijke programmabureau is bereikbaar via de website van Pharos. Voor vragen "
            "over activiteiten in je gemeente kun je het beste contact opnemen met het "
            "projectteam van je gemeente; de contactgegevens staan op de site van de gemeente.",
        ],
    ),
    (
        "privacy",
        "Privacyverklaring",
        False,
        "Hoe Aan de Slag omgaat met je gegevens.",
        [
            "Deze website gebruikt geen cookies van derden, geen analysediensten en geen "
            "lettertypen van andere websites. Wij slaan alleen gegevens op die nodig zijn om de "
            "site te laten werken. Er is daarom ook geen cookiemelding nodig.",
            "Als je een account aanmaakt, bewaren wij je e-mailadres, je wachtwoord (versleuteld) "
            "en wat je zelf in je profiel zet. Je e-mailadres is nooit zichtbaar voor anderen. Je "
            "naam, gemeente, organisatie en foto staan alleen op de deelnemerspagina als je daar "
            "zelf voor kiest.",
            "Je kunt op de pagina Mijn profiel al je gegevens downloaden en je account "
            "verwijderen. Je profiel en e-mailadres verdwijnen dan direct; je reacties blijven "
            "staan zonder je naam, als reactie van een verwijderd lid.",
            "Wij vragen nooit naar je nationaliteit, verblijfsstatus of burgerservicenummer.",
        ],
    ),
]

# name, province, official municipality (when the place lies in another municipality)
MUNICIPALITIES = [
    ("Utrecht", "Utrecht", ""),
    ("Nijmegen", "Gelderland", ""),
    ("Alkmaar", "Noord-Holland", ""),
    ("Arnhem", "Gelderland", ""),
    ("Deventer", "Overijssel", ""),
    ("Heerlen", "Limburg", ""),
    ("Hoogeveen", "Drenthe", ""),
    ("Middelburg", "Zeeland", ""),
    ("Tilburg", "Noord-Brabant", ""),
    ("Sittard-Geleen", "Limburg", ""),
    ("Amsterdam", "Noord-Holland", ""),
    ("Harderwijk", "Gelderland", ""),
    ("Rotterdam", "Zuid-Holland", ""),
    ("Hardenberg", "Overijssel", ""),
    ("Utrechtse Heuvelrug", "Utrecht", ""),
    ("Leersum", "Utrecht", "Utrechtse Heuvelrug"),
    ("Overloon", "Noord-Brabant", "Land van Cuijk"),
    ("Musselkanaal", "Groningen", "Stadskanaal"),
    ("Dronten", "Flevoland", ""),
    ("Emmeloord", "Flevoland", "Noordoostpolder"),
    ("Rijswijk", "Zuid-Holland", ""),
]


def municipality_intro(name):
    return (
        f"In {name} doen bewoners van het azc samen met inwoners vrijwilligerswerk. Bekijk "
        "wat er gebeurt en doe mee."
    )


def municipality_join_text(name):
    return [
        f"Wil je meedoen met Aan de Slag in {name}? Iedereen is welkom: bewoners van het azc "
        "en inwoners die samen met nieuwkomers aan de slag willen.",
        "Neem contact op met het projectteam. Samen zoeken we een klus die bij je past, "
        "eenmalig of elke week.",
    ]


THEMES = [
    ("Groen", "groen", "Buurttuinen, parken en bossen onderhouden."),
    ("Zorg", "zorg", "Activiteitenbegeleiding, wandelclubs, samen koken en eten."),
    ("Sport", "sport", "Helpen bij sportclubs, op de velden en bij toernooien."),
    ("Evenementen", "evenementen", "Festivals, buurtfeesten, de Vierdaagse, Koningsdag."),
    ("Taal", "taal", "Nederlands oefenen in de praktijk."),
    ("Gezondheid", "gezondheid", "Actief blijven en veerkracht opbouwen."),
    ("Werk en participatie", "werk-en-participatie", "Ervaring opdoen en meedoen in de buurt."),
]

# (title, intro, paragraphs, themes, days ago)
NATIONAL_NEWS = [
    (
        "Aan de Slag groeit: nieuwe gemeenten doen mee",
        "Steeds meer gemeenten starten met Aan de Slag. Zo komen er overal groepjes bij.",
        [
            "Na Utrecht en Nijmegen doen nu gemeenten in alle provincies mee. "
            "Vrijwilligerscentrales, het COA en lokale organisaties werken daarvoor samen.",
        ],
        ["werk-en-participatie"],
        3,
    ),
    (
        "Handreiking voor een goede start in je gemeente",
        "Een nieuwe handreiking helpt projectteams met de eerste stappen.",
        ["De handreiking beschrijft hoe je partners vindt, klussen zoekt en groepjes vormt."],
        ["werk-en-participatie", "taal"],
        12,
    ),
    (
        "Samen naar de Vierdaagse",
        "Bewoners van azc's en vrijwilligers hielpen mee bij de Vierdaagse in Nijmegen.",
        ["Bij de verzorgingsposten en op de route stonden groepjes van Aan de Slag klaar."],
        ["evenementen", "sport"],
        30,
    ),
]

# Municipalities whose moderators get a demo login (editors get one everywhere).
DEMO_MODERATOR_SITES = ["Alkmaar", "Arnhem", "Utrecht"]

# Municipalities that get their own demo news, and the news itself.
LOCAL_NEWS_SITES = ["Alkmaar", "Arnhem", "Utrecht", "Nijmegen"]


def local_news(name):
    return [
        (
            f"Buurttuin in {name} krijgt hulp van nieuwe groep",
            f"Elke dinsdag werkt een groepje bewoners en vrijwilligers in een buurttuin in {name}.",
            [
                "Ze wieden, zaaien en oogsten samen. "
                "Na afloop is er koffie en tijd voor een praatje."
            ],
            ["groen", "taal"],
            5,
        ),
        (
            f"Wandelclub in {name} zoekt nog wandelaars",
            "Iedereen is welkom bij de wekelijkse wandeling: samen bewegen en Nederlands praten.",
            ["De wandeling duurt ongeveer een uur. Aanmelden is niet nodig."],
            ["zorg", "gezondheid"],
            20,
        ),
        (
            f"Koningsdag in {name}: helpende handen gezocht",
            "Voor de vrijmarkt en de spelletjes zoeken we groepjes die willen helpen.",
            ["Opbouwen, kraampjes bemannen en na afloop opruimen: er is werk voor iedereen."],
            ["evenementen"],
            40,
        ),
    ]


NATIONAL_BLOG = (
    "Wat ik leerde als vrijwilliger bij Aan de Slag",
    "Een vrijwilliger vertelt over een jaar samenwerken met bewoners van het azc.",
    [
        "Het begon met één middag in de moestuin. Inmiddels kennen we elkaars verhalen, en "
        "oefenen we elke week samen Nederlands tussen de bedden door.",
    ],
    ["groen", "taal"],
    8,
    ("Marieke", "vrijwilliger"),
)


PRACTICE = {
    "title": "Aan de Slag - vrijwilligerswerk door AZC-bewoners",
    "summary": (
        "Bewoners van azc's doen in kleine groepjes vrijwilligerswerk, samen met Nederlandse "
        "vrijwilligers. Lokale vrijwilligerscentrales organiseren dit met maatschappelijke "
        "organisaties. Zo blijven nieuwkomers actief en leren zij Nederland en de taal kennen."
    ),
    "why_and_goal": (
        "<p>Wachten in een azc maakt passief. Het doel is dat bewoners actief zijn, iets "
        "bijdragen, Nederlanders ontmoeten, Nederlands leren en Nederland ontdekken. Dat is "
        "goed voor hun gezondheid en veerkracht.</p>"
    ),
    "approach": (
        "<p>De vrijwilligerscentrale zoekt klussen bij organisaties in de buurt en vormt "
        "groepjes van twee tot zes mensen: bewoners en Nederlandse vrijwilligers samen. De "
        "groepjes werken in het groen, in de zorg, bij sportclubs en op evenementen.</p>"
    ),
    "works_well": (
        "<ul><li>Vaste groepjes die elke week dezelfde klus doen.</li>"
        "<li>Een Nederlandse vrijwilliger als vast aanspreekpunt.</li>"
        "<li>Klussen waarbij je weinig Nederlands nodig hebt om te beginnen.</li></ul>"
    ),
    "could_be_better": (
        "<p>Vervoer van het azc naar de klus kost tijd en geld. Bij verhuizing van bewoners "
        "valt een groepje soms uit elkaar.</p>"
    ),
    "results": (
        "<p>Er zijn meer dan 16.000 koppelingen gemaakt tussen bewoners en vrijwilligerswerk. "
        "Deelnemers zeggen dat ze zich gezonder voelen en meer Nederlands spreken.</p>"
    ),
    "partners": [
        ("Pharos", "uitvoering landelijk programma", "https://www.pharos.nl/"),
        ("VNOV", "vrijwilligerscentrales", "https://www.vnov.nl/"),
        ("COA", "contact met bewoners", "https://www.coa.nl/"),
        ("VNG", "gemeenten", "https://vng.nl/"),
        ("VluchtelingenWerk Nederland", "begeleiding", "https://www.vluchtelingenwerk.nl/"),
    ],
    "themes": ["groen", "zorg", "sport", "evenementen"],
    "municipalities": ["Utrecht", "Nijmegen"],
    "target_group": "Bewoners van azc's en Nederlandse vrijwilligers",
}

# (municipality, title, summary, themes, status)
LOCAL_PRACTICES = [
    (
        "Alkmaar",
        "Samen tuinieren in de buurttuin",
        "Elke week werken bewoners van het azc en buurtbewoners samen in een buurttuin.",
        ["groen", "taal"],
        "lopend",
    ),
    (
        "Nijmegen",
        "Vrijwilligers bij de Vierdaagse",
        "Groepjes uit het azc helpen bij de verzorgingsposten van de Vierdaagse.",
        ["evenementen", "sport"],
        "afgerond",
    ),
    (
        "Arnhem",
        "Wandelclub voor nieuwkomers en buren",
        "Een wekelijkse wandeling waarbij nieuwkomers en buren samen bewegen en praten.",
        ["zorg", "gezondheid"],
        "lopend",
    ),
]

# (title, kind, audience, summary, themes)
INSTRUMENTS = [
    (
        "Handreiking: Aan de Slag in je gemeente",
        "handreiking",
        "gemeente",
        "Stap voor stap een lokaal Aan de Slag-project opzetten, van partners tot klussen.",
        ["werk-en-participatie"],
    ),
    (
        "Checklist: een goede eerste klus",
        "checklist",
        "vrijwilligerscentrale",
        "Waar let je op bij het kiezen van een eerste klus voor een nieuw groepje?",
        ["werk-en-participatie", "taal"],
    ),
]


# Demo members in Alkmaar's directory: (display name, organisation, role)
DEMO_MEMBERS = [
    ("Amira", "", "deelnemer"),
    ("Joost", "Vrijwilligerscentrale Alkmaar", "vrijwilliger"),
    ("Fatima", "Buurttuin De Hoef", "vrijwilliger"),
]


# Calendar: (site or None for national, title, intro, themes, timing, details). Timing is
# (weekday the first time falls on, weeks from now, start "HH:MM", end "HH:MM" or None for all
# day, extra days for the end, repeat). Dates are computed from the day the demo is seeded.
EVENTS = [
    (
        None,
        "Landelijke Aan de Slag-dag",
        "Deelnemers, vrijwilligers en gemeenten uit het hele land ontmoeten elkaar: workshops, "
        "verhalen en een markt met praktijkvoorbeelden.",
        ["evenementen"],
        (5, 3, None, None, 0, {}),
        {
            "location_name": "Jaarbeurs",
            "street": "Jaarbeursplein 6",
            "postcode": "3521 AL",
            "place": "Utrecht",
            "organiser": "Programmabureau Aan de Slag",
            "show_on_all_sites": True,
            "signup_capacity": 300,
        },
    ),
    (
        None,
        "Online kennissessie voor coördinatoren",
        "Elke maand delen coördinatoren wat werkt bij het maken van matches tussen bewoners en "
        "vrijwilligersorganisaties.",
        ["werk-en-participatie"],
        (2, 1, "15:00", "16:30", 0, {"repeat_frequency": "monthly", "repeat_month_week": 2}),
        {"online_url": "https://example.org/kennissessie", "organiser": "Programmabureau"},
    ),
    (
        "Alkmaar",
        "Wandelclub vanuit het AZC",
        "Elke dinsdag en donderdag lopen bewoners en buurtgenoten samen een rondje van een uur. "
        "Iedereen is welkom, ook als je nog geen Nederlands spreekt.",
        ["zorg", "gezondheid"],
        (1, 0, "10:00", "11:30", 0, {"repeat_frequency": "weekly", "repeat_weekdays": [1, 3]}),
        {
            "location_name": "Ingang AZC Alkmaar",
            "street": "Bergerweg 1",
            "place": "Alkmaar",
            "signup_capacity": 12,
            "waiting_list": True,
            "no_dutch_needed": True,
            "accessibility": "Vlak terrein, geschikt voor rolstoel en kinderwagen.",
            "exclude_week": 3,
        },
    ),
    (
        "Alkmaar",
        "Kookavond: samen eten",
        "Om de week koken bewoners en vrijwilligers samen een maaltijd uit een ander land.",
        ["zorg", "taal"],
        (
            4,
            0,
            "18:00",
            "21:00",
            0,
            {"repeat_frequency": "weekly", "repeat_interval": 2, "repeat_count": 10},
        ),
        {
            "location_name": "Buurthuis De Mare",
            "street": "Marelaan 2",
            "place": "Alkmaar",
            "signup_capacity": 6,
            "waiting_list": False,
            "is_free": False,
            "price": "3.50",
        },
    ),
    (
        "Alkmaar",
        "Opening van de AZC-moestuin",
        "De nieuwe moestuin bij het AZC werd feestelijk geopend.",
        ["groen"],
        (5, -8, "14:00", "16:00", 0, {}),
        {"location_name": "Moestuin AZC", "place": "Alkmaar", "walk_in": True},
    ),
    (
        "Arnhem",
        "Tuindag in de buurtmoestuin",
        "Elke eerste zaterdag van de maand werken we samen in de moestuin. Handschoenen en "
        "gereedschap zijn er.",
        ["groen"],
        (
            5,
            1,
            "10:00",
            "14:00",
            0,
            {"repeat_frequency": "monthly", "repeat_month_week": 1, "repeat_until_weeks": 52},
        ),
        {"location_name": "Buurtmoestuin Presikhaaf", "place": "Arnhem", "walk_in": True},
    ),
    (
        "Arnhem",
        "Nachtwandeling over de Veluwezoom",
        "Een avondwandeling onder de sterren, met warme chocolademelk halverwege. We zijn rond "
        "half twee terug.",
        ["sport", "gezondheid"],
        (5, 2, "22:00", "01:30", 1, {}),
        {
            "location_name": "Parkeerplaats Posbank",
            "place": "Rheden",
            "signup_capacity": 20,
            "no_dutch_needed": True,
        },
    ),
    (
        "Utrecht",
        "Fietsles voor beginners",
        "In acht lessen leer je veilig fietsen in de stad, in een kleine groep.",
        ["sport"],
        (2, 0, "14:00", "15:30", 0, {"repeat_frequency": "weekly", "repeat_count": 8}),
        {
            "location_name": "Sportpark Overvecht",
            "place": "Utrecht",
            "signup_capacity": 4,
            "no_dutch_needed": True,
        },
    ),
    (
        "Utrecht",
        "Koningsdag: kraam van Aan de Slag",
        "Bewoners en vrijwilligers staan samen op de vrijmarkt met zelfgemaakte hapjes.",
        ["evenementen"],
        ("kingsday", 0, None, None, 0, {}),
        {"location_name": "Vrijmarkt Lepelenburg", "place": "Utrecht", "walk_in": True},
    ),
]


# Bulletin board: (site, member, kind, title, text, themes, extra fields) - development only,
# since posts need a member as their author.
BOARD_POSTS = [
    (
        "Alkmaar",
        "Joost",
        "klus",
        "Handen gezocht voor de buurttuin",
        "De buurttuin aan de Hoefplan zoekt elke zaterdagochtend een groepje van drie tot vijf "
        "mensen om te wieden en te oogsten. Koffie en soep staan klaar.",
        ["groen"],
        {
            "organisation": "Buurttuin De Hoef",
            "task": "Wieden, oogsten en de paden vrijhouden.",
            "weekly": True,
            "when": "zaterdag 10:00 - 12:00",
            "meeting_point": "Ingang buurttuin, Hoefplan",
            "group_size_min": 3,
            "group_size_max": 5,
            "no_dutch_needed": True,
            "place": "Alkmaar",
        },
    ),
    (
        "Alkmaar",
        "Fatima",
        "aanbod",
        "Fietsreparatiemiddag",
        "Ik repareer graag fietsen. Kom zaterdagmiddag langs met je fiets, dan maken we hem "
        "samen weer rijklaar.",
        ["sport"],
        {"place": "Alkmaar"},
    ),
    (
        "Arnhem",
        "Amira",
        "oproep",
        "Koks gezocht voor het buurtfeest",
        "Voor het buurtfeest in Presikhaaf zoeken we mensen die een gerecht uit hun land willen "
        "koken. Ingrediënten worden vergoed.",
        ["evenementen", "zorg"],
        {"place": "Arnhem"},
    ),
    (
        "Utrecht",
        "Joost",
        "vraag",
        "Wie wil Nederlands oefenen tijdens het wandelen?",
        "Ik zoek een maatje om één keer per week samen te wandelen en Nederlands te praten.",
        ["taal"],
        {"place": "Utrecht"},
    ),
]
