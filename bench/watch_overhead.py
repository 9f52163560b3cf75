#!/usr/bin/env python3
"""Per-file overhead of `sluss watch --once` outside OCR: N small born-digital letters (their text
layer is read, so no page is OCR'd) dropped into an inbox, swept in one run, against the same run
on an empty inbox (start-up: pipeline, classifier model, store). Prints figures and the target.

    bench/watch_overhead.py --sluss .build/release/sluss [--files 1000] [--keep DIR]
"""
import argparse
import os
import shutil
import tempfile
import time

LETTER_KINDS = [
    ("Kallelse till möte", "Vi vill träffa dig och din vårdnadshavare för att prata om hur det går i skolan."),
    ("Beslut om insats", "Socialnämnden beviljar kontaktperson enligt 4 kap. 1 § socialtjänstlagen."),
    ("Yttrande från förskolan", "Barnet har under hösten haft svårt att komma till ro efter lämningen."),
    ("Anteckning från hembesök", "Vid besöket var lägenheten städad och barnen hade ätit middag."),
    ("Begäran om journalkopior", "Vi ber om kopior av journalanteckningar från och med januari."),
]


def minimal_pdf(pages):
    """A small valid PDF with a Helvetica text layer (WinAnsi: Swedish letters included)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        stream = "BT /F1 12 Tf 16 TL 72 770 Td\n" + "".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*\n" for line in lines) + "ET"
        data = stream.encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>")
        objects.append(f"<< /Length {len(data)} >>\nstream\n{stream}\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def letters(count):
    for n in range(count):
        title, body = LETTER_KINDS[n % len(LETTER_KINDS)]
        page = [f"Hallsjö kommun, Socialförvaltningen", f"Dnr SN 2026/{1000 + n}", "", title, "",
                body, f"Handlingen är nummer {n + 1} i mätningen och skickas till registraturen.",
                "Med vänlig hälsning", "Handläggare, Barn och unga"]
        pages = [page] if n % 4 else [page, [f"Bilaga till handling {n + 1}", body]]
        yield f"brev-{n + 1:04d}.pdf", minimal_pdf(pages)


def timed_run(sluss, inbox, store):
    """Wall seconds and peak resident memory (MB) of one `sluss watch --once`."""
    start = time.monotonic()
    pid = os.spawnv(os.P_NOWAIT, sluss, [sluss, "watch", inbox, "--once", "--settle", "0", "--store", store, "--log-level", "error"])
    _, status, usage = os.wait4(pid, 0)
    seconds = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"sluss watch exited with {os.waitstatus_to_exitcode(status)}")
    return seconds, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sluss", required=True)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or tempfile.mkdtemp(prefix="sluss-watch-bench-")
    shutil.rmtree(folder, ignore_errors=True)
    inbox, store = os.path.join(folder, "inkorg"), os.path.join(folder, "store")
    os.makedirs(inbox)
    # Start-up alone, three times (also creates the store): the best is the floor.
    startup = min(timed_run(args.sluss, inbox, store)[0] for _ in range(3))
    old = time.time() - 3600
    for name, data in letters(args.files):
        path = os.path.join(inbox, name)
        with open(path, "wb") as handle:
            handle.write(data)
        os.utime(path, (old, old))
    seconds, peak = timed_run(args.sluss, inbox, store)
    done = len(os.listdir(os.path.join(inbox, ".done")))
    if done != args.files:
        raise SystemExit(f"only {done} of {args.files} files reached .done")
    per_file_ms = (seconds - startup) / args.files * 1000
    print(f"watch overhead: {args.files} small born-digital files (no OCR) in one sweep")
    print(f"  start-up of an empty sweep   {startup:8.2f} s")
    print(f"  sweep of {args.files} files          {seconds:8.2f} s   peak memory {peak:.0f} MB")
    print(f"  per file, start-up excluded  {per_file_ms:8.1f} ms   (target < 50 ms: {'met' if per_file_ms < 50 else 'NOT met'})")
    print(f"  includes per file: copy into the store + fsync, PDF text layer, classification, summary,")
    print(f"  one transaction (fsync), move to .done + fsync of both folders")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
