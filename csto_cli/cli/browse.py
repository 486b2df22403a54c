"""csto open: a source's page in the browser (or an event's or a statement's first source)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..model import NotFound
from .options import FactsOpt
from .output import load_base, not_found, say, write


def open_(
    ident: Annotated[
        str,
        typer.Argument(metavar="ID", help="A source, event or statement id (see: csto sources).", show_default=False),
    ],
    facts: FactsOpt = None,
) -> None:
    """Open a source's URL in the browser; an event or statement id opens its first source.

    The URL is printed instead when stdout is not a terminal or no browser can be found.

    \b
    Examples:
      csto open treaty-signed
      csto open seed-alwasat-2022
      csto open treaty-signed | xargs curl -sI      (the URL, in a pipe)
    """
    from ..messages import default_lang
    from ..queries.audit import source_url

    base = load_base(facts)
    try:
        url = source_url(base, ident)
    except NotFound as exc:
        not_found(exc, default_lang())
    if _terminal() and _browse(url):
        say(f"csto: opened {url}")
        return
    write(url + "\n")


def _terminal() -> bool:
    return sys.stdout.isatty()


def _browse(url: str) -> bool:
    import webbrowser

    try:
        return webbrowser.get().open(url)
    except webbrowser.Error:  # no browser on this system: the caller prints the URL
        return False
