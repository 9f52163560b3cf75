"""Text of the short benchmark documents.

duplex_sheets()   a decision letter (printed on both sides of one sheet) and an
                  implementation plan (printed on one side of each sheet), as the
                  sheets go through a duplex scanner: each sheet's front and back
letter(i)         the i-th of the short letters, notes and forms scanned one per PNG

All people, places, case numbers and personnummer are invented.
"""

import datetime as dt
import random

from report_text import ALVA, MIKAEL, SARA
from sample_generator import gs

P, H2, TITLE, LINE, KV = gs.P, gs.H2, gs.TITLE, gs.LINE, gs.KV
UL, OL, SP = gs.UL, gs.OL, gs.SP

# --------------------------------------------------------------------------
# Duplex scan: a decision with an attached implementation plan

DUPLEX_HEADER_LETTER = "Hallsjö kommun, beslut 2025-12-12, dnr SN 2025/1184"
DUPLEX_HEADER_PLAN = "Genomförandeplan, %s, %s" % (ALVA.short, ALVA.pnr)


def decision_pages():
    """The decision letter, two pages (printed on both sides of the first sheet)."""
    return [[
        LINE("Hallsjö kommun", bold=True, size=14),
        LINE("Socialförvaltningen, Individ- och familjeomsorgen"),
        LINE("Barn och unga, Box 210, 734 24 Hallsjö"),
        SP(0.8),
        KV("Datum:", "2025-12-12"),
        KV("Diarienummer:", "SN 2025/1184"),
        SP(0.4),
        LINE(SARA.short),
        LINE("Sörbyvägen 14"),
        LINE("734 38 Hallsjö"),
        SP(0.4),
        LINE(MIKAEL.short),
        LINE("Tallvägen 5"),
        LINE("734 45 Hallsjö"),
        SP(0.8),
        TITLE("Beslut om bistånd i form av familjebehandling", 14),
        KV("Barn:", "%s, %s" % (ALVA.name, ALVA.pnr)),
        H2("Beslut"),
        P("Socialnämndens individutskott beviljar bistånd i form av familjebehandling i "
          "hemmet enligt socialtjänstlagen för perioden 2025-12-08 till och med 2026-06-30. "
          "Insatsen utförs av Familjeenheten, Hallsjö kommun. Omfattningen är upp till sex "
          "timmar per vecka, varav två morgnar i veckan under återgången till skolan."),
        H2("Skäl för beslutet"),
        P("Socialtjänsten har sedan 2025-10-28 utrett Alvas situation efter en anmälan från "
          "Kvarnbackaskolan om omfattande skolfrånvaro. Av utredningen framgår att Alva har "
          "autism, ADHD och ångest, att hon sedan oktober har deltagit i undervisningen "
          "endast enstaka timmar i veckan och att familjen är hårt belastad. Båda "
          "vårdnadshavarna har ansökt om stöd och samtycker till insatsen."),
    ], [
        P("Nämnden bedömer att Alva och hennes familj har behov av stöd i hemmet för att "
          "skapa fungerande rutiner, för att stärka föräldrarna i att hjälpa Alva tillbaka "
          "till skolan och för att förbättra samarbetet mellan föräldrarna. Behovet kan inte "
          "tillgodoses på annat sätt. Insatsen bedöms ge Alva en skälig levnadsnivå."),
        H2("Uppföljning"),
        P("Insatsen följs upp enligt den genomförandeplan som bifogas beslutet. En första "
          "uppföljning görs vid ett möte i februari 2026. Socialsekreteraren kallar till "
          "mötet."),
        H2("Hur man överklagar"),
        P("Om ni inte är nöjda med beslutet kan ni överklaga det hos förvaltningsrätten. "
          "Överklagandet ska vara skriftligt och skickas till socialnämnden i Hallsjö "
          "kommun. Det ska ha kommit in inom tre veckor från den dag ni fick del av "
          "beslutet. Skriv vilket beslut ni överklagar, hur ni vill att det ska ändras och "
          "varför. Underteckna överklagandet och skriv ert namn, personnummer, adress och "
          "telefonnummer."),
        P("Vill ni ha hjälp med att överklaga kan ni kontakta handläggaren."),
        SP(0.8),
        LINE("Linnea Grahn"),
        LINE("Socialsekreterare, Barn och unga"),
        LINE("Telefon 08-465 021 37"),
        SP(0.6),
        LINE("Bilaga: Genomförandeplan"),
    ]]


def plan_pages():
    """The implementation plan, five pages; the last one holds only the signatures."""
    return [[
        LINE("Hallsjö kommun", bold=True, size=14),
        LINE("Familjeenheten, Individ- och familjeomsorgen"),
        SP(0.8),
        TITLE("Genomförandeplan", 15),
        KV("Barn:", "%s, %s" % (ALVA.name, ALVA.pnr)),
        KV("Vårdnadshavare:", "%s och %s" % (SARA.short, MIKAEL.short)),
        KV("Insats:", "Familjebehandling i hemmet"),
        KV("Beslut:", "2025-12-12, dnr SN 2025/1184"),
        KV("Period:", "2025-12-08 till och med 2026-06-30"),
        KV("Familjebehandlare:", "Jessica Lund och Amir Kazemi"),
        KV("Handläggare:", "Linnea Grahn"),
        H2("Bakgrund"),
        P("Alva är 13 år och går i årskurs 7 på Kvarnbackaskolan. Hon har autism, ADHD och "
          "generaliserat ångestsyndrom och har kontakt med BUP Hallsjö. Sedan oktober 2025 "
          "har hon varit i skolan endast några timmar i veckan. Alva bor huvudsakligen hos "
          "mamma, som är sjukskriven på halvtid. Pappa vill ha mer kontakt med Alva."),
        H2("Alvas egna önskemål"),
        P("Alva vill kunna gå till skolan igen, men i sin egen takt. Hon vill inte att "
          "någon ska tvinga henne. Hon tycker om att rita, att vara med sin katt och att "
          "spela datorspel där man tar hand om djur. Hon vill att de vuxna ska prata med "
          "henne och inte om henne."),
    ], [
        H2("Mål för insatsen"),
        OL([
            "Alva deltar i undervisningen minst tio timmar i veckan i slutet av mars 2026 "
            "och minst femton timmar i veckan i juni 2026.",
            "Familjen har en fungerande morgonrutin som används i båda hemmen.",
            "Alva går och lägger sig före klockan 23 minst fem kvällar i veckan.",
            "Föräldrarna har en gemensam plan för skolgången och ger Alva samma besked.",
            "Alva träffar pappa minst en gång i veckan.",
        ]),
        H2("Så här ska insatsen genomföras"),
        P("Familjebehandlarna kommer hem till familjen två morgnar i veckan och stöttar Alva "
          "och mamma från uppvaknandet till skolan. Målet är att de första veckorna komma "
          "till skolans entré och successivt vara kvar längre. Familjebehandlarna träffar "
          "också föräldrarna tillsammans varannan vecka för att arbeta med samarbetet "
          "kring Alva och med gemensamma regler i båda hemmen."),
        P("Familjebehandlarna samarbetar med BUP, som ansvarar för behandlingen av Alvas "
          "ångest, och med skolan, som ansvarar för undervisningen och anpassningarna. "
          "Alva och föräldrarna har samtyckt till att de utbyter information."),
    ], [
        H2("Ansvarsfördelning"),
        # "who: what" lines rather than a two-column table, which OCR reads column-wise
        KV("Alva:", "Följer morgonplanen så gott hon kan."),
        KV("Mamma:", "Väcker Alva enligt planen och följer med till skolan."),
        KV("Pappa:", "Träffar Alva varje vecka och följer samma regler."),
        KV("Familjebehandlare:", "Stöd i hemmet två morgnar i veckan."),
        KV("Skolan:", "Tar emot Alva i ett mindre rum, med en fast vuxen."),
        KV("BUP:", "KBT varje vecka och läkemedelsuppföljning."),
        KV("Handläggare:", "Följer upp beslutet och kallar till möten."),
        H2("Uppföljning"),
        P("Insatsen följs upp vid möten med familjen, familjebehandlarna och handläggaren i "
          "februari, april och juni 2026. Skolan och BUP bjuds in. Vid uppföljningen går vi "
          "igenom målen och hur väl de har uppnåtts och bestämmer om planen ska ändras."),
        H2("Om något händer"),
        P("Om Alva eller någon i familjen mår mycket dåligt kontaktar familjen BUP Hallsjö "
          "under dagtid eller ringer 112 vid akut fara. Familjebehandlarna nås på telefon "
          "vardagar mellan klockan 7 och 16."),
    ], [
        H2("Dokumentation"),
        P("Familjebehandlarna för anteckningar om insatsen i socialtjänstens "
          "dokumentationssystem. Familjen har rätt att ta del av anteckningarna. Uppgifter "
          "lämnas inte ut till andra utan samtycke, utom när lagen kräver det."),
        H2("Samtycke"),
        P("Vårdnadshavarna samtycker till att familjebehandlarna, handläggaren, BUP Hallsjö "
          "och Kvarnbackaskolan utbyter de uppgifter som behövs för att genomföra insatsen. "
          "Samtycket gäller under insatsens period och kan återkallas när som helst."),
        P("Alva har fått information om planen och om vilka som får ta del av uppgifterna. "
          "Hon har fått säga vad hon tycker, och hennes synpunkter har skrivits in under "
          "rubriken om hennes egna önskemål."),
    ], [
        H2("Underskrifter"),
        LINE("Hallsjö 2025-12-12"),
        SP(1.8),
        LINE("Underskrift vårdnadshavare"),
        LINE("Sara Lindqvist"),
        SP(1.8),
        LINE("Underskrift familjebehandlare"),
        LINE("Jessica Lund"),
    ]]


def duplex_sheets(geom, style, measure):
    """Printed pages of the duplex scan as sheets: [(front, back or None), ...], each a
    laid-out page (list of Line). The letter is printed on both sides of its sheet, the
    plan on one side of each sheet, so four plan sheets have blank backs."""
    def lay(blocks):
        pages = gs.layout(blocks, geom, style, measure)
        assert len(pages) == 1, "a printed page of the duplex document overflows"
        return pages[0]

    letter = [lay(b) for b in decision_pages()]
    gs.add_furniture(letter, geom, style, header=DUPLEX_HEADER_LETTER)
    plan = [lay(b) for b in plan_pages()]
    gs.add_furniture(plan, geom, style, header=DUPLEX_HEADER_PLAN)
    return [(letter[0], letter[1])] + [(page, None) for page in plan]


# --------------------------------------------------------------------------
# Short letters, notes and forms (one scanned page each)

FIRST_NAMES = ["Anna", "Ali", "Astrid", "Björn", "Cecilia", "David", "Ebba", "Elin",
               "Emil", "Fatima", "Filip", "Gustav", "Hanna", "Hugo", "Ida", "Isak",
               "Johanna", "Jonas", "Karin", "Leo", "Linnéa", "Lukas", "Maja", "Malin",
               "Mohammed", "Nils", "Noah", "Olivia", "Oskar", "Per", "Rebecka", "Sofia",
               "Stina", "Tove", "Ulf", "Vera", "Viktor", "Wilma", "Yasmin", "Zeynep"]
LAST_NAMES = ["Andersson", "Backman", "Bergström", "Dahl", "Ekberg", "Falk", "Granqvist",
              "Hedlund", "Holm", "Isaksson", "Jakobsson", "Karlsson", "Lindgren", "Lund",
              "Mattsson", "Nilsson", "Nyberg", "Olofsson", "Persson", "Rahimi",
              "Sandberg", "Sjögren", "Ström", "Törnqvist", "Wallin", "Yilmaz", "Åberg",
              "Öhman"]
STREETS = ["Björkvägen", "Kyrkogatan", "Sjövägen", "Ängsvägen", "Storgatan", "Lärkgatan",
           "Granstigen", "Ekbacken", "Solvägen", "Möllegatan", "Tallbacken", "Åsgatan"]

class Sender:
    """An office that sends letters: its addresses, its staff (name, title) and what
    its visits are about."""

    def __init__(self, organisation, unit, postal, visiting, phone, staff, purposes):
        self.organisation, self.unit, self.postal = organisation, unit, postal
        self.visiting, self.phone = visiting, phone
        self.staff, self.purposes = staff, purposes


SOCIAL_SERVICES = [
    Sender("Hallsjö kommun", "Socialförvaltningen, Barn och unga", "Box 210, 734 24 Hallsjö",
           "Stadshuset, Stadshusgatan 3, entré B", "08-465 021 00",
           [("Linnea Grahn", "socialsekreterare"), ("Johan Persson", "socialsekreterare"),
            ("Maja Berglund", "socialsekreterare")],
           ["ett första samtal om er ansökan", "ett uppföljande samtal",
            "en genomgång av utredningen", "ett möte om samordnad individuell plan"]),
    Sender("Hallsjö kommun", "Ekonomiskt bistånd", "Box 210, 734 24 Hallsjö",
           "Stadshuset, Stadshusgatan 3, plan 2", "08-465 021 50",
           [("Petra Lindahl", "socialsekreterare"), ("Kenneth Ek", "socialsekreterare")],
           ["ett första samtal om din ansökan", "ett uppföljande samtal om din planering"]),
    Sender("Hallsjö kommun", "Familjerätten", "Box 210, 734 24 Hallsjö",
           "Stadshusgatan 3, rum 114", "08-465 021 80",
           [("Helena Ros", "familjerättssekreterare"), ("Martin Vik", "familjerättssekreterare")],
           ["ett samarbetssamtal", "ett informationssamtal om vårdnad, boende och umgänge"]),
]
SENDERS = SOCIAL_SERVICES + [
    Sender("Region Mälarvik", "BUP Hallsjö", "Kvarngatan 12, 734 31 Hallsjö",
           "Kvarngatan 12, plan 3", "08-465 004 00",
           [("Hanna Ekström", "leg. psykolog"), ("Omar Haddad", "specialistläkare"),
            ("Elin Forsberg", "kurator"), ("Petra Nyman", "leg. sjuksköterska")],
           ["ett bedömningssamtal", "ett uppföljande samtal", "en läkemedelsuppföljning",
            "en genomgång av utredningen"]),
    Sender("Region Mälarvik", "Hallsjö vårdcentral", "Torggatan 9, 734 30 Hallsjö",
           "Torggatan 9, entré från parkeringen", "08-465 006 10",
           [("Anders Lilja", "distriktsläkare"), ("Karin Sund", "distriktssköterska")],
           ["en hälsokontroll", "ett läkarbesök", "ett återbesök"]),
    Sender("Region Mälarvik", "Barnmottagningen, Hallsjö lasarett",
           "Lasarettsvägen 1, 734 50 Hallsjö", "Hallsjö lasarett, ingång 4, plan 1",
           "08-465 008 20",
           [("Sofia Lundberg", "specialistläkare"), ("Eva Nord", "barnsjuksköterska")],
           ["ett återbesök", "en hälsokontroll", "provtagning och läkarbesök"]),
    Sender("Hallsjö kommun", "Kvarnbackaskolan, Elevhälsan", "Kvarnbacken 2, 734 36 Hallsjö",
           "Kvarnbackaskolan, hus C, elevhälsans korridor", "08-465 030 40",
           [("Emma Wallin", "skolkurator"), ("Lena Berg", "skolsköterska"),
            ("Nadia Sahin", "specialpedagog")],
           ["ett samtal om ert barns skolsituation", "ett elevhälsomöte", "ett hälsobesök"]),
    Sender("Hallsjö kommun", "Familjecentralen Sörby", "Sörbytorget 4, 734 38 Hallsjö",
           "Sörbytorget 4, ingång från torget", "08-465 012 70",
           [("Jessica Lund", "familjebehandlare"), ("Amir Kazemi", "familjebehandlare")],
           ["ett första samtal", "ett föräldrastödssamtal", "en träff i föräldragruppen"]),
]

APPLICATIONS = ["ekonomiskt bistånd", "kontaktfamilj", "kontaktperson",
                "familjebehandling", "samarbetssamtal", "stöd i föräldraskapet",
                "bostadsanpassning"]

NOTE_MESSAGES = [
    "Tack för samtalet i dag. Här kommer blanketten vi pratade om.",
    "Kom ihåg att ta med skattningsformuläret till nästa besök.",
    "Jag har bokat om er tid. Den nya tiden står på kallelsen.",
    "Ring mig gärna när ni har bestämt er, så bokar vi en tid.",
    "Intyget är skickat till skolan enligt vår överenskommelse.",
    "Receptet är förnyat och finns på apoteket från i morgon.",
    "Jag är på semester nästa vecka. Vid frågor, ring mottagningen.",
    "Här är kopian av beslutet som du bad om.",
]


def fictitious_person(rng):
    """A made-up name and a personnummer with a valid check digit (age 2-70)."""
    born = dt.date(1956, 1, 1) + dt.timedelta(days=rng.randrange(0, 68 * 365))
    pnr = gs.personnummer(born.strftime("%y%m%d"), "%03d" % rng.randrange(0, 1000))
    return "%s %s" % (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)), pnr


def working_day(rng, first=dt.date(2024, 1, 8), last=dt.date(2026, 2, 27)):
    d = first + dt.timedelta(days=rng.randrange((last - first).days))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def case_number(rng, year):
    return "SN %d/%04d" % (year, rng.randrange(100, 3000))


def sender_lines(sender, size=12.5):
    return [LINE(sender.organisation, bold=True, size=size), LINE(sender.unit),
            LINE(sender.postal)]


def kallelse(rng):
    sender = rng.choice(SENDERS)
    name, _ = fictitious_person(rng)
    staff, title = rng.choice(sender.staff)
    d = working_day(rng)
    time = "%02d.%02d" % (rng.randint(8, 15), rng.choice([0, 15, 30, 45]))
    blocks = sender_lines(sender) + [
        SP(0.6),
        TITLE("Kallelse", 14),
        KV("Till:", name),
        P("Du är välkommen till %s hos %s, %s." % (rng.choice(sender.purposes), staff,
                                                       title)),
        KV("Tid:", "%s den %s klockan %s" % (
            ["Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag"][d.weekday()],
            d.isoformat(), time)),
        KV("Plats:", sender.visiting),
    ]
    if rng.random() < 0.6:
        blocks.append(P("Om du får förhinder, ring %s senast dagen före besöket."
                        % sender.phone))
    if rng.random() < 0.5:
        blocks.append(P("Besöket beräknas ta %d minuter." % rng.choice([30, 45, 60, 90])))
    blocks += [SP(0.4), LINE("Med vänlig hälsning"), LINE(staff)]
    return "kallelse", blocks


def kort_meddelande(rng):
    staff, title = rng.choice(rng.choice(SENDERS).staff)
    first = rng.choice(FIRST_NAMES)
    greeting = rng.random() < 0.7
    blocks = [LINE("Hej %s!" % first)] if greeting else []
    blocks.append(P(rng.choice(NOTE_MESSAGES)))
    # at least two lines: a note without a greeting is signed
    if not greeting or rng.random() < 0.5:
        blocks.append(LINE("Hälsningar %s, %s" % (staff, title)))
    return "meddelande", blocks


def bekraftelse(rng):
    sender = rng.choice(SOCIAL_SERVICES)
    name, pnr = fictitious_person(rng)
    d = working_day(rng)
    received = d - dt.timedelta(days=rng.randint(1, 9))
    blocks = sender_lines(sender) + [
        SP(0.6),
        TITLE("Bekräftelse", 14),
        KV("Datum:", d.isoformat()),
        KV("Sökande:", "%s, %s" % (name, pnr)),
        P("Vi har tagit emot din ansökan om %s den %s. Handläggningstiden är cirka %d "
          "veckor. Ditt ärendenummer är %s." % (rng.choice(APPLICATIONS), received.isoformat(),
                                                rng.randint(2, 8), case_number(rng, d.year))),
    ]
    if rng.random() < 0.5:
        blocks.append(P("Ange ärendenumret när du kontaktar oss. Du når oss på telefon "
                        "%s vardagar klockan 9-11." % sender.phone))
    return "bekräftelse", blocks


def samtycke(rng):
    sender = rng.choice(SENDERS)
    name, pnr = fictitious_person(rng)
    parties = rng.sample(["BUP Hallsjö", "socialtjänsten i Hallsjö kommun", "skolan",
                          "vårdcentralen", "Familjecentralen Sörby", "barnmottagningen"], 2)
    d = working_day(rng)
    blocks = [LINE(sender.organisation, bold=True, size=12), SP(0.4),
              TITLE("Samtycke till informationsutbyte", 13.5),
              KV("Namn:", name), KV("Personnummer:", pnr),
              KV("Adress:", "%s %d, 734 %02d Hallsjö" % (rng.choice(STREETS),
                                                        rng.randint(1, 40),
                                                        rng.randint(30, 49))),
              P("Jag samtycker till att %s och %s får utbyta de uppgifter som behövs för "
                "att planera och samordna stödet till mig och min familj." % tuple(parties)),
              KV("Samtycket gäller till och med:", (d + dt.timedelta(days=365)).isoformat()),
              SP(0.5),
              LINE("Ort och datum: Hallsjö %s" % d.isoformat()),
              SP(1.2),
              LINE("Underskrift"),
              LINE("Namnförtydligande: %s" % name)]
    return "samtycke", blocks


def beslut(rng):
    sender = rng.choice(SOCIAL_SERVICES)
    name, pnr = fictitious_person(rng)
    d = working_day(rng)
    approved = rng.random() < 0.6
    what = rng.choice(APPLICATIONS)
    blocks = sender_lines(sender, 12) + [
        SP(0.5),
        TITLE("Beslut om %s" % what, 13.5),
        KV("Datum:", d.isoformat()),
        KV("Sökande:", "%s, %s" % (name, pnr)),
        KV("Beslut:", "Bifall" if approved else "Avslag"),
    ]
    if approved:
        until = d + dt.timedelta(days=rng.choice([90, 180, 365]))
        blocks.append(P("Du beviljas %s för perioden %s till och med %s."
                        % (what, d.isoformat(), until.isoformat())))
    else:
        blocks.append(P("Din ansökan avslås eftersom behovet bedöms kunna tillgodoses på "
                        "annat sätt. Skälen framgår av utredningen, som du har tagit del av."))
        blocks.append(P("Du kan överklaga beslutet. Överklagandet ska ha kommit in till oss "
                        "inom tre veckor från den dag du fick del av beslutet."))
    blocks += [SP(0.4), LINE("%s, %s" % rng.choice(sender.staff))]
    return "beslut", blocks


def intyg(rng):
    sender = rng.choice(SENDERS)
    name, pnr = fictitious_person(rng)
    d = working_day(rng)
    staff, title = rng.choice(sender.staff)
    blocks = sender_lines(sender, 12) + [
        SP(0.5),
        TITLE(rng.choice(["Intyg", "Närvarointyg"]), 14),
        P("Härmed intygas att %s, %s, har deltagit i %s den %s." % (
            name, pnr, rng.choice(sender.purposes), d.isoformat())),
        SP(0.4),
        LINE("Hallsjö %s" % d.isoformat()),
        LINE("%s, %s" % (staff, title)),
    ]
    return "intyg", blocks


def telefonmeddelande(rng):
    staff, _ = rng.choice(rng.choice(SENDERS).staff)
    name, _ = fictitious_person(rng)
    d = working_day(rng)
    blocks = [
        LINE("Telefonmeddelande", bold=True, size=13),
        KV("Till:", staff),
        KV("Från:", "%s, telefon 07%d-%03d %02d %02d" % (name, rng.choice([0, 2, 3, 6]),
                                                        rng.randrange(1000),
                                                        rng.randrange(100), rng.randrange(100))),
        KV("Datum:", "%s klockan %02d.%02d" % (d.isoformat(), rng.randint(8, 16),
                                                rng.randrange(0, 60, 5))),
    ]
    if rng.random() < 0.8:
        blocks.append(KV("Ärende:", rng.choice([
            "Vill boka om sin tid.", "Undrar över beslutet, ber om återsamtal.",
            "Har skickat in kompletteringen.", "Ber om kopia av journalen.",
            "Barnet är sjukt, kan inte komma i morgon.",
            "Vill prata om skolskjutsen."])))
    return "telefonmeddelande", blocks


def komplettering(rng):
    sender = rng.choice(SOCIAL_SERVICES[:2])
    name, _ = fictitious_person(rng)
    d = working_day(rng)
    items = rng.sample(["kontoutdrag för de senaste tre månaderna", "hyresavi",
                        "lönespecifikation", "beslut från Försäkringskassan",
                        "läkarintyg", "kvitto på utgifter för glasögon",
                        "kopia av hyreskontraktet"], rng.randint(1, 4))
    blocks = sender_lines(sender, 12) + [
        SP(0.5),
        TITLE("Begäran om komplettering", 13.5),
        KV("Till:", name),
        KV("Ärende:", case_number(rng, d.year)),
        P("För att vi ska kunna pröva din ansökan behöver vi följande handlingar senast "
          "%s:" % (d + dt.timedelta(days=14)).isoformat()),
        UL(items),
    ]
    return "komplettering", blocks


LETTER_KINDS = [(kallelse, 5), (kort_meddelande, 3), (bekraftelse, 3), (samtycke, 2),
                (beslut, 3), (intyg, 2), (telefonmeddelande, 2), (komplettering, 2)]


def letter(index, seed=2026030100):
    """The index-th letter: (kind, blocks). Each letter has its own random stream, so
    letters do not depend on each other."""
    rng = random.Random(seed + index)
    make = rng.choices([k for k, _ in LETTER_KINDS], [w for _, w in LETTER_KINDS])[0]
    return make(rng)
