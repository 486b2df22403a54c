"""The scan command: find and check the CSTO claims an article makes."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..render import Format
from .options import OnOpt, output_options
from .output import Output, usage, write


@output_options
def scan(
    file: Annotated[
        str, typer.Argument(metavar="FILE|-", help="An article: text, Markdown or saved HTML, UTF-8 ('-': stdin).")
    ] = "-",
    on: OnOpt = None,
    *,
    out: Output,
) -> None:
    """Find the sentences of an article (Arabic, English or Russian) that make checkable CSTO claims,
    and check each against the record: membership lists, joining and leaving, dates and places of
    events, counts of troops and members, people in posts, founding. Opinions, predictions and
    quoted speech are not claims. Claims without a date are checked for --on (default: today).

    Exit codes, as check --file: 0 every claim true, 1 any false, 3 any disputed or unknown,
    2 unreadable input. In JSON each claim's quote is the exact text at [start, end) of the input
    (of its visible text, for HTML).

    \b
    Examples:
      csto scan article.txt
      csto scan page.html --format json | jq '.claims[] | select(.verdict=="false")'
      curl -s URL | csto scan - --format markdown > factcheck.md
    """
    from ..scan.article import scan_article
    from ..scan.text import ArticleError

    try:
        if file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(file, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        usage(f"cannot read {file}: {exc.strerror or exc}")
    base = out.load()
    day = out.day(base, on)
    try:
        result = scan_article(base, data, file, day, out.lang)
    except ArticleError as exc:
        usage(f"cannot read {file}: {exc}")
    from ..render.scan_view import marked_article, scan_view

    if out.format is Format.table:
        write(marked_article(result) + "\n")
    out.emit(scan_view(base, result, out.lang))
    verdicts = {c.verdict for c in result.claims}
    raise typer.Exit(1 if verdicts & {"false", "partly"} else 3 if verdicts & {"disputed", "unknown"} else 0)
