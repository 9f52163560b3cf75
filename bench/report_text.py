"""Text of the long benchmark report: a child-psychiatry (BUP) investigation in Swedish.

The report is made of parts that each start on a new page, so that their page counts
add up and the generator can fit the whole report to an exact number of pages:

  front_blocks()            title, referral, background, development, school, tests,
                            observations, follow-up assessment (fixed length)
  journal_blocks(entries)   dated journal notes, newest first (length grows with the
                            number of entries)
  closing_blocks()          summary, diagnoses, recommendations, signatures
  contact_list_blocks(entries)  appendix 1: the journal notes listed month by month
  APPENDICES                further appendices, each optional, in printed order

journal_entries(count, gap_scale) makes the notes walking back in time from
JOURNAL_END, gap_scale setting how far apart they are. Note i depends only on the notes
before it, so the first k of count notes are the same whatever count is; the generator
picks gap_scale so that the notes it needs reach back to about JOURNAL_START.

Everything that changes over time (school and class, medication, height and weight,
how things are going) is a function of the date, so the notes agree with each other
and with the appendices. All people, places and numbers are invented.
"""

import datetime as dt
import math
import random

from sample_generator import gs

P, H1, H2, TITLE, LINE, KV = gs.P, gs.H1, gs.H2, gs.TITLE, gs.LINE, gs.KV
UL, OL, TABLE, SP = gs.UL, gs.OL, gs.TABLE, gs.SP

# --------------------------------------------------------------------------
# People (fictitious; personnummer valid by check digit only)

ALVA = gs.Person("Alva", "Lindqvist", "120317", "482", middle="Linnea")
SARA = gs.Person("Sara", "Lindqvist", "830611", "264")
MIKAEL = gs.Person("Mikael", "Berg", "810923", "597")

REPORT_DATE = "2026-01-16"
HEADER = "BUP Hallsjö, utredning %s, %s, %s" % (REPORT_DATE, ALVA.short, ALVA.pnr)
TITLE_TEXT = "Barn- och ungdomspsykiatrisk utredning, %s" % ALVA.short
# the journal extract: notes from the first visit to the last before the report
JOURNAL_START = dt.date(2022, 10, 11)
JOURNAL_END = dt.date(2025, 12, 19)


class Staff:
    def __init__(self, name, title, role):
        self.name = name      # "Hanna Ekström"
        self.title = title    # as signed: "leg. psykolog"
        self.role = role      # column of the contact list: "Psykolog"


PSYKOLOG = Staff("Hanna Ekström", "leg. psykolog", "Psykolog")
OVERLAKARE = Staff("Johan Wikander", "överläkare", "Läkare")
LAKARE = Staff("Omar Haddad", "specialistläkare", "Läkare")
SJUKSKOTERSKA = Staff("Petra Nyman", "leg. sjuksköterska", "Sjuksköterska")
KURATOR = Staff("Elin Forsberg", "kurator, socionom", "Kurator")
ARBETSTERAPEUT = Staff("Lisa Månsson", "leg. arbetsterapeut", "Arbetsterapeut")
PTP = Staff("Erik Norén", "PTP-psykolog", "Psykolog")
SEKRETERARE = Staff("Anneli Holm", "vårdadministratör", "Administratör")


# --------------------------------------------------------------------------
# Dates and the facts that follow from them

def day(text):
    return dt.date.fromisoformat(text)


WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def school_year(d):
    """Alva (born 2012) started förskoleklass in August 2018."""
    start = d.year if d.month >= 8 else d.year - 1
    return start - 2018   # 0 = förskoleklass


def school_on(d):
    if school_year(d) <= 6:
        return {"skola": "Norrbergsskolan", "lärare": "Johanna Eklund",
                "lärarroll": "klassläraren", "lärartitel": "klasslärare",
                "spec": "Maria Höglund",
                "skolkurator": "Fredrik Lund", "rektor": "Ulrika Svahn",
                "klass": "%dB" % school_year(d)}
    return {"skola": "Kvarnbackaskolan", "lärare": "Karl Dahlberg",
            "lärarroll": "mentorn", "lärartitel": "mentor", "spec": "Nadia Sahin",
            "skolkurator": "Emma Wallin", "rektor": "Per Sjödin", "klass": "7C"}


def term_break_near(d):
    """The school holiday closest ahead of d, as a parent would name it."""
    m, dd = d.month, d.day
    if m in (8, 9) or (m == 10 and dd < 20):
        return "höstlovet"
    if m in (10, 11) or (m == 12 and dd < 20):
        return "jullovet"
    if m == 12 or m == 1 or (m == 2 and dd < 15):
        return "sportlovet"
    if m in (2, 3):
        return "påsklovet"
    return "sommarlovet"


# Medication: (start, end or None, text as in the medication list)
MEDICATION = [
    (day("2023-01-23"), None, "Melatonin AGB 3 mg, 1 tablett 30 minuter före sänggåendet"),
    (day("2023-10-02"), day("2023-10-22"), "Medikinet 10 mg, 1 kapsel på morgonen"),
    (day("2023-10-23"), day("2023-11-19"), "Medikinet 20 mg, 1 kapsel på morgonen"),
    (day("2023-11-20"), day("2024-09-08"),
     "Medikinet 30 mg, 1 kapsel på morgonen och 10 mg klockan 13"),
    (day("2024-09-09"), day("2024-10-06"), "Elvanse 30 mg, 1 kapsel på morgonen"),
    (day("2024-10-07"), None, "Elvanse 50 mg, 1 kapsel på morgonen"),
    (day("2025-03-10"), day("2025-04-06"), "Sertralin 25 mg, 1 tablett på morgonen"),
    (day("2025-04-07"), None, "Sertralin 50 mg, 1 tablett på morgonen"),
]


ADHD_MEDICATION_START = day("2023-10-02")


def adhd_drug_on(d):
    return "Elvanse" if d >= day("2024-09-09") else "Medikinet"


def medication_on(d):
    return [text for start, end, text in MEDICATION
            if start <= d and (end is None or d <= end)]


def vitals_on(d):
    """Height, weight, pulse and blood pressure on day d: a smooth growth curve plus a
    little day-to-day variation drawn from the date, so a day always gives the same."""
    rng = random.Random(d.toordinal())
    years = (d - day("2012-03-17")).days / 365.25
    height = 147.0 + (years - 10.5) * 5.6 + rng.uniform(-0.4, 0.4)
    weight = 37.0 + (years - 10.5) * 4.1 + rng.uniform(-0.6, 0.6)
    # stimulants: a small dip in weight the first months
    if day("2023-10-02") <= d < day("2024-03-01"):
        weight -= 1.2
    pulse = rng.randint(72, 96) + (6 if d >= day("2023-10-02") else 0)
    systolic = rng.randint(98, 114) + (4 if d >= day("2023-10-02") else 0)
    diastolic = rng.randint(58, 70)
    return round(height, 1), round(weight, 1), pulse, "%d/%d" % (systolic, diastolic)


def decimal(x):
    return ("%.1f" % x).replace(".", ",")


def percentile_of_index(score, mean=100.0, sd=15.0):
    p = 50.0 * (1.0 + math.erf((score - mean) / (sd * math.sqrt(2.0))))
    return "<1" if p < 0.5 else (">99" if p > 99.5 else str(int(round(p))))


# --------------------------------------------------------------------------
# Front part

def front_blocks():
    return (title_blocks() + assignment_blocks() + referral_blocks() + procedure_blocks()
            + background_blocks() + development_blocks() + school_blocks()
            + cognitive_blocks() + autism_blocks() + rating_blocks()
            + observation_blocks() + medical_blocks() + follow_up_blocks()
            + conversation_blocks() + partner_blocks())


def title_blocks():
    a = ALVA
    return [
        LINE("Region Mälarvik", bold=True, size=15),
        LINE("Barn- och ungdomspsykiatrin (BUP) Hallsjö", bold=True, size=12.5),
        LINE("Utredningsteamet och öppenvårdsmottagningen"),
        LINE("Kvarngatan 12, 734 31 Hallsjö"),
        LINE("Telefon 08-465 004 00"),
        SP(1.0),
        TITLE("Barn- och ungdomspsykiatrisk utredning", 16.5),
        LINE("Neuropsykiatrisk utredning, uppföljande bedömning och journalsammanställning"),
        SP(0.5),
        KV("Patient:", a.name),
        KV("Personnummer:", a.pnr),
        KV("Adress:", "Sörbyvägen 14, 734 38 Hallsjö"),
        KV("Vårdnadshavare:", "%s, %s (mamma), och %s, %s (pappa), gemensam vårdnad"
           % (SARA.short, SARA.pnr, MIKAEL.short, MIKAEL.pnr)),
        KV("Mottagare:", "Socialtjänsten i Hallsjö kommun, Barn och unga, "
           "socialsekreterare Linnea Grahn"),
        KV("Ert diarienummer:", "SN 2025/1184"),
        KV("Vår referens:", "BUP-R 2022-0931"),
        KV("Utredare:", "%s, %s, och %s, %s, specialist i barn- och ungdomspsykiatri"
           % (PSYKOLOG.name, PSYKOLOG.title, OVERLAKARE.name, OVERLAKARE.title)),
        KV("Fast vårdkontakt:", "%s, %s" % (KURATOR.name, KURATOR.title)),
        KV("Datum:", REPORT_DATE),
        SP(0.3),
        P("Handlingen innehåller uppgifter som omfattas av sekretess enligt 25 kap. 1 § "
          "offentlighets- och sekretesslagen (2009:400). Utlåtandet och journalutdraget "
          "lämnas till socialtjänsten efter skriftligt samtycke från båda vårdnadshavarna, "
          "inhämtat 2025-12-02 och 2025-12-04."),
    ]


def assignment_blocks():
    return [
        H1("Bakgrund till utlåtandet"),
        P("Socialtjänsten i Hallsjö kommun, Barn och unga, har i en skrivelse daterad "
          "2025-11-24 begärt ett utlåtande från BUP Hallsjö om Alvas psykiatriska tillstånd, "
          "den behandling hon har fått och hennes behov av stöd. Begäran görs inom ramen för "
          "en utredning som socialtjänsten inledde 2025-10-28 efter en anmälan från "
          "Kvarnbackaskolan om Alvas omfattande skolfrånvaro under höstterminen 2025."),
        P("Utlåtandet bygger på den neuropsykiatriska utredning som genomfördes vid BUP "
          "Hallsjö under perioden 2022-11-14 till 2023-06-08, på en uppföljande bedömning "
          "som gjordes under hösten 2025 och på journalanteckningar från hela kontakten. "
          "Journalanteckningarna redovisas i sammandrag i ett eget avsnitt, med den senaste "
          "anteckningen först. En förteckning över samtliga kontakter finns i bilaga 1."),
        P("Uppgifter om vårdnadshavarnas egen hälsa har tagits med endast i den mån de har "
          "betydelse för bedömningen av Alvas situation. Alva har fått information om att "
          "utlåtandet skrivs och vad det innehåller, och hennes synpunkter redovisas i "
          "avsnittet om samtal med Alva."),
    ]


def referral_blocks():
    return [
        H1("Remiss och frågeställningar"),
        H2("Remissen"),
        P("Remiss inkom 2022-09-05 från skolsköterska Annika Ström vid Norrbergsskolan efter "
          "samråd med elevhälsoteamet och vårdnadshavarna. Alva gick då i årskurs 4. Som "
          "skäl angavs att Alva sedan flera år har svårt att koncentrera sig, att hon blir "
          "helt slut efter skoldagen, att hon har svårt med kamratrelationer och att hon vid "
          "flera tillfällen har fått utbrott i samband med oväntade förändringar i schemat. "
          "Skolan beskrev en flicka som presterar ojämnt, som ofta sitter tyst och inte ber "
          "om hjälp och som ibland lämnar klassrummet när det blir för stökigt."),
        P("Till remissen bifogades en pedagogisk kartläggning från specialpedagog Maria "
          "Höglund, en sammanställning av frånvaron under läsåret 2021/2022 och "
          "skolsköterskans anteckningar från hälsobesöket i årskurs 4. Av kartläggningen "
          "framgick att Alva har god läsförmåga och ett rikt ordförråd men att hon har svårt "
          "att planera och genomföra skriftliga uppgifter, att hon ofta glömmer material och "
          "att hon behöver stöd av en vuxen för att komma igång."),
        P("Remissen bedömdes vid mottagningsenhetens remissgenomgång 2022-09-13. Alva "
          "erbjöds ett första bedömningssamtal, som ägde rum 2022-10-11 med Alva och båda "
          "vårdnadshavarna. Vid samtalet framkom att föräldrarna sedan länge har funderat "
          "över om Alva har autism eller ADHD och att familjen önskade en utredning. Alva "
          "placerades i kö för neuropsykiatrisk utredning, som påbörjades 2022-11-14."),
        H2("Frågeställningar vid utredningen 2022-2023"),
        OL([
            "Har Alva en neuropsykiatrisk funktionsnedsättning, i första hand ADHD eller "
            "autism, som kan förklara hennes svårigheter i skolan och hemma?",
            "Hur ser Alvas kognitiva förutsättningar ut, och finns det specifika "
            "svårigheter med inlärning, uppmärksamhet eller bearbetningshastighet?",
            "Finns det tecken på ångest, nedstämdhet eller andra psykiatriska tillstånd "
            "som behöver behandlas?",
            "Vilka anpassningar behöver Alva i skolan, och vilket stöd behöver familjen?",
        ]),
        H2("Frågeställningar vid den uppföljande bedömningen 2025"),
        OL([
            "Hur har Alvas svårigheter utvecklats sedan utredningen 2023, och hur har "
            "behandlingen med läkemedel och psykologisk behandling fungerat?",
            "Vad ligger bakom den omfattande skolfrånvaron under hösten 2025?",
            "Har Alva en ångestsjukdom eller depression som kräver ändrad behandling?",
            "Vilka insatser från skola, socialtjänst och hälso- och sjukvård behöver Alva "
            "och familjen under det kommande året?",
        ]),
    ]


def procedure_blocks():
    rows = [
        ["Datum", "Moment", "Utförare"],
        ["2022-10-11", "Bedömningssamtal med Alva och vårdnadshavare", "Psykolog, läkare"],
        ["2022-11-14", "Anamnesintervju med båda vårdnadshavarna", "Psykolog"],
        ["2022-11-28", "Utvecklingsintervju enligt ADI-R, del 1", "Psykolog"],
        ["2022-12-05", "Utvecklingsintervju enligt ADI-R, del 2", "Psykolog"],
        ["2023-01-16", "WISC-V, del 1, och samtal med Alva", "Psykolog"],
        ["2023-01-23", "WISC-V, del 2, och Beery VMI", "Psykolog"],
        ["2023-02-07", "Skolobservation, klass 4B, Norrbergsskolan", "Psykolog"],
        ["2023-02-20", "QbTest och delprov ur NEPSY-II", "Psykolog"],
        ["2023-03-06", "ADOS-2 modul 3", "Psykolog, PTP-psykolog"],
        ["2023-03-14", "Skolobservation och samtal med klasslärare", "Psykolog"],
        ["2023-03-16", "Observation på fritidshemmet", "Arbetsterapeut"],
        ["2023-04-03", "Läkarbesök, somatisk och neurologisk status", "Läkare"],
        ["2023-04-17", "Intervju med vårdnadshavare enligt K-SADS-PL", "Läkare"],
        ["2023-05-08", "Sammanställning av skattningsskalor", "Psykolog"],
        ["2023-05-22", "Konsensusbedömning i utredningsteamet", "Team"],
        ["2023-06-08", "Återgivning till Alva och vårdnadshavare", "Psykolog, läkare"],
        ["2025-09-29", "Samtal med Alva inför uppföljande bedömning", "Psykolog"],
        ["2025-10-13", "Skattningsskalor, vårdnadshavare och skola", "Psykolog"],
        ["2025-10-22", "Hembesök", "Psykolog, kurator"],
        ["2025-11-05", "Skolobservation, Kvarnbackaskolan", "Psykolog"],
        ["2025-11-12", "Samtal med Alva och RCADS", "Psykolog"],
        ["2025-11-26", "Läkarbesök och läkemedelsgenomgång", "Läkare"],
        ["2025-12-03", "Samtal med Alva om utlåtandet", "Psykolog"],
        ["2025-12-10", "Konsensusbedömning i teamet", "Team"],
    ]
    return [
        H1("Utredningens genomförande"),
        P("Utredningen 2022-2023 genomfördes av ett utredningsteam med psykolog, läkare och "
          "arbetsterapeut. Den uppföljande bedömningen 2025 gjordes av psykolog och läkare i "
          "samarbete med Alvas fasta vårdkontakt. Information har hämtats från Alva, från "
          "båda vårdnadshavarna, från skolan, från barnhälsovårdens journal och från "
          "tidigare journalanteckningar vid BUP. Följande moment har ingått:"),
        TABLE([(0, "l"), (66, "l"), (330, "l")], rows),
        P("Utöver momenten i tabellen har utredarna haft telefonkontakt med skolan vid flera "
          "tillfällen och tagit del av skolans dokumentation om extra anpassningar, "
          "åtgärdsprogram och frånvaro. Alva har vid samtliga besök haft med sig en "
          "vårdnadshavare, oftast mamma."),
    ]


def background_blocks():
    rows = [
        ["År", "Kontakt", "Anledning"],
        ["2013", "Barnhälsovården", "Sömnsvårigheter och skrikighet"],
        ["2015", "Logoped, Hallsjö lasarett", "Uttalssvårigheter, 8 besök"],
        ["2017", "Barnmottagningen", "Återkommande magont, utan fynd"],
        ["2019", "Familjerätten, Hallsjö kommun", "Samarbetssamtal vid separation"],
        ["2020", "Socialtjänsten, Barn och unga", "Anmälan från förskola, utan insats"],
        ["2021", "Skolhälsovården", "Huvudvärk och trötthet, 4 besök"],
        ["2022", "Ungdomsmottagningen", "Ingen kontakt"],
    ]
    return [
        H1("Bakgrund"),
        H2("Familj och boende"),
        P("Alva är 13 år och bor växelvis hos sina föräldrar, som separerade 2019. Mamma "
          "Sara Lindqvist bor i en radhuslägenhet på Sörbyvägen i Hallsjö tillsammans med "
          "sin sambo Daniel och Alvas lillebror Theo, född 2016. Pappa Mikael Berg bor i en "
          "lägenhet på Tallvägen, cirka två kilometer därifrån. Föräldrarna har sedan 2020 "
          "haft ett växelvis boende med byte på fredagar, men sedan våren 2025 bor Alva "
          "huvudsakligen hos mamma eftersom hon har haft svårt att hantera bytena."),
        P("Mamma arbetar heltid som administratör på ett försäkringsbolag och har delvis "
          "möjlighet att arbeta hemifrån. Pappa arbetar som elektriker med varierande "
          "arbetstider och ibland jourtjänstgöring. Båda föräldrarna beskriver att de har "
          "en fungerande ekonomi men att de under det senaste året har varit borta från "
          "arbetet många dagar för att vara hemma med Alva."),
        P("Theo beskrivs som en utåtriktad och aktiv pojke som spelar fotboll och har många "
          "kompisar. Syskonrelationen beskrivs som varierande. Alva kan vara omtänksam mot "
          "Theo men blir lätt irriterad när han är ljudlig, och konflikter mellan syskonen "
          "har blivit vanligare under det senaste året."),
        H2("Föräldrarnas beskrivning av familjens situation"),
        P("Mamma beskriver att vardagen i perioder är mycket ansträngd. Morgnarna är den "
          "svåraste tiden på dagen. Alva har svårt att vakna, blir arg när hon blir väckt "
          "och behöver mycket stöd för att klä på sig och äta. Mamma berättar att hon ofta "
          "kommer för sent till arbetet och att hon har fått anpassa sina arbetstider. Hon "
          "upplever att hon inte räcker till för båda barnen."),
        P("Pappa beskriver att Alva fungerar något bättre hos honom eftersom det är lugnare "
          "där, men att hon sedan våren 2025 sällan vill komma. Han upplever att han har "
          "förlorat kontakten med Alva och att hon mest vill vara på sitt rum när hon är hos "
          "honom. Han önskar mer stöd i hur han ska förhålla sig till henne."),
        P("Föräldrarna har under utredningen gett en i huvudsak samstämmig bild av Alvas "
          "svårigheter. De är däremot inte överens om hur mycket krav som kan ställas på "
          "henne när det gäller skolan. Mamma har varit mer benägen att låta Alva stanna "
          "hemma när hon mår dåligt, medan pappa anser att hon behöver gå till skolan "
          "varje dag för att inte fastna hemma."),
        H2("Hereditet"),
        P("På mammas sida finns uppgifter om ångestsyndrom hos mormor och om depression hos "
          "en moster. Mamma har själv haft perioder med nedstämdhet och har sedan 2021 "
          "kontakt med vårdcentralen. En kusin på mammas sida har diagnosen autism. På "
          "pappas sida finns uppgifter om ADHD hos pappas bror och om dyslexi hos farfar. "
          "Pappa beskriver sig själv som rastlös och glömsk och tror att han själv kan ha "
          "ADHD, men han har aldrig blivit utredd. Det finns inga kända uppgifter om "
          "epilepsi, psykossjukdom eller bipolär sjukdom i släkten."),
        H2("Tidigare kontakter med vård och socialtjänst"),
        P("Av barnhälsovårdens journal, tidigare journaler i regionen och föräldrarnas "
          "uppgifter framgår följande kontakter före remissen till BUP:"),
        TABLE([(0, "l"), (40, "l"), (210, "l")], rows),
        P("Anmälan till socialtjänsten 2020 gjordes av förskolan efter att Alva hade berättat "
          "om högljudda bråk mellan föräldrarna. Socialtjänsten genomförde en förhandsbedömning "
          "och beslutade att inte inleda utredning, eftersom föräldrarna då hade separerat "
          "och tog emot samarbetssamtal hos familjerätten."),
        H2("Fritid och intressen"),
        P("Alva har ett stort intresse för djur, särskilt hästar och katter, och hon har "
          "läst mycket om djurens beteende. Hon red på ridskola under tre år men slutade "
          "hösten 2024 eftersom hon tyckte att det blev för många människor i stallet. Hon "
          "tycker om att rita och har fyllt många skissblock med teckningar av djur och "
          "figurer från tecknade serier. Hon spelar gärna datorspel, framför allt spel där "
          "man bygger och tar hand om djur, och hon har ett par vänner som hon spelar med "
          "över nätet. Hon har svårt för lagidrotter och för aktiviteter med många okända "
          "människor."),
    ]


def development_blocks():
    return [
        H1("Utvecklingshistoria"),
        H2("Graviditet och förlossning"),
        P("Graviditeten beskrivs som okomplicerad fram till vecka 34, då mamma fick "
          "havandeskapsförgiftning och lades in för observation. Förlossningen sattes igång i "
          "vecka 37. Alva föddes med normal förlossning och vägde 2 870 gram. Apgarpoängen "
          "var 8, 9 och 10. Hon behövde ljusbehandling för gulsot under två dygn men var "
          "därefter frisk. Mamma rökte inte och drack inte alkohol under graviditeten."),
        H2("Spädbarnstiden"),
        P("Alva beskrivs som ett skrikigt och svårtröstat spädbarn. Hon hade svårt att "
          "somna och vaknade många gånger varje natt under det första året. Hon ville helst "
          "bli buren och blev lätt överstimulerad av ljud och av att många människor var "
          "närvarande. Amningen fungerade dåligt och hon fick ersättning från tre månaders "
          "ålder. Föräldrarna beskriver att hon tidigt var mycket uppmärksam på detaljer och "
          "att hon kunde titta länge på mönster och ljus."),
        H2("Motorisk utveckling"),
        P("Den grovmotoriska utvecklingen var i huvudsak åldersadekvat. Alva satt utan stöd "
          "vid sju månader, kröp vid nio månader och gick utan stöd vid tretton månaders "
          "ålder. Hon beskrivs som försiktig och något klumpig, och hon lärde sig cykla först "
          "vid åtta års ålder. Finmotoriken var tidig när det gällde att rita men hon hade "
          "svårt med knappar, blixtlås och skosnören långt upp i skolåldern."),
        H2("Språk och kommunikation"),
        P("De första orden kom vid tolv månader och meningar vid två års ålder. Föräldrarna "
          "beskriver att Alva tidigt hade ett stort ordförråd och ibland använde ord som var "
          "ovanliga för hennes ålder. Hon hade samtidigt uttalssvårigheter och fick kontakt "
          "med logoped vid tre års ålder. Hon tenderade att prata länge om sina intressen "
          "och hade svårt att växla ämne. Hon förstod ofta uttryck bokstavligt och blev "
          "ledsen när vuxna skojade med henne."),
        H2("Socialt samspel under småbarnsåren"),
        P("Alva sökte kontakt med vuxna men lekte sällan med jämnåriga. Hon föredrog att "
          "leka ensam eller med ett barn i taget och ville bestämma hur leken skulle gå till. "
          "Hon hade en favoritleksak, en tygkatt, som hon bar med sig överallt fram till sex "
          "års ålder. Hon var känslig för förändringar och kunde få långa utbrott om en "
          "planerad aktivitet ställdes in. Föräldrarna lärde sig tidigt att förbereda henne "
          "noga inför nya situationer."),
        H2("Förskoletiden"),
        P("Alva började på förskolan vid ett och ett halvt års ålder. Inskolningen tog lång "
          "tid, och under det första året grät hon ofta vid lämningen. Personalen beskrev "
          "henne som en duktig och fantasifull flicka som dock drog sig undan i stora "
          "grupper, höll för öronen vid samlingar och ofta satt för sig själv med pussel "
          "eller böcker. Under det sista året på förskolan hade hon en nära vän, och "
          "förskolan beskrev att hon då fungerade bättre i gruppen."),
        H2("Barnhälsovården"),
        P("Av barnhälsovårdens journal framgår att Alva har följt det allmänna "
          "barnhälsovårdsprogrammet. Vid 18-månaderskontrollen noterades att hon hade ett "
          "sparsamt joller men god förståelse. Vid fyraårsbesöket noterade sjuksköterskan "
          "att hon var blyg, undvek ögonkontakt och hade svårt att genomföra testuppgifterna "
          "när mamma inte satt bredvid. Syn och hörsel har kontrollerats vid flera tillfällen "
          "och varit normala. Tillväxten har följt kurvan."),
    ]


def school_blocks():
    absence = [
        ["Termin", "Total frånvaro", "Varav ogiltig", "Längsta period"],
        ["Höstterminen 2021", "6 %", "0 %", "3 dagar"],
        ["Vårterminen 2022", "9 %", "0 %", "5 dagar"],
        ["Höstterminen 2022", "11 %", "1 %", "4 dagar"],
        ["Vårterminen 2023", "8 %", "0 %", "4 dagar"],
        ["Höstterminen 2023", "7 %", "0 %", "3 dagar"],
        ["Vårterminen 2024", "12 %", "2 %", "6 dagar"],
        ["Höstterminen 2024", "19 %", "4 %", "9 dagar"],
        ["Vårterminen 2025", "28 %", "7 %", "14 dagar"],
        ["Höstterminen 2025", "64 %", "21 %", "23 dagar"],
    ]
    return [
        H1("Skolgång"),
        H2("Förskoleklass och årskurs 1-3"),
        P("Alva gick i förskoleklass och lågstadiet på Norrbergsskolan. Hon lärde sig läsa "
          "tidigt och läste redan i förskoleklass kortare böcker på egen hand. Lärarna "
          "beskrev henne som en tystlåten elev som följde reglerna noga och blev upprörd när "
          "andra elever inte gjorde det. Hon hade svårt med rasterna och stod ofta nära en "
          "rastvakt. I årskurs 2 fick hon en egen plats längst fram i klassrummet och "
          "hörselkåpor att använda vid enskilt arbete, vilket enligt skolan hjälpte."),
        P("Föräldrarna beskriver att Alva under lågstadiet ofta kom hem helt slut och att hon "
          "kunde få långa utbrott på eftermiddagarna. Skolan såg inte dessa utbrott, och "
          "föräldrarna upplevde att de inte blev trodda när de berättade om dem. Det är en "
          "vanlig bild hos barn som anstränger sig mycket för att hålla ihop under skoldagen."),
        H2("Årskurs 4 och 5"),
        P("I årskurs 4 fick klassen en ny klasslärare, Johanna Eklund, och ämnesundervisning "
          "med flera lärare. Alva hade svårt med de många övergångarna mellan lektioner och "
          "lärare. Hon glömde ofta vilket material hon skulle ha med sig, och hennes "
          "skrivuppgifter blev sällan färdiga. I matematik presterade hon ojämnt: hon kunde "
          "lösa svåra problem muntligt men gjorde många slarvfel på prov. Specialpedagogen "
          "gjorde en pedagogisk kartläggning under våren 2022, och ett åtgärdsprogram "
          "upprättades i oktober 2022."),
        P("Efter utredningen 2023 och insättningen av läkemedel hösten 2023 beskrev skolan "
          "en tydlig förbättring i årskurs 5. Alva kom oftare igång med uppgifter, hade färre "
          "konflikter och deltog mer i grupparbeten när hon fick en bestämd roll. Hon hade en "
          "nära vän i klassen, och de två satt ofta tillsammans på rasterna i biblioteket."),
        H2("Årskurs 6"),
        P("Under årskurs 6 ökade kraven i skolan, och Alvas nära vän flyttade till en annan "
          "ort vid jullovet 2024. Alva blev alltmer ensam. Skolan beskrev att hon ofta satt "
          "med huvudet mot bänken, att hon vid flera tillfällen grät under lektionerna och "
          "att hon bad att få gå hem med huvudvärk eller ont i magen. Frånvaron ökade under "
          "vårterminen 2025, framför allt på måndagar och dagar med idrott. Inför övergången "
          "till högstadiet gjordes en överlämning mellan skolorna i maj 2025."),
        H2("Årskurs 7, hösten 2025"),
        P("Alva började i årskurs 7 på Kvarnbackaskolan i augusti 2025. Skolan har cirka "
          "550 elever och undervisningen sker i olika salar med ämneslärare. Alva gick till "
          "skolan de första två veckorna, men redan i september började hon stanna hemma "
          "flera dagar i veckan. Sedan mitten av oktober har hon varit i skolan enstaka "
          "timmar i veckan, oftast hos specialpedagogen i ett mindre rum. Mentor Karl "
          "Dahlberg har haft kontakt med hemmet flera gånger i veckan, och skolan har "
          "erbjudit anpassad studiegång och hemundervisning i begränsad omfattning."),
        H2("Frånvaro"),
        P("Frånvaron enligt skolans registrering redovisas per termin. Ogiltig frånvaro "
          "avser frånvaro som vårdnadshavare inte har anmält."),
        TABLE([(0, "l"), (180, "r"), (275, "r"), (375, "r")], absence),
        H2("Stödinsatser i skolan"),
        UL([
            "Extra anpassningar sedan årskurs 2: egen plats, hörselkåpor och bildstöd för "
            "dagens schema.",
            "Åtgärdsprogram sedan oktober 2022 med stöd av specialpedagog i svenska och "
            "matematik, två lektioner per vecka.",
            "Förlängd skrivtid vid prov och möjlighet att göra prov i ett mindre rum.",
            "Regelbundna samtal med skolkurator sedan hösten 2024.",
            "Anpassad studiegång sedan oktober 2025, med undervisning i mindre grupp i "
            "svenska, engelska och matematik.",
            "Hemundervisning tre timmar per vecka under november och december 2025.",
        ]),
    ]


# WISC-V 2023: index scores and scaled subtest scores (invented, internally consistent)
WISC_INDEX = [
    ("Verbal förståelse (VFI)", 112),
    ("Visuospatial förmåga (VSI)", 106),
    ("Fluid slutledning (FRI)", 103),
    ("Arbetsminne (AMI)", 88),
    ("Bearbetningshastighet (BHI)", 80),
    ("Helskala IQ (HIQ)", 98),
    ("Allmänt förmågeindex (GAI)", 108),
    ("Kognitivt effektivitetsindex (CPI)", 82),
]
WISC_SUBTESTS = [
    ("Likheter", 13, "VFI"), ("Ordförråd", 12, "VFI"), ("Information", 13, "VFI"),
    ("Blockmönster", 11, "VSI"), ("Visuella pussel", 11, "VSI"),
    ("Matriser", 11, "FRI"), ("Figurvikter", 10, "FRI"), ("Aritmetik", 9, "FRI"),
    ("Sifferrepetition", 8, "AMI"), ("Bildminne", 8, "AMI"),
    ("Bokstavs- och sifferserier", 7, "AMI"),
    ("Kodning", 6, "BHI"), ("Symbolletning", 7, "BHI"), ("Överstrykning", 8, "BHI"),
]


def level_of_index(score):
    if score >= 130:
        return "mycket högt"
    if score >= 120:
        return "högt"
    if score >= 110:
        return "över genomsnittet"
    if score >= 90:
        return "genomsnittligt"
    if score >= 80:
        return "under genomsnittet"
    if score >= 70:
        return "lågt"
    return "mycket lågt"


def cognitive_blocks():
    index_rows = [["Index", "Indexpoäng", "Percentil", "95 % KI", "Nivå"]]
    for name, score in WISC_INDEX:
        index_rows.append([name, str(score), percentile_of_index(score),
                           "%d-%d" % (score - 7, score + 6), level_of_index(score)])
    sub_rows = [["Delprov", "Skalpoäng", "Index", "Percentil"]]
    for name, scaled, index in WISC_SUBTESTS:
        sub_rows.append([name, str(scaled), index, percentile_of_index(scaled, 10, 3)])
    return [
        H1("Psykologisk utredning 2023"),
        H2("Testsituation och allmänt intryck"),
        P("Alva träffade psykologen vid sex tillfällen under utredningen. Hon kom till "
          "besöken med mamma, vid två tillfällen med pappa. Vid det första besöket var hon "
          "mycket tyst och svarade kortfattat, men hon blev mer avslappnad när hon fick "
          "berätta om sina katter och visa teckningar. Ögonkontakten var sparsam och hon "
          "tittade ofta ned i bordet när hon pratade. Hon ville veta exakt hur lång tid "
          "varje moment skulle ta och blev orolig när ett besök drog ut på tiden."),
        P("Testningen genomfördes på förmiddagar med en kort paus var tjugonde minut och "
          "ett schema på bordet där Alva kunde pricka av varje moment. Alva arbetade noggrant "
          "och långsamt och ville gärna göra om uppgifter som hon inte var nöjd med. Hon "
          "blev tydligt tröttare under varje pass. Resultaten bedöms ge en rättvisande bild "
          "av hennes förmågor i en lugn och strukturerad situation med en vuxen."),
        H2("Kognitiv bedömning med WISC-V"),
        P("Alva har bedömts med Wechsler Intelligence Scale for Children, femte upplagan "
          "(WISC-V), svensk version. Resultaten redovisas som indexpoäng med medelvärdet 100 "
          "och standardavvikelsen 15, som percentiler och med 95-procentigt "
          "konfidensintervall (KI)."),
        TABLE([(0, "l"), (206, "r"), (266, "r"), (334, "r"), (346, "l")], index_rows),
        P("Skillnaden mellan verbal förståelse och bearbetningshastighet är 32 indexpoäng, "
          "vilket är en statistiskt signifikant och ovanlig skillnad. Helskala IQ bedöms "
          "därför inte sammanfatta Alvas förmåga på ett rättvisande sätt. Allmänt "
          "förmågeindex, som bygger på delprov för verbal förståelse, visuospatial förmåga "
          "och fluid slutledning, ligger över genomsnittet, medan kognitivt "
          "effektivitetsindex, som bygger på arbetsminne och bearbetningshastighet, ligger "
          "under genomsnittet."),
        H2("Resultat på delprov"),
        P("Delproven redovisas som skalpoäng med medelvärdet 10 och standardavvikelsen 3."),
        TABLE([(0, "l"), (230, "r"), (262, "l"), (372, "r")], sub_rows),
        H2("Kommentarer till resultaten"),
        P("Verbal förståelse: Alva har ett väl utvecklat ordförråd och goda kunskaper. Hon "
          "gav utförliga och ibland mycket detaljerade svar och hade svårt att avgöra när ett "
          "svar var tillräckligt. Resultatet ligger över genomsnittet och är hennes starkaste "
          "område."),
        P("Visuospatial förmåga: Alva arbetade systematiskt med blockmönster och visuella "
          "pussel och kontrollerade sina lösningar noga. Hon blev stressad när hon märkte att "
          "tiden togs. Resultatet ligger inom genomsnittet."),
        P("Fluid slutledning: Förmågan att se mönster och regler i nytt material ligger inom "
          "genomsnittet. Aritmetik, som också belastar arbetsminnet, var det svagaste "
          "delprovet inom området."),
        P("Arbetsminne: Resultatet ligger under genomsnittet. Alva hade svårt att hålla "
          "flera uppgifter i huvudet samtidigt och bad ofta att få höra instruktionen igen. "
          "Svårigheterna stämmer väl med skolans beskrivning av att hon tappar bort "
          "instruktioner i flera led."),
        P("Bearbetningshastighet: Resultatet ligger klart under genomsnittet. Alva arbetade "
          "mycket noggrant och långsamt och kontrollerade varje svar. Det låga resultatet "
          "innebär att hon behöver betydligt mer tid än andra för skriftliga uppgifter och "
          "prov, och att hon blir trött av uppgifter som kräver snabbhet."),
        H2("Uppmärksamhet och aktivitet (QbTest)"),
        P("QbTest är ett datoriserat test som mäter uppmärksamhet, impulsivitet och motorisk "
          "aktivitet under femton minuter. Resultaten redovisas som Q-värden, där värden över "
          "1,3 talar för avvikelse jämfört med jämnåriga flickor."),
        TABLE([(0, "l"), (230, "r"), (262, "l")], [
            ["Parameter", "Q-värde", "Tolkning"],
            ["Aktivitet", "0,9", "Inom normalvariationen"],
            ["Ouppmärksamhet", "2,1", "Avvikande"],
            ["Impulsivitet", "1,4", "Lätt avvikande"],
            ["Reaktionstidens variation", "2,3", "Avvikande"],
            ["Utelämnanden", "1,9", "Avvikande"],
        ]),
        P("Profilen visar tydlig ouppmärksamhet och ojämn prestation över tid, medan den "
          "motoriska aktiviteten är inom normalvariationen. Resultatet ska tolkas tillsammans "
          "med övrig information och är inte diagnostiskt i sig."),
        H2("Visuomotorisk förmåga (Beery VMI)"),
        TABLE([(0, "l"), (230, "r"), (300, "r")], [
            ["Test", "Standardpoäng", "Percentil"],
            ["Visuomotorisk integration", "94", "34"],
            ["Visuell perception", "108", "70"],
            ["Motorisk koordination", "84", "14"],
        ]),
        P("Den visuella perceptionen är god, medan den motoriska koordinationen ligger under "
          "genomsnittet. Alva höll pennan hårt och arbetade långsamt. Resultatet bidrar till "
          "förståelsen av varför skrivuppgifter tar lång tid och kan tala för att hon har "
          "nytta av att skriva på dator."),
        H2("Exekutiva funktioner i testsituationen (NEPSY-II)"),
        TABLE([(0, "l"), (260, "r")], [
            ["Delprov", "Skalpoäng"],
            ["Hämning, benämning", "9"],
            ["Hämning, hämning", "7"],
            ["Hämning, växling", "6"],
            ["Auditiv uppmärksamhet", "8"],
            ["Responsinställning", "7"],
            ["Ordflöde, semantisk kategori", "11"],
        ]),
        P("Resultaten visar svårigheter att hämma invanda svar och att växla mellan regler, "
          "framför allt när uppgiften ska göras snabbt. När Alva fick arbeta i egen takt "
          "gjorde hon få fel. Ordflödet är gott."),
    ]


def autism_blocks():
    return [
        H1("Autismdiagnostisk bedömning"),
        H2("Utvecklingsintervju enligt ADI-R"),
        P("Autism Diagnostic Interview-Revised (ADI-R) är en strukturerad intervju med "
          "föräldrarna om barnets utveckling, med fokus på åldern fyra till fem år och på "
          "nuvarande fungerande. Intervjun genomfördes med båda föräldrarna vid två "
          "tillfällen. Poängen redovisas per område tillsammans med gränsvärdet för autism."),
        TABLE([(0, "l"), (280, "r"), (360, "r")], [
            ["Område", "Poäng", "Gränsvärde"],
            ["A. Ömsesidigt socialt samspel", "14", "10"],
            ["B. Kommunikation", "11", "8"],
            ["C. Begränsade och repetitiva beteenden", "5", "3"],
            ["D. Avvikelse före 36 månaders ålder", "3", "1"],
        ]),
        P("Föräldrarna beskrev att Alva som liten sällan visade saker för att dela "
          "intresse, att hon hade svårt att leka låtsaslekar tillsammans med andra barn och "
          "att hon tröstade sig själv snarare än att söka tröst. Hon hade tidigt starka "
          "intressen, bland annat för katter och för att sortera saker efter färg. Hon "
          "reagerade starkt på ljud, på vissa tyger och på förändringar i rutiner."),
        H2("ADOS-2 modul 3"),
        P("Autism Diagnostic Observation Schedule (ADOS-2) är en standardiserad observation "
          "av social kommunikation, ömsesidigt socialt samspel och begränsade eller "
          "repetitiva beteenden. Alva deltog i aktiviteterna men var spänd och behövde mycket "
          "tid för att svara. Hon berättade utförligt om sina intressen men ställde få frågor "
          "tillbaka. Hennes gester var sparsamma och ansiktsuttrycket ofta neutralt. När "
          "hon ombads berätta om en vän beskrev hon framför allt vad de brukade göra "
          "tillsammans och hade svårt att beskriva vännens känslor."),
        TABLE([(0, "l"), (280, "r")], [
            ["Område", "Poäng"],
            ["Social påverkan (SA)", "9"],
            ["Begränsade och repetitiva beteenden (RRB)", "2"],
            ["Totalpoäng", "11"],
            ["Jämförelsepoäng", "6"],
        ]),
        P("Totalpoängen ligger över gränsvärdet för autismspektrum. Jämförelsepoängen 6 "
          "motsvarar en måttlig grad av autismrelaterade drag. Observationen gjordes i en "
          "lugn miljö med en vuxen, och utredarna bedömer att svårigheterna i vardagen, med "
          "många människor och mindre förutsägbarhet, är större än vad som syntes vid "
          "observationen."),
        H2("Samlad bedömning av kriterierna för autism"),
        P("Bedömningen av kriterierna enligt DSM-5 bygger på intervjuerna, observationerna, "
          "skolans beskrivning och skattningsskalorna."),
        UL([
            "A1. Ömsesidighet: svårt att dela intressen och känslor, svarar ofta kort och "
            "tar sällan initiativ till samtal om annat än egna intressen.",
            "A2. Icke-verbal kommunikation: sparsam ögonkontakt, få gester och ett "
            "ansiktsuttryck som ofta inte stämmer med vad hon säger att hon känner.",
            "A3. Relationer: önskar vänner men har svårt att förstå oskrivna regler i "
            "gruppen och drar sig undan när fler än två personer är med.",
            "B1. Stereotypa beteenden: inga tydliga motoriska stereotypier, men hon upprepar "
            "gärna repliker från filmer.",
            "B2. Rutiner: stort behov av förutsägbarhet och starka reaktioner vid "
            "oväntade förändringar.",
            "B3. Intressen: intensiva intressen för katter, hästar och djurs beteende.",
            "B4. Sensorisk känslighet: uttalad ljudkänslighet, obehag av vissa tyger och "
            "starka dofter.",
        ]),
        P("Kriterierna A1-A3 samt B2-B4 bedöms vara uppfyllda, svårigheterna har funnits "
          "sedan tidig barndom och de medför betydande begränsningar i vardagen. "
          "Kriterierna för autism bedöms därmed vara uppfyllda."),
    ]


def rating_blocks():
    return [
        H1("Skattningsskalor 2023 och 2025"),
        P("Vårdnadshavarna och skolan har fyllt i skattningsformulär om Alvas fungerande "
          "vid utredningen 2023 och vid den uppföljande bedömningen 2025. Mamma och pappa har "
          "fyllt i formulären var för sig. Skolans skattningar gjordes 2023 av klassläraren "
          "på Norrbergsskolan och 2025 av mentorn på Kvarnbackaskolan, som då hade känt Alva "
          "i knappt tre månader."),
        H2("SNAP-IV"),
        P("SNAP-IV mäter symtom på ADHD och trotsighet. Medelvärden redovisas på en skala "
          "från 0 till 3. Medelvärden över 1,5 brukar tala för kliniskt betydelsefulla "
          "svårigheter."),
        TABLE([(0, "l"), (220, "r"), (280, "r"), (340, "r"), (400, "r")], [
            ["Skala", "Mamma", "Pappa", "Lärare", "År"],
            ["Ouppmärksamhet", "2,2", "1,9", "2,0", "2023"],
            ["Hyperaktivitet och impulsivitet", "1,3", "1,1", "0,8", "2023"],
            ["Trotsighet", "1,6", "0,9", "0,5", "2023"],
            ["Ouppmärksamhet", "2,0", "1,8", "2,1", "2025"],
            ["Hyperaktivitet och impulsivitet", "0,9", "0,8", "0,6", "2025"],
            ["Trotsighet", "1,8", "1,2", "0,4", "2025"],
        ]),
        P("Ouppmärksamheten skattas som tydligt förhöjd av samtliga bedömare vid båda "
          "tillfällena. Hyperaktivitet och impulsivitet skattades som lätt förhöjd 2023 och "
          "ligger 2025 under gränsen. Trotsighet skattas förhöjd av mamma, och i "
          "intervjuerna framgår att det främst gäller situationer med krav som Alva upplever "
          "som överväldigande."),
        H2("Conners 3"),
        P("Conners 3 redovisas som T-värden. Värden över 65 bedöms som förhöjda och värden "
          "över 70 som mycket förhöjda."),
        TABLE([(0, "l"), (220, "r"), (290, "r"), (360, "r"), (430, "r")], [
            ["Skala", "Förälder", "Lärare", "Förälder", "Lärare"],
            ["", "2023", "2023", "2025", "2025"],
            ["Ouppmärksamhet", "77", "74", "75", "71"],
            ["Hyperaktivitet och impulsivitet", "63", "58", "57", "52"],
            ["Inlärningsproblem", "69", "71", "73", "70"],
            ["Exekutiva funktioner", "78", "72", "80", "74"],
            ["Trots och aggression", "64", "49", "66", "48"],
            ["Kamratrelationer", "81", "76", "85", "79"],
        ]),
        H2("BRIEF-2"),
        P("BRIEF-2 beskriver exekutiva funktioner i vardagen. T-värden över 65 bedöms som "
          "kliniskt förhöjda."),
        TABLE([(0, "l"), (220, "r"), (290, "r"), (360, "r"), (430, "r")], [
            ["Skala", "Förälder", "Lärare", "Förälder", "Lärare"],
            ["", "2023", "2023", "2025", "2025"],
            ["Inhibition", "62", "58", "59", "55"],
            ["Självmonitorering", "68", "66", "70", "64"],
            ["Skifta", "79", "74", "83", "77"],
            ["Emotionell kontroll", "76", "63", "81", "66"],
            ["Igångsättning", "72", "75", "79", "78"],
            ["Arbetsminne", "74", "77", "73", "75"],
            ["Planering och organisation", "71", "73", "75", "76"],
            ["Global exekutiv funktion", "76", "73", "79", "75"],
        ]),
        P("Skattningarna visar omfattande exekutiva svårigheter, framför allt med att skifta "
          "mellan aktiviteter, att komma igång och att reglera känslor. Svårigheterna med "
          "att skifta och med emotionell kontroll har ökat något mellan 2023 och 2025."),
        H2("SDQ och ASSQ"),
        TABLE([(0, "l"), (220, "r"), (290, "r"), (360, "r"), (430, "r")], [
            ["Skala", "Mamma", "Pappa", "Lärare", "År"],
            ["SDQ, total problempoäng", "21", "18", "16", "2023"],
            ["SDQ, emotionella symtom", "7", "6", "5", "2023"],
            ["SDQ, kamratproblem", "6", "5", "6", "2023"],
            ["SDQ, total problempoäng", "25", "21", "19", "2025"],
            ["SDQ, emotionella symtom", "9", "8", "7", "2025"],
            ["SDQ, kamratproblem", "7", "6", "7", "2025"],
            ["ASSQ, totalpoäng", "24", "19", "17", "2023"],
        ]),
        P("SDQ visar förhöjda problempoäng från samtliga bedömare, med en ökning av "
          "emotionella symtom mellan 2023 och 2025. ASSQ ligger över det gränsvärde som "
          "brukar föranleda vidare utredning av autism hos flickor."),
        H2("ABAS-3"),
        P("ABAS-3 beskriver adaptiv förmåga, det vill säga hur barnet klarar vardagens krav. "
          "Resultaten redovisas som indexpoäng med medelvärdet 100 och standardavvikelsen 15."),
        TABLE([(0, "l"), (220, "r"), (290, "r"), (360, "r")], [
            ["Område", "2023", "2025", "Förändring"],
            ["Begreppsmässig förmåga", "91", "84", "-7"],
            ["Social förmåga", "76", "69", "-7"],
            ["Praktisk förmåga", "83", "74", "-9"],
            ["Generell adaptiv förmåga", "81", "72", "-9"],
        ]),
        P("Alvas adaptiva förmåga ligger klart under hennes kognitiva förmåga och har "
          "försämrats sedan 2023. Det gäller framför allt praktiska färdigheter som "
          "egenvård, att hålla tider och att klara sig i samhället, samt sociala färdigheter. "
          "Skillnaden mellan kognitiv och adaptiv förmåga är vanlig vid autism och innebär "
          "att Alva behöver mer stöd i vardagen än vad hennes begåvning kan ge intryck av."),
    ]


# Observation notes for the time-sampled school observations: (activity, behaviour)
OBSERVATION_ROWS = {
    "2023-02-07": ("Svenska, klass 4B", [
        ("Genomgång", "Sitter still, tittar på tavlan, följer med"),
        ("Genomgång", "Tittar ut genom fönstret, pillar på sitt suddgummi"),
        ("Genomgång", "Läraren ställer en fråga, Alva räcker inte upp handen"),
        ("Enskilt arbete", "Tar fram boken, bläddrar, skriver inte"),
        ("Enskilt arbete", "Sätter på hörselkåporna, skriver rubriken"),
        ("Enskilt arbete", "Suddar rubriken och skriver om den två gånger"),
        ("Enskilt arbete", "Läraren kommer fram, Alva skriver tre meningar"),
        ("Enskilt arbete", "Sitter stilla, tittar på klasskamraternas papper"),
        ("Byte", "Packar långsamt, är sist ut ur klassrummet"),
    ]),
    "2023-03-14": ("Matematik, klass 4B", [
        ("Genomgång", "Följer med, räknar tyst med fingrarna"),
        ("Genomgång", "Svarar rätt när läraren frågar henne direkt"),
        ("Pararbete", "Sitter tyst bredvid kamraten, tar inte initiativ"),
        ("Pararbete", "Kamraten skriver, Alva rättar ett fel med pennan"),
        ("Pararbete", "Ljudnivån stiger, Alva håller för öronen"),
        ("Pararbete", "Lämnar platsen och går till grupprummet"),
        ("Grupprum", "Arbetar självständigt, löser fyra uppgifter"),
        ("Grupprum", "Ber specialpedagogen kontrollera svaren"),
        ("Avslutning", "Kommer tillbaka till klassrummet efter påminnelse"),
    ]),
    "2025-11-05": ("Engelska, liten grupp, 7C", [
        ("Ankomst", "Kommer tio minuter sent tillsammans med mamma"),
        ("Ankomst", "Sätter sig närmast dörren med jackan på"),
        ("Genomgång", "Tittar ned i bordet, svarar inte på hälsning"),
        ("Genomgång", "Lyssnar, tar fram datorn efter uppmaning"),
        ("Enskilt arbete", "Skriver några ord, raderar dem"),
        ("Enskilt arbete", "Specialpedagogen sätter sig bredvid, Alva skriver"),
        ("Enskilt arbete", "Arbetar koncentrerat i cirka åtta minuter"),
        ("Enskilt arbete", "En elev kommer in sent, Alva avbryter arbetet"),
        ("Avslutning", "Frågar om hon får gå hem, går med mamma"),
    ]),
}


def observation_table(date_text):
    activity_title, rows = OBSERVATION_ROWS[date_text]
    start = 8 * 60 + 15 if date_text.startswith("2025") else 9 * 60 + 5
    table = [["Tid", "Moment", "Alvas beteende"]]
    for i, (moment, behaviour) in enumerate(rows):
        t = start + 5 * i
        table.append(["%02d.%02d" % (t // 60, t % 60), moment, behaviour])
    return activity_title, TABLE([(0, "l"), (44, "l"), (134, "l")], table)


def observation_blocks():
    out = [
        H1("Observationer"),
        P("Observationerna i skolan gjordes med tidsintervaller om fem minuter. I tabellerna "
          "anges vad Alva gjorde i början av varje intervall."),
    ]
    comments = {
        "2023-02-07": (
            "Under svenskalektionen var Alva lugn och följsam men kom inte igång med "
            "skrivuppgiften förrän läraren hade hjälpt henne med första meningen. Hon "
            "använde mycket tid till att sudda och skriva om. Hon tog ingen kontakt med "
            "klasskamraterna och ingen kontakt med läraren på eget initiativ."),
        "2023-03-14": (
            "Under matematiklektionen fungerade Alva bra under genomgången men hade svårt "
            "med pararbetet, där hon inte tog något initiativ och till slut lämnade "
            "klassrummet när ljudnivån steg. I grupprummet arbetade hon effektivt och "
            "korrekt. Observationen visar tydligt hur mycket miljön påverkar henne."),
        "2025-11-05": (
            "Alva kom till skolan med mamma och var synbart spänd under hela lektionen. När "
            "specialpedagogen satt bredvid henne kunde hon arbeta, men hon tappade fokus när "
            "något oväntat hände. Efter lektionen ville hon gå hem, och hon gick med mamma "
            "utan att delta i nästa lektion."),
    }
    for date_text in ("2023-02-07", "2023-03-14", "2025-11-05"):
        title, table = observation_table(date_text)
        out += [H2("Skolobservation %s, %s" % (date_text, title)), table,
                P(comments[date_text])]
    out += [
        H2("Observation på fritidshemmet 2023-03-16"),
        P("Arbetsterapeuten observerade Alva under en eftermiddag på fritidshemmet. Alva "
          "satt större delen av tiden vid ett ritbord i ett hörn av rummet. Hon svarade "
          "vänligt när andra barn tog kontakt men fortsatte inte samtalet. När en grupp barn "
          "började leka en högljudd lek nära henne samlade hon ihop sina pennor och gick till "
          "kapprummet, där hon satt i tio minuter tills en pedagog hämtade henne. Hon åt "
          "mellanmål ensam. Personalen beskrev detta som en vanlig eftermiddag."),
        H2("Hembesök 2025-10-22"),
        P("Psykolog och kurator gjorde ett hembesök hos mamma en förmiddag när Alva var "
          "hemma från skolan. Alva hade gått upp strax före besöket och satt i soffan med en "
          "filt och sin katt. Hon hälsade men ville inte delta i samtalet i början. Efter en "
          "stund visade hon sina teckningar och berättade om ett spel hon spelar. Hennes rum "
          "var mörklagt med en tjock gardin. Hon berättade att hon ofta är vaken till "
          "klockan två eller tre på natten och sover till lunch."),
        P("Mamma berättade att förmiddagarna oftast ser ut så här när Alva är hemma. Mamma "
          "arbetar hemifrån de dagarna men hinner inte med sitt arbete. Hon beskrev att hon "
          "har slutat försöka få Alva till skolan de dagar Alva säger att hon inte orkar, "
          "eftersom det har lett till utbrott där Alva har skrikit och kastat saker. Hemmet "
          "var välordnat. Det fanns mat och en tydlig veckoplanering på kylskåpet, som "
          "enligt mamma inte längre används."),
    ]
    return out


def medical_blocks():
    h1, w1, p1, bp1 = vitals_on(day("2023-04-03"))
    h2, w2, p2, bp2 = vitals_on(day("2025-11-26"))
    return [
        H1("Läkarbedömning"),
        H2("Somatisk och neurologisk undersökning 2023-04-03"),
        P("Längd %s cm och vikt %s kg, vilket följer tidigare tillväxtkurva. Puls %d slag per "
          "minut och blodtryck %s. Allmäntillståndet är gott. Hjärta och lungor utan "
          "anmärkning. Buken är mjuk och oöm. Huden är utan anmärkning, inga blåmärken. "
          "Kranialnerverna är utan anmärkning. Gång, balans och koordination är "
          "åldersadekvata, men tandemgång och hopp på ett ben görs med viss osäkerhet. Inga "
          "tics eller ofrivilliga rörelser." % (decimal(h1), decimal(w1), p1, bp1)),
        P("Blodprover med blodstatus, ferritin, sköldkörtelprover och celiakiscreening var "
          "normala. Syn och hörsel har kontrollerats av skolhälsovården och varit normala. "
          "Det finns inga uppgifter om krampanfall. Sömnsvårigheterna bedöms vara en del av "
          "den neuropsykiatriska problematiken och förstärkas av oro och kvällsskärm."),
        H2("Läkemedelsgenomgång 2025-11-26"),
        P("Alva behandlas sedan oktober 2024 med Elvanse 50 mg på morgonen, sedan april "
          "2025 med Sertralin 50 mg och sedan januari 2023 med melatonin till natten. Längd "
          "%s cm och vikt %s kg. Puls %d och blodtryck %s. Tillväxten följer kurvan. Alva "
          "tar Elvanse de dagar hon går till skolan men ofta inte de dagar hon är hemma, "
          "vilket gör effekten svår att bedöma. Sertralin tas enligt mamma regelbundet."
          % (decimal(h2), decimal(w2), p2, bp2)),
        P("Alva beskriver att sertralin har gjort att hon oroar sig något mindre på "
          "kvällarna men att hon fortfarande får stark ångest inför skolan. Hon har inga "
          "biverkningar som hon själv märker. Mamma har noterat att Alva äter mindre till "
          "lunch de dagar hon tar Elvanse. Läkemedelsbehandlingen bedöms i nuläget vara "
          "rimlig, men effekten kan inte bedömas fullt ut så länge Alva inte har en "
          "regelbunden dygnsrytm och skolgång."),
    ]


def follow_up_blocks():
    cgas = [["Datum", "C-GAS", "Bedömare"]]
    for date_text, value, who in [
            ("2022-10-11", "55", "Läkare"), ("2023-06-08", "52", "Utredningsteamet"),
            ("2024-01-22", "61", "Läkare"), ("2024-06-10", "63", "Psykolog"),
            ("2025-01-20", "54", "Läkare"), ("2025-06-09", "48", "Psykolog"),
            ("2025-10-13", "41", "Psykolog"), ("2025-12-10", "40", "Teamet")]:
        cgas.append([date_text, value, who])
    return [
        H1("Uppföljande bedömning 2025"),
        H2("Anledning till den uppföljande bedömningen"),
        P("Under våren 2025 ökade Alvas oro och nedstämdhet, och hennes skolfrånvaro blev "
          "allt större. Efter övergången till högstadiet i augusti 2025 har hon endast "
          "deltagit i undervisningen i liten omfattning. Teamet beslutade i september 2025 "
          "att göra en uppföljande bedömning för att förstå vad som ligger bakom frånvaron, "
          "bedöma om det finns en ångestsjukdom eller depression som kräver ändrad "
          "behandling och planera det fortsatta stödet tillsammans med skolan."),
        H2("Ångest och nedstämdhet (RCADS)"),
        P("RCADS har fyllts i av Alva med stöd av psykologen och av mamma. Resultaten "
          "redovisas som T-värden, där värden över 65 talar för kliniskt betydelsefulla "
          "symtom och värden över 70 för uttalade symtom."),
        TABLE([(0, "l"), (240, "r"), (320, "r")], [
            ["Skala", "Alva", "Mamma"],
            ["Separationsångest", "62", "68"],
            ["Generaliserad ångest", "74", "72"],
            ["Paniksyndrom", "66", "61"],
            ["Social ångest", "78", "75"],
            ["Tvångssyndrom", "54", "52"],
            ["Depression", "68", "71"],
            ["Total ångest och depression", "73", "72"],
        ]),
        P("Alva och mamma beskriver samstämmigt uttalad social ångest och generaliserad "
          "oro samt förhöjda symtom på nedstämdhet. Alva beskriver att hon oroar sig för "
          "nästan allt, särskilt för att göra fel inför andra, för prov och för att mamma "
          "ska bli arg eller ledsen. Hon har inga tankar på att skada sig själv och har "
          "aldrig gjort det, vilket bekräftas av mamma."),
        H2("Skolfrånvarons funktioner (SRAS-R)"),
        P("School Refusal Assessment Scale, reviderad version, beskriver vad som håller "
          "kvar ett barn hemma från skolan. Medelvärden redovisas på en skala från 0 till 6."),
        TABLE([(0, "l"), (300, "r"), (370, "r")], [
            ["Funktion", "Alva", "Mamma"],
            ["Undvika obehagliga känslor knutna till skolan", "5,1", "4,8"],
            ["Undvika sociala situationer och bedömning", "5,4", "5,0"],
            ["Få uppmärksamhet från förälder", "1,6", "2,2"],
            ["Göra annat som är roligare hemma", "2,3", "3,1"],
        ]),
        P("Resultaten visar att frånvaron framför allt upprätthålls av att Alva undviker "
          "obehagliga känslor och sociala situationer i skolan. Att hon kan spela och vara "
          "med sin katt hemma bidrar i viss mån men bedöms inte vara den främsta orsaken."),
        H2("Sömndagbok oktober 2025"),
        P("Alva förde sömndagbok under tre veckor i oktober 2025 med hjälp av mamma. "
          "Tiderna är ungefärliga och avser när hon gick till sängs, när hon somnade och när "
          "hon vaknade."),
        sleep_diary_table(),
        P("Alva somnar sent och sover långt in på dagen, med en sömnlängd som är normal för "
          "åldern. Dygnsrytmen är förskjuten med tre till fyra timmar, vilket gör det mycket "
          "svårt att komma till skolan på morgonen."),
        H2("Närvaro per vecka hösten 2025"),
        P("Sammanställning från skolans närvarosystem. Andelen avser närvarande timmar av "
          "schemalagda timmar."),
        attendance_table(),
        H2("Funktionsnivå över tid"),
        P("Children's Global Assessment Scale (C-GAS) beskriver barnets samlade fungerande på "
          "en skala från 1 till 100, där värden över 70 motsvarar ett i huvudsak gott "
          "fungerande och värden under 50 ett allvarligt nedsatt fungerande."),
        TABLE([(0, "l"), (150, "r"), (180, "l")], cgas),
        P("Funktionsnivån förbättrades under 2024 efter insatta anpassningar och läkemedel "
          "men har sjunkit successivt sedan början av 2025. Den nuvarande nivån innebär ett "
          "allvarligt nedsatt fungerande i skolan, med kamrater och i familjen."),
    ]


def sleep_diary_table():
    """Three weeks of a sleep diary, drawn from a fixed seed."""
    rng = random.Random(2025101301)
    rows = [["Datum", "Dag", "Lade sig", "Somnade", "Vaknade", "Sömn", "Anmärkning"]]
    d = day("2025-10-06")
    for _ in range(21):
        school_day = d.weekday() < 5
        # minutes after the evening's midnight (may pass the next midnight), and after
        # the next morning's midnight
        went = 22 * 60 + rng.randint(0, 150) + (0 if school_day else 60)
        asleep = went + rng.randint(20, 150)
        woke = 7 * 60 + rng.randint(0, 330) + (0 if school_day else 90)
        slept = 24 * 60 + woke - asleep
        note = rng.choice(["", "", "skola", "hemma", "orolig", "mardröm", "vaknade i natt",
                           "väckt av mamma", "helg hos pappa"] if school_day else
                          ["", "", "helg", "helg hos pappa", "sov länge"])
        rows.append([d.isoformat(), WEEKDAYS[d.weekday()][:3],
                     "%02d.%02d" % (went // 60 % 24, went % 60),
                     "%02d.%02d" % (asleep // 60 % 24, asleep % 60),
                     "%02d.%02d" % (woke // 60, woke % 60), decimal(slept / 60.0), note])
        d += dt.timedelta(days=1)
    return TABLE([(0, "l"), (68, "l"), (148, "r"), (212, "r"), (276, "r"), (324, "r"),
                  (340, "l")], rows)


def attendance_table():
    """School attendance per week, autumn term 2025: falling off in September."""
    rng = random.Random(2025121501)
    rows = [["Vecka", "Schemalagt", "Närvarande", "Andel", "Anmärkning"]]
    for week in range(34, 51):
        planned = 0 if week == 44 else rng.choice([27, 28, 28, 29])
        if planned == 0:
            rows.append(["v. %d" % week, "0", "0", "-", "Höstlov"])
            continue
        share = max(0.0, min(1.0, 1.05 - (week - 34) * 0.09 + rng.uniform(-0.08, 0.08)))
        present = int(round(planned * share))
        note = rng.choice(["", "", "anpassad studiegång" if week >= 42 else "",
                           "hemundervisning" if week >= 46 else "", "sjuk två dagar"])
        rows.append(["v. %d" % week, str(planned), str(present),
                     "%d %%" % round(100.0 * present / planned), note])
    return TABLE([(0, "l"), (120, "r"), (200, "r"), (260, "r"), (280, "l")], rows)


def conversation_blocks():
    return [
        H1("Samtal med Alva"),
        H2("Samtal 2025-09-29"),
        P("Alva kom till samtalet med mamma men ville prata med psykologen ensam. Hon "
          "berättade att högstadiet är mycket större än hon hade trott och att hon inte "
          "hittar mellan salarna. Det är för mycket ljud i korridorerna och i matsalen, och "
          "hon har inte ätit lunch i skolan sedan första veckan. Hon säger att hon inte känner "
          "någon i klassen och att hon tror att de andra tycker att hon är konstig."),
        P("Alva beskriver att hon får ont i magen redan på söndagskvällen och att hon ofta "
          "inte kan somna. På morgonen känns det som att hon ska kräkas när hon tänker på "
          "skolan. Hon säger att hon vill gå till skolan men att kroppen inte gör som hon "
          "vill. Hon blir ledsen när mamma och pappa bråkar om henne."),
        H2("Samtal 2025-11-12"),
        P("Alva fyllde i RCADS tillsammans med psykologen och pratade om vad som är svårast. "
          "Hon rangordnade situationer i skolan från minst till mest obehagliga. Minst "
          "obehagligt är att vara hos specialpedagogen med en annan elev, och mest "
          "obehagligt är att äta i matsalen och att redovisa inför klassen. Hon kunde "
          "beskriva att rädslan handlar om att andra ska titta på henne och tycka att hon "
          "gör fel."),
        P("Alva berättade att hon tycker om när mentorn skickar meddelanden om vad som ska "
          "hända nästa dag. Hon vill kunna gå till skolan igen om hon får börja med korta "
          "dagar och slippa matsalen. Hon har önskemål om att få äta lunch i ett mindre rum "
          "och att få veta i förväg vilka vuxna hon ska träffa."),
        H2("Samtal 2025-12-03"),
        P("Psykologen gick igenom vad som kommer att stå i utlåtandet. Alva tyckte att det "
          "var jobbigt att höra om frånvaron men att det stämde. Hon ville att det skulle "
          "stå att hon inte är lat och att hon vill gå i skolan. Hon ville också att det "
          "skulle stå att hon tycker om att rita och att hon är bra på att ta hand om djur. "
          "Hon har ingen invändning mot att socialtjänsten får utlåtandet men vill inte att "
          "det ska skickas till skolan i sin helhet."),
    ]


def partner_blocks():
    return [
        H1("Information från samverkanspartners"),
        H2("Kvarnbackaskolan"),
        P("Mentor Karl Dahlberg och specialpedagog Nadia Sahin har intervjuats per telefon "
          "2025-11-07. Skolan beskriver Alva som en vänlig och begåvad elev som är mycket "
          "sårbar i större grupper. Hon har deltagit i undervisningen cirka fyra timmar i "
          "veckan sedan oktober, nästan uteslutande i det mindre rummet hos "
          "specialpedagogen. Skolan har upprättat ett åtgärdsprogram med anpassad "
          "studiegång och har erbjudit skolskjuts, som familjen har tackat nej till."),
        P("Skolan har svårt att nå pappa och upplever att föräldrarna ger olika besked om "
          "vad som gäller. Skolan har gjort en anmälan till socialtjänsten 2025-10-20 på "
          "grund av den omfattande frånvaron och oron för Alvas mående."),
        H2("Socialtjänsten"),
        P("Socialsekreterare Linnea Grahn har informerat om att socialtjänstens utredning "
          "pågår och beräknas vara klar i februari 2026. Socialtjänsten har erbjudit familjen "
          "stöd från familjebehandlare i hemmet, vilket båda föräldrarna har tackat ja till. "
          "Insatsen påbörjades 2025-12-08. Socialtjänsten har kallat till samordnad "
          "individuell plan (SIP), och ett första möte hölls 2025-12-15."),
        H2("Vårdcentralen"),
        P("Mamma har gett samtycke till att BUP tar del av uppgifter från hennes kontakt "
          "med vårdcentralen i den mån det rör Alvas situation. Mamma är sjukskriven på "
          "halvtid sedan 2025-11-03 på grund av utmattning. Hon har kontakt med psykolog "
          "på vårdcentralen och beskriver att hon under hösten har haft svårt att orka med "
          "Alvas behov samtidigt som arbetet och Theos aktiviteter."),
    ]


# --------------------------------------------------------------------------
# Journal notes

class JournalEntry:
    """One dated note: blocks to print and what the contact list shows."""

    def __init__(self, when, kind, author, blocks):
        self.when = when          # datetime
        self.kind = kind          # "Besök", "Telefon", ...
        self.author = author      # Staff
        self.blocks = blocks

    @property
    def heading(self):
        return "%s %s, %s %s" % (self.when.strftime("%Y-%m-%d %H:%M"), self.kind,
                                 self.author.title, self.author.name)


class Slots(dict):
    """Values for the {names} of the sentence templates; a missing one is a bug."""

    def __missing__(self, key):
        raise KeyError("no value for template slot {%s}" % key)


def fill(template, slots):
    return template.format_map(slots)


def phase_of(d):
    if d < day("2023-06-08"):
        return "utredning"
    if d < day("2024-08-15"):
        return "efter diagnos"
    if d < day("2025-08-18"):
        return "mellanstadiet slut"
    return "högstadiet"


# Sentence pools. {A} is Alva; {Tid} and {tid} a time phrase ("Under veckan",
# "under veckan") for the start or the middle of a sentence; the other slots are
# filled in by slots_for(). Templates naming {adhd} (the ADHD drug) are used only
# once it has been prescribed.
NEWS_ANY_TIME = [
    "{Tid} har {A} haft svårt att somna och legat vaken till efter midnatt flera kvällar.",
    "{Tid} har {A} varit mer lättirriterad än vanligt, framför allt på eftermiddagarna.",
    "{Tid} har {A} haft ont i magen på morgnarna vid {antal} tillfällen.",
    "{Tid} har {A} ritat mycket och visar en ny serie teckningar av {djur}.",
    "{Tid} har mormor varit på besök, vilket {A} tyckte var roligt men tröttande.",
    "{Tid} har {A} följt med på Theos fotbollsmatch och stått bredvid {förälder} hela tiden.",
    "{Tid} har {A} och Theo bråkat om datorn, och {A} låste till slut in sig på sitt rum.",
    "{Tid} har {A} ätit dåligt och mest velat ha {mat}.",
    "{Tid} har {A} haft huvudvärk {antal} dagar och fått värktablett av {förälder}.",
    "{Tid} har katten Sigge varit sjuk, och {A} har varit mycket orolig för honom.",
    "Enligt {förälder} har {A} sovit bättre {tid}.",
    "{Förälder} beskriver att morgnarna {tid} har varit {morgnar}.",
    "{A} har haft {antal} utbrott {tid}, oftast i samband med att något ändrades.",
    "{A} har varit hos tandläkaren, vilket hon hade oroat sig för länge, men det gick bra.",
    "{A} har börjat titta på en tv-serie om {djur} och pratar mycket om den.",
    "{A} har promenerat med {förälder} vid sjön flera kvällar {tid}.",
    "{Förälder} har haft svårt att få {A} att duscha och byta kläder {tid}.",
    "{A} har bakat kanelbullar med {förälder} och var stolt över resultatet.",
    "{A} har varit förkyld och hemma från skolan {dagar} dagar {tid}.",
    "{A} har haft svårt med ljudet från grannarnas renovering och sovit med hörselkåpor.",
    "{Tid} har {A} varit mer pratsam än vanligt och berättat om sina {djur}.",
    "{Tid} har det varit lugnare hemma, enligt {förälder}.",
]

NEWS = {
    "utredning": [
        "Mamma berättar att {A} har haft en orolig vecka med flera utbrott efter skolan.",
        "{A} har enligt pappa sovit bättre sedan de började släcka skärmarna klockan 21.",
        "Skolan har rapporterat att {A} har lämnat klassrummet två gånger {tid}.",
        "{A} har varit hemma från skolan {dagar} dagar med huvudvärk.",
        "{A} berättar att hon tycker om att komma till testningen eftersom det är lugnt.",
        "Mamma beskriver att morgnarna har fungerat bättre med ett bildschema i hallen.",
        "Föräldrarna har fyllt i skattningsformulären och lämnat dem i receptionen.",
        "Pappa beskriver att {A} blev mycket upprörd när helgens planer ändrades.",
        "Klassläraren {lärare} har skickat in sin skattning och en kort skriftlig beskrivning.",
        "{A} har haft en bra vecka i skolan med färre konflikter än vanligt.",
        "Mamma undrar hur {A} ska orka fram till {lov} och vill ha tips om återhämtning.",
        "{A} har haft prov i {ämne} och fick skriva det i grupprummet, vilket gick bra.",
        "{A} tycker att {ämne} är roligast just nu, eftersom klassen arbetar med {tema}.",
        "{A} har glömt idrottskläderna {antal} gånger och därför inte deltagit i idrotten.",
        "Det har varit vikarie i klassen flera dagar, och {A} har haft svårt med det.",
        "Mamma har läst om autism hos flickor och känner igen mycket av det hos {A}.",
        "Föräldrarna undrar hur länge utredningen kommer att ta och när de får besked.",
        "{A} frågar om testerna kan visa om hon är dum, och vi pratar om vad de mäter.",
    ],
    "efter diagnos": [
        "{A} har enligt mamma kommit igång snabbare med läxorna sedan {adhd} sattes in.",
        "Skolan beskriver att {A} arbetar mer självständigt på förmiddagarna.",
        "{A} berättar att hon har fått en ny kompis i klassen som också gillar {djur}.",
        "Mamma beskriver att eftermiddagarna fortfarande är svåra när {adhd} har gått ur.",
        "{A} har varit på alla lektioner {tid} enligt {lärarroll}.",
        "Pappa berättar att {A} har varit med och handlat och lagat mat vid två tillfällen.",
        "Föräldrarna har gått på föräldrautbildningen och tycker att de har fått nya verktyg.",
        "{A} har fått ett tyngdtäcke och beskriver att hon somnar lättare.",
        "{A} har ridit på ridskolan varje vecka och tycker att det går bra.",
        "Mamma berättar att bytena mellan föräldrarna har fungerat lugnare med ett fast schema.",
        "{A} har haft ett utbrott i skolan efter ett vikariepass som inte var förberett.",
        "{A} säger att det är lättare att koncentrera sig men att hon blir trött på kvällen.",
        "Skolan har infört en checklista för lektionsstart som {A} tycker hjälper.",
        "{A} ser fram emot {lov} och har gjort en plan för vad hon vill göra då.",
        "{A} har fått beröm av {lärare} för ett arbete i {ämne} om {tema}.",
        "{A} har varit med på skolans friluftsdag hela dagen, vilket hon inte klarade i fjol.",
        "{A} har haft utvecklingssamtal och var själv med under halva samtalet.",
        "{A} har börjat sitta med två klasskamrater på rasterna i biblioteket.",
        "{A} har läst ut en hel bok på egen hand för första gången på länge.",
        "Pappa tycker att {A} har blivit lättare att prata med sedan hon fick veta sina "
        "diagnoser.",
    ],
    "mellanstadiet slut": [
        "{A} berättar att hennes bästa kompis har flyttat och att rasterna är ensamma.",
        "Mamma beskriver att {A} har haft ont i magen på morgnarna nästan varje skoldag.",
        "{A} har varit frånvarande {dagar} dagar {tid}.",
        "Skolan rapporterar att {A} har gråtit under lektionerna vid flera tillfällen.",
        "{A} har slutat på ridskolan och tillbringar mer tid vid datorn.",
        "Pappa berättar att {A} inte ville komma till honom i helgen.",
        "{A} är orolig inför nationella proven i {ämne} och säger att hon kommer att misslyckas.",
        "Mamma har märkt att {A} är mer lättirriterad mot Theo än tidigare.",
        "{A} berättar att hon ligger vaken och tänker på saker som kan gå fel i skolan.",
        "Skolan har ordnat så att {A} kan äta lunch i ett mindre rum med en vuxen.",
        "{A} har varit i skolan alla dagar {tid} men varit mycket trött.",
        "{A} är orolig för högstadiet och har frågat mycket om den nya skolan.",
        "Mamma berättar att {A} har börjat sova i hennes säng igen flera nätter i veckan.",
        "{A} har besökt Kvarnbackaskolan tillsammans med specialpedagogen {spec}.",
        "Föräldrarna är oroliga för hur {A} ska klara veckorna fram till {lov}.",
        "{A} har gått hem från skolan före lunch {antal} gånger {tid}.",
        "{A} har inte velat gå på idrotten sedan klassen började med {idrott}.",
        "{A} har hamnat utanför i ett grupparbete i {ämne} och kom hem mycket ledsen.",
        "{A} berättar att någon i klassen har skrattat åt henne i en chattgrupp.",
        "Skolkurator {skolkurator} har träffat {A} {antal} gånger {tid}.",
    ],
    "högstadiet": [
        "{A} har varit i skolan {timmar} timmar {tid}, alla hos specialpedagogen.",
        "Mamma berättar att {A} inte har lämnat lägenheten sedan i {veckodag}s.",
        "{A} sover till lunch och är vaken till klockan tre på natten de flesta dagar.",
        "Mentorn {lärare} har skickat veckoplaneringen och {A} har gjort två uppgifter hemma.",
        "{A} har följt med mamma till affären, vilket hon inte har gjort på flera veckor.",
        "Pappa beskriver att {A} inte svarar när han ringer eller skriver.",
        "{A} har haft ett kraftigt utbrott när mamma försökte få henne till skolan.",
        "{A} säger att hon vill gå i skolan men att hon får panik i korridoren.",
        "Socialtjänstens familjebehandlare har varit hemma hos familjen vid två tillfällen.",
        "{A} har träffat en klasskamrat utanför skolan, vilket hon tyckte var roligt.",
        "Mamma är sjukskriven på halvtid och beskriver att hon är mycket trött.",
        "{A} har varit i skolan tre förmiddagar i rad, vilket är mer än på länge.",
        "{A} berättar att hon har slutat spela med sina nätkompisar och mest tittar på film.",
        "Hemundervisningen har kommit igång och {A} har deltagit vid två tillfällen.",
        "Skolan föreslår en ny plan för närvaron som ska gälla från {lov}.",
        "{A} har gjort en uppgift i {ämne} hemma och skickat in den till läraren.",
        "{A} har gått till skolans entré med mamma {antal} morgnar men vänt där.",
        "{A} har fått en egen nyckel till det lilla rummet hos specialpedagogen {spec}.",
        "Pappa har hämtat {A} en eftermiddag och de åkte och tittade på hästar.",
        "{A} har haft kontakt med skolkurator {skolkurator} via videosamtal.",
    ],
}

QUOTES = {
    "utredning": [
        "\"Jag vet inte varför jag blir så arg\", säger {A}.",
        "\"Det är som att hjärnan har för många flikar öppna\", säger {A}.",
        "\"I skolan håller jag ihop, sen blir det för mycket\", säger {A}.",
        "\"Jag gillar när man vet vad som ska hända\", säger {A}.",
    ],
    "efter diagnos": [
        "\"Det är lättare att tänka nu\", säger {A}.",
        "\"Jag vill inte att alla ska veta att jag tar medicin\", säger {A}.",
        "\"Jag fattade äntligen bråk i matten\", säger {A} och ler.",
        "\"Det är skönt att veta att det finns en förklaring\", säger {A}.",
    ],
    "mellanstadiet slut": [
        "\"Alla har någon utom jag\", säger {A} om rasterna.",
        "\"Jag tänker hela tiden på vad som kan gå fel\", säger {A}.",
        "\"Högstadiet kommer att bli hemskt\", säger {A}.",
        "\"Jag orkar inte låtsas att allt är bra\", säger {A}.",
    ],
    "högstadiet": [
        "\"Jag vill gå dit, men det går inte\", säger {A}.",
        "\"Korridoren är det värsta, alla tittar\", säger {A}.",
        "\"Det känns som att jag har missat allt redan\", säger {A}.",
        "\"Det lilla rummet är okej\", säger {A}.",
    ],
}

MOOD = [
    "{A} skattar sitt mående till {skattning} på en skala från 0 till 10.",
    "{A} beskriver att veckan har varit {veckobetyg}.",
    "Stämningsläget bedöms som {stämning}.",
    "{A} säger att hon har varit orolig {oro}.",
    "Hon har sovit i genomsnitt {sömn} timmar per natt enligt sömndagboken.",
    "{A} skattar sin oro inför skolan till {skattning_oro} av 10.",
    "{A} är {kontakt} i samtalet.",
    "I samtalet är {A} {kontakt}.",
    "{A} har fört sömndagbok {tid}: hon har lagt sig runt {läggtid} och sovit {sömn} timmar.",
]

METHODS = {
    "utredning": [
        "Genomgång av testresultaten från förra besöket i en form anpassad för {A}.",
        "Testning fortsätter enligt planen, med paus var tjugonde minut.",
        "Samtal om {A}s intressen och vad hon tycker om i skolan.",
        "Genomgång av skattningsformulären tillsammans med vårdnadshavare.",
        "Samtal om hur en vanlig skoldag ser ut, timme för timme.",
        "{A} har fått rita hur hon upplever klassrummet, med de platser som känns bäst.",
        "Genomgång av hur {A} reagerar på ljud, ljus och beröring.",
    ],
    "behandling": [
        "Psykoedukation om hur stress påverkar kroppen, med {A}s egna exempel.",
        "Vi har gjort en lista över situationer som ger oro och skattat dem från 0 till 10.",
        "{A} har fått i hemuppgift att registrera när oron kommer och vad hon gör då.",
        "Genomgång av hemuppgiften: {A} har registrerat {antal} tillfällen {tid}.",
        "Vi har övat på att beskriva kroppsliga tecken på stress och ilska.",
        "Vi har planerat ett exponeringssteg: att {steg}.",
        "Genomgång av exponeringssteget från förra gången, att {steg}, som {A} klarade "
        "{antal} gånger.",
        "Samtal om vad som hjälper när det blir för mycket ljud och människor.",
        "Vi har gjort en energiplan för veckan med aktiviteter som ger och tar energi.",
        "Vi har övat på andningsteknik, som {A} tyckte var svår men värd att prova.",
        "Samtal om sömn och om att lägga mobilen utanför sovrummet.",
        "Vi har tittat på vilka tankar som kommer före ett utbrott och skrivit ned dem.",
        "Vi har gjort ett schema för morgonen med tider och bilder som {A} själv har ritat.",
        "Samtal om vänskap och om hur man kan ta kontakt med en klasskamrat.",
        "Vi har gått igenom en seriesamtalsteckning om en konflikt med {förälder}.",
        "Vi har pratat om skillnaden mellan att vara trött och att vara ledsen.",
        "{A} har gjort en lista över saker hon är bra på, som hon fick ta med hem.",
        "Vi har rollspelat hur {A} kan säga till en lärare att hon behöver en paus.",
        "Vi har planerat vad {A} ska göra under {lov} för att behålla rutinerna.",
        "Genomgång av sömndagboken för de senaste två veckorna.",
    ],
}

EXPOSURE_STEPS = [
    "gå till skolans entré och stanna i fem minuter",
    "sitta i det lilla rummet under en hel lektion",
    "gå genom korridoren under en lektion när den är tom",
    "äta ett mellanmål i skolans café med specialpedagogen",
    "vara med de första tio minuterna av en lektion i klassrummet",
    "ta bussen till skolan tillsammans med mamma",
    "skicka ett meddelande till en klasskamrat",
    "hämta en bok i skolbiblioteket under rasten",
]

ASSESSMENTS = {
    "utredning": [
        "Utredningen fortskrider enligt planen.",
        "Bilden av {A}s svårigheter blir tydligare och stämmer med skolans beskrivning.",
        "{A} har svårt att komma till ro i nya situationer men blir mer trygg över tid.",
        "Föräldrarnas beskrivning stämmer med det som har observerats vid besöken.",
        "Tydliga tecken på uttröttning efter skoldagen, som behöver beaktas i planeringen.",
    ],
    "efter diagnos": [
        "Positiv effekt av {adhd} på uppmärksamheten i skolan.",
        "{A} fungerar stabilt i skolan med nuvarande anpassningar.",
        "Kvarstående svårigheter på eftermiddagarna när effekten av {adhd} avtar.",
        "Familjen har fått bättre struktur i vardagen efter föräldrautbildningen.",
        "{A} visar god förmåga att reflektera över sina svårigheter.",
        "Förbättrad sömn och färre utbrott jämfört med i våras.",
        "{A} har fått en bättre förståelse av sina diagnoser.",
        "Stabil period. Anpassningarna i skolan fungerar.",
        "Fortsatt behov av stöd vid övergångar och oväntade förändringar.",
    ],
    "mellanstadiet slut": [
        "Ökande oro och nedstämdhet i samband med förändringar i skolan och kamratgruppen.",
        "Frånvaron är ett varningstecken och behöver följas noga.",
        "{A} bedöms ha en generaliserad oro som förstärks inför förändringar.",
        "Ingen akut risk för självskada framkommer.",
        "{A}s mående har förbättrats något sedan förra besöket.",
        "Ensamheten i skolan bedöms bidra starkt till {A}s nedstämdhet.",
        "Övergången till högstadiet behöver förberedas noga tillsammans med skolan.",
        "Magont och huvudvärk på morgnarna bedöms vara uttryck för oro.",
        "{A} behöver fler positiva aktiviteter utanför hemmet.",
    ],
    "högstadiet": [
        "Omfattande skolfrånvaro som upprätthålls av undvikande och social ångest.",
        "{A}s mående är fortsatt lågt men stabilt. Ingen suicidrisk framkommer vid direkt fråga.",
        "Familjen är hårt belastad och behöver stöd från flera håll.",
        "Små framsteg i exponeringen, men {A} behöver mycket stöd för varje steg.",
        "Dygnsrytmen är förskjuten och bidrar till svårigheterna att komma till skolan.",
        "Samverkan mellan skola, socialtjänst och BUP är nödvändig.",
        "{A} är motiverad att gå tillbaka till skolan, vilket är en viktig resurs.",
        "Oron inför skolan är oförändrad, men {A} orkar mer hemma än för en månad sedan.",
        "Mammas trötthet påverkar hur mycket stöd {A} kan få på morgnarna.",
        "{A}s nedstämdhet bedöms som måttlig och behöver följas vid varje besök.",
    ],
}

PLANS = [
    "Nytt besök om {veckor}.",
    "Nästa besök {nästa}.",
    "{A} och {förälder} kontaktar mottagningen om det blir sämre innan nästa besök.",
    "Fortsatt samtalskontakt varannan vecka.",
    "Kontakt med skolan inför nästa besök, efter samtycke från vårdnadshavare.",
    "Uppföljning vid nästa teamkonferens.",
    "Hemuppgift enligt ovan till nästa gång.",
    "Sömndagbok till nästa besök.",
    "Nästa gång deltar även {annan_förälder}.",
    "Tid för läkarbesök bokas inom {veckor}.",
    "Nästa besök om {veckor}, då vi följer upp hemuppgiften.",
    "{A} provar {steg} före nästa besök.",
    "Vi ses på mottagningen {nästa}, därefter görs en ny planering.",
    "{Förälder} skickar skolans närvarorapport via 1177 före nästa besök.",
    "Kontakt med {lärarroll} per telefon under veckan.",
    "Fortsatt kontakt enligt behandlingsplanen, nästa besök om {veckor}.",
]

PHONE_TOPICS = [
    ("mamma", "Mamma ringer och berättar att {A} inte har varit i skolan sedan i {veckodag}s. "
     "Hon undrar om hon ska ge {adhd} de dagar {A} är hemma."),
    ("mamma", "Mamma ringer för att boka om besöket eftersom {A} har feber."),
    ("mamma", "Mamma ringer och berättar att natten var mycket orolig och att {A} har "
     "gråtit länge. Hon vill ha råd om hur hon kan lugna henne."),
    ("mamma", "Mamma ringer och berättar att {A} har haft en bra vecka. {Tid} har hon "
     "varit i skolan varje dag."),
    ("pappa", "Pappa ringer och vill veta hur behandlingen går. Han har inte fått kallelserna."),
    ("pappa", "Pappa ringer efter en helg då {A} vägrade komma till honom. Han är ledsen och "
     "undrar hur han ska göra."),
    ("pappa", "Pappa ringer och frågar om han kan delta i nästa besök via video."),
    ("skolan", "{Lärarroll} {lärare} ringer från {skola} och berättar om närvaron. {A} "
     "har varit i skolan {dagar} dagar {tid}."),
    ("skolan", "Specialpedagog {spec} ringer och vill diskutera hur skolan kan anpassa "
     "lektionsstarten för {A}."),
    ("skolan", "Skolkurator {skolkurator} ringer och berättar att {A} har sökt upp "
     "kuratorn {antal} gånger {tid}."),
    ("apoteket", "Apoteket ringer om receptet på {adhd} som behöver förnyas."),
    ("socialtjänsten", "Socialsekreterare Linnea Grahn ringer för att planera det gemensamma "
     "mötet. Samtycke finns."),
]

PHONE_ACTIONS = [
    "Råd givna. {Förälder} kontaktar mottagningen igen vid behov.",
    "Tar upp frågan vid nästa läkarbesök.",
    "Ny tid bokad och skickad till båda vårdnadshavarna.",
    "Informerar om att kallelser skickas till båda vårdnadshavarna.",
    "Vi kommer överens om att ses på mottagningen nästa vecka.",
    "Ärendet diskuteras vid nästa teamkonferens.",
    "Stämmer av med {A}s läkare och återkommer under dagen.",
    "Skickar informationsmaterial via 1177.",
]

OT_TOPICS = [
    "Genomgång av {A}s dygnsrytm med hjälp av en aktivitetsdagbok över en vecka.",
    "Utprovning av tyngdtäcke. {A} provar två varianter och väljer det lättare.",
    "Vi har gjort ett visuellt veckoschema som sätts upp i köket hos båda föräldrarna.",
    "Genomgång av sensorisk profil. {A} är mycket känslig för ljud och beröring.",
    "Utprovning av tidshjälpmedel. {A} tycker att en timer med färgfält är lättast.",
    "Samtal om morgonrutinen och vilka steg som tar längst tid.",
    "Vi har provat hörselkåpor med aktiv brusreducering som {A} kan använda i skolan.",
    "Genomgång av hur {A} kan packa skolväskan kvällen före med en bildlista.",
    "Förskrivning av tyngdtäcke. Information om hjälpmedlet och ansvar lämnad.",
    "Uppföljning av hjälpmedlen. {A} använder tyngdtäcket varje kväll.",
    "Vi har delat upp duschen och tandborstningen i steg med bilder.",
    "Genomgång av en app för påminnelser som {A} kan ha i mobilen.",
    "Samtal om vilka fritidsaktiviteter som kan passa med få människor och lite ljud.",
]

PARENT_TOPICS = [
    "Samtal om föräldrarnas olika syn på hur mycket krav som ska ställas på {A}.",
    "Mamma beskriver att hon känner sig ensam med ansvaret för morgnarna.",
    "Pappa vill ha mer information om autism och hur han kan prata med {A}.",
    "Samtal om hur syskonrelationen påverkas av {A}s utbrott.",
    "Genomgång av strategier från föräldrautbildningen: förberedelse, beröm och tydliga val.",
    "Mamma berättar om sin egen trötthet och om kontakten med vårdcentralen.",
    "Samtal om bytena mellan föräldrarnas hem och hur de kan göras mer förutsägbara.",
    "Föräldrarna har olika uppfattning om datorspelandet. Vi gör en gemensam plan.",
    "Samtal om hur föräldrarna kan stötta {A} att gå till skolan utan att det blir bråk.",
    "Information om omvårdnadsbidrag från Försäkringskassan och vad ansökan innebär.",
    "Samtal om hur Theo kan få egen tid med föräldrarna.",
    "Genomgång av hur föräldrarna kan berömma små steg i stället för att påminna.",
    "Samtal om hur {A} kan få mer kontakt med pappa utan att det blir krav.",
]

MEDICAL_NEWS = [
    "{A} tar {adhd} varje morgon och mamma upplever god effekt under skoldagen.",
    "Aptiten är något nedsatt till lunch men {A} äter bra till middag och kvällsmat.",
    "{A} har inte märkt några biverkningar.",
    "Mamma har märkt att {A} är mer irriterad på eftermiddagen när {adhd} går ur.",
    "{A} hade lätt huvudvärk de första dagarna efter dosökningen, som har gått över.",
    "Insomningen tar fortfarande lång tid trots melatonin.",
    "{A} glömmer ibland {adhd} de veckor hon bor hos pappa.",
    "Skolan upplever att {A} är mer fokuserad på förmiddagarna.",
    "{A} har inte tagit {adhd} de dagar hon har varit hemma från skolan.",
    "{A} beskriver att hjärtat ibland slår fort på förmiddagen, men inte obehagligt.",
    "Vikten har stått still sedan förra kontrollen.",
]

MEDICAL_PLANS = [
    "Fortsatt behandling i oförändrad dos.",
    "Recept förnyat.",
    "Ny kontroll av puls, blodtryck och vikt om tre månader.",
    "Råd om att äta en ordentlig frukost innan {adhd} tas.",
    "Dosen behålls, uppföljning per telefon om fyra veckor.",
    "Överväger justering av dosen vid nästa besök.",
    "Råd om mellanmål på eftermiddagen.",
]

TIME_PHRASES = ["under veckan", "sedan förra besöket", "under de senaste dagarna",
                "under den senaste veckan", "de senaste två veckorna", "sedan förra samtalet"]
SUBJECTS = ["svenska", "matematik", "engelska", "NO", "SO", "bild", "musik", "slöjd"]
THEMES = ["vikingatiden", "rymden", "Sveriges däggdjur", "människokroppen", "vädret",
          "Norden", "medeltiden", "vattnets kretslopp"]
ANIMALS = ["katter", "hästar", "rävar", "fåglar", "hundar", "igelkottar"]
FOODS = ["pasta", "pannkakor", "smörgåsar", "yoghurt", "fiskpinnar"]
COUNTS = ["två", "tre", "fyra"]


def slots_for(d, rng):
    school = school_on(d)
    phase = phase_of(d)
    low, high = {"utredning": (4, 7), "efter diagnos": (5, 8),
                 "mellanstadiet slut": (3, 6), "högstadiet": (2, 5)}[phase]
    next_visit = d + dt.timedelta(days=rng.choice([7, 14, 14, 21]))
    while next_visit.weekday() >= 5:
        next_visit += dt.timedelta(days=1)
    parent, other_parent = rng.choice([("mamma", "pappa"), ("mamma", "pappa"),
                                       ("pappa", "mamma")])
    when = rng.choice(TIME_PHRASES)
    return Slots(
        A="Alva", lov=term_break_near(d),
        # None before the ADHD medication started: templates naming it are then skipped
        adhd=adhd_drug_on(d) if d >= ADHD_MEDICATION_START else None,
        tid=when, Tid=when[0].upper() + when[1:],
        förälder=parent, Förälder=parent.capitalize(), annan_förälder=other_parent,
        veckodag=WEEKDAYS[rng.randint(0, 4)],
        dagar=str(rng.randint(1, 4)), timmar=str(rng.randint(1, 6)),
        antal=rng.choice(COUNTS), ämne=rng.choice(SUBJECTS), tema=rng.choice(THEMES),
        djur=rng.choice(ANIMALS), mat=rng.choice(FOODS),
        idrott=rng.choice(["simning", "bollspel", "dans", "orientering"]),
        steg=rng.choice(EXPOSURE_STEPS),
        morgnar=rng.choice(["kaotiska", "något lugnare", "som vanligt svåra",
                            "bättre än på länge", "mycket stressiga"]),
        skattning=str(rng.randint(low, high)),
        skattning_oro=str(rng.randint(10 - high, 10 - low + 1)),
        sömn=decimal(rng.uniform(6.0, 9.0)),
        läggtid="%02d.%02d" % (rng.choice([21, 22, 22, 23, 23, 0]), rng.choice([0, 15, 30, 45])),
        veckobetyg=rng.choice(["ganska bra", "jobbig", "blandad", "bättre än den förra",
                               "tung", "lugn", "ovanligt bra"]),
        stämning=rng.choice(["neutralt", "lätt sänkt", "sänkt", "neutralt till ljust"]),
        oro=rng.choice(["nästan hela tiden", "mest på kvällarna", "ibland",
                        "framför allt inför skoldagar", "mindre än förut"]),
        kontakt=rng.choice(["trött men delaktig", "pratsam och engagerad", "tystlåten",
                            "spänd i början men mer avslappnad efter en stund",
                            "lätt att nå", "fåordig men samarbetsvillig",
                            "ledsen men går att trösta", "nyfiken och frågar mycket",
                            "irriterad i början av besöket"]),
        veckor=rng.choice(["en vecka", "två veckor", "två veckor", "tre veckor"]),
        nästa=next_visit.isoformat(),
        Lärarroll=school["lärarroll"].capitalize(),
        **school)


def pick(rng, pool, k, slots):
    """k different sentences of the pool, filled in; ones about ADHD medication only
    once it has started."""
    if slots["adhd"] is None:
        pool = [t for t in pool if "{adhd}" not in t]
    return " ".join(fill(t, slots) for t in rng.sample(pool, min(k, len(pool))))


def news(rng, d, k, slots):
    """k sentences of what has happened: mostly about this period, some any time."""
    phase_part = max(1, k - rng.randint(0, 2))
    text = pick(rng, NEWS[phase_of(d)], phase_part, slots)
    if k > phase_part:
        text += " " + pick(rng, NEWS_ANY_TIME, k - phase_part, slots)
    return text


def signed(staff, when, rng):
    signed_at = when + dt.timedelta(minutes=rng.randint(50, 300))
    return LINE("Signerad av %s, %s, %s" % (staff.name, staff.title,
                                              signed_at.strftime("%Y-%m-%d %H:%M")), size=9.5)


def note_psychologist(when, rng, s):
    d = when.date()
    phase = phase_of(d)
    staff = PSYKOLOG if rng.random() < 0.75 else PTP
    present = rng.choice(["%(A)s och mamma" % s, "%(A)s och pappa" % s,
                          "%(A)s, enskilt samtal" % s, "%(A)s och mamma, delvis enskilt" % s])
    method_pool = METHODS["utredning" if phase == "utredning" else "behandling"]
    if phase == "utredning":
        reasons = ["Utredning"]
    elif phase == "högstadiet":
        reasons = ["KBT, ångest och skolfrånvaro", "Samtalsbehandling", "Stödsamtal"]
    else:
        reasons = ["Samtalsbehandling", "Stödsamtal"]
    current = news(rng, d, rng.randint(3, 5), s) + " " + pick(rng, MOOD, rng.randint(1, 3), s)
    if rng.random() < 0.5:
        current += " " + pick(rng, QUOTES[phase], 1, s)
    blocks = [
        KV("Kontaktorsak:", rng.choice(reasons)),
        KV("Närvarande:", present),
        KV("Aktuellt:", current),
        KV("Genomfört:", pick(rng, method_pool, rng.randint(2, 3), s)),
        KV("Bedömning:", pick(rng, ASSESSMENTS[phase], rng.randint(1, 3), s)),
        KV("Planering:", pick(rng, PLANS, rng.randint(1, 2), s)),
    ]
    return "Besök", staff, blocks


def note_doctor(when, rng, s):
    d = when.date()
    height, weight, pulse, bp = vitals_on(d)
    meds = medication_on(d)
    staff = OVERLAKARE if rng.random() < 0.6 else LAKARE
    blocks = [
        KV("Kontaktorsak:", "Uppföljning av läkemedelsbehandling"),
        KV("Närvarande:", rng.choice(["%(A)s och mamma" % s, "%(A)s och pappa" % s,
                                      "%(A)s och båda föräldrarna" % s])),
        KV("Aktuellt:", pick(rng, MEDICAL_NEWS, rng.randint(2, 4), s) + " "
           + news(rng, d, rng.randint(1, 3), s)),
        KV("Status:", "Längd %s cm, vikt %s kg. Puls %d slag per minut, blodtryck %s. "
           "Allmäntillstånd gott." % (decimal(height), decimal(weight), pulse, bp)),
        KV("Läkemedel:", ". ".join(meds) + "." if meds else "Inga."),
        KV("Bedömning:", pick(rng, ASSESSMENTS[phase_of(d)], 1, s)),
        KV("Åtgärd:", pick(rng, MEDICAL_PLANS, rng.randint(1, 2), s)),
    ]
    return "Läkarbesök", staff, blocks


def note_nurse(when, rng, s):
    d = when.date()
    height, weight, pulse, bp = vitals_on(d)
    blocks = [
        KV("Kontaktorsak:", rng.choice(["Kontroll av puls, blodtryck och vikt",
                                        "Tillväxtkontroll", "Läkemedelsuppföljning"])),
        KV("Status:", "Längd %s cm, vikt %s kg. Puls %d, blodtryck %s."
           % (decimal(height), decimal(weight), pulse, bp)),
        KV("Aktuellt:", pick(rng, MEDICAL_NEWS, rng.randint(1, 2), s)),
        KV("Åtgärd:", rng.choice(["Värdena är inom normalområdet. Informerar läkaren.",
                                  "Vikten följer kurvan. Ny kontroll om tre månader.",
                                  "Pulsen är något hög, kontrolleras igen vid nästa besök."])),
    ]
    return "Besök", SJUKSKOTERSKA, blocks


def note_phone(when, rng, s):
    d = when.date()
    topics = [(caller, text) for caller, text in PHONE_TOPICS
              if "{adhd}" not in text or s["adhd"] is not None]
    caller, text = topics[rng.randrange(len(topics))]
    staff = rng.choice([KURATOR, PSYKOLOG, SJUKSKOTERSKA])
    blocks = [
        KV("Kontaktorsak:", "Telefonsamtal med %s" % caller),
        KV("Aktuellt:", fill(text, s) + (" " + news(rng, d, 1, s) if rng.random() < 0.5
                                         else "")),
        KV("Åtgärd:", pick(rng, PHONE_ACTIONS, rng.randint(1, 2), s)),
    ]
    return "Telefon", staff, blocks


def note_occupational_therapist(when, rng, s):
    blocks = [
        KV("Kontaktorsak:", rng.choice(["Aktivitetsbedömning", "Hjälpmedel",
                                        "Vardagsstruktur och sömn"])),
        KV("Närvarande:", rng.choice(["%(A)s och mamma" % s, "%(A)s och pappa" % s])),
        KV("Aktuellt:", news(rng, when.date(), 1, s)),
        KV("Genomfört:", pick(rng, OT_TOPICS, rng.randint(2, 3), s)),
        KV("Planering:", pick(rng, PLANS, 1, s)),
    ]
    return "Besök", ARBETSTERAPEUT, blocks


def note_parents(when, rng, s):
    blocks = [
        KV("Kontaktorsak:", "Föräldrasamtal"),
        KV("Närvarande:", rng.choice(["Mamma", "Pappa", "Mamma och pappa"])),
        KV("Aktuellt:", news(rng, when.date(), rng.randint(2, 3), s)),
        KV("Samtalets innehåll:", pick(rng, PARENT_TOPICS, rng.randint(2, 4), s)),
        KV("Bedömning:", pick(rng, ASSESSMENTS[phase_of(when.date())], 1, s)),
        KV("Planering:", pick(rng, PLANS, 1, s)),
    ]
    return "Besök", KURATOR, blocks


def note_meeting(when, rng, s):
    d = when.date()
    school = school_on(d)
    present = ["mamma", "pappa", "%s, %s" % (school["lärare"], school["lärartitel"]),
               "specialpedagog %s" % school["spec"], "%s, kurator BUP" % KURATOR.name]
    if d >= day("2025-10-28"):
        present.append("socialsekreterare Linnea Grahn")
    agreements = rng.sample([
        "Skolan skickar veckoplaneringen till båda föräldrarna på fredagar.",
        "%s får börja dagen i det mindre rummet hos specialpedagogen." % s["A"],
        "Mamma och %s har kort telefonkontakt varje måndag." % school["lärarroll"],
        "BUP fortsätter samtalsbehandlingen varje vecka.",
        "Lunch i ett mindre rum tillsammans med en vuxen.",
        "Skolan gör en ny kartläggning av frånvaron inför nästa möte.",
        "Föräldrarna har samma regler för skärmtid i båda hemmen.",
        "Uppföljande möte om sex veckor.",
        "Prov i %s görs muntligt hos specialpedagogen." % s["ämne"],
        "Inför %s gör skolan en plan för första veckan efter lovet." % s["lov"],
    ], rng.randint(3, 5))
    blocks = [
        KV("Kontaktorsak:", "Nätverksmöte" if d < day("2025-10-28") else "SIP-möte"),
        KV("Plats:", school["skola"] if rng.random() < 0.5 else "BUP Hallsjö"),
        KV("Närvarande:", ", ".join(present) + "."),
        KV("Aktuellt:", news(rng, d, rng.randint(2, 3), s)),
        LINE("Överenskommelser:", bold=True),
        UL(agreements),
    ]
    return "Nätverksmöte", KURATOR, blocks


def note_team(when, rng, s):
    d = when.date()
    blocks = [
        KV("Kontaktorsak:", "Behandlingskonferens"),
        KV("Deltagare:", "%s, %s, %s och %s." % (OVERLAKARE.name, PSYKOLOG.name,
                                                   KURATOR.name, SJUKSKOTERSKA.name)),
        KV("Diskussion:", pick(rng, ASSESSMENTS[phase_of(d)], 2, s) + " "
           + news(rng, d, 1, s)),
        KV("Beslut:", rng.choice([
            "Fortsatt behandling enligt nuvarande plan.",
            "Psykolog erbjuder tätare samtal under de kommande fyra veckorna.",
            "Läkare kallar till läkemedelsuppföljning.",
            "Kurator kontaktar skolan för att planera ett nätverksmöte.",
            "Arbetsterapeut erbjuder bedömning av hjälpmedel."])),
    ]
    return "Konferens", OVERLAKARE, blocks


def note_admin(when, rng, s):
    text = rng.choice([
        "Recept förnyat enligt ordination. Meddelande skickat till mamma via 1177.",
        "Skattningsformulär från skolan har inkommit och skannats in.",
        "Intyg till Försäkringskassan om omvårdnadsbidrag skrivet och skickat.",
        "Kallelse skickad till båda vårdnadshavarna.",
        "Begäran om journalkopia från socialtjänsten inkommen. Samtycke inhämtas.",
        "Meddelande från %s via 1177: %s har haft en bättre vecka." % (s["förälder"], s["A"]),
        "Remissvar skickat till skolhälsovården, efter samtycke.",
        "Intyg om närvaro vid besök skrivet till %s arbetsgivare." % s["förälder"],
    ])
    return "Journalanteckning", rng.choice([SEKRETERARE, KURATOR]), [KV("Anteckning:", text)]


def note_missed(when, rng, s):
    return "Uteblivet besök", rng.choice([PSYKOLOG, KURATOR]), [
        KV("Anteckning:", rng.choice([
            "%s och mamma kom inte till det planerade besöket. Ingen avbokning. Mamma "
            "kontaktas per telefon." % s["A"],
            "Besöket avbokat samma morgon av mamma, %s mår inte bra. Ny tid skickas." % s["A"],
            "%s ville inte följa med till mottagningen. Samtal med mamma per telefon "
            "i stället." % s["A"]]))]


NOTE_KINDS = [
    # (maker, weight during the assessment, after it, once on ADHD medication)
    (note_psychologist, 8, 8, 8),
    (note_doctor, 0, 0, 2),
    (note_nurse, 0, 0, 1),
    (note_phone, 3, 3, 3),
    (note_occupational_therapist, 1, 1, 1),
    (note_parents, 2, 2, 2),
    (note_meeting, 0, 1, 1),
    (note_team, 1, 1, 1),
    (note_admin, 1, 1, 1),
    (note_missed, 0, 1, 1),
]


def note_weights(d):
    column = 1 if phase_of(d) == "utredning" else (3 if d >= ADHD_MEDICATION_START else 2)
    return [kind[column] for kind in NOTE_KINDS]


# Days between notes before scaling (see journal_entries)
NOTE_GAPS = [1, 2, 2, 3, 3, 4, 5, 6, 7, 9]


def journal_entries(count, gap_scale=1.0, seed=2026011601):
    """count notes, newest first, walking back in time from JOURNAL_END; the days
    between notes are NOTE_GAPS times gap_scale. For a given gap_scale, note i depends
    only on the notes before it (one random stream, drawn from in order)."""
    rng = random.Random(seed)
    entries = []
    d = JOURNAL_END
    days_back = 0.0     # fractional, so that the spacing scales smoothly with gap_scale
    for _ in range(count):
        maker = rng.choices([kind[0] for kind in NOTE_KINDS], note_weights(d))[0]
        when = dt.datetime(d.year, d.month, d.day, rng.randint(8, 15),
                           rng.choice([0, 0, 15, 30, 30, 45]))
        kind, staff, blocks = maker(when, rng, slots_for(d, rng))
        entry = JournalEntry(when, kind, staff, blocks)
        entry.blocks = [H2(entry.heading)] + blocks + [signed(staff, when, rng)]
        entries.append(entry)
        # the next (older) note: at least a day earlier, on a working day, none in the
        # July holidays
        days_back += rng.choice(NOTE_GAPS) * gap_scale
        d = min(d - dt.timedelta(days=1), JOURNAL_END - dt.timedelta(days=round(days_back)))
        while d.weekday() >= 5 or d.month == 7:
            d -= dt.timedelta(days=1)
        days_back = max(days_back, float((JOURNAL_END - d).days))
    return entries


def journal_blocks(entries):
    intro = [
        H1("Journalanteckningar"),
        P("Utdrag ur journalen vid BUP Hallsjö. Anteckningarna redovisas i omvänd "
          "kronologisk ordning, med den senaste först. Anteckningar som enbart rör "
          "vårdnadshavarnas egna förhållanden har utelämnats."),
    ]
    return intro + [b for e in entries for b in e.blocks]


# --------------------------------------------------------------------------
# Closing part

def closing_blocks():
    return [
        H1("Sammanfattande bedömning"),
        P("Alva är en 13-årig flicka med autism och ADHD, diagnoser som ställdes efter en "
          "neuropsykiatrisk utredning vid BUP Hallsjö 2023. Hon har en ojämn kognitiv profil "
          "med god verbal förmåga och goda kunskaper, men med svagheter i arbetsminne och "
          "bearbetningshastighet. Hennes adaptiva förmåga, det vill säga hur hon klarar "
          "vardagens krav, ligger klart under hennes kognitiva förmåga och har försämrats "
          "under de senaste två åren."),
        P("Efter utredningen fick Alva anpassningar i skolan, läkemedelsbehandling mot ADHD "
          "och stöd i vardagen, och hennes fungerande förbättrades tydligt under läsåret "
          "2023/2024. Under årskurs 6 ökade kraven, hennes närmaste vän flyttade och hon "
          "utvecklade en tilltagande oro och nedstämdhet. Efter övergången till högstadiet "
          "har hennes skolfrånvaro blivit mycket omfattande."),
        P("Den uppföljande bedömningen visar att Alva nu uppfyller kriterierna för "
          "generaliserat ångestsyndrom och har uttalad social ångest. Frånvaron upprätthålls "
          "framför allt av att hon undviker situationer i skolan som väcker stark ångest, "
          "som korridorer, matsal och redovisningar inför andra. Kriterierna för depression "
          "bedöms inte vara uppfyllda, men nedstämdheten är betydande och behöver följas. "
          "Det finns ingen förhöjd risk för suicid vid nuvarande bedömning."),
        P("Alvas svårigheter förstärks av en förskjuten dygnsrytm, av få sociala kontakter "
          "utanför familjen och av att familjen är hårt belastad. Föräldrarna är engagerade "
          "och samarbetar med BUP och skolan, men de har olika syn på hur mycket krav som "
          "kan ställas, och mamma är själv sjukskriven. Alva behöver en samordnad insats där "
          "skolan, socialtjänsten och BUP arbetar mot gemensamma mål och där återgången till "
          "skolan sker stegvis och med stöd."),
        P("Utredarna bedömer att Alvas behov inte kan tillgodoses av BUP eller skolan var för "
          "sig. Hon har goda förutsättningar att återgå till skolan om miljön anpassas efter "
          "hennes autism och om behandlingen av ångesten kan kombineras med ett tydligt och "
          "förutsägbart stöd i vardagen, både hos mamma och hos pappa."),
        H1("Diagnoser"),
        TABLE([(0, "l"), (52, "l")], [
            ["Kod", "Diagnos enligt ICD-10-SE"],
            ["F84.0", "Autism i barndomen (autism enligt DSM-5, nivå 1)"],
            ["F90.0", "Aktivitets- och uppmärksamhetsstörning (ADHD, kombinerad form)"],
            ["F41.1", "Generaliserat ångestsyndrom"],
            ["F51.0", "Icke organisk sömnlöshet"],
        ], header=True),
        H2("Övervägda diagnoser"),
        UL([
            "F93.2 Social ängslan i barndomen: den sociala ångesten beskrivs under "
            "generaliserat ångestsyndrom och som en del av autismen.",
            "F32.0 Lindrig depressiv episod: kriterierna är inte uppfyllda, men symtomen "
            "följs vid varje besök.",
            "F91.3 Trotssyndrom: utbrotten bedöms vara en följd av överbelastning och inte "
            "uppfylla kriterierna.",
            "F81.9 Specifik inlärningsstörning: inte aktuellt, svårigheterna förklaras av "
            "arbetsminne och bearbetningshastighet.",
        ]),
        H1("Rekommendationer"),
        H2("Till skolan"),
        OL([
            "En stegvis återgång till skolan enligt en skriftlig plan som görs tillsammans "
            "med Alva, föräldrarna och BUP, med korta dagar i början.",
            "En fast vuxen som tar emot Alva varje morgon och som hon kan vända sig till "
            "under dagen.",
            "Undervisning i mindre grupp i ett lugnt rum, och möjlighet att äta lunch "
            "avskilt.",
            "Förberedelse av förändringar: veckoschema och besked dagen före om vikarier och "
            "ändrade lokaler.",
            "Möjlighet att redovisa skriftligt eller enskilt i stället för inför klassen.",
            "Förlängd tid vid prov och tillgång till dator för skrivuppgifter.",
        ]),
        H2("Till vårdnadshavarna"),
        OL([
            "En gemensam plan för morgnarna och för skolgången som gäller i båda hemmen.",
            "Stegvis förskjutning av dygnsrytmen med fasta tider för sänggående och "
            "uppvaknande även på helger.",
            "Fortsatt kontakt med familjebehandlaren från socialtjänsten.",
            "Deltagande i BUP:s föräldragrupp om ångest hos barn med autism under våren.",
        ]),
        H2("Till socialtjänsten"),
        OL([
            "Fortsatt samordning genom samordnad individuell plan, med uppföljning var "
            "sjätte vecka.",
            "Stöd i hemmet under morgnarna under återgången till skolan.",
            "Bedömning av behovet av en kontaktperson eller en fritidsaktivitet med stöd, så "
            "att Alva får fler sociala sammanhang utanför hemmet.",
            "Stöd till pappa i hur han kan återupprätta kontakten med Alva.",
        ]),
        H2("Från BUP"),
        OL([
            "Fortsatt KBT med inriktning mot ångest och skolfrånvaro varje vecka, med "
            "exponering i samarbete med skolan.",
            "Fortsatt läkemedelsbehandling med uppföljning hos läkare var tredje månad.",
            "Föräldrastöd genom kurator, med samtal varannan vecka under våren.",
            "Ny bedömning av funktionsnivå och symtom i juni 2026.",
        ]),
        H1("Underskrifter"),
        LINE("Hallsjö %s" % REPORT_DATE),
        SP(1.4),
        LINE(PSYKOLOG.name),
        LINE("Leg. psykolog"),
        SP(1.4),
        LINE(OVERLAKARE.name),
        LINE("Överläkare, specialist i barn- och ungdomspsykiatri"),
        SP(1.0),
        P("Kopia till: Vårdnadshavare. Socialtjänsten i Hallsjö kommun, Barn och unga. "
          "Samtliga kopior efter samtycke."),
    ]


# --------------------------------------------------------------------------
# Appendices

# The long appendices are lists and paragraphs rather than tables: Tesseract's layout
# analysis reads a long table (even lines that merely start with equally wide dates)
# column by column, and these pages should measure recognition, not reading order.

def contact_list_blocks(entries):
    by_month = {}
    for e in sorted(entries, key=lambda e: e.when):
        by_month.setdefault((e.when.year, e.when.month), []).append(
            "%d/%d %s (%s)" % (e.when.day, e.when.month, e.kind.lower(), e.author.role.lower()))
    blocks = [
        H1("Bilaga 1. Förteckning över journalförda kontakter"),
        P("Förteckningen omfattar de %d anteckningar som ingår i journalutdraget, månad för "
          "månad i kronologisk ordning, med kontakttyp och yrkesroll." % len(entries)),
    ]
    for (year, month), contacts in sorted(by_month.items()):
        blocks.append(KV("%s %d:" % (MONTHS[month - 1].capitalize(), year),
                         ", ".join(contacts) + "."))
    return blocks


def medication_appendix():
    items = []
    for start, end, text in MEDICATION:
        items.append("%s. Insatt %s, %s." % (text, start.isoformat(),
                                             "utsatt %s" % end.isoformat() if end
                                             else "pågår"))
    return [
        H1("Bilaga 2. Läkemedel"),
        P("Läkemedel förskrivna av BUP Hallsjö under kontakten. Doseringen avser den dos som "
          "gällde under perioden."),
        UL(items),
        P("Alva har inga kända läkemedelsallergier. Inga andra läkemedel är förskrivna av "
          "andra vårdgivare enligt den nationella läkemedelslistan."),
    ]


def growth_appendix():
    rows = [["Datum", "Längd cm", "Vikt kg", "BMI", "Puls", "Blodtryck"]]
    d = day("2022-10-11")
    while d <= day("2025-12-15"):
        if d.weekday() < 5 and d.month != 7:
            height, weight, pulse, bp = vitals_on(d)
            bmi = weight / (height / 100.0) ** 2
            rows.append([d.isoformat(), decimal(height), decimal(weight), decimal(bmi),
                         str(pulse), bp])
        d += dt.timedelta(days=45)
    return [
        H1("Bilaga 3. Tillväxt och vitala parametrar"),
        P("Mätningar vid läkar- och sjuksköterskebesök. Tillväxten följer kurvan under hela "
          "perioden."),
        TABLE([(0, "l"), (140, "r"), (210, "r"), (270, "r"), (330, "r"), (410, "r")], rows),
    ]


SNAP_ITEMS = [
    "Är ofta slarvig eller förbiser detaljer",
    "Har svårt att bibehålla uppmärksamheten",
    "Verkar ofta inte lyssna när man talar till henne",
    "Slutför ofta inte uppgifter",
    "Har svårt att organisera uppgifter",
    "Undviker uppgifter som kräver mental ansträngning",
    "Tappar ofta bort saker",
    "Distraheras lätt av yttre stimuli",
    "Är ofta glömsk i det dagliga livet",
    "Skruvar ofta på sig eller trummar med fingrarna",
    "Lämnar ofta sin plats",
    "Springer eller klättrar i olämpliga situationer",
    "Har svårt att leka eller arbeta lugnt",
    "Är ofta i gång som om hon drevs av en motor",
    "Pratar ofta överdrivet mycket",
    "Svarar ofta innan frågan är färdigställd",
    "Har ofta svårt att vänta på sin tur",
    "Avbryter eller tränger sig ofta på andra",
    "Tappar ofta humöret",
    "Grälar ofta med vuxna",
    "Trotsar ofta vuxnas regler",
    "Gör ofta saker för att irritera andra",
    "Skyller ofta på andra",
    "Är ofta överkänslig eller lättstött",
    "Är ofta arg och förolämpad",
    "Är ofta hämndlysten",
]


def snap_appendix():
    rng = random.Random(2023050801)
    lines = []
    for i, item in enumerate(SNAP_ITEMS):
        # the first nine items (inattention) were rated higher than the others
        base = 2 if i < 9 else 1
        mother, father, teacher = (max(0, min(3, base + rng.choice([-1, 0, 0, 1])))
                                   for _ in range(3))
        # no item numbers: a column of aligned numbers is read apart from its lines
        lines.append(LINE("%s: mamma %d, pappa %d, lärare %d"
                          % (item, mother, father, teacher)))
    return [
        H1("Bilaga 4. SNAP-IV, svar per påstående 2023"),
        P("Skala: 0 inte alls, 1 lite, 2 ganska mycket, 3 väldigt mycket."),
    ] + lines


def information_appendix():
    return [
        H1("Bilaga 5. Information till familjen"),
        H2("Autism"),
        P("Autism innebär svårigheter med social kommunikation och samspel samt begränsade "
          "och upprepade beteenden, intressen eller aktiviteter. Många med autism har också "
          "en annorlunda sensorisk känslighet, till exempel för ljud, ljus eller beröring. "
          "Svårigheterna finns sedan tidig barndom men kan bli tydligare när kraven ökar, "
          "till exempel vid övergången till högstadiet."),
        P("Flickor med autism upptäcks ofta senare än pojkar, eftersom de ofta anpassar sig "
          "och håller ihop i skolan men blir mycket trötta efteråt. Förutsägbarhet, "
          "tydlighet och möjlighet till återhämtning är viktiga anpassningar."),
        H2("ADHD"),
        P("ADHD innebär svårigheter med att reglera uppmärksamhet, aktivitetsnivå och "
          "impulser. Svårigheterna märks i flera miljöer och påverkar förmågan att planera, "
          "komma igång och slutföra uppgifter. Behandlingen består av kunskap om diagnosen, "
          "anpassningar i skolan och hemmet, föräldrastöd och vid behov läkemedel."),
        H2("Ångest"),
        P("Ångest är en naturlig reaktion på fara, men vid ett ångestsyndrom blir oron så "
          "stark och långvarig att den begränsar vardagen. Undvikande minskar ångesten för "
          "stunden men gör den starkare på sikt. Behandlingen bygger på att gradvis och med "
          "stöd närma sig det som är svårt, så att kroppen och hjärnan lär sig att "
          "situationen går att klara."),
        P("Om ni har frågor är ni välkomna att kontakta mottagningen på telefon vardagar "
          "mellan klockan 8 och 16. Vid akut psykiatriskt behov utanför mottagningens "
          "öppettider kontaktar ni närmaste akutmottagning eller ringer 112."),
    ]


def abbreviations_appendix():
    abbreviations = [
        ("ABAS-3", "Adaptive Behavior Assessment System, tredje upplagan"),
        ("ADI-R", "Autism Diagnostic Interview-Revised"),
        ("ADOS-2", "Autism Diagnostic Observation Schedule, andra upplagan"),
        ("BRIEF-2", "Behavior Rating Inventory of Executive Function"),
        ("BUP", "Barn- och ungdomspsykiatrin"),
        ("C-GAS", "Children's Global Assessment Scale"),
        ("KBT", "Kognitiv beteendeterapi"),
        ("KI", "Konfidensintervall"),
        ("K-SADS-PL", "Strukturerad diagnostisk intervju för barn och ungdomar"),
        ("RCADS", "Revised Child Anxiety and Depression Scale"),
        ("SDQ", "Strengths and Difficulties Questionnaire"),
        ("SIP", "Samordnad individuell plan"),
        ("SRAS-R", "School Refusal Assessment Scale, reviderad"),
        ("WISC-V", "Wechsler Intelligence Scale for Children, femte upplagan")]
    return [H1("Bilaga 6. Förkortningar")] + [KV(short + ":", meaning)
                                              for short, meaning in abbreviations]


# Appendices after the contact list, in printed order; the report generator may leave
# out trailing ones to reach an exact page count.
APPENDICES = [medication_appendix, growth_appendix, snap_appendix, information_appendix,
              abbreviations_appendix]
