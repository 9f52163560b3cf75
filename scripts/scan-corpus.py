#!/usr/bin/env python3
"""Print and scan a labelled text corpus: one realistic scanned file per text file.

    scripts/scan-corpus.sh CORPUS OUT [--limit-per-class N] [--jobs J]   (sets up fonts
                                                                          and packages)
    scan-corpus.py CORPUS OUT [--limit-per-class N] [--jobs J]

Reads CORPUS/<class-id>/<name>.txt (UTF-8, one document per file) and writes
OUT/<class-id>/<name>.<ext>, the document as an office printer would print it and a
scanner would store it, plus OUT/manifest.json (per file: class, source text file,
format, DPI, pages, rotated pages, skew per page, font). Meant for evaluating the
document classifier on real OCR output rather than on clean text.

Each text line becomes a printed line: long lines wrap to the page width, blank lines
are paragraph gaps, runs of two or more spaces separate the cells of a table row or a
form field (kept at their columns), leading spaces indent, and short heading-like
lines are set bold. Text runs on over as many A4 pages as it needs.

Per document, with a seed from its path relative to CORPUS: font (Liberation or DejaVu,
serif or sans, 10-12 pt), margins, resolution (200 or 300 DPI), format (image-only PDF
of JPEG pages, multi-page TIFF in grey or bilevel, PNG or JPEG for single pages),
skew (up to 1.5 degrees), paper and scanner noise; about one document in 10 has a page
stored upside down and one in 15 a page stored sideways.

Reuses the layout, rendering, scanner simulation and PDF writer of
scripts/generate-samples.py. Every page has its own random stream, so the output is
byte-identical from run to run, whatever --jobs. Files already in OUT are overwritten,
others are left alone.
"""

import argparse
import concurrent.futures
import hashlib
import importlib.util
import json
import multiprocessing
import os
import re
import sys
import time

import numpy as np
from PIL import Image


def _load_generator():
    """scripts/generate-samples.py as the module 'generate_samples' (its file name has a
    hyphen). Registered in sys.modules so that its classes pickle by reference into
    worker processes; the same loader as bench/sample_generator.py."""
    name = "generate_samples"
    if name in sys.modules:
        return sys.modules[name]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generate-samples.py")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


gs = _load_generator()

PRODUCER = "Sluss corpus scanner"
BODY_FONTS = ["lserif", "lsans", "dserif", "dsans"]
BODY_SIZES = [10.0, 10.5, 11.0, 11.5, 12.0]
JPEG_QUALITIES = [40, 50, 55, 65, 75]      # office scanners' "normal" to "high" quality
# format drawn per document; PNG and JPEG hold one page, so longer documents become PDFs
FORMATS = [("pdf", 0.40), ("tiff", 0.25), ("png", 0.20), ("jpeg", 0.15)]
EXTENSIONS = {"pdf": "pdf", "tiff": "tif", "png": "png", "jpeg": "jpg"}
FOOTERS = ["Sida {n} av {m}", "{n} ({m})", "Sida {n}"]
UPSIDE_DOWN_RATE = 1 / 10
SIDEWAYS_RATE = 1 / 15
MAX_SKEW = 1.5


# --------------------------------------------------------------------------
# The corpus

def find_documents(corpus, limit):
    """Relative paths 'class/name.txt', sorted; the first `limit` of each class."""
    docs = []
    for cls in sorted(os.listdir(corpus)):
        folder = os.path.join(corpus, cls)
        if cls.startswith(".") or not os.path.isdir(folder):
            continue
        names = sorted(n for n in os.listdir(folder)
                       if n.endswith(".txt") and not n.startswith("."))
        if limit is not None:
            names = names[:limit]
        docs += [cls + "/" + n for n in names]
    return docs


def document_seed(rel_path):
    """A seed from the document's path, so that its look does not change when other
    documents are added to or removed from the corpus."""
    return int.from_bytes(hashlib.sha256(rel_path.encode("utf-8")).digest()[:8], "big")


# --------------------------------------------------------------------------
# How one document is printed and scanned

class Look:
    """Every random choice for one document, drawn in a fixed order from its seed."""

    def __init__(self, seed):
        rng = np.random.default_rng(seed)
        self.font = BODY_FONTS[int(rng.integers(len(BODY_FONTS)))]
        self.size = float(rng.choice(BODY_SIZES))
        self.leading = round(float(rng.uniform(1.25, 1.45)), 2)
        self.heading_extra = float(rng.choice([0.0, 0.5, 1.0, 2.0]))   # pt above body
        self.para_gap = float(rng.choice([0.6, 0.8, 1.0]))             # body lines
        self.margins = dict(left=float(rng.integers(62, 81)), right=float(rng.integers(56, 73)),
                            top=float(rng.integers(54, 73)), bottom=float(rng.integers(62, 79)))
        self.dpi = 300 if rng.random() < 0.6 else 200
        self.format = FORMATS[int(rng.choice(len(FORMATS), p=[p for _, p in FORMATS]))][0]
        self.bilevel = rng.random() < 0.5        # for a TIFF (fax-like G4 or grey)
        self.bilevel_png = rng.random() < 0.2    # for a PNG (mostly grey)
        self.colour = rng.random() < 0.25        # PDF and JPEG: colour scan
        self.jpeg_quality = int(rng.choice(JPEG_QUALITIES))
        self.footer = FOOTERS[int(rng.integers(len(FOOTERS)))] if rng.random() < 0.5 else None
        self.max_skew = float(rng.uniform(0.2, MAX_SKEW))
        self.upside_down = rng.random() < UPSIDE_DOWN_RATE
        self.sideways = rng.random() < SIDEWAYS_RATE
        # which page, as a fraction of the page count (known only after layout)
        self.upside_down_at, self.sideways_at = float(rng.random()), float(rng.random())
        # ink and paper: toner grey, paper brightness and texture, optics
        self.ink = int(rng.integers(20, 56))
        self.paper = int(rng.integers(236, 249))
        self.paper_rgb = [(248, 247, 242), (246, 240, 222), (244, 244, 246)][int(rng.integers(3))]
        self.texture = round(float(rng.uniform(0.8, 2.8)), 2)
        self.fine = round(float(rng.uniform(0.0, 1.2)), 2)
        self.blur = round(float(rng.uniform(0.6, 1.15)), 2)      # px at 300 DPI
        self.speckles = int(rng.integers(100, 451))              # per A4 page at 300 DPI
        self.sensor = round(float(rng.uniform(0.0, 2.5)), 2)

    def style(self):
        # para_gap 0: paragraph gaps come from the blank lines of the text
        h = self.size + self.heading_extra
        return gs.Style(body=self.font, size=self.size, leading=self.leading, h1=h, h2=h,
                        title=h, para_gap=0.0, h1_gap=0.25, h2_gap=0.25)

    def geometry(self):
        return gs.Geometry(**self.margins)

    def noise(self):
        """Arguments of gs.scan. Blur is in pixels and speckles are counted per page, so
        both scale with the resolution to look alike at 200 and 300 DPI."""
        scale = self.dpi / 300.0
        return dict(blur=round(self.blur * scale, 3), texture=self.texture, fine=self.fine,
                    speckles=int(round(self.speckles * scale * scale)), sensor=self.sensor)


def output_format(look, n_pages):
    """(format, image description) for a document of n_pages pages."""
    fmt = look.format
    if fmt in ("png", "jpeg") and n_pages > 1:
        fmt = "pdf"
    if fmt == "tiff":
        return fmt, ("1-bit bilevel, CCITT Group 4" if look.bilevel else "8-bit grey, LZW")
    if fmt == "png":
        return fmt, "1-bit bilevel PNG" if look.bilevel_png else "8-bit grey PNG"
    kind = "colour" if look.colour else "8-bit grey"
    if fmt == "jpeg":
        return fmt, "%s JPEG quality %d" % (kind, look.jpeg_quality)
    return fmt, "%s JPEG (DCTDecode) quality %d, one image per page" % (kind, look.jpeg_quality)


def page_rotations(look, n_pages):
    """{page: degrees clockwise as stored}: at most one page upside down and one sideways,
    on different pages; a one-page document can only be one of them (sideways wins)."""
    rotations = {}
    if look.upside_down:
        rotations[int(look.upside_down_at * n_pages) + 1] = 180
    if look.sideways:
        page = int(look.sideways_at * n_pages) + 1
        if page in rotations and n_pages > 1:
            page = page % n_pages + 1
        rotations[page] = 90
    return dict(sorted(rotations.items()))


# --------------------------------------------------------------------------
# Text lines to layout blocks

CELL = re.compile(r"\S+(?: \S+)*")         # words joined by single spaces
LIST_ITEM = re.compile(r"^([-–•*]|\d{1,2}[.)]|[a-z][.)])\s+\S")
SENTENCE_END = re.compile(r"[.!?:]$")


def cells_of(line):
    """[(start column, end column, text)]: runs of two or more spaces separate cells, as
    in table rows, form fields and text placed to the right. A prose line typed with two
    spaces after its full stops stays one cell."""
    cells = [(m.start(), m.end(), m.group()) for m in CELL.finditer(line)]
    if len(cells) > 1:
        gaps = [b[0] - a[1] for a, b in zip(cells, cells[1:])]
        typed_prose = all(g == 2 for g in gaps) and all(
            SENTENCE_END.search(c[2]) for c in cells[:-1])
        long_prose = any(len(c[2]) > 60 for c in cells[:-1]) and len(line.strip()) > 100
        if typed_prose or long_prose:
            text = " ".join(c[2] for c in cells)
            cells = [(cells[0][0], cells[0][0] + len(text), text)]
    return cells


def is_caps(text):
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def looks_like_heading(text, first, after_blank, next_text):
    """A short line without final punctuation that an office document would set bold:
    a letterhead's first line, a line in capitals, or a short line between a blank line
    and a paragraph."""
    if len(text) > 70 or re.search(r"[.,;:!?]$", text):
        return False
    if first and len(text) <= 50 and not re.search(r"\d", text):
        return True         # a letterhead (a letter's first line is a place and date)
    if is_caps(text):
        return True
    if re.search(r":\s", text) or sum(ch.isdigit() for ch in text) >= 6:
        return False        # a "label: value" line or a number, not a heading
    return (after_blank and next_text is not None and len(next_text) > 70
            and len(text) <= 60 and len(text.split()) <= 8
            and (text[0].isupper() or re.match(r"\d+(\.\d+)*\.? \w", text) is not None))


def parse_lines(text):
    """The text as a list of ('blank', n), ('break',), ('text', indent, text, heading)
    or ('row', cells) entries. A form feed is a page break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(8)
    entries = []
    for k, part in enumerate(text.split("\f")):
        if k:
            entries.append(("break",))
        entries += parse_part([ln.rstrip() for ln in part.split("\n")], first=k == 0)
    return entries


def parse_part(lines, first):
    """Entries of the lines between page breaks; `first`: they open the document."""
    entries, blanks = [], 0
    for i, ln in enumerate(lines):
        if not ln:
            blanks += 1
            continue
        if blanks and entries:
            entries.append(("blank", blanks))
        cells = cells_of(ln)
        if len(cells) > 1:
            entries.append(("row", cells))
        else:
            start, _, t = cells[0]
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            heading = start == 0 and looks_like_heading(t, first, blanks > 0 or first,
                                                        nxt or None)
            entries.append(("text", start, t, heading))
        first, blanks = False, 0
    return entries


def right_anchored(rows):
    """For a run of consecutive table rows: per row, per cell, the column its right edge
    aligns on (numbers in a column), or None when it aligns on its left edge. Typed
    text is not always exact, so right edges one column apart count as aligned and
    snap to the farther one."""
    out = []
    for r, cells in enumerate(rows):
        others = [c for k, row in enumerate(rows) if k != r for c in row]
        anchors = []
        for s, e, _ in cells:
            ends = [o[1] for o in others if abs(o[1] - e) <= 1 and o[0] != s]
            starts = [o for o in others if o[0] == s]
            anchors.append(max(ends + [e]) if len(ends) > len(starts) else None)
        out.append(anchors)
    return out


class Typesetter:
    """Turns parsed lines into gs.layout blocks for one page geometry and style.

    Source columns map to points with one column width for the whole document, so that
    cells aligned in the text stay aligned on paper. A proportional font's text may be
    wider than its columns, so cells are pushed right (or pulled left at the right
    margin) to keep a clear gap between the runs of a line, and the other cells of the
    same column in the same table follow them."""

    def __init__(self, entries, geom, style, measure):
        self.geom, self.style, self.measure = geom, style, measure
        self.width = geom.text_width
        self.gap = max(6.0, 0.8 * style.size)
        # the columns the text's layout needs; a long last cell wraps anyway, so only
        # its first 30 characters count
        widest = max([c[1] for e in entries if e[0] == "row" for c in e[1][:-1]]
                     + [e[1][-1][0] + min(len(e[1][-1][2]), 30)
                        for e in entries if e[0] == "row"]
                     + [e[1] + min(len(e[2]), 30) for e in entries if e[0] == "text" and e[1] > 0]
                     + [1])
        sample = "Socialnämnden beslutar 2025-08-19 om ekonomiskt bistånd"
        char = measure(sample, style.body, style.size) / len(sample)
        self.col = min(char, self.width / widest)

    def blocks(self, entries, para_gap):
        out, i = [], 0
        while i < len(entries):
            e = entries[i]
            if e[0] == "blank":
                out.append(gs.SP(para_gap * min(e[1], 3)))
            elif e[0] == "break":
                out.append(gs.PB())
            elif e[0] == "text":
                out += self.text_line(*e[1:])
            else:       # a run of consecutive rows, aligned together
                j = i
                while j < len(entries) and entries[j][0] == "row":
                    j += 1
                out += self.table([entries[k][1] for k in range(i, j)])
                i = j
                continue
            i += 1
        return out

    def at(self, x, text, bold=False):
        """One run of text on its own line, x pt from the left margin, not wrapped."""
        return gs.TABLE([(x, "l")], [[text]], header=bold)

    def text_line(self, start, text, heading):
        if heading:
            return [gs.H2(text)]
        x = min(start * self.col, 0.55 * self.width)
        marker = LIST_ITEM.match(text)
        if not marker:
            return [gs.P(text, x)]
        # list item: continuation lines hang under the text after the marker
        hang = self.measure(marker.group(1) + " ", self.style.body, self.style.size)
        lines = gs.wrap(text, self.width - x - hang, self.measure, self.style.body,
                        self.style.size)
        return [self.at(x if k == 0 else x + hang, ln) for k, ln in enumerate(lines)]

    def table(self, rows):
        """Blocks of a run of consecutive rows. Placed twice: first each row alone, then
        with every left-aligned cell at least where the most pushed cell of its column
        landed, so that columns stay straight."""
        anchors = right_anchored(rows)
        floors = {}
        for cells, anc in zip(rows, anchors):
            placed = self.place(cells, anc, self.row_font(cells), {})
            for (s, _, _), right, p in zip(cells, anc, placed or []):
                if right is None:
                    floors[s] = max(floors.get(s, 0.0), p[0])
        return [b for cells, anc in zip(rows, anchors) for b in self.row(cells, anc, floors)]

    def row_font(self, cells):
        """Bold for a row in capitals (a letterhead with a title at the right)."""
        return self.style.bold if all(is_caps(c[2]) for c in cells) else self.style.body

    def place(self, cells, anchors, font, floors):
        """[x0, width, text] per cell, left to right with clear gaps, or None when the
        row does not fit the text width. floors: least x of a left-aligned cell by its
        source column."""
        size = self.style.size
        placed, end = [], None
        for (s, _, t), right in zip(cells, anchors):
            w = self.measure(t, font, size)
            if right is not None:
                x0 = right * self.col - w
            else:
                x0 = max(s * self.col, floors.get(s, 0.0))
            if end is not None:
                x0 = max(x0, end + self.gap)
            placed.append([max(x0, 0.0), w, t])
            end = placed[-1][0] + w
        if end > self.width:    # pull in from the right margin, keeping the gaps
            limit = self.width
            for p in reversed(placed):
                p[0] = min(p[0], limit - p[1])
                limit = p[0] - self.gap
            if placed[0][0] < 0:
                return None
        return placed

    def row(self, cells, anchors, floors):
        font = self.row_font(cells)
        bold = font == self.style.bold
        placed = self.place(cells, anchors, font, floors)
        if placed is not None:
            cols = [(x0 + w, "r") if right is not None else (x0, "l")
                    for (x0, w, _), right in zip(placed, anchors)]
            return [gs.TABLE(cols, [[t for _, _, t in placed]], header=bold)]
        # too wide: the last cell wraps in the room right of the others (a form field
        # with a long value), or else the cells flow on over more lines
        head = self.place(cells[:-1], anchors[:-1], font, floors)
        if head is not None:
            x = head[-1][0] + head[-1][1] + self.gap
            if self.width - x >= 0.3 * self.width:
                lines = gs.wrap(cells[-1][2], self.width - x, self.measure, font,
                                self.style.size)
                cols = [(x0, "l") for x0, _, _ in head] + [(x, "l")]
                out = [gs.TABLE(cols, [[t for _, _, t in head] + [lines[0]]], header=bold)]
                return out + [self.at(x, ln, bold) for ln in lines[1:]]
        return [gs.TABLE([(x, "l") for x, _ in line], [[t for _, t in line]], header=bold)
                for line in self.flow(cells, font, floors)]

    def flow(self, cells, font, floors):
        """Lines of (x, text) for a row too wide for its columns, as a form would print
        it: the cells at their columns while they fit, then one gap apart, those that
        do not fit on the next line under the second cell, and a cell too long for any
        line wrapped."""
        size = self.style.size
        start = min(cells[0][0] * self.col, 0.55 * self.width)
        lines, line, x = [], [], start
        for s, _, text in cells:
            w = self.measure(text, font, size)
            if not lines:   # still on the first line: keep to the source's columns
                at = max(s * self.col, floors.get(s, 0.0))
                if at + w <= self.width:
                    x = max(x, at)
            if line and x + w > self.width:
                lines.append(line)
                hang = lines[0][1][0] if len(lines[0]) > 1 else start
                line, x = [], min(hang, 0.5 * self.width)
            if x + w > self.width:
                parts = gs.wrap(text, self.width - x, self.measure, font, size)
                for part in parts[:-1]:
                    lines.append(line + [(x, part)])
                    line = []
                text = parts[-1]
                w = self.measure(text, font, size)
            line.append((x, text))
            x += w + self.gap
        return lines + [line]


def overflowing_lines(pages, geom, measure):
    """Printed lines that reach past the right margin (a word longer than the line)."""
    edge = geom.width - geom.right + 2.0
    bad = []
    for page in pages:
        for ln in page:
            for it in ln.items:
                w = measure(it.text, it.font, it.size)
                x1 = {"l": it.x + w, "r": it.x, "m": it.x + w / 2}[it.anchor]
                if x1 > edge:
                    bad.append(ln.truth)
    return bad


# --------------------------------------------------------------------------
# Scanning and storing

def rotate_as_stored(img, degrees_cw):
    """The upright page image turned degrees_cw clockwise, as the scanner stored it."""
    turn = {90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}
    return img.transpose(turn[degrees_cw]) if degrees_cw else img


def scan_page(lines, look, mode, page_seed, skew, rotation):
    """One printed page scanned: a PIL image in mode 'L', 'RGB' or '1'."""
    rng = np.random.default_rng(page_seed)
    colour = mode == "RGB"
    ink = (look.ink,) * 3
    paper_image = gs.render_page(lines, look.dpi, mode="RGB" if colour else "L", ink=ink)
    paper = look.paper_rgb if colour else (look.paper,)
    arr = gs.scan(paper_image, rng, skew, paper=paper, **look.noise())
    if mode == "1":
        # the scanner's fixed threshold; dust shows as black dots of 1-2 px
        black = arr <= 128.0
        h, w = black.shape
        n = int(rng.integers(20, 120))
        for y, x, s in zip(rng.integers(0, h - 3, n).tolist(), rng.integers(0, w - 3, n).tolist(),
                           rng.integers(1, 3, n).tolist()):
            black[y:y + s, x:x + s] = True
        img = Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L").convert(
            "1", dither=Image.Dither.NONE)
    else:
        img = Image.fromarray(gs.to_uint8(arr), "RGB" if colour else "L")
    return rotate_as_stored(img, rotation)


def image_mode(look, fmt):
    if fmt == "tiff":
        return "1" if look.bilevel else "L"
    if fmt == "png":
        return "1" if look.bilevel_png else "L"
    return "RGB" if look.colour else "L"


def store(path, fmt, images, look):
    """Write the page images as one file of the given format."""
    dpi = look.dpi
    if fmt == "pdf":
        pages = [(gs.jpeg_bytes(img, look.jpeg_quality, dpi), img.width, img.height,
                  "DeviceRGB" if img.mode == "RGB" else "DeviceGray") for img in images]
        gs.write_image_pdf(path, pages, dpi, "Skannad handling", PRODUCER)
    elif fmt == "tiff":
        compression = "group4" if images[0].mode == "1" else "tiff_lzw"
        images[0].save(path, format="TIFF", compression=compression, dpi=(dpi, dpi),
                       save_all=True, append_images=images[1:])
    elif fmt == "png":
        images[0].save(path, format="PNG", dpi=(dpi, dpi))
    else:
        with open(path, "wb") as f:
            f.write(gs.jpeg_bytes(images[0], look.jpeg_quality, dpi))


# --------------------------------------------------------------------------
# One document (runs in a worker process)

def scan_document(job):
    corpus, outdir, rel = job
    seed = document_seed(rel)
    look = Look(seed)
    with open(os.path.join(corpus, rel), encoding="utf-8") as f:
        entries = parse_lines(f.read())
    style, geom = look.style(), look.geometry()
    measure = gs.pil_measure(look.dpi)
    typesetter = Typesetter(entries, geom, style, measure)
    pages = gs.layout(typesetter.blocks(entries, look.para_gap), geom, style, measure)
    if not pages:
        pages = [[]]            # an empty text still makes a (blank) page
    footer = look.footer if len(pages) > 1 else None
    if footer:
        gs.add_furniture(pages, geom, style, footer=footer)
    n = len(pages)
    fmt, image = output_format(look, n)
    rotations = page_rotations(look, n)
    skew_rng = np.random.default_rng([seed, 0])
    skews = gs.skews_for(skew_rng, n, look.max_skew)
    mode = image_mode(look, fmt)
    images = [scan_page(page, look, mode, [seed, k], skews[k - 1], rotations.get(k, 0))
              for k, page in enumerate(pages, 1)]
    name = os.path.splitext(rel)[0] + "." + EXTENSIONS[fmt]
    path = os.path.join(outdir, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    store(path, fmt, images, look)
    return {
        "name": name,
        "class": rel.split("/")[0],
        "source": rel,
        "format": fmt,
        "image": image,
        "dpi": look.dpi,
        "pages": n,
        "rotated_pages": {str(p): d for p, d in rotations.items()},
        "skew_degrees": skews,
        "font": gs.FONT_NAMES[look.font],
        "font_size": look.size,
        "footer": footer,
        "bytes": os.path.getsize(path),
    }, overflowing_lines(pages, geom, measure)


# --------------------------------------------------------------------------

CONVENTIONS = {
    "name": "path of the scanned file relative to this manifest: <class>/<source name>.<ext>",
    "source": "path of the text file it was printed from, relative to the corpus folder",
    "rotated_pages": gs.CONVENTIONS["rotated_pages"],
    "skew_degrees": "per page, degrees clockwise of the printed text relative to the "
                    "upright page, applied before any rotation",
    "dpi": "resolution of the stored page images",
    "footer": "page number line added at the foot of every page (not in the source "
              "text), or null",
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="folder of <class-id>/<name>.txt")
    ap.add_argument("outdir", help="folder for <class-id>/<name>.<ext> and manifest.json")
    ap.add_argument("--limit-per-class", type=int, default=None, metavar="N",
                    help="only the first N documents (by name) of each class")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (the output does not depend on it)")
    args = ap.parse_args(argv)
    if args.limit_per_class is not None and args.limit_per_class < 1:
        ap.error("--limit-per-class must be at least 1")
    if args.jobs < 1:
        ap.error("--jobs must be at least 1")
    for path in gs.FONT_FILES.values():
        if not os.path.exists(path):
            sys.exit("missing font %s (install fonts-liberation2 and fonts-dejavu-core)" % path)
    if not os.path.isdir(args.corpus):
        sys.exit("no such corpus folder: %s" % args.corpus)
    docs = find_documents(args.corpus, args.limit_per_class)
    if not docs:
        sys.exit("no <class-id>/<name>.txt files in %s" % args.corpus)

    started = time.monotonic()
    os.makedirs(args.outdir, exist_ok=True)
    jobs = [(args.corpus, args.outdir, rel) for rel in docs]
    files = []
    # fork: workers inherit the loaded generator module
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs,
                                                mp_context=context) as executor:
        # map returns results in the order of the jobs, whatever finishes first
        for entry, overflow in executor.map(scan_document, jobs):
            files.append(entry)
            print("%-58s %-4s %3d DPI %2d page(s) %9d bytes%s" % (
                entry["name"], entry["format"], entry["dpi"], entry["pages"], entry["bytes"],
                "  rotated %s" % entry["rotated_pages"] if entry["rotated_pages"] else ""),
                flush=True)
            for text in overflow:
                print("  warning: line wider than the page: %r" % text[:80], file=sys.stderr)
    manifest = {
        "description": "Scans of a labelled text corpus, made by scripts/scan-corpus.py%s"
                       % (" --limit-per-class %d" % args.limit_per_class
                          if args.limit_per_class else ""),
        "conventions": CONVENTIONS,
        "files": files,
    }
    with open(os.path.join(args.outdir, "manifest.json"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    pages = sum(e["pages"] for e in files)
    print("%d document(s), %d page(s) in %.1f s with %d worker(s)"
          % (len(files), pages, time.monotonic() - started, args.jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
