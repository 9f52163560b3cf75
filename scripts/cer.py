#!/usr/bin/env python3
"""Character error rate (CER) of an OCR hypothesis against a ground truth.

Usage:
    python3 scripts/cer.py TRUTH.txt HYPOTHESIS.txt

Both files are UTF-8 text with pages separated by a form feed (\\f). Before
comparing, every run of whitespace (spaces, tabs, newlines) is collapsed to a
single space and each page is stripped. CER = Levenshtein distance / length
of the reference. Prints one line per page and a total line; when the page
counts differ, only the whole-document figure is printed.

As a module:
    from cer import cer, levenshtein, normalize, page_cers
"""

import re
import sys

__all__ = ["normalize", "levenshtein", "cer", "split_pages", "page_cers", "main"]

_WS = re.compile(r"\s+")


def normalize(text):
    """Collapse every whitespace run to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def levenshtein(a, b):
    """Edit distance (insert, delete, substitute; cost 1 each) of two strings.

    Bit-parallel algorithm of Myers (1999) in Hyyrö's formulation, using
    Python integers as bit vectors, so long pages cost O(len(b)) big-int steps.
    """
    if a == b:
        return 0
    if not a:
        return len(b)
    if not b:
        return len(a)
    m = len(a)
    peq = {}
    for i, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv = mask
    mv = 0
    score = m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) | 1
        mh = mh << 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv & mask
    return score


def cer(reference, hypothesis):
    """(distance, reference length, rate) after whitespace normalisation."""
    ref = normalize(reference)
    hyp = normalize(hypothesis)
    dist = levenshtein(ref, hyp)
    n = len(ref)
    return dist, n, (dist / n if n else float(dist > 0))


def split_pages(text):
    """Pages of a text separated by form feeds; a trailing empty page is dropped."""
    pages = text.split("\f")
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


def page_cers(reference, hypothesis):
    """Per-page results [(page, dist, n, rate)] and the total (dist, n, rate).

    With different page counts the per-page list is empty and the total is
    computed over the whole documents.
    """
    ref_pages = split_pages(reference)
    hyp_pages = split_pages(hypothesis)
    if len(ref_pages) != len(hyp_pages):
        return [], cer(" ".join(ref_pages), " ".join(hyp_pages))
    rows = []
    total_d = total_n = 0
    for i, (r, h) in enumerate(zip(ref_pages, hyp_pages), 1):
        d, n, rate = cer(r, h)
        rows.append((i, d, n, rate))
        total_d += d
        total_n += n
    return rows, (total_d, total_n, total_d / total_n if total_n else 0.0)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        reference = f.read()
    with open(argv[1], encoding="utf-8", errors="replace") as f:
        hypothesis = f.read()
    rows, (d, n, rate) = page_cers(reference, hypothesis)
    if not rows:
        print("page counts differ (truth %d, hypothesis %d): whole-document comparison"
              % (len(split_pages(reference)), len(split_pages(hypothesis))))
    for page, pd, pn, prate in rows:
        print("page %3d  CER %6.2f%%  (%d/%d)" % (page, 100 * prate, pd, pn))
    print("total     CER %6.2f%%  (%d/%d)" % (100 * rate, d, n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
