#!/usr/bin/env python3
"""Make one long report out of the reports of a summary corpus, for timing.

    scripts/make-long-report.py REPORTS REFERENCES OUT [--pages N] [--chars-per-page C]

Concatenates the .txt reports of REPORTS (sorted by name, repeated as often as needed)
into a report of N pages (default 150) of about C characters each (default 3,000),
pages separated by form feeds as 'sluss text' prints a stored document. Pages break
at line boundaries: a page takes whole lines up to about C characters (it ends before
the line that takes it past C unless taking that line comes nearer to C, and never
more than C/4 past it); a single line longer than C is split between words. Form
feeds already in the reports become line breaks. Writes OUT/reports/report-<N>.txt
and, because 'sluss evaluate-summaries' needs a reference of the same name, the first
reference of REFERENCES as OUT/references/report-<N>.txt: scores against it mean
nothing, only the time does. Standard library only; the output depends only on the
inputs.
"""

import argparse
import os
import sys


def text_files(folder):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt") and not n.startswith("."))
    return [os.path.join(folder, n) for n in names]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().replace("\r\n", "\n").replace("\f", "\n")


def split_long_line(line, limit):
    """A line of more than `limit` characters as pieces of at most `limit`, broken
    between words where there is a space."""
    pieces = []
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    pieces.append(line)
    return pieces


def lines_forever(texts, limit):
    """The lines of the texts, one after the other, from the first again after the last;
    a blank line between two reports."""
    while True:
        for text in texts:
            for line in text.strip("\n").split("\n"):
                yield from split_long_line(line.rstrip(), limit)
            yield ""


def make_pages(texts, pages, chars_per_page):
    lines = lines_forever(texts, chars_per_page)
    result = []
    carry = None
    while len(result) < pages:
        page, size = [], 0
        while True:
            line = carry if carry is not None else next(lines)
            carry = None
            added = len(line) + (1 if page else 0)
            # past the target: end the page before this line unless taking it comes
            # nearer to the target than leaving it
            over = size + added - chars_per_page
            if page and over > 0 and (over >= chars_per_page - size or over > chars_per_page // 4):
                carry = line
                break
            if not page and not line:
                continue                      # no page starts with a blank line
            page.append(line)
            size += added
        while page and not page[-1]:
            page.pop()
        result.append("\n".join(page))
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reports")
    parser.add_argument("references")
    parser.add_argument("out")
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--chars-per-page", type=int, default=3000)
    args = parser.parse_args(argv)

    reports = [read(p) for p in text_files(args.reports)]
    reports = [t for t in reports if t.strip()]
    references = text_files(args.references)
    if not reports:
        sys.exit(f"make-long-report: no .txt reports in {args.reports}")
    if not references:
        sys.exit(f"make-long-report: no .txt references in {args.references}")
    if args.pages < 1 or args.chars_per_page < 100:
        sys.exit("make-long-report: --pages must be at least 1 and --chars-per-page at least 100")

    pages = make_pages(reports, args.pages, args.chars_per_page)
    name = f"report-{args.pages}.txt"
    os.makedirs(os.path.join(args.out, "reports"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "references"), exist_ok=True)
    report = "\f".join(pages) + "\n"
    with open(os.path.join(args.out, "reports", name), "w", encoding="utf-8") as f:
        f.write(report)
    with open(os.path.join(args.out, "references", name), "w", encoding="utf-8") as f:
        f.write(read(references[0]))
    print(f"{len(pages)} pages, {len(report):,} characters "
          f"({min(map(len, pages)):,}-{max(map(len, pages)):,} a page), "
          f"from {len(reports)} reports; reference: {os.path.basename(references[0])}")


if __name__ == "__main__":
    main()
