"""Demo data for the 2014–2015 round of the Flemish core-task plans (kerntakenplannen).

Pure data, standard library only: the round and its milestones, the round's documents
and the 13 policy domains of that time with their main entities, the competent
ministers (by portfolio, never by name) and their core processes. FTE and budget
(thousands of euro) are Decimals, dates are ``datetime.date``.

Run ``python3 plans/demo_data.py`` to check the data against the rules of the spec.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

ASSESSMENTS = ("phase_out", "transfer", "optimise", "keep", "strengthen", "introduce")
AXES = ("service_delivery", "regulation", "enforcement", "permits", "subsidies", "other")
TRANSFER_LEVELS = ("municipality", "province", "intermunicipal")
ENTITY_KINDS = ("department", "internal_agency", "external_agency", "other")
DOCUMENT_KINDS = ("communication", "decision", "minutes", "framework", "other")

# Portfolios of the Flemish Government 2014–2019 (same string = same minister).
MINISTER_PRESIDENT = (
    "Minister-president van de Vlaamse Regering, Vlaams minister van Buitenlands Beleid en "
    "Onroerend Erfgoed"
)
MINISTER_EDUCATION = "Viceminister-president van de Vlaamse Regering, Vlaams minister van Onderwijs"
MINISTER_ADMINISTRATION = (
    "Viceminister-president van de Vlaamse Regering, Vlaams minister van Bestuurszaken, "
    "Binnenlands Bestuur, Inburgering, Wonen, Gelijke Kansen en Armoedebestrijding"
)
MINISTER_FINANCE = (
    "Viceminister-president van de Vlaamse Regering, Vlaams minister van Begroting, Financiën en "
    "Energie"
)
MINISTER_MOBILITY = (
    "Vlaams minister van Mobiliteit, Openbare Werken, Vlaamse Rand, Toerisme en Dierenwelzijn"
)
MINISTER_WELFARE = "Vlaams minister van Welzijn, Volksgezondheid en Gezin"
MINISTER_WORK = "Vlaams minister van Werk, Economie, Innovatie en Sport"
MINISTER_ENVIRONMENT = "Vlaams minister van Omgeving, Natuur en Landbouw"
MINISTER_CULTURE = "Vlaams minister van Cultuur, Media, Jeugd en Brussel"


def _p(
    entity: str,
    title: str,
    description: str,
    *,
    axis: str,
    assessment: str,
    motivation: str = "",
    transfer_level: str = "",
    fte: str | None = None,
    budget: str | None = None,
) -> dict:
    """One core process without its code; ``_numbered`` assigns the codes in order."""
    return {
        "entity": entity,
        "title": title,
        "description": description,
        "axis": axis,
        "assessment": assessment,
        "motivation": motivation,
        "transfer_level": transfer_level,
        "fte": None if fte is None else Decimal(fte),
        "budget": None if budget is None else Decimal(budget),
    }


def _numbered(domain_code: str, processes: list[dict]) -> list[dict]:
    """Give the processes of a domain the codes DOMAIN-01, DOMAIN-02, … in order."""
    return [
        {"code": f"{domain_code}-{number:02d}", **process}
        for number, process in enumerate(processes, start=1)
    ]


ROUND = {
    "name": "Kerntakenplannen 2014–2015",
    "slug": "2014-2015",
    "introduction": (
        "Het Vlaams Regeerakkoord 2014–2019 bepaalt dat elk beleidsdomein binnen de Vlaamse "
        "overheid een kerntakenplan opmaakt. Zo gaat de Vlaamse Regering na welke taken de "
        "overheid zelf moet blijven opnemen, welke efficiënter kunnen en welke beter door een "
        "ander bestuursniveau of door de samenleving worden uitgevoerd."
        "\n\n"
        "De mededeling aan de Vlaamse Regering van 19 september 2014 legde de aanpak van het "
        "traject vast. Elk beleidsdomein bracht al zijn kernprocessen in kaart, telkens met een "
        "kwalitatieve beoordeling: vatbaar voor afbouw, (deels) over te hevelen naar het lokale "
        "bestuursniveau, optimalisatie aangewezen, behouden in huidige vorm, activiteit verder te "
        "versterken of nieuw in te voeren. De administraties stelden hun plan op in overleg met de "
        "functioneel bevoegde minister(s) en bezorgden het eind 2014 – begin 2015 aan de "
        "coördinerende administratie, het huidige Departement Kanselarij en Bestuur."
        "\n\n"
        "In februari 2015 ging het voorzitterscollege in dialoog met de kern van de Vlaamse "
        "Regering over de ingediende plannen. Dat leidde tot een globaal kader, vastgelegd in de "
        "mededeling aan de Vlaamse Regering van 20 maart 2015. Het kader beschrijft hoe de "
        "kerntakenplannen kunnen bijdragen tot een meer resultaats- en klantgerichte overheid door "
        "in te zetten op vijf assen: de eigen dienstverlening, regelgeving, handhaving en "
        "inspectie, vergunningen en erkenningen, en subsidies."
        "\n\n"
        "In april, mei en juni 2015 toetsten verschillende interkabinettenwerkgroepen de "
        "kerntakenplannen aan dat kader. Zij bespraken en valideerden de processen die voor "
        "afbouw, overheveling naar het lokale bestuursniveau of optimalisatie in aanmerking komen."
        "\n\n"
        "Op 17 juli 2015 keurde de Vlaamse Regering de definitieve kerntakenplannen goed. Ze zijn "
        "hieronder per beleidsdomein beschikbaar, samen met de openbare documenten van het "
        "traject."
    ),
    "start_date": date(2014, 9, 19),
    "submission_deadline": date(2015, 1, 31),
    "framework_date": date(2015, 3, 20),
    "review_start": date(2015, 4, 1),
    "review_end": date(2015, 6, 30),
    "approval_date": date(2015, 7, 17),
}

DOCUMENTS = [
    {
        "title": (
            "Mededeling aan de Vlaamse Regering: opmaak van kerntakenplannen per beleidsdomein"
        ),
        "kind": "communication",
        "date": date(2014, 9, 19),
        "is_public": True,
        "summary": (
            "Legt de aanpak van het traject vast: elk beleidsdomein brengt al zijn kernprocessen "
            "in kaart met een kwalitatieve beoordeling, in overleg met de functioneel bevoegde "
            "minister(s)."
        ),
    },
    {
        "title": "Nota: methodologie en sjabloon voor de inventarisatie van de kernprocessen",
        "kind": "other",
        "date": date(2014, 10, 10),
        "is_public": False,
        "summary": (
            "Praktische handleiding voor de beleidsdomeinen met de afbakening van een kernproces, "
            "de zes beoordelingscategorieën en het sjabloon voor personeelsinzet en budget per "
            "proces."
        ),
    },
    {
        "title": "Verslag van het voorzitterscollege over de ingediende kerntakenplannen",
        "kind": "minutes",
        "date": date(2015, 2, 24),
        "is_public": False,
        "summary": (
            "Verslag van de dialoog tussen het voorzitterscollege en de kern van de Vlaamse "
            "Regering over de ingediende plannen en de contouren van een gemeenschappelijk "
            "toetsingskader."
        ),
    },
    {
        "title": "Mededeling aan de Vlaamse Regering: kader voor de kerntakenplannen",
        "kind": "framework",
        "date": date(2015, 3, 20),
        "is_public": True,
        "summary": (
            "Bepaalt het globale kader waarbinnen de kerntakenplannen worden getoetst, met vijf "
            "assen: eigen dienstverlening, regelgeving, handhaving en inspectie, vergunningen en "
            "erkenningen, en subsidies."
        ),
    },
    {
        "title": "Verslagen van de interkabinettenwerkgroepen – eerste ronde (april 2015)",
        "kind": "minutes",
        "date": date(2015, 4, 30),
        "is_public": False,
        "summary": (
            "Bundelt de verslagen van de eerste vergaderingen, waarin elk beleidsdomein zijn plan "
            "toelichtte en de werkgroepen de voorgestelde beoordelingen aan het kader toetsten."
        ),
    },
    {
        "title": "Verslagen van de interkabinettenwerkgroepen – tweede ronde (mei–juni 2015)",
        "kind": "minutes",
        "date": date(2015, 6, 26),
        "is_public": False,
        "summary": (
            "Bevat de besprekingen en beslissingen over de processen die vatbaar zijn voor afbouw, "
            "overheveling naar het lokale bestuursniveau of optimalisatie, met de aangepaste "
            "beoordelingen."
        ),
    },
    {
        "title": "Synthesenota over de validatie van de kerntakenplannen",
        "kind": "other",
        "date": date(2015, 7, 3),
        "is_public": False,
        "summary": (
            "Vat per beleidsdomein de gevalideerde beoordelingen samen en lijst de processen op "
            "waarover de Vlaamse Regering nog een politieke keuze moet maken."
        ),
    },
    {
        "title": (
            "Beslissing van de Vlaamse Regering: goedkeuring van de definitieve kerntakenplannen"
        ),
        "kind": "decision",
        "date": date(2015, 7, 17),
        "is_public": True,
        "summary": (
            "De Vlaamse Regering keurt de definitieve kerntakenplannen van de dertien "
            "beleidsdomeinen goed en belast de beleidsdomeinen met de uitvoering en opvolging "
            "ervan."
        ),
    },
]

_DAR_PROCESSES = [
    _p(
        "DAR",
        "Ondersteunen van de Vlaamse Regering bij de beleidsvoorbereiding en -coördinatie",
        (
            "Voorbereiden van de agenda van de Vlaamse Regering, opvolgen van de genomen "
            "beslissingen en afstemmen van regeringsbrede dossiers tussen de kabinetten en de "
            "administratie."
        ),
        axis="other",
        assessment="keep",
        motivation=(
            "Kerntaak van de centrale regeringsdienst; de werking werd recent gestroomlijnd met "
            "het elektronisch dossierbeheer van de Vlaamse Regering."
        ),
        fte="24",
        budget="2100",
    ),
    _p(
        "DAR",
        "Beheren van het elektronisch besluitvormingssysteem van de Vlaamse Regering",
        (
            "Exploiteren en verder ontwikkelen van de toepassing waarmee nota's aan de Vlaamse "
            "Regering worden ingediend, geagendeerd, ondertekend en gearchiveerd."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Het systeem wordt gekoppeld aan het centrale documentbeheer, zodat de beleidsdomeinen "
            "hun dossiers niet langer dubbel moeten registreren."
        ),
        fte="6.5",
        budget="740",
    ),
    _p(
        "DAR",
        "Coördineren van de externe communicatie van de Vlaamse overheid",
        (
            "Uitwerken van het communicatiebeleid, beheren van de huisstijl en de centrale "
            "portaalsite vlaanderen.be en afstemmen van de campagnes van de beleidsdomeinen."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Door campagnes en webinhoud centraal te bundelen kunnen de beleidsdomeinen "
            "versnipperde communicatiebudgetten en eigen websites afbouwen."
        ),
        fte="31",
        budget="5400",
    ),
    _p(
        "DAR",
        "Beantwoorden van vragen van burgers via de Vlaamse Infolijn 1700",
        (
            "Beantwoorden van vragen van burgers en ondernemingen via telefoon, e-mail en chat "
            "over alle bevoegdheden van de Vlaamse overheid en doorverwijzen naar de bevoegde "
            "dienst."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "De Vlaamse Infolijn wordt het eerste aanspreekpunt voor klantgerichte dienstverlening "
            "en neemt eerstelijnsvragen van de beleidsdomeinen over."
        ),
        fte="45",
        budget="3900",
    ),
    _p(
        "DAR",
        "Uitgeven van gedrukte informatiebrochures voor het brede publiek",
        (
            "Ontwerpen, drukken en verspreiden van algemene brochures over de werking en de "
            "bevoegdheden van de Vlaamse overheid."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "De informatie is volledig online beschikbaar en de vraag naar papieren brochures "
            "daalt sterk; enkel een digitale versie blijft behouden."
        ),
        fte="3",
        budget="260",
    ),
    _p(
        "DAR",
        "Organiseren van officiële plechtigheden en protocollaire evenementen",
        (
            "Organiseren van de viering van de Vlaamse feestdag, officiële ontvangsten en andere "
            "plechtigheden van de Vlaamse Regering."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Het aantal evenementen wordt beperkt en de logistieke uitvoering wordt gebundeld bij "
            "het Agentschap Facilitair Bedrijf."
        ),
        fte="7",
        budget="1150",
    ),
    _p(
        "DAR",
        "Toekennen van projectsubsidies voor herdenkingsinitiatieven rond de Eerste Wereldoorlog",
        (
            "Subsidiëren van lokale en private initiatieven in het kader van het "
            "herdenkingsprogramma 2014–2018."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "Het herdenkingsprogramma loopt af in 2018; er worden geen nieuwe oproepen gelanceerd "
            "en de lopende dossiers worden afgewikkeld."
        ),
        fte="2.5",
        budget="1800",
    ),
    _p(
        "DAR",
        "Begeleiden van reguleringsimpactanalyses en meten van administratieve lasten",
        (
            "Ondersteunen van de beleidsdomeinen bij de opmaak van reguleringsimpactanalyses en "
            "toetsen van ontwerpregelgeving op kwaliteit, handhaafbaarheid en administratieve "
            "lasten."
        ),
        axis="regulation",
        assessment="strengthen",
        motivation=(
            "Betere regelgeving en een meetbare daling van de administratieve lasten zijn "
            "prioriteiten van het regeerakkoord."
        ),
        fte="9",
        budget="650",
    ),
    _p(
        "DAR",
        "Coördineren van de kerntakenplannen van de beleidsdomeinen",
        (
            "Begeleiden van de beleidsdomeinen bij de opmaak van hun kerntakenplan, toetsen van de "
            "plannen aan het kader en voorbereiden van de interkabinettenwerkgroepen."
        ),
        axis="other",
        assessment="introduce",
        motivation=(
            "Nieuwe opdracht uit het regeerakkoord; een tijdelijke projectcel toetst de plannen "
            "van alle beleidsdomeinen aan het kader van 20 maart 2015."
        ),
        fte="4",
        budget="180",
    ),
    _p(
        "SVR",
        "Opmaken van de Vlaamse Regionale Indicatoren en statistische publicaties",
        (
            "Verzamelen, bewerken en publiceren van statistieken over de Vlaamse samenleving, "
            "economie en overheid, waaronder de jaarlijkse Vlaamse Regionale Indicatoren."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="28",
        budget="2300",
    ),
    _p(
        "SVR",
        "Uitvoeren van de survey Sociaal-Culturele Verschuivingen in Vlaanderen",
        (
            "Jaarlijks bevragen van een representatieve steekproef van Vlamingen over waarden, "
            "opvattingen en gedrag als basis voor beleidsevaluatie."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "De survey wordt tweejaarlijks en grotendeels online afgenomen, wat de veldwerkkosten "
            "met ongeveer een derde vermindert."
        ),
        fte="5",
        budget="420",
    ),
    _p(
        "SVR",
        "Opmaken van demografische projecties voor Vlaanderen, provincies en gemeenten",
        (
            "Berekenen van bevolkings- en huishoudensprojecties als basis voor de planning van "
            "onder meer onderwijscapaciteit, zorg en wonen."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Onmisbare beleidsinformatie voor de Vlaamse en lokale besturen die nergens anders op "
            "dezelfde manier beschikbaar is."
        ),
        fte="3",
        budget="190",
    ),
    _p(
        "SVR",
        "Uitvoeren van omgevingsanalyses op maat van individuele gemeenten",
        (
            "Op vraag van individuele gemeenten bijkomende analyses en bevragingen uitvoeren "
            "bovenop de gestandaardiseerde gemeente- en stadsmonitor."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="intermunicipal",
        motivation=(
            "Analyses op maat sluiten beter aan bij de streekwerking; intergemeentelijke "
            "samenwerkingsverbanden kunnen die opdracht opnemen met de open data van de "
            "Studiedienst."
        ),
        fte="2",
        budget="110",
    ),
    _p(
        "AV",
        "Uitvoeren van interne audits bij de entiteiten van de Vlaamse overheid",
        (
            "Beoordelen van de organisatiebeheersing van departementen en agentschappen via "
            "organisatie-, thematische en opvolgingsaudits."
        ),
        axis="enforcement",
        assessment="keep",
        fte="38",
        budget="3600",
    ),
    _p(
        "AV",
        "Uitvoeren van audits bij lokale besturen",
        (
            "Auditeren van de organisatiebeheersing van gemeenten, OCMW's en autonome "
            "gemeentebedrijven, in afstemming met de provinciegouverneurs en het toezicht."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "Het decreet over Audit Vlaanderen breidt het auditdomein uit tot de lokale besturen; "
            "de capaciteit wordt gefaseerd opgebouwd."
        ),
        fte="22",
        budget="2100",
    ),
    _p(
        "AV",
        "Uitvoeren van de opdracht van auditautoriteit voor de Europese fondsen",
        (
            "Controleren van de beheers- en controlesystemen en van steekproeven van "
            "projectuitgaven in de Europese programma's die Vlaanderen beheert."
        ),
        axis="enforcement",
        assessment="keep",
        fte="11",
        budget="980",
    ),
    _p(
        "AV",
        "Onderzoeken van meldingen van fraude en onregelmatigheden",
        (
            "Behandelen van vermoedens van fraude en onregelmatigheden binnen de Vlaamse "
            "administratie en rapporteren aan de bevoegde minister en het gerecht."
        ),
        axis="enforcement",
        assessment="optimise",
        motivation=(
            "Eén meldpunt en een gestandaardiseerde onderzoeksprocedure moeten de doorlooptijd van "
            "forensische onderzoeken verkorten."
        ),
        fte="4",
        budget="350",
    ),
    _p(
        "AGIV",
        "Beheren van het Grootschalig Referentiebestand (GRB)",
        (
            "Produceren en actualiseren van de digitale basiskaart van Vlaanderen in samenwerking "
            "met de lokale besturen en de nutsmaatschappijen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="36",
        budget="8200",
    ),
    _p(
        "AGIV",
        "Ontsluiten van geografische informatie via het geoportaal Geopunt",
        (
            "Ontsluiten van de geodata van de Vlaamse overheid en de lokale besturen via het "
            "geoportaal Geopunt en gestandaardiseerde webdiensten."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Open geodata via één portaal vermijden dat overheden en bedrijven dezelfde gegevens "
            "afzonderlijk inzamelen."
        ),
        fte="14",
        budget="2600",
    ),
    _p(
        "AGIV",
        "Aanmaken van orthofoto's op bestelling voor individuele besturen",
        (
            "Uitvoeren van bijkomende luchtopnamen met hoge resolutie op vraag van individuele "
            "gemeenten of intercommunales."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "De vlakdekkende opnamen van heel Vlaanderen volstaan voor de meeste toepassingen; "
            "opnamen op maat worden niet langer aangeboden."
        ),
        fte="1.5",
        budget="240",
    ),
    _p(
        "CORVE",
        "Aanbieden van authentieke gegevens via de Vlaamse dienstenintegrator (MAGDA)",
        (
            "Ontsluiten van authentieke gegevens uit federale en Vlaamse bronnen voor de Vlaamse "
            "entiteiten en de lokale besturen."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Het hergebruik van authentieke gegevens is de hefboom voor het only-oncebeginsel en "
            "voor de automatische toekenning van rechten."
        ),
        fte="12",
        budget="4800",
    ),
    _p(
        "CORVE",
        "Begeleiden van digitaliseringsprojecten van de beleidsdomeinen",
        (
            "Adviseren over en begeleiden van e-governmentprojecten, met aandacht voor hergebruik "
            "van bouwstenen en gemeenschappelijke standaarden."
        ),
        axis="other",
        assessment="optimise",
        motivation=(
            "De begeleiding wordt samengebracht in het nieuwe agentschap Informatie Vlaanderen om "
            "overlap met het AGIV weg te werken."
        ),
        fte="6",
        budget=None,
    ),
]

_BZ_PROCESSES = [
    _p(
        "BZ",
        "Voorbereiden van het personeelsbeleid en de rechtspositieregeling",
        (
            "Uitwerken van het Vlaams personeelsstatuut, de rechtspositieregeling en het "
            "HR-beleidskader voor alle diensten van de Vlaamse overheid."
        ),
        axis="regulation",
        assessment="optimise",
        motivation=(
            "De rechtspositieregeling wordt vereenvoudigd en gemoderniseerd; het aantal afwijkende "
            "regelingen per entiteit wordt afgebouwd."
        ),
        fte="15",
        budget="1200",
    ),
    _p(
        "BZ",
        "Uitwerken van het huisvestingsbeleid voor de kantoren van de Vlaamse overheid",
        (
            "Opstellen van het huisvestingsmasterplan en van de normen voor kantoorhuisvesting en "
            "plaatsgebruik van de Vlaamse overheid."
        ),
        axis="regulation",
        assessment="keep",
        fte="6",
        budget="420",
    ),
    _p(
        "BZ",
        "Beheren van de gemeenschappelijke ICT-dienstverlening",
        (
            "Beheren van de raamcontracten voor netwerk, datacenter en kantoorautomatisering "
            "waarop de Vlaamse entiteiten afnemen."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Met de nieuwe raamcontracten wordt de ICT-dienstverlening verder gecentraliseerd en "
            "worden parallelle contracten van de entiteiten opgezegd."
        ),
        fte="48",
        budget="62000",
    ),
    _p(
        "BZ",
        "Opvolgen van het diversiteitsbeleid van de Vlaamse overheid als werkgever",
        (
            "Opstellen en opvolgen van streefcijfers voor kansengroepen en begeleiden van de "
            "entiteiten bij hun diversiteitsplannen."
        ),
        axis="other",
        assessment="keep",
        motivation=(
            "De streefcijfers blijven nodig; de opvolging gebeurt voortaan rechtstreeks op basis "
            "van de centrale personeelsdatabank."
        ),
        fte="4",
        budget="280",
    ),
    _p(
        "AgO",
        "Uitvoeren van de personeels- en salarisadministratie (Vlimpers)",
        (
            "Berekenen en uitbetalen van de wedden en beheren van de loopbaangegevens van de "
            "personeelsleden van de Vlaamse administratie."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Verdere automatisering van het loonproces en zelfbediening voor personeelsleden maken "
            "een daling van de personeelsinzet mogelijk."
        ),
        fte="112",
        budget="9800",
    ),
    _p(
        "AgO",
        "Organiseren van selectieprocedures voor de Vlaamse overheid",
        (
            "Organiseren van generieke en specifieke selecties voor statutaire en contractuele "
            "functies bij de diensten van de Vlaamse overheid."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Selecties worden meer gebundeld en digitaal afgenomen; uitbesteding via "
            "raamcontracten blijft mogelijk voor specifieke profielen."
        ),
        fte="46",
        budget="5200",
    ),
    _p(
        "AgO",
        "Aanbieden van een centraal opleidingsaanbod voor personeelsleden",
        (
            "Ontwikkelen en organiseren van generieke opleidingen en e-learning rond leiderschap, "
            "taalvaardigheid, ICT en beleidsvaardigheden."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="21",
        budget="3800",
    ),
    _p(
        "AgO",
        "Toekennen van sociale tegemoetkomingen aan personeelsleden",
        (
            "Toekennen van individuele tussenkomsten en voordelen van de sociale dienst, zoals "
            "tussenkomsten in kosten van kinderopvang en studietoelagen voor kinderen van "
            "personeelsleden."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "De individuele tussenkomsten overlappen met algemene sociale voorzieningen en worden "
            "stopgezet; de hospitalisatieverzekering blijft via een collectief contract."
        ),
        fte="9",
        budget="7400",
    ),
    _p(
        "AgO",
        "Organiseren van preventie en welzijn op het werk",
        (
            "Adviseren van de entiteiten over veiligheid, ergonomie en psychosociale risico's en "
            "organiseren van het arbeidsgeneeskundig toezicht via de interne preventiedienst."
        ),
        axis="enforcement",
        assessment="keep",
        fte="18",
        budget="1650",
    ),
    _p(
        "AgO",
        "Ontwikkelen van een centraal platform voor HR-rapportering",
        (
            "Opzetten van een geïntegreerd platform met personeelscijfers en beleidsindicatoren "
            "voor alle entiteiten van de Vlaamse overheid."
        ),
        axis="other",
        assessment="introduce",
        motivation=(
            "Betrouwbare personeelscijfers zijn nodig om de inkrimping van het personeelsbestand "
            "en de uitvoering van de kerntakenplannen op te volgen."
        ),
        fte="5",
        budget="900",
    ),
    _p(
        "AFB",
        "Beheren en onderhouden van de administratieve centra",
        (
            "Instaan voor het onderhoud, de exploitatie, de bewaking en de energievoorziening van "
            "de centrale kantoorgebouwen van de Vlaamse overheid."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Door verdere clustering in minder gebouwen en de invoering van flexibel werken dalen "
            "de exploitatiekosten."
        ),
        fte="96",
        budget="54000",
    ),
    _p(
        "AFB",
        "Uitbaten van restaurants en cafetaria's in de administratieve centra",
        (
            "Organiseren van de catering in de personeelsrestaurants en cafetaria's van de "
            "administratieve centra met eigen personeel."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "Catering behoort niet tot de kerntaken van de overheid; de uitbating wordt via "
            "concessies aan private cateraars gegund."
        ),
        fte="74",
        budget="4100",
    ),
    _p(
        "AFB",
        "Uitvoeren van schoonmaakdiensten met eigen personeel",
        (
            "Reinigen van kantoren en gemeenschappelijke ruimten in de gebouwen van de Vlaamse "
            "overheid met statutair en contractueel schoonmaakpersoneel."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "Bij natuurlijke afvloeiing wordt de schoonmaak geleidelijk uitbesteed via "
            "raamcontracten met sociale clausules."
        ),
        fte="180",
        budget="6900",
    ),
    _p(
        "AFB",
        "Beheren van het centrale wagenpark en de chauffeursdienst",
        (
            "Aankopen, leasen en onderhouden van dienstvoertuigen en organiseren van de "
            "chauffeursdienst voor de Vlaamse entiteiten."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Een gedeeld wagenpark met poolvoertuigen en een reservatietoepassing laat toe het "
            "aantal voertuigen en chauffeurs te verminderen."
        ),
        fte="38",
        budget="7600",
    ),
    _p(
        "AFB",
        "Centraal aankopen via raamcontracten",
        (
            "Gunnen van raamcontracten voor kantoorbenodigdheden, meubilair, energie en diensten "
            "waarop alle entiteiten van de Vlaamse overheid kunnen afnemen."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Gebundelde aankoop levert schaalvoordelen op en vermindert het aantal afzonderlijke "
            "aanbestedingen door de entiteiten."
        ),
        fte="19",
        budget="1400",
    ),
    _p(
        "ABB",
        "Uitoefenen van het algemeen bestuurlijk toezicht op de lokale besturen",
        (
            "Behandelen van klachten en onderzoeken van besluiten van gemeenten, OCMW's en "
            "provincies op hun wettigheid en hun verenigbaarheid met het algemeen belang."
        ),
        axis="enforcement",
        assessment="optimise",
        motivation=(
            "Het toezicht wordt meer risicogericht; het aantal besluiten dat lokale besturen "
            "verplicht moeten opsturen wordt sterk verminderd."
        ),
        fte="34",
        budget="2600",
    ),
    _p(
        "ABB",
        "Verdelen van het Gemeentefonds",
        (
            "Berekenen en uitbetalen van de algemene werkingsmiddelen van de gemeenten volgens de "
            "decretale verdeelcriteria."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "Het Gemeentefonds wordt net versterkt als kanaal voor de niet-sectorale financiering "
            "van de gemeenten."
        ),
        fte="3",
        budget="250000",
    ),
    _p(
        "ABB",
        "Toekennen van sectorale subsidies aan gemeenten voor lokaal beleid",
        (
            "Beheren van afzonderlijke subsidielijnen voor lokale besturen op het vlak van onder "
            "meer integratie, ontwikkelingssamenwerking en armoedebestrijding, met eigen planning "
            "en rapportering."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Conform het regeerakkoord worden de sectorale subsidies in het Gemeentefonds "
            "geïntegreerd; de gemeenten bepalen zelf hun prioriteiten zonder afzonderlijke "
            "plannings- en rapporteringsverplichtingen."
        ),
        fte="8",
        budget="62000",
    ),
    _p(
        "ABB",
        "Erkennen van lokale geloofsgemeenschappen en toezien op de besturen van de eredienst",
        (
            "Behandelen van erkenningsaanvragen en toezien op de budgetten en rekeningen van "
            "kerkfabrieken en andere besturen van de eredienst."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Er komen strengere erkenningscriteria, terwijl het toezicht op de budgetten wordt "
            "vereenvoudigd via de meerjarenplanning."
        ),
        fte="12",
        budget="780",
    ),
    _p(
        "ABB",
        "Ondersteunen van de beleids- en beheerscyclus van de lokale besturen",
        (
            "Beheren van de regelgeving en de digitale rapportering van meerjarenplannen, "
            "budgetten en jaarrekeningen van de lokale besturen."
        ),
        axis="regulation",
        assessment="keep",
        fte="10",
        budget="900",
    ),
    _p(
        "ABB",
        "Organiseren van de lokale en provinciale verkiezingen",
        (
            "Voorbereiden van de regelgeving, de logistiek, het elektronisch stemmen en de "
            "verwerking van de uitslagen van de lokale en provinciale verkiezingen."
        ),
        axis="regulation",
        assessment="keep",
        motivation=(
            "Decretale opdracht die cyclisch een grote inzet vraagt en niet kan worden "
            "overgedragen."
        ),
        fte="5",
        budget="1100",
    ),
    _p(
        "AII",
        "Organiseren van inburgeringstrajecten voor nieuwkomers",
        (
            "Aanbieden van maatschappelijke oriëntatie en trajectbegeleiding aan inburgeraars en "
            "doorverwijzen naar lessen Nederlands als tweede taal en naar werk."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Het regeerakkoord voorziet een resultaatsgericht inburgeringstraject met een attest, "
            "ook voor wie zich vrijwillig inschrijft."
        ),
        fte="310",
        budget="38000",
    ),
    _p(
        "AII",
        "Aanbieden van sociaal tolken en vertalen",
        (
            "Inzetten van gecertificeerde sociaal tolken en vertalers voor openbare diensten, "
            "scholen en welzijnsvoorzieningen."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Tolken op afstand via telefoon en video verlaagt de kostprijs per opdracht en verkort "
            "de wachttijd."
        ),
        fte="28",
        budget="5200",
    ),
    _p(
        "AII",
        "Ondersteunen van de lokale besturen bij hun integratiebeleid",
        (
            "Ondersteunen van gemeenten bij de regie van hun lokaal integratiebeleid en bij de "
            "toeleiding van nieuwkomers naar lokale voorzieningen."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De gemeenten voeren de regie over het lokaal integratiebeleid; de ondersteuning door "
            "het agentschap wordt afgebouwd waar gemeenten zelf voldoende expertise hebben."
        ),
        fte="55",
        budget="4600",
    ),
]

_FB_PROCESSES = [
    _p(
        "DFB",
        "Opmaken en opvolgen van de Vlaamse begroting",
        (
            "Voorbereiden van de begrotingsopmaak en de begrotingsaanpassing, de meerjarenraming "
            "en de maandelijkse opvolging van het begrotingstraject."
        ),
        axis="other",
        assessment="keep",
        fte="22",
        budget="1900",
    ),
    _p(
        "DFB",
        "Beheren van de Vlaamse schuld en de thesaurie",
        (
            "Financieren van de Vlaamse Gemeenschap via leningen op de kapitaalmarkt en beheren "
            "van de kasmiddelen van de geconsolideerde entiteiten."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Een gecentraliseerd thesauriebeheer voor alle geconsolideerde entiteiten verlaagt de "
            "financieringskosten."
        ),
        fte="9",
        budget="850",
    ),
    _p(
        "DFB",
        "Voeren van de centrale boekhouding en de ESR-consolidatie",
        (
            "Voeren van de algemene en budgettaire boekhouding en consolideren van de rekeningen "
            "van de Vlaamse entiteiten volgens de Europese ESR-normen."
        ),
        axis="regulation",
        assessment="strengthen",
        motivation=(
            "Door de strengere Europese rapporteringsverplichtingen is een betrouwbare en snelle "
            "consolidatie van alle Vlaamse entiteiten noodzakelijk."
        ),
        fte="48",
        budget="4200",
    ),
    _p(
        "DFB",
        "Registreren en betalen van facturen",
        (
            "Registreren, goedkeuren en uitbetalen van de inkomende facturen van de diensten van "
            "de Vlaamse overheid."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "De invoering van e-facturatie maakt manuele registratie overbodig en verkort de "
            "betalingstermijnen voor leveranciers."
        ),
        fte="36",
        budget="2500",
    ),
    _p(
        "DFB",
        "Opmaken van de algemene rekening van de Vlaamse Gemeenschap",
        (
            "Opmaken van de jaarlijkse algemene rekening en voorleggen ervan aan het Rekenhof en "
            "het Vlaams Parlement."
        ),
        axis="other",
        assessment="keep",
        fte="8",
        budget="500",
    ),
    _p(
        "DFB",
        "Invoeren van een beleidsbegroting met doelstellingen en indicatoren",
        (
            "Omvormen van de begroting naar een programmabegroting waarin de middelen gekoppeld "
            "worden aan beleidsdoelstellingen en prestatie-indicatoren."
        ),
        axis="regulation",
        assessment="introduce",
        motivation=(
            "De koppeling van middelen aan resultaten ondersteunt de resultaatsgerichte overheid "
            "uit het kader van 20 maart 2015."
        ),
        fte="4",
        budget="350",
    ),
    _p(
        "DFB",
        "Voorbereiden van het fiscaal beleid en de fiscale regelgeving",
        (
            "Voorbereiden van de regelgeving voor de gewestelijke belastingen en voor de nieuwe "
            "fiscale bevoegdheden na de zesde staatshervorming."
        ),
        axis="regulation",
        assessment="strengthen",
        motivation=(
            "De zesde staatshervorming breidt de fiscale autonomie van Vlaanderen uit; er is "
            "bijkomende beleidscapaciteit nodig."
        ),
        fte="14",
        budget="1000",
    ),
    _p(
        "DFB",
        "Opvolgen van de overheidsparticipaties en gewestwaarborgen",
        (
            "Opvolgen van de financiële participaties van het Vlaamse Gewest en van de door het "
            "Gewest verleende waarborgen."
        ),
        axis="other",
        assessment="keep",
        motivation=(
            "Noodzakelijk om de budgettaire risico's van participaties en waarborgen tijdig te "
            "kennen."
        ),
        fte="5",
        budget="300",
    ),
    _p(
        "DFB",
        "Compenseren van gemeenten voor vrijstellingen van onroerende voorheffing",
        (
            "Uitbetalen van compensaties aan gemeenten en provincies voor de gederfde opcentiemen "
            "door gewestelijke vrijstellingen van onroerende voorheffing."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "De compensaties worden in het Gemeentefonds geïntegreerd en verdwijnen als "
            "afzonderlijke financieringsstroom."
        ),
        fte="1.5",
        budget="45000",
    ),
    _p(
        "DFB",
        "Bezorgen van fiscale kohiergegevens aan gemeenten op papier en cd-rom",
        (
            "Bezorgen van de gegevens van de aanslagen onroerende voorheffing aan de gemeenten "
            "voor hun eigen belastingen en planning."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "De gemeenten krijgen toegang tot de gegevens via een beveiligde webtoepassing; de "
            "papieren uitwisseling wordt stopgezet."
        ),
        fte="2",
        budget="80",
    ),
    _p(
        "Vlabel",
        "Heffen en invorderen van de onroerende voorheffing",
        (
            "Vestigen van de aanslagen onroerende voorheffing voor alle onroerende goederen in het "
            "Vlaamse Gewest en afhandelen van verminderingen en bezwaren."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Automatische verminderingen en gegevensuitwisseling met het kadaster doen het aantal "
            "bezwaren en manuele verminderingen dalen."
        ),
        fte="190",
        budget="14500",
    ),
    _p(
        "Vlabel",
        "Heffen van registratiebelasting en schenkbelasting",
        (
            "Innen van de registratiebelasting en de schenkbelasting, die sinds 1 januari 2015 "
            "door de Vlaamse Belastingdienst zelf worden geheven."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Nieuwe bevoegdheid na de overname van de dienstverlening van de federale overheid; de "
            "digitale aangifte wordt verder uitgebouwd."
        ),
        fte="165",
        budget="11000",
    ),
    _p(
        "Vlabel",
        "Heffen van de erfbelasting",
        (
            "Behandelen van aangiften van nalatenschap, vestigen van de erfbelasting en verlenen "
            "van informatie aan notarissen en erfgenamen."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "De Vlaamse Belastingdienst heft sinds 2015 zelf de erfbelasting; de werking wordt "
            "eerst gestabiliseerd."
        ),
        fte="140",
        budget="9600",
    ),
    _p(
        "Vlabel",
        "Heffen van de verkeersbelastingen",
        (
            "Vestigen en innen van de jaarlijkse verkeersbelasting en de belasting op de "
            "inverkeerstelling van voertuigen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="120",
        budget="9000",
    ),
    _p(
        "Vlabel",
        "Heffen van de gewestelijke heffing op leegstaande en verwaarloosde woningen",
        (
            "Vestigen en invorderen van de gewestelijke heffing op woningen en gebouwen die op de "
            "leegstands- of verwaarlozingsinventaris staan."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De meeste gemeenten heffen al een eigen leegstandsheffing; door de gewestelijke "
            "heffing af te schaffen en de inning volledig bij de gemeenten te leggen verdwijnt een "
            "dubbele administratie."
        ),
        fte="12",
        budget="600",
    ),
    _p(
        "Vlabel",
        "Behandelen van fiscale bezwaren en geschillen",
        (
            "Behandelen van administratieve bezwaarschriften en verdedigen van de Vlaamse "
            "Belastingdienst in fiscale geschillen voor de rechtbank."
        ),
        axis="enforcement",
        assessment="keep",
        fte="34",
        budget="2600",
    ),
    _p(
        "Vlabel",
        "Uitvoeren van fiscale controles",
        (
            "Opsporen en controleren van onjuiste of ontbrekende aangiften voor de gewestelijke "
            "belastingen."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "Risicogestuurde controles op basis van datamining verhogen de ontvangsten en de "
            "fiscale rechtvaardigheid."
        ),
        fte="40",
        budget="2900",
    ),
    _p(
        "IF",
        "Verlenen van voorafgaand begrotingsadvies door de Inspectie van Financiën",
        (
            "Adviseren over de budgettaire en financiële weerslag van ontwerpbeslissingen van de "
            "Vlaamse ministers en de Vlaamse instellingen."
        ),
        axis="regulation",
        assessment="optimise",
        motivation=(
            "Het voorafgaand advies wordt beperkt tot dossiers boven een verhoogde drempel, zodat "
            "de Inspectie zich op de grote budgettaire risico's toespitst."
        ),
        fte="30",
        budget="3400",
    ),
]

_IV_PROCESSES = [
    _p(
        "DIV",
        "Voorbereiden en coördineren van het Vlaams buitenlands beleid",
        (
            "Uitwerken van de strategische prioriteiten voor de bilaterale en multilaterale "
            "relaties van Vlaanderen en afstemmen ervan met de andere beleidsdomeinen."
        ),
        axis="other",
        assessment="keep",
        fte="18",
        budget="1400",
    ),
    _p(
        "DIV",
        "Aansturen van het netwerk van Vlaamse diplomatieke vertegenwoordigers",
        (
            "Aansturen en ondersteunen van de algemene afvaardigingen van de Vlaamse Regering in "
            "het buitenland en bij de Europese Unie en de multilaterale organisaties."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Het netwerk wordt toegespitst op de buurlanden en strategische partners; kleine "
            "posten worden samengebracht met de kantoren van FIT."
        ),
        fte="42",
        budget="8700",
    ),
    _p(
        "DIV",
        "Opvolgen van het Europees beleid en de omzetting van Europese regelgeving",
        (
            "Coördineren van de Vlaamse standpunten in de Raad van de Europese Unie en opvolgen "
            "van de tijdige omzetting van Europese richtlijnen door de beleidsdomeinen."
        ),
        axis="regulation",
        assessment="strengthen",
        motivation=(
            "Tijdige omzetting van richtlijnen voorkomt inbreukprocedures en financiële sancties."
        ),
        fte="12",
        budget="900",
    ),
    _p(
        "DIV",
        "Financieren van bilaterale programma's voor ontwikkelingssamenwerking",
        (
            "Financieren van samenwerkingsprogramma's in de partnerlanden Zuid-Afrika, Mozambique "
            "en Malawi en van projecten van ngo's."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De middelen worden geconcentreerd op de partnerlanden en op minder maar grotere "
            "programma's met meetbare resultaten."
        ),
        fte="15",
        budget="42000",
    ),
    _p(
        "DIV",
        "Subsidiëren van de gemeentelijke ontwikkelingssamenwerking via convenants",
        (
            "Subsidiëren van gemeenten die een beleid inzake internationale samenwerking voeren, "
            "op basis van een meerjarig convenant."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De convenants worden niet verlengd; de middelen gaan naar het Gemeentefonds en de "
            "gemeenten bepalen zelf hun beleid rond internationale samenwerking."
        ),
        fte="3",
        budget="2500",
    ),
    _p(
        "DIV",
        "Organiseren van het protocol en van buitenlandse bezoeken",
        (
            "Organiseren van officiële bezoeken aan het buitenland en van de ontvangst van "
            "buitenlandse staatshoofden, regeringsleiders en delegaties."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="6",
        budget="600",
    ),
    _p(
        "DIV",
        "Toekennen van kleine projectsubsidies voor internationale uitwisseling",
        (
            "Subsidiëren van kleinschalige projecten van verenigingen rond internationale "
            "uitwisseling en samenwerking met partnerregio's."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "De projecten hebben een beperkte impact in verhouding tot de administratieve kost; "
            "nieuwe oproepen worden niet meer gelanceerd."
        ),
        fte="1.5",
        budget="300",
    ),
    _p(
        "DIV",
        "Voorbereiden en opvolgen van verdragen en samenwerkingsakkoorden",
        (
            "Onderhandelen, sluiten en opvolgen van verdragen en samenwerkingsakkoorden met andere "
            "landen en deelstaten."
        ),
        axis="regulation",
        assessment="keep",
        fte="5",
        budget="350",
    ),
    _p(
        "FIT",
        "Ondersteunen van exporterende ondernemingen via het buitenlandse netwerk",
        (
            "Verstrekken van marktinformatie, zakencontacten en begeleiding aan Vlaamse exporteurs "
            "via het netwerk van economische vertegenwoordigers."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Kernopdracht van FIT die door het bedrijfsleven sterk gewaardeerd wordt en een "
            "duidelijke economische return heeft."
        ),
        fte="280",
        budget="52000",
    ),
    _p(
        "FIT",
        "Aantrekken van buitenlandse investeringen",
        (
            "Prospecteren en begeleiden van buitenlandse investeerders die zich in Vlaanderen "
            "willen vestigen of hun activiteiten willen uitbreiden."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Buitenlandse investeringen zijn belangrijk voor de werkgelegenheid; de inzet op de "
            "speerpuntsectoren wordt verhoogd."
        ),
        fte="60",
        budget="11000",
    ),
    _p(
        "FIT",
        "Toekennen van exportsteun aan kmo's",
        (
            "Terugbetalen van een deel van de kosten van kmo's voor prospectiereizen, deelname aan "
            "buitenlandse beurzen en exportstages."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De steunmaatregelen worden vereenvoudigd tot een beperkt aantal instrumenten met een "
            "volledig digitale aanvraag."
        ),
        fte="18",
        budget="9500",
    ),
    _p(
        "FIT",
        "Organiseren van economische zendingen",
        (
            "Voorbereiden en begeleiden van economische missies onder leiding van een lid van de "
            "Vlaamse Regering of van een prinselijke missie."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="12",
        budget="3200",
    ),
    _p(
        "TVL",
        "Promoten van Vlaanderen als toeristische bestemming in het buitenland",
        (
            "Voeren van marketingcampagnes en persacties op de buitenlandse markten voor de "
            "kunststeden, de kust en de herdenking van de Eerste Wereldoorlog."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "De promotie wordt geconcentreerd op de kernmarkten en een beperkt aantal sterke "
            "thema's met een hoger rendement."
        ),
        fte="85",
        budget="33000",
    ),
    _p(
        "TVL",
        "Vergunnen en controleren van toeristische logiesverstrekkers",
        (
            "Verlenen van vergunningen aan hotels, campings en vakantiewoningen en controleren van "
            "de naleving van de comfort- en veiligheidsnormen."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Het nieuwe logiesdecreet vervangt de voorafgaande vergunning door een aanmelding met "
            "brandveiligheidsattest en controles achteraf."
        ),
        fte="24",
        budget="1600",
    ),
    _p(
        "TVL",
        "Subsidiëren van toeristische infrastructuur",
        (
            "Toekennen van investeringssubsidies voor toeristische attracties, bezoekerscentra en "
            "recreatieve infrastructuur van bovenlokaal belang."
        ),
        axis="subsidies",
        assessment="keep",
        fte="10",
        budget="18000",
    ),
    _p(
        "TVL",
        "Ondersteunen van lokale toeristische diensten en infokantoren",
        (
            "Begeleiden en subsidiëren van lokale toeristische diensten bij hun onthaal, "
            "bezoekersinformatie en streekwerking."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="province",
        motivation=(
            "De regionale toeristische werking ligt dichter bij het terrein; de provinciale "
            "toeristische organisaties nemen de ondersteuning van de lokale diensten op."
        ),
        fte="8",
        budget="2200",
    ),
    _p(
        "TVL",
        "Bevorderen van vakantieparticipatie voor mensen in armoede",
        (
            "Ondersteunen van het Steunpunt Vakantieparticipatie dat met partners uit de "
            "toeristische sector vakantiemogelijkheden aan kansengroepen aanbiedt."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Het aanbod bereikt kwetsbare gezinnen op een kostenefficiënte manier dankzij de "
            "bijdragen van de sector."
        ),
        fte="6",
        budget="1900",
    ),
]

_EWI_PROCESSES = [
    _p(
        "EWI",
        "Voorbereiden van het economisch, wetenschaps- en innovatiebeleid",
        (
            "Uitwerken van beleidsvoorstellen, beleidsnota's en regelgeving voor economie, "
            "wetenschap en innovatie en afstemmen ervan met de agentschappen."
        ),
        axis="other",
        assessment="keep",
        fte="40",
        budget="3000",
    ),
    _p(
        "EWI",
        "Financieren van universitair onderzoek via de bijzondere en industriële onderzoeksfondsen",
        (
            "Toekennen van de middelen van het Bijzonder Onderzoeksfonds en het Industrieel "
            "Onderzoeksfonds aan de universiteiten volgens de verdeelsleutels."
        ),
        axis="subsidies",
        assessment="keep",
        fte="6",
        budget="180000",
    ),
    _p(
        "EWI",
        "Financieren van de strategische onderzoekscentra",
        (
            "Financieren van imec, VITO, VIB en iMinds op basis van beheersovereenkomsten met "
            "meerjarige doelstellingen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De financiering wordt sterker gekoppeld aan meetbare prestaties en valorisatie in "
            "nieuwe beheersovereenkomsten."
        ),
        fte="5",
        budget="250000",
    ),
    _p(
        "EWI",
        "Beheren van de onderzoeksinformatieruimte (FRIS)",
        (
            "Verzamelen en ontsluiten van gegevens over onderzoeksprojecten, onderzoekers en "
            "publicaties in Vlaanderen via het FRIS-portaal."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Open en geïntegreerde onderzoeksinformatie ondersteunt het beleid, vermijdt dubbele "
            "rapportering en bevordert valorisatie."
        ),
        fte="5",
        budget="1200",
    ),
    _p(
        "EWI",
        "Monitoren en evalueren van de steuninstrumenten",
        (
            "Opvolgen van de output en de effecten van de economische, wetenschaps- en "
            "innovatie-instrumenten via indicatoren en evaluatiestudies."
        ),
        axis="other",
        assessment="strengthen",
        motivation=(
            "Systematische evaluatie is nodig om instrumenten met weinig effect te kunnen afbouwen "
            "en de middelen te heroriënteren."
        ),
        fte="8",
        budget="700",
    ),
    _p(
        "EWI",
        "Opmaken van een eigen economische conjunctuurnota",
        (
            "Halfjaarlijks analyseren van de conjunctuur van de Vlaamse economie en publiceren van "
            "een conjunctuurnota."
        ),
        axis="other",
        assessment="phase_out",
        motivation=(
            "De analyse overlapt met publicaties van de Nationale Bank, het Federaal Planbureau en "
            "de SERV; de eigen nota wordt stopgezet."
        ),
        fte="3",
        budget="220",
    ),
    _p(
        "EWI",
        "Aanbieden van één digitaal loket voor economische en innovatiesteun",
        (
            "Ontwikkelen van één digitaal aanvraagloket voor alle steunmaatregelen van het "
            "beleidsdomein, gekoppeld aan de authentieke bronnen."
        ),
        axis="service_delivery",
        assessment="introduce",
        motivation=(
            "Eén loket met vooringevulde gegevens vereenvoudigt de aanvraag voor ondernemingen en "
            "de dossierbehandeling voor de agentschappen."
        ),
        fte="6",
        budget="2400",
    ),
    _p(
        "AO",
        "Toekennen van steun via de kmo-portefeuille",
        (
            "Subsidiëren van opleiding, advies en technologieverkenning voor kmo's en "
            "zelfstandigen via een digitale portefeuille."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het instrument wordt vereenvoudigd tot twee pijlers en fraudegevoelige onderdelen "
            "worden geschrapt."
        ),
        fte="30",
        budget="48000",
    ),
    _p(
        "AO",
        "Toekennen van ecologiepremie en strategische investeringssteun",
        (
            "Subsidiëren van milieuvriendelijke en energiebesparende investeringen en van "
            "strategische investeringen van ondernemingen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De ecologiepremie en de strategische transformatiesteun worden gestroomlijnd met "
            "vaste technologielijsten en een snellere beslissing."
        ),
        fte="35",
        budget="65000",
    ),
    _p(
        "AO",
        "Toekennen van groeisubsidies aan kmo's",
        (
            "Ondersteunen van groeiende kmo's bij de aanwerving van strategisch personeel en de "
            "professionalisering van hun management."
        ),
        axis="subsidies",
        assessment="introduce",
        motivation=(
            "Nieuw instrument om het aantal groeibedrijven in Vlaanderen te verhogen, zoals "
            "opgenomen in het regeerakkoord."
        ),
        fte="6",
        budget="8000",
    ),
    _p(
        "AO",
        "Beheren van het Europees Fonds voor Regionale Ontwikkeling (EFRO)",
        (
            "Uitvoeren van het operationeel programma EFRO Vlaanderen 2014–2020, van oproep en "
            "selectie tot controle en uitbetaling."
        ),
        axis="subsidies",
        assessment="keep",
        fte="18",
        budget="4000",
    ),
    _p(
        "AO",
        "Subsidiëren van de aanleg en herinrichting van bedrijventerreinen",
        (
            "Subsidiëren van lokale besturen en ontwikkelingsmaatschappijen voor de aanleg, "
            "herinrichting en het beheer van bedrijventerreinen."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "Voldoende kwalitatieve bedrijfsruimte blijft een voorwaarde voor economische groei en "
            "wordt strikt volgens de ruimtelijke planning ingezet."
        ),
        fte="8",
        budget="30000",
    ),
    _p(
        "AO",
        "Afleveren van machtigingen voor ambulante handel en kermisactiviteiten",
        (
            "Verlenen van machtigingen aan marktkramers en kermisuitbaters, een bevoegdheid die "
            "met de zesde staatshervorming naar Vlaanderen kwam."
        ),
        axis="permits",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Gemeenten wijzen de standplaatsen al toe; door ook de machtiging lokaal af te leveren "
            "ontstaat één aanspreekpunt voor de ondernemer."
        ),
        fte="4",
        budget="250",
    ),
    _p(
        "AO",
        "Controleren van de vestigingsvoorwaarden voor ondernemers",
        (
            "Nagaan of startende ondernemers over de vereiste basiskennis bedrijfsbeheer en "
            "beroepsbekwaamheid beschikken en verlenen van vrijstellingen."
        ),
        axis="permits",
        assessment="phase_out",
        motivation=(
            "Het regeerakkoord voorziet de afschaffing van de vestigingsvoorwaarden voor de meeste "
            "beroepen, zodat ondernemen laagdrempeliger wordt."
        ),
        fte="9",
        budget="600",
    ),
    _p(
        "AO",
        "Informeren van ondernemers via het contactcenter en de website",
        (
            "Beantwoorden van vragen van ondernemers over steunmaatregelen, vergunningen en "
            "regelgeving via telefoon, e-mail en website."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="20",
        budget="1800",
    ),
    _p(
        "AO",
        "Subsidiëren van sectorale projecten rond ondernemerschap",
        (
            "Toekennen van projectsubsidies via jaarlijkse oproepen aan sectororganisaties en "
            "intermediairen rond ondernemerschap."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "Versnipperde projectoproepen worden stopgezet ten voordele van generieke instrumenten "
            "die voor alle ondernemingen toegankelijk zijn."
        ),
        fte="5",
        budget="3500",
    ),
    _p(
        "AO",
        "Vergunnen van handelsvestigingen",
        (
            "Behandelen van aanvragen voor de sociaal-economische vergunning voor grotere "
            "kleinhandelsvestigingen, een overgedragen bevoegdheid."
        ),
        axis="permits",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Met een integraal handelsvestigingsbeleid levert de gemeente de vergunning af als "
            "onderdeel van de omgevingsvergunning; Vlaanderen behoudt het kader."
        ),
        fte="6",
        budget="400",
    ),
    _p(
        "AO",
        "Ondersteunen van clusterwerking in speerpuntdomeinen",
        (
            "Ondersteunen van samenwerkingsverbanden tussen bedrijven, kennisinstellingen en "
            "overheid in economische speerpuntdomeinen."
        ),
        axis="subsidies",
        assessment="introduce",
        motivation=(
            "Het nieuwe clusterbeleid bundelt de bestaande competentiepolen en innovatieve "
            "netwerken in een beperkt aantal speerpuntclusters."
        ),
        fte="4",
        budget="9000",
    ),
    _p(
        "AO",
        "Controleren van de besteding van economische steun",
        (
            "Uitvoeren van controles ter plaatse en terugvorderen van onterecht uitbetaalde steun "
            "bij ondernemingen."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "Meer risicogestuurde controles ter plaatse moeten misbruik van de steunmaatregelen "
            "voorkomen."
        ),
        fte="10",
        budget="700",
    ),
    _p(
        "IWT",
        "Subsidiëren van onderzoeks- en ontwikkelingsprojecten van bedrijven",
        (
            "Beoordelen en subsidiëren van O&O-projecten van ondernemingen op basis van hun "
            "innovatief karakter en economische valorisatie."
        ),
        axis="subsidies",
        assessment="keep",
        fte="45",
        budget="120000",
    ),
    _p(
        "IWT",
        "Financieren van strategisch basisonderzoek (SBO)",
        (
            "Financieren van onderzoeksprojecten van kennisinstellingen met een potentieel voor "
            "economische of maatschappelijke toepassing op lange termijn."
        ),
        axis="subsidies",
        assessment="keep",
        fte="8",
        budget="45000",
    ),
    _p(
        "IWT",
        "Toekennen van specialisatiebeurzen voor doctoraatsonderzoek",
        (
            "Toekennen van beurzen aan jonge onderzoekers voor doctoraatsonderzoek met een "
            "toepassingsgerichte finaliteit."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De beursprogramma's van het IWT en het FWO worden geharmoniseerd om dubbele selectie "
            "en dubbel beheer te vermijden."
        ),
        fte="6",
        budget="38000",
    ),
    _p(
        "IWT",
        "Begeleiden van kmo's via het Vlaams Innovatienetwerk",
        (
            "Subsidiëren van organisaties die kmo's begeleiden bij innovatie, via collectieve en "
            "individuele trajecten."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het netwerk wordt afgeslankt tot een kleiner aantal kennisintensieve "
            "begeleidingsorganisaties met duidelijke resultaatsafspraken."
        ),
        fte="12",
        budget="26000",
    ),
    _p(
        "IWT",
        "Financieren van landbouwkundig onderzoek (LA-trajecten)",
        (
            "Subsidiëren van praktijkgericht onderzoek dat rechtstreeks toepasbaar is in de land- "
            "en tuinbouw."
        ),
        axis="subsidies",
        assessment="keep",
        fte="3",
        budget="9000",
    ),
    _p(
        "IWT",
        "Ondersteunen van deelname aan Horizon 2020",
        (
            "Informeren en begeleiden van Vlaamse bedrijven en kennisinstellingen die deelnemen "
            "aan het Europese kaderprogramma Horizon 2020."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Een hogere Vlaamse deelname aan Horizon 2020 haalt bijkomende Europese "
            "onderzoeksmiddelen binnen."
        ),
        fte="9",
        budget="1300",
    ),
    _p(
        "FWO",
        "Financieren van fundamenteel onderzoek via projecten en mandaten",
        (
            "Selecteren en financieren van onderzoeksprojecten en van mandaten voor aspiranten en "
            "postdoctorale onderzoekers op basis van excellentie."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "De competitieve financiering van fundamenteel onderzoek is de basis van het Vlaamse "
            "onderzoekssysteem."
        ),
        fte="42",
        budget="190000",
    ),
    _p(
        "FWO",
        "Financieren van grote onderzoeksinfrastructuur",
        (
            "Financieren van zware onderzoeksinfrastructuur die door meerdere onderzoeksgroepen en "
            "instellingen wordt gedeeld."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "De financiering van het Herculesprogramma wordt binnen het FWO geïntegreerd zonder "
            "inhoudelijke wijziging."
        ),
        fte="4",
        budget="20000",
    ),
    _p(
        "FWO",
        "Toekennen van reisbeurzen voor congresdeelname",
        (
            "Toekennen van kleine beurzen aan onderzoekers voor deelname aan internationale "
            "congressen en korte studieverblijven."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "Het gaat om een administratief zware regeling met kleine bedragen; de kosten worden "
            "voortaan uit de projectmiddelen gedragen."
        ),
        fte="3",
        budget="2600",
    ),
    _p(
        "PMV",
        "Verstrekken van risicokapitaal aan starters en groeibedrijven",
        (
            "Investeren in startende en groeiende ondernemingen via participaties, achtergestelde "
            "leningen en fondsen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="30",
        budget="90000",
    ),
    _p(
        "PMV",
        "Beheren van de Vlaamse waarborgregeling",
        "Verlenen van gewestwaarborgen op kredieten die banken aan kmo's toekennen.",
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "De aanvraag en opvolging van waarborgen worden volledig gedigitaliseerd in "
            "samenwerking met de banken."
        ),
        fte="8",
        budget="4000",
    ),
    _p(
        "PMV",
        "Realiseren van publiek-private samenwerking voor infrastructuur",
        (
            "Opzetten en opvolgen van PPS-projecten voor onder meer scholen, zorginfrastructuur en "
            "wegen."
        ),
        axis="other",
        assessment="keep",
        fte="15",
        budget=None,
    ),
]

_OV_PROCESSES = [
    _p(
        "DOV",
        "Voorbereiden van de onderwijsregelgeving",
        (
            "Uitwerken van decreten en uitvoeringsbesluiten voor alle onderwijsniveaus en opmaken "
            "van de jaarlijkse onderwijsdecreten."
        ),
        axis="regulation",
        assessment="keep",
        fte="45",
        budget="3400",
    ),
    _p(
        "DOV",
        "Herzien van de eindtermen en ontwikkelingsdoelen",
        (
            "Opstellen en actualiseren van de minimumdoelen voor het basis- en secundair onderwijs "
            "in overleg met het onderwijsveld."
        ),
        axis="regulation",
        assessment="optimise",
        motivation=(
            "De eindtermen worden herzien en beperkt tot een kern van minimumdoelen, zodat scholen "
            "meer pedagogische autonomie krijgen."
        ),
        fte="12",
        budget="900",
    ),
    _p(
        "DOV",
        "Organiseren van peilingen naar de onderwijskwaliteit",
        (
            "Afnemen van gestandaardiseerde toetsen bij representatieve steekproeven van "
            "leerlingen om na te gaan of de eindtermen worden bereikt."
        ),
        axis="other",
        assessment="strengthen",
        motivation=(
            "Peilingen worden uitgebreid om de onderwijskwaliteit op systeemniveau beter en vaker "
            "op te volgen."
        ),
        fte="7",
        budget="1200",
    ),
    _p(
        "DOV",
        "Beheren van onderwijsstatistieken en het onderwijsdataloket",
        (
            "Verzamelen en publiceren van onderwijsstatistieken en ontsluiten van gegevens voor "
            "beleid, onderzoek en scholen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="14",
        budget="1100",
    ),
    _p(
        "DOV",
        "Uitwerken van het kader voor de centra voor leerlingenbegeleiding",
        (
            "Uitwerken van de regelgeving en de financiering van de centra voor "
            "leerlingenbegeleiding en opvolgen van hun opdrachten."
        ),
        axis="regulation",
        assessment="optimise",
        motivation=(
            "De opdrachten van de centra worden herijkt en toegespitst op hun kernopdrachten, in "
            "afstemming met de zorg op school."
        ),
        fte="4",
        budget="300",
    ),
    _p(
        "DOV",
        "Subsidiëren van onderwijsprojecten van verenigingen",
        (
            "Toekennen van projectsubsidies aan verenigingen en organisaties voor educatieve "
            "projecten en materialen."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "Het grote aantal kleine projectsubsidies wordt afgebouwd; enkel structurele partners "
            "met een beheersovereenkomst blijven over."
        ),
        fte="3",
        budget="4500",
    ),
    _p(
        "DOV",
        "Ondersteunen van de lokale overlegplatforms gelijke onderwijskansen",
        (
            "Ondersteunen van de lokale overlegplatforms die het gelijkekansenbeleid, het "
            "inschrijvingsrecht en de samenwerking tussen scholen coördineren."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Gemeenten nemen de regierol in het lokaal onderwijsbeleid op; de werking van de "
            "overlegplatforms wordt geïntegreerd in het lokaal flankerend onderwijsbeleid."
        ),
        fte="38",
        budget="3500",
    ),
    _p(
        "DOV",
        "Uitwerken van duaal leren in het secundair onderwijs",
        (
            "Ontwikkelen van een volwaardige duale leerweg waarin leren op school en op de "
            "werkvloer worden gecombineerd."
        ),
        axis="regulation",
        assessment="introduce",
        motivation=(
            "Het regeerakkoord voorziet een duale leerweg als volwaardig alternatief voor het "
            "deeltijds beroepssecundair onderwijs."
        ),
        fte="6",
        budget="800",
    ),
    _p(
        "DOV",
        "Voorbereiden van de modernisering van het secundair onderwijs",
        (
            "Uitwerken van de nieuwe matrix van studierichtingen, de eerste graad en de "
            "studiebekrachtiging in het secundair onderwijs."
        ),
        axis="regulation",
        assessment="introduce",
        motivation=(
            "Nieuwe opdracht uit het masterplan voor de hervorming van het secundair onderwijs."
        ),
        fte="8",
        budget="600",
    ),
    _p(
        "DOV",
        "Behandelen van klachten over leerlingenrechten",
        (
            "Behandelen van beroepen tegen weigering van inschrijving, definitieve uitsluiting en "
            "discriminatie door de Commissie inzake Leerlingenrechten."
        ),
        axis="enforcement",
        assessment="keep",
        motivation=(
            "Een onafhankelijke en snelle klachtenbehandeling blijft nodig om de rechten van "
            "leerlingen te waarborgen."
        ),
        fte="3",
        budget="200",
    ),
    _p(
        "DOV",
        "Uitwerken van het personeelsbeleid in het onderwijs",
        (
            "Uitwerken van de rechtspositie, de loopbaan en de bekwaamheidsbewijzen van het "
            "onderwijspersoneel."
        ),
        axis="regulation",
        assessment="keep",
        fte="10",
        budget="700",
    ),
    _p(
        "INSP",
        "Doorlichten van scholen en centra",
        (
            "Doorlichten van scholen, centra voor volwassenenonderwijs en centra voor "
            "leerlingenbegeleiding op de kwaliteit van hun werking en het bereiken van de "
            "eindtermen."
        ),
        axis="enforcement",
        assessment="optimise",
        motivation=(
            "Het doorlichtingsmodel wordt vernieuwd, met meer aandacht voor de eigen "
            "kwaliteitszorg van de school en minder controle op detailniveau."
        ),
        fte="240",
        budget="21000",
    ),
    _p(
        "INSP",
        "Controleren van huisonderwijs",
        (
            "Nagaan of kinderen die huisonderwijs volgen een aanbod krijgen dat gericht is op de "
            "eindtermen, via bezoeken ter plaatse."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "Het toenemend aantal kinderen in huisonderwijs vraagt meer en gerichtere controles."
        ),
        fte="6",
        budget="400",
    ),
    _p(
        "INSP",
        "Adviseren over de erkenning van nieuwe scholen en opleidingen",
        (
            "Onderzoeken of nieuwe scholen en structuuronderdelen aan de erkenningsvoorwaarden "
            "voldoen en adviseren aan de minister."
        ),
        axis="permits",
        assessment="keep",
        fte="8",
        budget="600",
    ),
    _p(
        "INSP",
        "Controleren van hygiëne en veiligheid in schoolgebouwen",
        (
            "Nagaan of schoolgebouwen voldoen aan de materiële vereisten inzake hygiëne, "
            "veiligheid en bewoonbaarheid."
        ),
        axis="enforcement",
        assessment="phase_out",
        motivation=(
            "De controle overlapt met die van de brandweer en de externe preventiediensten; de "
            "inspectie beperkt zich tot het nazien van de attesten."
        ),
        fte="10",
        budget="700",
    ),
    _p(
        "AgODi",
        "Toekennen van lestijden en omkadering aan scholen",
        (
            "Berekenen en toekennen van lestijden, uren-leraar en punten aan scholen op basis van "
            "hun leerlingenaantallen en leerlingenkenmerken."
        ),
        axis="subsidies",
        assessment="keep",
        fte="60",
        budget="4500",
    ),
    _p(
        "AgODi",
        "Toekennen van werkingsmiddelen aan scholen",
        (
            "Berekenen en uitbetalen van de werkingsmiddelen van het basis- en secundair onderwijs "
            "op basis van leerlingenaantallen en leerlingenkenmerken."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "De financiering op basis van leerlingenkenmerken is recent hervormd en wordt eerst "
            "geëvalueerd."
        ),
        fte="12",
        budget="250000",
    ),
    _p(
        "AgODi",
        "Uitbetalen van de salarissen van het onderwijspersoneel",
        (
            "Verwerken van de personeelsopdrachten die scholen doorsturen en uitbetalen van de "
            "wedden van ongeveer 160.000 personeelsleden."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Met de vernieuwing van de personeelsdatabank worden alle zendingen elektronisch en "
            "verdwijnen papieren documenten."
        ),
        fte="380",
        budget="24000",
    ),
    _p(
        "AgODi",
        "Toestaan van individuele afwijkingen op toelatingsvoorwaarden",
        (
            "Behandelen van aanvragen van ouders en scholen voor afwijkingen op de toelatings- en "
            "overgangsvoorwaarden in het leerplichtonderwijs."
        ),
        axis="permits",
        assessment="phase_out",
        motivation=(
            "Door duidelijkere regels verdwijnt het merendeel van de individuele "
            "afwijkingsaanvragen; de klassenraad beslist voortaan zelf."
        ),
        fte="4",
        budget="260",
    ),
    _p(
        "AgODi",
        "Verifiëren van de leerlingenaantallen",
        (
            "Controleren ter plaatse van de leerlingengegevens waarop de financiering en de "
            "omkadering van scholen worden berekend."
        ),
        axis="enforcement",
        assessment="keep",
        motivation=(
            "De controle blijft nodig omdat de financiering van de scholen rechtstreeks van de "
            "leerlingentelling afhangt."
        ),
        fte="45",
        budget="3000",
    ),
    _p(
        "AgODi",
        "Opvolgen van de leerplicht en problematische afwezigheden",
        (
            "Opvolgen van leerlingen die niet ingeschreven zijn of problematisch afwezig zijn en "
            "doorverwijzen naar de bevoegde diensten."
        ),
        axis="enforcement",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Gemeenten kennen hun inwoners het best; zij nemen de opsporing van niet-ingeschreven "
            "leerplichtige kinderen op, met een automatische lijst uit de leerlingendatabank."
        ),
        fte="8",
        budget="500",
    ),
    _p(
        "AgODi",
        "Behandelen van reaffectatie en wedertewerkstelling",
        (
            "Opvolgen van de reaffectatie en wedertewerkstelling van ter beschikking gestelde "
            "personeelsleden wegens ontstentenis van betrekking."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="12",
        budget="800",
    ),
    _p(
        "AgODi",
        "Financieren van de pedagogische begeleidingsdiensten en de nascholing",
        (
            "Toekennen van de werkingsmiddelen aan de pedagogische begeleidingsdiensten van de "
            "onderwijsnetten en van de middelen voor nascholing."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De financiering van de begeleidingsdiensten wordt gekoppeld aan resultaatsafspraken "
            "over de ondersteuning van scholen."
        ),
        fte="3",
        budget="62000",
    ),
    _p(
        "AHOVOKS",
        "Toekennen van studietoelagen",
        (
            "Behandelen van aanvragen en toekennen van school- en studietoelagen aan leerlingen en "
            "studenten uit gezinnen met een beperkt inkomen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Door automatische toekenning op basis van fiscale gegevens moeten steeds minder "
            "gezinnen zelf een aanvraag indienen."
        ),
        fte="110",
        budget="9000",
    ),
    _p(
        "AHOVOKS",
        "Financieren van hogescholen en universiteiten",
        (
            "Berekenen en uitbetalen van de werkingsuitkeringen van de hogescholen en "
            "universiteiten volgens het financieringsdecreet."
        ),
        axis="subsidies",
        assessment="keep",
        fte="10",
        budget="250000",
    ),
    _p(
        "AHOVOKS",
        "Organiseren van de examencommissie secundair onderwijs",
        (
            "Organiseren van examens waarmee jongeren en volwassenen buiten de school een diploma "
            "secundair onderwijs kunnen behalen."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Een tweedekansroute die voor veel jongeren en volwassenen de toegang tot hoger "
            "onderwijs of werk opent."
        ),
        fte="25",
        budget="2600",
    ),
    _p(
        "AHOVOKS",
        "Erkennen van buitenlandse diploma's (NARIC-Vlaanderen)",
        (
            "Beoordelen van de gelijkwaardigheid van buitenlandse diploma's en studiebewijzen met "
            "Vlaamse diploma's."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Een digitale aanvraag en een vereenvoudigde procedure voor veelvoorkomende diploma's "
            "moeten de wachttijden terugdringen."
        ),
        fte="26",
        budget="1900",
    ),
    _p(
        "AHOVOKS",
        "Beheren van de Vlaamse kwalificatiestructuur",
        (
            "Erkennen en beschrijven van beroeps- en onderwijskwalificaties in samenwerking met de "
            "sectoren."
        ),
        axis="regulation",
        assessment="strengthen",
        motivation=(
            "De beroepskwalificaties vormen de basis voor de modernisering van het secundair "
            "onderwijs en voor het volwassenenonderwijs."
        ),
        fte="12",
        budget="900",
    ),
    _p(
        "AHOVOKS",
        "Financieren van het volwassenenonderwijs",
        "Financieren van de centra voor volwassenenonderwijs en de centra voor basiseducatie.",
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het aanbod van de centra wordt beter over het grondgebied gespreid en de financiering "
            "wordt herzien in functie van de kwalificerende trajecten."
        ),
        fte="8",
        budget="210000",
    ),
    _p(
        "AHOVOKS",
        "Subsidiëren van de studentenvoorzieningen",
        (
            "Toekennen van sociale toelagen aan de hogescholen en universiteiten voor huisvesting, "
            "maaltijden, studentenbegeleiding en sociale steun."
        ),
        axis="subsidies",
        assessment="keep",
        fte="2",
        budget="45000",
    ),
    _p(
        "AHOVOKS",
        "Behandelen van individuele vrijstellingen van taalexamens",
        (
            "Behandelen van aanvragen van personeelsleden voor vrijstelling van het bewijs van "
            "taalkennis."
        ),
        axis="permits",
        assessment="phase_out",
        motivation=(
            "Het taalattest wordt voortaan via een erkende standaardtest behaald; individuele "
            "vrijstellingsdossiers vervallen."
        ),
        fte="2",
        budget=None,
    ),
    _p(
        "AGIOn",
        "Subsidiëren van schoolgebouwen",
        (
            "Subsidiëren van nieuwbouw, renovatie en uitbreiding van schoolgebouwen van het "
            "gesubsidieerd onderwijs en financieren van het GO!."
        ),
        axis="subsidies",
        assessment="keep",
        motivation="Het inhaalbeleid voor verouderde schoolinfrastructuur blijft prioritair.",
        fte="38",
        budget="250000",
    ),
    _p(
        "AGIOn",
        "Financieren van bijkomende capaciteit in het basis- en secundair onderwijs",
        (
            "Financieren van tijdelijke en permanente capaciteitsuitbreidingen in gemeenten met "
            "een tekort aan schoolplaatsen."
        ),
        axis="subsidies",
        assessment="strengthen",
        motivation=(
            "Door de demografische groei blijft bijkomende capaciteit nodig, vooral in de "
            "centrumsteden en de Vlaamse Rand."
        ),
        fte="10",
        budget="140000",
    ),
    _p(
        "AGIOn",
        "Opvolgen van het programma Scholen van Morgen",
        "Opvolgen van de realisatie en het onderhoud van scholen via publiek-private samenwerking.",
        axis="other",
        assessment="keep",
        fte=None,
        budget="1800",
    ),
    _p(
        "AGIOn",
        "Subsidiëren van de eerste uitrusting en het meubilair van scholen",
        (
            "Toekennen van een afzonderlijke subsidie voor de aankoop van meubilair en eerste "
            "uitrusting bij nieuwbouw en uitbreiding."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "De afzonderlijke subsidie wordt geïntegreerd in de werkingsmiddelen en de "
            "bouwsubsidie, wat een aparte dossierstroom overbodig maakt."
        ),
        fte="3",
        budget="8000",
    ),
]

_WVG_PROCESSES = [
    _p(
        "DWVG",
        "Voorbereiden van het welzijns-, gezondheids- en gezinsbeleid",
        (
            "Uitwerken van beleidsnota's, regelgeving en planning voor welzijn, volksgezondheid en "
            "gezin en afstemmen met de agentschappen van het beleidsdomein."
        ),
        axis="other",
        assessment="keep",
        fte="40",
        budget="3100",
    ),
    _p(
        "DWVG",
        "Inbedden van de bevoegdheden uit de zesde staatshervorming",
        (
            "Voorbereiden van de overname van onder meer ouderenzorg, revalidatie, gezinsbijslagen "
            "en hulp aan bejaarden en opzetten van de uitvoeringsstructuren."
        ),
        axis="other",
        assessment="introduce",
        motivation=(
            "De overgedragen bevoegdheden vragen een eigen beleidsvoorbereiding en een nieuwe "
            "uitvoeringsstructuur binnen de Vlaamse sociale bescherming."
        ),
        fte="25",
        budget="2500",
    ),
    _p(
        "DWVG",
        "Erkennen en subsidiëren van de centra voor algemeen welzijnswerk",
        (
            "Erkennen en subsidiëren van de centra voor algemeen welzijnswerk voor onthaal, "
            "hulpverlening, opvang en begeleiding van mensen met welzijnsvragen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Na de schaalvergroting tot elf centra worden de erkenningsnormen en de subsidiëring "
            "vereenvoudigd."
        ),
        fte="5",
        budget="95000",
    ),
    _p(
        "DWVG",
        "Subsidiëren van investeringen in welzijns- en zorgvoorzieningen (VIPA)",
        (
            "Subsidiëren van de bouw, renovatie en uitrusting van woonzorgcentra, ziekenhuizen en "
            "voorzieningen voor welzijn en personen met een handicap."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het VIPA schakelt over naar een forfaitaire financiering per woongelegenheid, wat de "
            "dossierbehandeling sterk vereenvoudigt."
        ),
        fte="30",
        budget="180000",
    ),
    _p(
        "DWVG",
        "Subsidiëren van lokale welzijnsprojecten van OCMW's",
        (
            "Toekennen van projectsubsidies aan OCMW's voor lokale initiatieven rond welzijn, "
            "eenzaamheid en toegankelijkheid van de hulpverlening."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De projectsubsidies worden in het Gemeentefonds ingekanteld; het lokaal bestuur "
            "bepaalt zelf zijn welzijnsprioriteiten."
        ),
        fte="3",
        budget="7000",
    ),
    _p(
        "DWVG",
        "Organiseren van de Vlaamse zorgverzekering",
        (
            "Innen van de jaarlijkse bijdragen en uitbetalen van tegemoetkomingen voor "
            "niet-medische zorg via de erkende zorgkassen."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "De zorgverzekering wordt de eerste pijler van de Vlaamse sociale bescherming en "
            "blijft in haar huidige vorm uitgevoerd."
        ),
        fte="22",
        budget="250000",
    ),
    _p(
        "DWVG",
        "Uitbetalen van de tegemoetkoming voor hulp aan bejaarden",
        (
            "Overnemen van de tegemoetkoming voor hulp aan bejaarden, die met de zesde "
            "staatshervorming aan Vlaanderen werd toegewezen."
        ),
        axis="service_delivery",
        assessment="introduce",
        motivation=(
            "De federale overheid verzekert de uitbetaling tijdelijk; daarna wordt de "
            "tegemoetkoming ingebed in de Vlaamse sociale bescherming."
        ),
        fte="6",
        budget="800",
    ),
    _p(
        "DWVG",
        "Erkennen en subsidiëren van diensten voor gezinszorg",
        (
            "Erkennen en subsidiëren van diensten voor gezinszorg en aanvullende thuiszorg op "
            "basis van een jaarlijks urencontingent."
        ),
        axis="subsidies",
        assessment="keep",
        fte="12",
        budget="250000",
    ),
    _p(
        "DWVG",
        "Subsidiëren van lokale dienstencentra",
        (
            "Erkennen en subsidiëren van lokale dienstencentra die ontmoeting, informatie en "
            "lichte zorg aanbieden aan ouderen in de buurt."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De lokale dienstencentra zijn sterk verweven met het lokaal sociaal beleid; de regie "
            "en de financiering worden bij de gemeenten gelegd."
        ),
        fte="3",
        budget="18000",
    ),
    _p(
        "KG",
        "Aanbieden van preventieve gezinsondersteuning",
        (
            "Aanbieden van consultaties en huisbezoeken met opvolging van groei, ontwikkeling en "
            "vaccinatie van kinderen van nul tot drie jaar."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Universele preventieve zorg voor jonge kinderen bereikt bijna alle gezinnen en is een "
            "kerntaak van Kind en Gezin."
        ),
        fte="400",
        budget="62000",
    ),
    _p(
        "KG",
        "Vergunnen van kinderopvang van baby's en peuters",
        (
            "Behandelen van vergunningsaanvragen voor gezinsopvang en groepsopvang en opvolgen van "
            "de vergunningsvoorwaarden."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Met het decreet kinderopvang geldt één vergunningsprocedure; de dossierbehandeling "
            "wordt volledig gedigitaliseerd."
        ),
        fte="45",
        budget="3400",
    ),
    _p(
        "KG",
        "Subsidiëren van kinderopvang met een inkomensgerelateerde ouderbijdrage",
        (
            "Subsidiëren van kinderopvangplaatsen waar ouders een bijdrage betalen volgens hun "
            "inkomen."
        ),
        axis="subsidies",
        assessment="strengthen",
        motivation=(
            "Het regeerakkoord voorziet bijkomende plaatsen met een inkomenstarief om de vraag "
            "naar betaalbare opvang op te vangen."
        ),
        fte="30",
        budget="250000",
    ),
    _p(
        "KG",
        "Ondersteunen van de Huizen van het Kind",
        (
            "Erkennen en subsidiëren van samenwerkingsverbanden die preventieve "
            "gezinsondersteuning en opvoedingsondersteuning lokaal bundelen."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Het lokaal bestuur voert de regie over de Huizen van het Kind en integreert er de "
            "opvoedingswinkels en het lokaal overleg kinderopvang in."
        ),
        fte="12",
        budget="6500",
    ),
    _p(
        "KG",
        "Erkennen van adoptiediensten en begeleiden van adoptieprocedures",
        (
            "Erkennen en controleren van adoptiediensten en begeleiden van kandidaat-adoptanten "
            "bij binnenlandse en interlandelijke adoptie."
        ),
        axis="permits",
        assessment="keep",
        fte="8",
        budget="900",
    ),
    _p(
        "KG",
        "Subsidiëren van de vertrouwenscentra kindermishandeling",
        (
            "Subsidiëren van de vertrouwenscentra die meldingen van kindermishandeling onderzoeken "
            "en gezinnen begeleiden."
        ),
        axis="subsidies",
        assessment="strengthen",
        motivation=(
            "De vertrouwenscentra krijgen een centrale rol in het nieuwe meldpunt voor geweld, "
            "misbruik en kindermishandeling."
        ),
        fte="4",
        budget="9000",
    ),
    _p(
        "KG",
        "Voorbereiden van een eigen Vlaams systeem van gezinsbijslagen",
        (
            "Uitwerken van het Groeipakket, het Vlaamse systeem van gezinsbijslagen dat de "
            "federale kinderbijslag zal vervangen."
        ),
        axis="regulation",
        assessment="introduce",
        motivation=(
            "De gezinsbijslagen werden met de zesde staatshervorming overgedragen; een eigen "
            "Vlaams systeem moet tegen 2019 operationeel zijn."
        ),
        fte="10",
        budget="1200",
    ),
    _p(
        "ZG",
        "Erkennen van woonzorgcentra en dagverzorgingscentra",
        (
            "Behandelen van aanvragen voor voorafgaande vergunning en erkenning van "
            "woonzorgcentra, centra voor kortverblijf en dagverzorgingscentra."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "De programmatie en de erkenning worden vereenvoudigd in de aanloop naar de "
            "persoonsvolgende financiering in de ouderenzorg."
        ),
        fte="18",
        budget="1400",
    ),
    _p(
        "ZG",
        "Bestrijden van infectieziekten en organiseren van vaccinatie",
        (
            "Opsporen en beheersen van meldingsplichtige infectieziekten en aankopen en verdelen "
            "van vaccins voor het basisvaccinatieschema."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Een sterkere surveillance en een permanente wachtdienst zijn nodig om snel op "
            "uitbraken te kunnen reageren."
        ),
        fte="40",
        budget="24000",
    ),
    _p(
        "ZG",
        "Subsidiëren van de Logo's en de partnerorganisaties voor preventie",
        (
            "Subsidiëren van de lokale gezondheidsoverleggen en van partnerorganisaties die "
            "preventieve gezondheidsprogramma's uitvoeren."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="intermunicipal",
        motivation=(
            "De lokale gezondheidsoverleggen worden ingebed in de eerstelijnszones, die door de "
            "samenwerkende lokale besturen worden aangestuurd."
        ),
        fte="6",
        budget="12000",
    ),
    _p(
        "ZG",
        "Erkennen van beoefenaars van gezondheidszorgberoepen",
        (
            "Erkennen van artsen, tandartsen en andere zorgberoepen, een bevoegdheid die met de "
            "zesde staatshervorming naar Vlaanderen kwam."
        ),
        axis="permits",
        assessment="introduce",
        motivation=(
            "De overgedragen bevoegdheid vraagt een nieuwe erkenningsprocedure en een digitale "
            "toepassing."
        ),
        fte="20",
        budget="1800",
    ),
    _p(
        "ZG",
        "Organiseren van de bevolkingsonderzoeken naar kanker",
        (
            "Organiseren van de bevolkingsonderzoeken naar borstkanker, baarmoederhalskanker en "
            "dikkedarmkanker."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="10",
        budget="15000",
    ),
    _p(
        "ZG",
        "Subsidiëren van de samenwerkingsinitiatieven eerstelijnsgezondheidszorg",
        (
            "Subsidiëren van de samenwerkingsinitiatieven eerstelijnsgezondheidszorg en de lokale "
            "multidisciplinaire netwerken."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "Het huidige subsidiekader blijft van kracht tot de hervorming van de eerstelijnszorg "
            "is uitgewerkt."
        ),
        fte="4",
        budget="6500",
    ),
    _p(
        "ZG",
        "Erkennen en programmeren van ziekenhuizen en ziekenhuisdiensten",
        (
            "Behandelen van aanvragen voor erkenning van ziekenhuizen, diensten en zorgprogramma's "
            "binnen de federale programmatie."
        ),
        axis="permits",
        assessment="keep",
        fte="12",
        budget="1000",
    ),
    _p(
        "ZG",
        "Subsidiëren van kleinschalige gezondheidsprojecten",
        (
            "Toekennen van eenmalige projectsubsidies aan verenigingen voor gezondheidspromotie "
            "rond specifieke thema's."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "Projecten zonder structurele inbedding worden niet langer gefinancierd; de middelen "
            "gaan naar de erkende partnerorganisaties."
        ),
        fte="2",
        budget="1500",
    ),
    _p(
        "VAPH",
        "Invoeren van persoonsvolgende financiering voor personen met een handicap",
        (
            "Toekennen van persoonsvolgende budgetten waarmee personen met een handicap zelf hun "
            "zorg en ondersteuning organiseren."
        ),
        axis="subsidies",
        assessment="introduce",
        motivation=(
            "Met de persoonsvolgende financiering krijgen personen met een handicap een eigen "
            "budget in plaats van een plaats in een voorziening."
        ),
        fte="60",
        budget="250000",
    ),
    _p(
        "VAPH",
        "Erkennen en subsidiëren van zorgaanbieders voor personen met een handicap",
        (
            "Erkennen, vergunnen en subsidiëren van voorzieningen en diensten voor personen met "
            "een handicap."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "De erkenningsvoorwaarden worden vereenvoudigd tot één vergunning in functie van de "
            "overgang naar persoonsvolgende financiering."
        ),
        fte="40",
        budget="250000",
    ),
    _p(
        "VAPH",
        "Toekennen van individuele materiële bijstand",
        (
            "Tegemoetkomen in de kosten van hulpmiddelen en woningaanpassingen voor personen met "
            "een handicap."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Een vereenvoudigde procedure met refertelijsten verkort de doorlooptijd van de "
            "aanvragen aanzienlijk."
        ),
        fte="35",
        budget="60000",
    ),
    _p(
        "VAPH",
        "Registreren van zorgvragen van personen met een handicap",
        (
            "Registreren en opvolgen van zorgvragen in de centrale registratie, als basis voor "
            "prioritering en planning."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="10",
        budget="700",
    ),
    _p(
        "VAPH",
        "Erkennen van afzonderlijke multidisciplinaire teams",
        (
            "Erkennen en subsidiëren van multidisciplinaire teams die het dossier voor een "
            "aanvraag tot ondersteuning opmaken."
        ),
        axis="permits",
        assessment="phase_out",
        motivation=(
            "De afzonderlijke erkenning vervalt met de invoering van een onafhankelijke "
            "toegangspoort en de integrale jeugdhulp."
        ),
        fte="3",
        budget="200",
    ),
    _p(
        "JW",
        "Organiseren van de gemeenschapsinstellingen voor bijzondere jeugdbijstand",
        (
            "Opvangen en begeleiden van minderjarigen die door de jeugdrechter in een gesloten of "
            "open gemeenschapsinstelling worden geplaatst."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Opvang in gemeenschapsinstellingen blijft een overheidsopdracht voor jongeren die "
            "door de jeugdrechter worden geplaatst."
        ),
        fte="400",
        budget="48000",
    ),
    _p(
        "JW",
        "Erkennen en subsidiëren van private voorzieningen in de jeugdhulp",
        (
            "Erkennen en subsidiëren van private voorzieningen voor begeleiding, verblijf en "
            "dagbesteding van minderjarigen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Met de integrale jeugdhulp worden modules gefinancierd in plaats van erkende "
            "plaatsen, wat een flexibeler aanbod mogelijk maakt."
        ),
        fte="30",
        budget="250000",
    ),
    _p(
        "JW",
        "Ondersteunen van pleegzorg",
        "Subsidiëren van de pleegzorgdiensten en uitbetalen van pleegzorgvergoedingen.",
        axis="subsidies",
        assessment="strengthen",
        motivation=(
            "Pleegzorg is de voorkeursvorm van opvang buiten het gezin en wordt verder uitgebreid."
        ),
        fte="6",
        budget="40000",
    ),
    _p(
        "JW",
        "Uitvoeren van de opdrachten van de sociale diensten van de jeugdrechtbank",
        (
            "Uitvoeren van maatschappelijke onderzoeken en opvolgen van jeugdhulp die door de "
            "jeugdrechter werd opgelegd."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="350",
        budget="22000",
    ),
    _p(
        "ZI",
        "Inspecteren van welzijns- en zorgvoorzieningen",
        (
            "Inspecteren van woonzorgcentra, kinderopvang, voorzieningen voor jeugdhulp en "
            "personen met een handicap op de naleving van de erkenningsnormen."
        ),
        axis="enforcement",
        assessment="optimise",
        motivation=(
            "Inspecties worden risicogestuurd georganiseerd; voor kleinere voorzieningen volstaat "
            "een zelfevaluatie met steekproefcontrole."
        ),
        fte="110",
        budget="8500",
    ),
    _p(
        "ZI",
        "Controleren van de besteding van subsidies in de welzijns- en zorgsector",
        (
            "Controleren van de financiële verantwoording van subsidies en van de aanwending van "
            "investeringssubsidies."
        ),
        axis="enforcement",
        assessment="keep",
        fte="25",
        budget="1900",
    ),
]

_CJSM_PROCESSES = [
    _p(
        "DCJSM",
        "Voorbereiden van het cultuur-, jeugd-, sport- en mediabeleid",
        (
            "Uitwerken van beleidsnota's, decreten en uitvoeringsbesluiten voor cultuur, jeugd, "
            "sport en media en afstemmen met de agentschappen."
        ),
        axis="other",
        assessment="keep",
        fte="30",
        budget="2200",
    ),
    _p(
        "DCJSM",
        "Opvolgen van de beheersovereenkomst met de VRT",
        (
            "Onderhandelen en opvolgen van de beheersovereenkomst met de openbare omroep en "
            "toezien op de realisatie van de doelstellingen."
        ),
        axis="other",
        assessment="keep",
        motivation=(
            "Het toezicht op de openbare omroep blijft een kerntaak van de Vlaamse overheid."
        ),
        fte="3",
        budget="250",
    ),
    _p(
        "DCJSM",
        "Subsidiëren van de regionale televisieomroepen",
        (
            "Toekennen van subsidies aan de regionale televisieomroepen voor hun informatieve "
            "opdracht."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De subsidies worden gekoppeld aan een resultaatsgerichte opdracht inzake regionale "
            "nieuwsgaring en samenwerking tussen de omroepen."
        ),
        fte="2",
        budget="3500",
    ),
    _p(
        "DCJSM",
        "Subsidiëren van het lokaal cultuurbeleid en de openbare bibliotheken",
        (
            "Toekennen van subsidies aan gemeenten voor hun cultuurbeleid, cultuurcentra en "
            "openbare bibliotheken op basis van een cultuurbeleidsplan."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Conform het regeerakkoord worden de sectorale subsidies voor lokaal cultuurbeleid in "
            "het Gemeentefonds geïntegreerd, zonder afzonderlijk beleidsplan."
        ),
        fte="8",
        budget="60000",
    ),
    _p(
        "DCJSM",
        "Subsidiëren van het gemeentelijk jeugdbeleid",
        (
            "Toekennen van subsidies aan gemeenten op basis van hun jeugdbeleidsplan en de "
            "opvolging van de jeugdwerkinitiatieven."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De gemeenten ontvangen de middelen voor jeugdbeleid via het Gemeentefonds; het "
            "jeugdbeleidsplan wordt opgenomen in het meerjarenplan."
        ),
        fte="4",
        budget="28000",
    ),
    _p(
        "DCJSM",
        "Subsidiëren van het gemeentelijk sportbeleid",
        (
            "Toekennen van subsidies aan gemeenten die een sportbeleidsplan uitvoeren volgens het "
            "decreet Sport voor Allen."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De middelen voor het lokaal sportbeleid worden in het Gemeentefonds geïntegreerd; de "
            "gemeenten nemen hun sportbeleid op in hun meerjarenplan."
        ),
        fte="3",
        budget="16000",
    ),
    _p(
        "DCJSM",
        "Organiseren van dopingcontroles",
        (
            "Uitvoeren van dopingcontroles bij sporters binnen en buiten wedstrijden en vervolgen "
            "van overtredingen van het antidopingdecreet."
        ),
        axis="enforcement",
        assessment="keep",
        motivation=(
            "Dopingcontroles zijn een internationale verplichting die voortvloeit uit de Code van "
            "het Wereldantidopingagentschap."
        ),
        fte="12",
        budget="2500",
    ),
    _p(
        "DCJSM",
        "Ontwikkelen van één subsidieplatform voor cultuur, jeugd en sport",
        (
            "Ontwikkelen van een digitaal platform waarop organisaties al hun subsidieaanvragen, "
            "verslagen en afrekeningen indienen."
        ),
        axis="service_delivery",
        assessment="introduce",
        motivation=(
            "Eén digitaal subsidieloket vermindert de planlast voor organisaties en versnelt de "
            "dossierbehandeling."
        ),
        fte="5",
        budget="1500",
    ),
    _p(
        "ASCW",
        "Erkennen en subsidiëren van landelijke jeugdwerkorganisaties",
        (
            "Erkennen en subsidiëren van landelijke jeugdverenigingen, jeugdhuizenkoepels en "
            "methodiekorganisaties op basis van een beleidsplan."
        ),
        axis="subsidies",
        assessment="keep",
        fte="8",
        budget="40000",
    ),
    _p(
        "ASCW",
        "Subsidiëren van het sociaal-cultureel volwassenenwerk",
        (
            "Erkennen en subsidiëren van verenigingen, bewegingen en volkshogescholen in het "
            "sociaal-cultureel volwassenenwerk."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Een nieuw decreet vervangt de indeling in werksoorten door een eenvoudiger kader met "
            "meerjarige beleidsplannen en visitatie."
        ),
        fte="9",
        budget="90000",
    ),
    _p(
        "ASCW",
        "Subsidiëren van infrastructuur voor jeugdverblijven en jeugdhuizen",
        (
            "Toekennen van investeringssubsidies voor de bouw en renovatie van jeugdverblijfcentra "
            "en jeugdhuizen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De infrastructuursubsidies worden gebundeld in het investeringsfonds voor culturele "
            "infrastructuur met één procedure."
        ),
        fte="4",
        budget="5000",
    ),
    _p(
        "ASCW",
        "Ondersteunen van de amateurkunsten",
        (
            "Erkennen en subsidiëren van de amateurkunstenorganisaties en het steunpunt voor de "
            "amateurkunsten."
        ),
        axis="subsidies",
        assessment="keep",
        fte="3",
        budget="14000",
    ),
    _p(
        "ASCW",
        "Aanbieden van centrale digitale diensten voor de openbare bibliotheken",
        (
            "Ontwikkelen en aanbieden van een gemeenschappelijke catalogus, e-boeken en digitale "
            "diensten voor de openbare bibliotheken."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "De digitale dienstverlening wordt centraal aangeboden met één bibliotheeksysteem, wat "
            "lokale aankopen en licenties overbodig maakt."
        ),
        fte="3",
        budget="8000",
    ),
    _p(
        "ASCW",
        "Toekennen van een kwaliteitslabel voor jeugdverblijven",
        (
            "Toekennen van een kwaliteitslabel aan jeugdverblijven die aan bijkomende comfort- en "
            "veiligheidsnormen voldoen."
        ),
        axis="permits",
        assessment="phase_out",
        motivation=(
            "Het label voegt weinig toe aan de wettelijke normen en wordt weinig aangevraagd; het "
            "wordt afgeschaft."
        ),
        fte="1",
        budget="60",
    ),
    _p(
        "AKE",
        "Subsidiëren van kunstenorganisaties via het Kunstendecreet",
        (
            "Beoordelen en subsidiëren van kunstenorganisaties, projecten en kunstenaars op advies "
            "van beoordelingscommissies."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het nieuwe Kunstendecreet vervangt de vele sectorale regelingen door één "
            "landschapsbenadering met minder subsidiecategorieën."
        ),
        fte="25",
        budget="150000",
    ),
    _p(
        "AKE",
        "Beheren van de collectie topstukken en de Vlaamse kunstcollectie",
        (
            "Beschermen van roerend erfgoed als topstuk, adviseren over uitvoer en beheren van de "
            "kunstcollectie van de Vlaamse Gemeenschap."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="5",
        budget="2000",
    ),
    _p(
        "AKE",
        "Erkennen en subsidiëren van musea en erfgoedorganisaties",
        (
            "Erkennen en subsidiëren van musea, archieven, erfgoedbibliotheken en erfgoedcellen op "
            "basis van het Cultureel-erfgoeddecreet."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "Het Cultureel-erfgoeddecreet werd recent herzien en wordt eerst in de praktijk "
            "geëvalueerd."
        ),
        fte="6",
        budget="30000",
    ),
    _p(
        "AKE",
        "Financieren van de grote kunstinstellingen",
        (
            "Financieren van de kunstinstellingen van de Vlaamse Gemeenschap, zoals de Opera, het "
            "Koninklijk Ballet en deSingel, via beheersovereenkomsten."
        ),
        axis="subsidies",
        assessment="keep",
        fte="3",
        budget="120000",
    ),
    _p(
        "AKE",
        "Subsidiëren van kleine publieksprojecten in het cultureel erfgoed",
        (
            "Toekennen van eenmalige projectsubsidies voor tentoonstellingen en "
            "publieksactiviteiten in het cultureel erfgoed."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "Kleine eenmalige projectsubsidies worden afgebouwd ten voordele van structurele "
            "werkingssubsidies met meer impact."
        ),
        fte="2",
        budget="1800",
    ),
    _p(
        "AKE",
        "Overnemen van bovenlokale culturele instellingen van de provincies",
        (
            "Overnemen en verder financieren van culturele instellingen en taken die door het "
            "wegvallen van de persoonsgebonden bevoegdheden van de provincies vrijkomen."
        ),
        axis="other",
        assessment="introduce",
        motivation=(
            "De provincies verliezen hun persoonsgebonden bevoegdheden; instellingen met een "
            "bovenlokale uitstraling worden door Vlaanderen overgenomen."
        ),
        fte="6",
        budget="35000",
    ),
    _p(
        "BLOSO",
        "Uitbaten van de Vlaamse sportcentra",
        (
            "Uitbaten van de eigen sportcentra met accommodatie voor sportkampen, sportclubs, "
            "scholen en topsport."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "De exploitatie van sportcentra met een lage bezettingsgraad wordt herzien en deels "
            "aan lokale partners toevertrouwd."
        ),
        fte="320",
        budget="42000",
    ),
    _p(
        "BLOSO",
        "Erkennen en subsidiëren van sportfederaties",
        (
            "Erkennen en subsidiëren van sportfederaties voor hun basiswerking, jeugdsport en "
            "kwaliteitsvolle begeleiding van sporters."
        ),
        axis="subsidies",
        assessment="keep",
        fte="10",
        budget="40000",
    ),
    _p(
        "BLOSO",
        "Organiseren van sportkampen en lessenreeksen",
        (
            "Organiseren van sportkampen voor kinderen en jongeren en van lessenreeksen voor "
            "volwassenen in de eigen centra."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "Sportkampen worden ruim aangeboden door clubs, gemeenten en private aanbieders; het "
            "eigen aanbod wordt afgebouwd."
        ),
        fte="40",
        budget="6000",
    ),
    _p(
        "BLOSO",
        "Subsidiëren van sportinfrastructuur",
        (
            "Toekennen van investeringssubsidies voor sportinfrastructuur van lokale besturen en "
            "sportclubs."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De investeringen worden gericht op bovenlokale infrastructuur en "
            "topsportinfrastructuur volgens een masterplan."
        ),
        fte="5",
        budget="15000",
    ),
    _p(
        "BLOSO",
        "Ondersteunen van topsport",
        (
            "Financieren van topsportbegeleiding, topsportscholen en het statuut van topsporters "
            "in samenwerking met de federaties."
        ),
        axis="subsidies",
        assessment="strengthen",
        motivation=(
            "Het topsportactieplan voorziet bijkomende middelen met het oog op de Olympische en "
            "Paralympische Spelen van 2016."
        ),
        fte="8",
        budget="20000",
    ),
    _p(
        "VRM",
        "Toezien op de naleving van de mediaregelgeving",
        (
            "Behandelen van klachten en onderzoeken van inbreuken op het Mediadecreet door "
            "omroepen en distributeurs."
        ),
        axis="enforcement",
        assessment="keep",
        fte="15",
        budget="1500",
    ),
    _p(
        "VRM",
        "Erkennen van radio-omroepen en toewijzen van frequenties",
        (
            "Erkennen van landelijke, netwerk- en lokale radio-omroepen en toewijzen van de "
            "frequenties volgens het frequentieplan."
        ),
        axis="permits",
        assessment="keep",
        motivation="Een schaars goed dat een onafhankelijke regulator vraagt.",
        fte="4",
        budget="300",
    ),
    _p(
        "VAF",
        "Ondersteunen van film- en audiovisuele producties",
        (
            "Toekennen van productiesteun aan Vlaamse films, documentaires, animatie en "
            "televisiereeksen op advies van experten."
        ),
        axis="subsidies",
        assessment="keep",
        fte="20",
        budget="30000",
    ),
    _p(
        "VAF",
        "Aantrekken van buitenlandse producties via Screen Flanders",
        (
            "Toekennen van economische steun aan audiovisuele producties die een deel van hun "
            "budget in Vlaanderen besteden."
        ),
        axis="subsidies",
        assessment="strengthen",
        motivation=(
            "Het economisch steunfonds trekt buitenlandse producties aan en heeft een aantoonbaar "
            "terugverdieneffect."
        ),
        fte=None,
        budget="10000",
    ),
]

_WSE_PROCESSES = [
    _p(
        "DWSE",
        "Voorbereiden van het werkgelegenheids- en sociale-economiebeleid",
        (
            "Uitwerken van beleidsnota's en regelgeving voor werk en sociale economie en opvolgen "
            "van het sociaal overleg met de Vlaamse sociale partners."
        ),
        axis="other",
        assessment="keep",
        fte="35",
        budget="2700",
    ),
    _p(
        "DWSE",
        "Hervormen van het doelgroepenbeleid",
        (
            "Omvormen van de federale doelgroepverminderingen die met de zesde staatshervorming "
            "werden overgedragen tot een beperkt aantal Vlaamse doelgroepen."
        ),
        axis="regulation",
        assessment="introduce",
        motivation=(
            "De overgedragen maatregelen worden gebundeld rond jongeren, oudere werknemers en "
            "personen met een arbeidshandicap."
        ),
        fte="8",
        budget="600",
    ),
    _p(
        "DWSE",
        "Afleveren van arbeidskaarten en beroepskaarten",
        (
            "Behandelen van aanvragen van werkgevers en buitenlandse werknemers en zelfstandigen "
            "voor arbeidskaarten en beroepskaarten."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "De arbeidskaart en de verblijfsvergunning worden in één procedure geïntegreerd, zoals "
            "de Europese single-permitrichtlijn vraagt."
        ),
        fte="25",
        budget="1800",
    ),
    _p(
        "DWSE",
        "Erkennen van private bureaus voor arbeidsbemiddeling",
        (
            "Erkennen van uitzendbureaus en andere private arbeidsbemiddelaars en opvolgen van de "
            "erkenningsvoorwaarden."
        ),
        axis="permits",
        assessment="phase_out",
        motivation=(
            "De voorafgaande erkenning wordt vervangen door een registratie met toezicht achteraf."
        ),
        fte="3",
        budget="200",
    ),
    _p(
        "DWSE",
        "Beheren van de opleidingscheques voor werknemers",
        (
            "Cofinancieren van opleidingen die werknemers op eigen initiatief volgen via "
            "opleidingscheques."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het systeem wordt beperkt tot kortgeschoolde werknemers en opleidingen met een "
            "duidelijke arbeidsmarktrelevantie."
        ),
        fte="4",
        budget="30000",
    ),
    _p(
        "DWSE",
        "Uitvoeren van het Vlaams opleidingsverlof",
        (
            "Terugbetalen aan werkgevers van het loon van werknemers die met behoud van loon een "
            "erkende opleiding volgen."
        ),
        axis="subsidies",
        assessment="introduce",
        motivation=(
            "Overgedragen bevoegdheid: de uitvoering moet in Vlaamse regelgeving en een eigen "
            "toepassing worden ingebed."
        ),
        fte="10",
        budget="70000",
    ),
    _p(
        "DWSE",
        "Toekennen van aanmoedigingspremies bij loopbaanonderbreking",
        (
            "Toekennen van premies aan werknemers die hun loopbaan onderbreken of verminderen om "
            "zorg op te nemen of een opleiding te volgen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het aantal premiestelsels wordt beperkt tot zorg- en opleidingsmotieven en de "
            "aanvraag wordt gedigitaliseerd."
        ),
        fte="12",
        budget="80000",
    ),
    _p(
        "DWSE",
        "Beheren van het stelsel van dienstencheques",
        (
            "Erkennen van dienstenchequeondernemingen en financieren van het stelsel dat sinds "
            "2015 een Vlaamse bevoegdheid is."
        ),
        axis="subsidies",
        assessment="introduce",
        motivation=(
            "Sinds 1 januari 2015 is het stelsel een Vlaamse bevoegdheid; de erkenning en "
            "opvolging van de ondernemingen worden opgezet."
        ),
        fte="20",
        budget="250000",
    ),
    _p(
        "DWSE",
        "Subsidiëren van sectorconvenants",
        (
            "Afsluiten van convenants met paritaire sectoren over opleiding, diversiteit en "
            "instroom van kansengroepen."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "Sectorconvenants zijn een doeltreffend instrument om de sectoren te engageren voor de "
            "Vlaamse arbeidsmarktdoelstellingen."
        ),
        fte="3",
        budget="12000",
    ),
    _p(
        "IWSE",
        "Inspecteren van de naleving van de werkgelegenheidsregelgeving",
        (
            "Controleren van werkgevers, dienstenchequeondernemingen en subsidieontvangers op de "
            "naleving van de Vlaamse werkgelegenheidsregelgeving."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "Door de overgedragen bevoegdheden, zoals dienstencheques en arbeidskaarten, neemt het "
            "inspectiedomein sterk toe."
        ),
        fte="45",
        budget="3600",
    ),
    _p(
        "VDAB",
        "Controleren van de beschikbaarheid van werkzoekenden",
        (
            "Opvolgen en sanctioneren van werkzoekenden die onvoldoende meewerken aan hun "
            "begeleiding of onvoldoende zoeken naar werk."
        ),
        axis="enforcement",
        assessment="introduce",
        motivation=(
            "Met de zesde staatshervorming wordt de controle op de actieve en passieve "
            "beschikbaarheid een Vlaamse opdracht."
        ),
        fte="160",
        budget="9000",
    ),
    _p(
        "VDAB",
        "Bemiddelen en begeleiden van werkzoekenden",
        (
            "Begeleiden van werkzoekenden naar werk via trajectbegeleiding, vacaturebemiddeling en "
            "digitale dienstverlening."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Kernopdracht van de publieke arbeidsbemiddelaar; de dienstverlening wordt al "
            "gedifferentieerd naar de afstand tot de arbeidsmarkt."
        ),
        fte="400",
        budget="250000",
    ),
    _p(
        "VDAB",
        "Aanbieden van beroepsopleidingen",
        (
            "Organiseren van beroepsopleidingen voor werkzoekenden in eigen competentiecentra en "
            "via partners."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Opleidingen worden vaker bij partners uitbesteed en meer op de werkvloer "
            "georganiseerd, zodat de eigen centra zich op knelpuntberoepen toespitsen."
        ),
        fte="400",
        budget="200000",
    ),
    _p(
        "VDAB",
        "Organiseren van de individuele beroepsopleiding in de onderneming",
        (
            "Begeleiden van werkzoekenden die bij een werkgever worden opgeleid met het oog op een "
            "vaste aanwerving."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="60",
        budget="40000",
    ),
    _p(
        "VDAB",
        "Uitbaten van de werkwinkels",
        (
            "Uitbaten van lokale werkwinkels waar werkzoekenden terechtkunnen voor informatie, "
            "inschrijving en begeleiding."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De lokale besturen krijgen de regie over het lokaal werkgelegenheidsbeleid; de "
            "werkwinkels worden ingebed in de lokale sociale dienstverlening."
        ),
        fte="120",
        budget="14000",
    ),
    _p(
        "VDAB",
        "Aanbieden van loopbaanbegeleiding",
        (
            "Financieren van loopbaanbegeleiding voor werkenden via loopbaancheques bij erkende "
            "loopbaancentra."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De loopbaancheques worden vereenvoudigd en de begeleiding gebeurt enkel nog bij "
            "erkende centra met kwaliteitslabel."
        ),
        fte="6",
        budget="18000",
    ),
    _p(
        "VDAB",
        "Opmaken van arbeidsmarktanalyses en vacaturestatistieken",
        (
            "Analyseren van de arbeidsmarkt en publiceren van cijfers over werkzoekenden, "
            "vacatures en knelpuntberoepen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="12",
        budget="900",
    ),
    _p(
        "VDAB",
        "Begeleiden van personen met een arbeidshandicap",
        (
            "Organiseren van gespecialiseerde trajectbegeleiding en ondersteunende maatregelen "
            "voor werkzoekenden met een arbeidshandicap."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Specifieke expertise rond arbeidshandicap blijft nodig om deze doelgroep duurzaam aan "
            "het werk te helpen."
        ),
        fte="70",
        budget="25000",
    ),
    _p(
        "VDAB",
        "Aanbieden van werk-welzijnstrajecten",
        (
            "Begeleiden van werkzoekenden met medische, mentale, psychische of psychiatrische "
            "problemen in een gecombineerd traject met de welzijns- en zorgsector."
        ),
        axis="service_delivery",
        assessment="introduce",
        motivation=(
            "Personen die nog niet klaar zijn voor regulier werk hebben nood aan een geïntegreerde "
            "aanpak van werk en welzijn, zoals het regeerakkoord voorziet."
        ),
        fte="45",
        budget="12000",
    ),
    _p(
        "VDAB",
        "Organiseren van klassikale sollicitatietrainingen",
        (
            "Organiseren van sollicitatietrainingen in groep voor werkzoekenden in de eigen "
            "competentiecentra."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "Online modules en individuele coaching vervangen de klassikale trainingen, die een "
            "lage opkomst kennen."
        ),
        fte="25",
        budget="1900",
    ),
    _p(
        "VSAWSE",
        "Subsidiëren van maatwerkbedrijven",
        (
            "Subsidiëren van sociale en beschutte werkplaatsen die werk op maat bieden aan "
            "personen met een grote afstand tot de arbeidsmarkt."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Met het maatwerkdecreet worden sociale en beschutte werkplaatsen in één kader met "
            "persoonsvolgende ondersteuning gefinancierd."
        ),
        fte="30",
        budget="250000",
    ),
    _p(
        "VSAWSE",
        "Subsidiëren van de lokale diensteneconomie",
        (
            "Subsidiëren van initiatieven die buurt- en nabijheidsdiensten aanbieden en daarbij "
            "kansengroepen tewerkstellen."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De lokale diensteneconomie is sterk verweven met het lokaal sociaal beleid; de "
            "gemeenten krijgen de regie en de middelen."
        ),
        fte="6",
        budget="30000",
    ),
    _p(
        "VSAWSE",
        "Erkennen en subsidiëren van invoegbedrijven",
        (
            "Erkennen van ondernemingen die kansengroepen aanwerven en toekennen van een "
            "tijdelijke loonsubsidie."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "De afzonderlijke invoegmaatregel wordt opgeheven en ingekanteld in het nieuwe "
            "doelgroepenbeleid."
        ),
        fte="3",
        budget="8000",
    ),
    _p(
        "VSAWSE",
        "Toekennen van tewerkstellingspremies voor oudere werkzoekenden",
        (
            "Toekennen van een premie aan werkgevers die werkzoekenden van vijftig jaar of ouder "
            "aanwerven."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "De premie wordt vervangen door de nieuwe doelgroepvermindering voor oudere werknemers."
        ),
        fte="4",
        budget="35000",
    ),
    _p(
        "VSAWSE",
        "Financieren van werkervaringsprojecten",
        (
            "Financieren van tijdelijke werkervaring voor langdurig werkzoekenden bij erkende "
            "promotoren."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De programma's worden geïntegreerd in het nieuwe werk-welzijnstraject met één "
            "toeleidingsprocedure."
        ),
        fte="5",
        budget="60000",
    ),
    _p(
        "ESF",
        "Beheren van het operationeel programma ESF 2014–2020",
        (
            "Lanceren van oproepen, selecteren en opvolgen van projecten die met middelen van het "
            "Europees Sociaal Fonds worden gefinancierd."
        ),
        axis="subsidies",
        assessment="keep",
        fte="50",
        budget="6000",
    ),
    _p(
        "ESF",
        "Uitvoeren van eerstelijnscontroles op ESF-projecten",
        "Controleren van de projectuitgaven en de realisaties van ESF-promotoren voor uitbetaling.",
        axis="enforcement",
        assessment="optimise",
        motivation=(
            "Door vereenvoudigde kostenopties zoals forfaits dalen de controlelasten voor "
            "promotoren en voor het agentschap."
        ),
        fte="25",
        budget="1800",
    ),
]

_LV_PROCESSES = [
    _p(
        "DLV",
        "Voorbereiden van het landbouw- en visserijbeleid",
        (
            "Uitwerken van het Vlaamse landbouw- en visserijbeleid en verdedigen van de Vlaamse "
            "standpunten in het Europese landbouwbeleid."
        ),
        axis="other",
        assessment="keep",
        fte="30",
        budget="2400",
    ),
    _p(
        "DLV",
        "Uitvoeren van het Programma voor Plattelandsontwikkeling",
        (
            "Programmeren, beheren en evalueren van het Vlaamse Programma voor "
            "Plattelandsontwikkeling 2014–2020."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "Europese verplichting waarvoor Vlaanderen als beheersautoriteit verantwoordelijk is."
        ),
        fte="20",
        budget="45000",
    ),
    _p(
        "DLV",
        "Toekennen van investeringssteun aan land- en tuinbouwers (VLIF)",
        (
            "Toekennen van investeringssteun aan landbouwbedrijven voor modernisering, innovatie "
            "en duurzaamheid."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De steun wordt gerichter toegekend via selectierondes met een puntensysteem, zodat de "
            "middelen naar de meest vernieuwende projecten gaan."
        ),
        fte="45",
        budget="60000",
    ),
    _p(
        "DLV",
        "Subsidiëren van praktijkcentra en demonstratieprojecten",
        (
            "Subsidiëren van praktijkcentra en organisaties die kennis uit onderzoek via "
            "demonstraties naar de landbouwers brengen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De vele kleine demonstratieprojecten worden gebundeld in thematische oproepen met een "
            "meerjarige looptijd."
        ),
        fte="6",
        budget="4000",
    ),
    _p(
        "DLV",
        "Afleveren van vestigingsattesten voor jonge landbouwers",
        (
            "Nagaan of jonge landbouwers voldoen aan de voorwaarden inzake beroepsbekwaamheid en "
            "afleveren van een vestigingsattest."
        ),
        axis="permits",
        assessment="phase_out",
        motivation=(
            "Het afzonderlijke attest wordt afgeschaft; de vereiste opleiding wordt rechtstreeks "
            "gecontroleerd bij de aanvraag van investeringssteun."
        ),
        fte="4",
        budget="250",
    ),
    _p(
        "DLV",
        "Selecteren en opvolgen van plattelandsprojecten in de Leadergebieden",
        (
            "Selecteren, begeleiden en opvolgen van lokale plattelandsprojecten binnen de "
            "Leaderwerking en het provinciale plattelandsbeleid."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="province",
        motivation=(
            "De provinciale plattelandsloketten kennen de lokale partners; de selectie en "
            "opvolging van de projecten wordt volledig aan hen toevertrouwd."
        ),
        fte="5",
        budget="9000",
    ),
    _p(
        "DLV",
        "Beheren van het Europees Fonds voor Maritieme Zaken en Visserij",
        (
            "Uitvoeren van het Vlaamse operationeel programma voor visserij en aquacultuur en "
            "toekennen van steun aan de visserijsector."
        ),
        axis="subsidies",
        assessment="keep",
        fte="10",
        budget="8000",
    ),
    _p(
        "DLV",
        "Opvolgen van de bedrijfseconomische resultaten van de landbouw",
        (
            "Verzamelen van boekhoudgegevens van een steekproef van land- en tuinbouwbedrijven "
            "voor het Europese informatienet landbouwbedrijfsboekhoudingen."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Betrouwbare bedrijfseconomische cijfers zijn een Europese verplichting en een basis "
            "voor het beleid."
        ),
        fte="25",
        budget="2000",
    ),
    _p(
        "DLV",
        "Adviseren van ruimtelijke plannen en vergunningen vanuit de landbouw",
        (
            "Verlenen van adviezen over ruimtelijke uitvoeringsplannen en vergunningsaanvragen met "
            "een impact op de landbouw."
        ),
        axis="regulation",
        assessment="optimise",
        motivation=(
            "De adviezen worden beperkt tot dossiers met een belangrijke landbouwimpact; voor de "
            "overige dossiers geldt een standaardadvies."
        ),
        fte="30",
        budget="2200",
    ),
    _p(
        "DLV",
        "Vergoeden van schade bij landbouwrampen",
        (
            "Behandelen van aanvragen voor tegemoetkoming in de schade die landbouwers lijden door "
            "erkende natuurrampen."
        ),
        axis="subsidies",
        assessment="introduce",
        motivation=(
            "Het Landbouwrampenfonds is na de zesde staatshervorming een Vlaamse bevoegdheid en "
            "krijgt een hervormde, snellere procedure."
        ),
        fte="4",
        budget="5000",
    ),
    _p(
        "ALV",
        "Uitbetalen van de directe inkomenssteun aan landbouwers",
        (
            "Berekenen en uitbetalen van de basisbetaling en de vergroeningspremie van het "
            "gemeenschappelijk landbouwbeleid."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "Europese verplichting waarvoor het agentschap als erkend betaalorgaan "
            "verantwoordelijk is."
        ),
        fte="150",
        budget="250000",
    ),
    _p(
        "ALV",
        "Uitvoeren van controles ter plaatse bij landbouwers",
        (
            "Controleren van de subsidiabiliteit van percelen en dieren en van de randvoorwaarden "
            "bij een steekproef van landbouwbedrijven."
        ),
        axis="enforcement",
        assessment="optimise",
        motivation=(
            "Controles worden risicogericht geselecteerd en deels vervangen door teledetectie op "
            "basis van satellietbeelden."
        ),
        fte="110",
        budget="9000",
    ),
    _p(
        "ALV",
        "Beheren van de verzamelaanvraag en het e-loket voor landbouwers",
        (
            "Ontvangen en verwerken van de jaarlijkse verzamelaanvraag waarmee landbouwers hun "
            "percelen aangeven en steun aanvragen."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Verder gebruik van vooringevulde gegevens en digitale perceelsintekening verkleint de "
            "administratieve last voor landbouwers."
        ),
        fte="40",
        budget="4500",
    ),
    _p(
        "ALV",
        "Beheren van de identificatie en registratie van landbouwdieren",
        (
            "Registreren van runderen, varkens, schapen en geiten en beheren van de bijbehorende "
            "databank voor traceerbaarheid."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="15",
        budget="2000",
    ),
    _p(
        "ALV",
        "Uitvoeren van Europese marktmaatregelen en interventieaankopen",
        (
            "Uitvoeren van interventieaankopen, opslagsteun en uitvoerrestituties binnen de "
            "gemeenschappelijke marktordening."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "De Europese marktmaatregelen zijn grotendeels afgebouwd; de resterende taken worden "
            "in één cel samengebracht."
        ),
        fte="8",
        budget="1500",
    ),
    _p(
        "ILVO",
        "Uitvoeren van landbouw- en visserijonderzoek",
        (
            "Uitvoeren van toegepast wetenschappelijk onderzoek naar plant, dier, technologie, "
            "voeding en visserij ter ondersteuning van beleid en sector."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Onafhankelijk onderzoek is nodig voor beleidsondersteuning, onder meer rond mest, "
            "gewasbescherming en visbestanden."
        ),
        fte="400",
        budget="50000",
    ),
    _p(
        "ILVO",
        "Uitvoeren van analyses en keuringen voor derden",
        (
            "Uitvoeren van routinematige analyses en keuringen op vraag van bedrijven en andere "
            "overheden."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Routineanalyses worden marktconform aangerekend en het aanbod wordt beperkt tot "
            "analyses met een meerwaarde voor het onderzoek."
        ),
        fte="40",
        budget="3500",
    ),
    _p(
        "VLAM",
        "Promoten van Vlaamse land- en tuinbouwproducten",
        (
            "Voeren van promotiecampagnes voor Vlaamse landbouwproducten op de binnenlandse markt, "
            "gefinancierd met sectorheffingen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="70",
        budget="40000",
    ),
    _p(
        "VLAM",
        "Ondersteunen van de export van agrovoedingsproducten",
        (
            "Ondersteunen van Vlaamse producenten bij de prospectie van buitenlandse markten via "
            "beurzen en handelsmissies."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Het wegvallen van de Russische markt maakt diversificatie naar nieuwe exportmarkten "
            "noodzakelijk."
        ),
        fte="10",
        budget="4000",
    ),
]

_LNE_PROCESSES = [
    _p(
        "DLNE",
        "Voorbereiden van het milieu-, natuur- en energiebeleid",
        (
            "Uitwerken van beleidsplannen, regelgeving en rapportering voor leefmilieu, natuur en "
            "energie en afstemmen met de agentschappen van het beleidsdomein."
        ),
        axis="other",
        assessment="keep",
        fte="50",
        budget="4000",
    ),
    _p(
        "DLNE",
        "Behandelen van beroepen tegen milieuvergunningen",
        (
            "Behandelen van administratieve beroepen tegen beslissingen over milieuvergunningen en "
            "voorbereiden van de beslissing van de minister."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Met de omgevingsvergunning worden milieu- en stedenbouwkundige vergunning "
            "geïntegreerd en worden de beroepsprocedures verkort."
        ),
        fte="40",
        budget="3000",
    ),
    _p(
        "DLNE",
        "Invoeren van de omgevingsvergunning",
        (
            "Uitwerken van de uitvoeringsregelgeving, de procedures en het digitale loket voor de "
            "geïntegreerde omgevingsvergunning."
        ),
        axis="permits",
        assessment="introduce",
        motivation=(
            "Het decreet betreffende de omgevingsvergunning van 25 april 2014 vraagt een nieuw "
            "digitaal loket en aangepaste procedures bij alle vergunningverleners."
        ),
        fte="20",
        budget="6000",
    ),
    _p(
        "DLNE",
        "Uitvoeren van milieu-inspecties bij bedrijven",
        (
            "Controleren van de naleving van de milieuvergunningsvoorwaarden en de "
            "milieuregelgeving bij vergunningsplichtige bedrijven."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "Meer gerichte inspecties bij risicobedrijven en een snellere opvolging van "
            "vastgestelde inbreuken versterken de handhaving."
        ),
        fte="120",
        budget="9500",
    ),
    _p(
        "DLNE",
        "Aanbieden van natuur- en milieueducatie",
        (
            "Ontwikkelen van educatief materiaal en uitbaten van eigen natuur- en "
            "milieueducatiecentra."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "Het eigen aanbod wordt afgebouwd; lokale besturen, scholen en verenigingen nemen de "
            "educatieve werking op."
        ),
        fte="10",
        budget="3500",
    ),
    _p(
        "DLNE",
        "Subsidiëren van gemeenten via de samenwerkingsovereenkomst milieu",
        (
            "Toekennen van subsidies aan gemeenten die engagementen aangaan rond afval, water, "
            "natuur, energie en klimaat."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De samenwerkingsovereenkomst wordt stopgezet en de middelen gaan naar het "
            "Gemeentefonds, zodat gemeenten zelf hun milieuprioriteiten kiezen."
        ),
        fte="5",
        budget="12000",
    ),
    _p(
        "DLNE",
        "Uitwerken van het klimaatbeleid en de klimaatrapportering",
        (
            "Opmaken van het Vlaamse klimaatbeleidsplan en rapporteren over de uitstoot van "
            "broeikasgassen aan de Europese Unie en de Verenigde Naties."
        ),
        axis="regulation",
        assessment="strengthen",
        motivation=(
            "De Europese klimaatdoelstellingen voor 2020 en 2030 vragen meer inzet op de sectoren "
            "buiten het emissiehandelssysteem."
        ),
        fte="12",
        budget="1000",
    ),
    _p(
        "VMM",
        "Meten van de lucht- en waterkwaliteit",
        (
            "Uitbaten van de meetnetten voor lucht, oppervlaktewater en grondwater en rapporteren "
            "van de resultaten."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "De meetnetten zijn een Europese verplichting en de basis voor het milieubeleid."
        ),
        fte="170",
        budget="15000",
    ),
    _p(
        "VMM",
        "Heffen van de heffing op de waterverontreiniging",
        (
            "Vestigen en innen van de heffing op de verontreiniging van oppervlaktewater door "
            "bedrijven en huishoudens."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="60",
        budget="5000",
    ),
    _p(
        "VMM",
        "Beheren van de onbevaarbare waterlopen van eerste categorie",
        (
            "Onderhouden, herinrichten en beheren van de grotere onbevaarbare waterlopen, met "
            "inbegrip van overstromingsgebieden en pompinstallaties."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="150",
        budget="40000",
    ),
    _p(
        "VMM",
        "Beheren van kleine waterlopen van eerste categorie met een lokaal karakter",
        (
            "Beheren en onderhouden van kleinere waterlopen van eerste categorie die vooral een "
            "lokale afwateringsfunctie hebben."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="province",
        motivation=(
            "De provincies beheren al de aansluitende waterlopen van tweede categorie; een "
            "overdracht zorgt voor één beheerder per stroomgebied."
        ),
        fte="40",
        budget="8000",
    ),
    _p(
        "VMM",
        "Subsidiëren van gemeentelijke rioleringsprojecten",
        (
            "Subsidiëren van de aanleg en vernieuwing van gemeentelijke riolering en kleinschalige "
            "waterzuivering."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De subsidies worden gericht op de prioritaire zones uit de stroomgebiedbeheerplannen "
            "om de Europese waterdoelen te halen."
        ),
        fte="15",
        budget="150000",
    ),
    _p(
        "VMM",
        "Opmaken van de stroomgebiedbeheerplannen",
        (
            "Opmaken en opvolgen van de stroomgebiedbeheerplannen voor Schelde en Maas met de "
            "bijbehorende maatregelenprogramma's."
        ),
        axis="regulation",
        assessment="keep",
        fte="20",
        budget="1500",
    ),
    _p(
        "VMM",
        "Voorspellen en beheersen van overstromingen",
        (
            "Voorspellen van hoogwater, beheren van overstromingsgebieden en informeren van "
            "burgers en besturen via waterinfo.be."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "De klimaatverandering verhoogt het overstromingsrisico; betere voorspellingen en "
            "snelle waarschuwingen beperken de schade."
        ),
        fte="25",
        budget="12000",
    ),
    _p(
        "OVAM",
        "Uitvoeren van ambtshalve bodemsaneringen",
        (
            "Uitvoeren van bodemsaneringen op verweesde sites en op terreinen waar de "
            "saneringsplichtige in gebreke blijft."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="80",
        budget="60000",
    ),
    _p(
        "OVAM",
        "Afleveren van bodemattesten",
        (
            "Afleveren van bodemattesten bij de overdracht van gronden met de informatie uit het "
            "grondeninformatieregister."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "De bodemattesten worden volledig digitaal aangevraagd en afgeleverd, in de meeste "
            "gevallen automatisch."
        ),
        fte="25",
        budget="1500",
    ),
    _p(
        "OVAM",
        "Uitwerken van het afval- en materialenbeleid",
        (
            "Opmaken van uitvoeringsplannen voor afvalstoffen en materialen en uitwerken van de "
            "regelgeving in het VLAREMA."
        ),
        axis="regulation",
        assessment="keep",
        motivation=(
            "Vlaanderen behoort tot de koplopers in Europa; het beleid wordt voortgezet binnen het "
            "bestaande kader."
        ),
        fte="40",
        budget="3000",
    ),
    _p(
        "OVAM",
        "Subsidiëren van gemeentelijke recyclageparken",
        (
            "Toekennen van investeringssubsidies aan gemeenten en intercommunales voor de aanleg "
            "en uitbreiding van recyclageparken."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "Het netwerk van recyclageparken is volledig uitgebouwd; de investeringssubsidies "
            "worden stopgezet."
        ),
        fte="3",
        budget="4000",
    ),
    _p(
        "OVAM",
        "Stimuleren van de circulaire economie",
        (
            "Opzetten van een programma met bedrijven, kennisinstellingen en overheden om "
            "materialenkringlopen te sluiten."
        ),
        axis="other",
        assessment="introduce",
        motivation=(
            "Het circulaire-economiebeleid vraagt een nieuwe ketengerichte aanpak die verder gaat "
            "dan het klassieke afvalbeleid."
        ),
        fte="5",
        budget="2500",
    ),
    _p(
        "ANB",
        "Beheren van de natuurdomeinen en bossen van het Vlaamse Gewest",
        (
            "Beheren van de domeinbossen, natuurreservaten en parken die eigendom zijn van het "
            "Vlaamse Gewest en onthalen van bezoekers."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="400",
        budget="35000",
    ),
    _p(
        "ANB",
        "Subsidiëren van erkende natuurreservaten en terreinbeherende verenigingen",
        (
            "Subsidiëren van de aankoop en het beheer van erkende natuurreservaten door "
            "terreinbeherende natuurverenigingen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Met de wijziging van het natuurdecreet komt er één geïntegreerd natuurbeheerplan en "
            "één subsidiesysteem voor alle beheerders."
        ),
        fte="10",
        budget="25000",
    ),
    _p(
        "ANB",
        "Afleveren van jachtverloven en natuurvergunningen",
        (
            "Afleveren van jachtverloven, machtigingen en natuurvergunningen voor het wijzigen van "
            "vegetatie en kleine landschapselementen."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Het jachtverlof wordt digitaal aangevraagd en de natuurvergunning wordt in de "
            "omgevingsvergunning geïntegreerd."
        ),
        fte="30",
        budget="2000",
    ),
    _p(
        "ANB",
        "Handhaven van de natuur-, bos- en jachtregelgeving",
        (
            "Vaststellen en vervolgen van inbreuken op de natuur-, bos- en jachtregelgeving door "
            "de natuurinspecteurs."
        ),
        axis="enforcement",
        assessment="keep",
        fte="60",
        budget="4000",
    ),
    _p(
        "ANB",
        "Realiseren van de Europese instandhoudingsdoelstellingen (Natura 2000)",
        (
            "Opmaken en uitvoeren van managementplannen om de Europees beschermde habitats en "
            "soorten in een gunstige staat te brengen."
        ),
        axis="regulation",
        assessment="strengthen",
        motivation=(
            "De Europese verplichtingen voor de speciale beschermingszones moeten tijdig worden "
            "gerealiseerd om sancties te vermijden."
        ),
        fte="30",
        budget="20000",
    ),
    _p(
        "ANB",
        "Subsidiëren van kleine landschapselementen bij particulieren",
        (
            "Toekennen van kleine subsidies aan particulieren voor de aanleg van hagen, poelen en "
            "houtkanten."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "De subsidie heeft een hoge administratieve kost per dossier en wordt opgenomen in de "
            "beheerovereenkomsten van de VLM."
        ),
        fte="3",
        budget="500",
    ),
    _p(
        "VEA",
        "Toekennen van energiepremies voor rationeel energiegebruik",
        (
            "Vastleggen en opvolgen van de premies die de netbeheerders uitbetalen voor isolatie, "
            "hoogrendementsglas en zuinige verwarming."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De premies worden gericht op diepgaande renovatie en op kwetsbare gezinnen, met "
            "minder premiecategorieën."
        ),
        fte="10",
        budget="120000",
    ),
    _p(
        "VEA",
        "Toekennen van groenestroom- en warmtekrachtcertificaten",
        (
            "Toekennen van certificaten voor de productie van groene stroom en "
            "warmte-krachtkoppeling en berekenen van de onrendabele toppen."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het certificatensysteem wordt hervormd met bandingfactoren om oversubsidiëring te "
            "vermijden."
        ),
        fte="12",
        budget="800",
    ),
    _p(
        "VEA",
        "Handhaven van de energieprestatieregelgeving",
        (
            "Controleren van de naleving van de EPB-eisen bij nieuwbouw en renovatie en opleggen "
            "van administratieve boetes."
        ),
        axis="enforcement",
        assessment="keep",
        fte="30",
        budget="2500",
    ),
    _p(
        "VEA",
        "Opzetten van het Renovatiepact voor het woningpatrimonium",
        (
            "Uitwerken met de bouwsector, de financiële sector en de middenveldorganisaties van "
            "een langetermijnaanpak voor de energetische renovatie van woningen."
        ),
        axis="other",
        assessment="introduce",
        motivation=(
            "Het Vlaamse woningpatrimonium is verouderd; zonder gezamenlijke aanpak worden de "
            "energie- en klimaatdoelstellingen niet gehaald."
        ),
        fte="4",
        budget="600",
    ),
    _p(
        "VEA",
        "Organiseren van energiescans bij kwetsbare gezinnen",
        (
            "Organiseren van gratis energiescans met kleine energiebesparende ingrepen bij "
            "gezinnen met een laag inkomen."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="intermunicipal",
        motivation=(
            "De energiescans worden door de gemeenten en hun intergemeentelijke "
            "samenwerkingsverbanden georganiseerd, dicht bij de doelgroep."
        ),
        fte="2",
        budget="6000",
    ),
    _p(
        "VLM",
        "Uitvoeren van het mestbeleid",
        (
            "Registreren van mestproductie, mesttransporten en bemesting en berekenen van de "
            "mestbalans per landbouwbedrijf."
        ),
        axis="regulation",
        assessment="keep",
        fte="150",
        budget="12000",
    ),
    _p(
        "VLM",
        "Controleren van de naleving van de mestwetgeving",
        (
            "Uitvoeren van controles op bemesting, mesttransport, nitraatresidu en mestverwerking "
            "bij landbouwbedrijven."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "De Europese nitraatrichtlijn en het vijfde mestactieprogramma vereisen meer gerichte "
            "controles."
        ),
        fte="60",
        budget="4500",
    ),
    _p(
        "VLM",
        "Uitvoeren van landinrichtingsprojecten en ruilverkavelingen",
        (
            "Uitvoeren van inrichtingsprojecten in het landelijk gebied en van ruilverkavelingen "
            "ten behoeve van landbouw, natuur en waterbeheer."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Ruilverkaveling en landinrichting worden samengebracht in één instrumentendecreet met "
            "kortere procedures."
        ),
        fte="100",
        budget="20000",
    ),
    _p(
        "VLM",
        "Afsluiten van beheerovereenkomsten met landbouwers",
        (
            "Afsluiten van vrijwillige overeenkomsten met landbouwers voor natuur-, water- en "
            "erosiebeheer tegen een vergoeding."
        ),
        axis="subsidies",
        assessment="keep",
        motivation="Het instrument wordt gecofinancierd door Europa en kent een goede deelname.",
        fte="40",
        budget="15000",
    ),
]

_MOW_PROCESSES = [
    _p(
        "DMOW",
        "Voorbereiden van het mobiliteitsbeleid",
        (
            "Uitwerken van het Mobiliteitsplan Vlaanderen, de beleidsnota's en de regelgeving voor "
            "mobiliteit en openbare werken."
        ),
        axis="other",
        assessment="keep",
        fte="40",
        budget="3000",
    ),
    _p(
        "DMOW",
        "Financieren van de maritieme toegang tot de zeehavens",
        (
            "Financieren van baggerwerken, sluizen en kaaimuren die de bereikbaarheid van de "
            "Vlaamse zeehavens verzekeren."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "De maritieme toegankelijkheid van de havens is een gewestelijke kerntaak met grote "
            "economische impact."
        ),
        fte="10",
        budget="200000",
    ),
    _p(
        "DMOW",
        "Opmaken van verkeersmodellen en mobiliteitsonderzoek",
        (
            "Ontwikkelen van strategische verkeersmodellen en uitvoeren van het onderzoek "
            "verplaatsingsgedrag als basis voor beleid en projecten."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="15",
        budget="1800",
    ),
    _p(
        "DMOW",
        "Toezien op rijscholen en examencentra",
        (
            "Erkennen van en toezien op rijscholen en examencentra voor het rijbewijs, een "
            "bevoegdheid die met de zesde staatshervorming naar Vlaanderen kwam."
        ),
        axis="enforcement",
        assessment="introduce",
        motivation=(
            "Na de zesde staatshervorming moet Vlaanderen het toezicht op de rijopleiding en het "
            "rijexamen zelf organiseren."
        ),
        fte="12",
        budget="900",
    ),
    _p(
        "DMOW",
        "Goedkeuren van gemeentelijke mobiliteitsplannen en beheren van het mobiliteitsconvenant",
        (
            "Begeleiden en laten goedkeuren van gemeentelijke mobiliteitsplannen en cofinancieren "
            "van lokale projecten via de modules van het mobiliteitsconvenant."
        ),
        axis="regulation",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De gemeenten worden zelf verantwoordelijk voor hun mobiliteitsplan zonder Vlaamse "
            "goedkeuring; de modules van het convenant worden vereenvoudigd."
        ),
        fte="12",
        budget="1200",
    ),
    _p(
        "DMOW",
        "Cofinancieren van fietspaden via het Fietsfonds",
        (
            "Cofinancieren samen met de provincies van fietspaden op het bovenlokaal functioneel "
            "fietsroutenetwerk."
        ),
        axis="subsidies",
        assessment="strengthen",
        motivation=(
            "Het Fietsfonds wordt uitgebreid om de ontbrekende schakels in het fietsroutenetwerk "
            "versneld weg te werken."
        ),
        fte="5",
        budget="40000",
    ),
    _p(
        "DMOW",
        "Uitwerken van basisbereikbaarheid en de vervoerregio's",
        (
            "Uitwerken van het decreet basisbereikbaarheid en afbakenen van vervoerregio's waarin "
            "het openbaar vervoer samen met de gemeenten wordt gepland."
        ),
        axis="regulation",
        assessment="introduce",
        motivation=(
            "Het regeerakkoord vervangt basismobiliteit door basisbereikbaarheid; dat vraagt een "
            "nieuw regelgevend kader en regionale planning."
        ),
        fte="8",
        budget="900",
    ),
    _p(
        "DMOW",
        "Opvolgen van de exploitatie van de regionale luchthavens",
        (
            "Opvolgen van de uitbating van de luchthavens van Antwerpen en Oostende-Brugge en "
            "financieren van de veiligheidsdiensten."
        ),
        axis="other",
        assessment="optimise",
        motivation=(
            "De commerciële exploitatie wordt via een concessie aan private operatoren "
            "toevertrouwd; de overheid beperkt zich tot de infrastructuur."
        ),
        fte=None,
        budget="25000",
    ),
    _p(
        "AWV",
        "Onderhouden van gewestwegen en autosnelwegen",
        (
            "Uitvoeren van het gewone onderhoud van wegdek, signalisatie en uitrusting van de "
            "gewestwegen en autosnelwegen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="400",
        budget="180000",
    ),
    _p(
        "AWV",
        "Aanleggen en vernieuwen van gewestwegen",
        (
            "Ontwerpen, aanbesteden en opvolgen van de aanleg en de structurele vernieuwing van "
            "gewestwegen en kunstwerken."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Projecten worden planmatiger uitgevoerd via een meerjareninvesteringsprogramma met "
            "voorrang voor verkeersveiligheid en het wegwerken van achterstallig onderhoud."
        ),
        fte="250",
        budget="250000",
    ),
    _p(
        "AWV",
        "Organiseren van de winterdienst op gewestwegen",
        (
            "Strooien en sneeuwruimen op autosnelwegen en gewestwegen met eigen personeel en "
            "aannemers."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Een veilige berijdbaarheid in de winter is een essentiële opdracht van de "
            "wegbeheerder."
        ),
        fte="60",
        budget="15000",
    ),
    _p(
        "AWV",
        "Beheren van de openbare verlichting op gewestwegen",
        (
            "Beheren, onderhouden en vernieuwen van de openbare verlichting langs gewestwegen en "
            "autosnelwegen."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Door ledverlichting en dimregimes daalt het energieverbruik en de onderhoudskost "
            "aanzienlijk."
        ),
        fte="20",
        budget="22000",
    ),
    _p(
        "AWV",
        "Beheren van gewestwegen met een lokale ontsluitingsfunctie",
        (
            "Beheren en onderhouden van gewestwegen die vooral lokaal verkeer afwikkelen, zoals "
            "doortochten en verbindingswegen tussen dorpskernen."
        ),
        axis="service_delivery",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Wegen met een lokale functie horen bij de gemeente; ze worden na herstel met een "
            "eenmalige dotatie aan de gemeenten overgedragen."
        ),
        fte="30",
        budget="12000",
    ),
    _p(
        "AWV",
        "Vergunnen van uitzonderlijk vervoer",
        (
            "Afleveren van vergunningen voor voertuigen met uitzonderlijke afmetingen of massa en "
            "bepalen van de toegelaten routes."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Een webtoepassing met standaardroutes verkort de doorlooptijd en vermindert het "
            "aantal manuele dossiers."
        ),
        fte="10",
        budget="700",
    ),
    _p(
        "AWV",
        "Verlenen van toelatingen voor werken langs gewestwegen",
        (
            "Behandelen van aanvragen voor nutsleidingen, toegangen en reclame langs gewestwegen "
            "en adviseren van vergunningsaanvragen."
        ),
        axis="permits",
        assessment="keep",
        fte="30",
        budget="2000",
    ),
    _p(
        "AWV",
        "Uitbaten van het Vlaams Verkeerscentrum",
        (
            "Monitoren van het verkeer op de snelwegen, beheren van de dynamische verkeersborden "
            "en verspreiden van verkeersinformatie."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Dynamisch verkeersmanagement helpt de congestie en het aantal ongevallen op het "
            "hoofdwegennet te beperken."
        ),
        fte="50",
        budget="15000",
    ),
    _p(
        "AWV",
        "Plaatsen en beheren van flitspalen en trajectcontroles",
        (
            "Plaatsen, onderhouden en beheren van vaste flitspalen en trajectcontroles in "
            "samenwerking met de politie."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "Het verkeersveiligheidsplan voorziet meer trajectcontroles op gevaarlijke wegvakken."
        ),
        fte="10",
        budget="9000",
    ),
    _p(
        "AWV",
        "Uitvoeren van bermmaaiwerken met eigen ploegen",
        "Maaien van bermen en onderhouden van groen langs gewestwegen door eigen wegenwachters.",
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "De maaiwerken worden bij natuurlijke afvloeiing volledig via raamcontracten "
            "uitbesteed; de wegenwachters focussen op toezicht."
        ),
        fte="45",
        budget="3000",
    ),
    _p(
        "DL",
        "Exploiteren van het stads- en streekvervoer",
        "Exploiteren van het bus- en tramnet in Vlaanderen, in eigen beheer en via exploitanten.",
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Het decreet basismobiliteit wordt vervangen door basisbereikbaarheid, met een "
            "vraaggestuurd aanbod dat per vervoerregio wordt bepaald."
        ),
        fte="400",
        budget="250000",
    ),
    _p(
        "DL",
        "Uitbaten van belbussen",
        (
            "Uitbaten van belbuslijnen in landelijke gebieden waar reizigers hun rit vooraf moeten "
            "reserveren."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "Belbuslijnen met een lage bezettingsgraad worden afgebouwd en vervangen door vervoer "
            "op maat binnen de vervoerregio's."
        ),
        fte="50",
        budget="18000",
    ),
    _p(
        "DL",
        "Organiseren van het leerlingenvervoer in het buitengewoon onderwijs",
        (
            "Organiseren van het busvervoer van leerlingen van het buitengewoon onderwijs in "
            "opdracht van het beleidsdomein Onderwijs."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="30",
        budget="90000",
    ),
    _p(
        "DL",
        "Toekennen van gratis abonnementen aan 65-plussers",
        "Toekennen van een gratis Omnipas aan alle inwoners van 65 jaar en ouder.",
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "Het gratis abonnement wordt vervangen door een abonnement aan een verminderd tarief; "
            "kwetsbare groepen blijven een sociaal tarief genieten."
        ),
        fte="5",
        budget="40000",
    ),
    _p(
        "WenZ",
        "Beheren en onderhouden van de waterwegen in het westen en centrum van Vlaanderen",
        (
            "Beheren en onderhouden van rivieren, kanalen, dijken en kunstwerken in het "
            "beheersgebied van Waterwegen en Zeekanaal."
        ),
        axis="service_delivery",
        assessment="keep",
        motivation=(
            "Waterbeheer en scheepvaart zijn kerntaken; de fusie van de twee waterwegbeheerders "
            "wordt voorbereid."
        ),
        fte="400",
        budget="60000",
    ),
    _p(
        "WenZ",
        "Bedienen van bruggen en sluizen",
        (
            "Bedienen van beweegbare bruggen en sluizen op de waterwegen voor beroeps- en "
            "pleziervaart."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Door bediening op afstand vanuit centrale posten kunnen lokale bedieningsposten "
            "worden samengevoegd en ruimere bedieningstijden worden aangeboden."
        ),
        fte="300",
        budget="25000",
    ),
    _p(
        "WenZ",
        "Uitvoeren van het geactualiseerde Sigmaplan",
        (
            "Realiseren van dijkverhogingen, overstromingsgebieden en natuurontwikkeling langs de "
            "Schelde en haar zijrivieren."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "De bescherming tegen stormvloeden langs het Scheldebekken blijft een prioriteit en "
            "loopt achter op de planning."
        ),
        fte="40",
        budget="50000",
    ),
    _p(
        "WenZ",
        "Beheren van jachthavens in eigen beheer",
        "Beheren van jachthavens en aanlegplaatsen met een vooral recreatieve en lokale functie.",
        axis="service_delivery",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Jachthavens met een lokaal recreatief belang worden aan de gemeenten overgedragen of "
            "via een concessie uitgebaat."
        ),
        fte="4",
        budget="800",
    ),
    _p(
        "MDK",
        "Verzekeren van het loodswezen",
        (
            "Begeleiden van zeeschepen van en naar de Vlaamse havens door loodsen, met inbegrip "
            "van het beloodsingsmaterieel."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="400",
        budget="90000",
    ),
    _p(
        "MDK",
        "Beschermen van de kust tegen stormen (Masterplan Kustveiligheid)",
        (
            "Uitvoeren van zandsuppleties, dijkversterkingen en andere maatregelen uit het "
            "Geïntegreerd Kustveiligheidsplan."
        ),
        axis="service_delivery",
        assessment="strengthen",
        motivation=(
            "Het kustveiligheidsplan moet de kust beschermen tegen een superstorm en de verwachte "
            "zeespiegelstijging."
        ),
        fte="30",
        budget="30000",
    ),
    _p(
        "MDK",
        "Beheren van de maritieme verkeersbegeleiding en betonning",
        (
            "Begeleiden van het scheepvaartverkeer via de kustradar en onderhouden van boeien en "
            "bakens in de vaargeulen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="60",
        budget="15000",
    ),
    _p(
        "DS",
        "Beheren van het Albertkanaal en de Kempense kanalen",
        (
            "Beheren en onderhouden van de waterwegen in het oosten van Vlaanderen, met inbegrip "
            "van de sluizencomplexen en de brugverhogingen."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="300",
        budget="45000",
    ),
    _p(
        "DS",
        "Toekennen van concessies op watergebonden bedrijventerreinen",
        (
            "Toekennen en opvolgen van concessies voor bedrijven die zich langs de waterwegen "
            "vestigen."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Concessies worden voortaan via transparante oproepen toegekend, met voorrang voor "
            "bedrijven die de waterweg effectief gebruiken."
        ),
        fte="6",
        budget=None,
    ),
]

_RWO_PROCESSES = [
    _p(
        "RV",
        "Opmaken van het Beleidsplan Ruimte Vlaanderen",
        (
            "Opmaken van het strategisch ruimtelijk beleidsplan dat het Ruimtelijk Structuurplan "
            "Vlaanderen zal vervangen."
        ),
        axis="regulation",
        assessment="strengthen",
        motivation=(
            "Het beleidsplan moet de bouwshift en het zuiniger ruimtegebruik verankeren en vraagt "
            "een breed participatief traject."
        ),
        fte="25",
        budget="2500",
    ),
    _p(
        "RV",
        "Opmaken van gewestelijke ruimtelijke uitvoeringsplannen",
        (
            "Opmaken van gewestelijke ruimtelijke uitvoeringsplannen voor economische, natuur- en "
            "infrastructuurprojecten van gewestelijk belang."
        ),
        axis="regulation",
        assessment="keep",
        fte="60",
        budget="5000",
    ),
    _p(
        "RV",
        "Behandelen van vergunningsaanvragen van gewestelijk belang",
        (
            "Behandelen van aanvragen voor stedenbouwkundige vergunningen voor handelingen van "
            "algemeen belang en projecten van publiekrechtelijke rechtspersonen."
        ),
        axis="permits",
        assessment="optimise",
        motivation=(
            "Met de omgevingsvergunning verdwijnen afzonderlijke procedures en wordt de "
            "doorlooptijd ingekort."
        ),
        fte="45",
        budget="3200",
    ),
    _p(
        "RV",
        "Verlenen van bindend advies op gemeentelijke vergunningsaanvragen",
        (
            "Verlenen van advies door de gewestelijke stedenbouwkundige ambtenaar bij aanvragen "
            "die gemeenten behandelen."
        ),
        axis="permits",
        assessment="phase_out",
        motivation=(
            "Ontvoogde gemeenten beslissen zelf; het voorafgaand advies wordt afgeschaft en "
            "vervangen door een beperkt schorsingsrecht."
        ),
        fte="40",
        budget="2800",
    ),
    _p(
        "RV",
        "Goedkeuren van gemeentelijke ruimtelijke uitvoeringsplannen",
        (
            "Onderzoeken en goedkeuren van de door de gemeenten voorlopig vastgestelde ruimtelijke "
            "uitvoeringsplannen."
        ),
        axis="regulation",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Gemeenten stellen hun ruimtelijke uitvoeringsplannen zelf definitief vast; de Vlaamse "
            "goedkeuring wordt vervangen door een schorsingsrecht."
        ),
        fte="15",
        budget="1100",
    ),
    _p(
        "RV",
        "Subsidiëren van de gemeentelijke planningscapaciteit",
        (
            "Toekennen van werkingssubsidies aan gemeenten voor het aanwerven van ruimtelijke "
            "planners en voor de opmaak van ruimtelijke plannen."
        ),
        axis="subsidies",
        assessment="phase_out",
        motivation=(
            "Vrijwel alle gemeenten zijn ontvoogd en beschikken over een eigen planningsdienst; de "
            "subsidie heeft haar doel bereikt."
        ),
        fte="1",
        budget="2500",
    ),
    _p(
        "RV",
        "Beheren van het plannenregister en het vergunningenregister",
        (
            "Beheren van de digitale registers waarin alle ruimtelijke plannen en vergunningen van "
            "Vlaanderen worden ontsloten."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "De digitalisering van alle plannen en vergunningen via één register maakt papieren "
            "kopieën en afzonderlijke registers overbodig."
        ),
        fte="8",
        budget="1000",
    ),
    _p(
        "RV",
        "Subsidiëren van stadsvernieuwingsprojecten",
        (
            "Subsidiëren van ontwerpwedstrijden en conceptsubsidies voor "
            "stadsvernieuwingsprojecten in centrumsteden."
        ),
        axis="subsidies",
        assessment="keep",
        motivation=(
            "Stadsvernieuwing ondersteunt de verdichting van de kernen en het zuiniger "
            "ruimtegebruik."
        ),
        fte="4",
        budget="20000",
    ),
    _p(
        "RV",
        "Heffen van planbaten en vergoeden van planschade",
        (
            "Berekenen en heffen van planbaten en behandelen van vorderingen tot vergoeding van "
            "planschade."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="10",
        budget="900",
    ),
    _p(
        "WV",
        "Toekennen van huursubsidies en huurpremies",
        (
            "Toekennen van huursubsidies bij verhuizing naar een conforme woning en van "
            "huurpremies voor wie lang op een sociale woning wacht."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De huurpremie wordt automatisch toegekend aan wie vier jaar op de wachtlijst staat, "
            "zonder afzonderlijke aanvraag."
        ),
        fte="70",
        budget="60000",
    ),
    _p(
        "WV",
        "Behandelen van procedures tot ongeschikt- en onbewoonbaarverklaring",
        (
            "Onderzoeken van de woningkwaliteit en voorbereiden van besluiten tot ongeschikt- of "
            "onbewoonbaarverklaring van woningen."
        ),
        axis="enforcement",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "De burgemeester beslist al over de onbewoonbaarheid; de gemeenten worden bevoegd voor "
            "de volledige procedure, Vlaanderen behoudt het kwaliteitskader."
        ),
        fte="30",
        budget="2500",
    ),
    _p(
        "WV",
        "Toekennen van renovatie- en aanpassingspremies",
        (
            "Toekennen van premies voor de renovatie, verbetering en aanpassing van woningen aan "
            "eigenaars en huurders."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "De renovatiepremie en de verbeterings- en aanpassingspremie worden samengevoegd tot "
            "één premie met één digitaal loket."
        ),
        fte="45",
        budget="80000",
    ),
    _p(
        "WV",
        "Aanbieden van de verzekering gewaarborgd wonen",
        (
            "Aanbieden van een gratis verzekering die de hypothecaire lening afdekt bij "
            "inkomensverlies door werkloosheid of arbeidsongeschiktheid."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="6",
        budget="3000",
    ),
    _p(
        "WV",
        "Subsidiëren van intergemeentelijke projecten rond lokaal woonbeleid",
        (
            "Subsidiëren van samenwerkingsverbanden van gemeenten die een gezamenlijk lokaal "
            "woonbeleid ontwikkelen."
        ),
        axis="subsidies",
        assessment="transfer",
        transfer_level="intermunicipal",
        motivation=(
            "De intergemeentelijke samenwerkingsverbanden nemen de ondersteuning van kleinere "
            "gemeenten volledig op, met middelen uit het Gemeentefonds."
        ),
        fte="5",
        budget="8000",
    ),
    _p(
        "WV",
        "Toezien op de sociale huisvestingsmaatschappijen",
        (
            "Controleren van de werking, het patrimoniumbeheer en de toewijzingen van de sociale "
            "huisvestingsmaatschappijen."
        ),
        axis="enforcement",
        assessment="optimise",
        motivation=(
            "Het toezicht wordt risicogestuurd en gekoppeld aan een nieuwe visitatieprocedure, met "
            "minder controles op detailniveau."
        ),
        fte="25",
        budget="1900",
    ),
    _p(
        "WV",
        "Erkennen en subsidiëren van sociale verhuurkantoren",
        (
            "Erkennen en subsidiëren van sociale verhuurkantoren die private woningen huren en "
            "verhuren aan kwetsbare huurders."
        ),
        axis="permits",
        assessment="keep",
        motivation=(
            "Sociale verhuurkantoren zijn een kostenefficiënte aanvulling op het sociale "
            "huurpatrimonium."
        ),
        fte="3",
        budget="30000",
    ),
    _p(
        "VMSW",
        "Financieren van sociale woonprojecten",
        (
            "Verstrekken van leningen en subsidies aan sociale huisvestingsmaatschappijen voor de "
            "bouw en renovatie van sociale woningen."
        ),
        axis="subsidies",
        assessment="keep",
        fte="80",
        budget="250000",
    ),
    _p(
        "VMSW",
        "Verstrekken van sociale leningen",
        (
            "Verstrekken van sociale hypothecaire leningen via de erkende kredietmaatschappijen en "
            "de sociale huisvestingsmaatschappijen."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "De sociale leningen van de VMSW en het Vlaams Woningfonds worden op elkaar afgestemd "
            "tot één product."
        ),
        fte="30",
        budget="3000",
    ),
    _p(
        "VMSW",
        "Optreden als bouwheer voor sociale woonprojecten",
        (
            "Ontwikkelen en bouwen van sociale woonprojecten in eigen beheer voor rekening van de "
            "sociale huisvestingsmaatschappijen."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "De VMSW trekt zich terug als bouwheer; de sociale huisvestingsmaatschappijen "
            "ontwikkelen hun projecten zelf."
        ),
        fte="15",
        budget="1500",
    ),
    _p(
        "VWF",
        "Verstrekken van sociale leningen aan grote gezinnen",
        (
            "Verstrekken van hypothecaire leningen tegen een sociaal tarief aan gezinnen met "
            "kinderen voor de aankoop of renovatie van een woning."
        ),
        axis="service_delivery",
        assessment="keep",
        fte="80",
        budget="8000",
    ),
    _p(
        "VWF",
        "Verhuren van woningen via het eigen huurprogramma",
        (
            "Aankopen, renoveren en verhuren van woningen aan grote gezinnen met een bescheiden "
            "inkomen."
        ),
        axis="service_delivery",
        assessment="phase_out",
        motivation=(
            "Het huurprogramma overlapt met de sociale huisvestingsmaatschappijen en de sociale "
            "verhuurkantoren en wordt niet verder uitgebreid."
        ),
        fte="6",
        budget="700",
    ),
    _p(
        "OE",
        "Beschermen van monumenten, landschappen en archeologische sites",
        (
            "Voorbereiden en opvolgen van beschermingsbesluiten voor monumenten, stads- en "
            "dorpsgezichten, landschappen en archeologische sites."
        ),
        axis="regulation",
        assessment="keep",
        motivation="De bescherming van het waardevolste erfgoed is een gewestelijke kerntaak.",
        fte="40",
        budget="3500",
    ),
    _p(
        "OE",
        "Toekennen van erfgoedpremies",
        (
            "Toekennen van premies voor onderhoud en restauratie van beschermd erfgoed op basis "
            "van een goedgekeurd beheersplan."
        ),
        axis="subsidies",
        assessment="optimise",
        motivation=(
            "Het onroerenderfgoeddecreet vervangt de restauratiepremie door een erfgoedpremie met "
            "een eenvoudiger procedure en vaste percentages."
        ),
        fte="30",
        budget="30000",
    ),
    _p(
        "OE",
        "Verlenen van toelatingen voor werken aan beschermd erfgoed",
        (
            "Verlenen van toelatingen en adviezen voor werken aan beschermde monumenten en in "
            "beschermde gezichten en landschappen."
        ),
        axis="permits",
        assessment="transfer",
        transfer_level="municipality",
        motivation=(
            "Erkende onroerenderfgoedgemeenten nemen de toelatingen voor beschermd erfgoed op hun "
            "grondgebied zelf op."
        ),
        fte="25",
        budget="1800",
    ),
    _p(
        "OE",
        "Erkennen van onroerenderfgoedgemeenten en intergemeentelijke diensten",
        (
            "Erkennen van gemeenten en intergemeentelijke onroerenderfgoeddiensten die bijkomende "
            "bevoegdheden voor erfgoed opnemen."
        ),
        axis="permits",
        assessment="introduce",
        motivation=(
            "Nieuw instrument uit het onroerenderfgoeddecreet waarmee gemeenten meer "
            "verantwoordelijkheid voor hun erfgoed krijgen."
        ),
        fte="3",
        budget="300",
    ),
    _p(
        "OE",
        "Uitvoeren van archeologisch onderzoek",
        (
            "Uitvoeren van archeologische opgravingen en vooronderzoek bij ruimtelijke ingrepen "
            "door het eigen archeologisch team."
        ),
        axis="service_delivery",
        assessment="optimise",
        motivation=(
            "Met het nieuwe decreet voeren erkende archeologen het onderzoek uit; het agentschap "
            "beperkt zich tot kwaliteitsbewaking."
        ),
        fte="30",
        budget="2500",
    ),
    _p(
        "IRWO",
        "Handhaven van de stedenbouwkundige regelgeving",
        (
            "Vaststellen van bouwovertredingen, opleggen van stakingsbevelen en instellen van "
            "herstelvorderingen."
        ),
        axis="enforcement",
        assessment="optimise",
        motivation=(
            "De handhaving wordt geconcentreerd op zware inbreuken; gemeenten nemen de kleinere "
            "overtredingen op."
        ),
        fte="60",
        budget="4500",
    ),
    _p(
        "IRWO",
        "Opsporen van misbruik van woonpremies en sociale leningen",
        (
            "Controleren van de voorwaarden van woonpremies en sociale leningen en terugvorderen "
            "van onterecht verkregen steun."
        ),
        axis="enforcement",
        assessment="strengthen",
        motivation=(
            "Misbruik wordt systematisch opgespoord via gegevensuitwisseling met het kadaster en "
            "de fiscale administratie."
        ),
        fte="10",
        budget="700",
    ),
]

DOMAINS = [
    {
        "code": "DAR",
        "name": "Diensten voor het Algemeen Regeringsbeleid",
        "entities": [
            ("DAR", "Departement Diensten voor het Algemeen Regeringsbeleid", "department"),
            ("SVR", "Studiedienst van de Vlaamse Regering", "other"),
            ("AV", "Audit Vlaanderen", "internal_agency"),
            ("AGIV", "Agentschap voor Geografische Informatie Vlaanderen", "external_agency"),
            ("CORVE", "Coördinatiecel Vlaams e-government", "other"),
        ],
        "ministers": [MINISTER_PRESIDENT],
        "processes": _numbered("DAR", _DAR_PROCESSES),
    },
    {
        "code": "BZ",
        "name": "Bestuurszaken",
        "entities": [
            ("BZ", "Departement Bestuurszaken", "department"),
            ("AgO", "Agentschap voor Overheidspersoneel", "internal_agency"),
            ("AFB", "Agentschap Facilitair Bedrijf", "internal_agency"),
            ("ABB", "Agentschap voor Binnenlands Bestuur", "internal_agency"),
            ("AII", "Agentschap Integratie en Inburgering", "external_agency"),
        ],
        "ministers": [MINISTER_ADMINISTRATION],
        "processes": _numbered("BZ", _BZ_PROCESSES),
    },
    {
        "code": "FB",
        "name": "Financiën en Begroting",
        "entities": [
            ("DFB", "Departement Financiën en Begroting", "department"),
            ("Vlabel", "Vlaamse Belastingdienst", "internal_agency"),
            ("IF", "Inspectie van Financiën", "other"),
        ],
        "ministers": [MINISTER_FINANCE],
        "processes": _numbered("FB", _FB_PROCESSES),
    },
    {
        "code": "IV",
        "name": "Internationaal Vlaanderen",
        "entities": [
            ("DIV", "Departement internationaal Vlaanderen", "department"),
            ("FIT", "Flanders Investment & Trade", "external_agency"),
            ("TVL", "Toerisme Vlaanderen", "internal_agency"),
        ],
        "ministers": [MINISTER_PRESIDENT, MINISTER_MOBILITY],
        "processes": _numbered("IV", _IV_PROCESSES),
    },
    {
        "code": "EWI",
        "name": "Economie, Wetenschap en Innovatie",
        "entities": [
            ("EWI", "Departement Economie, Wetenschap en Innovatie", "department"),
            ("AO", "Agentschap Ondernemen", "internal_agency"),
            ("IWT", "Agentschap voor Innovatie door Wetenschap en Technologie", "external_agency"),
            ("FWO", "Fonds Wetenschappelijk Onderzoek – Vlaanderen", "other"),
            ("PMV", "ParticipatieMaatschappij Vlaanderen", "external_agency"),
        ],
        "ministers": [MINISTER_WORK],
        "processes": _numbered("EWI", _EWI_PROCESSES),
    },
    {
        "code": "OV",
        "name": "Onderwijs en Vorming",
        "entities": [
            ("DOV", "Departement Onderwijs en Vorming", "department"),
            ("INSP", "Onderwijsinspectie", "other"),
            ("AgODi", "Agentschap voor Onderwijsdiensten", "internal_agency"),
            (
                "AHOVOKS",
                (
                    "Agentschap voor Hoger Onderwijs, Volwassenenonderwijs, Kwalificaties en "
                    "Studietoelagen"
                ),
                "internal_agency",
            ),
            ("AGIOn", "Agentschap voor Infrastructuur in het Onderwijs", "internal_agency"),
        ],
        "ministers": [MINISTER_EDUCATION],
        "processes": _numbered("OV", _OV_PROCESSES),
    },
    {
        "code": "WVG",
        "name": "Welzijn, Volksgezondheid en Gezin",
        "entities": [
            ("DWVG", "Departement Welzijn, Volksgezondheid en Gezin", "department"),
            ("KG", "Kind en Gezin", "external_agency"),
            ("ZG", "Agentschap Zorg en Gezondheid", "internal_agency"),
            ("VAPH", "Vlaams Agentschap voor Personen met een Handicap", "external_agency"),
            ("JW", "Agentschap Jongerenwelzijn", "internal_agency"),
            ("ZI", "Agentschap Zorginspectie", "internal_agency"),
        ],
        "ministers": [MINISTER_WELFARE],
        "processes": _numbered("WVG", _WVG_PROCESSES),
    },
    {
        "code": "CJSM",
        "name": "Cultuur, Jeugd, Sport en Media",
        "entities": [
            ("DCJSM", "Departement Cultuur, Jeugd, Sport en Media", "department"),
            (
                "ASCW",
                "Agentschap Sociaal-Cultureel Werk voor Jeugd en Volwassenen",
                "internal_agency",
            ),
            ("AKE", "Agentschap Kunsten en Erfgoed", "internal_agency"),
            (
                "BLOSO",
                (
                    "Agentschap ter Bevordering van de Lichamelijke Ontwikkeling, de Sport en de "
                    "Openluchtrecreatie (Bloso)"
                ),
                "external_agency",
            ),
            ("VRM", "Vlaamse Regulator voor de Media", "external_agency"),
            ("VAF", "Vlaams Audiovisueel Fonds", "other"),
        ],
        "ministers": [MINISTER_CULTURE, MINISTER_WORK],
        "processes": _numbered("CJSM", _CJSM_PROCESSES),
    },
    {
        "code": "WSE",
        "name": "Werk en Sociale Economie",
        "entities": [
            ("DWSE", "Departement Werk en Sociale Economie", "department"),
            ("IWSE", "Inspectie Werk en Sociale Economie", "other"),
            (
                "VDAB",
                "Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding",
                "external_agency",
            ),
            (
                "VSAWSE",
                "Vlaams Subsidieagentschap voor Werk en Sociale Economie",
                "internal_agency",
            ),
            ("ESF", "ESF-Agentschap Vlaanderen", "internal_agency"),
        ],
        "ministers": [MINISTER_WORK],
        "processes": _numbered("WSE", _WSE_PROCESSES),
    },
    {
        "code": "LV",
        "name": "Landbouw en Visserij",
        "entities": [
            ("DLV", "Departement Landbouw en Visserij", "department"),
            ("ALV", "Agentschap voor Landbouw en Visserij", "internal_agency"),
            ("ILVO", "Instituut voor Landbouw- en Visserijonderzoek", "internal_agency"),
            ("VLAM", "Vlaams Centrum voor Agro- en Visserijmarketing", "external_agency"),
        ],
        "ministers": [MINISTER_ENVIRONMENT],
        "processes": _numbered("LV", _LV_PROCESSES),
    },
    {
        "code": "LNE",
        "name": "Leefmilieu, Natuur en Energie",
        "entities": [
            ("DLNE", "Departement Leefmilieu, Natuur en Energie", "department"),
            ("VMM", "Vlaamse Milieumaatschappij", "external_agency"),
            ("OVAM", "Openbare Vlaamse Afvalstoffenmaatschappij", "external_agency"),
            ("ANB", "Agentschap voor Natuur en Bos", "internal_agency"),
            ("VEA", "Vlaams Energieagentschap", "internal_agency"),
            ("VLM", "Vlaamse Landmaatschappij", "external_agency"),
        ],
        "ministers": [MINISTER_ENVIRONMENT, MINISTER_FINANCE],
        "processes": _numbered("LNE", _LNE_PROCESSES),
    },
    {
        "code": "MOW",
        "name": "Mobiliteit en Openbare Werken",
        "entities": [
            ("DMOW", "Departement Mobiliteit en Openbare Werken", "department"),
            ("AWV", "Agentschap Wegen en Verkeer", "internal_agency"),
            ("DL", "Vlaamse Vervoermaatschappij De Lijn", "external_agency"),
            ("WenZ", "Waterwegen en Zeekanaal NV", "external_agency"),
            ("MDK", "Agentschap voor Maritieme Dienstverlening en Kust", "internal_agency"),
            ("DS", "nv De Scheepvaart", "external_agency"),
        ],
        "ministers": [MINISTER_MOBILITY],
        "processes": _numbered("MOW", _MOW_PROCESSES),
    },
    {
        "code": "RWO",
        "name": "Ruimtelijke Ordening, Woonbeleid en Onroerend Erfgoed",
        "entities": [
            ("RV", "Departement Ruimte Vlaanderen", "department"),
            ("WV", "Agentschap Wonen-Vlaanderen", "internal_agency"),
            ("VMSW", "Vlaamse Maatschappij voor Sociaal Wonen", "external_agency"),
            ("VWF", "Vlaams Woningfonds", "other"),
            ("OE", "Agentschap Onroerend Erfgoed", "internal_agency"),
            ("IRWO", "Agentschap Inspectie RWO", "internal_agency"),
        ],
        "ministers": [MINISTER_ENVIRONMENT, MINISTER_ADMINISTRATION, MINISTER_PRESIDENT],
        "processes": _numbered("RWO", _RWO_PROCESSES),
    },
]

DOMAIN_CODES = (
    "DAR",
    "BZ",
    "FB",
    "IV",
    "EWI",
    "OV",
    "WVG",
    "CJSM",
    "WSE",
    "LV",
    "LNE",
    "MOW",
    "RWO",
)
REQUIRED_PER_DOMAIN = ("phase_out", "transfer", "optimise", "keep")


def _require(condition: bool, message: str) -> None:
    """Assert a data rule; unlike ``assert`` it also holds under ``python -O``."""
    if not condition:
        raise AssertionError(message)


def _has_places(value: Decimal, places: int) -> bool:
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -places


def _check_round() -> None:
    _require(
        ROUND["start_date"] < ROUND["submission_deadline"] < ROUND["framework_date"]
        and ROUND["framework_date"] < ROUND["review_start"] < ROUND["review_end"]
        and ROUND["review_end"] < ROUND["approval_date"],
        "round milestones out of order",
    )
    paragraphs = ROUND["introduction"].split("\n\n")
    _require(3 <= len(paragraphs) <= 5, "introduction needs 3-5 paragraphs")
    _require(6 <= len(DOCUMENTS) <= 8, "the round needs 6-8 documents")
    for document in DOCUMENTS:
        _require(document["kind"] in DOCUMENT_KINDS, f"bad document kind: {document['title']}")
        _require(isinstance(document["date"], date), f"bad date: {document['title']}")
        _require(isinstance(document["is_public"], bool), f"bad is_public: {document['title']}")
        _require(bool(document["summary"]), f"missing summary: {document['title']}")


def _check_process(domain_code: str, acronyms: set[str], process: dict) -> None:
    where = f"{domain_code}/{process['code']}"
    _require(process["entity"] in acronyms, f"{where}: unknown entity {process['entity']}")
    _require(0 < len(process["title"]) <= 200, f"{where}: title empty or too long")
    _require(bool(process["description"]), f"{where}: description missing")
    _require(process["axis"] in AXES, f"{where}: bad axis")
    _require(process["assessment"] in ASSESSMENTS, f"{where}: bad assessment")
    motivation = process["motivation"]
    _require(isinstance(motivation, str), f"{where}: motivation must be a string")
    if process["assessment"] != "keep":
        _require(bool(motivation.strip()), f"{where}: motivation required")
    if process["assessment"] == "transfer":
        _require(process["transfer_level"] in TRANSFER_LEVELS, f"{where}: transfer level")
    else:
        _require(process["transfer_level"] == "", f"{where}: transfer level without transfer")
    fte, budget = process["fte"], process["budget"]
    if fte is not None:
        _require(isinstance(fte, Decimal) and fte >= 0 and _has_places(fte, 2), f"{where}: fte")
    if budget is not None:
        _require(
            isinstance(budget, Decimal) and budget >= 0 and _has_places(budget, 1),
            f"{where}: budget",
        )


def check() -> None:
    """Check the demo data against the rules of the spec; raise AssertionError if broken."""
    _check_round()
    _require(tuple(d["code"] for d in DOMAINS) == DOMAIN_CODES, "domain codes or order")
    _require(len({d["name"] for d in DOMAINS}) == len(DOMAINS), "duplicate domain names")
    assessments: Counter[str] = Counter()
    axes: Counter[str] = Counter()
    keep_with_motivation = 0
    for domain in DOMAINS:
        code = domain["code"]
        acronyms = [acronym for acronym, _name, _kind in domain["entities"]]
        _require(2 <= len(acronyms) <= 6, f"{code}: 2-6 entities")
        _require(len(set(acronyms)) == len(acronyms), f"{code}: duplicate entity acronyms")
        for _acronym, name, kind in domain["entities"]:
            _require(bool(name) and kind in ENTITY_KINDS, f"{code}: bad entity {name}")
        ministers = domain["ministers"]
        _require(1 <= len(ministers) <= 3, f"{code}: 1-3 competent ministers")
        _require(len(set(ministers)) == len(ministers), f"{code}: duplicate minister")
        processes = domain["processes"]
        _require(15 <= len(processes) <= 40, f"{code}: 15-40 processes")
        codes = [process["code"] for process in processes]
        _require(len(set(codes)) == len(codes), f"{code}: duplicate process codes")
        _require(all(c.startswith(f"{code}-") for c in codes), f"{code}: process code prefix")
        titles = [process["title"] for process in processes]
        _require(len(set(titles)) == len(titles), f"{code}: duplicate process titles")
        for process in processes:
            _check_process(code, set(acronyms), process)
            keep_with_motivation += process["assessment"] == "keep" and bool(process["motivation"])
        domain_assessments = {process["assessment"] for process in processes}
        for required in REQUIRED_PER_DOMAIN:
            _require(required in domain_assessments, f"{code}: no process assessed {required}")
        assessments.update(process["assessment"] for process in processes)
        axes.update(process["axis"] for process in processes)
    _require(all(assessments[a] >= 10 for a in ASSESSMENTS), f"assessments: {assessments}")
    _require(all(axes[a] >= 10 for a in AXES), f"axes: {axes}")
    _require(0.3 <= keep_with_motivation / assessments["keep"] <= 0.7, "keep motivations")
    _require(300 <= sum(assessments.values()) <= 360, "total number of processes")


def _summary() -> str:
    counts = ", ".join(f"{d['code']} {len(d['processes'])}" for d in DOMAINS)
    totals: Counter[str] = Counter(p["assessment"] for d in DOMAINS for p in d["processes"])
    assessed = ", ".join(f"{a} {totals[a]}" for a in ASSESSMENTS)
    return f"{sum(totals.values())} processes — {counts}\n{assessed}"


if __name__ == "__main__":
    check()
    print(f"Demo data OK: {len(DOMAINS)} domains, {_summary()}")
