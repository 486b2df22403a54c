"""Commands about the fact base itself."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import FactsOpt
from .output import load_base, write


def validate(
    path: Annotated[
        str | None,
        typer.Argument(help="Fact base to check. Default: --facts, CSTO_FACTS or the bundled one.", show_default=False),
    ] = None,
    facts: FactsOpt = None,
) -> None:
    """Check a fact base: schema, dates, references, sources. Exits 0 if it is sound, 1 if not.

    \b
    Examples:
      csto validate
      csto validate my-facts.toml
    """
    target = path or facts
    base = load_base(target)
    counts = (
        f"{len(base.sources)} sources, {len(base.states)} states, {len(base.events)} events, "
        f"{len(base.statements)} statements"
    )
    write(f"{base.origin}: OK: {counts}; as of {base.meta.as_of.isoformat()}\n")
