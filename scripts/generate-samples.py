#!/usr/bin/env python3
"""Deterministic generator of fictitious scanned sample documents for Sluss.

Writes into OUTDIR (default: samples/ next to this script's parent):
  bup-utredning.pdf   image-only PDF, 300 DPI grey JPEG pages, page 7 upside down
  orosanmalan.tif     2-page bilevel TIFF, CCITT G4, 300 DPI
  lakarintyg.png      8-bit grey PNG, 300 DPI, page scanned sideways (90 deg cw)
  skolyttrande.jpg    colour JPEG, 300 DPI, yellowish paper
  polisanmalan.pdf    image-only PDF, 200 DPI grey JPEG pages
  beslut.pdf          born-digital PDF with a text layer (reportlab, invariant)
  blandad-bunt.pdf    image-only PDF, 200 DPI grey JPEG pages: a mixed stack of five
                      documents for four cases with Sluss cover sheets (QR code) between
                      them, one sheet upside down, one with its code crossed out
  .ground-truth/NAME.EXT.txt  printed text, pages separated by form feed
  .ground-truth/manifest.json

Every person, address, case number and personnummer is fictitious. The
personnummer carry a valid Luhn check digit. Randomness (skew, noise) comes
from fixed seeds, so two runs give byte-identical files with the same pinned
Python packages (scripts/requirements-samples.txt) and the same Debian fonts
(fonts-liberation2, fonts-dejavu-core).

Layout rule: single column, one printed line per ground-truth line, table
rows on one line, nothing placed side by side on a line, so that OCR reading
order equals ground-truth order.
"""

import argparse
import io
import json
import os
import re
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

# --------------------------------------------------------------------------
# Fonts (Debian packages fonts-liberation2 and fonts-dejavu-core)

FONT_FILES = {
    "lserif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "lserif-b": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "lsans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "lsans-b": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "dserif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "dserif-b": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "dsans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dsans-b": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}

FONT_NAMES = {
    "lserif": "Liberation Serif",
    "lsans": "Liberation Sans",
    "dserif": "DejaVu Serif",
    "dsans": "DejaVu Sans",
}

_font_cache = {}


def pil_font(key, size_px):
    k = (key, size_px)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(
            FONT_FILES[key], size_px, layout_engine=ImageFont.Layout.BASIC)
    return _font_cache[k]


# --------------------------------------------------------------------------
# Personnummer (fictitious, valid check digit)

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_valid(ten):
    return luhn_digit(ten[:9]) == ten[9]


def personnummer(yymmdd, serial3):
    """YYMMDD-NNNC with the Luhn check digit C over YYMMDDNNN."""
    nine = yymmdd + serial3
    pnr = "%s-%s%s" % (yymmdd, serial3, luhn_digit(nine))
    assert luhn_valid(pnr.replace("-", ""))
    return pnr


# --------------------------------------------------------------------------
# Layout: documents are lists of blocks, laid out in points on A4 pages.

A4_W, A4_H = 595.276, 841.89


class Style:
    def __init__(self, body="lserif", size=11.0, leading=1.45, h1=13.0, h2=11.5,
                 para_gap=0.55, h1_gap=1.1, h2_gap=0.7, bold=None, title=16.0):
        self.body = body
        self.bold = bold or body + "-b"
        self.size = size
        self.leading = leading
        self.h1 = h1
        self.h2 = h2
        self.title = title
        self.para_gap = para_gap      # in body lines
        self.h1_gap = h1_gap
        self.h2_gap = h2_gap


class Geometry:
    def __init__(self, left=70.0, right=62.0, top=60.0, bottom=70.0,
                 width=A4_W, height=A4_H):
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width, self.height = width, height

    @property
    def text_width(self):
        return self.width - self.left - self.right


# Block constructors -------------------------------------------------------

def P(text, indent=0.0):
    return ("p", text, indent)


def H1(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def TITLE(text, size=None):
    return ("title", text, size)


def LINE(text, bold=False, size=None, align="left", color=None):
    return ("line", text, bold, size, align, color)


def KV(label, value):
    return ("kv", label, value)


def UL(items, marker="-"):
    return ("list", items, marker)


def OL(items):
    return ("list", items, None)


def TABLE(cols, rows, header=True):
    """cols: [(x offset pt from left margin, 'l' or 'r')]; rows: lists of cells."""
    return ("table", cols, rows, header)


def SP(lines=1.0):
    return ("space", lines)


def PB():
    return ("pagebreak",)


class Item:
    """One run of text on a line: x in pt, anchor 'l', 'r' or 'm' (centre)."""
    __slots__ = ("x", "text", "font", "size", "anchor", "color")

    def __init__(self, x, text, font, size, anchor="l", color=None):
        self.x, self.text, self.font, self.size = x, text, font, size
        self.anchor, self.color = anchor, color


class Line:
    __slots__ = ("y", "items", "truth")

    def __init__(self, y, items, truth):
        self.y, self.items, self.truth = y, items, truth


NBSP = "\u00a0"
# never break a line between a number and what belongs to it ("3 §", "14 %",
# "3 kap.", "450 kr", "18 450")
_GLUE = re.compile(r"(\d) (?=(§|%|kap\.|kr\b|\d{3}\b))")


def wrap(text, width, measure, font, size):
    words = _GLUE.sub("\\1" + NBSP, " ".join(text.split())).split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if cur and measure(cand.replace(NBSP, " "), font, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return [ln.replace(NBSP, " ") for ln in lines]


def layout(blocks, geom, style, measure, first_top=None):
    """Lay blocks out on pages. Returns a list of pages, each a list of Line."""
    pages = [[]]
    lh = style.size * style.leading
    top = geom.top
    bottom_limit = geom.height - geom.bottom
    state = {"y": first_top if first_top is not None else top}

    def new_page():
        pages.append([])
        state["y"] = top

    def room(h):
        return state["y"] + h <= bottom_limit

    def emit(items, truth, size, lead=None):
        h = size * (lead or style.leading)
        if not room(h):
            new_page()
        base = state["y"] + size * 1.0
        pages[-1].append(Line(base, items, truth))
        state["y"] += h

    def gap(lines):
        if pages[-1] or state["y"] > top:
            state["y"] += lines * lh
            if state["y"] > bottom_limit:
                new_page()

    L = geom.left
    W = geom.text_width
    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            if pages[-1]:
                new_page()
        elif kind == "space":
            gap(b[1])
        elif kind in ("h1", "h2", "title"):
            if kind == "title":
                size = b[2] or style.title
                g = 0.3
            else:
                size = style.h1 if kind == "h1" else style.h2
                g = style.h1_gap if kind == "h1" else style.h2_gap
            if pages[-1]:
                state["y"] += g * lh
            # keep with next: heading plus two body lines
            if not room(size * style.leading + 2 * lh):
                new_page()
            for ln in wrap(b[1], W, measure, style.bold, size):
                emit([Item(L, ln, style.bold, size)], ln, size)
            state["y"] += 0.15 * lh
        elif kind == "line":
            _, text, bold, size, align, color = b
            size = size or style.size
            font = style.bold if bold else style.body
            if align == "center":
                it = Item(L + W / 2, text, font, size, "m", color)
            elif align == "right":
                it = Item(L + W, text, font, size, "r", color)
            else:
                it = Item(L, text, font, size, "l", color)
            emit([it], text, size)
        elif kind == "p":
            _, text, indent = b
            for ln in wrap(text, W - indent, measure, style.body, style.size):
                emit([Item(L + indent, ln, style.body, style.size)], ln, style.size)
            state["y"] += style.para_gap * lh
        elif kind == "kv":
            _, label, value = b
            lw = measure(label + " ", style.bold, style.size)
            vlines = wrap(value, W - lw, measure, style.body, style.size) or [""]
            for i, ln in enumerate(vlines):
                items = []
                if i == 0:
                    items.append(Item(L, label, style.bold, style.size))
                if ln:
                    items.append(Item(L + lw, ln, style.body, style.size))
                truth = (label + " " + ln if i == 0 else ln).strip()
                emit(items, truth, style.size)
            state["y"] += 0.15 * lh
        elif kind == "list":
            _, items, marker = b
            for n, text in enumerate(items, 1):
                # marker and first line are one run (no gap that OCR could take for a
                # column); continuation lines get a hanging indent
                mk = marker if marker else "%d." % n
                ind = measure(mk + " ", style.body, style.size)
                lines = wrap(mk + " " + text, W - ind, measure, style.body, style.size)
                for i, ln in enumerate(lines):
                    x = L if i == 0 else L + ind
                    emit([Item(x, ln, style.body, style.size)], ln, style.size)
                state["y"] += 0.2 * lh
            state["y"] += style.para_gap * lh
        elif kind == "table":
            _, cols, rows, header = b
            if not room(lh * min(len(rows), 4)):
                new_page()
            for r, row in enumerate(rows):
                font = style.bold if (header and r == 0) else style.body
                its = []
                for (x, al), cell in zip(cols, row):
                    if cell:
                        its.append(Item(L + x, cell, font, style.size, al))
                emit(its, " ".join(c for c in row if c), style.size)
            state["y"] += style.para_gap * lh
        else:
            raise ValueError(kind)
    if not pages[-1]:
        pages.pop()
    return pages


def truth_of(pages):
    out = []
    for page in pages:
        lines = sorted(page, key=lambda ln: ln.y)
        out.append("\n".join(ln.truth.rstrip() for ln in lines))
    return "\f".join(out) + "\n"


# --------------------------------------------------------------------------
# Rendering pages to images

def a4_pixels(dpi):
    return int(round(210 / 25.4 * dpi)), int(round(297 / 25.4 * dpi))


def pil_measure(dpi):
    scale = dpi / 72.0

    def measure(text, font, size):
        return pil_font(font, int(round(size * scale))).getlength(text) / scale
    return measure


def render_page(lines, dpi, mode="L", ink=(28, 28, 30)):
    """Draw lines (Line objects in pt) on a white page; returns the ink image."""
    w, h = a4_pixels(dpi)
    scale = dpi / 72.0
    img = Image.new(mode, (w, h), 255 if mode == "L" else (255, 255, 255))
    draw = ImageDraw.Draw(img)
    default = ink[0] if mode == "L" else ink
    for ln in lines:
        for it in ln.items:
            f = pil_font(it.font, int(round(it.size * scale)))
            fill = default
            if it.color is not None and mode != "L":
                fill = it.color
            draw.text((it.x * scale, ln.y * scale), it.text, font=f, fill=fill,
                      anchor=it.anchor + "s")
    return img


def scan(ink_img, rng, skew_cw, blur=0.7, paper=(244,), texture=3.0,
         fine=0.0, speckles=400, sensor=0.0):
    """Simulate a flatbed/ADF scan of a printed page.

    ink_img: white page with text ('L' or 'RGB'); skew_cw: degrees clockwise.
    Returns a float32 array (h, w) or (h, w, 3), values 0..255 (unclipped).
    """
    rot = ink_img.rotate(-skew_cw, resample=Image.BICUBIC, expand=False,
                         fillcolor=255 if ink_img.mode == "L" else (255, 255, 255))
    if blur > 0:
        rot = rot.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(rot, dtype=np.float32) / 255.0
    h, w = a.shape[:2]
    # paper: smooth low-frequency texture plus an optional finer grain
    def smooth(cell, amp):
        sh, sw = h // cell + 3, w // cell + 3
        small = rng.normal(0.0, 1.0, (sh, sw)).astype(np.float32)
        big = Image.fromarray(small, mode="F").resize(
            (sw * cell, sh * cell), Image.BICUBIC)
        return np.asarray(big, dtype=np.float32)[:h, :w] * amp
    tex = smooth(64, texture)
    if fine > 0:
        tex = tex + smooth(6, fine)
    if a.ndim == 3:
        base = np.array(paper, dtype=np.float32).reshape(1, 1, 3)
        out = (base + tex[:, :, None]) * a
    else:
        out = (paper[0] + tex) * a
    # speckles: dust and toner dots, mostly light, a few darker
    n = speckles
    ys = rng.integers(0, h - 3, n)
    xs = rng.integers(0, w - 3, n)
    sizes = rng.integers(1, 3, n)
    vals = rng.uniform(110.0, 215.0, n).astype(np.float32)
    for y, x, s, v in zip(ys.tolist(), xs.tolist(), sizes.tolist(), vals.tolist()):
        region = out[y:y + s, x:x + s]
        np.minimum(region, v, out=region)
    if sensor > 0:
        out = out + rng.normal(0.0, sensor, out.shape).astype(np.float32)
    return out


def to_uint8(arr):
    return np.clip(np.rint(arr), 0, 255).astype(np.uint8)


def jpeg_bytes(img, quality, dpi):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=True, dpi=(dpi, dpi),
             subsampling=2 if img.mode == "RGB" else 0)
    return buf.getvalue()


# --------------------------------------------------------------------------
# Minimal image-only PDF writer (one JPEG per page, no text layer)

def _num(x):
    s = "%.4f" % x
    return s.rstrip("0").rstrip(".")


def write_image_pdf(path, pages, dpi, title, producer):
    """pages: list of (jpeg bytes, width px, height px, 'DeviceGray'|'DeviceRGB')."""
    objs = {}
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 info, then 3 per page
    kids = []
    for i, (data, w, h, cs) in enumerate(pages):
        po, co, io_ = 4 + 3 * i, 5 + 3 * i, 6 + 3 * i
        kids.append(po)
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = ("q\n%s 0 0 %s 0 0 cm\n/Im%d Do\nQ\n" % (_num(pw), _num(ph), i + 1)).encode()
        objs[po] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] "
                    "/Resources << /XObject << /Im%d %d 0 R >> >> /Contents %d 0 R >>"
                    % (_num(pw), _num(ph), i + 1, io_, co)).encode()
        objs[co] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[io_] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d "
                     b"/ColorSpace /%s /BitsPerComponent 8 /Filter /DCTDecode "
                     b"/Length %d >>\nstream\n" % (w, h, cs.encode(), len(data))
                     + data + b"\nendstream")
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Count %d /Kids [%s] >>"
               % (n_pages, " ".join("%d 0 R" % k for k in kids))).encode()
    objs[3] = ("<< /Title (%s) /Producer (%s) >>" % (title, producer)).encode("latin-1")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, xref))
    with open(path, "wb") as f:
        f.write(bytes(out))


def add_furniture(pages, geom, style, header=None, footer="Sida {n} av {m}",
                  first_header=False, footer_size=None, header_size=None):
    """Running header (pages 2.., or all with first_header) and footer lines."""
    m = len(pages)
    fs = footer_size or style.size - 1
    hs = header_size or style.size - 1.5
    for i, page in enumerate(pages, 1):
        if header and (i > 1 or first_header):
            page.append(Line(geom.top - 26.0, [Item(geom.left, header, style.body, hs)],
                             header))
        if footer:
            text = footer.format(n=i, m=m)
            page.append(Line(geom.height - geom.bottom + 34.0,
                             [Item(geom.left + geom.text_width / 2, text, style.body, fs, "m")],
                             text))
        page.sort(key=lambda ln: ln.y)
    return pages


# --------------------------------------------------------------------------
# Fictitious people

class Person:
    def __init__(self, first, last, yymmdd, serial, middle=""):
        self.first, self.middle, self.last = first, middle, last
        self.pnr = personnummer(yymmdd, serial)

    @property
    def name(self):
        return " ".join(x for x in (self.first, self.middle, self.last) if x)

    @property
    def short(self):
        return "%s %s" % (self.first, self.last)


MANS = Person("Måns", "Åkesson", "140521", "539", middle="Erik")
JENNY = Person("Jenny", "Åkesson", "870914", "228")
TOBIAS = Person("Tobias", "Nordström", "850302", "471")
NORA = Person("Nora", "Sjöberg", "191003", "684", middle="Elvira")
LINDA = Person("Linda", "Sjöberg", "910127", "046")
MARCUS = Person("Marcus", "Sjöberg", "890816", "153")
ELIAS = Person("Elias", "Karimi Strand", "100812", "317")
SHIRIN = Person("Shirin", "Karimi", "780419", "862")
JONAS = Person("Jonas", "Strand", "760923", "095")


# --------------------------------------------------------------------------
# 1. BUP-utredning (neuropsychiatric investigation)

def bup_blocks():
    m = MANS
    return [
        LINE("Region Mälarvik", bold=True, size=15),
        LINE("Barn- och ungdomspsykiatrin (BUP) Hallsjö", bold=True, size=12.5),
        LINE("Neuropsykiatriska utredningsenheten"),
        LINE("Kvarngatan 12, 734 31 Hallsjö"),
        LINE("Telefon 08-465 004 12"),
        SP(1.2),
        TITLE("Neuropsykiatrisk utredning", 17),
        LINE("Utlåtande efter avslutad utredning"),
        SP(0.6),
        KV("Patient:", m.name),
        KV("Personnummer:", m.pnr),
        KV("Adress:", "Lärkvägen 7 B, 734 40 Hallsjö"),
        KV("Vårdnadshavare:", "%s (mamma) och %s (pappa), gemensam vårdnad"
           % (JENNY.short, TOBIAS.short)),
        KV("Remissnummer:", "BUP-R 2025-1187"),
        KV("Utredningsperiod:", "2025-09-08 till 2026-01-14"),
        KV("Utredare:", "Karin Holmgren, leg. psykolog, och Ahmed Rashidi, överläkare, "
           "specialist i barn- och ungdomspsykiatri"),
        KV("Utlåtandet daterat:", "2026-01-22"),
        SP(0.4),
        P("Handlingen innehåller uppgifter som omfattas av sekretess enligt 25 kap. 1 § "
          "offentlighets- och sekretesslagen (2009:400). Utlåtandet lämnas ut till "
          "socialtjänsten efter samtycke från båda vårdnadshavarna."),

        H1("Remiss"),
        P("Remiss inkom 2025-05-12 från Elevhälsan vid Ekbackeskolan i Hallsjö kommun, "
          "utfärdad av skolläkare Maria Lindahl efter samråd med skolpsykolog och "
          "vårdnadshavare. Remissen avser en neuropsykiatrisk utredning av Måns, då tio år "
          "och elev i årskurs 4. Som skäl anges långvariga koncentrationssvårigheter, "
          "impulsivitet, svårigheter att komma igång med och slutföra skoluppgifter samt en "
          "ökande skolfrånvaro under vårterminen 2025."),
        P("Av remissen framgår att skolan sedan hösten 2023 har arbetat med extra "
          "anpassningar och att ett åtgärdsprogram upprättades i februari 2025. Trots detta "
          "bedöms Måns inte nå de kunskapskrav som minst ska uppnås i svenska och matematik. "
          "Skolan beskriver också återkommande konflikter med kamrater på raster och i "
          "omklädningsrummet."),
        P("Remissen bedömdes vid BUP:s mottagningsenhet 2025-05-20 och Måns placerades på "
          "väntelista för neuropsykiatrisk utredning. Ett första bedömningssamtal genomfördes "
          "2025-06-03 tillsammans med Måns och båda vårdnadshavarna."),

        H1("Frågeställning"),
        P("Utredningen har utgått från följande frågeställningar, som formulerades "
          "tillsammans med familjen vid bedömningssamtalet:"),
        OL([
            "Har Måns en neuropsykiatrisk funktionsnedsättning, i första hand ADHD, som kan "
            "förklara hans svårigheter med uppmärksamhet, aktivitetsnivå och impulskontroll?",
            "Finns det tecken på autismspektrumtillstånd som behöver utredas vidare?",
            "Hur ser Måns kognitiva förutsättningar ut, och finns det specifika "
            "inlärningssvårigheter som påverkar hans skolsituation?",
            "Finns det andra psykiatriska tillstånd, till exempel ångest, nedstämdhet eller "
            "traumarelaterade besvär, som behöver beaktas?",
            "Vilka anpassningar och insatser behöver Måns i skolan, i hemmet och från vården?",
        ]),

        H1("Utredningens genomförande"),
        P("Utredningen har genomförts av leg. psykolog och överläkare i samarbete. "
          "Information har inhämtats från Måns, från båda vårdnadshavarna, från skolan och från "
          "journalhandlingar från barnhälsovården. Båda vårdnadshavarna har lämnat samtycke till "
          "att information inhämtas från skola och elevhälsa. Följande moment har ingått:"),
        TABLE([(0, "l"), (92, "l")], [
            ["Datum", "Moment"],
            ["2025-06-03", "Bedömningssamtal med Måns och vårdnadshavare"],
            ["2025-09-08", "Anamnesintervju med båda vårdnadshavarna"],
            ["2025-09-15", "Psykologbesök 1, WISC-V del 1"],
            ["2025-09-22", "Psykologbesök 2, WISC-V del 2 och samtal med Måns"],
            ["2025-09-30", "Skolobservation i klass 5B, Ekbackeskolan"],
            ["2025-10-06", "Psykologbesök 3, uppmärksamhetstest och intervju"],
            ["2025-10-13", "Intervju med vårdnadshavare enligt K-SADS-PL"],
            ["2025-10-20", "Telefonintervju med klasslärare och specialpedagog"],
            ["2025-11-03", "Läkarbesök med somatisk och neurologisk undersökning"],
            ["2025-11-17", "Psykologbesök 4, ADOS-2 modul 3"],
            ["2025-12-01", "Sammanställning av skattningsskalor"],
            ["2026-01-14", "Återgivningssamtal med Måns och vårdnadshavare"],
        ]),

        H1("Bakgrund"),
        H2("Familj och boende"),
        P("Måns bor sedan föräldrarnas separation 2019 huvudsakligen hos sin mamma Jenny "
          "Åkesson i en trerumslägenhet i centrala Hallsjö tillsammans med sin lillasyster "
          "Ella, född 2018. Pappa Tobias Nordström bor i Västerby, cirka fyra mil från Hallsjö, "
          "med sin sambo och hennes två barn. Enligt föräldrarnas överenskommelse har Måns "
          "umgänge med pappa varannan helg från fredag till söndag, men umgänget har under det "
          "senaste året blivit alltmer oregelbundet."),
        P("Mamma arbetar deltid som undersköterska inom hemtjänsten med delade turer och "
          "helgtjänstgöring. Pappa arbetar som lastbilschaufför och är ofta borta flera dagar i "
          "sträck. Båda föräldrarna beskriver en ansträngd ekonomi. Familjen har tidigare haft "
          "kontakt med socialtjänsten i Hallsjö kommun, dels i form av ekonomiskt bistånd under "
          "2022, dels genom en utredning under hösten 2024 efter en orosanmälan från skolan. "
          "Den utredningen avslutades utan insats enligt uppgift från mamma."),
        H2("Hereditet"),
        P("På mammas sida finns uppgifter om dyslexi hos en morbror och om depression hos "
          "mormor. Mamma beskriver att hon själv hade svårt i skolan, särskilt med att "
          "koncentrera sig och med matematik, men hon har aldrig blivit utredd. På pappas sida "
          "finns uppgifter om ADHD hos en kusin och om alkoholproblem hos farfar. Pappa "
          "beskriver sig själv som rastlös och impulsiv som barn och berättar att han ofta "
          "hamnade i konflikter i skolan. Det finns inga kända uppgifter om autism, epilepsi "
          "eller psykossjukdom i släkten."),
        H2("Psykosocial situation"),
        P("Under utredningen har det framkommit att konflikterna mellan föräldrarna har varit "
          "omfattande, framför allt under de första åren efter separationen. Måns har vid flera "
          "tillfällen bevittnat högljudda gräl vid överlämningar. Mamma beskriver att hon under "
          "perioder har varit mycket trött och nedstämd och att hon har haft svårt att orka med "
          "vardagen. Hon har sedan hösten 2025 kontakt med vårdcentralen för egen del."),
        P("Vid anamnesintervjun berättade mamma att hon periodvis har druckit mer alkohol än "
          "tidigare för att kunna sova, och att hon förstår att detta har påverkat barnen. "
          "Hon har själv tagit upp detta med sin läkare på vårdcentralen. BUP har informerat "
          "båda föräldrarna om hälso- och sjukvårdens skyldighet att anmäla oro för barn till "
          "socialtjänsten. En orosanmälan lämnades i samråd med mamma 2025-10-14."),
        P("Pappa beskriver att han är orolig för hur Måns har det hemma, men att han inte "
          "har möjlighet att ha Måns boende hos sig på grund av sina arbetstider. Han uppger att "
          "han vill ha mer kontakt med Måns och att han gärna deltar i fortsatta insatser."),

        H1("Anamnes"),
        H2("Aktuella svårigheter"),
        P("Båda föräldrarna beskriver att Måns sedan förskoleåldern har haft svårt att "
          "koncentrera sig på sådant som inte intresserar honom. Han tappar bort saker nästan "
          "dagligen, glömmer vad han ska göra när han har fått flera instruktioner på en gång "
          "och har svårt att komma i väg på morgonen. Läxor leder ofta till konflikter och "
          "gråt, och mamma berättar att hon under det senaste året har slutat försöka få honom "
          "att göra läxorna eftersom det slutar i bråk."),
        P("Måns beskrivs som snabb i tanken, rolig och omtänksam, men också som lättretlig "
          "och explosiv när han blir avbruten eller när något inte blir som han har tänkt sig. "
          "Utbrotten går oftast över inom en kvart, och efteråt blir han ledsen och säger att "
          "han är dum i huvudet. Mamma beskriver att utbrotten har blivit fler under det "
          "senaste halvåret, framför allt på kvällarna och inför skoldagar."),
        P("Måns har svårt att vänta på sin tur, pratar ofta rakt ut och avbryter andra. Han "
          "har svårt att sitta still vid måltider och under längre bilresor. Han har enligt "
          "föräldrarna aldrig skadat sig själv eller någon annan allvarligt, men han har vid "
          "några tillfällen kastat saker i ilska."),
        H2("Sömn, mat och hälsa"),
        P("Måns har sedan flera år svårt att somna på kvällarna. Han somnar sällan före "
          "klockan 23 på vardagar och ofta senare på helgerna. Han använder mobiltelefon och "
          "spelkonsol sent på kvällen, och mamma beskriver att det är svårt att sätta gränser "
          "för skärmtiden. Han vaknar sällan på natten men är mycket trött på morgonen och har "
          "svårt att komma upp."),
        P("Aptiten är ojämn. Han äter ofta ingen frukost och är hungrig när han kommer hem "
          "från skolan. Han har enligt skolan ibland inte ätit lunch. Måns har under det "
          "senaste året klagat på huvudvärk och ont i magen på morgnarna, framför allt på "
          "måndagar. Han har inga kända allergier och tar inga regelbundna läkemedel."),
        H2("Kamratrelationer och fritid"),
        P("Måns har en nära kompis i klassen som han har känt sedan förskolan. Han har "
          "tidigare spelat fotboll i den lokala klubben men slutade för ett år sedan efter "
          "konflikter med en tränare. Han tycker om att spela datorspel, bygga med lego och "
          "titta på filmklipp om djur och historia. Han har svårt att hantera förluster i spel "
          "och hamnar lätt i bråk när han leker med flera barn samtidigt."),
        H2("Måns egen beskrivning"),
        P("I samtal berättar Måns att det är svårt att lyssna när läraren pratar länge och att "
          "han tänker på annat. Han tycker att matte är det värsta ämnet eftersom han inte "
          "hinner tänka klart innan de andra är färdiga. Det bästa med skolan är rasterna och "
          "idrotten. Han säger att han ofta blir arg fast han inte vill det, och att han ibland "
          "är ledsen på kvällarna utan att veta varför. Han berättar att han oroar sig för "
          "mamma när hon är trött och att han ibland hjälper lillasyster att göra sig i ordning "
          "på morgonen."),

        H1("Utvecklingshistoria"),
        H2("Graviditet och förlossning"),
        P("Graviditeten beskrivs som normal. Mamma rökte under de första veckorna men slutade "
          "när hon fick veta att hon var gravid. Inga kända infektioner eller komplikationer "
          "under graviditeten. Måns föddes i graviditetsvecka 38 med normal förlossning. "
          "Födelsevikten var 3240 gram och Apgarpoängen var 9, 10 och 10. Nyföddhetsperioden "
          "var okomplicerad."),
        H2("Spädbarnstid och tidig utveckling"),
        P("Under de första månaderna hade Måns kolik och sov oroligt. Han beskrivs som ett "
          "vaket och aktivt spädbarn som hade svårt att komma till ro. Den motoriska "
          "utvecklingen var tidig: han satt utan stöd vid sex månader och gick utan stöd vid "
          "elva månaders ålder. Han klättrade tidigt och föräldrarna beskriver att han var "
          "tvungen att ha ständig tillsyn eftersom han inte såg faror."),
        P("Språkutvecklingen var något sen. De första orden kom vid cirka femton månader och "
          "tvåordsmeningar vid två och ett halvt års ålder. Vid BVC:s treårskontroll noterades "
          "uttalssvårigheter, och Måns fick kontakt med logoped under ett år. Därefter har "
          "språket utvecklats åldersadekvat enligt föräldrarna."),
        H2("Förskoletid"),
        P("Måns började på förskolan vid ett och ett halvt års ålder. Personalen beskrev honom "
          "som glad och nyfiken men mycket aktiv. Han hade svårt att delta i samlingar, sprang "
          "ofta iväg och hamnade i konflikter när han lekte med andra barn. Under det sista "
          "året på förskolan fick han extra stöd av en resursperson under vissa delar av dagen. "
          "Någon utredning gjordes inte under förskoletiden."),
        H2("Barnhälsovård och tidigare kontakter"),
        P("Av journalen från barnhälsovården framgår att Måns har följt det ordinarie "
          "programmet. Vid fyraårsbesöket noterade BVC-sjuksköterskan att han var lätt att "
          "avleda och hade svårt att genomföra testuppgifterna. Syn och hörsel har kontrollerats "
          "vid upprepade tillfällen och varit normala. Måns har inte tidigare haft kontakt med "
          "BUP eller med barn- och ungdomsmedicinsk mottagning."),

        H1("Skolsituation"),
        H2("Skolgång"),
        P("Måns har gått på Ekbackeskolan sedan förskoleklass och går nu i årskurs 5 i en "
          "klass med 26 elever. Klassen har en klasslärare, Anna Sundberg, som undervisar i de "
          "flesta ämnen. Måns har stöd av specialpedagog två lektioner i veckan i svenska och "
          "matematik. Skolan har sedan hösten 2023 arbetat med extra anpassningar, till exempel "
          "bildstöd, tydliga instruktioner och möjlighet att arbeta i ett mindre grupprum."),
        H2("Skolans beskrivning"),
        P("Klassläraren beskriver Måns som en elev med god muntlig förmåga som ofta bidrar med "
          "intressanta tankar i diskussioner, framför allt i historia och biologi. Samtidigt har "
          "han stora svårigheter att komma igång med skriftliga uppgifter. Han behöver "
          "individuella instruktioner efter genomgångar och tappar snabbt fokus när han ska "
          "arbeta självständigt. Han lämnar ofta klassrummet utan att fråga och kommer tillbaka "
          "först efter påminnelse."),
        P("Läsningen är långsam men korrekt, och läsförståelsen bedöms vara i nivå med "
          "åldern när texten läses högt för honom. Stavningen är ojämn. I matematik har han "
          "svårt med multiplikationstabellerna och med textuppgifter i flera steg. Han ger "
          "lätt upp när en uppgift känns svår och säger då att han inte kan."),
        P("Specialpedagogen beskriver att Måns fungerar betydligt bättre i liten grupp och "
          "när uppgifterna är korta och tydligt avgränsade. Han blir då mer motiverad och kan "
          "arbeta i upp till tjugo minuter utan avbrott."),
        H2("Frånvaro"),
        P("Måns frånvaro har ökat under de senaste terminerna. Under läsåret 2024/2025 var den "
          "totala frånvaron 14 procent, varav huvuddelen anmäld sjukfrånvaro. Under "
          "höstterminen 2025 var frånvaron 23 procent. Frånvaron är koncentrerad till måndagar "
          "och till första lektionen på morgonen. Skolan har vid flera tillfällen inte fått "
          "någon frånvaroanmälan från hemmet."),
        H2("Skolobservation"),
        P("Psykologen observerade Måns i skolan 2025-09-30 under en lektion i svenska, en "
          "lektion i matematik och en rast. Under svenskalektionen satt Måns längst fram vid ett "
          "eget bord. Under den gemensamma genomgången, som varade i cirka tolv minuter, vände "
          "han sig om vid nio tillfällen, pillade med en penna och ritade i sitt block. När "
          "eleverna fick en skrivuppgift satt han passiv i nästan fem minuter innan läraren "
          "kom fram och hjälpte honom att börja."),
        P("Under matematiklektionen arbetade eleverna i par. Måns hade svårt att vänta på sin "
          "tur, tog pennan från sin kamrat och blev irriterad när kamraten protesterade. När "
          "läraren flyttade honom till grupprummet tillsammans med specialpedagogen arbetade "
          "han koncentrerat i drygt femton minuter och löste flera uppgifter korrekt."),
        P("På rasten spelade Måns fotboll med en grupp pojkar. Han var engagerad och glad men "
          "hamnade i en högljudd diskussion om en regel och lämnade spelet. Han gick därefter "
          "ensam runt skolgården fram till rastens slut. Rastvärden beskrev detta som ett "
          "vanligt mönster."),

        PB(),
        H1("Psykologbedömning"),
        H2("Testsituation och allmänt intryck"),
        P("Måns har träffat psykologen vid fyra tillfällen. Han kom till besöken tillsammans "
          "med sin mamma, vid ett tillfälle med sin pappa. Han var vid samtliga tillfällen "
          "vänlig och samarbetsvillig och tog lätt kontakt. Han berättade gärna om sina "
          "intressen och hade god ögonkontakt. Under längre testmoment blev han rastlös, "
          "reste sig upp, gungade på stolen och behövde återkommande påminnelser för att "
          "återgå till uppgiften."),
        P("Testningen genomfördes på förmiddagar med korta pauser var tjugonde minut. Måns "
          "arbetade bättre i början av varje pass och blev märkbart tröttare och mer "
          "okoncentrerad mot slutet. Resultaten bedöms trots detta vara tillförlitliga och ge en "
          "rättvisande bild av hans förmågor i en strukturerad situation med en vuxen."),
        H2("Kognitiv bedömning med WISC-V"),
        P("Måns har bedömts med Wechsler Intelligence Scale for Children, femte upplagan "
          "(WISC-V), svensk version. Resultaten redovisas som indexpoäng med medelvärdet 100 och "
          "standardavvikelsen 15, som percentiler och med 95-procentigt konfidensintervall (KI)."),
        TABLE([(0, "l"), (262, "r"), (335, "r"), (420, "r")], [
            ["Index", "Indexpoäng", "Percentil", "95 % KI"],
            ["Verbal förståelse (VFI)", "102", "55", "95-109"],
            ["Visuospatial förmåga (VSI)", "97", "42", "89-105"],
            ["Fluid slutledning (FRI)", "94", "34", "87-102"],
            ["Arbetsminne (AMI)", "79", "8", "73-88"],
            ["Bearbetningshastighet (BHI)", "75", "5", "69-85"],
            ["Helskala IQ (HIQ)", "88", "21", "83-94"],
        ]),
        P("Skillnaden mellan verbal förståelse och bearbetningshastighet är 27 indexpoäng. "
          "Skillnaden är statistiskt signifikant och ovanlig i normeringsgruppen. Helskala IQ "
          "bedöms därför inte ge en rättvisande bild av Måns samlade förmåga, och resultaten "
          "bör tolkas utifrån de enskilda indexen. Allmänt förmågeindex (GAI), som bygger på "
          "delprov för verbal förståelse, visuospatial förmåga och fluid slutledning, är 98 "
          "vilket motsvarar percentil 45 och ligger inom genomsnittet."),
        H2("Resultat på delprov"),
        P("Delproven redovisas som skalpoäng med medelvärdet 10 och standardavvikelsen 3."),
        TABLE([(0, "l"), (200, "r"), (260, "l")], [
            ["Delprov", "Skalpoäng", "Index"],
            ["Likheter", "11", "VFI"],
            ["Ordförråd", "10", "VFI"],
            ["Blockmönster", "9", "VSI"],
            ["Visuella pussel", "10", "VSI"],
            ["Matriser", "9", "FRI"],
            ["Figurvikter", "9", "FRI"],
            ["Sifferrepetition", "6", "AMI"],
            ["Bildminne", "7", "AMI"],
            ["Kodning", "5", "BHI"],
            ["Symbolletning", "6", "BHI"],
        ]),
        H2("Kommentarer till resultaten"),
        P("Verbal förståelse: Måns har ett väl utvecklat ordförråd och kan resonera kring "
          "likheter mellan begrepp på ett åldersadekvat sätt. Han gav ofta utförliga svar och "
          "visade god förmåga att uttrycka sig muntligt. Resultatet ligger inom genomsnittet."),
        P("Visuospatial förmåga: Måns arbetade metodiskt med blockmönster och visuella pussel "
          "när uppgifterna var korta. På de svårare uppgifterna blev han otålig och gissade. "
          "Resultatet ligger inom genomsnittet."),
        P("Fluid slutledning: Förmågan att se mönster och regler i nytt material ligger inom "
          "genomsnittet. Måns svarade snabbt, ibland innan han hade tittat på alla "
          "svarsalternativ, vilket ledde till några slarvfel."),
        P("Arbetsminne: Resultatet ligger under genomsnittet. Måns hade svårt att hålla flera "
          "siffror i huvudet samtidigt och att bearbeta informationen, till exempel att säga "
          "siffrorna i omvänd ordning. Svårigheterna stämmer väl med skolans och föräldrarnas "
          "beskrivning av att han glömmer instruktioner i flera led."),
        P("Bearbetningshastighet: Resultatet ligger klart under genomsnittet. Måns arbetade "
          "ojämnt, tappade fokus under uppgiften och behövde påminnas om att fortsätta. Det "
          "låga resultatet påverkar hans möjlighet att hinna med i skolarbetet och innebär att "
          "han behöver mer tid för skriftliga uppgifter och prov."),
        H2("Datoriserat uppmärksamhetstest"),
        P("Måns genomförde ett datoriserat test av uppmärksamhet och impulskontroll som varar "
          "i fjorton minuter. Resultaten redovisas som T-värden där 50 är medelvärdet och värden "
          "över 60 tyder på svårigheter."),
        TABLE([(0, "l"), (220, "r"), (250, "l")], [
            ["Mått", "T-värde", "Tolkning"],
            ["Utelämnanden", "68", "Förhöjt"],
            ["Felaktiga svar", "64", "Förhöjt"],
            ["Reaktionstid", "47", "Genomsnitt"],
            ["Variabilitet i reaktionstid", "71", "Kraftigt förhöjt"],
            ["Perseverationer", "52", "Genomsnitt"],
        ]),
        P("Profilen visar ouppmärksamhet och en ojämn prestation över tid, med inslag av "
          "impulsiva svar. Resultatet ska tolkas tillsammans med övrig information och är inte "
          "diagnostiskt i sig."),
        H2("Observationer under testningen"),
        P("Måns var motiverad av beröm och av att få se hur många uppgifter som återstod. Han "
          "hade svårt att avvakta instruktionen och började ofta innan psykologen hade pratat "
          "färdigt. När han gjorde fel blev han frustrerad, suckade högt och sade vid ett "
          "tillfälle att han ville gå hem. Efter en kort paus kunde han dock fortsätta."),
        P("Han pratade mycket under testningen, ofta om sådant som inte hade med uppgiften att "
          "göra. Han hade inga svårigheter att förstå skämt eller bildspråk och anpassade sitt "
          "sätt att prata efter situationen. Han visade ömsesidighet i samtalet och frågade "
          "psykologen om hennes intressen."),

        H1("Skattningsskalor"),
        P("Vårdnadshavare och klasslärare har fyllt i skattningsformulär om Måns fungerande. "
          "Mamma och pappa har fyllt i formulären var för sig."),
        H2("SNAP-IV"),
        P("SNAP-IV mäter symtom på ADHD och trotsighet. Medelvärden redovisas på en skala "
          "från 0 till 3, där högre värden innebär mer uttalade svårigheter."),
        TABLE([(0, "l"), (240, "r"), (300, "r"), (360, "r")], [
            ["Skala", "Mamma", "Pappa", "Lärare"],
            ["Ouppmärksamhet", "2,3", "1,9", "2,4"],
            ["Hyperaktivitet och impulsivitet", "2,0", "1,7", "2,1"],
            ["Trotsighet", "1,4", "0,9", "1,1"],
        ]),
        P("Skattningarna av ouppmärksamhet och hyperaktivitet ligger över den nivå som brukar "
          "tala för kliniskt betydelsefulla svårigheter i samtliga skattningar. Skattningen av "
          "trotsighet är förhöjd endast i mammas formulär."),
        H2("Conners 3"),
        P("Conners 3 redovisas som T-värden. Värden över 65 bedöms som förhöjda och värden "
          "över 70 som mycket förhöjda."),
        TABLE([(0, "l"), (240, "r"), (320, "r")], [
            ["Skala", "Förälder", "Lärare"],
            ["Ouppmärksamhet", "78", "81"],
            ["Hyperaktivitet och impulsivitet", "72", "76"],
            ["Inlärningsproblem", "70", "74"],
            ["Exekutiva funktioner", "75", "73"],
            ["Trots och aggression", "61", "58"],
            ["Kamratrelationer", "66", "63"],
        ]),
        H2("BRIEF-2"),
        P("BRIEF-2 beskriver exekutiva funktioner i vardagen. T-värden över 65 bedöms som "
          "kliniskt förhöjda."),
        TABLE([(0, "l"), (240, "r"), (320, "r")], [
            ["Skala", "Förälder", "Lärare"],
            ["Inhibition", "71", "74"],
            ["Skifta", "63", "60"],
            ["Emotionell kontroll", "69", "62"],
            ["Arbetsminne", "77", "79"],
            ["Planering och organisation", "72", "75"],
            ["Global exekutiv funktion", "73", "74"],
        ]),
        H2("SDQ och ASSQ"),
        P("I SDQ har mamma skattat en total problempoäng på 22 och läraren en total "
          "problempoäng på 19, vilket i båda fallen ligger inom det förhöjda området. Skalan "
          "för prosocialt beteende ligger inom normalvariationen. I ASSQ, som används för att "
          "fånga autismrelaterade drag, har mamma skattat 12 poäng och läraren 9 poäng. "
          "Resultaten ligger under de gränsvärden som brukar föranleda vidare utredning."),
        H2("Egen skattning av ångest och nedstämdhet"),
        P("Måns har själv fyllt i RCADS med stöd av psykologen som läste frågorna högt. "
          "Resultaten redovisas som T-värden."),
        TABLE([(0, "l"), (240, "r")], [
            ["Skala", "T-värde"],
            ["Separationsångest", "61"],
            ["Generaliserad ångest", "55"],
            ["Paniksyndrom", "49"],
            ["Social ångest", "52"],
            ["Tvångssyndrom", "47"],
            ["Depression", "63"],
        ]),
        P("Måns beskriver viss oro för att något ska hända mamma och en lätt förhöjd nivå av "
          "nedstämdhet. Nivåerna ligger under gränsen för klinisk signifikans men behöver "
          "följas upp, särskilt mot bakgrund av familjesituationen."),

        H1("Intervjuer"),
        H2("Intervju med vårdnadshavare enligt K-SADS-PL"),
        P("Vid den semistrukturerade intervjun med vårdnadshavarna bekräftades åtta av nio "
          "symtom på ouppmärksamhet och sex av nio symtom på hyperaktivitet och impulsivitet. "
          "Symtomen har funnits sedan före tolv års ålder, förekommer både i hemmet och i "
          "skolan och medför tydliga svårigheter i vardagen. Kriterierna för trotssyndrom är "
          "inte uppfyllda. Det finns inga uppgifter om tvångssymtom, psykotiska symtom eller "
          "ätstörning."),
        P("Föräldrarna beskriver att Måns under perioder har varit ledsen och orolig, framför "
          "allt i samband med konflikter mellan föräldrarna och när mamma har mått dåligt. "
          "Kriterierna för depressiv episod är inte uppfyllda. Måns har inte varit med om "
          "händelser som uppfyller kriterierna för traumatisk händelse enligt DSM-5, men de "
          "upprepade konflikterna i hemmet har varit påfrestande för honom."),
        H2("Genomgång av symtom på ouppmärksamhet"),
        P("Följande symtom har bedömts som uppfyllda utifrån samlad information från "
          "vårdnadshavare, skola och egen observation:"),
        UL([
            "Är ofta slarvig och förbiser detaljer i skolarbetet.",
            "Har ofta svårt att bibehålla uppmärksamheten i uppgifter och lek.",
            "Verkar ofta inte lyssna när man talar direkt till honom.",
            "Följer ofta inte instruktioner och slutför inte skolarbete eller sysslor.",
            "Har ofta svårt att organisera uppgifter och aktiviteter.",
            "Undviker ofta uppgifter som kräver uthållig mental ansträngning.",
            "Tappar ofta bort saker som behövs för uppgifter och aktiviteter.",
            "Distraheras ofta lätt av yttre stimuli.",
        ]),
        H2("Genomgång av symtom på hyperaktivitet och impulsivitet"),
        UL([
            "Har ofta svårt att sitta still och skruvar på sig.",
            "Lämnar ofta sin plats i klassrummet när han förväntas sitta kvar.",
            "Är ofta i gång och har svårt att varva ner.",
            "Pratar ofta överdrivet mycket.",
            "Svarar ofta innan frågan är färdigställd.",
            "Har ofta svårt att vänta på sin tur och avbryter andra.",
        ]),
        H2("ADOS-2 modul 3"),
        P("ADOS-2 är en standardiserad observation av social kommunikation, ömsesidig social "
          "interaktion, lek och begränsade eller repetitiva beteenden. Måns deltog med intresse "
          "i aktiviteterna. Han berättade sammanhängande om händelser, använde gester på ett "
          "naturligt sätt och visade delad uppmärksamhet. Han uttryckte förståelse för andras "
          "känslor och kunde beskriva sina egna relationer på ett nyanserat sätt."),
        P("Den sammanlagda poängen ligger under gränsvärdet för autismspektrum. Observationen "
          "ger tillsammans med anamnesen och skattningarna inte stöd för att Måns har ett "
          "autismspektrumtillstånd. De sociala svårigheter som beskrivs av skolan bedöms i "
          "första hand hänga samman med impulsivitet och svårigheter att reglera känslor."),
        H2("Intervju med klasslärare och specialpedagog"),
        P("Klassläraren och specialpedagogen intervjuades per telefon. De bekräftar den bild "
          "som framkommer i remissen och i skattningarna. De beskriver en pojke som vill lyckas "
          "men som ofta misslyckas med att komma igång och att slutföra uppgifter. De har "
          "under hösten noterat att Måns oftare verkar trött och ledsen, att han ibland kommer "
          "till skolan utan att ha ätit frukost och att han vid några tillfällen har haft "
          "kläder som inte passar för väderleken. Skolan har informerat om att den överväger "
          "att göra en ny anmälan till socialtjänsten om frånvaron fortsätter att öka."),

        PB(),
        H1("Läkarbedömning"),
        H2("Somatisk undersökning"),
        P("Måns undersöktes av överläkare 2025-11-03. Längd 146 centimeter och vikt 38 "
          "kilogram, vilket följer tidigare tillväxtkurva. Blodtryck 108/64 och puls 78. "
          "Allmäntillståndet är gott. Hjärta och lungor utan anmärkning. Buken är mjuk och "
          "oöm. Huden är utan anmärkning, inga blåmärken eller andra skador noterades."),
        H2("Neurologisk undersökning och motorik"),
        P("Kranialnerverna är utan anmärkning. Måns har normal gång, kan hoppa på ett ben och "
          "gå tandemgång med viss osäkerhet. Finmotoriken bedöms som åldersadekvat men "
          "handstilen är svårläst och han håller pennan hårt. Det finns inga tecken på tics "
          "eller andra ofrivilliga rörelser. Inga neurologiska avvikelser noterades."),
        H2("Medicinska överväganden"),
        P("Hörsel och syn har kontrollerats av skolhälsovården under 2025 och varit normala. "
          "Det finns inga uppgifter om krampanfall eller medvetandeförluster. Blodprover med "
          "blodstatus, ferritin, sköldkörtelprover och celiakiscreening har tagits och var "
          "normala. Sömnsvårigheterna bedöms i första hand vara relaterade till sena kvällar "
          "med skärm, oregelbundna rutiner och oro. Råd om sömnhygien har givits. Om "
          "insomningssvårigheterna kvarstår trots förändrade rutiner kan behandling med "
          "melatonin övervägas."),

        PB(),
        H1("Sammanfattande bedömning"),
        P("Måns är en elvaårig pojke som remitterats till BUP på grund av långvariga "
          "svårigheter med koncentration, impulsivitet och skolarbete. Utredningen visar att "
          "han sedan tidig ålder har haft uttalade svårigheter med uppmärksamhet, aktivitetsnivå "
          "och impulskontroll. Svårigheterna beskrivs samstämmigt av båda vårdnadshavarna och "
          "av skolan, har observerats av utredarna i flera olika situationer och framgår av "
          "skattningsskalor från hem och skola."),
        P("Den kognitiva bedömningen visar en ojämn profil med genomsnittlig verbal förmåga, "
          "visuospatial förmåga och slutledningsförmåga, men med svagheter i arbetsminne och "
          "bearbetningshastighet. Profilen är vanlig vid ADHD och förklarar en stor del av "
          "hans svårigheter att hänga med i undervisningen, att följa instruktioner i flera led "
          "och att bli färdig med skriftliga uppgifter."),
        P("Samlat bedöms kriterierna för ADHD, kombinerad form, vara uppfyllda. Det finns inte "
          "stöd för ett autismspektrumtillstånd. Måns beskriver oro och viss nedstämdhet som "
          "inte når upp till kriterierna för ångestsyndrom eller depression, men som behöver "
          "följas upp. Hans mående påverkas tydligt av familjesituationen, av föräldrarnas "
          "konflikter och av mammas psykiska ohälsa."),
        P("Utredarna vill särskilt framhålla att Måns svårigheter förstärks av bristande "
          "struktur och förutsägbarhet i vardagen, av otillräcklig sömn och av oregelbundna "
          "måltider. Den ökande skolfrånvaron är allvarlig och riskerar att leda till att han "
          "inte når kunskapskraven. Måns behöver en samordnad insats från skola, vård och "
          "socialtjänst, och utredarna bedömer att en samordnad individuell plan bör upprättas."),

        H1("Diagnos"),
        LINE("F90.0 Aktivitets- och uppmärksamhetsstörning (ADHD, kombinerad form)"),
        SP(0.3),
        P("Differentialdiagnostiska överväganden: Autismspektrumtillstånd (F84.0) har "
          "övervägts men kriterierna bedöms inte vara uppfyllda. Posttraumatiskt "
          "stressyndrom (F43.1) och depressiv episod (F32) har övervägts men kriterierna är "
          "inte uppfyllda. Specifika inlärningssvårigheter (F81) kan inte uteslutas och bör "
          "bedömas av skolan efter att stödinsatser för ADHD har påbörjats."),

        H1("Rekommendationer"),
        H2("Till skolan"),
        OL([
            "Tydlig struktur med schema och bildstöd för lektionens innehåll, samt korta "
            "instruktioner som ges både muntligt och skriftligt.",
            "Möjlighet att arbeta i mindre grupp eller i ett avskilt rum under delar av dagen.",
            "Förlängd tid vid prov och möjlighet att redovisa kunskaper muntligt.",
            "Regelbundna korta pauser med rörelse, särskilt under långa genomgångar.",
            "En utsedd kontaktperson i skolan som Måns kan vända sig till vid behov.",
            "Skyndsam kartläggning av frånvaron och en plan för att öka närvaron, i "
            "samverkan med vårdnadshavare och socialtjänst.",
            "Uppföljning av läs- och skrivutvecklingen samt en bedömning av behovet av "
            "särskilt stöd i matematik.",
        ]),
        H2("Till vårdnadshavarna"),
        OL([
            "Deltagande i BUP:s föräldrautbildning om ADHD som startar i mars 2026.",
            "Fasta rutiner för morgon, måltider och läggning, med begränsad skärmtid efter "
            "klockan 20 på vardagar.",
            "Regelbunden kontakt med skolan, till exempel ett kort veckobrev eller ett "
            "telefonsamtal varje fredag.",
            "Fortsatt kontakt med vårdcentralen för mammas egen del.",
        ]),
        H2("Från BUP"),
        OL([
            "Erbjudande om läkemedelsbehandling mot ADHD efter samråd med vårdnadshavarna. "
            "Före insättning görs en förnyad bedömning av blodtryck, puls, vikt och längd.",
            "Psykoedukation för Måns om ADHD, anpassad efter hans ålder.",
            "Uppföljande samtal om oro och nedstämdhet om tre månader.",
            "Deltagande i samordnad individuell plan tillsammans med skola och socialtjänst.",
        ]),
        H2("Till socialtjänsten"),
        P("Vårdnadshavarna har samtyckt till att utlåtandet lämnas till socialtjänsten i "
          "Hallsjö kommun. BUP bedömer att familjen behöver stöd i form av föräldraskapsstöd "
          "och praktiskt stöd i vardagen, och att Måns kan behöva en kontaktperson eller annan "
          "insats som ger honom positiva aktiviteter på fritiden. Socialtjänsten ombeds kalla "
          "till ett möte om samordnad individuell plan under februari 2026."),

        H1("Återgivning"),
        P("Utredningens resultat återgavs vid ett gemensamt möte med båda vårdnadshavarna "
          "2026-01-14. Föräldrarna kände igen sig i beskrivningen och uttryckte lättnad över "
          "att få en förklaring till Måns svårigheter. Pappa hade frågor om läkemedelsbehandling "
          "och om ärftlighet, och mamma tog upp sin oro för hur hon ska orka. Måns fick en egen "
          "återgivning anpassad efter hans ålder, där han fick veta vad ADHD innebär och vilka "
          "styrkor som framkommit i utredningen. Han sade att det var skönt att veta att han "
          "inte är dum i huvudet."),

        H1("Underskrifter"),
        LINE("Hallsjö 2026-01-22"),
        SP(1.6),
        LINE("Karin Holmgren"),
        LINE("Leg. psykolog"),
        SP(1.6),
        LINE("Ahmed Rashidi"),
        LINE("Överläkare, specialist i barn- och ungdomspsykiatri"),
        SP(1.2),
        P("Kopia till: Vårdnadshavare. Elevhälsan, Ekbackeskolan. Socialtjänsten, Hallsjö "
          "kommun, Barn och unga. Samtliga kopior efter samtycke."),

        PB(),
        H1("Bilaga 1. Besöksanteckningar i sammandrag"),
        P("Anteckningarna nedan är sammanfattningar ur journalen och redovisas för att "
          "mottagaren ska kunna följa hur informationen har samlats in."),
        H2("2025-06-03 Bedömningssamtal"),
        P("Närvarande: Måns, mamma och pappa, psykolog och överläkare. Föräldrarna beskriver "
          "koncentrationssvårigheter och utbrott sedan förskolan. Måns var inledningsvis tyst "
          "men berättade efter en stund om fotboll och om sin lillasyster. Överenskommelse om "
          "att påbörja utredning efter sommaren. Information om utredningens upplägg lämnades "
          "muntligt och skriftligt."),
        H2("2025-09-08 Anamnesintervju"),
        P("Närvarande: båda vårdnadshavarna. Genomgång av graviditet, tidig utveckling, "
          "förskoletid och hereditet. Föräldrarna var överens om det mesta men hade olika bild "
          "av hur ofta umgänget blir av. Mamma berättade om sömnsvårigheter och trötthet. "
          "Samtycke till kontakt med skolan inhämtades från båda."),
        H2("2025-09-15 och 2025-09-22 Psykologbesök"),
        P("Testning med WISC-V under två förmiddagar. Måns var samarbetsvillig men rastlös. "
          "Vid det andra besöket kom han utan att ha ätit frukost och fick en smörgås innan "
          "testningen fortsatte. I samtal berättade han att han oftast gör frukost till sig "
          "själv och lillasyster."),
        H2("2025-10-06 Psykologbesök"),
        P("Datoriserat uppmärksamhetstest och samtal om skolan. Måns berättade att han inte "
          "vill gå till skolan på måndagar eftersom han är trött efter helgen. Han uppgav att "
          "han ofta är vaken till efter midnatt och spelar."),
        H2("2025-10-13 Intervju med vårdnadshavare"),
        P("Strukturerad intervju enligt K-SADS-PL med mamma och pappa. Mamma berättade om sin "
          "alkoholkonsumtion och om kontakten med vårdcentralen. Efter samtalet informerades "
          "mamma om att BUP gör en anmälan till socialtjänsten. Mamma var ledsen men sade att "
          "hon förstod skälen. Anmälan skickades 2025-10-14."),
        H2("2025-11-03 Läkarbesök"),
        P("Somatisk och neurologisk undersökning utan anmärkning. Blodprover togs. Råd om "
          "sömnhygien gavs till Måns och mamma. Måns var pratsam och nyfiken på "
          "undersökningsinstrumenten."),
        H2("2025-11-17 Psykologbesök"),
        P("ADOS-2 modul 3. Måns var engagerad och visade god ömsesidighet. Han berättade "
          "utförligt om en film han hade sett och frågade psykologen vad hon tyckte om den."),
        H2("2026-01-14 Återgivning"),
        P("Återgivning till vårdnadshavare och till Måns. Föräldrarna fick skriftlig "
          "information om ADHD och om föräldrautbildningen. Överenskommelse om att överläkaren "
          "kontaktar familjen i februari angående läkemedelsbehandling."),

        PB(),
        H1("Bilaga 2. Information till familjen om ADHD"),
        P("ADHD är en förkortning av engelskans attention deficit hyperactivity disorder. "
          "På svenska används ofta benämningen aktivitets- och uppmärksamhetsstörning. ADHD "
          "innebär svårigheter med att reglera uppmärksamhet, aktivitetsnivå och impulser. "
          "Svårigheterna finns sedan barndomen och märks i flera olika miljöer, till exempel i "
          "hemmet, i skolan och på fritiden."),
        P("Barn med ADHD har ofta svårt att komma igång med och slutföra uppgifter, att "
          "planera och att hålla ordning på sina saker. Många har svårt att sitta still, "
          "pratar mycket och har svårt att vänta på sin tur. Det är också vanligt med "
          "svårigheter att reglera känslor, vilket kan visa sig som snabba humörsvängningar "
          "eller utbrott."),
        P("ADHD har ofta en ärftlig komponent. Miljön orsakar inte ADHD, men den påverkar i "
          "hög grad hur stora svårigheterna blir i vardagen. Struktur, förutsägbarhet, "
          "tillräcklig sömn och regelbundna måltider gör stor skillnad. Barn med ADHD behöver "
          "ofta mer uppmuntran och tydligare ramar än andra barn."),
        P("Behandling och stöd vid ADHD består av flera delar: kunskap om diagnosen för barnet "
          "och familjen, anpassningar i skolan, föräldrastöd och vid behov läkemedel. "
          "Läkemedel kan minska symtomen och göra det lättare att använda andra strategier, "
          "men läkemedel ensamt räcker sällan. Behandlingen följs upp regelbundet av BUP."),
        P("Om ni har frågor efter återgivningen är ni välkomna att kontakta mottagningen på "
          "telefon vardagar mellan klockan 8 och 16. Vid akut psykiatriskt behov utanför "
          "mottagningens öppettider kontaktar ni närmaste akutmottagning eller ringer 112."),
    ]


def skews_for(rng, n, limit):
    return [round(float(rng.uniform(-limit, limit)), 2) for _ in range(n)]


def make_bup(outdir):
    dpi = 300
    st = Style(body="lserif", size=12, leading=1.7, h1=14, h2=12.5, title=17)
    geo = Geometry(left=72, right=66, top=74, bottom=76)
    pages = layout(bup_blocks(), geo, st, pil_measure(dpi))
    add_furniture(pages, geo, st, header="BUP Hallsjö, neuropsykiatrisk utredning, %s, %s"
                  % (MANS.short, MANS.pnr))
    assert len(pages) >= 22, len(pages)
    rng = np.random.default_rng(2026012201)
    skews = skews_for(rng, len(pages), 1.2)
    upside_down = 7
    out = []
    for i, page in enumerate(pages, 1):
        ink = render_page(page, dpi, ink=(50, 50, 50))
        arr = scan(ink, rng, skews[i - 1], blur=1.25, paper=(236,), texture=2.0,
                   fine=0.8, speckles=450)
        img = Image.fromarray(to_uint8(arr), "L")
        if i == upside_down:
            img = img.transpose(Image.ROTATE_180)
        out.append((jpeg_bytes(img, BUP_JPEG_QUALITY, dpi), img.width, img.height,
                    "DeviceGray"))
    write_image_pdf(os.path.join(outdir, "bup-utredning.pdf"), out, dpi,
                    "Skannad handling", "Sluss sample generator")
    return {
        "name": "bup-utredning.pdf", "class": "bup-utredning", "format": "pdf",
        "pages": len(pages), "dpi": dpi, "text_layer": False,
        "image": "8-bit grey, JPEG (DCTDecode), one image per page",
        "rotated_pages": {str(upside_down): 180}, "skew_degrees": skews,
        "font": FONT_NAMES[st.body], "subject": MANS,
        "other_personnummer": [],
    }, truth_of(pages)


BUP_JPEG_QUALITY = 15


# --------------------------------------------------------------------------
# 2. Orosanmälan from a school (bilevel multi-page TIFF, CCITT G4)

def oro_blocks():
    m = MANS
    return [
        LINE("Hallsjö kommun", bold=True, size=13),
        LINE("Barn- och utbildningsförvaltningen"),
        LINE("Ekbackeskolan F-6, Skolgatan 4, 734 32 Hallsjö"),
        SP(1.0),
        TITLE("Anmälan om oro för barn", 16),
        LINE("Anmälan till socialtjänsten enligt anmälningsskyldigheten i socialtjänstlagen"),
        SP(0.5),
        KV("Till:", "Socialtjänsten, Individ- och familjeomsorgen, Barn och unga, Hallsjö kommun"),
        KV("Datum:", "2026-01-20"),
        KV("Skolans diarienummer:", "BUF 2026/0087"),
        H2("Uppgifter om barnet"),
        KV("Namn:", m.name),
        KV("Personnummer:", m.pnr),
        KV("Adress:", "Lärkvägen 7 B, 734 40 Hallsjö"),
        KV("Skola och klass:", "Ekbackeskolan, klass 5B"),
        KV("Syskon:", "Ella Åkesson, född 2018, går i förskoleklass på Ekbackeskolan"),
        H2("Vårdnadshavare"),
        KV("Namn:", JENNY.short),
        KV("Personnummer:", JENNY.pnr),
        KV("Adress:", "Lärkvägen 7 B, 734 40 Hallsjö"),
        KV("Telefon:", "070-174 06 21"),
        KV("Namn:", TOBIAS.short),
        KV("Personnummer:", TOBIAS.pnr),
        KV("Adress:", "Björkstigen 3, 734 91 Västerby"),
        KV("Telefon:", "070-174 06 58"),
        H2("Anmälare"),
        KV("Namn:", "Anna Sundberg"),
        KV("Befattning:", "Klasslärare i årskurs 5, Ekbackeskolan"),
        KV("Telefon:", "070-174 06 77"),
        KV("Anmälan görs i samråd med:", "rektor Lena Ekholm och skolkurator Peter Almqvist"),
        H2("Beskrivning av oron"),
        P("Skolan har under höstterminen 2025 och början av vårterminen 2026 sett en "
          "tydlig försämring av Måns situation. Hans frånvaro har ökat från 14 procent "
          "föregående läsår till 23 procent under höstterminen och hittills 31 procent under "
          "vårterminen. Frånvaron är ofta inte anmäld, och skolan har vid flera tillfällen "
          "inte fått tag på någon vårdnadshavare under skoldagen."),
        P("När Måns kommer till skolan är han ofta trött och hungrig. Han har vid upprepade "
          "tillfällen berättat att han inte har ätit frukost, och han äter mycket vid lunchen. "
          "Under december och januari har han flera dagar haft kläder som inte passar för "
          "vädret, bland annat tygskor och tunn jacka när det var minusgrader."),
    ]


def oro_blocks_p2():
    return [
        P("Fredagen den 16 januari 2026 kom mamma för att hämta Ellas fritidsplats. "
          "Fritidspersonalen upplevde att mamma luktade alkohol, talade sluddrigt och var "
          "ostadig på benen. Personalen valde att ringa pappa, som hämtade barnen en timme "
          "senare. Måns sade dagen efter till sin lärare att mamma sover mycket och att han "
          "brukar laga mat till sig och sin syster."),
        P("Måns har under hösten haft fler konflikter med kamrater och har vid två tillfällen "
          "lämnat skolan under skoldagen utan att säga till. Han har berättat för skolkuratorn "
          "att han inte orkar och att ingen bryr sig om honom. Skolan vet att Måns har "
          "genomgått en utredning vid BUP under hösten."),
        H2("Vad skolan har gjort"),
        P("Skolan har sedan hösten 2023 arbetat med extra anpassningar, och ett åtgärdsprogram "
          "upprättades i februari 2025. Elevhälsoteamet har träffat mamma vid två möten under "
          "hösten 2025. Vid mötet i november uteblev mamma. Skolan har erbjudit frukost i "
          "skolans matsal och har kartlagt frånvaron. Skolkuratorn har regelbundna samtal med "
          "Måns en gång i veckan."),
        H2("Har vårdnadshavare informerats om anmälan?"),
        P("Ja. Rektor informerade mamma per telefon 2026-01-20. Mamma blev upprörd men sade att "
          "hon förstår att skolan är orolig. Pappa informerades samma dag och uttryckte att han "
          "delar skolans oro."),
        H2("Barnets egen berättelse"),
        P("Måns har inte informerats om att anmälan görs. Skolan bedömer att han behöver få "
          "information av en vuxen han har förtroende för, och skolkuratorn kan medverka vid "
          "ett sådant samtal om socialtjänsten önskar det."),
        H2("Önskar anmälaren återkoppling?"),
        P("Ja. Skolan önskar återkoppling om huruvida utredning inleds, så att skolan kan "
          "planera det fortsatta stödet till Måns."),
        SP(1.0),
        LINE("Hallsjö 2026-01-20"),
        SP(1.4),
        LINE("Anna Sundberg"),
        LINE("Klasslärare"),
        SP(1.4),
        LINE("Lena Ekholm"),
        LINE("Rektor, Ekbackeskolan"),
        SP(1.0),
        P("Anmälan skickas med internpost. En kopia förvaras i elevakten."),
    ]


def make_orosanmalan(outdir):
    dpi = 300
    st = Style(body="dsans", size=10.5, leading=1.4, h1=12.5, h2=11.5, title=16)
    geo = Geometry(left=68, right=62, top=62, bottom=70)
    measure = pil_measure(dpi)
    pages = layout(oro_blocks(), geo, st, measure) + layout(oro_blocks_p2(), geo, st, measure)
    assert len(pages) == 2, len(pages)
    add_furniture(pages, geo, st, header="Anmälan om oro för barn, %s" % MANS.short)
    rng = np.random.default_rng(2026012002)
    skews = skews_for(rng, len(pages), 0.9)
    imgs = []
    for i, page in enumerate(pages):
        ink = render_page(page, dpi, ink=(20, 20, 20))
        arr = scan(ink, rng, skews[i], blur=0.9, paper=(240,), texture=6.0, fine=3.0,
                   speckles=0, sensor=4.0)
        bw = arr > 128.0
        # speckles after binarisation: scattered black dots of 1-3 px (dust, toner)
        h, w = bw.shape
        n = 420
        ys = rng.integers(0, h - 4, n).tolist()
        xs = rng.integers(0, w - 4, n).tolist()
        ss = rng.integers(1, 3, n).tolist()
        for y, x, s in zip(ys, xs, ss):
            bw[y:y + s, x:x + s] = False
        img = Image.fromarray(np.where(bw, 255, 0).astype(np.uint8), "L").convert(
            "1", dither=Image.Dither.NONE)
        imgs.append(img)
    path = os.path.join(outdir, "orosanmalan.tif")
    imgs[0].save(path, format="TIFF", compression="group4", dpi=(dpi, dpi),
                 save_all=True, append_images=imgs[1:])
    return {
        "name": "orosanmalan.tif", "class": "orosanmalan", "format": "tiff",
        "pages": len(pages), "dpi": dpi, "text_layer": False,
        "image": "1-bit bilevel, CCITT Group 4, multi-page",
        "rotated_pages": {}, "skew_degrees": skews,
        "font": FONT_NAMES[st.body], "subject": MANS,
        "other_personnummer": [JENNY.pnr, TOBIAS.pnr],
    }, truth_of(pages)


# --------------------------------------------------------------------------
# 3. Läkarintyg (grey PNG, page scanned sideways)

def lakarintyg_blocks():
    n = NORA
    return [
        LINE("Region Mälarvik", bold=True, size=13),
        LINE("Barn- och ungdomsmedicinska kliniken, Hallsjö lasarett"),
        LINE("Lasarettsvägen 1, 734 50 Hallsjö"),
        SP(0.9),
        TITLE("Läkarintyg", 16),
        LINE("Intyg till socialtjänsten vid misstanke om att barn far illa"),
        SP(0.4),
        KV("Patient:", n.name),
        KV("Personnummer:", n.pnr),
        KV("Vårdnadshavare:", "%s och %s" % (LINDA.short, MARCUS.short)),
        KV("Undersökningsdatum:", "2026-02-16, klockan 14.20"),
        KV("Intyget avser:", "Undersökning på begäran av socialtjänsten i Hallsjö kommun, "
           "dnr SN 2026/0311"),
        KV("Närvarande:", "Nora, mamma Linda Sjöberg och socialsekreterare Maja Berglund"),
        H2("Anamnes"),
        P("Nora är en sexårig flicka som tidigare är frisk och följer det allmänna "
          "vaccinationsprogrammet. Hon har inga kända sjukdomar och tar inga läkemedel. "
          "Personal på förskoleklassen upptäckte blåmärken på vänster överarm när Nora bytte "
          "om inför gymnastiken 2026-02-16. Nora sade till personalen att pappa hade hållit "
          "henne hårt när hon inte ville gå och lägga sig. Vid undersökningen uppger mamma att "
          "hon inte vet hur blåmärkena har uppstått och att Nora ofta slår sig när hon leker."),
        H2("Status"),
        P("Allmäntillstånd: Gott. Nora är vaken, kontaktbar och svarar på tilltal men är "
          "tystlåten och söker ofta ögonkontakt med mamma innan hon svarar. Längd 118 cm, vikt "
          "20,5 kg, vilket följer tillväxtkurvan."),
        P("Hud: På vänster överarms utsida finns fyra ovala blåmärken, vart och ett 1 till 1,5 "
          "cm i diameter, placerade i en rad. På insidan av samma överarm finns ett ovalt "
          "blåmärke, 2 cm i diameter. Blåmärkena är blålila utan gulaktig kant. På höger skinka "
          "finns ett gulgrönt blåmärke, 3 gånger 4 cm. Inga övriga hudförändringar. Inga "
          "skador i munhålan eller bakom öronen."),
        P("Rörelseapparat: Full rörlighet i samtliga leder. Övrigt status utan anmärkning."),
        H2("Bedömning"),
        P("Blåmärkena på vänster överarm har ett utseende och en placering som är typiska för "
          "greppmärken, där ett grepp med fingrarna ger flera runda blåmärken på ena sidan och "
          "ett större på den andra sidan av armen. Färgen talar för att de är högst några dagar "
          "gamla. Blåmärket på skinkan är äldre, sannolikt en till två veckor. Lokalisationen "
          "är inte typisk för skador som uppkommer vid lek. Fynden är förenliga med Noras egen "
          "beskrivning. Blodprover för att utesluta blödningsbenägenhet har tagits, svar "
          "väntas inom en vecka."),
        H2("Diagnos"),
        LINE("S40.0 Kontusion av skuldra och överarm"),
        LINE("T74.1 Fysisk misshandel, misstänkt"),
        SP(0.3),
        P("Fotodokumentation har gjorts och förvaras i journalen. Jag är medveten om att "
          "intyget kan komma att användas i en förundersökning eller i domstol."),
        LINE("Hallsjö 2026-02-16"),
        SP(1.3),
        LINE("Sofia Lundberg"),
        LINE("Leg. läkare, specialistläkare i pediatrik"),
    ]


def make_lakarintyg(outdir):
    dpi = 300
    st = Style(body="lsans", size=10, leading=1.4, h1=12, h2=11, title=16,
               para_gap=0.4, h2_gap=0.5)
    geo = Geometry(left=70, right=64, top=58, bottom=60)
    pages = layout(lakarintyg_blocks(), geo, st, pil_measure(dpi))
    assert len(pages) == 1, len(pages)
    rng = np.random.default_rng(2026021603)
    skews = skews_for(rng, 1, 0.8)
    ink = render_page(pages[0], dpi, ink=(30, 30, 30))
    arr = scan(ink, rng, skews[0], blur=0.6, paper=(246,), texture=0.0, fine=0.0,
               speckles=350)
    # the scanner's PNG export keeps 16 grey levels (stored as 8-bit grey): keeps the
    # file small, as the whole sample set must stay under 5 MB
    arr = np.floor(arr / 16.0) * 16.0 + 8.0
    img = Image.fromarray(to_uint8(arr), "L")
    # fed into the scanner sideways: the upright page rotated 90 degrees clockwise
    img = img.transpose(Image.ROTATE_270)
    img.save(os.path.join(outdir, "lakarintyg.png"), format="PNG", dpi=(dpi, dpi),
             optimize=True)
    return {
        "name": "lakarintyg.png", "class": "lakarintyg", "format": "png",
        "pages": 1, "dpi": dpi, "text_layer": False,
        "image": "8-bit grey PNG, landscape image of a portrait page",
        "rotated_pages": {"1": 90}, "skew_degrees": skews,
        "font": FONT_NAMES[st.body], "subject": NORA,
        "other_personnummer": [],
    }, truth_of(pages)


# --------------------------------------------------------------------------
# 4. Yttrande från skola/elevhälsa (colour JPEG, yellowish paper)

BLUE = (28, 52, 110)


def skolyttrande_blocks():
    m = MANS
    return [
        LINE("Ekbackeskolan", bold=True, size=14, color=BLUE),
        LINE("Elevhälsan, Hallsjö kommun", color=BLUE),
        LINE("Skolgatan 4, 734 32 Hallsjö", color=BLUE),
        SP(0.8),
        TITLE("Yttrande från skolan", 15),
        KV("Till:", "Socialtjänsten Hallsjö, Barn och unga, handläggare Johan Persson"),
        KV("Ert diarienummer:", "SN 2026/0142"),
        KV("Datum:", "2026-02-02"),
        KV("Elev:", "%s, %s, klass 5B" % (m.name, m.pnr)),
        H2("Närvaro och frånvaro"),
        TABLE([(0, "l"), (300, "r"), (392, "r")], [
            ["Period", "Frånvaro i procent", "Varav ogiltig"],
            ["Läsåret 2024/2025", "14", "3"],
            ["Höstterminen 2025", "23", "9"],
            ["Vårterminen 2026, vecka 2-5", "31", "14"],
        ]),
        P("Frånvaron är störst på måndagar och under första lektionen. Vid flera tillfällen "
          "har skolan inte nått vårdnadshavare under dagen."),
        H2("Kunskapsutveckling"),
        P("Måns har god muntlig förmåga och visar intresse för historia, biologi och idrott. "
          "I svenska och matematik når han ännu inte kunskapskraven för betyget E. Han har "
          "svårt att komma igång med skriftliga uppgifter och att slutföra dem, men arbetar "
          "bra i liten grupp med korta och tydliga uppgifter. I engelska bedöms han nå "
          "kunskapskraven."),
        H2("Stödinsatser"),
        P("Extra anpassningar sedan hösten 2023. Åtgärdsprogram sedan februari 2025 med stöd "
          "av specialpedagog två lektioner per vecka. Skolkurator träffar Måns en gång i "
          "veckan. Skolan erbjuder frukost och en lugn plats i grupprummet."),
        H2("Elevhälsoteamets bedömning"),
        P("Elevhälsoteamet har behandlat Måns situation vid fyra möten under läsåret. Teamet "
          "bedömer att stödet i skolan inte räcker så länge frånvaron är hög och situationen "
          "hemma är ansträngd. Måns behöver stabila rutiner, sömn och regelbundna måltider "
          "för att kunna tillgodogöra sig undervisningen. Teamet ser positivt på BUP:s "
          "utredning och på ett möte om samordnad individuell plan."),
        P("Mamma har deltagit i ett av tre erbjudna möten under läsåret. Båda "
          "vårdnadshavarna har informerats om att yttrandet lämnas."),
        SP(0.3),
        LINE("Hallsjö 2026-02-02"),
        SP(1.2),
        LINE("Lena Ekholm"),
        LINE("Rektor, Ekbackeskolan"),
        SP(0.5),
        LINE("Peter Almqvist"),
        LINE("Skolkurator, för elevhälsoteamet"),
    ]


def make_skolyttrande(outdir):
    dpi = 300
    st = Style(body="dserif", size=10.5, leading=1.4, h1=13, h2=11.5, title=15,
               para_gap=0.45, h2_gap=0.45)
    geo = Geometry(left=74, right=64, top=64, bottom=58)
    pages = layout(skolyttrande_blocks(), geo, st, pil_measure(dpi))
    assert len(pages) == 1, len(pages)
    rng = np.random.default_rng(2026020204)
    skews = skews_for(rng, 1, 0.8)
    ink = render_page(pages[0], dpi, mode="RGB", ink=(34, 32, 36))
    arr = scan(ink, rng, skews[0], blur=0.9, paper=(246, 240, 219), texture=2.0,
               fine=0.0, speckles=300)
    img = Image.fromarray(to_uint8(arr), "RGB")
    with open(os.path.join(outdir, "skolyttrande.jpg"), "wb") as f:
        f.write(jpeg_bytes(img, 30, dpi))
    return {
        "name": "skolyttrande.jpg", "class": "skolyttrande", "format": "jpeg",
        "pages": 1, "dpi": dpi, "text_layer": False,
        "image": "colour JPEG (YCbCr 4:2:0), yellowish paper",
        "rotated_pages": {}, "skew_degrees": skews,
        "font": FONT_NAMES[st.body], "subject": MANS,
        "other_personnummer": [],
    }, truth_of(pages)


# --------------------------------------------------------------------------
# 5. Underrättelse från Polismyndigheten (image-only PDF, 200 DPI)

def polis_blocks():
    e = ELIAS
    return [
        LINE("POLISMYNDIGHETEN", bold=True, size=14),
        LINE("Polisregion Mitt, Lokalpolisområde Hallsjö"),
        LINE("Utredningssektionen, ungdomsgruppen"),
        SP(0.8),
        TITLE("Underrättelse till socialnämnden", 15),
        LINE("enligt 6 § lagen (1964:167) med särskilda bestämmelser om unga lagöverträdare"),
        SP(0.4),
        KV("Diarienummer:", "K104873-26"),
        KV("Datum:", "2026-02-15"),
        KV("Mottagare:", "Socialnämnden i Hallsjö kommun, Barn och unga"),
        H2("UPPGIFTER OM DEN MISSTÄNKTE"),
        KV("Namn:", e.name),
        KV("Personnummer:", e.pnr),
        KV("Adress:", "Granvägen 22, 734 36 Hallsjö"),
        KV("Vårdnadshavare:", "%s, %s, och %s, %s" % (SHIRIN.short, SHIRIN.pnr,
                                                     JONAS.short, JONAS.pnr)),
        H2("BROTTSMISSTANKE"),
        KV("Brottsrubricering 1:", "Misshandel, 3 kap. 5 § brottsbalken"),
        KV("Brottsrubricering 2:", "Olaga hot, 4 kap. 5 § brottsbalken"),
        KV("Brottstid:", "2026-02-14 klockan 17.40 till 17.55"),
        KV("Händelseplats:", "Hallsjö resecentrum, busshållplats läge C, Stationsgatan 2, "
           "Hallsjö"),
        KV("Målsägande:", "Pojke född 2010. Uppgifter om målsäganden lämnas inte ut."),
        KV("Anmälningssätt:", "Polis på plats efter larm från väktare"),
        H2("HÄNDELSEBESKRIVNING"),
        P("Lördagen den 14 februari 2026 klockan 17.48 larmades polis till Hallsjö resecentrum "
          "efter uppgifter om bråk mellan flera ungdomar vid busshållplatsen. När patrullen "
          "anlände klockan 17.55 hade en väktare separerat de inblandade. Målsäganden hade "
          "blödning från näsan och en svullnad över vänster kindben."),
        P("Enligt målsäganden kom Elias Karimi Strand tillsammans med två andra ungdomar fram "
          "till honom och krävde att få hans hörlurar. När målsäganden vägrade ska Elias ha "
          "slagit honom med knytnäve i ansiktet vid två tillfällen och sagt att han skulle "
          "hugga honom om han berättade något för polisen."),
    ]


def polis_blocks_2():
    return [
        P("Vittnet, en väktare anställd av ett bevakningsbolag, uppger att han såg en pojke "
          "i grå jacka slå målsäganden i ansiktet och att pojken därefter ropade något som "
          "vittnet inte kunde uppfatta. Övervakningsfilm från resecentrum har säkrats."),
        P("Elias Karimi Strand påträffades av patrullen i närheten av platsen. Han var lugn "
          "och samarbetsvillig. Han var inte påverkad av alkohol enligt utandningsprov. Han "
          "bar inga vapen. Han hämtades till polisstationen i Hallsjö och hölls kvar i väntan "
          "på att en vårdnadshavare skulle infinna sig."),
        H2("FÖRHÖR MED DEN MISSTÄNKTE"),
        P("Förhöret hölls 2026-02-14 klockan 19.30 på polisstationen i Hallsjö i närvaro av "
          "mamma Shirin Karimi. Förhörsledare var polisinspektör Camilla Öst. Elias "
          "informerades om misstanken och om rätten till offentlig försvarare. Han avstod från "
          "försvarare vid detta förhör. Förhöret sammanfattas nedan."),
        P("Fråga: Vad hände vid busshållplatsen?"),
        P("Svar: Vi bara snackade. Han sa något om min lillebror och då blev jag arg. Jag "
          "puttade honom men jag slog inte."),
        P("Fråga: Målsäganden säger att du slog honom två gånger i ansiktet. Vad säger du "
          "om det?"),
        P("Svar: Det stämmer inte. Jag kanske träffade honom med handen när jag puttade."),
        P("Fråga: Sa du att du skulle hugga honom?"),
        P("Svar: Nej. Jag sa att han skulle passa sig. Det var inget hot."),
        P("Fråga: Vilka var med dig?"),
        P("Svar: Två kompisar. Jag vill inte säga vilka de är."),
        P("Elias förnekar brott. Förhöret lästes upp och godkändes av Elias och hans mamma."),
        H2("VIDTAGNA ÅTGÄRDER"),
        UL([
            "Målsäganden har undersökts på akutmottagningen vid Hallsjö lasarett.",
            "Övervakningsfilm från resecentrum har säkrats och granskas.",
            "Vittnesförhör har hållits med väktaren på platsen.",
            "Elias släpptes klockan 20.45 till sin mamma.",
        ]),
    ]


def polis_blocks_3():
    return [
        H2("TIDIGARE UNDERRÄTTELSER"),
        P("Elias har tidigare förekommit i en underrättelse till socialnämnden i november "
          "2025, diarienummer K398215-25, avseende snatteri. Den förundersökningen har lagts "
          "ned."),
        H2("POLISENS BEDÖMNING"),
        P("Elias är 15 år och straffmyndig. Förundersökningen fortsätter och leds av "
          "åklagare. Polisen bedömer att det finns anledning för socialtjänsten att utreda "
          "Elias behov av stöd. Under förhöret framkom att Elias sedan flera veckor inte går "
          "till skolan och att han ofta är ute sent på kvällarna med äldre ungdomar."),
        P("Socialnämnden ombeds att yttra sig enligt 11 § LUL om åklagaren begär det. "
          "Socialtjänsten har rätt att närvara vid kommande förhör med den unge."),
        H2("UPPGIFTERNAS SEKRETESS"),
        P("Underrättelsen innehåller uppgifter från en förundersökning i brottmål. Uppgifterna "
          "kan omfattas av sekretess enligt 18 kap. 1 § och 35 kap. 1 § offentlighets- och "
          "sekretesslagen. Uppgifterna får inte lämnas vidare utan samråd med polisen."),
        SP(0.8),
        KV("Handläggare:", "Polisinspektör Camilla Öst"),
        KV("Telefon:", "114 14"),
        KV("Förundersökningsledare:", "Kammaråklagare Fredrik Malm"),
        SP(0.8),
        LINE("Hallsjö 2026-02-15"),
        SP(1.2),
        LINE("Camilla Öst"),
        LINE("Polisinspektör"),
    ]


def make_polisanmalan(outdir):
    dpi = 200
    st = Style(body="lsans", size=11, leading=1.45, h1=13, h2=11.5, title=15,
               para_gap=0.45, h2_gap=0.7)
    geo = Geometry(left=70, right=62, top=66, bottom=72)
    measure = pil_measure(dpi)
    pages = []
    for blocks in (polis_blocks(), polis_blocks_2(), polis_blocks_3()):
        part = layout(blocks, geo, st, measure)
        assert len(part) == 1, len(part)
        pages += part
    add_furniture(pages, geo, st, header="Polismyndigheten, K104873-26")
    rng = np.random.default_rng(2026021505)
    skews = skews_for(rng, len(pages), 1.0)
    out = []
    for i, page in enumerate(pages):
        ink = render_page(page, dpi, ink=(36, 36, 36))
        arr = scan(ink, rng, skews[i], blur=0.7, paper=(240,), texture=2.0, fine=0.8,
                   speckles=250)
        img = Image.fromarray(to_uint8(arr), "L")
        out.append((jpeg_bytes(img, 30, dpi), img.width, img.height, "DeviceGray"))
    write_image_pdf(os.path.join(outdir, "polisanmalan.pdf"), out, dpi,
                    "Skannad handling", "Sluss sample generator")
    return {
        "name": "polisanmalan.pdf", "class": "polisanmalan", "format": "pdf",
        "pages": len(pages), "dpi": dpi, "text_layer": False,
        "image": "8-bit grey, JPEG (DCTDecode), one image per page",
        "rotated_pages": {}, "skew_degrees": skews,
        "font": FONT_NAMES[st.body], "subject": ELIAS,
        "other_personnummer": [SHIRIN.pnr, JONAS.pnr],
    }, truth_of(pages)


# --------------------------------------------------------------------------
# 6. Dom från förvaltningsrätten (born-digital PDF with a text layer)

def beslut_blocks():
    m = MANS
    return [
        LINE("FÖRVALTNINGSRÄTTEN I MÄLARVIK", bold=True, size=13),
        LINE("Avdelning 3"),
        SP(0.8),
        TITLE("DOM", 18),
        KV("Meddelad:", "2026-03-12 i Mälarvik"),
        KV("Mål nr:", "1847-26"),
        H2("PARTER"),
        LINE("Sökande", bold=True),
        LINE("Socialnämnden i Hallsjö kommun, 734 80 Hallsjö"),
        SP(0.4),
        LINE("Motparter", bold=True),
        P("1. %s, %s, Lärkvägen 7 B, 734 40 Hallsjö" % (m.name, m.pnr)),
        P("Offentligt biträde: advokat Henrik Wall, Advokatfirman Wall och Berg AB, Box 412, "
          "734 24 Hallsjö", indent=14),
        P("2. %s, %s, Lärkvägen 7 B, 734 40 Hallsjö" % (JENNY.short, JENNY.pnr)),
        P("Offentligt biträde: advokat Sara Lindh, Lindh Advokatbyrå, Storgatan 18, "
          "734 30 Hallsjö", indent=14),
        P("3. %s, %s, Björkstigen 3, 734 91 Västerby" % (TOBIAS.short, TOBIAS.pnr)),
        H2("SAKEN"),
        P("Vård av unga enligt lagen (1990:52) med särskilda bestämmelser om vård av unga, "
          "LVU"),
        H2("FÖRVALTNINGSRÄTTENS AVGÖRANDE"),
        P("1. Förvaltningsrätten bereder Måns Åkesson vård enligt 1 § andra stycket och 2 § "
          "LVU."),
        P("2. Förvaltningsrätten fastställer ersättningen till Henrik Wall för uppdraget som "
          "offentligt biträde till 18 450 kr, varav 3 690 kr avser mervärdesskatt."),
        P("3. Förvaltningsrätten fastställer ersättningen till Sara Lindh för uppdraget som "
          "offentligt biträde till 16 200 kr, varav 3 240 kr avser mervärdesskatt."),
        PB(),
        H2("YRKANDEN M.M."),
        P("Socialnämnden i Hallsjö kommun ansöker om att Måns ska beredas vård med stöd av "
          "2 § LVU. Måns omhändertogs omedelbart enligt 6 § LVU genom beslut av "
          "socialnämndens ordförande 2026-02-20. Förvaltningsrätten fastställde beslutet "
          "2026-02-24 i mål nr 1522-26."),
        P("Jenny Åkesson motsätter sig ansökan och anför att hon har tagit emot hjälp för sin "
          "alkoholkonsumtion och att Måns kan bo hemma med stöd från socialtjänsten. Tobias "
          "Nordström medger ansökan. Måns har genom sitt offentliga biträde motsatt sig "
          "ansökan och framfört att han vill bo hos sin mamma och sin lillasyster."),
        H2("SKÄLEN FÖR AVGÖRANDET"),
        H2("Tillämpliga bestämmelser"),
        P("Enligt 1 § andra stycket LVU ska vård beslutas om någon av de situationer som anges "
          "i 2 eller 3 § föreligger och det kan antas att behövlig vård inte kan ges den unge "
          "med samtycke av den eller dem som har vårdnaden om honom eller henne och, när den "
          "unge har fyllt 15 år, av den unge själv."),
        P("Av 2 § LVU följer att vård ska beslutas om det på grund av fysisk eller psykisk "
          "misshandel, otillbörligt utnyttjande, brister i omsorgen eller något annat "
          "förhållande i hemmet finns en påtaglig risk för att den unges hälsa eller "
          "utveckling skadas."),
        H2("Förvaltningsrättens bedömning"),
        P("Av utredningen i målet, bland annat utlåtandet från barn- och ungdomspsykiatrin "
          "daterat 2026-01-22, anmälan från Ekbackeskolan 2026-01-20 och skolans yttrande "
          "2026-02-02, framgår att Måns har ADHD och ett stort behov av struktur, förutsägbarhet "
          "och stöd i vardagen. Hans skolfrånvaro har ökat från 14 procent under läsåret "
          "2024/2025 till 31 procent under början av vårterminen 2026."),
        P("Det framgår vidare att Jenny Åkesson under en längre tid har haft en omfattande "
          "alkoholkonsumtion och att hon vid flera tillfällen inte har kunnat ta hand om barnen. "
          "Måns har själv berättat att han ofta lagar mat åt sig och sin syster och att mamma "
          "sover stora delar av dagarna. Den 19 februari 2026 påträffades Jenny Åkesson "
          "kraftigt berusad i hemmet när barnen var ensamma med henne."),
        P("Förvaltningsrätten bedömer att det finns brister i omsorgen om Måns och att dessa "
          "brister har medfört en påtaglig risk för att hans hälsa och utveckling skadas. Det "
          "finns därmed förutsättningar för vård enligt 2 § LVU."),
        P("Jenny Åkesson har visserligen påbörjat behandling för sitt alkoholberoende, men "
          "behandlingen har pågått under kort tid och hon har tidigare avbrutit frivilliga "
          "insatser. Tobias Nordström har inte möjlighet att ta emot Måns i sitt hem. Måns har "
          "motsatt sig vård. Förvaltningsrätten bedömer mot den bakgrunden att den vård som "
          "Måns behöver inte kan ges med samtycke. Ansökan ska därför bifallas."),
        P("Förvaltningsrätten har beaktat Måns inställning och hans önskan att bo med sin "
          "mamma och sin syster. Med hänsyn till vad som är bäst för Måns väger dock behovet av "
          "skydd och stabilitet tyngre. Förvaltningsrätten noterar att socialnämnden har "
          "planerat för regelbundet umgänge med mamma, pappa och syster."),
        H2("HUR MAN ÖVERKLAGAR"),
        P("Den som vill överklaga domen ska skriva till Kammarrätten i Mälarvik. Skrivelsen "
          "ska dock skickas eller lämnas till förvaltningsrätten. Överklagandet ska ha kommit "
          "in till förvaltningsrätten inom tre veckor från den dag då klaganden fick del av "
          "domen."),
        P("För att ett överklagande ska kunna prövas av kammarrätten krävs prövningstillstånd. "
          "Kammarrätten ger prövningstillstånd om det finns anledning att betvivla "
          "riktigheten av det slut som förvaltningsrätten har kommit till, om det är av vikt "
          "för ledning av rättstillämpningen att överklagandet prövas av högre rätt, eller om "
          "det annars finns synnerliga skäl att pröva överklagandet."),
        P("Skrivelsen ska innehålla klagandens namn, personnummer, postadress och "
          "telefonnummer, vilken dom som överklagas med förvaltningsrättens namn och "
          "målnummer, vilken ändring som klaganden vill ha och varför, samt de bevis som "
          "klaganden vill åberopa."),
        SP(0.6),
        LINE("Eva Lindblad"),
        LINE("Rådman"),
        SP(0.5),
        P("I avgörandet har även nämndemännen Kjell Ahlberg, Birgitta Sundin och Leif "
          "Wikström deltagit. Avgörandet är enhälligt. Föredragande har varit "
          "förvaltningsrättsnotarien Oskar Hedlund."),
    ]


RL_FONTS = {
    "lserif": "LiberationSerif",
    "lserif-b": "LiberationSerif-Bold",
}


def register_reportlab_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for key, name in RL_FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, FONT_FILES[key]))


def reportlab_measure(text, font, size):
    """Width in pt of text in a font of RL_FONTS as reportlab draws it (after
    register_reportlab_fonts)."""
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(text, RL_FONTS[font], size)


def write_text_pdf(path, pages, style, title, author, subject,
                   creator="Sluss sample generator"):
    """Born-digital A4 PDF of laid-out pages (Line objects in pt, fonts of RL_FONTS):
    real text with embedded TrueType subset fonts. reportlab's invariant mode leaves
    out dates and random ids, so the same pages give byte-identical files."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_reportlab_fonts()
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1,
                      initialFontName=RL_FONTS[style.body], initialFontSize=style.size)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator(creator)
    for page in pages:
        for ln in page:
            for it in ln.items:
                c.setFont(RL_FONTS[it.font], it.size)
                y = A4[1] - ln.y
                if it.anchor == "r":
                    c.drawRightString(it.x, y, it.text)
                elif it.anchor == "m":
                    c.drawCentredString(it.x, y, it.text)
                else:
                    c.drawString(it.x, y, it.text)
        c.showPage()
    c.save()


def make_beslut(outdir):
    from reportlab.lib.pagesizes import A4

    register_reportlab_fonts()
    st = Style(body="lserif", size=11.5, leading=1.35, h1=12.5, h2=11.5, title=18,
               para_gap=0.45, h2_gap=0.6)
    geo = Geometry(left=78, right=70, top=70, bottom=70, width=A4[0], height=A4[1])
    pages = layout(beslut_blocks(), geo, st, reportlab_measure)
    assert len(pages) == 3, len(pages)
    add_furniture(pages, geo, st,
                  header="Förvaltningsrätten i Mälarvik, dom 2026-03-12, mål nr 1847-26")
    write_text_pdf(os.path.join(outdir, "beslut.pdf"), pages, st,
                   title="Dom 2026-03-12, mål nr 1847-26",
                   author="Förvaltningsrätten i Mälarvik",
                   subject="Vård av unga enligt LVU")
    return {
        "name": "beslut.pdf", "class": "beslut", "format": "pdf",
        "pages": len(pages), "dpi": None, "text_layer": True,
        "image": "born-digital, text drawn with embedded TrueType subset fonts",
        "rotated_pages": {}, "skew_degrees": [0.0] * len(pages),
        "font": FONT_NAMES[st.body], "subject": MANS,
        "other_personnummer": [JENNY.pnr, TOBIAS.pnr],
    }, truth_of(pages)


# --------------------------------------------------------------------------
# 7. Blandad bunt: a mixed stack for several cases scanned in one go, with
#    Sluss cover sheets (försättsblad) between the documents

VINCENT = Person("Vincent", "Lundqvist", "210614", "283")
WILMA = Person("Wilma", "Johansson Falk", "130309", "264")
LIAM = Person("Liam", "Berggren", "110127", "455")
ALI = Person("Ali", "Hassan Nyberg", "171122", "571")

COVER_SHEET_PREFIX = "SLUSS-FORSATTSBLAD:1:"   # CoverSheet.payloadPrefix in SlussCore
COVER_SHEET_PRINTED = "2026-11-02"


def stack_orosanmalan_blocks():
    v = VINCENT
    return [
        LINE("Hallsjö kommun", bold=True, size=13),
        LINE("Barn- och utbildningsförvaltningen, förskolan"),
        LINE("Förskolan Solrosen, Vallmovägen 3, 734 45 Hallsjö"),
        SP(0.9),
        TITLE("Anmälan om oro för barn", 15),
        LINE("Anmälan till socialtjänsten från förskolan"),
        SP(0.4),
        KV("Till:", "Socialtjänsten, Barn och unga, Hallsjö kommun"),
        KV("Datum:", "2026-10-19"),
        H2("Barnet"),
        KV("Namn:", v.name),
        KV("Personnummer:", v.pnr),
        KV("Adress:", "Tallbacken 14, 734 46 Hallsjö"),
        KV("Avdelning:", "Humlan, barn 3-5 år"),
        KV("Vårdnadshavare:", "Sara Lundqvist, mamma, ensam vårdnadshavare"),
        H2("Anmälare"),
        KV("Namn:", "Emil Sandberg, förskollärare"),
        KV("Telefon:", "070-218 44 90"),
        KV("I samråd med:", "rektor Annika Forsberg"),
        H2("Beskrivning av oron"),
        P("Vincent har gått på Förskolan Solrosen sedan augusti 2023. Sedan början av "
          "september 2026 har personalen sett en tydlig förändring. Vincent kommer ofta sent, "
          "flera dagar efter klockan tio, och har vid upprepade tillfällen inte ätit frukost. "
          "Han har haft samma kläder flera dagar i följd och har saknat regnkläder och "
          "stövlar trots att förskolan har bett om det."),
        P("Vincent är ofta ledsen vid lämningen och har svårt att bli tröstad. Under oktober "
          "har han vid flera tillfällen slagit och bitit andra barn, vilket han inte har gjort "
          "tidigare. Den 15 oktober berättade Vincent för personalen att mamma hade gråtit hela "
          "natten och att en man hade skrikit och slagit sönder en dörr hemma. Han sade att han "
          "hade gömt sig i garderoben."),
        P("Mamma har vid hämtningarna verkat trött och stressad. Vid två tillfällen har "
          "Vincent inte blivit hämtad vid stängning, och personalen har fått ringa mamma flera "
          "gånger innan hon kom."),
        H2("Vad förskolan har gjort"),
        P("Personalen har haft två samtal med mamma under hösten. Mamma har sagt att hon har "
          "det tungt just nu men har inte velat berätta mer. Förskolan har erbjudit extra stöd "
          "vid lämningen och en fast kontaktperson för Vincent."),
        H2("Har vårdnadshavaren informerats om anmälan?"),
        P("Ja. Rektor informerade mamma per telefon 2026-10-19. Mamma sade att hon förstår "
          "förskolans oro."),
        SP(0.3),
        LINE("Hallsjö 2026-10-19"),
        SP(1.1),
        LINE("Emil Sandberg"),
        LINE("Förskollärare, Förskolan Solrosen"),
        SP(0.6),
        LINE("Annika Forsberg"),
        LINE("Rektor, förskoleområde Tallbacken"),
    ]


def stack_bup_blocks():
    v = VINCENT
    return [
        LINE("Region Mälarvik", bold=True, size=14),
        LINE("Barn- och ungdomspsykiatrin (BUP) Hallsjö", bold=True),
        LINE("Mottagningen för små barn och föräldrar"),
        LINE("Kvarngatan 12, 734 31 Hallsjö"),
        SP(1.0),
        TITLE("Yttrande till socialtjänsten", 16),
        KV("Till:", "Socialtjänsten, Barn och unga, Hallsjö kommun, handläggare Maja Berglund"),
        KV("Datum:", "2026-10-27"),
        KV("Gäller:", "%s, fem år, Tallbacken 14, 734 46 Hallsjö" % v.short),
        KV("Vårdnadshavare:", "Sara Lundqvist"),
        P("Socialtjänsten har i en begäran daterad 2026-10-21 bett BUP om ett yttrande om "
          "Vincents mående och behov. Mamma har lämnat samtycke till att BUP lämnar uppgifter "
          "till socialtjänsten. Yttrandet bygger på de kontakter som beskrivs nedan."),
        H2("Bakgrund"),
        P("Vincent remitterades till mottagningen i maj 2026 av barnavårdscentralen i Hallsjö "
          "på grund av sömnsvårigheter, mardrömmar och starka utbrott. Vid remisstillfället "
          "beskrev mamma att Vincent hade svårt att somna ensam, vaknade flera gånger varje natt "
          "och ofta kom in till henne. Utbrotten hade blivit fler sedan vintern."),
        P("Mamma har berättat att hon under våren 2026 levde i en relation med en man som "
          "vid flera tillfällen har varit hotfull mot henne när Vincent har varit hemma. "
          "Relationen avslutades i juni, men mannen har enligt mamma fortsatt att komma till "
          "bostaden, senast i mitten av oktober."),
        H2("Kontakter med BUP"),
        TABLE([(0, "l"), (92, "l")], [
            ["Datum", "Kontakt"],
            ["2026-06-02", "Bedömningssamtal med mamma"],
            ["2026-06-16", "Observation av Vincent i lek, med mamma"],
            ["2026-09-08", "Föräldrasamtal med mamma"],
            ["2026-09-29", "Lekobservation med Vincent"],
            ["2026-10-20", "Föräldrasamtal med mamma"],
        ]),
        H2("Observationer"),
        P("Vincent är en pojke med god språklig förmåga som snabbt tar kontakt med vuxna. I "
          "leken återkommer han ofta till teman om att någon är arg, att saker går sönder och "
          "att någon måste gömma sig. Han blir lätt skrämd av höga ljud och söker då mammas "
          "närhet. Han har svårt att komma till ro och avbryter ofta leken."),
    ]


def stack_bup_blocks_2():
    return [
        P("Mamma är engagerad i Vincent och tar hans signaler på allvar, men hon beskriver "
          "att hon själv är mycket trött och sover dåligt. Vid det senaste samtalet berättade "
          "hon att hon är rädd för mannen och att hon inte vet hur hon ska skydda sig och "
          "Vincent om han kommer tillbaka."),
        H2("Bedömning"),
        P("Vincents sömnsvårigheter, mardrömmar, lättskrämdhet och aggressiva utbrott är "
          "förenliga med reaktioner hos små barn som har upplevt våld och hot i hemmet. BUP "
          "bedömer att Vincent har utvecklat en stressreaktion och att hans mående i hög grad "
          "hänger samman med den otrygghet han har levt i under det senaste året. Förändringen "
          "som förskolan har beskrivit under hösten stämmer med BUP:s bild."),
        P("Vincent behöver framför allt trygghet och förutsägbarhet i vardagen. Mamma har "
          "goda förutsättningar att ge honom det om hon själv får stöd och skydd. BUP ser med "
          "oro på att mannen fortfarande söker upp familjen."),
        H2("Rekommendationer"),
        OL([
            "Socialtjänsten utreder familjens behov av skydd och stöd, och erbjuder mamma "
            "stöd som våldsutsatt.",
            "Vincent och mamma erbjuds fortsatt behandling vid BUP i form av föräldra- och "
            "barnsamtal varannan vecka under hösten och vintern.",
            "Förskolan ger Vincent en fast kontaktperson och förbereder honom inför "
            "förändringar under dagen.",
            "Ett gemensamt möte mellan socialtjänst, förskola, BUP och mamma hålls i november "
            "2026.",
        ]),
        P("BUP deltar gärna i det fortsatta arbetet och kan nås på telefon vardagar mellan "
          "klockan 8 och 16."),
        SP(0.4),
        LINE("Hallsjö 2026-10-27"),
        SP(1.3),
        LINE("Helena Strömberg"),
        LINE("Leg. psykolog, BUP Hallsjö"),
        SP(0.8),
        LINE("Rasmus Ek"),
        LINE("Överläkare, specialist i barn- och ungdomspsykiatri"),
    ]


def stack_skolyttrande_blocks():
    w = WILMA
    return [
        LINE("Norrbackaskolan 7-9", bold=True, size=14),
        LINE("Elevhälsan, Hallsjö kommun"),
        LINE("Norrbackavägen 20, 734 38 Hallsjö"),
        SP(0.8),
        TITLE("Yttrande från skolan", 15),
        KV("Till:", "Individ- och familjeomsorgen, Hallsjö kommun, handläggare Johan Persson"),
        KV("Ert diarienummer:", "IFO-2026-0007"),
        KV("Datum:", "2026-10-23"),
        KV("Elev:", "%s, %s, klass 7C" % (w.name, w.pnr)),
        H2("Närvaro och frånvaro"),
        TABLE([(0, "l"), (290, "r"), (380, "r")], [
            ["Period", "Frånvaro i procent", "Varav ogiltig"],
            ["Läsåret 2025/2026, årskurs 6", "9", "2"],
            ["Höstterminen 2026, vecka 34-42", "27", "16"],
        ]),
        P("Frånvaron har ökat kraftigt sedan Wilma började på Norrbackaskolan i augusti. Hon "
          "kommer ofta till skolan men lämnar den under dagen, oftast efter lunch."),
        H2("Kunskapsutveckling"),
        P("Wilma har goda förutsättningar och nådde kunskapskraven i samtliga ämnen i årskurs "
          "6. Under hösten har hon missat flera prov och inte lämnat in uppgifter i svenska, "
          "engelska och SO. Lärarna bedömer att hon riskerar att inte nå kunskapskraven i "
          "flera ämnen om frånvaron fortsätter."),
        H2("Trivsel och relationer"),
        P("Wilma har berättat för skolkuratorn att hon inte trivs i den nya klassen och att "
          "hon har blivit utsatt för kränkningar i sociala medier. Skolan har utrett "
          "kränkningarna enligt skollagen och vidtagit åtgärder. Wilma har också berättat att "
          "hon sover dåligt och att det är mycket bråk hemma sedan hennes äldre bror flyttade "
          "tillbaka."),
        H2("Stödinsatser"),
        P("Mentor har daglig kontakt med Wilma. Skolkurator träffar henne en gång i veckan. "
          "Hon erbjuds studiero i ett mindre grupprum och stöd av specialpedagog i svenska och "
          "engelska."),
        H2("Elevhälsans bedömning"),
        P("Elevhälsoteamet bedömer att Wilmas frånvaro och mående inte kan förklaras enbart av "
          "situationen i skolan. Teamet ser ett behov av samverkan mellan skola, vårdnadshavare "
          "och socialtjänst och föreslår ett gemensamt möte under november."),
        SP(0.3),
        LINE("Hallsjö 2026-10-23"),
        SP(1.1),
        LINE("Karl Wikander"),
        LINE("Rektor, Norrbackaskolan 7-9"),
        SP(0.5),
        LINE("Jasmine Holm"),
        LINE("Skolkurator, för elevhälsoteamet"),
    ]


def stack_polis_blocks():
    li = LIAM
    return [
        LINE("POLISMYNDIGHETEN", bold=True, size=14),
        LINE("Polisregion Mitt, Lokalpolisområde Hallsjö"),
        LINE("Ingripandeverksamheten"),
        SP(0.8),
        TITLE("Underrättelse till socialtjänsten", 15),
        LINE("om omhändertagande av underårig enligt 12 § polislagen (1984:387)"),
        SP(0.4),
        KV("Diarienummer:", "K298451-26"),
        KV("Datum:", "2026-10-31"),
        KV("Mottagare:", "Socialtjänsten i Hallsjö kommun, Barn och unga"),
        H2("UPPGIFTER OM DEN UNGE"),
        KV("Namn:", li.name),
        KV("Personnummer:", li.pnr),
        KV("Adress:", "Sjövägen 41, 734 33 Hallsjö"),
        KV("Vårdnadshavare:", "Petra Berggren, telefon 070-319 25 06"),
        H2("OMHÄNDERTAGANDET"),
        KV("Tid:", "2026-10-30 klockan 23.15"),
        KV("Plats:", "Parkeringen vid Hallsjö sporthall, Idrottsvägen 5"),
        KV("Grund:", "Den unge anträffades berusad utomhus sent på kvällen"),
        H2("HÄNDELSEBESKRIVNING"),
        P("En patrull kontrollerade en grupp om sex ungdomar på parkeringen vid sporthallen "
          "efter ett samtal från en förbipasserande. Liam Berggren var kraftigt berusad, hade "
          "svårt att stå upp och kräktes. Han uppgav att han hade druckit vodka som en äldre "
          "kompis hade köpt. Liam hade en öppnad flaska sprit i sin jacka, som togs i beslag och "
          "hälldes ut."),
        P("Eftersom Liam är 15 år och bedömdes vara i fara togs han om hand och fördes till "
          "polisstationen i Hallsjö. Patrullen försökte nå hans mamma vid flera tillfällen "
          "utan att lyckas. Klockan 00.40 kom mamma till polisstationen, och Liam lämnades "
          "över till henne klockan 00.55."),
        P("Liam berättade för polisen att han brukar vara ute på helgerna och att han inte "
          "har gått till skolan på flera veckor. Mamma uppgav att hon inte visste var Liam "
          "befann sig och att hon har svårt att sätta gränser för honom."),
        H2("POLISENS BEDÖMNING"),
        P("Polisen bedömer att det finns anledning för socialtjänsten att utreda om Liam "
          "behöver stöd eller skydd. Liam har tidigare anträffats berusad vid ett tillfälle i "
          "augusti 2026."),
        SP(0.6),
        KV("Handläggare:", "Polisassistent Sofia Randell"),
        KV("Telefon:", "114 14"),
        SP(0.6),
        LINE("Hallsjö 2026-10-31"),
        SP(1.1),
        LINE("Sofia Randell"),
        LINE("Polisassistent"),
    ]


def stack_beslut_blocks():
    a = ALI
    return [
        LINE("Hallsjö kommun", bold=True, size=14),
        LINE("Socialnämnden, Individ- och familjeomsorgen"),
        LINE("Barn och unga, Stadshuset, 734 80 Hallsjö"),
        SP(0.8),
        TITLE("Beslut", 17),
        LINE("om bistånd enligt socialtjänstlagen"),
        SP(0.4),
        KV("Diarienummer:", "SN 2026/0413"),
        KV("Beslutsdatum:", "2026-10-28"),
        KV("Barnet:", "%s, %s" % (a.name, a.pnr)),
        KV("Vårdnadshavare:", "Leila Hassan och Peter Nyberg, gemensam vårdnad"),
        KV("Adress:", "Lindgatan 9 A, 734 35 Hallsjö"),
        H2("Ansökan"),
        P("Vårdnadshavarna ansökte 2026-09-14 om en kontaktfamilj för Ali. De har uppgett att "
          "Ali behöver fler vuxna att vara med, att han har få kamrater och att familjen saknar "
          "nätverk i Hallsjö. Pappa har under året haft en långvarig sjukskrivning."),
        H2("Beslut"),
        P("Socialnämnden beviljar Ali Hassan Nyberg bistånd i form av kontaktfamilj en helg i "
          "månaden, från fredag klockan 16 till söndag klockan 16, under tiden 2026-11-01 till "
          "2027-04-30."),
        H2("Skäl för beslutet"),
        P("Av utredningen framgår att Ali är en glad och nyfiken pojke som trivs i skolan men "
          "som har få sammanhang utanför familjen. Föräldrarna ger honom god omsorg men orkar "
          "för närvarande inte med aktiviteter på fritiden. Ali har själv sagt att han gärna "
          "vill träffa en kontaktfamilj. Socialnämnden bedömer att Ali behöver insatsen för att "
          "tillförsäkras en skälig levnadsnivå och att hans behov inte kan tillgodoses på annat "
          "sätt. Insatsen är förenlig med Alis bästa."),
        H2("Uppföljning"),
        P("Insatsen följs upp vid ett möte med vårdnadshavarna och kontaktfamiljen i februari "
          "2027. Handläggare är socialsekreterare Fatima Olsson."),
        H2("Hur man överklagar"),
        P("Beslutet bifaller ansökan. Om ni inte är nöjda med beslutet kan ni överklaga det "
          "till Förvaltningsrätten i Mälarvik. Skrivelsen ska skickas till socialnämnden i "
          "Hallsjö kommun och ska ha kommit in inom tre veckor från den dag ni fick del av "
          "beslutet. Ange vilket beslut ni överklagar och vilken ändring ni vill ha."),
        SP(0.4),
        LINE("Hallsjö 2026-10-28"),
        SP(1.1),
        LINE("Fatima Olsson"),
        LINE("Socialsekreterare, beslut fattat på delegation från socialnämnden"),
    ]


def cover_sheet_lines(case_id, title, printed_by):
    """The print of a cover sheet as Sluss draws it (Sources/SlussCore/CoverSheet.swift): text
    in DejaVu Sans whose top is at y pt, so its baseline is at y + size."""
    margin = 60.0

    def text(s, y, size, bold=False):
        return Line(y + size, [Item(margin, s, "dsans-b" if bold else "dsans", size)], s)

    lines = [
        text("FÖRSÄTTSBLAD", 56, 28, bold=True),
        text("Lägg bladet överst på handlingarna som hör till ärendet och skanna allt i en "
             "bunt.", 112, 11),
        text("Sluss delar bunten vid varje försättsblad och kopplar handlingarna till ärendet "
             "nedan.", 128, 11),
        text("Ärende", 176, 14),
        text(case_id, 196, 44, bold=True),
    ]
    if title:
        lines.append(text(title, 258, 16))
    lines.append(text("Utskrivet %s av %s med Sluss. Bladet sparas i spårbarheten, inte i "
                      "handlingens text." % (COVER_SHEET_PRINTED, printed_by), 748, 9))
    return lines


def render_cover_sheet(case_id, title, printed_by, dpi, ink=28):
    """Ink image of a cover sheet: its print, its two rules and its QR code (segno, level M,
    byte mode, like libqrencode's QR_ECLEVEL_M / QR_MODE_8 in Sluss), 220 pt square, centred,
    at y = 320 pt. Returns (image, lines, payload, QR box in px)."""
    import segno

    lines = cover_sheet_lines(case_id, title, printed_by)
    img = render_page(lines, dpi, ink=(ink, ink, ink))
    draw = ImageDraw.Draw(img)
    s = dpi / 72.0
    margin, width = 60.0, A4_W - 120.0
    for y in (100.0, 740.0):
        draw.rectangle([round(margin * s), round((y - 0.5) * s),
                        round((margin + width) * s) - 1, round((y + 0.5) * s) - 1], fill=ink)
    payload = COVER_SHEET_PREFIX + case_id
    qr = segno.make_qr(payload, error="m", mode="byte", boost_error=False)
    border = 4                                   # quiet zone, in modules
    rows = list(qr.matrix_iter(scale=1, border=border))
    n = len(rows) - 2 * border                   # modules per side of the symbol
    side = 220.0
    module = side / n
    x0 = (A4_W - side) / 2 - border * module
    y0 = 320.0 - border * module
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                draw.rectangle([round((x0 + c * module) * s), round((y0 + r * module) * s),
                                round((x0 + (c + 1) * module) * s) - 1,
                                round((y0 + (r + 1) * module) * s) - 1], fill=ink)
    box = (round((A4_W - side) / 2 * s), round(320.0 * s),
           round(((A4_W - side) / 2 + side) * s), round((320.0 + side) * s))
    return img, lines, payload, box


def scribble_over(img, box, rng, ink=44):
    """Crosses out box (px) with a thick felt-tip pen, as someone who wants a code unreadable
    does: two dense zigzags of slanted strokes, one falling and one rising, then a cross."""
    draw = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    pad = 0.05 * (x1 - x0)
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    pen = max(3, int(round(img.width / 110)))     # about 2 mm at any resolution
    drop = 0.2 * (y1 - y0)

    def u(a, b):
        return float(rng.uniform(a, b))

    for sign in (1, -1):
        pts, y, left = [], y0 if sign > 0 else y0 + drop, True
        end = y1 - drop if sign < 0 else y1
        while y <= end + pen:
            if left:
                pts.append((x0 + u(-1.0, 1.5) * pen, min(max(y, y0), y1)))
            else:
                pts.append((x1 + u(-1.5, 1.0) * pen, min(max(y - sign * drop, y0), y1)))
                y += pen * u(2.0, 2.6)
            left = not left
        draw.line(pts, fill=ink, width=pen, joint="curve")
    w = int(pen * 1.5)
    for a, b in (((x0, y0), (x1, y1)), ((x1, y0), (x0, y1))):
        draw.line([(a[0] + u(-1, 1) * pen, a[1] + u(-1, 1) * pen),
                   (b[0] + u(-1, 1) * pen, b[1] + u(-1, 1) * pen)], fill=ink, width=w)


# The stack, page by page: ("sheet", case, title, printed by, crossed out) or
# ("doc", key), the documents laid out by stack_documents().
STACK_NAME = "blandad-bunt.pdf"
STACK_CASES = {
    "oro": "SN 2026/0412",
    "bup": "SN 2026/0412",
    "skol": "IFO-2026-0007",
    "polis": None,          # after a cover sheet whose code is crossed out: for a person
    "beslut": "SN 2026/0413",
}
STACK_SEQUENCE = [
    ("doc", "oro"),
    ("sheet", "SN 2026/0412", "Yttrande från BUP", "Maja Berglund", False),
    ("doc", "bup"),
    ("sheet", "IFO-2026-0007", None, "Johan Persson", False),
    ("doc", "skol"),
    ("sheet", "SN 2026/0415", "Underrättelse från polisen", "Maja Berglund", True),
    ("doc", "polis"),
    ("sheet", "SN 2026/0413", "Beslut om kontaktfamilj", "Fatima Olsson", False),
    ("doc", "beslut"),
]
STACK_UPSIDE_DOWN = 5


def stack_documents(measure):
    """key -> (pages of Line, class, title, date, sender, font key)."""
    docs = {}

    def one_page(blocks, geo, st):
        pages = layout(blocks, geo, st, measure)
        assert len(pages) == 1, len(pages)
        return pages

    st = Style(body="lsans", size=10, leading=1.38, h1=12, h2=11, title=15,
               para_gap=0.4, h2_gap=0.5)
    geo = Geometry(left=70, right=64, top=56, bottom=62)
    pages = one_page(stack_orosanmalan_blocks(), geo, st)
    add_furniture(pages, geo, st, footer="Förskolan Solrosen, anmälan om oro, %s" % VINCENT.pnr,
                  footer_size=8.5)
    docs["oro"] = (pages, "orosanmalan", "Anmälan om oro för barn", "2026-10-19",
                   "Förskolan Solrosen, Hallsjö kommun", st.body)

    st = Style(body="lserif", size=11.5, leading=1.45, h1=13, h2=12, title=16,
               para_gap=0.5, h2_gap=0.7)
    geo = Geometry(left=72, right=66, top=70, bottom=74)
    pages = one_page(stack_bup_blocks(), geo, st) + one_page(stack_bup_blocks_2(), geo, st)
    add_furniture(pages, geo, st, header="BUP Hallsjö, yttrande 2026-10-27, %s" % VINCENT.short)
    docs["bup"] = (pages, "bup-utredning", "Yttrande till socialtjänsten", "2026-10-27",
                   "Region Mälarvik, BUP Hallsjö", st.body)

    st = Style(body="dserif", size=10.5, leading=1.4, h1=13, h2=11.5, title=15,
               para_gap=0.45, h2_gap=0.5)
    geo = Geometry(left=74, right=64, top=64, bottom=60)
    docs["skol"] = (one_page(stack_skolyttrande_blocks(), geo, st), "skolyttrande",
                    "Yttrande från skolan", "2026-10-23", "Norrbackaskolan 7-9, Elevhälsan",
                    st.body)

    st = Style(body="dsans", size=10, leading=1.42, h1=12.5, h2=11, title=15,
               para_gap=0.45, h2_gap=0.6)
    geo = Geometry(left=68, right=62, top=62, bottom=66)
    docs["polis"] = (one_page(stack_polis_blocks(), geo, st), "polisanmalan",
                     "Underrättelse om omhändertagande av underårig", "2026-10-31",
                     "Polismyndigheten, Polisregion Mitt", st.body)

    st = Style(body="lsans", size=10.5, leading=1.4, h1=12.5, h2=11.5, title=17,
               para_gap=0.4, h2_gap=0.55)
    geo = Geometry(left=72, right=64, top=62, bottom=64)
    docs["beslut"] = (one_page(stack_beslut_blocks(), geo, st), "beslut",
                      "Beslut om kontaktfamilj", "2026-10-28",
                      "Socialnämnden, Hallsjö kommun", st.body)
    return docs


STACK_JPEG_QUALITY = 20


def make_stack(outdir):
    """The mixed stack; returns (manifest entry, ground truth)."""
    dpi = 200
    docs = stack_documents(pil_measure(dpi))
    rng = np.random.default_rng(2026110207)
    pen_rng = np.random.default_rng(2026110217)
    n_pages = sum(len(docs[s[1]][0]) if s[0] == "doc" else 1 for s in STACK_SEQUENCE)
    skews = skews_for(rng, n_pages, 0.9)
    out, truths, fonts = [], [], []
    parts, sheets, unreadable, payloads, subjects = [], [], [], {}, {}
    page_no, last_sheet = 0, None
    for step in STACK_SEQUENCE:
        if step[0] == "sheet":
            _, case_id, title, printed_by, crossed = step
            page_no += 1
            ink, lines, payload, box = render_cover_sheet(case_id, title, printed_by, dpi)
            if crossed:
                scribble_over(ink, box, pen_rng)
                unreadable.append(page_no)
            else:
                payloads[str(page_no)] = payload
            sheets.append(page_no)
            last_sheet = "unreadable" if crossed else "read"
            pages_ink = [(ink, lines)]
            if "DejaVu Sans" not in fonts:
                fonts.append("DejaVu Sans")
        else:
            key = step[1]
            pages, cls, title, date, sender, font = docs[key]
            case_id = STACK_CASES[key]
            first = page_no + 1
            pages_ink = [(render_page(p, dpi, ink=(34, 34, 34)), p) for p in pages]
            page_no += len(pages)
            # routed by the sheet before it, by its text when there is none, and by a person
            # when the sheet's code cannot be read
            by = {None: "text", "read": "cover-sheet", "unreadable": "review"}[last_sheet]
            assert (by == "review") == (case_id is None)
            last_sheet = None
            parts.append({"pages": [first, page_no], "case": case_id, "by": by,
                          "class": cls, "title": title, "date": date, "sender": sender})
            if FONT_NAMES[font] not in fonts:
                fonts.append(FONT_NAMES[font])
        for i, (ink, lines) in enumerate(pages_ink):
            n = page_no - len(pages_ink) + 1 + i
            arr = scan(ink, rng, skews[n - 1], blur=0.85, paper=(241,), texture=1.6,
                       fine=0.0, speckles=220)
            img = Image.fromarray(to_uint8(arr), "L")
            if n == STACK_UPSIDE_DOWN:
                img = img.transpose(Image.ROTATE_180)
            out.append((jpeg_bytes(img, STACK_JPEG_QUALITY, dpi), img.width, img.height,
                        "DeviceGray"))
            truths.append(truth_of([lines]).rstrip("\n"))
    assert page_no == n_pages == len(out)
    # the first part has no sheet before it: it is routed by its subject's personnummer
    subjects[parts[0]["case"]] = VINCENT.pnr
    truth = "\f".join(truths) + "\n"
    check_stack(parts, truths, sheets)
    write_image_pdf(os.path.join(outdir, STACK_NAME), out, dpi, "Skannad bunt",
                    "Sluss sample generator")
    pnrs = []
    for pnr in re.findall(r"\b\d{6}-\d{4}\b", truth):
        if pnr not in pnrs:
            pnrs.append(pnr)
    return {
        "name": STACK_NAME, "class": None, "format": "pdf",
        "pages": n_pages, "dpi": dpi, "text_layer": False,
        "image": "8-bit grey, JPEG (DCTDecode), one image per page",
        "rotated_pages": {str(STACK_UPSIDE_DOWN): 180}, "skew_degrees": skews,
        "font": ", ".join(fonts), "subject": None, "other_personnummer": pnrs,
        "stack": {
            "subjects": subjects,
            "parts": parts,
            "cover_sheets": sheets,
            "unreadable_cover_sheets": unreadable,
            "cover_sheet_payloads": payloads,
        },
    }, truth


def check_stack(parts, truths, sheets):
    """What the stack's manifest promises, checked against its text: only the first part names
    its case's subject; the part for review names no case number of the stack; no document
    carries a cover sheet's print."""
    case_numbers = ["SN 2026/0412", "SN 2026/0413", "SN 2026/0415", "IFO-2026-0007"]
    first = parts[0]
    for part in parts:
        text = "\n".join(truths[part["pages"][0] - 1:part["pages"][1]])
        assert "FÖRSÄTTSBLAD" not in text.upper() and "SLUSS" not in text.upper()
        has_subject = VINCENT.pnr in text
        assert has_subject == (part is first), part
        if part is first:
            assert first["by"] == "text"
            assert not any(c in text for c in case_numbers if c != first["case"])
        if part["by"] == "review":
            assert not any(c in text for c in case_numbers), part
        for pnr in re.findall(r"\b\d{6}-\d{4}\b", text):
            assert luhn_valid(pnr.replace("-", "")), pnr
    for n in sheets:
        assert "FÖRSÄTTSBLAD" in truths[n - 1] and "Sluss delar bunten" in truths[n - 1]
    assert [p["by"] for p in parts].count("text") == 1


# --------------------------------------------------------------------------
# Driver

DOCUMENTS = [
    (make_bup, "Neuropsykiatrisk utredning", "2026-01-22",
     "Region Mälarvik, BUP Hallsjö"),
    (make_orosanmalan, "Anmälan om oro för barn", "2026-01-20",
     "Ekbackeskolan, Hallsjö kommun"),
    (make_lakarintyg, "Läkarintyg", "2026-02-16",
     "Region Mälarvik, Barn- och ungdomsmedicinska kliniken"),
    (make_skolyttrande, "Yttrande från skolan", "2026-02-02",
     "Ekbackeskolan, Elevhälsan"),
    (make_polisanmalan, "Underrättelse till socialnämnden", "2026-02-15",
     "Polismyndigheten, Polisregion Mitt"),
    (make_beslut, "Dom", "2026-03-12", "Förvaltningsrätten i Mälarvik"),
]

CONVENTIONS = {
    "ground_truth": "UTF-8; one printed line per text line, no blank lines, no trailing "
                    "spaces; pages separated by a form feed (U+000C), file ends with a "
                    "newline; pages in the order of the file, each page's text upright",
    "rotated_pages": "1-based page number -> degrees clockwise that the upright page image "
                     "was rotated when stored (rotate the stored image counter-clockwise by "
                     "that much to make it upright)",
    "skew_degrees": "per page, degrees clockwise of the printed text relative to the "
                    "upright page, applied before any rotation; 0.0 for born-digital pages",
    "dpi": "resolution of the stored page images; null for born-digital PDFs",
    "ground_truth_chars": "length of the ground truth after collapsing every whitespace "
                          "run (line breaks and form feeds included) to one space",
    "fictitious": "all people, addresses, case numbers and personnummer are invented; "
                  "personnummer have a valid Luhn check digit",
}


STACK_TITLE = "Blandad bunt: fem handlingar för fyra ärenden, med försättsblad"
STACK_SENDER = "Flera avsändare, skannade i en bunt av registraturen, Hallsjö kommun"

# only in samples/.ground-truth/manifest.json (bench/generate-bench.py reuses CONVENTIONS)
STACK_CONVENTIONS = {
    "stack": "set for a file holding several documents scanned in one go (its class and "
             "subject are null; other_personnummer lists every personnummer in it): "
             "subjects maps a case number to its subject's personnummer, to register before "
             "ingesting; parts are the documents in page order, with their first and last "
             "page in the file, the case they belong to (null: left for a person) and how "
             "that is known (cover-sheet: the Sluss cover sheet before it; text: a "
             "personnummer or case number in it; review: a person decides); cover_sheets "
             "are the pages that are cover sheets, unreadable_cover_sheets those whose QR "
             "code cannot be decoded, and cover_sheet_payloads the QR text of the others",
}


def person_json(p):
    return {"name": p.name, "personnummer": p.pnr}


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", default=os.path.join(os.path.dirname(here), "samples"))
    args = ap.parse_args(argv)
    for path in FONT_FILES.values():
        if not os.path.exists(path):
            sys.exit("missing font %s (install fonts-liberation2 and fonts-dejavu-core)" % path)
    outdir = args.outdir
    gtdir = os.path.join(outdir, ".ground-truth")
    os.makedirs(gtdir, exist_ok=True)
    files = []
    for make, title, date, sender in DOCUMENTS:
        meta, truth = make(outdir)
        assert "  " not in truth and " \n" not in truth
        pages = truth.rstrip("\n").split("\f")
        assert len(pages) == meta["pages"], (meta["name"], len(pages))
        with open(os.path.join(gtdir, meta["name"] + ".txt"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(truth)
        pnrs = re.findall(r"\b\d{6}-\d{4}\b", truth)
        for pnr in pnrs:
            assert luhn_valid(pnr.replace("-", "")), pnr
        subject = meta.pop("subject")
        others = meta.pop("other_personnummer")
        assert subject.pnr in truth
        entry = {
            "name": meta["name"],
            "class": meta["class"],
            "format": meta["format"],
            "pages": meta["pages"],
            "dpi": meta["dpi"],
            "text_layer": meta["text_layer"],
            "image": meta["image"],
            "rotated_pages": meta["rotated_pages"],
            "skew_degrees": meta["skew_degrees"],
            "font": meta["font"],
            "title": title,
            "date": date,
            "sender": sender,
            "subject": person_json(subject),
            "other_personnummer": others,
            "ground_truth": ".ground-truth/%s.txt" % meta["name"],
            "ground_truth_chars": len(" ".join(truth.split())),
        }
        files.append(entry)
        print("%-20s %2d page(s)  %8d bytes" % (meta["name"], meta["pages"],
                                                os.path.getsize(os.path.join(outdir, meta["name"]))))
    meta, truth = make_stack(outdir)
    assert "  " not in truth and " \n" not in truth
    assert len(truth.rstrip("\n").split("\f")) == meta["pages"]
    with open(os.path.join(gtdir, meta["name"] + ".txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(truth)
    files.append({
        "name": meta["name"],
        "class": meta["class"],
        "format": meta["format"],
        "pages": meta["pages"],
        "dpi": meta["dpi"],
        "text_layer": meta["text_layer"],
        "image": meta["image"],
        "rotated_pages": meta["rotated_pages"],
        "skew_degrees": meta["skew_degrees"],
        "font": meta["font"],
        "title": STACK_TITLE,
        "date": COVER_SHEET_PRINTED,
        "sender": STACK_SENDER,
        "subject": meta["subject"],
        "other_personnummer": meta["other_personnummer"],
        "ground_truth": ".ground-truth/%s.txt" % meta["name"],
        "ground_truth_chars": len(" ".join(truth.split())),
        "stack": meta["stack"],
    })
    print("%-20s %2d page(s)  %8d bytes" % (meta["name"], meta["pages"],
                                            os.path.getsize(os.path.join(outdir, meta["name"]))))
    conventions = dict(CONVENTIONS)
    conventions.update(STACK_CONVENTIONS)
    manifest = {
        "description": "Fictitious scanned sample documents for Sluss, made by "
                       "scripts/generate-samples.py",
        "conventions": conventions,
        "files": files,
    }
    with open(os.path.join(gtdir, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
