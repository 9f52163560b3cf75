#!/usr/bin/env python3
"""Throughput benchmark: Sluss against the tesseract CLI and OCRmyPDF, in one run.

Usage (bench/run.sh builds Sluss, installs the peers and generates the inputs first):
    python3 bench/run.py --data bench/out [--jobs N] [--pages 150] [--skip-ocrmypdf] [--pipeline FILE]

Runs, on the inputs made by bench/generate-bench.py:
  1. the N-page scanned report: Sluss `ingest` (orientation handling as shipped), the tesseract
     CLI on the very same page images (-l swe --dpi 300, as many processes as --jobs,
     OMP_THREAD_LIMIT=1) and `ocrmypdf -l swe --jobs N --rotate-pages --sidecar`;
  2. its first 50 pages through Sluss, to show memory does not grow with length;
  3. the born-digital version (text layer) through Sluss;
  4. a duplex scan with blank backs through Sluss (blank pages found, not read);
  5. 200 single-page PNGs through Sluss and through the tesseract CLI (per-file overhead).
For each: wall seconds, pages per minute, peak RSS of the largest single process, character
error rate (CER) against the ground truth, and the ratios. Stdlib only; CER from scripts/cer.py.
"""

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from cer import cer  # noqa: E402

OCR_ENV = dict(os.environ, OMP_THREAD_LIMIT="1")


class Run:
    """Wall time and peak resident memory of one command (the largest single process, children
    included, as the kernel reports it for a waited-for process)."""

    def __init__(self, label, wall, peak_kib, stdout="", stderr=""):
        self.label, self.wall, self.peak_kib = label, wall, peak_kib
        self.stdout, self.stderr = stdout, stderr

    @property
    def peak_mb(self):
        return self.peak_kib / 1024


def run(label, argv, env=OCR_ENV, check=True):
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if check and process.returncode != 0:
        sys.exit("bench: %s failed (exit %d):\n%s" % (" ".join(argv), process.returncode, stderr[-2000:]))
    return Run(label, wall, usage.ru_maxrss, stdout, stderr)


def run_parallel(label, commands, jobs, env=OCR_ENV):
    """Runs independent commands, at most `jobs` at a time; peak RSS is the largest one's."""
    start = time.monotonic()
    pending = list(commands)
    running = {}
    peak = 0
    while pending or running:
        while pending and len(running) < jobs:
            argv = pending.pop(0)
            process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            running[process.pid] = argv
        pid, status, usage = os.wait4(-1, 0)
        argv = running.pop(pid, None)
        if argv is None:
            continue
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit("bench: %s failed" % " ".join(argv))
        peak = max(peak, usage.ru_maxrss)
    return Run(label, time.monotonic() - start, peak)


def read_pages(path):
    with open(path, encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\f")


def document_cer(truth_pages, hypothesis_pages, only=None):
    """CER over the pages whose 1-based number is in `only` (all when None)."""
    edits = length = 0
    for number, reference in enumerate(truth_pages, 1):
        if only is not None and number not in only:
            continue
        hypothesis = hypothesis_pages[number - 1] if number <= len(hypothesis_pages) else ""
        distance, n, _ = cer(reference, hypothesis)
        edits += distance
        length += n
    return edits / length if length else 0.0


class SlussRunner:
    def __init__(self, binary, jobs, workdir, pipeline=None):
        self.binary, self.jobs, self.workdir = binary, jobs, workdir
        self.pipeline_arguments = ["--pipeline", pipeline] if pipeline else []

    def ingest(self, label, inputs, extra=()):
        store = tempfile.mkdtemp(prefix="store-", dir=self.workdir)
        result = run(label, [self.binary, "ingest", *inputs, "--store", store, "--jobs", str(self.jobs),
                             "--json", "--stage-times", *self.pipeline_arguments, *extra])
        result.store = store
        result.documents = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        failed = [d for d in result.documents if d["status"] != "ingested"]
        if failed:
            sys.exit("bench: Sluss did not ingest %s" % failed)
        result.stages = next((line.split("sluss: ", 1)[1] for line in result.stderr.splitlines()
                              if "stage seconds" in line), "")
        return result

    def ingest_file(self, label, args, manifest, name):
        """Ingests one generated file: (its manifest entry, the run, its document id), or None
        when the inputs hold no such file."""
        if name not in manifest:
            return None
        result = self.ingest(label, [os.path.join(args.data, name)])
        return manifest[name], result, result.documents[0]["id"]

    def text_pages(self, result, document_id):
        out = subprocess.run([self.binary, "text", str(document_id), "--store", result.store],
                             check=True, capture_output=True)
        return out.stdout.decode("utf-8").split("\f")

    @staticmethod
    def page_rows(result, document_id):
        with sqlite3.connect(os.path.join(result.store, "sluss.sqlite")) as db:
            db.row_factory = sqlite3.Row
            return db.execute("SELECT * FROM page WHERE document_id = ? ORDER BY number", (document_id,)).fetchall()

    @staticmethod
    def stage_sums(result):
        with sqlite3.connect(os.path.join(result.store, "sluss.sqlite")) as db:
            row = db.execute("SELECT SUM(ocr_seconds), COUNT(*) FROM page").fetchone()
        return {"ocr": row[0] or 0.0, "pages": row[1]}


def ppm(pages, seconds):
    return pages / seconds * 60 if seconds else 0.0


def line(label, pages, result, error=None, extra=""):
    text = "  %-34s %7.1f s %7.1f pages/min %7.0f MB" % (label, result.wall, ppm(pages, result.wall), result.peak_mb)
    if error is not None:
        text += "   CER %6.2f%%" % (error * 100)
    print(text + extra, flush=True)


def scanned_report(args, manifest, sluss, workdir):
    name = "report-%d.pdf" % args.pages
    entry = manifest[name]
    pages = entry["pages"]
    truth = read_pages(os.path.join(args.data, entry["ground_truth"]))
    rotated = {int(k): v for k, v in entry["rotated_pages"].items()}
    upright = set(range(1, pages + 1)) - set(rotated)
    print("\n== %s: %d scanned pages, 300 dpi grey; turned as stored: %s; %d jobs"
          % (name, pages, ", ".join("p.%d %d°" % kv for kv in sorted(rotated.items())), args.jobs), flush=True)

    images = sorted(os.listdir(os.path.join(args.data, "pages", name[:-4])))
    assert len(images) == pages, (len(images), pages)
    cli_out = os.path.join(workdir, "cli-" + name[:-4])
    os.makedirs(cli_out, exist_ok=True)
    cli = run_parallel("tesseract CLI", [
        ["tesseract", os.path.join(args.data, "pages", name[:-4], image), os.path.join(cli_out, image[:-4]),
         "-l", "swe", "--dpi", "300"] for image in images], args.jobs)
    cli_pages = []
    for image in images:
        with open(os.path.join(cli_out, image[:-4] + ".txt"), encoding="utf-8") as f:
            cli_pages.append(f.read())

    result = sluss.ingest("Sluss", [os.path.join(args.data, name)])
    document = result.documents[0]["id"]
    sluss_pages = sluss.text_pages(result, document)
    rows = sluss.page_rows(result, document)

    ocrmypdf = None
    if not args.skip_ocrmypdf:
        sidecar = os.path.join(workdir, "ocrmypdf.txt")
        ocrmypdf = run("OCRmyPDF", ["ocrmypdf", "-l", "swe", "--jobs", str(args.jobs), "--rotate-pages",
                                    "--sidecar", sidecar, "--output-type", "pdf", os.path.join(args.data, name),
                                    os.path.join(workdir, "ocrmypdf.pdf")])
        ocrmypdf_pages = read_pages(sidecar)

    def cers(hypothesis):
        return (document_cer(truth, hypothesis), document_cer(truth, hypothesis, upright),
                document_cer(truth, hypothesis, set(rotated)))

    print("  %-34s %9s %17s %10s   %-11s %-11s %s" % ("", "wall", "throughput", "peak RSS", "CER all", "upright", "turned pages"))
    figures = {}
    for label, run_result, hypothesis in [("tesseract CLI (%d processes)" % args.jobs, cli, cli_pages),
                                          ("Sluss ingest", result, sluss_pages)] + (
            [("OCRmyPDF --rotate-pages", ocrmypdf, ocrmypdf_pages)] if ocrmypdf else []):
        every, straight, turned = cers(hypothesis)
        figures[label] = (run_result, every, straight, turned)
        line(label, pages, run_result, every, "   %6.2f%%     %6.2f%%" % (straight * 100, turned * 100))
    print("  Sluss stages: " + result.stages)
    print("  ratio pages/min Sluss / tesseract CLI: %.2f×" % (cli.wall / result.wall))
    if ocrmypdf:
        print("  ratio pages/min Sluss / OCRmyPDF:      %.2f×" % (ocrmypdf.wall / result.wall))
    wrong = []
    for row in rows:
        expected = (360 - rotated.get(row["number"], 0)) % 360
        if row["rotation_applied"] != expected:
            wrong.append("p.%d turned %d° (should be %d°)" % (row["number"], row["rotation_applied"], expected))
    uncertain = [row["number"] for row in rows if row["orientation"] == "uncertain"]
    print("  Sluss orientation: %s; turned: %s; uncertain: %s" % (
        "every page the right way up" if not wrong else "WRONG: " + "; ".join(wrong),
        ", ".join("p.%d %d° (OSD %.1f)" % (r["number"], r["rotation_applied"], r["orientation_confidence"] or 0)
                  for r in rows if r["rotation_applied"]) or "none",
        ", ".join(map(str, uncertain)) or "none"))
    dpis = sorted({row["dpi"] for row in rows})
    print("  Sluss read pages at %s dpi (scanned at 300)" % "/".join(map(str, dpis)))
    return result, pages


def memory_by_length(args, manifest, sluss, long_run):
    name = "report-50.pdf"
    if name not in manifest or args.pages <= 50:
        return
    result = sluss.ingest("Sluss 50", [os.path.join(args.data, name)])
    print("\n== Memory against length (Sluss, same pages)")
    line("Sluss, 50 pages", 50, result)
    line("Sluss, %d pages" % long_run[1], long_run[1], long_run[0])


def born_digital(args, manifest, sluss, scanned):
    name = "born-digital-%d.pdf" % args.pages
    ingested = sluss.ingest_file("Sluss born-digital", args, manifest, name)
    if ingested is None:
        return
    entry, result, document = ingested
    pages = sluss.text_pages(result, document)
    layer = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(args.data, name), "-"],
                           check=True, capture_output=True).stdout.decode("utf-8").rstrip("\f\n").split("\f")
    truth = read_pages(os.path.join(args.data, entry["ground_truth"]))
    sources = {row["text_source"] for row in sluss.page_rows(result, document)}
    print("\n== %s: %d pages with a text layer" % (name, entry["pages"]))
    line("Sluss ingest (text layer)", entry["pages"], result, document_cer(truth, pages))
    print("  page sources: %s; CER against pdftotext's reading of the layer: %.4f%%"
          % (", ".join(sorted(sources)), document_cer(layer, pages) * 100))
    scanned_result, scanned_pages = scanned
    per_page_layer = result.wall / entry["pages"]
    per_page_ocr = scanned_result.wall / scanned_pages
    print("  per page: %.4f s from the layer against %.2f s by OCR of the same report scanned: %.0f× faster"
          % (per_page_layer, per_page_ocr, per_page_ocr / per_page_layer))


def blank_pages(args, manifest, sluss):
    name = "duplex-blanks.pdf"
    ingested = sluss.ingest_file("Sluss duplex", args, manifest, name)
    if ingested is None:
        return
    entry, result, document = ingested
    rows = sluss.page_rows(result, document)
    found = [row["number"] for row in rows if row["text_source"] == "blank"]
    expected = entry["blank_pages"]
    truth = read_pages(os.path.join(args.data, entry["ground_truth"]))
    text = sluss.text_pages(result, document)
    print("\n== %s: %d pages, blank backs %s" % (name, entry["pages"], expected))
    line("Sluss ingest", entry["pages"], result, document_cer(truth, text))
    print("  blank found: %s — %s" % (found, "exactly the blank pages" if found == expected else "MISMATCH"))
    print("  " + result.stages)


def png_batch(args, manifest, sluss, workdir):
    folder = os.path.join(args.data, "png-200")
    if not os.path.isdir(folder):
        return
    files = sorted(f for f in os.listdir(folder) if f.endswith(".png"))
    print("\n== %d single-page PNG files (per-file overhead)" % len(files))
    cli_out = os.path.join(workdir, "cli-png")
    os.makedirs(cli_out, exist_ok=True)
    cli = run_parallel("tesseract CLI", [
        ["tesseract", os.path.join(folder, f), os.path.join(cli_out, f[:-4]), "-l", "swe"] for f in files], args.jobs)
    result = sluss.ingest("Sluss PNG batch", [folder])
    sums = sluss.stage_sums(result)
    line("tesseract CLI (%d processes)" % args.jobs, len(files), cli)
    line("Sluss ingest", len(files), result)
    outside = (result.wall - sums["ocr"] / args.jobs) / len(files)
    print("  Sluss: %.1f ms wall per file, of which %.1f ms outside OCR (wall minus summed OCR / %d workers)"
          % (result.wall / len(files) * 1000, outside * 1000, args.jobs))
    print("  ratio pages/min Sluss / tesseract CLI: %.2f×" % (cli.wall / result.wall))
    print("  " + result.stages)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(HERE, "out"))
    parser.add_argument("--sluss", default=os.path.join(ROOT, ".build", "release", "sluss"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--skip-ocrmypdf", action="store_true")
    parser.add_argument("--pipeline", help="Sluss pipeline file to measure (default: the shipped one)")
    parser.add_argument("--only", choices=["report", "born-digital", "blank", "png"], action="append")
    args = parser.parse_args(argv)
    with open(os.path.join(args.data, "manifest.json"), encoding="utf-8") as f:
        manifest = {entry["name"]: entry for entry in json.load(f)["files"]}
    for tool in ["tesseract", "pdftotext"] + ([] if args.skip_ocrmypdf else ["ocrmypdf"]):
        if not shutil.which(tool):
            sys.exit("bench: %s is not installed (bench/run.sh installs it)" % tool)
    print("Sluss benchmark · %s · %d cores · %s" % (time.strftime("%Y-%m-%d %H:%M"), os.cpu_count(),
          subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0]))
    only = set(args.only or ["report", "born-digital", "blank", "png"])
    workdir = tempfile.mkdtemp(prefix="sluss-bench-")
    try:
        sluss = SlussRunner(args.sluss, args.jobs, workdir, args.pipeline)
        scanned = None
        if "report" in only or "born-digital" in only:
            scanned = scanned_report(args, manifest, sluss, workdir)
            memory_by_length(args, manifest, sluss, scanned)
        if "born-digital" in only:
            born_digital(args, manifest, sluss, scanned)
        if "blank" in only:
            blank_pages(args, manifest, sluss)
        if "png" in only:
            png_batch(args, manifest, sluss, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
