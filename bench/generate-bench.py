#!/usr/bin/env python3
"""Deterministic generator of benchmark inputs for Sluss (throughput and memory).

    bench/generate.sh OUTDIR [--pages N] [--jobs J]      (sets up fonts and packages)
    generate-bench.py OUTDIR [--pages N] [--jobs J]      (N defaults to 150)

Writes into OUTDIR:
  report-N.pdf          a long BUP investigation, N A4 pages, image-only: one 8-bit grey
                        JPEG per page (DCTDecode, 300 DPI, quality 55), scanner noise and
                        skew; about one page in 50 stored upside down, one page sideways
  report-50.pdf         its first 50 pages, the very same page images (only when N > 50)
  born-digital-N.pdf    the same pages as a born-digital PDF with a text layer
  duplex-blanks.pdf     a 12-page duplex scan (300 DPI grey JPEG) with 5 blank backs and
                        a signature page that holds only a few lines
  png-200/brev-NNN.png  200 short letters, notes and forms, one page each: 8-bit grey or
                        bilevel, 200 or 300 DPI (pHYs), A5 or A4
  pages/report-N/page-NNN.jpg  the JPEG of each page of report-N.pdf, byte for byte,
                        to run other OCR tools on the same images
  truth/NAME.txt        printed text of each PDF, and truth/png-200/brev-NNN.png.txt
                        for each PNG, in the conventions of samples/.ground-truth
  manifest.json         per file: pages, DPI, rotated, blank and skewed pages, truth

Reuses the layout, rendering, scanner simulation and PDF writers of
scripts/generate-samples.py. Every random choice comes from fixed seeds and each page
has its own random stream, so the output is byte-identical from run to run whatever
the number of worker processes. All people and personnummer are invented.
"""

import argparse
import concurrent.futures
import json
import multiprocessing
import os
import sys
import time

import numpy as np
from PIL import Image, ImageFilter, ImageOps

import report_text
import short_documents
from sample_generator import gs

DPI = 300
# what an office scanner's "grey, 300 DPI, normal quality" JPEG export uses
SCANNER_JPEG_QUALITY = 55
PRODUCER = "Sluss benchmark generator"
PARTIAL_REPORT_PAGES = 50
PNG_COUNT = 200
SPARSE_PAGE_LINES = 10     # a printed page with at most this many lines is "sparse"

REPORT_STYLE = gs.Style(body="lserif", size=11, leading=1.38, h1=13, h2=11.5, title=16,
                        para_gap=0.45, h1_gap=1.0, h2_gap=0.55)
REPORT_GEOMETRY = gs.Geometry(left=68, right=60, top=62, bottom=64)
DUPLEX_STYLE = gs.Style(body="lsans", size=10.5, leading=1.42, h1=12.5, h2=11.5, title=15,
                        para_gap=0.5, h2_gap=0.6)
DUPLEX_GEOMETRY = gs.Geometry(left=70, right=64, top=66, bottom=70)
A5_W, A5_H = 419.528, 595.276

# seeds: one per output, page streams derived from them
SEED_REPORT = 2026011601
SEED_DUPLEX = 2025121201
SEED_LETTERS = 2026030100


# --------------------------------------------------------------------------
# Scanning pages (runs in worker processes)

def rotate_as_stored(img, degrees_cw):
    """The upright page image turned degrees_cw clockwise, as the scanner stored it."""
    turn = {0: None, 90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}
    return img if turn[degrees_cw] is None else img.transpose(turn[degrees_cw])


def show_through(front_lines):
    """The faint mirror image of a sheet's printed front seen from its blank back:
    heavily blurred and at a few grey levels of contrast, so that no text is legible."""
    ink = gs.render_page(front_lines, DPI, ink=(40, 40, 40))
    ghost = ImageOps.mirror(ink).filter(ImageFilter.GaussianBlur(4.0))
    strength = 0.07
    return ghost.point(lambda v: int(round(255 - strength * (255 - v))))


def scan_pdf_page(job):
    """One page of an image-only PDF, printed (lines) or the blank back of a sheet
    whose front is blank_back_of: (jpeg bytes, width, height)."""
    seed, lines, blank_back_of, skew, rotation, noise = job
    rng = np.random.default_rng(seed)
    if lines is not None:
        paper_image = gs.render_page(lines, DPI, ink=(40, 40, 40))
    else:   # a blank back: only what shows through from the front of the sheet
        paper_image = show_through(blank_back_of)
    img = Image.fromarray(gs.to_uint8(gs.scan(paper_image, rng, skew, **noise)), "L")
    img = rotate_as_stored(img, rotation)
    return gs.jpeg_bytes(img, SCANNER_JPEG_QUALITY, DPI), img.width, img.height


def scan_png_letter(job):
    """One letter scanned to PNG; returns the file size."""
    seed, lines, size_pt, dpi, bilevel, skew, path = job
    rng = np.random.default_rng(seed)
    ink = gs.render_page(lines, dpi, ink=(35, 35, 35))
    # layout coordinates start at the top left corner, so a smaller page is a crop
    ink = ink.crop((0, 0, int(round(size_pt[0] / 72 * dpi)),
                    int(round(size_pt[1] / 72 * dpi))))
    if bilevel:
        arr = gs.scan(ink, rng, skew, blur=0.8, paper=(240,), texture=3.0, speckles=0,
                      sensor=3.0)
        black = arr <= 128.0
        # dust after thresholding: a few black dots of 1-2 px
        h, w = black.shape
        for y, x, s in zip(rng.integers(0, h - 3, 60).tolist(),
                           rng.integers(0, w - 3, 60).tolist(),
                           rng.integers(1, 3, 60).tolist()):
            black[y:y + s, x:x + s] = True
        img = Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L").convert(
            "1", dither=Image.Dither.NONE)
    else:
        arr = gs.scan(ink, rng, skew, blur=0.8, paper=(242,), texture=1.5,
                      speckles=int(rng.integers(40, 160)))
        img = Image.fromarray(gs.to_uint8(arr), "L")
    img.save(path, format="PNG", dpi=(dpi, dpi))
    return os.path.getsize(path)


# --------------------------------------------------------------------------
# Fitting the report to an exact page count

def word_sum_measure(dpi):
    """Like gs.pil_measure(dpi), but a text's width is the sum of the widths of its words
    and spaces, each measured once. Layout measures every candidate line while wrapping,
    and measuring whole lines with PIL made fitting the report take most of a minute.
    Kerning across a space is left out: a fraction of a point per line. A pure function
    of its arguments, so every layout pass breaks lines alike."""
    exact = gs.pil_measure(dpi)
    widths = {}

    def width(token, font, size):
        key = (token, font, size)
        if key not in widths:
            widths[key] = exact(token, font, size)
        return widths[key]

    def measure(text, font, size):
        tokens = text.split(" ")
        return (sum(width(t, font, size) for t in tokens if t)
                + (len(tokens) - 1) * width(" ", font, size))
    return measure


def pages_before_units(pages, unit_keys):
    """For a part laid out from an introduction plus units (the journal notes) whose
    first printed lines start with the given keys, in order: needed[k] = pages taken by
    the introduction and the first k units. Layout is greedy, so the first k units lie
    exactly as they would without the rest."""
    flat = [(p, ln.truth) for p, page in enumerate(pages) for ln in page]
    starts, i = [], 0
    for key in unit_keys:
        while not flat[i][1].startswith(key):
            i += 1
        starts.append(i)
        i += 1
    needed = [flat[s - 1][0] + 1 if s > 0 else 0 for s in starts]
    return needed + [len(pages)]


def lay_out_report_part(blocks, measure):
    return gs.layout(blocks, REPORT_GEOMETRY, REPORT_STYLE, measure)


def fit_journal(n_pages, fixed_parts, appendices, gap_scale, measure):
    """With notes gap_scale apart: the journal notes and the number of trailing
    appendices that make the report exactly n_pages long, as (notes, appendices kept),
    or None when no combination does. Prefers all appendices and the most notes."""
    fixed = sum(len(part) for part in fixed_parts)
    count = max(32, 2 * n_pages)
    while True:
        entries = report_text.journal_entries(count, gap_scale)
        journal = lay_out_report_part(report_text.journal_blocks(entries), measure)
        if fixed + len(journal) >= n_pages or count > 100 * n_pages:
            break
        count *= 2
    keys = [e.when.strftime("%Y-%m-%d %H:%M") for e in entries]
    journal_needed = pages_before_units(journal, keys)
    # the contact list shows the notes oldest first, so its length for the first k notes
    # (newest first) is found by laying it out for each candidate k
    def contact_pages(k):
        return len(lay_out_report_part(report_text.contact_list_blocks(entries[:k]), measure))

    for kept in range(len(appendices), -1, -1):
        rest = fixed + sum(len(a) for a in appendices[:kept])
        for k in range(len(entries), -1, -1):
            if rest + journal_needed[k] + 1 > n_pages:
                continue    # the contact list takes at least one page
            total = rest + journal_needed[k] + contact_pages(k)
            if total > n_pages:
                continue
            if total < n_pages:
                break       # fewer notes only get shorter: try with fewer appendices
            return entries[:k], kept
    return None


def choose_report_parts(n_pages, measure):
    """Lay the report out on exactly n_pages pages (without running header and footer).
    The journal takes up what the fixed parts leave; the days between its notes are
    scaled so that it reaches back to about the first visit (a short report has a
    sparser selection of notes). Returns (pages, journal notes or None when the report
    had to be cut short, appendices kept)."""
    front = lay_out_report_part(report_text.front_blocks(), measure)
    closing = lay_out_report_part(report_text.closing_blocks(), measure)
    appendices = [lay_out_report_part(make(), measure) for make in report_text.APPENDICES]
    wanted_days = (report_text.JOURNAL_END - report_text.JOURNAL_START).days
    gap_scale, best = 1.0, None
    for _ in range(6):
        fit = fit_journal(n_pages, [front, closing], appendices, gap_scale, measure)
        if fit is None or not fit[0]:
            break
        oldest = fit[0][-1].when.date()
        if oldest >= report_text.JOURNAL_START:
            best = fit
            if (oldest - report_text.JOURNAL_START).days <= 45:
                break
        gap_scale *= wanted_days / (report_text.JOURNAL_END - oldest).days
    if best is None and fit:
        best = fit
    if best is not None:
        entries, kept = best
        parts = ([front, lay_out_report_part(report_text.journal_blocks(entries), measure),
                  closing,
                  lay_out_report_part(report_text.contact_list_blocks(entries), measure)]
                 + appendices[:kept])
        pages = [page for part in parts for page in part]
        assert len(pages) == n_pages
        return pages, entries, kept
    # too few pages for the whole report: its first n_pages pages
    journal = lay_out_report_part(report_text.journal_blocks(
        report_text.journal_entries(3 * n_pages)), measure)
    pages = [page for part in (front, journal, closing) for page in part][:n_pages]
    return pages, None, 0


def report_rotations(n_pages):
    """Pages stored rotated: about one in 50 upside down (at least one), spread evenly
    so that the first lies about halfway into the first 50 pages and report-50.pdf has
    one too, and one page sideways at 60 % of the report."""
    upside_down = max(1, round(n_pages / 50))
    rotations = {}
    for i in range(upside_down):
        rotations[int((i + 0.5) * n_pages / upside_down) + 1] = 180
    if n_pages >= 2:
        sideways = int(0.6 * n_pages) + 1
        while sideways in rotations:
            sideways = sideways % n_pages + 1
        rotations[sideways] = 90
    return {p: d for p, d in sorted(rotations.items()) if p <= n_pages}


# --------------------------------------------------------------------------
# Outputs

REPORT_NOISE = dict(blur=1.0, paper=(238,), texture=2.0, fine=0.8, speckles=450)
DUPLEX_NOISE = dict(blur=0.9, paper=(243,), texture=2.5, fine=0.8, speckles=300)
BLANK_NOISE = dict(blur=0.9, paper=(243,), texture=2.5, fine=0.8, speckles=25)


class Output:
    """Writes files under OUTDIR and collects the manifest."""

    def __init__(self, outdir):
        self.outdir = outdir
        self.files = []

    def path(self, *parts):
        path = os.path.join(self.outdir, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    def write_truth(self, name, truth):
        assert "  " not in truth and " \n" not in truth, name
        rel = "truth/%s.txt" % name
        with open(self.path(rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(truth)
        return rel

    def add(self, entry, truth, quiet=False):
        pages = truth.rstrip("\n").split("\f")
        assert len(pages) == entry["pages"], (entry["name"], len(pages))
        entry["ground_truth"] = self.write_truth(entry["name"], truth)
        entry["ground_truth_chars"] = len(" ".join(truth.split()))
        self.files.append(entry)
        if not quiet:
            size = os.path.getsize(self.path(entry["name"]))
            print("%-22s %4d page(s) %11d bytes  rotated %s  blank %s" % (
                entry["name"], entry["pages"], size, entry["rotated_pages"] or "-",
                entry["blank_pages"] or "-"), flush=True)


def file_entry(name, pages, dpi, text_layer, image, rotated, blank, skews, **extra):
    entry = {"name": name, "format": os.path.splitext(name)[1][1:], "pages": pages,
             "dpi": dpi, "text_layer": text_layer, "image": image,
             "rotated_pages": {str(p): d for p, d in sorted(rotated.items())},
             "blank_pages": blank, "skew_degrees": skews}
    entry.update(extra)
    return entry


def make_reports(out, n_pages, executor):
    measure = word_sum_measure(DPI)
    pages, notes, appendices = choose_report_parts(n_pages, measure)
    journal = ({"notes": len(notes), "newest": notes[0].when.date().isoformat(),
                "oldest": notes[-1].when.date().isoformat(),
                "appendices_after_contact_list": appendices} if notes
               else {"notes": None, "cut_short": "too few pages for the whole report: "
                                                 "its first %d pages" % n_pages})
    gs.add_furniture(pages, REPORT_GEOMETRY, REPORT_STYLE, header=report_text.HEADER)
    check_fits(pages, REPORT_GEOMETRY, measure, "report")
    truth_pages = gs.truth_of(pages).rstrip("\n").split("\f")

    rotations = report_rotations(n_pages)
    skews = gs.skews_for(np.random.default_rng(SEED_REPORT), n_pages, 0.8)
    jobs = [((SEED_REPORT, n), page, None, skews[n - 1], rotations.get(n, 0), REPORT_NOISE)
            for n, page in enumerate(pages, 1)]
    scanned = list(executor.map(scan_pdf_page, jobs))
    image = "8-bit grey, JPEG (DCTDecode) quality %d, one image per page" % SCANNER_JPEG_QUALITY

    name = "report-%d.pdf" % n_pages
    gs.write_image_pdf(out.path(name), [(j, w, h, "DeviceGray") for j, w, h in scanned],
                       DPI, "Skannad handling", PRODUCER)
    page_dir = "pages/report-%d" % n_pages
    for n, (jpeg, _, _) in enumerate(scanned, 1):
        with open(out.path(page_dir, "page-%03d.jpg" % n), "wb") as f:
            f.write(jpeg)
    out.add(file_entry(name, n_pages, DPI, False, image, rotations, [], skews,
                       page_images=page_dir + "/page-NNN.jpg", journal=journal),
            "\f".join(truth_pages) + "\n")

    if n_pages > PARTIAL_REPORT_PAGES:
        k = PARTIAL_REPORT_PAGES
        name = "report-%d.pdf" % k
        gs.write_image_pdf(out.path(name),
                           [(j, w, h, "DeviceGray") for j, w, h in scanned[:k]],
                           DPI, "Skannad handling", PRODUCER)
        out.add(file_entry(name, k, DPI, False, image,
                           {p: d for p, d in rotations.items() if p <= k}, [], skews[:k],
                           first_pages_of="report-%d.pdf" % n_pages),
                "\f".join(truth_pages[:k]) + "\n")

    name = "born-digital-%d.pdf" % n_pages
    gs.write_text_pdf(out.path(name), pages, REPORT_STYLE, title=report_text.TITLE_TEXT,
                      author="Region Mälarvik, BUP Hallsjö",
                      subject="Utredning och journalsammanställning",
                      creator=PRODUCER)
    out.add(file_entry(name, n_pages, None, True,
                       "born-digital, text drawn with embedded TrueType subset fonts; "
                       "same lines as report-%d.pdf" % n_pages, {}, [], [0.0] * n_pages),
            "\f".join(truth_pages) + "\n")


def make_duplex(out, executor):
    measure = gs.pil_measure(DPI)
    sheets = short_documents.duplex_sheets(DUPLEX_GEOMETRY, DUPLEX_STYLE, measure)
    # scanned pages in order: each sheet's front, then its back (printed or blank)
    scan_pages = []
    for front, back in sheets:
        scan_pages.append(("printed", front))
        scan_pages.append(("printed", back) if back is not None else ("blank", front))
    skews = gs.skews_for(np.random.default_rng(SEED_DUPLEX), len(scan_pages), 0.7)
    jobs, truths, blank = [], [], []
    for n, (kind, lines) in enumerate(scan_pages, 1):
        if kind == "printed":
            check_fits([lines], DUPLEX_GEOMETRY, measure, "duplex page %d" % n)
            jobs.append(((SEED_DUPLEX, n), lines, None, skews[n - 1], 0, DUPLEX_NOISE))
            truths.append(gs.truth_of([lines]).rstrip("\n"))
        else:
            jobs.append(((SEED_DUPLEX, n), None, lines, skews[n - 1], 0, BLANK_NOISE))
            truths.append("")
            blank.append(n)
    scanned = list(executor.map(scan_pdf_page, jobs))
    name = "duplex-blanks.pdf"
    gs.write_image_pdf(out.path(name), [(j, w, h, "DeviceGray") for j, w, h in scanned],
                       DPI, "Skannad handling", PRODUCER)
    sparse = [n for n, t in enumerate(truths, 1)
              if t and len(t.splitlines()) <= SPARSE_PAGE_LINES]
    out.add(file_entry(name, len(scan_pages), DPI, False,
                       "8-bit grey, JPEG (DCTDecode) quality %d, one image per page; "
                       "duplex scan, blank backs with paper texture, specks and faint "
                       "show-through" % SCANNER_JPEG_QUALITY,
                       {}, blank, skews, sparse_pages=sparse),
            "\f".join(truths) + "\n")


def letter_format(rng):
    """Paper size, resolution and colour depth of one scanned letter."""
    size = (A5_W, A5_H) if rng.random() < 0.55 else (gs.A4_W, gs.A4_H)
    dpi = 200 if rng.random() < 0.5 else 300
    bilevel = rng.random() < 0.3
    return size, dpi, bilevel


def make_letters(out, executor):
    rng = np.random.default_rng(SEED_LETTERS)
    fonts = ["lserif", "lsans", "dserif", "dsans"]
    jobs, entries = [], []
    for i in range(1, PNG_COUNT + 1):
        kind, blocks = short_documents.letter(i)
        size, dpi, bilevel = letter_format(rng)
        body = fonts[int(rng.integers(len(fonts)))]
        st = gs.Style(body=body, size=float(rng.choice([10.5, 11.0, 11.5, 12.0])),
                      leading=1.4, title=14, para_gap=0.5)
        measure = gs.pil_measure(dpi)
        margin = 48.0 if size[0] < 500 else 68.0
        geo = gs.Geometry(left=margin, right=margin - 6, top=margin, bottom=margin,
                          width=size[0], height=size[1])
        pages = gs.layout(blocks, geo, st, measure)
        assert len(pages) == 1, "letter %d overflows its page" % i
        check_fits(pages, geo, measure, "letter %d" % i)
        truth = gs.truth_of(pages)
        lines = len(truth.splitlines())
        assert 2 <= lines <= 15, (i, kind, lines)
        skew = round(float(rng.uniform(-1.2, 1.2)), 2)
        name = "png-%d/brev-%03d.png" % (PNG_COUNT, i)
        jobs.append(((SEED_LETTERS, i), pages[0], size, dpi, bilevel, skew, out.path(name)))
        entries.append((file_entry(name, 1, dpi, False,
                                   "1-bit bilevel PNG" if bilevel else "8-bit grey PNG",
                                   {}, [], [skew], paper="A5" if size[0] < 500 else "A4",
                                   kind=kind, font=gs.FONT_NAMES[body]), truth))
    sizes = list(executor.map(scan_png_letter, jobs, chunksize=4))
    for entry, truth in entries:
        out.add(entry, truth, quiet=True)
    grey = sum(1 for e, _ in entries if e["image"].startswith("8-bit"))
    print("%-22s %4d file(s) %11d bytes  %d grey, %d bilevel, %d A5" % (
        "png-%d/" % PNG_COUNT, len(entries), sum(sizes), grey, len(entries) - grey,
        sum(1 for e, _ in entries if e["paper"] == "A5")), flush=True)


def check_fits(pages, geom, measure, what):
    """Every run of text lies inside the page's margins and keeps clear of the next run
    on its line, so that OCR reads the lines as the truth has them: table cells (runs in
    the same font) by a clear gap, a bold label and its value by at least a space."""
    right_edge = geom.width - geom.right + 2.0
    for p, page in enumerate(pages, 1):
        for ln in page:
            spans = []
            for it in ln.items:
                w = measure(it.text, it.font, it.size)
                x0 = {"l": it.x, "r": it.x - w, "m": it.x - w / 2}[it.anchor]
                spans.append((x0, x0 + w, it.font))
            spans.sort()
            for (_, a1, font_a), (b0, _, font_b) in zip(spans, spans[1:]):
                gap = 6.0 if font_a == font_b else 2.0
                assert a1 + gap <= b0, "%s page %d: runs too close: %r" % (what, p, ln.truth)
            assert spans[0][0] >= geom.left - 0.5 and spans[-1][1] <= right_edge, \
                "%s page %d: line outside the margins: %r" % (what, p, ln.truth)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--pages", type=int, default=150, help="pages of the long report")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (the output does not depend on it)")
    args = ap.parse_args(argv)
    if args.pages < 1:
        ap.error("--pages must be at least 1")
    for path in gs.FONT_FILES.values():
        if not os.path.exists(path):
            sys.exit("missing font %s (install fonts-liberation2 and fonts-dejavu-core)" % path)
    started = time.monotonic()
    out = Output(args.outdir)
    # fork: workers inherit the loaded modules, so pages pickle by reference
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs,
                                                mp_context=context) as executor:
        make_reports(out, args.pages, executor)
        make_duplex(out, executor)
        make_letters(out, executor)
    conventions = dict(gs.CONVENTIONS)
    conventions.update({
        "blank_pages": "1-based numbers of pages that carry no printed text (blank backs "
                       "of a duplex scan: paper texture, specks, faint unreadable "
                       "show-through); their ground truth is empty",
        "sparse_pages": "pages with text but at most %d printed lines (such as a page "
                        "of signatures), which must not count as blank" % SPARSE_PAGE_LINES,
        "ground_truth_files": "truth/NAME.txt for each file NAME, also for the PNGs "
                              "(truth/png-200/brev-NNN.png.txt)",
        "page_images": "pages/report-N/page-NNN.jpg are the JPEG streams of report-N.pdf, "
                       "byte for byte, in page order (rotated pages stored rotated)",
    })
    manifest = {
        "description": "Fictitious benchmark inputs for Sluss, made by "
                       "bench/generate-bench.py --pages %d" % args.pages,
        "conventions": conventions,
        "files": out.files,
    }
    with open(out.path("manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    print("generated in %.1f s with %d worker(s)" % (time.monotonic() - started, args.jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
