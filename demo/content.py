"""The demo's words: the national program and the participating municipalities (Dutch)."""

from django.utils.html import escape

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

# Where a municipality whose name is no town lies on the map: its seat, looked up in the
# gazetteer by provisioning (add_municipality --place); the others are found by their name.
MUNICIPALITY_SEATS = {"Utrechtse Heuvelrug": "Doorn"}


# What the groups do in each place (the home page's intro) and the project team's phone.
MUNICIPALITY_DETAILS = {
    "Utrecht": (
        "Hier begon Aan de Slag. Groepjes uit de azc's helpen bij de fietswerkplaats, in "
        "stadstuinen en in het taalcafé van de bibliotheek.",
        "030 286 10 00",
    ),
    "Nijmegen": (
        "Vanuit Heumensoord helpen bewoners bij de Vierdaagse, in het repaircafé en bij "
        "sportclubs in de stad.",
        "024 329 20 00",
    ),
    "Alkmaar": (
        "Bewoners van het azc aan de Bergerweg tuinieren, wandelen en koken samen met Alkmaarders.",
        "072 548 80 00",
    ),
    "Arnhem": (
        "Vanuit Schaarsbergen werken groepjes in de buurtmoestuin van Presikhaaf en wandelen "
        "ze over de Veluwezoom.",
        "026 377 40 00",
    ),
    "Deventer": (
        "Groepjes helpen bij het Dickens Festijn, in de stadsboerderij en bij de voedselbank.",
        "0570 69 30 00",
    ),
    "Heerlen": (
        "Nieuwkomers helpen mee in de kringloopwinkel, bij carnaval en in de wijktuinen van "
        "Heerlen-Noord.",
        "045 560 40 00",
    ),
    "Hoogeveen": (
        "Bewoners van het azc werken in het natuurgebied van het Drents Landschap en helpen "
        "bij de ijsbaan.",
        "0528 29 10 00",
    ),
    "Middelburg": (
        "Groepjes maken het strand van Walcheren schoon en helpen op de zaterdagmarkt.",
        "0118 67 50 00",
    ),
    "Tilburg": (
        "Nieuwkomers helpen bij de Tilburgse Kermis, in de Spoorzone en bij buurthuizen in Noord.",
        "013 542 80 00",
    ),
    "Sittard-Geleen": (
        "Bewoners helpen bij de sportvereniging, de zorgboerderij en het Oktoberfeest in de wijk.",
        "046 477 70 00",
    ),
    "Amsterdam": (
        "Vanuit de azc's in de stad helpen groepjes bij stadsboerderijen, de voedselbank en "
        "buurtfestivals.",
        "020 552 90 00",
    ),
    "Harderwijk": (
        "Groepjes helpen bij de visserijdagen, in de natuur rond het Veluwemeer en in "
        "verzorgingshuizen.",
        "0341 41 19 11",
    ),
    "Rotterdam": (
        "Nieuwkomers helpen in de Afrikaanderwijk, bij de Marathon en in de stadstuinen van Zuid.",
        "010 267 16 00",
    ),
    "Hardenberg": (
        "Bewoners helpen op de boerderij, bij de schaatsbaan en bij het onderhoud van de "
        "Vecht-oevers.",
        "0523 28 91 00",
    ),
    "Utrechtse Heuvelrug": (
        "Groepjes werken mee in de bossen van de Heuvelrug en bij de dorpsfeesten.",
        "0343 56 56 00",
    ),
    "Leersum": (
        "Vanuit het azc helpen bewoners bij de boswachters en in de moestuin van het dorp.",
        "0343 56 57 00",
    ),
    "Overloon": (
        "Bewoners helpen in het Oorlogsmuseum, bij de Ravelijn-tuin en bij de kermis.",
        "0478 64 10 00",
    ),
    "Musselkanaal": (
        "Groepjes helpen bij de museumspoorlijn STAR, de sportvelden en de dorpstuin.",
        "0599 63 12 34",
    ),
    "Dronten": (
        "Nieuwkomers helpen bij Walibi-evenementen, in de polderbossen en bij de "
        "schaatsvereniging.",
        "0321 38 80 00",
    ),
    "Emmeloord": (
        "Bewoners helpen in de Poldertoren, bij de bloembollenvelden en bij het Bloemencorso.",
        "0527 63 39 11",
    ),
    "Rijswijk": (
        "Groepjes helpen in de Rijswijkse parken, bij de speeltuinvereniging en in de bibliotheek.",
        "070 326 12 61",
    ),
}


def municipality_intro(name):
    return MUNICIPALITY_DETAILS[name][0]


def municipality_join_text(home):
    """The Meedoen page: who may join, how it goes, and the project team's own contact details
    (as on the home page)."""
    name = home.title
    contact = ", ".join(part for part in (home.contact_name, home.contact_organisation) if part)
    email = escape(home.contact_email)
    return [
        ("heading", "Wie kan meedoen?"),
        (
            "paragraph",
            f"Iedereen is welkom: bewoners van het azc en inwoners van {name} die samen met "
            "nieuwkomers aan de slag willen. Je hoeft nog geen Nederlands te spreken.",
        ),
        ("heading", "Zo werkt het"),
        (
            "list",
            [
                "Je maakt kennis met het projectteam en vertelt wat je leuk vindt.",
                "Samen zoeken we een klus: in het groen, in de zorg, bij een sportclub of op "
                "een evenement.",
                "Je gaat aan de slag in een vast groepje, eenmalig of elke week.",
            ],
        ),
        ("heading", "Contact"),
        (
            "html",
            f'<p>{escape(contact)}<br/>E-mail: <a href="mailto:{email}">{email}</a><br/>'
            f"Telefoon: {escape(home.contact_phone)}</p>",
        ),
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

# Each showcase municipality's own news: (title, intro, paragraphs, themes, days ago). Every
# site tells its own stories; no two share a title or a text.
LOCAL_NEWS = {
    "Alkmaar": [
        (
            "Buurttuin in Alkmaar krijgt hulp van nieuwe groep",
            "Sinds september werkt elke dinsdag een vast groepje van het azc in buurttuin "
            "De Hoef in Oudorp.",
            [
                "Vijf bewoners van het azc en drie buurtbewoners wieden, zaaien en oogsten samen. "
                "Tuinvrijwilliger Kees wijst de weg: welke plant is onkruid, wanneer is de "
                "pompoen rijp?",
                "Na afloop drinkt de groep koffie in de schuur. Daar wordt veel gelachen en veel "
                "Nederlands geoefend. Een deel van de oogst gaat naar de voedselbank in Alkmaar.",
            ],
            ["groen", "taal"],
            5,
        ),
        (
            "Wandelclub in Alkmaar zoekt nog wandelaars",
            "De wandelclub vanuit het azc loopt twee keer per week door de Alkmaarderhout. Er "
            "is plek voor nieuwe wandelaars.",
            [
                "Wandelen is gezond en je leert de stad kennen. De groep loopt een uur, in een "
                "rustig tempo. Onderweg leer je woorden als bankje, brug en molen.",
                "Je hoeft je niet aan te melden: kom om tien uur naar de ingang van het azc aan "
                "de Bergerweg.",
            ],
            ["zorg", "gezondheid"],
            20,
        ),
        (
            "Koningsdag in Alkmaar: helpende handen gezocht",
            "Oranjevereniging Oudorp zoekt groepjes die helpen bij de kinderspelen en de "
            "vrijmarkt op 27 april.",
            [
                "Vorig jaar hielpen twaalf bewoners van het azc mee met opbouwen en het "
                "spijkerpoepen. Dit jaar wil de vereniging er graag weer een groep bij.",
                "Meld je bij de vrijwilligerscentrale als je wilt helpen. Een oranje shirt krijg "
                "je van de vereniging.",
            ],
            ["evenementen"],
            40,
        ),
    ],
    "Arnhem": [
        (
            "Buurttuin in Arnhem krijgt hulp van nieuwe groep",
            "In de buurtmoestuin van Presikhaaf staat elke eerste zaterdag een groep van het "
            "azc Schaarsbergen klaar.",
            [
                "De moestuin had al jaren te weinig handen. Nu bouwen bewoners van het azc samen "
                "met buren nieuwe bakken voor kruiden en bonen.",
                "De tuinploeg spreekt Nederlands, Arabisch en Tigrinya. Met handen en voeten, en "
                "een woordenlijst in de schuur, komt iedereen een heel eind.",
            ],
            ["groen", "taal"],
            5,
        ),
        (
            "Wandelclub in Arnhem zoekt nog wandelaars",
            "Stichting Present en het azc starten een wandelclub op de Veluwezoom, voor "
            "nieuwkomers en buren.",
            [
                "De route gaat over de heide en door het bos naar de Posbank. Onderweg is er "
                "tijd voor een praatje en een broodje.",
                "Goede schoenen zijn handig; die kun je lenen bij het azc.",
            ],
            ["zorg", "gezondheid"],
            20,
        ),
        (
            "Koningsdag in Arnhem: helpende handen gezocht",
            "Voor de Koningsdag in Presikhaaf zoeken we mensen die willen helpen bij de "
            "kraampjes en het opruimen.",
            [
                "Er is van alles te doen: tafels sjouwen, limonade schenken en na afloop het "
                "plein schoonmaken. Iedereen die helpt krijgt een lunch.",
            ],
            ["evenementen"],
            40,
        ),
    ],
    "Utrecht": [
        (
            "Fietsles in Overvecht: acht nieuwe fietsers op de weg",
            "Acht vrouwen uit het azc haalden hun fietsdiploma bij Sportpark Overvecht.",
            [
                "In acht lessen leerden ze opstappen, remmen, voorrang geven en hun hand "
                "uitsteken. Vrijwilligers van de Fietsersbond liepen de eerste lessen mee.",
                "Wie meedeed, kreeg een opgeknapte fiets uit de fietswerkplaats van het azc. "
                "In het voorjaar start een nieuwe groep.",
            ],
            ["sport", "werk-en-participatie"],
            4,
        ),
        (
            "Taalcafé in de bibliotheek groeit uit zijn jasje",
            "Elke donderdagavond praten nieuwkomers en Utrechters in de bibliotheek Neude "
            "Nederlands met elkaar.",
            [
                "Wat begon met zes mensen aan één tafel, is nu een volle zaal. Vrijwilligers "
                "brengen elke week een ander onderwerp mee: de markt, de huisarts, het weer.",
                "De bibliotheek zoekt nog gespreksleiders. Je hoeft geen docent te zijn; zin in "
                "een goed gesprek is genoeg.",
            ],
            ["taal"],
            14,
        ),
        (
            "Samen koken voor de daklozenopvang",
            "Een groep van het azc kookt één keer per maand een maaltijd voor de gasten van "
            "de nachtopvang.",
            [
                "De koks kiezen zelf het menu: linzensoep uit Syrië, injera uit Eritrea of "
                "stamppot, omdat het winter is. De ingrediënten komen van de voedselbank.",
            ],
            ["zorg"],
            35,
        ),
    ],
    "Nijmegen": [
        (
            "Honderd vrijwilligers van het azc bij de Vierdaagse",
            "Bij de verzorgingsposten langs de route deelden groepjes uit Heumensoord water "
            "en pleisters uit.",
            [
                "Vier dagen lang stonden ze om zes uur klaar. De wandelaars bedankten hen met "
                "applaus, en soms met een bloemetje van de Via Gladiola.",
                "De Stichting De 4Daagse wil volgend jaar weer samenwerken met Aan de Slag.",
            ],
            ["evenementen", "sport"],
            9,
        ),
        (
            "Repaircafé Nijmegen-Oost heeft nieuwe reparateurs",
            "Drie bewoners van het azc repareren nu elke zaterdag fietsen, lampen en "
            "naaimachines in het buurthuis.",
            [
                "Ahmed was in Syrië elektricien. In het repaircafé laat hij zien wat hij kan, en "
                "hij leert de Nederlandse woorden voor zijn vak.",
            ],
            ["werk-en-participatie", "taal"],
            22,
        ),
        (
            "Voetbalclub in Nijmegen-Oost traint samen met nieuwkomers",
            "Op woensdagmiddag helpen jongeren van het azc als trainer bij de jeugd van de "
            "voetbalclub.",
            [
                "Ze zetten pionnen neer, geven ballen aan en fluiten bij de partijtjes. De club "
                "krijgt er handen bij, de jongeren een plek om bij te horen.",
            ],
            ["sport", "gezondheid"],
            50,
        ),
    ],
}


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
    "contact_name": "Programmabureau Aan de Slag, Pharos",
    "contact_email": "aandeslag@pharos.example.nl",
}

# Each municipality's own practice examples, in the sections practitioners use.
LOCAL_PRACTICES = [
    {
        "place": "Alkmaar",
        "title": "Samen tuinieren in de buurttuin",
        "summary": "Elke week werken bewoners van het azc en buurtbewoners samen in een buurttuin.",
        "themes": ["groen", "taal"],
        "status": "lopend",
        "why_and_goal": (
            "<p>Buurttuin De Hoef in Oudorp had te weinig vrijwilligers, en in het azc aan de "
            "Bergerweg zochten bewoners iets zinvols om te doen. Het doel: een vaste groep die "
            "samen tuiniert, Nederlands oefent en de buurt leert kennen.</p>"
        ),
        "approach": (
            "<p>De vrijwilligerscentrale bracht de tuin en het COA bij elkaar. Elke dinsdag "
            "fietst een groep van vijf bewoners met een buurtbewoner naar de tuin. De "
            "tuincoördinator verdeelt de klussen; het werk vraagt weinig taal, dus iedereen kan "
            "meteen meedoen.</p>"
        ),
        "works_well": (
            "<ul><li>Een vaste dag en een vast aanspreekpunt in de tuin.</li>"
            "<li>Samen koffie drinken na afloop: daar ontstaan de gesprekken.</li>"
            "<li>Een deel van de oogst mee naar huis, of naar de voedselbank.</li></ul>"
        ),
        "could_be_better": (
            "<p>In de winter is er weinig te doen. De groep helpt dan bij het snoeien in het "
            "park, maar niet iedereen vindt dat even leuk.</p>"
        ),
        "results": (
            "<p>In één seizoen deden veertien bewoners mee; zes van hen komen elke week. De "
            "tuin heeft er drie nieuwe moestuinbakken bij en de buurt kent de groep bij "
            "naam.</p>"
        ),
        "target_group": "Bewoners van het azc en buurtbewoners van Oudorp",
        "start_date": (2025, 9, 1),
        "contact_name": "Joost de Vries, Vrijwilligerscentrale Alkmaar",
        "contact_email": "aandeslag@alkmaar.example.nl",
        "partners": [
            ("Vrijwilligerscentrale Alkmaar", "organiseert de groep", ""),
            ("Buurttuin De Hoef", "de plek en de tuincoördinator", ""),
            ("COA-locatie Alkmaar", "contact met bewoners", "https://www.coa.nl/"),
        ],
    },
    {
        "place": "Nijmegen",
        "title": "Vrijwilligers bij de Vierdaagse",
        "summary": "Groepjes uit het azc helpen bij de verzorgingsposten van de Vierdaagse.",
        "themes": ["evenementen", "sport"],
        "status": "afgerond",
        "why_and_goal": (
            "<p>De Vierdaagse heeft elk jaar duizenden vrijwilligers nodig. Voor bewoners van "
            "azc Heumensoord is het een kans om mee te doen met het grootste feest van de "
            "stad.</p>"
        ),
        "approach": (
            "<p>De vrijwilligerscentrale maakte groepjes van vier: drie bewoners en een "
            "ervaren Vierdaagse-vrijwilliger. Vooraf was er een uitleg op het azc, met foto's "
            "van de posten en de belangrijkste woorden. De groepjes deelden water, fruit en "
            "pleisters uit.</p>"
        ),
        "works_well": (
            "<ul><li>Een korte training vooraf, op de plek waar de bewoners wonen.</li>"
            "<li>Groepjes met een ervaren vrijwilliger, zodat niemand er alleen voor staat.</li>"
            "<li>Een bedankmoment na afloop, met een medaille voor iedereen.</li></ul>"
        ),
        "could_be_better": (
            "<p>De diensten begonnen vroeg; vervoer vanaf het azc was de eerste dag niet goed "
            "geregeld. Spreek dat ruim van tevoren af met de organisatie.</p>"
        ),
        "results": (
            "<p>Honderd bewoners draaiden samen zo'n vierhonderd diensten. Tien van hen zijn "
            "daarna vrijwilliger geworden bij een sportclub in de stad.</p>"
        ),
        "target_group": "Bewoners van azc Heumensoord",
        "start_date": (2025, 7, 15),
        "contact_name": "Projectteam Aan de Slag Nijmegen",
        "contact_email": "aandeslag@nijmegen.example.nl",
        "partners": [
            ("Vrijwilligerscentrale Nijmegen", "organiseert de groepjes", ""),
            ("Stichting De 4Daagse", "de verzorgingsposten", "https://www.4daagse.nl/"),
            ("COA-locatie Nijmegen", "contact met bewoners", "https://www.coa.nl/"),
        ],
    },
    {
        "place": "Arnhem",
        "title": "Wandelclub voor nieuwkomers en buren",
        "summary": (
            "Een wekelijkse wandeling waarbij nieuwkomers en buren samen bewegen en praten."
        ),
        "themes": ["zorg", "gezondheid"],
        "status": "lopend",
        "why_and_goal": (
            "<p>Veel bewoners van het azc Schaarsbergen bewegen weinig en voelen zich somber. "
            "Een wandeling met buren is een laagdrempelige manier om gezond te blijven en "
            "mensen te leren kennen.</p>"
        ),
        "approach": (
            "<p>Elke zaterdag vertrekt de groep vanaf het azc of de Posbank. Twee vaste "
            "vrijwilligers van Stichting Present lopen mee en kennen de routes. Halverwege is "
            "er thee; onderweg praat iedereen Nederlands, zo goed en zo kwaad als het gaat.</p>"
        ),
        "works_well": (
            "<ul><li>Niet aanmelden: wie er is, loopt mee.</li>"
            "<li>Routes van een uur, met een kortere variant voor wie dat nodig heeft.</li>"
            "<li>Schoenen en regenjassen om te lenen bij het azc.</li></ul>"
        ),
        "could_be_better": (
            "<p>Bij slecht weer komen er weinig mensen. Een binnenactiviteit als alternatief "
            "staat nog op het wensenlijstje.</p>"
        ),
        "results": (
            "<p>Gemiddeld lopen er twaalf mensen mee, de helft uit de buurt. Deelnemers zeggen "
            "dat ze beter slapen en meer mensen kennen in Arnhem.</p>"
        ),
        "target_group": "Bewoners van azc Schaarsbergen en buurtbewoners",
        "start_date": (2025, 4, 5),
        "contact_name": "Projectteam Aan de Slag Arnhem",
        "contact_email": "aandeslag@arnhem.example.nl",
        "partners": [
            ("Vrijwilligerscentrale Arnhem", "organiseert de club", ""),
            ("Stichting Present Arnhem", "wandelbegeleiders", ""),
            ("COA-locatie Arnhem", "contact met bewoners", "https://www.coa.nl/"),
        ],
    },
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
# Members in the directory: (name, site, organisation, role) - development only. Their login
# is lid-<name>, password demo-lid. Every site has a newcomer and someone from an organisation.
DEMO_MEMBERS = [
    ("Amira", "Alkmaar", "", "deelnemer"),
    ("Joost", "Alkmaar", "Vrijwilligerscentrale Alkmaar", "vrijwilliger"),
    ("Fatima", "Alkmaar", "Buurttuin De Hoef", "vrijwilliger"),
    ("Yonas", "Utrecht", "", "deelnemer"),
    ("Marieke", "Utrecht", "Taalhuis Overvecht", "vrijwilliger"),
    ("Hevin", "Nijmegen", "", "deelnemer"),
    ("Bram", "Nijmegen", "Repaircafé De Biezantijn", "vrijwilliger"),
    ("Tesfay", "Arnhem", "", "deelnemer"),
    ("Ingrid", "Arnhem", "Wijkteam Presikhaaf", "professional"),
    ("Rania", "Deventer", "", "deelnemer"),
    ("Gerrit", "Deventer", "Stichting Deventer Boekenmarkt", "vrijwilliger"),
    ("Ahmad", "Heerlen", "", "deelnemer"),
    ("Lieke", "Heerlen", "Kringloop Heerlen-Noord", "professional"),
    ("Senait", "Hoogeveen", "", "deelnemer"),
    ("Harm", "Hoogeveen", "IVN Hoogeveen", "vrijwilliger"),
    ("Oleksandr", "Middelburg", "", "deelnemer"),
    ("Janneke", "Middelburg", "Zeeuwse Bibliotheek", "vrijwilliger"),
    ("Dawit", "Tilburg", "", "deelnemer"),
    ("Sanne", "Tilburg", "Buurthuis De Poorten", "professional"),
    ("Nour", "Sittard-Geleen", "", "deelnemer"),
    ("Wim", "Sittard-Geleen", "Zorgboerderij De Hoeve", "vrijwilliger"),
    ("Samir", "Amsterdam", "", "deelnemer"),
    ("Femke", "Amsterdam", "Stadsboerderij Osdorp", "professional"),
    ("Kateryna", "Harderwijk", "", "deelnemer"),
    ("Kees", "Harderwijk", "Zorgcentrum Het Baken", "vrijwilliger"),
    ("Abdi", "Rotterdam", "", "deelnemer"),
    ("Priya", "Rotterdam", "Voedselbank Rotterdam-Zuid", "vrijwilliger"),
    ("Mahmoud", "Hardenberg", "", "deelnemer"),
    ("Gerda", "Hardenberg", "Landschapsbeheer Vechtdal", "vrijwilliger"),
    ("Layla", "Utrechtse Heuvelrug", "", "deelnemer"),
    ("Maarten", "Utrechtse Heuvelrug", "Staatsbosbeheer Doorn", "professional"),
    ("Eyerusalem", "Leersum", "", "deelnemer"),
    ("Henk", "Leersum", "Dorpsmoestuin Leersum", "vrijwilliger"),
    ("Omar", "Overloon", "", "deelnemer"),
    ("Anouk", "Overloon", "Gemeente Land van Cuijk", "gemeente"),
    ("Zainab", "Musselkanaal", "", "deelnemer"),
    ("Jan-Willem", "Musselkanaal", "Museumspoorlijn STAR", "vrijwilliger"),
    ("Mykola", "Dronten", "", "deelnemer"),
    ("Esther", "Dronten", "Voetbalclub Dronten", "vrijwilliger"),
    ("Aziz", "Emmeloord", "", "deelnemer"),
    ("Truus", "Emmeloord", "Vrijwilligerscentrale Noordoostpolder", "professional"),
    ("Hana", "Rijswijk", "", "deelnemer"),
    ("Ruud", "Rijswijk", "Speeltuinvereniging De Bomenbuurt", "vrijwilliger"),
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


def _task(organisation, task, when, meeting_point, size, place, weekly=False):
    """The task fields of a klus on the board."""
    return {
        "organisation": organisation,
        "task": task,
        "weekly": weekly,
        "when": when,
        "meeting_point": meeting_point,
        "group_size_min": size[0],
        "group_size_max": size[1],
        "no_dutch_needed": True,
        "place": place,
    }


# Two more posts on every other board, by that place's own members.
BOARD_POSTS += [
    (
        "Utrecht",
        "Marieke",
        "aanbod",
        "Taalcafé op donderdagavond in Overvecht",
        "In de bibliotheek aan het Zamenhofplein oefenen we elke donderdag van zeven tot half "
        "negen Nederlands met een kop thee. Geen les, gewoon praten over je week.",
        ["taal"],
        {"organisation": "Taalhuis Overvecht", "place": "Utrecht"},
    ),
    (
        "Nijmegen",
        "Bram",
        "klus",
        "Sleutelaars gezocht voor het repaircafé",
        "Elke laatste zaterdag van de maand repareren we in De Biezantijn broodroosters, fietsen "
        "en naaimachines. We zoeken mensen die willen meekijken en leren sleutelen.",
        ["werk-en-participatie"],
        _task(
            "Repaircafé De Biezantijn",
            "Spullen van bezoekers nakijken en samen repareren; gereedschap ligt klaar.",
            "laatste zaterdag van de maand, 13:00 - 16:00",
            "Buurthuis De Biezantijn, Biezantijnstraat",
            (2, 4),
            "Nijmegen",
        ),
    ),
    (
        "Nijmegen",
        "Hevin",
        "vraag",
        "Wie fietst mee over de Waalbrug?",
        "Ik heb net een fiets en wil naar mijn taalles in het centrum fietsen, maar de drukte op "
        "de Waalbrug vind ik eng. Wie fietst de eerste keren met me mee vanuit Lent?",
        ["sport", "taal"],
        {"place": "Nijmegen"},
    ),
    (
        "Arnhem",
        "Ingrid",
        "klus",
        "Opbouwen voor de wijkmaaltijd in Presikhaaf",
        "Voor de wijkmaaltijd in het Honigcomplex-gebouw zoeken we mensen die tafels sjouwen, "
        "dekken en na afloop helpen opruimen.",
        ["evenementen"],
        _task(
            "Wijkteam Presikhaaf",
            "Tafels en stoelen neerzetten, dekken en na afloop opruimen.",
            "vrijdag 16:00 - 21:00",
            "Wijkcentrum Presikhaaf, Slochterenweg",
            (4, 8),
            "Arnhem",
        ),
    ),
    (
        "Deventer",
        "Rania",
        "vraag",
        "Wie helpt mij met een sollicitatiebrief?",
        "Ik was apotheker in Aleppo en wil hier in een apotheek werken. Wie wil samen met mij "
        "mijn brief en cv nalezen? Ik kan in de bibliotheek aan de Brink afspreken.",
        ["werk-en-participatie", "taal"],
        {"place": "Deventer"},
    ),
    (
        "Deventer",
        "Gerrit",
        "klus",
        "Kramen opbouwen voor de boekenmarkt",
        "Op de eerste zondag van augustus staan er zes kilometer boekenkramen langs de IJssel. "
        "De avond ervoor zetten we de kramen op; vele handen maken licht werk.",
        ["evenementen"],
        _task(
            "Stichting Deventer Boekenmarkt",
            "Marktkramen uitladen en opzetten langs de Welle en de IJsselkade.",
            "zaterdag 18:00 - 21:00",
            "Hoek Welle en Vispoort",
            (6, 12),
            "Deventer",
        ),
    ),
    (
        "Heerlen",
        "Lieke",
        "aanbod",
        "Gratis winterjassen in de kringloop",
        "We hebben een rek vol warme jassen en schoenen gekregen. Nieuwe inwoners kunnen deze "
        "week in Heerlen-Noord gratis een jas uitzoeken, ook voor de kinderen.",
        ["zorg"],
        {"organisation": "Kringloop Heerlen-Noord", "place": "Heerlen"},
    ),
    (
        "Heerlen",
        "Ahmad",
        "vraag",
        "Waar mag ik een workshop kalligrafie geven?",
        "In Syrië gaf ik les in Arabisch schoonschrift. Weet iemand een plek in Heerlen, zoals "
        "het Glaspaleis of een buurthuis in Meezenbroek, waar ik een middag les mag geven?",
        ["evenementen"],
        {"place": "Heerlen"},
    ),
    (
        "Hoogeveen",
        "Harm",
        "klus",
        "Nestkastjes timmeren voor het Fochteloërveen",
        "Met IVN timmeren we nestkastjes voor mezen en spreeuwen. Hout, hamers en spijkers zijn "
        "er; in het voorjaar hangen we ze samen op.",
        ["groen"],
        _task(
            "IVN Hoogeveen",
            "Nestkastjes zagen en timmeren volgens een bouwtekening.",
            "woensdag 14:00 - 16:30",
            "Schuur van de Natuurtuin, Bentinckspark",
            (3, 6),
            "Hoogeveen",
        ),
    ),
    (
        "Hoogeveen",
        "Senait",
        "vraag",
        "Zoek een oppas-ruil voor de ochtend",
        "Ik heb twee kleine kinderen en wil naar de taalles in De Tamboer. Is er een moeder in "
        "de Krakeel die wil ruilen: ik pas op jouw kinderen, jij op de mijne?",
        ["zorg", "taal"],
        {"place": "Hoogeveen"},
    ),
    (
        "Middelburg",
        "Janneke",
        "oproep",
        "Voorlezers gezocht, ook in je eigen taal",
        "Voor de voorleesochtend op zaterdag in de Zeeuwse Bibliotheek aan de Kousteensedijk "
        "zoeken we voorlezers, ook in het Arabisch, Tigrinya of Oekraïens. Kinderen horen zo "
        "hun eigen taal naast het Nederlands.",
        ["taal"],
        {"organisation": "Zeeuwse Bibliotheek", "place": "Middelburg"},
    ),
    (
        "Middelburg",
        "Oleksandr",
        "aanbod",
        "Elektricien helpt bij kleine klussen",
        "Ik was elektricien in Charkiv. Een lamp ophangen of een stopcontact dat niet werkt in "
        "de binnenstad? Ik kom graag helpen, dan oefen ik meteen mijn Nederlands.",
        ["werk-en-participatie"],
        {"place": "Middelburg"},
    ),
    (
        "Tilburg",
        "Sanne",
        "klus",
        "Koken voor veertig buren in Tilburg-Noord",
        "Eens per maand koken we in De Poorten een maaltijd voor de buurt. We zoeken mensen die "
        "groenten snijden, koken en de afwas doen.",
        ["zorg", "evenementen"],
        _task(
            "Buurthuis De Poorten",
            "Groenten snijden, meekoken en na afloop de keuken schoonmaken.",
            "elke tweede vrijdag, 15:00 - 20:00",
            "Keuken van Buurthuis De Poorten",
            (3, 6),
            "Tilburg",
        ),
    ),
    (
        "Tilburg",
        "Dawit",
        "vraag",
        "Wie speelt er zaterdag voetbal in het Wandelbos?",
        "Ik zoek mensen om in het weekend een partijtje te voetballen op het veldje bij het "
        "Wandelbos. Ik neem een bal mee; iedereen is welkom.",
        ["sport"],
        {"place": "Tilburg"},
    ),
    (
        "Sittard-Geleen",
        "Wim",
        "klus",
        "Stal uitmesten op de zorgboerderij",
        "Op De Hoeve zoeken we op dinsdagochtend hulp bij het uitmesten van de geitenstal, samen "
        "met onze bewoners. Laarzen kun je lenen.",
        ["zorg", "groen"],
        _task(
            "Zorgboerderij De Hoeve",
            "De geitenstal uitmesten, vers stro strooien en de dieren voeren.",
            "dinsdag 09:30 - 12:00",
            "Erf van Zorgboerderij De Hoeve",
            (2, 4),
            "Sittard-Geleen",
            weekly=True,
        ),
    ),
    (
        "Sittard-Geleen",
        "Nour",
        "vraag",
        "Wie legt mij de carnaval uit?",
        "Iedereen in Sittard praat over carnaval en de Vastelaovend. Ik wil graag meedoen met "
        "mijn dochters. Wie vertelt wat we moeten weten en gaat mee naar de optocht?",
        ["evenementen"],
        {"place": "Sittard-Geleen"},
    ),
    (
        "Amsterdam",
        "Femke",
        "klus",
        "Geiten voeren in het weekend",
        "De stadsboerderij in Osdorp zoekt vaste helpers voor zondagochtend: hooi geven, water "
        "verversen en bezoekers vertellen over de dieren.",
        ["groen"],
        _task(
            "Stadsboerderij Osdorp",
            "Dieren voeren, hokken schoonmaken en bezoekers de weg wijzen.",
            "zondag 09:00 - 12:00",
            "Hek van de stadsboerderij, Osdorper Ban",
            (2, 3),
            "Amsterdam",
            weekly=True,
        ),
    ),
    (
        "Amsterdam",
        "Samir",
        "aanbod",
        "Hulp bij formulieren in het Arabisch en Frans",
        "Ik woon al een jaar in Nieuw-West en help graag anderen met brieven van de gemeente of "
        "de zorgverzekering. Dinsdagmiddag in het buurthuis aan het Plein '40-'45.",
        ["werk-en-participatie", "taal"],
        {"place": "Amsterdam"},
    ),
    (
        "Harderwijk",
        "Kees",
        "klus",
        "Rolstoelwandeling langs de boulevard",
        "Bewoners van Het Baken gaan graag naar buiten. Wie duwt een rolstoel mee langs het "
        "Veluwemeer, met een ijsje halverwege?",
        ["zorg", "gezondheid"],
        _task(
            "Zorgcentrum Het Baken",
            "Een bewoner in de rolstoel meenemen voor een wandeling van een uur.",
            "donderdag 14:00 - 15:30",
            "Ingang Zorgcentrum Het Baken",
            (3, 6),
            "Harderwijk",
            weekly=True,
        ),
    ),
    (
        "Harderwijk",
        "Kateryna",
        "vraag",
        "Naaimachine te leen gevraagd",
        "Ik naai kleding voor mijn kinderen en voor buren, maar mijn machine staat nog in Kyiv. "
        "Heeft iemand in Stadsweiden een naaimachine die hij een paar weken kan missen?",
        ["werk-en-participatie"],
        {"place": "Harderwijk"},
    ),
    (
        "Rotterdam",
        "Priya",
        "klus",
        "Inpakken bij de voedselbank op vrijdag",
        "In het depot aan de Waalhaven pakken we elke vrijdag pakketten in voor gezinnen in "
        "Zuid. Je werkt in een vast team en krijgt een lunch.",
        ["zorg", "werk-en-participatie"],
        _task(
            "Voedselbank Rotterdam-Zuid",
            "Producten sorteren op datum en pakketten inpakken.",
            "vrijdag 09:00 - 12:00",
            "Depot Voedselbank, Waalhaven Oostzijde",
            (4, 10),
            "Rotterdam",
            weekly=True,
        ),
    ),
    (
        "Rotterdam",
        "Abdi",
        "aanbod",
        "Somalische thee en verhalen in Feijenoord",
        "Op zaterdagmiddag zet ik thee met kardemom in de huiskamer van de Afrikaanderwijk. "
        "Kom luisteren naar verhalen uit Somalië en vertel er zelf een uit Rotterdam.",
        ["evenementen", "taal"],
        {"place": "Rotterdam"},
    ),
    (
        "Hardenberg",
        "Gerda",
        "klus",
        "Wilgentenen vlechten langs de Vecht",
        "Van de takken die we bij het knotten zaagden, vlechten we een wilgenhut voor de "
        "speeltuin in Baalderveld. Vlechten leer je ter plekke.",
        ["groen"],
        _task(
            "Landschapsbeheer Vechtdal",
            "Wilgentenen sorteren en samen een hut vlechten.",
            "zaterdag 10:00 - 13:00",
            "Speeltuin Baalderveld",
            (4, 8),
            "Hardenberg",
        ),
    ),
    (
        "Hardenberg",
        "Mahmoud",
        "vraag",
        "Wie wil met mij schaken?",
        "Ik speelde in Irak bij een schaakclub en mis het spel. Wie wil een keer per week een "
        "partij spelen, in het Voorhuys of in de bibliotheek?",
        ["evenementen"],
        {"place": "Hardenberg"},
    ),
    (
        "Utrechtse Heuvelrug",
        "Maarten",
        "klus",
        "Bospaden vrijmaken na de storm",
        "Na de storm liggen er takken over de wandelpaden in de Doornse bossen. Met "
        "Staatsbosbeheer ruimen we ze op; zagen doen wij, slepen doen we samen.",
        ["groen", "gezondheid"],
        _task(
            "Staatsbosbeheer Doorn",
            "Takken van de paden slepen en op rillen leggen.",
            "zaterdag 09:30 - 13:00",
            "Parkeerplaats Lange Dreef, Doorn",
            (4, 10),
            "Utrechtse Heuvelrug",
        ),
    ),
    (
        "Utrechtse Heuvelrug",
        "Layla",
        "vraag",
        "Vervoer naar de taalles in Driebergen",
        "De bus vanaf het AZC gaat maar een keer per uur. Wie rijdt op maandagochtend naar "
        "Driebergen-Zeist en heeft nog een plekje in de auto?",
        ["taal"],
        {"place": "Utrechtse Heuvelrug"},
    ),
    (
        "Leersum",
        "Henk",
        "klus",
        "Een kas bouwen in de dorpsmoestuin",
        "We hebben een oude tuinkas gekregen van een kweker uit Amerongen. Wie helpt hem op te "
        "bouwen achter De Rank? Wie meehelpt, krijgt in het voorjaar tomatenplantjes mee.",
        ["groen"],
        _task(
            "Dorpsmoestuin Leersum",
            "Het frame van de kas opbouwen en de glasplaten plaatsen.",
            "zaterdag 09:30 - 13:00",
            "Dorpsmoestuin Leersum, achter De Rank",
            (3, 5),
            "Leersum",
        ),
    ),
    (
        "Leersum",
        "Eyerusalem",
        "aanbod",
        "Eritrese koffieceremonie voor het dorp",
        "Ik brand de bonen zelf en schenk drie rondes koffie, zoals bij ons thuis. Op zondag in "
        "het dorpshuis; neem iets lekkers mee en maak kennis.",
        ["evenementen", "zorg"],
        {"place": "Leersum"},
    ),
    (
        "Overloon",
        "Anouk",
        "oproep",
        "Verhalen gezocht voor de tentoonstelling",
        "Het Oorlogsmuseum maakt een tentoonstelling over vluchten, toen en nu. Wil jij je "
        "verhaal vertellen? We nemen het op, alleen als jij dat wilt.",
        ["evenementen"],
        {"organisation": "Gemeente Land van Cuijk", "place": "Overloon"},
    ),
    (
        "Overloon",
        "Omar",
        "vraag",
        "Werk in de tuinbouw rond Overloon?",
        "Ik heb in Afghanistan op een boomgaard gewerkt. Weet iemand een kweker of fruitteler "
        "in de buurt die mensen zoekt, ook voor een paar dagen in de week?",
        ["werk-en-participatie"],
        {"place": "Overloon"},
    ),
    (
        "Musselkanaal",
        "Jan-Willem",
        "klus",
        "Wagons poetsen bij de museumspoorlijn",
        "Voor het seizoen begint krijgen de oude treinstellen van de STAR een poetsbeurt: ramen, "
        "bankjes en koperwerk. Koffie met koek in de restauratiewagen.",
        ["werk-en-participatie"],
        _task(
            "Museumspoorlijn STAR",
            "Ramen wassen, bankjes afnemen en het koperwerk poetsen.",
            "zaterdag 10:00 - 15:00",
            "Station Musselkanaal, Havenstraat",
            (3, 8),
            "Musselkanaal",
        ),
    ),
    (
        "Musselkanaal",
        "Zainab",
        "vraag",
        "Zwemles voor volwassen vrouwen",
        "Ik heb nooit leren zwemmen en wil dat graag, net als mijn kinderen. Is er in "
        "Musselkanaal of Stadskanaal een uur alleen voor vrouwen? Wie gaat er mee?",
        ["sport", "gezondheid"],
        {"place": "Musselkanaal"},
    ),
    (
        "Dronten",
        "Esther",
        "klus",
        "Kantinedienst bij de jeugdwedstrijden",
        "Op zaterdagochtend draait de kantine van de voetbalclub op vrijwilligers: limonade "
        "schenken, tosti's maken en de kassa bijhouden. Je leert het in een ochtend.",
        ["sport"],
        _task(
            "Voetbalclub Dronten",
            "Achter de bar staan, tosti's maken en afrekenen.",
            "zaterdag 08:30 - 12:30",
            "Kantine Sportpark De Ketting",
            (2, 3),
            "Dronten",
            weekly=True,
        ),
    ),
    (
        "Dronten",
        "Mykola",
        "aanbod",
        "Ik help met fietsen en brommers",
        "Ik was monteur in Odesa. Wie een lekke band of kapotte versnelling heeft, kan "
        "woensdagavond langskomen bij de schuur van De Meerpaal.",
        ["werk-en-participatie", "sport"],
        {"place": "Dronten"},
    ),
    (
        "Emmeloord",
        "Truus",
        "oproep",
        "Maatjes gezocht voor nieuwe inwoners",
        "Nieuwe inwoners van de Noordoostpolder zoeken een maatje voor een half jaar: samen "
        "boodschappen doen, de weg vinden in de Lange Nering en een kop koffie drinken.",
        ["taal", "zorg"],
        {"organisation": "Vrijwilligerscentrale Noordoostpolder", "place": "Emmeloord"},
    ),
    (
        "Emmeloord",
        "Aziz",
        "aanbod",
        "Tuinhulp in de polder",
        "In Syrië had mijn familie een olijfgaard. Ik help graag mensen in Emmeloord met snoeien, "
        "maaien of het opruimen van de tuin in het voorjaar.",
        ["groen"],
        {"place": "Emmeloord"},
    ),
    (
        "Rijswijk",
        "Ruud",
        "klus",
        "Schilderen in de speeltuin",
        "De wipkippen en het klimrek in De Bomenbuurt zijn toe aan een nieuwe kleur. We schuren "
        "en schilderen op twee zaterdagen; verf en kwasten zijn er.",
        ["werk-en-participatie"],
        _task(
            "Speeltuinvereniging De Bomenbuurt",
            "Speeltoestellen schuren en in de grondverf zetten.",
            "zaterdag 10:00 - 14:00",
            "Speeltuin De Bomenbuurt, Lindelaan",
            (4, 8),
            "Rijswijk",
        ),
    ),
    (
        "Rijswijk",
        "Hana",
        "vraag",
        "Oefenen voor het inburgeringsexamen",
        "Over twee maanden doe ik examen spreken en luisteren. Wie wil in het Oude Dorp een uur "
        "per week met mij oefenen, bijvoorbeeld in de bibliotheek aan de Herenstraat?",
        ["taal"],
        {"place": "Rijswijk"},
    ),
]


# One activity of its own on the agenda of every other municipality: (site, title, intro,
# themes, weekday, weeks from now, start, end, where). Six weeks out or later, so the national
# calendar's first page still opens with the nearer activities above.
LOCAL_AGENDA = [
    (
        "Nijmegen",
        "Repaircafé in het buurthuis",
        "Breng je kapotte fiets, lamp of broek mee: samen maken we hem weer heel.",
        ["werk-en-participatie"],
        5,
        6,
        "13:00",
        "16:00",
        "Buurthuis De Biezantijn",
    ),
    (
        "Deventer",
        "Boeken sorteren voor de boekenmarkt",
        "De grootste boekenmarkt van Europa begint in het depot: help mee met sorteren en prijzen.",
        ["evenementen", "taal"],
        5,
        7,
        "09:00",
        "13:00",
        "Bergkwartier",
    ),
    (
        "Heerlen",
        "Kringloopmiddag: sorteren en prijzen",
        "Samen spullen sorteren en prijzen in de kringloopwinkel. Je leert veel nieuwe woorden.",
        ["werk-en-participatie", "taal"],
        2,
        6,
        "13:30",
        "16:30",
        "Kringloop Heerlen-Noord",
    ),
    (
        "Hoogeveen",
        "Heidebeheer in het Fochteloërveen",
        "Met de boswachter berkjes trekken op de heide. Laarzen en soep zijn er.",
        ["groen"],
        5,
        8,
        "10:00",
        "15:00",
        "Bezoekerscentrum Fochteloërveen",
    ),
    (
        "Middelburg",
        "Strand schoonmaken op Walcheren",
        "Een ochtend afval rapen op het strand, daarna samen frietjes eten.",
        ["groen", "gezondheid"],
        6,
        6,
        "10:00",
        "12:30",
        "Boulevard de Ruyter",
    ),
    (
        "Tilburg",
        "Buurtmaaltijd in Noord: koken en opbouwen",
        "Samen koken voor veertig buren, de tafels dekken en na afloop de afwas doen.",
        ["zorg", "evenementen"],
        5,
        9,
        "14:00",
        "18:00",
        "Buurthuis De Poorten",
    ),
    (
        "Sittard-Geleen",
        "Meehelpen op de zorgboerderij",
        "De dieren voeren en de stal uitmesten, samen met de bewoners van de zorgboerderij.",
        ["zorg", "groen"],
        3,
        7,
        "09:30",
        "12:00",
        "Zorgboerderij De Hoeve",
    ),
    (
        "Amsterdam",
        "Dieren verzorgen op de stadsboerderij",
        "Geiten voeren, de kippenren schoonmaken en bezoekers de weg wijzen in Nieuw-West.",
        ["groen"],
        5,
        6,
        "10:00",
        "13:00",
        "Stadsboerderij Osdorp",
    ),
    (
        "Harderwijk",
        "Koffie-ochtend in het verzorgingshuis",
        "Samen koffie schenken en een spelletje doen met de ouderen van Het Baken.",
        ["zorg", "taal"],
        1,
        8,
        "10:00",
        "11:30",
        "Zorgcentrum Het Baken",
    ),
    (
        "Rotterdam",
        "Sorteren bij de voedselbank Zuid",
        "Pakketten inpakken voor gezinnen in Rotterdam-Zuid. Je werkt in een vast team.",
        ["zorg", "werk-en-participatie"],
        4,
        7,
        "09:00",
        "12:00",
        "Voedselbank Rotterdam-Zuid",
    ),
    (
        "Hardenberg",
        "Knotwilgen knotten langs de Vecht",
        "Met de vereniging Landschapsbeheer zagen we de wilgen bij. Zaag en handschoenen krijg je.",
        ["groen"],
        5,
        10,
        "09:30",
        "14:00",
        "Parkeerplaats Vechtdal",
    ),
    (
        "Utrechtse Heuvelrug",
        "Bospad opknappen met de boswachter",
        "Takken ruimen en een wandelpad herstellen in de bossen bij Doorn.",
        ["groen", "gezondheid"],
        5,
        7,
        "10:00",
        "14:00",
        "Boswachterij Doorn",
    ),
    (
        "Leersum",
        "Klussen in de dorpsmoestuin",
        "Paden vrijhouden, de composthoop omzetten en gereedschap opknappen in de dorpsmoestuin.",
        ["groen"],
        2,
        6,
        "14:00",
        "16:00",
        "Dorpsmoestuin Leersum",
    ),
    (
        "Overloon",
        "Rondleiders helpen in het museum",
        "Bezoekers de weg wijzen en folders uitdelen in het Oorlogsmuseum.",
        ["werk-en-participatie", "taal"],
        6,
        8,
        "11:00",
        "15:00",
        "Oorlogsmuseum Overloon",
    ),
    (
        "Musselkanaal",
        "Poetsdag bij de museumspoorlijn",
        "De oude treinwagons van de STAR krijgen een grote schoonmaakbeurt.",
        ["werk-en-participatie"],
        5,
        9,
        "10:00",
        "15:00",
        "Station Musselkanaal",
    ),
    (
        "Dronten",
        "Sportvelden onderhouden bij de voetbalclub",
        "Lijnen trekken, netten ophangen en ballen oppompen bij de voetbalclub in Dronten.",
        ["sport"],
        5,
        6,
        "09:00",
        "12:00",
        "Sportpark De Ketting",
    ),
    (
        "Emmeloord",
        "Opruimen in het Emmelerbos",
        "Zwerfvuil rapen en paden vrijmaken in het bos bij Emmeloord, met koffie na afloop.",
        ["groen"],
        6,
        7,
        "10:00",
        "13:00",
        "Ingang Emmelerbos",
    ),
    (
        "Rijswijk",
        "Speeltuin opknappen",
        "Schilderen, schuren en zand aanvullen bij de speeltuinvereniging in de Bomenbuurt.",
        ["werk-en-participatie"],
        5,
        8,
        "10:00",
        "14:00",
        "Speeltuin De Bomenbuurt",
    ),
]

EVENTS += [
    (
        place,
        title,
        intro,
        themes,
        (weekday, weeks, start, end, 0, {}),
        {"location_name": where, "place": place, "walk_in": True, "no_dutch_needed": True},
    )
    for place, title, intro, themes, weekday, weeks, start, end, where in LOCAL_AGENDA
]
