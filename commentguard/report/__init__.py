"""The review page: one self-contained HTML file for a human to go through a scan.

``commentguard report LABELS.jsonl --output review.html`` (or ``write_report``) turns
the labels written by ``commentguard scan`` into a page with a summary (counts per
label, action and flag; a histogram of spam probabilities with the thresholds) and a
table of the comments that need a human: ``unsure`` first (most spam-like first), then
``spam`` (least certain first: the likeliest mistakes), then rows the scan could not
check (``error``), then, with ``--all``, ``ham``. Each row has spam / ham buttons; the
decisions are kept in the page (and in the browser's localStorage, per report) and
download as a JSON Lines file of ``{"id", "label", "content", "author", "author_url",
"post_id", "post_title"}``, the labelled-data format ``commentguard train`` and
``commentguard feedback`` read.

The page opens from disk, offline, with no server and no external asset. Comment text
is data, never markup: it is embedded as escaped JSON and put on the page with DOM
text APIs, and a Content-Security-Policy pinned to the hashes of the page's own script
and style blocks anything else from running or loading.

Size limits (measured with headless Chromium 156 on a 2-core machine; the slow test
``test_50k_rows_stay_usable`` re-measures them):

- The table is paginated, 200 rows a page; filters, search and sorting run in the page
  over the data array. The file is about the size of the comments' text plus ~270 bytes
  a row.
- 50,000 rows of ~360-character comments: a 31 MB file, written in ~2 s, that opens in
  under 1 s; a filter answers in ~20-50 ms, the first search in ~70 ms (it builds the
  search index), later ones in ~20 ms. With ~900-character comments: 60 MB, opens in ~1 s.
- 250,000 rows: 157 MB, written in ~10 s, opens in ~3 s with ~450 MB of JavaScript
  heap; a search takes ~0.06-0.3 s. Usable, but past that split the labels file or
  leave out ``--all``.
- Comment text longer than ``MAX_TEXT_CHARS`` (50,000 characters) is cut in the page,
  and so in the downloaded decisions; at most 20 reasons per comment and 20 evidence
  strings per reason (200 characters each) are kept.
- ``write_report`` counts the summary while streaming and writes the page in pieces,
  but holds the table's rows in memory (about 4x their text: ~80 MB for the 50,000
  rows above), so ``--all`` on millions of rows needs the RAM.
"""

from __future__ import annotations

from .render import (
    MAX_TEXT_CHARS,
    PAGE_SIZE,
    ReportInputError,
    ReportSummary,
    default_thresholds,
    normalise_row,
    read_comments,
    read_labels,
    script_json,
    write_report,
)

__all__ = [
    "MAX_TEXT_CHARS",
    "PAGE_SIZE",
    "ReportInputError",
    "ReportSummary",
    "default_thresholds",
    "normalise_row",
    "read_comments",
    "read_labels",
    "script_json",
    "write_report",
]
